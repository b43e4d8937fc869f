"""Which window shows when: the welcome window, the passphrase dialog, the main window.

``app.run`` makes one ``Launcher`` and calls ``start``. Welcome and main window only ask (new,
open, recent, demo); the launcher opens files, remembers recent ones and swaps the windows.

It also handles what can go wrong around opening: a damaged file (``DamagedFileDialog``
offers the newest good backup), a file in a cloud-sync folder or on a network drive (a warning
before creating one there, and after opening one), and restoring a backup the mentor chose in
the backups window (``restore_backup``, after the main window closed the file).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mentordesk import config
from mentordesk.errors import (
    DamagedFileError,
    FileAlreadyExistsError,
    FileMissingError,
    WrongPassphraseError,
)
from mentordesk.services import practice_file
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.new_practice_dialog import NewPracticeDialog, with_suffix
from mentordesk.ui.passphrase_dialog import PassphraseDialog
from mentordesk.ui.trust.damaged_file_dialog import DamagedFileDialog
from mentordesk.ui.trust.location_banner import LocationBanner, find_warning
from mentordesk.ui.trust.open_dialog import OpenPassphraseDialog
from mentordesk.ui.trust.restore_dialog import RestoreDialog
from mentordesk.ui.welcome_window import WelcomeWindow

log = logging.getLogger(__name__)
PASSPHRASE_VARIABLE = "MENTORDESK_PASSPHRASE"


def open_demo_file() -> PracticeFile:
    """Create the demo practice when missing, and open it (runs on a worker thread)."""
    from mentordesk.services import demo  # written alongside; imported when first needed

    path, passphrase = demo.ensure_demo_file()
    return practice_file.open_practice(Path(path), passphrase)


class Launcher(QObject):
    def __init__(
        self, *, idle_interval_ms: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._idle_interval_ms = idle_interval_ms
        self.welcome: WelcomeWindow | None = None
        self.main_window: MainWindow | None = None
        self.dialog: PassphraseDialog | NewPracticeDialog | RestoreDialog | None = None
        self._retired: list[MainWindow] = []  # closed, waiting for deleteLater
        self._quitting = False
        self._location_warned: set[Path] = set()  # warned about this session already

    # -- starting -----------------------------------------------------------------------------
    def start(self, file: Path | None = None, *, demo: bool = False) -> None:
        """Show the first window: the demo, ``file`` (asking its passphrase if need be), or
        the welcome window."""
        if demo:
            try:
                pf = open_demo_file()
            except Exception as exc:
                self.show_welcome()
                messages.show_error(self.welcome, exc)
            else:
                self._on_file_opened(pf, remember_recent=False)
            return
        if file is None:
            self.show_welcome()
            return
        path = Path(file).absolute()
        secret = os.environ.get(PASSPHRASE_VARIABLE)
        if secret:
            try:
                pf = practice_file.open_practice(path, secret)
            except WrongPassphraseError as exc:
                self.show_welcome()
                self._ask_passphrase(path, first_error=exc.text())
                return
            except DamagedFileError as exc:
                self.show_welcome()
                self.offer_restore(path, exc, secret)
                return
            except Exception as exc:
                self.show_welcome()
                messages.show_error(self.welcome, exc)
                return
            self._on_file_opened(pf)
            return
        self.show_welcome()
        self.open_path(path)

    def show_welcome(self) -> WelcomeWindow:
        if self.welcome is None:
            self.welcome = WelcomeWindow()
            self.welcome.new_requested.connect(self.choose_and_create)
            self.welcome.open_requested.connect(self.choose_and_open)
            self.welcome.recent_requested.connect(self.open_path)
            self.welcome.demo_requested.connect(self.open_demo)
            self.welcome.import_requested.connect(self.import_export)
        self.welcome.refresh_recent()
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    def _front_window(self) -> QWidget:
        if self.main_window is not None and self.main_window.isVisible():
            return self.main_window
        return self.show_welcome()

    # -- what the windows ask -----------------------------------------------------------------
    def choose_and_open(self) -> None:
        parent = self._front_window()
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            self.tr("Open practice file"),
            _start_folder(),
            self.tr("MentorDesk practice files (*.mentordesk);;All files (*)"),
        )
        if chosen:
            self.open_path(Path(chosen))

    def import_export(self) -> QWidget:
        """A new practice file from a full export, opened in the window when it is made."""
        from mentordesk.ui.transfer.import_dialog import ImportPracticeDialog

        dialog = ImportPracticeDialog(self._front_window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.practice_imported.connect(self._on_file_opened)
        dialog.open()
        return dialog

    def choose_and_create(self) -> None:
        parent = self._front_window()
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("New practice file"),
            str(Path(_start_folder()) / self.tr("My practice.mentordesk")),
            self.tr("MentorDesk practice files (*.mentordesk)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = with_suffix(Path(chosen)).absolute()
        if path.exists():
            messages.show_error(parent, FileAlreadyExistsError(path=str(path)))
            return
        warning = find_warning(path)
        if warning is not None:
            if not self.ask_create_here(parent, warning.text()):
                QTimer.singleShot(0, self.choose_and_create)  # choose another place
                return
            self._location_warned.add(path)
        dialog = NewPracticeDialog(path, parent)
        self._show_dialog(dialog)

    def open_path(self, path: Path) -> None:
        """Open ``path``: raise its window if open, else the remembered passphrase, else ask."""
        path = Path(path).absolute()
        parent = self._front_window()
        if self.main_window is not None and Path(self.main_window.pf.path) == path:
            self.main_window.raise_()
            self.main_window.activateWindow()
            return
        if not path.exists():
            messages.show_error(parent, FileMissingError(path=str(path)))
            if self.welcome is not None:
                self.welcome.refresh_recent()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pf = practice_file.open_with_remembered(path)
        except DamagedFileError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.offer_restore(path, exc, None)
            return
        except Exception as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.show_error(parent, exc)
            return
        QGuiApplication.restoreOverrideCursor()
        if pf is not None:
            self._on_file_opened(pf)
        else:
            self._ask_passphrase(path)

    def open_demo(self) -> None:
        welcome = self.show_welcome()
        if welcome.busy_bar.isVisible():
            return
        welcome.set_busy(True, self.tr("Preparing the demo practice…"))
        workers.run_in_background(open_demo_file, self._on_demo_opened, self._on_demo_failed)

    def _on_demo_opened(self, pf: PracticeFile) -> None:
        if self.welcome is not None:
            self.welcome.set_busy(False)
        self._on_file_opened(pf, remember_recent=False)

    def _on_demo_failed(self, exc: BaseException) -> None:
        if self.welcome is not None:
            self.welcome.set_busy(False)
        messages.show_error(self.welcome, exc)

    def _ask_passphrase(self, path: Path, first_error: str = "") -> None:
        dialog = OpenPassphraseDialog(path, self._front_window(), first_error=first_error)
        dialog.damage_found.connect(self._on_dialog_damage_found)
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: PassphraseDialog | NewPracticeDialog | RestoreDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, RestoreDialog):
            dialog.restored.connect(self._on_backup_restored)
        else:
            dialog.file_opened.connect(self._on_file_opened)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    # -- damaged files and restoring ------------------------------------------------------------
    def offer_restore(self, path: Path, error: DamagedFileError, passphrase: str | None) -> None:
        """Say that ``path`` is damaged and offer the backup ``error`` names (if any)."""
        dialog = DamagedFileDialog(Path(path), error, self._front_window(), passphrase=passphrase)
        self._show_dialog(dialog)

    def _on_dialog_damage_found(self, error: DamagedFileError, path: Path, secret: str) -> None:
        self.offer_restore(path, error, secret)

    def restore_backup(self, target: Path, backup: Path) -> RestoreDialog:
        """Restore ``backup`` in place of the closed file ``target`` (asking its passphrase),
        then open it. Close the file's main window first."""
        dialog = RestoreDialog(Path(target), Path(backup), self._front_window())
        self._show_dialog(dialog)
        return dialog

    def _on_window_restore_requested(self, backup: str) -> None:
        window = self.sender()
        if not isinstance(window, MainWindow):
            return
        target = Path(window.pf.path)
        window.close()
        if window is self.main_window or window.isVisible():
            return  # the mentor chose to keep the window open after all
        self.restore_backup(target, Path(backup))

    def _on_backup_restored(self, pf: PracticeFile, message: str) -> None:
        self._on_file_opened(pf)
        messages.show_info(self.main_window, message)

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    # -- swapping windows ---------------------------------------------------------------------
    def _on_file_opened(self, pf: PracticeFile, remember_recent: bool = True) -> None:
        if remember_recent:
            try:
                settings = config.load_settings()
                settings.add_recent(Path(pf.path))
                config.save_settings(settings)
            except OSError:
                log.exception("could not save the recent files")
        previous = self.main_window
        window = MainWindow(pf, idle_interval_ms=self._idle_interval_ms)
        window.new_requested.connect(self.choose_and_create)
        window.open_requested.connect(self.choose_and_open)
        window.recent_requested.connect(self.open_path)
        window.quit_requested.connect(self.quit)
        window.file_closed.connect(self._on_main_window_file_closed)
        window.restore_requested.connect(self._on_window_restore_requested)
        window.practice_imported.connect(self._on_file_opened)
        self.main_window = window
        window.show()
        window.activateWindow()
        if previous is not None:
            previous.close()
        if self.welcome is not None:
            self.welcome.hide()
        self._warn_about_location(window, Path(pf.path))

    def _warn_about_location(self, window: MainWindow, path: Path) -> None:
        """A file in a cloud-sync folder or on a network drive: say so (once per file and run,
        unless the window shows its own banner)."""
        if isinstance(window.location_banner, LocationBanner):
            window.location_banner.show_for(path)
            return
        if path in self._location_warned:
            return
        warning = find_warning(path)
        if warning is not None:
            self._location_warned.add(path)
            messages.present(window, QMessageBox.Icon.Warning, warning.text())

    def ask_create_here(self, parent: QWidget, warning: str) -> bool:
        """Whether to create the new file in a risky place after all. Tests replace this."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("New practice file"), warning, parent=parent
        )
        box.setInformativeText(self.tr("Create the practice file here anyway?"))
        here = box.addButton(self.tr("Create here anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Choose another place"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is here

    def _on_main_window_file_closed(self, back_to_welcome: bool) -> None:
        window = self.sender()
        if not isinstance(window, MainWindow):
            return
        # Keep the wrapper until Qt has deleted the window: dropping the last Python reference
        # inside its own closeEvent would delete it under its own feet.
        self._retired = [w for w in self._retired if shiboken6.isValid(w)]
        self._retired.append(window)
        window.deleteLater()
        if window is self.main_window:
            self.main_window = None
            if back_to_welcome and not self._quitting:
                self.show_welcome()

    # -- ending -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Close every window (and so the open file). Waits for a background open to finish."""
        self._quitting = True
        workers.wait_for_all()
        if self.dialog is not None:
            self.dialog.close()
        if self.main_window is not None:
            self.main_window.close()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def quit(self) -> None:
        self.shutdown()
        QCoreApplication.quit()


def _start_folder() -> str:
    recent = config.load_settings().recent_files
    if recent:
        return str(Path(recent[0]).parent)
    documents = Path.home() / "Documents"
    return str(documents if documents.is_dir() else Path.home())
