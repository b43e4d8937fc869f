"""Showing a refused input at its field: ``ValidationError.field`` -> the message under it.

A form registers each input under the service's field name (``"email"``, ``"end_date"``…) with
``field_row``; ``show_error`` then puts the error's text (already in the interface language)
under that input and moves the focus there. Errors about no registered field land in the
general message at the bottom of the form. Editing a field clears its message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError, ValidationError
from mentordesk.ui.form_parts import InlineError


class FieldProblemError(Exception):
    """Input the form itself could not read (an amount like "abc"), for one field."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


class FormErrors(QObject):
    """The inline messages of one form, by field name."""

    def __init__(self, general: InlineError, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.general = general
        self._fields: dict[str, tuple[QWidget, InlineError]] = {}

    def field_row(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with an (empty, hidden) error line under it, registered as ``field``."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(widget)
        error = InlineError()
        # Unwrapped: a wrapped label in a form column gets too little height and is cut off;
        # a field's message is one short sentence, and the dialog widens to show it whole.
        error.setWordWrap(False)
        layout.addWidget(error)
        self.register(field, widget, error)
        return box

    def register(self, field: str, widget: QWidget, error: InlineError) -> None:
        self._fields[field] = (widget, error)
        _connect_edited(widget, error)

    def alias(self, field: str, shown_at: str) -> None:
        """Show errors about ``field`` at the input registered as ``shown_at``."""
        self._fields[field] = self._fields[shown_at]

    def show_error(self, exc: UserError) -> None:
        field = getattr(exc, "field", "")
        self.show_at(field if isinstance(exc, ValidationError) else "", exc.text())

    def show_problem(self, problem: FieldProblemError) -> None:
        self.show_at(problem.field, problem.text)

    def show_at(self, field: str, text: str) -> None:
        found = self._fields.get(field)
        if found is None:
            self.general.show_message(text)
            return
        widget, error = found
        error.show_message(text)
        error.setAccessibleName(text)
        widget.setFocus()

    def message(self, field: str) -> str:
        """The message shown at ``field`` now ("" when none; "" field: the general one)."""
        error = self._fields[field][1] if field else self.general
        return error.text() if not error.isHidden() else ""

    def clear(self) -> None:
        self.general.clear_message()
        for _widget, error in self._fields.values():
            error.clear_message()


def _connect_edited(widget: QWidget, error: InlineError) -> None:
    """Hide ``error`` as soon as the user changes ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(error.clear_message)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(error.clear_message)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(error.clear_message)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(error.clear_message)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(error.clear_message)
    changed = getattr(widget, "changed", None)
    if changed is not None and hasattr(changed, "connect"):
        changed.connect(error.clear_message)
