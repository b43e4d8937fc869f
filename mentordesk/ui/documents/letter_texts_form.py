"""The editable texts of a letter: subject, salutation, intro, next steps and closing.

Each starts as the default the service proposes for the language and the recipient. When those
change, ``refill`` puts in the new defaults, but only in the fields the mentor has not edited: a
field counts as edited while its text differs from the last default it was given.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from mentordesk.services.documents import LetterTexts

FIELDS = ("subject", "salutation", "intro", "next_steps", "closing")


class LetterTextsForm(QWidget):
    changed = Signal()  # the mentor edited a text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._defaults: dict[str, str] = dict.fromkeys(FIELDS, "")
        self._filling = False
        self.subject_edit = QLineEdit()
        self.salutation_edit = QLineEdit()
        self.intro_edit = self._text_box(5)
        self.next_steps_edit = self._text_box(4)
        self.closing_edit = self._text_box(3)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("S&ubject:"), self.tr("Subject of the letter"), self.subject_edit),
            (self.tr("Sa&lutation:"), self.tr("Salutation"), self.salutation_edit),
            (self.tr("&Intro:"), self.tr("Introduction paragraph"), self.intro_edit),
            (self.tr("Ne&xt steps:"), self.tr("Next steps"), self.next_steps_edit),
            (self.tr("Cl&osing:"), self.tr("Closing paragraph"), self.closing_edit),
        ]
        for caption, accessible, widget in rows:
            widget.setAccessibleName(accessible)
            form.addRow(caption, widget)
        self.next_steps_edit.setPlaceholderText(
            self.tr("One step per line; start a line with “- ” for a bullet.")
        )
        self.subject_edit.textChanged.connect(self._on_any_text_changed)
        self.salutation_edit.textChanged.connect(self._on_any_text_changed)
        for box in (self.intro_edit, self.next_steps_edit, self.closing_edit):
            box.textChanged.connect(self._on_any_text_changed)

    @staticmethod
    def _text_box(lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        margins = 2 * (box.frameWidth() + round(box.document().documentMargin())) + 4
        box.setFixedHeight(QFontMetrics(box.font()).lineSpacing() * lines + margins)
        return box

    # -- reading and writing ------------------------------------------------------------------
    def texts(self) -> LetterTexts:
        return LetterTexts(**{field: self.text(field) for field in FIELDS})

    def text(self, field: str) -> str:
        widget = self.widget(field)
        if isinstance(widget, QLineEdit):
            return widget.text()
        assert isinstance(widget, QPlainTextEdit)
        return widget.toPlainText()

    def widget(self, field: str) -> QLineEdit | QPlainTextEdit:
        found: QLineEdit | QPlainTextEdit = getattr(self, f"{field}_edit")
        return found

    def is_edited(self, field: str) -> bool:
        return self.text(field) != self._defaults[field]

    def edited_fields(self) -> list[str]:
        return [field for field in FIELDS if self.is_edited(field)]

    def refill(self, defaults: LetterTexts) -> bool:
        """Put in the new defaults where the mentor has not edited; True when any changed."""
        changed = False
        self._filling = True
        try:
            for field in FIELDS:
                if self.is_edited(field):
                    continue  # the mentor's own text stays, and stays "edited"
                new = getattr(defaults, field)
                if self.text(field) != new:
                    self._set(field, new)
                    changed = True
                self._defaults[field] = new
        finally:
            self._filling = False
        return changed

    def _set(self, field: str, text: str) -> None:
        widget = self.widget(field)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
            widget.setCursorPosition(0)
        else:
            widget.setPlainText(text)

    def set_text(self, field: str, text: str) -> None:
        """Type ``text`` into ``field`` as the mentor would (it then counts as edited)."""
        self._set(field, text)

    def _on_any_text_changed(self) -> None:
        if not self._filling:
            self.changed.emit()
