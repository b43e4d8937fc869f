"""The main window's menus, toolbar and shortcuts, built in one place.

Shortcuts: Ctrl+N new client, Ctrl+Shift+N new session, Ctrl+Shift+I new invoice, Ctrl+F search,
Ctrl+L lock, Alt+PgDown / Alt+PgUp next and previous client, Ctrl+1..6 the fixed pages, Ctrl+W
close tab,
Ctrl+, settings, Ctrl+O open another practice file.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget


@dataclass
class WindowActions:
    new_file: QAction
    open_file: QAction
    recent_menu: QMenu
    lock: QAction
    close_file: QAction
    quit: QAction
    new_client: QAction
    new_session: QAction
    new_invoice: QAction
    search: QAction
    settings: QAction
    dashboard: QAction
    clients: QAction
    agenda: QAction
    search_page: QAction
    invoices: QAction
    reports: QAction
    next_client: QAction
    previous_client: QAction
    close_tab: QAction
    search_edit: QLineEdit
    backups: QAction
    change_passphrase: QAction
    export_practice: QAction
    import_practice: QAction
    import_clients: QAction
    audit_trail: QAction
    retention: QAction
    handover: QAction
    user_guide: QAction
    about: QAction

    def file_actions(self) -> list[QAction]:
        """Everything that must stay off while the window is locked."""
        return [
            self.new_file,
            self.open_file,
            self.close_file,
            self.lock,
            self.new_client,
            self.new_session,
            self.new_invoice,
            self.search,
            self.settings,
            self.dashboard,
            self.clients,
            self.agenda,
            self.search_page,
            self.invoices,
            self.reports,
            self.next_client,
            self.previous_client,
            self.close_tab,
            *self.practice_actions(),
        ]

    def practice_actions(self) -> list[QAction]:
        """The Practice menu: backups, passphrase, moving data, privacy records."""
        return [
            self.backups,
            self.change_passphrase,
            self.export_practice,
            self.import_practice,
            self.import_clients,
            self.audit_trail,
            self.retention,
            self.handover,
        ]


def _action(
    window: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(tip)
    window.addAction(action)
    return action


def build_actions(window: QMainWindow) -> WindowActions:
    new_file = _action(window, QCoreApplication.translate("MainActions", "&New practice file…"))
    open_file = _action(
        window,
        QCoreApplication.translate("MainActions", "&Open practice file…"),
        QKeySequence.StandardKey.Open,
    )
    recent_menu = QMenu(QCoreApplication.translate("MainActions", "Open &recent"), window)
    lock = _action(
        window,
        QCoreApplication.translate("MainActions", "&Lock now"),
        "Ctrl+L",
        QCoreApplication.translate(
            "MainActions", "Hide all client data until the passphrase is given again"
        ),
    )
    close_file = _action(
        window, QCoreApplication.translate("MainActions", "&Close file"), "Ctrl+Shift+W"
    )
    quit_action = _action(
        window, QCoreApplication.translate("MainActions", "&Quit"), QKeySequence.StandardKey.Quit
    )
    new_client = _action(
        window,
        QCoreApplication.translate("MainActions", "New &client…"),
        "Ctrl+N",
        QCoreApplication.translate("MainActions", "Add a new client"),
    )
    new_session = _action(
        window,
        QCoreApplication.translate("MainActions", "New &session"),
        "Ctrl+Shift+N",
        QCoreApplication.translate(
            "MainActions", "Write or plan a session for the client on screen"
        ),
    )
    new_invoice = _action(
        window,
        QCoreApplication.translate("MainActions", "New &invoice…"),
        "Ctrl+Shift+I",
        QCoreApplication.translate(
            "MainActions", "Make an invoice for the client on screen from their billable sessions"
        ),
    )
    search = _action(
        window,
        QCoreApplication.translate("MainActions", "&Find…"),
        QKeySequence.StandardKey.Find,
        QCoreApplication.translate("MainActions", "Search"),
    )
    settings = _action(
        window,
        QCoreApplication.translate("MainActions", "&Settings…"),
        "Ctrl+,",
        QCoreApplication.translate("MainActions", "Practice details and settings"),
    )
    dashboard = _action(window, QCoreApplication.translate("MainActions", "&Dashboard"), "Ctrl+1")
    clients = _action(window, QCoreApplication.translate("MainActions", "&Clients"), "Ctrl+2")
    agenda = _action(window, QCoreApplication.translate("MainActions", "&Agenda"), "Ctrl+3")
    search_page = _action(
        window, QCoreApplication.translate("MainActions", "Search &results"), "Ctrl+4"
    )
    invoices = _action(window, QCoreApplication.translate("MainActions", "&Invoices"), "Ctrl+5")
    reports = _action(window, QCoreApplication.translate("MainActions", "Rep&orts"), "Ctrl+6")
    next_client = _action(
        window, QCoreApplication.translate("MainActions", "&Next client"), "Alt+PgDown"
    )
    previous_client = _action(
        window, QCoreApplication.translate("MainActions", "&Previous client"), "Alt+PgUp"
    )
    close_tab = _action(
        window,
        QCoreApplication.translate("MainActions", "Close &tab"),
        QKeySequence.StandardKey.Close,
    )

    practice = _practice_actions(window)
    user_guide = _action(
        window,
        QCoreApplication.translate("MainActions", "&User guide"),
        QKeySequence.StandardKey.HelpContents,
        QCoreApplication.translate("MainActions", "How MentorDesk works, in your language"),
    )
    about = _action(window, QCoreApplication.translate("MainActions", "&About MentorDesk"))

    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&File"))
    file_menu.addAction(new_file)
    file_menu.addAction(open_file)
    file_menu.addMenu(recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(settings)
    file_menu.addSeparator()
    file_menu.addAction(lock)
    file_menu.addAction(close_file)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    work_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&Work"))
    work_menu.addAction(new_client)
    work_menu.addAction(new_session)
    work_menu.addAction(new_invoice)
    work_menu.addSeparator()
    work_menu.addAction(search)

    go_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&Go"))
    for action in (dashboard, clients, agenda, search_page, invoices, reports):
        go_menu.addAction(action)
    go_menu.addSeparator()
    go_menu.addAction(next_client)
    go_menu.addAction(previous_client)
    go_menu.addSeparator()
    go_menu.addAction(close_tab)

    practice_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&Practice"))
    for key in ("backups", "change_passphrase", None, "export_practice", "import_practice"):
        practice_menu.addSeparator() if key is None else practice_menu.addAction(practice[key])
    practice_menu.addAction(practice["import_clients"])
    practice_menu.addSeparator()
    for key in ("audit_trail", "retention", "handover"):
        practice_menu.addAction(practice[key])

    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&Help"))
    help_menu.addAction(user_guide)
    help_menu.addAction(about)

    toolbar = QToolBar(QCoreApplication.translate("MainActions", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(new_client)
    toolbar.addAction(new_session)
    toolbar.addSeparator()
    search_edit = QLineEdit()
    search_edit.setObjectName("toolbar_search")
    search_edit.setPlaceholderText(
        QCoreApplication.translate("MainActions", "Search clients, goals, notes… (Ctrl+F)")
    )
    search_edit.setAccessibleName(QCoreApplication.translate("MainActions", "Search the practice"))
    search_edit.setClearButtonEnabled(True)
    search_edit.setMaximumWidth(360)
    search_edit.setMinimumWidth(220)
    toolbar.addWidget(search_edit)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(lock)
    window.addToolBar(toolbar)

    return WindowActions(
        new_file=new_file,
        open_file=open_file,
        recent_menu=recent_menu,
        lock=lock,
        close_file=close_file,
        quit=quit_action,
        new_client=new_client,
        new_session=new_session,
        new_invoice=new_invoice,
        search=search,
        settings=settings,
        dashboard=dashboard,
        clients=clients,
        agenda=agenda,
        search_page=search_page,
        invoices=invoices,
        reports=reports,
        next_client=next_client,
        previous_client=previous_client,
        close_tab=close_tab,
        search_edit=search_edit,
        user_guide=user_guide,
        about=about,
        **practice,
    )


def _practice_actions(window: QWidget) -> dict[str, QAction]:
    def make(text: str, tip: str) -> QAction:
        return _action(window, text, None, tip)

    return {
        "backups": make(
            QCoreApplication.translate("MainActions", "&Backups and restore…"),
            QCoreApplication.translate(
                "MainActions", "See this file's backups, make one now, or restore one"
            ),
        ),
        "change_passphrase": make(
            QCoreApplication.translate("MainActions", "Change &passphrase…"),
            QCoreApplication.translate("MainActions", "Give the practice file a new passphrase"),
        ),
        "export_practice": make(
            QCoreApplication.translate("MainActions", "&Export the whole practice…"),
            QCoreApplication.translate(
                "MainActions", "Everything in open formats (JSON and CSV in a ZIP file)"
            ),
        ),
        "import_practice": make(
            QCoreApplication.translate("MainActions", "&Import a practice export…"),
            QCoreApplication.translate("MainActions", "Make a new practice file from an export"),
        ),
        "import_clients": make(
            QCoreApplication.translate("MainActions", "Import &clients from CSV…"),
            QCoreApplication.translate(
                "MainActions", "Add clients from a spreadsheet, with a preview first"
            ),
        ),
        "audit_trail": make(
            QCoreApplication.translate("MainActions", "&Audit trail"),
            QCoreApplication.translate(
                "MainActions", "Exports, documents, erasures, restores and passphrase changes"
            ),
        ),
        "retention": make(
            QCoreApplication.translate("MainActions", "&Retention periods"),
            QCoreApplication.translate(
                "MainActions", "What has been kept longer than its period, and erasing it"
            ),
        ),
        "handover": make(
            QCoreApplication.translate("MainActions", "Emergency &hand-over package…"),
            QCoreApplication.translate(
                "MainActions", "A sealed copy for a colleague who takes over if you cannot"
            ),
        ),
    }
