"""Changing the passphrase of the open practice file.

The current passphrase, the new one twice; the re-key runs in the background
(``services.passphrase_change.change_passphrase``). Afterwards the dialog says what happened:
the fresh backup under the new passphrase, the older backups that keep the old one, and the
passphrase remembered on this computer.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError, ValidationError
from mentordesk.services import practice_file
from mentordesk.services.passphrase_change import PassphraseChange, change_passphrase
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError, PassphraseEdit
from mentordesk.ui.widgets.new_passphrase import NewPassphrase

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeOutcome:
    change: PassphraseChange
    remembered: bool  # whether the new passphrase is remembered on this computer now
    keyring_problem: bool  # the remembered passphrase could not be updated (it was forgotten)


def _change_and_remember(pf: PracticeFile, old: str, new: str, remember: bool) -> ChangeOutcome:
    """Runs in the background: the change, then the mentor's choice about remembering."""
    change = change_passphrase(pf, old, new)
    remembered = change.keyring == "updated"
    problem = change.keyring == "forgotten"
    try:
        if remember and change.keyring == "not remembered":
            remembered = practice_file.remember_passphrase(pf.path, new)
            problem = not remembered
        elif not remember and remembered:
            practice_file.forget_passphrase(pf.path)
            remembered = False
    except Exception:  # the keyring is a convenience; the change itself happened
        log.exception("could not update the remembered passphrase")
        problem = True
    return ChangeOutcome(change, remembered, problem)


class PassphraseChangeDialog(BusyDialog):
    """Emits ``passphrase_changed()`` once the file has its new passphrase; then shows what
    happened until the mentor closes it."""

    passphrase_changed = Signal()

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.outcome: ChangeOutcome | None = None
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr("A new passphrase for <b>{name}</b>.").format(
                name=html.escape(self.pf.path.name)
            )
        )
        intro.setWordWrap(True)
        self.current_edit = PassphraseEdit(self.tr("The passphrase you use now"))
        self.current_edit.setAccessibleName(self.tr("Current passphrase"))
        self.error_label = InlineError()
        self.new_passphrase = NewPassphrase(
            self,
            self.error_label,
            placeholder=self.tr("Choose a new passphrase"),
            accessible_name=self.tr("New passphrase"),
            empty=self.tr("Choose a new passphrase."),
            mismatch=self.tr(
                "The two new passphrases are not the same. Type the new passphrase twice, "
                "exactly alike."
            ),
        )
        self.new_edit = self.new_passphrase.passphrase_edit
        self.repeat_edit = self.new_passphrase.repeat_edit
        self.repeat_edit.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.show_check = self.new_passphrase.show_check
        self.show_check.setText(self.tr("Show passphrases"))
        self.show_check.setAccessibleName(self.tr("Show the passphrases as typed"))
        self.show_check.toggled.connect(self.current_edit.set_revealed)
        self.hint_label = self.new_passphrase.hint_label
        self.remember_check = QCheckBox(self.tr("Remember the new passphrase on this computer"))
        self.remember_check.setAccessibleName(self.tr("Remember the new passphrase"))
        available = practice_file.keyring_available()
        self.remember_check.setEnabled(available)
        self.remember_check.setChecked(available and practice_file.is_remembered(self.pf.path))
        self.note_label = note = QLabel(
            self.tr(
                "<b>Nobody can recover a forgotten passphrase.</b> Write the new one down and "
                "keep it somewhere safe. Backups made before the change keep the old "
                "passphrase: to restore one of them you will need the old passphrase, so keep "
                "that written down too until those backups are gone. Right after the change, "
                "MentorDesk makes a fresh backup under the new passphrase."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px;"
            " padding: 8px; color: #4a3000; }"
        )
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.hide()
        self.busy_bar = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button: QPushButton = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setAccessibleName(self.tr("Change the passphrase now"))
        self.close_button: QPushButton = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.hide()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Current passphrase:"), self.current_edit)
        self.new_passphrase.add_rows(
            self.form, self.tr("New passphrase:"), self.tr("Repeat new passphrase:")
        )
        self.form.addRow("", self.remember_check)
        self.form_box = QWidget()
        self.form_box.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form_box)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.current_edit.textEdited.connect(self.error_label.clear_message)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.change_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.current_edit.setFocus()

    # -- input --------------------------------------------------------------------------------
    def _refuse(self, message: str, field: PassphraseEdit) -> None:
        self.error_label.show_message(message)
        field.selectAll()
        field.setFocus()

    def _on_buttons_accepted(self) -> None:
        if self._busy or self.outcome is not None:
            return
        old, new = self.current_edit.text(), self.new_edit.text()
        if not old:
            self._refuse(self.tr("Type the passphrase you use now."), self.current_edit)
            return
        if self.new_passphrase.refuse():
            return
        remember = self.remember_check.isChecked() and self.remember_check.isEnabled()
        pf = self.pf
        self._set_busy(True)
        workers.run_in_background(
            lambda: _change_and_remember(pf, old, new, remember),
            self._on_change_succeeded,
            self._on_change_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.form_box.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error_label.clear_message()

    # -- the result ---------------------------------------------------------------------------
    def _on_change_succeeded(self, outcome: ChangeOutcome) -> None:
        self._set_busy(False)
        self.outcome = outcome
        self.current_edit.clear()
        self.new_passphrase.clear()
        self.form_box.hide()
        self.change_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.result_label.setText(self.result_text(outcome))
        self.result_label.show()
        self.note_label.hide()  # its advice is in the result now, in the past tense
        self.setMinimumHeight(self.height())  # the result takes the form's place
        self.passphrase_changed.emit()

    def result_text(self, outcome: ChangeOutcome) -> str:
        change = outcome.change
        lines = [
            self.tr("The passphrase was changed. From now on only the new one opens the file.")
        ]
        if change.backup is not None:
            lines.append(self.tr("A fresh backup was made under the new passphrase."))
        else:
            lines.append(
                self.tr(
                    "No fresh backup could be made ({reason}). Make one from Backups as soon "
                    "as the problem is solved."
                ).format(reason=change.backup_problem)
            )
        if change.older_backups:
            lines.append(
                self.tr(
                    "{count} older backups keep the old passphrase until they are rotated out: "
                    "to restore one of them, you need the old passphrase."
                ).format(count=change.older_backups)
            )
        if outcome.keyring_problem:
            lines.append(
                self.tr(
                    "The passphrase could not be stored in this computer's password store, so "
                    "none is remembered now: MentorDesk will ask for the new passphrase next "
                    "time."
                )
            )
        elif outcome.remembered:
            lines.append(self.tr("The new passphrase is remembered on this computer."))
        return "\n\n".join(lines)

    def _on_change_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            field = self.current_edit if exc.field == "old_passphrase" else self.new_edit
            self._refuse(exc.text(), field)
        elif isinstance(exc, UserError):
            self.error_label.show_message(exc.text())
        else:
            log.error("the passphrase change failed", exc_info=exc)
            self.error_label.show_message(messages.error_text(exc))
