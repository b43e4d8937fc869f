"""The open file's backups: the list, the folder, "Back up now" and "Restore…".

Restoring needs the file closed, so this dialog only checks the chosen backup (in the
background, with the open file's passphrase), asks, and emits ``restore_requested``; the main
window closes the file and the launcher puts the backup in place (``Launcher.restore_backup``).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk import config
from mentordesk.errors import UserError, WrongPassphraseError
from mentordesk.services.backups import Backup, BackupReason
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyDialog, InlineError, mute
from mentordesk.ui.trust.backup_labels import checked_text, reason_text, size_text, when_text
from mentordesk.ui.trust.location_banner import LocationBanner

log = logging.getLogger(__name__)
BACKUP_ROLE = Qt.ItemDataRole.UserRole


class _Progress(QObject):
    """Carries the copy's progress from the worker thread to the window (queued)."""

    moved = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.moved.emit(int(done), int(total))


def unusable_text(problems: list[str]) -> str:
    """Why a backup cannot be restored with the open file's passphrase, in words."""
    wrong = {WrongPassphraseError().text("en"), WrongPassphraseError().text("nl")}
    if any(problem in wrong for problem in problems):
        return QCoreApplication.translate(
            "BackupsDialog",
            "This backup does not open with the current passphrase. It was probably made "
            "before the passphrase was changed: older backups keep the passphrase of their "
            "time. Choose a newer backup.",
        )
    return QCoreApplication.translate(
        "BackupsDialog", "This backup cannot be used: {problem} Choose another backup."
    ).format(problem=" ".join(problems))


