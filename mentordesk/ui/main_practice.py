"""The Practice and Help menus of the main window: backups, passphrase, moving data in and out,
the privacy records, the user guide.

Each command opens its dialog (kept as the window's one dialog, so locking closes it) or its
page (a closable tab, closed by locking like every work tab). Dialog modules are imported when
first used: they are not needed to show the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mentordesk.ui import messages

if TYPE_CHECKING:
    from mentordesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)


class PracticeCommands(QObject):
    """Connects the window's Practice and Help actions to their dialogs and pages."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = window.commands
        a.backups.triggered.connect(self.open_backups)
        a.change_passphrase.triggered.connect(self.open_passphrase_change)
        a.export_practice.triggered.connect(self.open_export)
        a.import_practice.triggered.connect(self.open_import)
        a.import_clients.triggered.connect(self.open_csv_import)
        a.audit_trail.triggered.connect(self.open_audit_trail)
        a.retention.triggered.connect(self.open_retention)
        a.handover.triggered.connect(self.open_handover)
        a.user_guide.triggered.connect(self.open_user_guide)
        a.about.triggered.connect(self.show_about)

    # -- helpers ------------------------------------------------------------------------------
    def _show_dialog(self, dialog: W) -> W:
        self.window.work.close_dialog()
        self.window.work.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _tab(self, kind: type[W]) -> W | None:
        pages = self.window.work.pages_of(kind)
        if pages:
            self.window.tabs.setCurrentWidget(pages[0])
            return pages[0]
        return None

    def _changed(self, *_args: object) -> None:
        """Data changed behind the pages' backs: reload what shows it."""
        self.window.refresh_client_list()
        self.window.mark_pages_stale()
        for page in self.window.client_pages():
            page.refresh()

    # -- backups and passphrase ---------------------------------------------------------------
    def open_backups(self) -> QWidget | None:
        if self.window.locked:
            return None
        from mentordesk.ui.trust.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window.pf, self.window)
        dialog.restore_requested.connect(self.window.restore_backup)
        return self._show_dialog(dialog)

    def open_passphrase_change(self) -> QWidget | None:
        if self.window.locked:
            return None
        from mentordesk.ui.trust.passphrase_change_dialog import PassphraseChangeDialog

        return self._show_dialog(PassphraseChangeDialog(self.window.pf, self.window))

    # -- moving data --------------------------------------------------------------------------
    def open_export(self) -> QWidget | None:
        if self.window.locked:
            return None
        from mentordesk.ui.transfer.export_dialog import ExportDialog

        return self._show_dialog(ExportDialog(self.window.pf, self.window))

    def open_import(self) -> QWidget | None:
        if self.window.locked:
            return None
        from mentordesk.ui.transfer.import_dialog import ImportPracticeDialog

        dialog = ImportPracticeDialog(self.window)
        dialog.practice_imported.connect(self.window.open_imported)
        return self._show_dialog(dialog)

    def ask_csv_path(self) -> Path | None:
        """The CSV file to import (tests replace this method)."""
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import clients from a CSV file"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def open_csv_import(self) -> QWidget | None:
        if self.window.locked:
            return None
        path = self.ask_csv_path()
        if path is None:
            return None
        from mentordesk.ui.transfer.csv_import_dialog import CsvImportDialog

        try:
            dialog = CsvImportDialog(self.window.pf, path, self.window)
        except Exception as exc:
            messages.show_error(self.window, exc)
            return None
        dialog.clients_imported.connect(self._changed)
        return self._show_dialog(dialog)

    # -- privacy records ----------------------------------------------------------------------
    def open_audit_trail(self) -> QWidget | None:
        if self.window.locked:
            return None
        from mentordesk.ui.privacy.audit_page import AuditPage

        page = self._tab(AuditPage)
        if page is None:
            page = AuditPage(self.window.pf, self.window.reveal)
            page.client_requested.connect(self.window.open_client)
            self.window.work.add_page(page, self.tr("Audit trail"))
        page.refresh()
        return page

    def open_retention(self) -> QWidget | None:
        if self.window.locked:
            return None
        from mentordesk.ui.privacy.retention_page import RetentionPage

        page = self._tab(RetentionPage)
        if page is None:
            page = RetentionPage(self.window.pf, self.window.reveal)
            page.data_erased.connect(self._changed)
            self.window.work.add_page(page, self.tr("Retention"))
        page.refresh()
        return page

    def open_handover(self) -> QWidget | None:
        if self.window.locked:
            return None
        from mentordesk.ui.privacy.handover_dialog import HandoverDialog

        return self._show_dialog(HandoverDialog(self.window.pf, self.window))

    # -- help ---------------------------------------------------------------------------------
    def open_user_guide(self) -> QWidget:
        from mentordesk.ui.user_guide import open_user_guide

        return open_user_guide(self.window)

    def show_about(self) -> QMessageBox:
        from mentordesk.version import __version__

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About MentorDesk"),
            self.tr(
                "MentorDesk {version}\n\nYour mentoring practice in one encrypted file on this "
                "computer. No cloud, no account.\n\nThe log file: {log}"
            ).format(version=__version__, log=_log_file()),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        return self._show_dialog(box)


def _log_file() -> Path:
    from mentordesk import config

    return config.log_file()
