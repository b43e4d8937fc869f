"""The window of an open practice file: the fixed pages, client and session tabs, the lock.

Six fixed tabs (dashboard, clients, agenda, search results, invoices, reports) and, after them,
a closable tab per open client page, session editor, letter or invoice. One ``RevealState`` is
shared by every page; locking masks everything again, keeps the text of open session editors
(and invoice drafts) inside the practice file, takes their tabs off screen and puts them back
after unlocking.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk import config
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, window_state
from mentordesk.ui.client_list import ClientListView
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.clipboard_guard import ClipboardGuard
from mentordesk.ui.idle_watcher import IdleWatcher
from mentordesk.ui.lock_screen import LockScreen
from mentordesk.ui.main_actions import build_actions
from mentordesk.ui.main_backups import WindowBackups
from mentordesk.ui.main_practice import PracticeCommands
from mentordesk.ui.main_tabs import WorkTabs
from mentordesk.ui.money.invoices_page import InvoicesPage
from mentordesk.ui.money.reports_page import ReportsPage
from mentordesk.ui.pages.agenda_page import AgendaPage
from mentordesk.ui.pages.dashboard_page import DashboardPage
from mentordesk.ui.pages.search_page import SearchPage
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.screen_lock_watcher import ScreenLockWatcher
from mentordesk.ui.session_editor import SessionEditor
from mentordesk.ui.trust.location_banner import LocationBanner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Owns the open ``PracticeFile`` and closes it when the window closes.

    ``idle_interval_ms`` overrides the idle-lock time from the settings (tests use a short one).
    """

    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(object)  # Path
    quit_requested = Signal()
    file_closed = Signal(bool)  # True: the mentor asked to go back to the welcome window
    restore_requested = Signal(str)  # a backup's path: the launcher closes this and restores
    practice_imported = Signal(object)  # an open PracticeFile made from an export
    # Rolling backups (at open, every interval while changes are made, at close). The GUI
    # tests switch them off, except the tests of backups themselves.
    auto_backups = True

    def __init__(
        self,
        pf: PracticeFile,
        *,
        idle_interval_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pf = pf
        self._locked = False
        self._closed = False
        self._back_to_welcome = False
        self._practice_name = pf.practice.get().name or Path(pf.path).stem
        self.resize(1200, 780)

        self.reveal = RevealState(self)
        self._stale_pages: set[QWidget] = set()
        self._dashboard_clock = QElapsedTimer()
        self.dashboard = DashboardPage(pf, self.reveal)
        self.client_list = ClientListView()
        self.agenda = AgendaPage(pf, self.reveal)
        self.search_page = SearchPage(pf, self.reveal)
        self.invoices_page = InvoicesPage(pf, self.reveal)
        self.reports_page = ReportsPage(pf, self.reveal)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.setAccessibleName(self.tr("Pages"))
        for page, title in (
            (self.dashboard, self.tr("Dashboard")),
            (self.client_list, self.tr("Clients")),
            (self.agenda, self.tr("Agenda")),
            (self.search_page, self.tr("Search")),
            (self.invoices_page, self.tr("Invoices")),
            (self.reports_page, self.tr("Reports")),
        ):
            index = self.tabs.addTab(page, title)
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.LeftSide, None)
        self.work = WorkTabs(self, self.tabs, fixed=6)
        self.lock_screen = LockScreen(pf.verify_passphrase)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.location_banner = LocationBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.location_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.drafts_button = QPushButton()
        self.drafts_button.setFlat(True)
        self.drafts_button.setAccessibleName(self.tr("Open unsaved session notes"))
        self.drafts_button.hide()
        self.statusBar().addPermanentWidget(self.drafts_button)
        self.statusBar().addPermanentWidget(self.count_label)

        if idle_interval_ms is None:
            idle_interval_ms = config.load_settings().idle_lock_minutes * 60_000
        self.idle_watcher = IdleWatcher(idle_interval_ms, self)

        self.commands = build_actions(self)
        self.backups = WindowBackups(self)
        self._skip_close_backup = False
        self.practice_commands = PracticeCommands(self)
        self.screen_lock = ScreenLockWatcher(self)
        self.clipboard_guard = ClipboardGuard(self)
        self._connect()
        self._last_page, self.splitter_states = window_state.restore(self)
        self._show_practice(first=True)
        if self.auto_backups:
            self.backups.start()

    # -- wiring -------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.commands
        a.new_file.triggered.connect(self.new_requested)
        a.open_file.triggered.connect(self.open_requested)
        a.lock.triggered.connect(self.lock)
        a.close_file.triggered.connect(self._on_close_action_triggered)
        a.quit.triggered.connect(self.quit_requested)
        a.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        a.new_client.triggered.connect(self.work.new_client)
        a.new_session.triggered.connect(self.work.new_session_for_current)
        a.search.triggered.connect(self._on_search_action_triggered)
        a.settings.triggered.connect(self.work.open_settings)
        a.dashboard.triggered.connect(lambda: self.tabs.setCurrentWidget(self.dashboard))
        a.clients.triggered.connect(self._on_clients_action_triggered)
        a.agenda.triggered.connect(lambda: self.tabs.setCurrentWidget(self.agenda))
        a.search_page.triggered.connect(lambda: self.tabs.setCurrentWidget(self.search_page))
        a.invoices.triggered.connect(lambda: self.tabs.setCurrentWidget(self.invoices_page))
        a.reports.triggered.connect(lambda: self.tabs.setCurrentWidget(self.reports_page))
        a.new_invoice.triggered.connect(self.work.new_invoice_for_current)
        a.next_client.triggered.connect(lambda: self.work.step_client(1))
        a.previous_client.triggered.connect(lambda: self.work.step_client(-1))
        a.close_tab.triggered.connect(lambda: self.work.close_tab(self.tabs.currentIndex()))
        a.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)

        self.client_list.counts_changed.connect(self._on_client_list_counts_changed)
        self.client_list.client_activated.connect(self.open_client)
        for page in (self.dashboard, self.agenda, self.search_page):
            page.client_requested.connect(self.open_client)
            page.session_requested.connect(self.work.open_session)
        self.agenda.sessions_changed.connect(self.work.on_sessions_changed)
        self.work.connect_money_pages()
        self.tabs.tabCloseRequested.connect(self.work.close_tab)
        self.drafts_button.clicked.connect(self.work.open_offered_drafts)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.idle_watcher.idle_reached.connect(self.lock)
        self.screen_lock.screen_locked.connect(self.lock)

    def _on_recent_menu_about_to_show(self) -> None:
        menu = self.commands.recent_menu
        menu.clear()
        paths = [Path(p) for p in config.load_settings().recent_files]
        for path in paths:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.recent_requested.emit(p))
        if not paths:
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _on_close_action_triggered(self) -> None:
        self._back_to_welcome = True
        self.close()

    def _on_search_action_triggered(self) -> None:
        edit = self.commands.search_edit
        edit.setFocus()
        edit.selectAll()

    def _on_search_edit_return_pressed(self) -> None:
        self.search_page.set_query(self.commands.search_edit.text())
        self.tabs.setCurrentWidget(self.search_page)
        self.search_page.focus_results()

    def _on_clients_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.client_list)
        self.client_list.filter_edit.setFocus()

    def mark_pages_stale(self) -> None:
        """Something changed: the dashboard and agenda reload when next shown (or now, if shown)."""
        self._stale_pages = {self.dashboard, self.agenda, self.invoices_page, self.reports_page}
        self._refresh_if_stale(self.tabs.currentWidget())

    def _refresh_if_stale(self, page: QWidget | None) -> None:
        if self._locked or page is None:
            return
        stale = page in self._stale_pages
        # the dashboard also follows the clock: reload when last drawn more than a minute ago
        old = page is self.dashboard and self._dashboard_clock.hasExpired(60_000)
        if page is self.dashboard and (stale or old):
            self._stale_pages.discard(page)
            self._dashboard_clock.start()
            self.dashboard.refresh()
        elif page in (self.agenda, self.invoices_page, self.reports_page) and stale:
            self._stale_pages.discard(page)
            page.refresh()

    def _on_tabs_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is None or self._locked:
            return
        self._refresh_if_stale(page)
        names: dict[QWidget, str] = {
            self.dashboard: "dashboard",
            self.client_list: "clients",
            self.agenda: "agenda",
            self.search_page: "search",
            self.invoices_page: "invoices",
            self.reports_page: "reports",
        }
        self._last_page = names.get(page, self._last_page)

    # -- the practice view --------------------------------------------------------------------
    def refresh_title(self) -> None:
        try:
            self._practice_name = self.pf.practice.get().name or Path(self.pf.path).stem
        except Exception:
            log.exception("could not read the practice name")
        self.setWindowTitle(self.tr("{practice} — MentorDesk").format(practice=self._practice_name))

    def _show_practice(self, first: bool = False) -> None:
        self.setWindowTitle(self.tr("{practice} — MentorDesk").format(practice=self._practice_name))
        self.refresh_client_list()
        self.stack.setCurrentWidget(self.tabs)
        self._set_file_actions_enabled(True)
        if first:
            start = {
                "clients": self.client_list,
                "agenda": self.agenda,
                "search": self.search_page,
                "invoices": self.invoices_page,
                "reports": self.reports_page,
            }.get(self._last_page, self.dashboard)
            if self.client_list.model.total_count == 0:
                start = self.client_list  # a new practice: start where the first client goes
            self.tabs.setCurrentWidget(start)
        current = self.tabs.currentWidget()
        if current is self.client_list:
            self.client_list.filter_edit.setFocus()
        self._stale_pages = {self.dashboard, self.agenda, self.invoices_page, self.reports_page}
        self._refresh_if_stale(current)
        self.work.restore_after_unlock() if not first else self.work.offer_drafts()
        self.idle_watcher.start()

    def refresh_client_list(self) -> None:
        try:
            rows = self.pf.clients.list_rows()
        except Exception as exc:
            messages.show_error(self, exc)
            rows = []
        self.client_list.load(rows)

    def _on_client_list_counts_changed(self, visible: int, total: int) -> None:
        self.count_label.setText(
            self.tr("{visible} of {total} clients").format(visible=visible, total=total)
        )

    def open_client(self, client_id: int) -> ClientPage | None:
        """Show the client's page in a tab (switching to it when it is already open)."""
        if self._locked:
            return None
        return self.work.open_client(client_id)

    def client_pages(self) -> list[ClientPage]:
        return self.work.pages_of(ClientPage)

    def session_editors(self) -> list[SessionEditor]:
        return self.work.pages_of(SessionEditor)

    # -- locking ------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Hide every client datum behind the lock screen until the passphrase is given."""
        if self._locked or self._closed:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self and modal.isVisible():
            # A question box waits in its own event loop; deleting the page that asked would
            # crash. Answer it with "no" first, then lock on the next turn of the loop.
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            QTimer.singleShot(100, self.lock)
            return
        self._locked = True
        self.idle_watcher.stop()
        self.clipboard_guard.clear_now()
        self.work.close_all_for_lock()
        self.reveal.clear()
        self.client_list.clear()
        for page in (
            self.dashboard,
            self.agenda,
            self.search_page,
            self.invoices_page,
            self.reports_page,
        ):
            page.clear()
        self.commands.search_edit.clear()
        self.count_label.clear()
        self.drafts_button.hide()
        self.statusBar().clearMessage()
        self.setWindowTitle(self.tr("MentorDesk — locked"))
        # While locked, no way around the lock screen: no closing to the welcome window (which
        # could reopen this file with a remembered passphrase), no opening another file.
        self._set_file_actions_enabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        log.info("window locked")

    def _set_file_actions_enabled(self, enabled: bool) -> None:
        for action in self.commands.file_actions():
            action.setEnabled(enabled)
        self.commands.recent_menu.setEnabled(enabled)
        self.commands.search_edit.setEnabled(enabled)

    def _on_lock_screen_unlocked(self) -> None:
        self._locked = False
        self._show_practice()
        log.info("window unlocked")

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_watcher.set_interval_ms(minutes * 60_000)

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and self.auto_backups and not self._skip_close_backup:
            failure = self.backups.stop_and_back_up()
            if failure is not None and not self.ask_close_anyway(failure):
                self._back_to_welcome = False
                self.backups.resume()
                event.ignore()
                return
        if not self._closed:
            self._closed = True
            self.idle_watcher.stop()
            self.screen_lock.stop()
            self.clipboard_guard.clear_now()
            window_state.save(self, self.splitter_states, self._last_page)
            self.work.close_dialog()
            self.work.keep_drafts()
            self.client_list.clear()
            try:
                self.pf.close()
            except Exception:
                log.exception("closing the practice file failed")
            self.file_closed.emit(self._back_to_welcome)
        event.accept()

    def restore_backup(self, backup_path: str) -> None:
        """Close this window and restore ``backup_path`` (the launcher does it). No backup at
        close: it could rotate out the very backup chosen, and the restore keeps the current
        file aside anyway."""
        self._skip_close_backup = True
        self.restore_requested.emit(backup_path)
        if not self._closed:  # the launcher did not close the window: back to normal
            self._skip_close_backup = False

    def open_imported(self, pf: object) -> None:
        """A practice file made from an export: the launcher opens it in a window."""
        self.practice_imported.emit(pf)

    def ask_close_anyway(self, failure: BaseException) -> bool:
        """The backup at close failed: close anyway? (Tests replace this method.)"""
        answer = QMessageBox.warning(
            self,
            self.tr("MentorDesk"),
            self.tr(
                "The backup at closing failed: {reason}\n\nYour work is saved in the practice "
                "file; only this backup is missing. Close anyway?"
            ).format(reason=messages.error_text(failure)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
