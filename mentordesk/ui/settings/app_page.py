"""This computer's settings (settings.json): idle lock, interface language, backups.

Nothing about the practice or its clients is kept here: only minutes, a language code, a
folder path and how many backups to keep. A backup folder inside a cloud-sync folder or on a
network drive is allowed, with a warning.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk import config
from mentordesk.ui.form_parts import mute
from mentordesk.ui.settings.page import SettingsPage, align_labels, new_form
from mentordesk.ui.trust.location_banner import LocationBanner

MIN_IDLE, MAX_IDLE = 1, 240
# Each language is named in itself, so a mentor who cannot read the current interface still
# finds their own; these names are deliberately not translated.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


def folder_writable(folder: Path) -> bool:
    """Whether a file can be made in ``folder`` (or, when it does not exist yet, its parent)."""
    target = folder
    while not target.exists():
        if target.parent == target:
            return False
        target = target.parent
    if not target.is_dir():
        return False
    try:
        with tempfile.TemporaryFile(dir=target):
            pass
    except OSError:
        return False
    return True


class AppPage(SettingsPage):
    name = "app"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded_folder = ""
        self._folder = ""  # "" is the default folder

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(MIN_IDLE, MAX_IDLE)
        self.idle_spin.setSuffix(self.tr(" minutes"))
        self.idle_spin.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle_spin.setMaximumWidth(150)
        idle_note = mute(
            QLabel(
                self.tr(
                    "When nobody uses MentorDesk this long, the window hides all client data "
                    "until the passphrase is given again."
                )
            )
        )
        idle_note.setWordWrap(True)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.addItem(self.tr("Same as the computer"), "")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setMaximumWidth(260)
        language_note = mute(QLabel(self.tr("A new language applies after restarting MentorDesk.")))
        language_note.setWordWrap(True)

        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose a backup folder"))
        self.default_button = QPushButton(self.tr("Use default"))
        self.default_button.setAccessibleName(self.tr("Use the default backup folder"))
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        self.folder_note = mute(QLabel())
        self.folder_note.setWordWrap(True)
        self.folder_warning = LocationBanner()
        self.folder_warning.dismiss_button.hide()  # it stays true while this folder is chosen
        folder_notes = QWidget()
        notes = QVBoxLayout(folder_notes)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(self.folder_note)
        notes.addWidget(self.folder_warning)

        self.keep_last_spin = self._backup_spin("backup_keep_last", self.tr(" backups"))
        self.keep_last_spin.setAccessibleName(self.tr("Keep this many newest backups"))
        self.keep_days_spin = self._backup_spin("backup_keep_daily_days", self.tr(" days"))
        self.keep_days_spin.setAccessibleName(
            self.tr("Also keep one backup a day for this many days")
        )
        self.interval_spin = self._backup_spin("backup_interval_minutes", self.tr(" minutes"))
        self.interval_spin.setAccessibleName(
            self.tr("Make a backup this often while you work (minutes)")
        )
        keep_note = mute(
            QLabel(
                self.tr(
                    "Besides these, MentorDesk makes a backup when a file is opened and when it "
                    "is closed. Older ones are removed only after a new one has been checked."
                )
            )
        )
        keep_note.setWordWrap(True)

        lock_form = new_form()
        lock_form.addRow(
            self.tr("Lock after:"), self.field_row("idle_lock_minutes", self.idle_spin, idle_note)
        )
        language_form = new_form()
        language_form.addRow(
            self.tr("Language:"), self.field_row("language", self.language_combo, language_note)
        )
        backup_form = new_form()
        backup_form.addRow(
            self.tr("Folder:"), self.field_row("backup_folder", folder_row, folder_notes)
        )
        backup_form.addRow(
            self.tr("Keep the newest:"), self.field_row("backup_keep_last", self.keep_last_spin)
        )
        backup_form.addRow(
            self.tr("And one a day for:"),
            self.field_row("backup_keep_daily_days", self.keep_days_spin),
        )
        backup_form.addRow(
            self.tr("While working, every:"),
            self.field_row("backup_interval_minutes", self.interval_spin, keep_note),
        )
        align_labels([lock_form, language_form, backup_form])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, form in (
            (self.tr("Locking"), lock_form),
            (self.tr("Interface"), language_form),
            (self.tr("Backups"), backup_form),
        ):
            box = QGroupBox(title)
            box.setLayout(form)
            layout.addWidget(box)
        layout.addStretch(1)

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)

    def _backup_spin(self, name: str, suffix: str) -> QSpinBox:
        low, high = config.BACKUP_LIMITS[name]
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(150)
        return spin

    def title(self) -> str:
        return self.tr("This computer")

    def description(self) -> str:
        return self.tr("Kept on this computer only, never in the practice file.")

    @property
    def folder(self) -> str:
        """The backup folder that saving would store ("" is the default folder)."""
        return self._folder

    # -- SettingsPage -------------------------------------------------------------------------
    def load(self) -> None:
        settings = config.load_settings()
        self.idle_spin.setValue(settings.idle_lock_minutes)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.keep_last_spin.setValue(settings.backup_keep_last)
        self.keep_days_spin.setValue(settings.backup_keep_daily_days)
        self.interval_spin.setValue(settings.backup_interval_minutes)
        self._loaded_folder = settings.backup_folder
        self.clear_errors()
        self.set_folder(settings.backup_folder)

    def problems(self) -> list[tuple[str, str]]:
        if self._folder != self._loaded_folder and not folder_writable(self._shown_folder()):
            return [("backup_folder", self._not_writable_text())]
        return []

    def save(self) -> None:
        settings = config.load_settings()  # fresh: keep what the main window wrote meanwhile
        settings.idle_lock_minutes = self.idle_spin.value()
        settings.language = str(self.language_combo.currentData())
        settings.backup_folder = self._folder
        settings.backup_keep_last = self.keep_last_spin.value()
        settings.backup_keep_daily_days = self.keep_days_spin.value()
        settings.backup_interval_minutes = self.interval_spin.value()
        config.save_settings(settings)
        self._loaded_folder = self._folder

    # -- the backup folder --------------------------------------------------------------------
    def ask_folder(self) -> str:
        """The folder the mentor picks ("" when cancelled). Tests replace this."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for backups"), str(self._shown_folder())
        )

    def set_folder(self, folder: str) -> None:
        """Show ``folder`` ("" or the default folder itself means the default) and check it."""
        chosen = str(Path(folder)) if folder else ""
        if chosen and Path(chosen) == config.default_backup_dir():
            chosen = ""
        self._folder = chosen
        self.folder_edit.setText(str(self._shown_folder()))
        self.folder_edit.setCursorPosition(0)
        self.default_button.setEnabled(bool(chosen))
        self.folder_note.setText(
            self.tr(
                "This is the default folder. A folder on another disk keeps the backups safe "
                "when this computer breaks down."
            )
            if not chosen
            else self.tr("Backups are saved in this folder.")
        )
        self.folder_warning.show_for(self._shown_folder(), "backups")
        if folder_writable(self._shown_folder()):
            self.clear_field_error("backup_folder")
        else:
            self.show_field_error("backup_folder", self._not_writable_text())

    def _shown_folder(self) -> Path:
        return Path(self._folder) if self._folder else config.default_backup_dir()

    def _not_writable_text(self) -> str:
        return self.tr(
            "MentorDesk cannot write in this folder, so backups would fail. Choose another "
            "folder or use the default."
        )

    def _on_choose_button_clicked(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.set_folder(folder)

    def _on_default_button_clicked(self) -> None:
        self.set_folder("")
