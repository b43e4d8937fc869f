"""Asking the passphrase of an existing practice file, and opening it off the UI thread."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError, WrongPassphraseError
from mentordesk.services import practice_file
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError, PassphraseEdit, mute

log = logging.getLogger(__name__)


class PassphraseDialog(BusyDialog):
    """Emits ``file_opened(PracticeFile)`` and closes when the passphrase opened the file.

    A wrong passphrase (or any other problem the mentor can act on) is shown inline and the
    dialog stays open for another try. Show it with ``open()``; never ``exec()`` it in tests.
    """

    file_opened = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None, first_error: str = "") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Open practice file"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr("Enter the passphrase of <b>{name}</b>.").format(
                name=html.escape(self.path.name)
            )
        )
        folder = QLabel(str(self.path.parent))
        mute(folder)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_edit = PassphraseEdit(self.tr("Passphrase"))
        self.show_check = QCheckBox(self.tr("Show passphrase"))
        self.remember_check = QCheckBox(self.tr("Remember on this computer"))
        if practice_file.keyring_available():
            self.remember_check.setToolTip(
                self.tr(
                    "Keeps the passphrase in this computer's secure password store, so this file "
                    "opens without asking. Anyone who can log in as you can then open it."
                )
            )
        else:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(
                self.tr(
                    "This computer has no secure password store, so the passphrase cannot be "
                    "remembered."
                )
            )
        self.error_label = InlineError()
        self.busy_bar = BusyBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addSpacing(6)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.show_check)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        self.show_check.toggled.connect(self.passphrase_edit.set_revealed)
        self.passphrase_edit.textEdited.connect(self._on_passphrase_edit_text_edited)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.error_label.show_message(first_error)
        self.passphrase_edit.setFocus()

    # -- opening ------------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.error_label.show_message(self.tr("Type the passphrase of this file."))
            return
        path = self.path
        remember = self.remember_check.isChecked() and self.remember_check.isEnabled()
        self._set_busy(True)
        workers.run_in_background(
            lambda: _open_and_update_keyring(path, passphrase, remember=remember),
            self._on_open_succeeded,
            self._on_open_failed,
        )

    def _on_open_succeeded(self, pf: PracticeFile) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.file_opened.emit(pf)
        self.accept()

    def _on_open_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphraseError):
            self.error_label.show_message(exc.text())
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        elif isinstance(exc, UserError):
            self.error_label.show_message(exc.text())
        else:
            messages.show_error(self, exc)

    def _on_passphrase_edit_text_edited(self, _text: str) -> None:
        self.error_label.clear_message()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.passphrase_edit.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error_label.clear_message()
        else:
            self.passphrase_edit.setFocus()


def _open_and_update_keyring(path: Path, passphrase: str, *, remember: bool) -> PracticeFile:
    """Open the file; then remember the passphrase, or forget a remembered one that is now
    known to be stale. Runs in the background: a slow keyring never freezes the window."""
    pf = practice_file.open_practice(path, passphrase)
    try:
        if remember:
            practice_file.remember_passphrase(path, passphrase)
        else:
            practice_file.forget_if_stale(path, passphrase)
    except Exception:  # the keyring is a convenience; the file is open all the same
        log.exception("could not update the remembered passphrase")
    return pf
