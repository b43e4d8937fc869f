"""Inputs the record dialogs share: an optional date, an amount in euros, a count, an enum."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mentordesk.ui.dialogs.form_errors import FieldProblemError

E = TypeVar("E", bound=StrEnum)
_AMOUNT = re.compile(r"(\d+(?:[.,' ]\d{3})*)(?:[.,](\d{1,2}))?")


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_format() -> str:
    """The interface locale's short date with a two-digit day (as ``labels.date_text``)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    fmt = fmt if fmt.startswith("dd") else "d" + fmt
    return fmt.replace("yyyy", "yy").replace("yy", "yyyy")


def parse_cents(text: str) -> int | None:
    """``"85"``, ``"85,50"``, ``"1.234,56"``, ``"€ 1,234.56"`` -> cents; ``""`` -> None.

    Either mark may separate the cents (one or two digits at the end); a mark followed by
    three digits groups thousands. Raises ``ValueError`` on anything else (no floats used).
    """
    cleaned = text.strip().replace("€", "").replace("\xa0", "").replace(" ", "")
    if not cleaned:
        return None
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise ValueError(text)
    whole = re.sub(r"\D", "", match.group(1))
    cents = (match.group(2) or "0").ljust(2, "0")
    return int(whole) * 100 + int(cents)


def cents_text(cents: int | None) -> str:
    """Cents as the amount field shows them: ``1234,56`` in Dutch (no grouping, no sign)."""
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    return f"{euros}{QLocale().decimalPoint()}{rest:02d}"


class MoneyEdit(QLineEdit):
    """An amount in euros, typed freely; ``cents()`` reads it or raises ``FieldProblemError``."""

    def __init__(self, field: str, problem_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._problem_text = problem_text
        self.setPlaceholderText(cents_text(8500))
        self.setMaximumWidth(160)

    def cents(self) -> int | None:
        try:
            return parse_cents(self.text())
        except ValueError:
            raise FieldProblemError(
                self._field, self._problem_text.format(text=self.text().strip())
            ) from None

    def set_cents(self, cents: int | None) -> None:
        self.setText(cents_text(cents))


class CountSpin(QSpinBox):
    """A whole number where 0 means "not set" (shown as ``none_text``)."""

    def __init__(self, none_text: str, maximum: int, suffix: str = "") -> None:
        super().__init__()
        self.setRange(0, maximum)
        self.setSpecialValueText(none_text)
        if suffix:
            self.setSuffix(suffix)
        self.setMaximumWidth(180)

    def count(self) -> int | None:
        return self.value() or None

    def set_count(self, value: int | None) -> None:
        self.setValue(value or 0)


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box ("Given on") and the date beside it."""

    changed = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setDate(to_qdate(dt.date.today()))
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.dateChanged.connect(self.changed)

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _on_check_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.changed.emit()

    def date(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_date(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


class EnumCombo(QComboBox):
    """A combo over an enum's values, each shown through its translated label."""

    def __init__(self, values: Iterable[E], label: Callable[[E], str]) -> None:
        super().__init__()
        for value in values:
            self.addItem(label(value), value.value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: StrEnum | str) -> None:
        index = self.findData(str(value))
        if index >= 0:
            self.setCurrentIndex(index)
