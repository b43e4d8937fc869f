"""A practice file that fails its integrity check at open: what was found, and a way back.

With a ``RestorableDamageError`` the newest backup that passed its checks is named with its
date and offered ("Restore this backup"); the damaged file is kept aside as
``<name>.before-restore-<stamp>``. A plain ``DamagedFileError`` (no good backup with this
passphrase) says what the mentor can do, and lets them choose a backup file elsewhere.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

from mentordesk import config
from mentordesk.errors import DamagedFileError
from mentordesk.services.backups import RestorableDamageError
from mentordesk.ui.trust.backup_labels import reason_text, when_text
from mentordesk.ui.trust.restore_dialog import RestoreDialog


class DamagedFileDialog(RestoreDialog):
    """Says that ``path`` is damaged (``error``) and offers the backup it names, if any.

    ``passphrase``: the one that was just tried (None asks for it, e.g. after a remembered
    passphrase). Emits ``restored(PracticeFile, str)`` like ``RestoreDialog``.
    """

    def __init__(
        self,
        path: Path,
        error: DamagedFileError,
        parent: QWidget | None = None,
        *,
        passphrase: str | None = None,
    ) -> None:
        restorable = isinstance(error, RestorableDamageError)
        backup = error.backup if isinstance(error, RestorableDamageError) else None
        self.error = error
        super().__init__(path, backup, parent, passphrase=passphrase)
        self.setWindowTitle(self.tr("The practice file is damaged"))

        heading = QLabel(
            self.tr("<b>{name}</b> is damaged").format(name=html.escape(self.path.name))
        )
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        found_caption = QLabel(self.tr("What was found:"))
        self.found_label = QLabel(self.damage_text())
        self.found_label.setWordWrap(True)
        self.found_label.setTextFormat(Qt.TextFormat.PlainText)
        self.found_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found_label.setStyleSheet(
            "QLabel { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px;"
            " padding: 6px; color: #5c1010; }"
        )
        self.body.addWidget(heading)
        self.body.addWidget(found_caption)
        self.body.addWidget(self.found_label)

        self.choose_button: QPushButton = self.buttons.addButton(
            self.tr("Choose a backup file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button.setAccessibleName(self.tr("Choose a backup file to restore"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        if not restorable:
            self.restore_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self.passphrase_box.hide()
            self.text_label.setText(self.no_backup_text())

    def damage_text(self) -> str:
        """What is wrong with the file, in words."""
        if isinstance(self.error, RestorableDamageError):
            return self.error.damage.text()
        return self.error.text()

    def describe(self) -> str:
        backup = self.backup
        if not isinstance(self.error, RestorableDamageError) or backup is None:
            return self.no_backup_text()
        record = self.error.backup
        when = when_text(record.created_at)
        return self.tr(
            "The newest good backup is from <b>{when}</b> ({reason}); it passed its checks "
            "just now.<br><br>“Restore this backup” puts it in place of the damaged file and "
            "opens it. What was changed after {when} is not in it. The damaged file is kept "
            "beside it as “{name}.before-restore-…”, so nothing is thrown away."
        ).format(
            when=when,
            reason=html.escape(reason_text(record).lower()),
            name=html.escape(self.path.name),
        )

    def no_backup_text(self) -> str:
        return self.tr(
            "No backup of this file that opens with this passphrase was found in {folder}."
            "<br><br>What you can do:<ul>"
            "<li>If you keep copies elsewhere (an external disk, a USB stick), choose one with "
            "“Choose a backup file…”.</li>"
            "<li>A backup made before a passphrase change opens only with the passphrase of "
            "that time.</li>"
            "<li>Keep the damaged file: do not delete it and do not copy anything over it.</li>"
            "</ul>"
        ).format(folder=html.escape(str(config.backup_dir())))

    # -- another backup -----------------------------------------------------------------------
    def ask_backup_file(self) -> str:
        """The backup file the mentor picks ("" when cancelled). Tests replace this."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup of {name}").format(name=self.path.name),
            str(config.backup_dir()),
            self.tr("MentorDesk backups (*.mentordesk);;All files (*)"),
        )
        return chosen

    def _on_choose_button_clicked(self) -> None:
        chosen = self.ask_backup_file()
        if not chosen or self._busy:
            return
        self.backup = Path(chosen)
        self.restore_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.text_label.setText(RestoreDialog.describe(self))
        if self._passphrase is None:
            self.passphrase_box.show()
            self.passphrase_edit.setFocus()
        else:
            self.restore_button.setFocus()
