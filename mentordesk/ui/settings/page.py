"""The base of a settings page: it declares its fields, loads them, checks them and saves them.

Like Picard's option pages: the dialog calls ``load()`` once, ``validate()`` on every page when
the mentor presses OK, and ``save()`` on every page only when all pages validated. A page
reports a problem at its field: ``field_row`` wraps an editor with a message line below it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

ERROR_STYLE = "QLabel { color: #b3261e; }"


class SettingsPage(QWidget):
    """Subclasses set ``name`` and implement ``title``, ``load``, ``problems`` and ``save``."""

    name: ClassVar[str] = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    # -- what a page implements ---------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def description(self) -> str:
        """One line under the title: what the page is about and where it is kept."""
        return ""

    def load(self) -> None:
        """Fill the fields from the stored values."""
        raise NotImplementedError

    def problems(self) -> list[tuple[str, str]]:
        """``(field, message)`` for every field whose input cannot be saved."""
        raise NotImplementedError

    def save(self) -> None:
        """Write the fields; called only after every page validated."""
        raise NotImplementedError

    # -- checking -----------------------------------------------------------------------------
    def validate(self) -> bool:
        """Check every field, show each problem at its field; True when all can be saved."""
        self.clear_errors()
        found = self.problems()
        for field, message in found:
            self.show_field_error(field, message)
        return not found

    def field_row(self, field: str, editor: QWidget, extra: QWidget | None = None) -> QWidget:
        """``editor`` (and an optional note beside it) with a hidden message line below."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if extra is not None:
            column.addWidget(extra)
        message = QLabel()
        message.setObjectName(f"error_{field}")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setStyleSheet(ERROR_STYLE)
        # A long message wraps to the field's width instead of widening the whole column.
        message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        message.hide()
        column.addWidget(message)
        self._editors[field] = editor
        self._errors[field] = message
        return box

    def show_field_error(self, field: str, message: str) -> None:
        label = self._errors.get(field)
        if label is None:  # a rule about a field this page does not show
            label = self._errors[next(iter(self._errors))]
        label.setText(message)
        label.show()
        editor = self._editors.get(field)
        if editor is not None:
            editor.setAccessibleDescription(message)

    def clear_field_error(self, field: str) -> None:
        label = self._errors.get(field)
        if label is not None:
            label.clear()
            label.hide()
            self._editors[field].setAccessibleDescription("")

    def clear_errors(self) -> None:
        for field in self._errors:
            self.clear_field_error(field)

    def field_error(self, field: str) -> str:
        """The message shown at ``field`` ("" when none)."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def editor(self, field: str) -> QWidget:
        return self._editors[field]

    def first_error_editor(self) -> QWidget | None:
        """The editor of the first field (in the order they were made) that shows a problem."""
        for field, label in self._errors.items():
            if not label.isHidden():
                return self._editors[field]
        return None


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(8)
    return form


def align_labels(forms: Iterable[QFormLayout]) -> None:
    """Give the labels of forms stacked in one column the same width, so fields line up."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
