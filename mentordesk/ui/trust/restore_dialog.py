"""Putting a backup in place of a closed practice file, then opening it.

``RestoreDialog`` restores a backup the mentor chose in the backups window (after the main
window closed the file); ``DamagedFileDialog`` (its own module) offers one for a damaged file.
Both run ``services.backups.restore_and_open`` in the background: the backup is checked, the
current file is kept beside it as ``<name>.before-restore-<stamp>``, and the restored file
opens. The passphrase is asked when it is not known.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError
from mentordesk.services import practice_file
from mentordesk.services.backups import (
    Backup,
    BackupPassphraseError,
    backups_of,
    restore_and_open,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError, PassphraseEdit
from mentordesk.ui.trust.backup_labels import when_text

log = logging.getLogger(__name__)


def restore_in_background(
    backup: Backup | Path, target: Path, passphrase: str
) -> tuple[PracticeFile, Path | None]:
    """Restore and open (on a worker thread); returns the open file and the kept-aside file."""
    pattern = f"{target.name}.before-restore-*"
    before = set(target.parent.glob(pattern))
    pf = restore_and_open(backup, target, passphrase)
    kept = sorted(
        p for p in set(target.parent.glob(pattern)) - before if not p.name.endswith("-journal")
    )
    try:
        practice_file.forget_if_stale(target, passphrase)
    except Exception:  # the keyring is a convenience; the file is open all the same
        log.exception("could not update the remembered passphrase")
    return pf, (kept[-1] if kept else None)


class RestoreDialog(BusyDialog):
    """Restores ``backup`` in place of the closed file ``path`` and opens it.

    Emits ``restored(PracticeFile, str)`` with the open file and a sentence saying what was done
    (where the replaced file was kept); the dialog closes then.
    """

    restored = Signal(object, str)

    def __init__(
        self,
        path: Path,
        backup: Backup | Path | None,
        parent: QWidget | None = None,
        *,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.backup = backup
        self._passphrase = passphrase
        self.kept_aside: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(540)

        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_edit = PassphraseEdit(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of this file"))
        self.passphrase_box = QWidget()
        form = QFormLayout(self.passphrase_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.passphrase_box.setVisible(passphrase is None)
        self.error_label = InlineError()
        self.busy_bar = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore this backup and open it"))

        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.text_label)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        self.passphrase_edit.textEdited.connect(self.error_label.clear_message)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        if self.backup is not None:
            self.text_label.setText(self.describe())

    def describe(self) -> str:
        """The text above the buttons (rich text)."""
        when = _backup_when(self.path, self.backup)
        return self.tr(
            "Restore the backup of {when} in place of <b>{name}</b>?<br><br>What was changed "
            "after {when} is not in the backup. The current file is kept beside it as "
            "“{name}.before-restore-…”, so nothing is thrown away."
        ).format(when=when, name=html.escape(self.path.name))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.passphrase_box.isVisible():
            self.passphrase_edit.setFocus()

    # -- restoring ----------------------------------------------------------------------------
    def start_restore(self, backup: Backup | Path | None = None) -> None:
        """Restore ``backup`` (default: the one offered) with the known or typed passphrase."""
        chosen = backup if backup is not None else self.backup
        if self._busy or chosen is None:
            return
        passphrase = self._passphrase
        if passphrase is None:
            passphrase = self.passphrase_edit.text()
            if not passphrase:
                self.error_label.show_message(self.tr("Type the passphrase of this file."))
                self.passphrase_edit.setFocus()
                return
        target = self.path
        self._set_busy(True)
        workers.run_in_background(
            lambda: restore_in_background(chosen, target, passphrase),
            self._on_restore_succeeded,
            self._on_restore_failed,
        )

    def _on_buttons_accepted(self) -> None:
        self.start_restore()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.passphrase_edit.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error_label.clear_message()

    def done_text(self) -> str:
        if self.kept_aside is None:
            return self.tr("The backup was restored and is open now.")
        return self.tr(
            "The backup was restored and is open now. The file it replaced was kept as "
            "“{name}” in {folder}."
        ).format(name=self.kept_aside.name, folder=self.kept_aside.parent)

    def _on_restore_succeeded(self, result: tuple[PracticeFile, Path | None]) -> None:
        self._set_busy(False)
        pf, self.kept_aside = result
        self.passphrase_edit.clear()
        self._passphrase = None
        self.accept()
        self.restored.emit(pf, self.done_text())

    def _on_restore_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, BackupPassphraseError):
            # a backup from before a passphrase change: let the mentor give the one of then
            self._passphrase = None
            self.passphrase_box.show()
            self.passphrase_edit.clear()
            self.passphrase_edit.setFocus()
        elif not isinstance(exc, UserError):
            log.error("restoring a backup failed", exc_info=exc)
        self.error_label.show_message(messages.error_text(exc))


def backup_record(target: Path, backup: Backup | Path | None) -> Backup | None:
    """The record of ``backup`` (a backup of ``target``, by its name), or None."""
    if backup is None or isinstance(backup, Backup):
        return backup
    try:
        found = backups_of(target, Path(backup).parent)
    except Exception:
        log.exception("could not read the backup folder")
        return None
    return next((b for b in found if b.path == Path(backup)), None)


def _backup_when(target: Path, backup: Backup | Path | None) -> str:
    record = backup_record(target, backup)
    if record is not None:
        return when_text(record.created_at)
    return html.escape(backup.name) if backup is not None else ""