class BackupsDialog(BusyDialog):
    """The backups of ``pf``. Emits ``restore_requested(str)`` with the chosen backup's path
    once the mentor confirmed; the dialog has closed by then."""

    restore_requested = Signal(str)
    backup_made = Signal(object)  # services.backups.Backup

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.setWindowTitle(self.tr("Backups and restore"))
        self.setMinimumSize(640, 460)
        settings = config.load_settings()

        title = QLabel(
            self.tr("Backups of <b>{name}</b>").format(name=html.escape(self.pf.path.name))
        )
        intro = mute(
            QLabel(
                self.tr(
                    "MentorDesk makes an encrypted backup when you open and close this file and "
                    "every {minutes} minutes while you work. It keeps the newest {keep} and one "
                    "a day for {days} days. A backup opens with the passphrase the file had "
                    "when it was made."
                ).format(
                    minutes=settings.backup_interval_minutes,
                    keep=settings.backup_keep_last,
                    days=settings.backup_keep_daily_days,
                )
            )
        )
        intro.setWordWrap(True)
        folder_caption = QLabel(self.tr("Folder:"))
        self.folder_label = QLabel(str(self.pf.backups.folder))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the backup folder"))
        self.folder_banner = LocationBanner()
        self.folder_banner.dismiss_button.hide()  # the folder stays where it is: keep saying so

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups of this file, newest first"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Made on"), self.tr("Why"), self.tr("Size"), self.tr("Check")]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = mute(QLabel(self.tr("There are no backups of this file yet.")))

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = InlineError()

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setAccessibleName(self.tr("Make a backup now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the backups window"))

        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_caption)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_banner)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.list, self.backup_button)
        self.setTabOrder(self.backup_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.open_folder_button)
        self.setTabOrder(self.open_folder_button, self.close_button)

        self._progress = _Progress(self)
        self._progress.moved.connect(self._on_progress_moved)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.folder_banner.show_for(self.pf.backups.folder, "backups")
        self.refresh()

    # -- the list -----------------------------------------------------------------------------
    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def backups(self) -> list[Backup]:
        """The backups listed, newest first."""
        return [item.data(0, BACKUP_ROLE) for item in self._items()]

    def refresh(self) -> None:
        try:
            found = self.pf.backups.list_backups()
        except Exception as exc:
            log.exception("could not list the backups")
            found = []
            self.error_label.show_message(messages.error_text(exc))
        self.list.clear()
        for backup in found:
            item = QTreeWidgetItem(
                [
                    when_text(backup.created_at),
                    reason_text(backup),
                    size_text(backup.size_bytes),
                    checked_text(backup),
                ]
            )
            item.setData(0, BACKUP_ROLE, backup)
            item.setToolTip(0, backup.name)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.empty_label.setVisible(not found)
        items = self._items()
        if items:
            self.list.setCurrentItem(items[0])
        self._update_buttons()

    def select(self, backup: Backup) -> None:
        for item in self._items():
            if item.data(0, BACKUP_ROLE).path == backup.path:
                self.list.setCurrentItem(item)
                return

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        return None if item is None else item.data(0, BACKUP_ROLE)

    def _on_list_item_selection_changed(self) -> None:
        self._update_buttons()

    def _on_list_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._on_restore_button_clicked()

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)
        self.close_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool, status: str = "") -> None:
        self._busy = busy
        self.status_label.setText(status)
        if busy:
            self.error_label.clear_message()
            self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(busy)
        self._update_buttons()

    # -- backing up ---------------------------------------------------------------------------
    def _on_backup_button_clicked(self) -> None:
        if self._busy:
            return
        self._set_busy(True, self.tr("Making a backup…"))
        backups, report = self.pf.backups, self._progress.report
        workers.run_in_background(
            lambda: backups.make_backup(BackupReason.MANUAL, progress=report),
            self._on_backup_succeeded,
            self._on_backup_failed,
        )

    def _on_progress_moved(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def _on_backup_succeeded(self, backup: Backup) -> None:
        self._set_busy(False)
        self.refresh()
        self.select(backup)
        self.status_label.setText(
            self.tr("Backup made on {when} and checked.").format(when=when_text(backup.created_at))
        )
        self.backup_made.emit(backup)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            log.error("the backup by hand failed", exc_info=exc)
        self.error_label.show_message(messages.error_text(exc))

    # -- restoring ----------------------------------------------------------------------------
    def ask_confirm(self, text: str) -> bool:
        """Ask before restoring; True to go ahead. Tests replace this."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_restore_button_clicked(self) -> None:
        backup = self.selected()
        if self._busy or backup is None:
            return
        self._set_busy(True, self.tr("Checking the backup…"))
        check = self.pf.backups.check
        workers.run_in_background(
            lambda: (backup, check(backup)), self._on_check_succeeded, self._on_check_failed
        )

    def _on_check_succeeded(self, result: tuple[Backup, list[str]]) -> None:
        self._set_busy(False)
        backup, problems = result
        if problems:
            self.error_label.show_message(unusable_text(problems))
            return
        when = when_text(backup.created_at)
        question = self.tr(
            "Restore the backup of {when}?\n\nMentorDesk closes this file, puts the backup in "
            "its place and opens it again. What you changed after {when} is not in the "
            "backup. The current file is kept beside it as “{name}.before-restore-…”, so "
            "nothing is thrown away."
        ).format(when=when, name=self.pf.path.name)
        if not self.ask_confirm(question):
            self.status_label.setText(self.tr("Nothing was restored."))
            return
        self.accept()
        self.restore_requested.emit(str(backup.path))

    def _on_check_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            log.error("checking a backup failed", exc_info=exc)
        self.error_label.show_message(messages.error_text(exc))

    # -- the folder ---------------------------------------------------------------------------
    def open_url(self, url: QUrl) -> bool:
        """Show ``url`` in the file manager. Tests replace this."""
        return QDesktopServices.openUrl(url)

    def _on_open_folder_button_clicked(self) -> None:
        folder = self.pf.backups.folder
        if not folder.is_dir() or not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.error_label.show_message(
                self.tr(
                    "The folder {folder} could not be opened. It is made with the first backup."
                ).format(folder=folder)
            )
