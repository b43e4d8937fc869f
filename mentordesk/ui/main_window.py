"""The window of an open practice file: menus, the client list, client pages, the lock."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from mentordesk import config
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.client_list import ClientListView
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.idle_watcher import IdleWatcher
from mentordesk.ui.lock_screen import LockScreen

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
        self.resize(1100, 700)

        self.client_list = ClientListView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.client_list, self.tr("Clients"))
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.lock_screen = LockScreen(pf.verify_passphrase)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        if idle_interval_ms is None:
            idle_interval_ms = config.load_settings().idle_lock_minutes * 60_000
        self.idle_watcher = IdleWatcher(idle_interval_ms, self)

        self._build_actions()
        self.client_list.counts_changed.connect(self._on_client_list_counts_changed)
        self.client_list.client_activated.connect(self.open_client)
        self.tabs.tabCloseRequested.connect(self._on_tabs_tab_close_requested)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.idle_watcher.idle_reached.connect(self.lock)

        self._show_practice()

    # -- menus --------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New practice file…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = QAction(self.tr("&Open practice file…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(
            self.tr("Hide all client data until the passphrase is given again (Ctrl+L)")
        )
        self.close_action = QAction(self.tr("&Close file"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

        self.new_action.triggered.connect(self.new_requested)
        self.open_action.triggered.connect(self.open_requested)
        self.lock_action.triggered.connect(self.lock)
        self.close_action.triggered.connect(self._on_close_action_triggered)
        self.quit_action.triggered.connect(self.quit_requested)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        paths = [Path(p) for p in config.load_settings().recent_files]
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.recent_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _on_close_action_triggered(self) -> None:
        self._back_to_welcome = True
        self.close()

    # -- the practice view --------------------------------------------------------------------
    def _show_practice(self) -> None:
        self.setWindowTitle(self.tr("{practice} — MentorDesk").format(practice=self._practice_name))
        try:
            rows = self.pf.clients.list_rows()
        except Exception as exc:
            messages.show_error(self, exc)
            rows = []
        self.client_list.load(rows)
        self.stack.setCurrentWidget(self.tabs)
        self._set_file_actions_enabled(True)
        self.client_list.filter_edit.setFocus()
        self.idle_watcher.start()

    def _on_client_list_counts_changed(self, visible: int, total: int) -> None:
        self.count_label.setText(
            self.tr("{visible} of {total} clients").format(visible=visible, total=total)
        )

    def open_client(self, client_id: int) -> ClientPage | None:
        """Show the client's page in a tab (switching to it when it is already open)."""
        if self._locked:
            return None
        for index in range(1, self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, ClientPage) and page.client_id == client_id:
                self.tabs.setCurrentIndex(index)
                return page
        try:
            page = ClientPage(self.pf, client_id)
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        index = self.tabs.addTab(page, page.tab_title)
        self.tabs.setCurrentIndex(index)
        return page

    def client_pages(self) -> list[ClientPage]:
        return [
            w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), ClientPage)
        ]

    def _on_tabs_tab_close_requested(self, index: int) -> None:
        if index > 0:
            page = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if page is not None:
                page.deleteLater()

    # -- locking ------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Hide every client datum behind the lock screen until the passphrase is given."""
        if self._locked or self._closed:
            return
        self._locked = True
        self.idle_watcher.stop()
        while self.tabs.count() > 1:
            self._on_tabs_tab_close_requested(self.tabs.count() - 1)
        self.client_list.clear()
        self.count_label.clear()
        self.statusBar().clearMessage()
        self.setWindowTitle(self.tr("MentorDesk — locked"))
        # While locked, no way around the lock screen: no closing to the welcome window (which
        # could reopen this file with a remembered passphrase), no opening another file.
        self._set_file_actions_enabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        log.info("window locked")

    def _set_file_actions_enabled(self, enabled: bool) -> None:
        for action in (self.new_action, self.open_action, self.close_action, self.lock_action):
            action.setEnabled(enabled)
        self.recent_menu.setEnabled(enabled)

    def _on_lock_screen_unlocked(self) -> None:
        self._locked = False
        self._show_practice()
        log.info("window unlocked")

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.idle_watcher.stop()
            self.client_list.clear()
            try:
                self.pf.close()
            except Exception:
                log.exception("closing the practice file failed")
            self.file_closed.emit(self._back_to_welcome)
        event.accept()
