"""A NEW passphrase typed twice: the two fields, "show passphrase", the length hint and the
checks before anything is made with it (empty, too short, not the same).

Used by the new-practice, import, hand-over and passphrase-change dialogs. The dialog keeps its
own layout and captions; it places ``passphrase_edit``, ``repeat_edit``, ``show_check`` and
``hint_label`` (or lets ``add_rows`` put them in a ``QFormLayout``) and asks ``refuse()`` before
it starts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from mentordesk.ui.form_parts import InlineError, PassphraseEdit, mute

MIN_PASSPHRASE = 8  # refused below this: a practice file holds intimate notes
GOOD_PASSPHRASE = 12  # "Good: a long passphrase." from this length on


class NewPassphrase(QObject):
    """The widgets and checks for a new passphrase; messages go to ``error_label``.

    ``minimum`` is the shortest passphrase accepted; ``hint``, ``empty``, ``too_short`` and
    ``mismatch`` replace the standard texts (already translated, ``{count}`` filled in).
    """

    def __init__(
        self,
        parent: QWidget,
        error_label: InlineError,
        *,
        placeholder: str,
        accessible_name: str,
        minimum: int = MIN_PASSPHRASE,
        hint: str | None = None,
        empty: str | None = None,
        too_short: str | None = None,
        mismatch: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self._error_label = error_label
        self._hint = hint
        self._empty = empty
        self._too_short = too_short
        self._mismatch = mismatch

        self.passphrase_edit = PassphraseEdit(placeholder)
        self.passphrase_edit.setAccessibleName(accessible_name)
        self.repeat_edit = PassphraseEdit(self.tr("Type it once more"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_check = QCheckBox(self.tr("Show passphrase"))
        self.show_check.setAccessibleName(self.tr("Show the passphrase"))
        self.hint_label = mute(QLabel())
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.show_check.toggled.connect(self.passphrase_edit.set_revealed)
        self.show_check.toggled.connect(self.repeat_edit.set_revealed)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.repeat_edit.textEdited.connect(error_label.clear_message)
        self._on_passphrase_edit_text_changed("")

    # -- placing ------------------------------------------------------------------------------
    def add_rows(self, form: QFormLayout, caption: str, repeat_caption: str) -> None:
        """The two fields with their (translated) captions, then the check box and the hint."""
        for text, field in ((caption, self.passphrase_edit), (repeat_caption, self.repeat_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.show_check)
        form.addRow("", self.hint_label)

    def widgets(self) -> tuple[QWidget, ...]:
        """The interactive controls, in tab order (for enabling and tab chains)."""
        return (self.passphrase_edit, self.repeat_edit, self.show_check)

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.widgets():
            widget.setEnabled(enabled)

    # -- the passphrase -----------------------------------------------------------------------
    def text(self) -> str:
        return self.passphrase_edit.text()

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()

    def hint_text(self, length: int) -> str:
        if length >= max(GOOD_PASSPHRASE, self.minimum):
            return self.tr("Good: a long passphrase.")
        if self._hint is not None:
            return self._hint
        return self.tr(
            "Tip: a few unusual words in a row, like a short sentence, are easy to "
            "remember and hard to guess. At least {count} characters."
        ).format(count=self.minimum)

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or ``None`` when it can."""
        passphrase = self.passphrase_edit.text()
        if not passphrase.strip():
            return self._empty or self.tr("Choose a passphrase for the new file.")
        if len(passphrase.strip()) < self.minimum:
            return self._too_short or self.tr(
                "The new passphrase is too short: use at least {count} characters. A few "
                "unusual words in a row are easy to remember and hard to guess."
            ).format(count=self.minimum)
        if passphrase != self.repeat_edit.text():
            return self._mismatch or self.tr(
                "The two passphrases are not the same. Type the passphrase twice, exactly alike."
            )
        return None

    def refuse(self) -> bool:
        """Shows ``problem()`` at the error label and puts the cursor where it is to be
        solved (a repeat that differs is emptied); ``True`` when there was a problem."""
        problem = self.problem()
        if problem is None:
            return False
        self._error_label.show_message(problem)
        if self.problem_is_mismatch():
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
        else:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        return True

    def problem_is_mismatch(self) -> bool:
        """Whether the only problem is a repeat that differs."""
        passphrase = self.passphrase_edit.text()
        long_enough = bool(passphrase.strip()) and len(passphrase.strip()) >= self.minimum
        return long_enough and passphrase != self.repeat_edit.text()

    def _on_passphrase_edit_text_changed(self, text: str) -> None:
        self._error_label.clear_message()
        self.hint_label.setText(self.hint_text(len(text.strip())))
