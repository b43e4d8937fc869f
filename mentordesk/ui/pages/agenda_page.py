"""The agenda: one week of sessions, grouped by day, today highlighted.

From here the mentor marks a session held, cancelled or no-show, opens it (Enter or
double-click), and exports the planned sessions to an .ics file for their own calendar. The
agenda shows who, when and how; never note content. Sensitive clients appear by initials.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QPoint, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import SessionStatus
from mentordesk.services.agenda import AgendaItem, AgendaService, monday_of, week_days
from mentordesk.services.calendar_export import CalendarExport, CalendarExportService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.form_parts import mute
from mentordesk.ui.reveal import RevealState

SESSION_ROLE = Qt.ItemDataRole.UserRole
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
TODAY_TINT = QColor(63, 111, 168, 30)  # the chart's blue, faint: readable in light and dark
TODAY_HEADING_TINT = QColor(63, 111, 168, 70)


class Column:
    TIME = 0
    CLIENT = 1
    DURATION = 2
    MODE = 3
    FUNDING = 4
    STATUS = 5


def week_range_text(monday: dt.date) -> str:
    """``23–29 Nov 2026``, ``30 Nov – 6 Dec 2026`` or ``28 Dec 2026 – 3 Jan 2027``."""
    sunday = monday + dt.timedelta(days=6)
    locale = QLocale()

    def shown(day: dt.date, fmt: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), fmt)

    if monday.year != sunday.year:
        return f"{shown(monday, 'd MMM yyyy')} – {shown(sunday, 'd MMM yyyy')}"
    if monday.month != sunday.month:
        return f"{shown(monday, 'd MMM')} – {shown(sunday, 'd MMM yyyy')}"
    return f"{monday.day}–{shown(sunday, 'd MMM yyyy')}"


def status_colour(status: SessionStatus, palette: QPalette) -> QColor:
    """Held green, no-show amber, cancelled the soft text colour, planned the normal one."""
    if status is SessionStatus.HELD:
        return QColor("#2e7d4f")
    if status is SessionStatus.NO_SHOW:
        return QColor("#a35d00")
    colour = palette.color(QPalette.ColorRole.Text)
    if status is SessionStatus.CANCELLED:
        colour.setAlpha(140)
    return colour


class AgendaPage(QWidget):
    """``session_requested(session_id)`` on Enter/double-click; ``client_requested(client_id)``
    from the context menu; ``sessions_changed(session_id)`` after a status change was saved."""

    session_requested = Signal(int)
    client_requested = Signal(int)
    sessions_changed = Signal(int)

    def __init__(
        self, pf: PracticeFile, reveal: RevealState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pf = pf
        self._reveal = reveal  # nothing here is masked today; kept for the page contract
        self._service = AgendaService(pf)
        self._monday = monday_of(dt.date.today())
        self._items: dict[int, AgendaItem] = {}
        self._rows: dict[int, QTreeWidgetItem] = {}
        self._days: dict[dt.date, QTreeWidgetItem] = {}

        self._build_navigation()
        self._build_tree()
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(self._navigation)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._status_row)
        order: list[QWidget] = [self.previous_button, self.this_week_button, self.next_button]
        order += [self.export_button, self.tree, self.held_button, self.cancelled_button]
        for first, second in zip(order, [*order[1:], self.no_show_button], strict=True):
            self.setTabOrder(first, second)
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.week_label = QLabel()
        font = QFont(self.week_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.week_label.setFont(font)
        self.week_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export to calendar (.ics)…"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        ranges = (
            (self.tr("The week shown"), self._shown_week_range),
            (self.tr("The next 4 weeks"), lambda: self._from_today(28)),
            (self.tr("The next 3 months"), lambda: self._from_today(91)),
        )
        for caption, span in ranges:
            action = self.export_menu.addAction(caption)
            action.triggered.connect(lambda _checked=False, s=span: self._on_export_chosen(*s()))
        self.export_button.setMenu(self.export_menu)

        for button, name, key in (
            (self.previous_button, self.tr("Previous week"), "Alt+Left"),
            (self.this_week_button, self.tr("This week"), "Alt+Home"),
            (self.next_button, self.tr("Next week"), "Alt+Right"),
        ):
            button.setAccessibleName(name)
            button.setToolTip(
                f"{name} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        self.export_button.setAccessibleName(self.tr("Export planned sessions to a calendar file"))
        self.export_button.setToolTip(
            self.tr("Writes planned sessions with initials only: no notes, no full names.")
        )
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.previous_button)
        row.addWidget(self.this_week_button)
        row.addWidget(self.next_button)
        row.addSpacing(16)
        row.addWidget(self.week_label, 1)
        row.addWidget(self.export_button)
        self._navigation = row
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.this_week_button.clicked.connect(self._on_this_week_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)

    def _build_tree(self) -> None:
        tree = QTreeWidget()
        tree.setColumnCount(6)
        titles = [self.tr("Time"), self.tr("Client"), self.tr("Duration"), self.tr("Mode")]
        tree.setHeaderLabels([*titles, self.tr("Funding"), self.tr("Status")])
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setUniformRowHeights(True)
        tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.setAccessibleName(self.tr("Sessions of the week, by day"))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        self.tree = tree
        tree.itemActivated.connect(self._on_tree_item_activated)
        tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        tree.customContextMenuRequested.connect(self._on_tree_custom_context_menu_requested)

    def _build_actions(self) -> None:
        def action(text: str, key: str) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(key))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(made)
            return made

        self.previous_action = action(self.tr("Previous week"), "Alt+Left")
        self.this_week_action = action(self.tr("This week"), "Alt+Home")
        self.next_action = action(self.tr("Next week"), "Alt+Right")
        self.held_action = action(self.tr("Mark &held"), "Ctrl+Shift+H")
        self.cancelled_action = action(self.tr("Mark &cancelled"), "Ctrl+Shift+C")
        self.no_show_action = action(self.tr("Mark &no-show"), "Ctrl+Shift+O")
        self.planned_action = action(self.tr("Back to &planned"), "Ctrl+Shift+P")
        self.open_session_action = QAction(self.tr("&Open session"), self)
        self.open_client_action = QAction(self.tr("Open &client"), self)
        self.previous_action.triggered.connect(self._on_previous_button_clicked)
        self.this_week_action.triggered.connect(self._on_this_week_button_clicked)
        self.next_action.triggered.connect(self._on_next_button_clicked)
        self._status_actions = {
            SessionStatus.HELD: self.held_action,
            SessionStatus.CANCELLED: self.cancelled_action,
            SessionStatus.NO_SHOW: self.no_show_action,
            SessionStatus.PLANNED: self.planned_action,
        }
        for status, made in self._status_actions.items():
            made.triggered.connect(lambda _checked=False, s=status: self.mark_selected(s))
        self.open_session_action.triggered.connect(self._on_open_session_action_triggered)
        self.open_client_action.triggered.connect(self._on_open_client_action_triggered)

        self.held_button = QPushButton(self.tr("Held"))
        self.cancelled_button = QPushButton(self.tr("Cancelled"))
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.hint_label = mute(QLabel())
        self.result_label = mute(QLabel())
        for label in (self.hint_label, self.result_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(QLabel(self.tr("Mark the selected session:")))
        names = [
            self.tr("Mark the selected session held"),
            self.tr("Mark the selected session cancelled"),
            self.tr("Mark the selected session no-show"),
        ]
        buttons = [self.held_button, self.cancelled_button, self.no_show_button]
        made_for = [self.held_action, self.cancelled_action, self.no_show_action]
        for button, made, name in zip(buttons, made_for, names, strict=True):
            button.setAccessibleName(name)
            key = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{name} ({key})")
            button.clicked.connect(made.trigger)
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.hint_label, 1)
        row.addWidget(self.result_label)
        self._status_row = row

    # -- showing a week -----------------------------------------------------------------------
    @property
    def monday(self) -> dt.date:
        return self._monday

    def show_week(self, day: dt.date) -> None:
        """Show the week that holds ``day``."""
        self._monday = monday_of(day)
        self.refresh()

    def refresh(self) -> None:
        """Read the shown week again, keeping the selected session selected."""
        selected = self.selected_item()
        try:
            items = self._service.week(self._monday)
        except Exception as exc:
            messages.show_error(self, exc)
            items = []
        self._fill(items)
        if selected is not None and selected.session_id in self._rows:
            self.tree.setCurrentItem(self._rows[selected.session_id])
        self._update_buttons()

    def clear(self) -> None:
        """Forget every session shown (on lock); ``refresh()`` reads them again."""
        self.tree.clear()
        self._items, self._rows, self._days = {}, {}, {}
        self.hint_label.clear()
        self.result_label.clear()
        self._update_buttons()

    def _fill(self, items: list[AgendaItem]) -> None:
        today = dt.date.today()
        days = week_days(self._monday)
        self.week_label.setText(
            self.tr("Week {number} · {range}").format(
                number=self._monday.isocalendar().week, range=week_range_text(self._monday)
            )
        )
        self.tree.clear()
        self._items = {i.session_id: i for i in items}
        self._rows = {}
        self._days = {}
        by_day: dict[dt.date, list[AgendaItem]] = {d: [] for d in days}
        for item in items:
            by_day.setdefault(item.date, []).append(item)
        for day in days:
            heading = self._day_heading(day, len(by_day[day]), day == today)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            self._days[day] = heading
            for item in by_day[day]:
                row = QTreeWidgetItem()
                heading.addChild(row)
                self._show_item(row, item, day == today)
                self._rows[item.session_id] = row
        self.tree.expandAll()

    def _day_heading(self, day: dt.date, count: int, is_today: bool) -> QTreeWidgetItem:
        heading = QTreeWidgetItem()
        name = labels.long_date_text(day)
        if is_today:
            name = self.tr("Today · {day}").format(day=name)
        if count == 0:
            name += " — " + self.tr("no sessions")
        heading.setText(0, name)
        heading.setData(0, DAY_ROLE, day)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.tree.font())
        font.setBold(True)
        heading.setFont(0, font)
        if is_today:
            heading.setBackground(0, QBrush(TODAY_HEADING_TINT))
        else:
            heading.setBackground(0, self.palette().brush(QPalette.ColorRole.AlternateBase))
        if count == 0 and not is_today:
            colour = self.palette().color(QPalette.ColorRole.Text)
            colour.setAlpha(140)
            heading.setForeground(0, QBrush(colour))
        return heading

    def _show_item(self, row: QTreeWidgetItem, item: AgendaItem, is_today: bool) -> None:
        time_shown = labels.time_text(item.start_time) or self.tr("no time")
        cells = {
            Column.TIME: time_shown,
            Column.CLIENT: item.client_name,
            Column.DURATION: labels.minutes_text(item.duration_minutes),
            Column.MODE: labels.session_mode(item.mode),
            Column.FUNDING: labels.funding(item.funding),
            Column.STATUS: labels.session_status(item.status),
        }
        for column, text in cells.items():
            row.setText(column, text)
            if is_today:
                row.setBackground(column, QBrush(TODAY_TINT))
        row.setData(0, SESSION_ROLE, item.session_id)
        row.setForeground(Column.STATUS, QBrush(status_colour(item.status, self.palette())))
        font = QFont(self.tree.font())
        font.setStrikeOut(item.status is SessionStatus.CANCELLED)
        for column in (Column.TIME, Column.CLIENT):
            row.setFont(column, font)
        row.setToolTip(Column.CLIENT, self.tr("Enter or a double-click opens the session"))

    def day_heading(self, day: dt.date) -> QTreeWidgetItem | None:
        return self._days.get(day)

    def row_for(self, session_id: int) -> QTreeWidgetItem | None:
        return self._rows.get(session_id)

    def items(self) -> list[AgendaItem]:
        return list(self._items.values())

    # -- selection and status -----------------------------------------------------------------
    def selected_item(self) -> AgendaItem | None:
        current = self.tree.currentItem()
        if current is None:
            return None
        session_id = current.data(0, SESSION_ROLE)
        return self._items.get(session_id) if session_id is not None else None

    def select_session(self, session_id: int) -> None:
        row = self._rows.get(session_id)
        if row is not None:
            self.tree.setCurrentItem(row)
            self.tree.scrollToItem(row)

    def _update_buttons(self) -> None:
        item = self.selected_item()
        today = dt.date.today()
        for status, made in self._status_actions.items():
            allowed = item is not None and item.status is not status
            if status is SessionStatus.HELD and item is not None and item.date > today:
                allowed = False
            made.setEnabled(allowed)
        self.held_button.setEnabled(self.held_action.isEnabled())
        self.cancelled_button.setEnabled(self.cancelled_action.isEnabled())
        self.no_show_button.setEnabled(self.no_show_action.isEnabled())
        self.open_session_action.setEnabled(item is not None)
        self.open_client_action.setEnabled(item is not None)
        if item is not None and item.date > today:
            self.hint_label.setText(self.tr("A session in the future cannot be marked held yet."))
        else:
            self.hint_label.clear()

    def mark_selected(self, status: SessionStatus) -> AgendaItem | None:
        """Give the selected session ``status``; errors are shown, not raised."""
        item = self.selected_item()
        if item is None:
            return None
        try:
            changed = self._service.set_status(item.session_id, status)
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        self._items[changed.session_id] = changed
        row = self._rows[changed.session_id]
        self._show_item(row, changed, changed.date == dt.date.today())
        self._update_buttons()
        self.sessions_changed.emit(changed.session_id)
        return changed

    # -- slots --------------------------------------------------------------------------------
    def _on_previous_button_clicked(self) -> None:
        self.show_week(self._monday - dt.timedelta(days=7))

    def _on_this_week_button_clicked(self) -> None:
        self.show_week(dt.date.today())

    def _on_next_button_clicked(self) -> None:
        self.show_week(self._monday + dt.timedelta(days=7))

    def _on_tree_item_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        session_id = row.data(0, SESSION_ROLE)
        if session_id is not None:
            self.session_requested.emit(int(session_id))

    def _on_tree_current_item_changed(self, *_rows: object) -> None:
        self._update_buttons()

    def _on_tree_custom_context_menu_requested(self, point: QPoint) -> None:
        row = self.tree.itemAt(point)
        if row is None or row.data(0, SESSION_ROLE) is None:
            return
        self.tree.setCurrentItem(row)
        menu = QMenu(self)
        menu.addAction(self.open_session_action)
        menu.addAction(self.open_client_action)
        menu.addSeparator()
        for made in self._status_actions.values():
            menu.addAction(made)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def _on_open_session_action_triggered(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.session_requested.emit(item.session_id)

    def _on_open_client_action_triggered(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.client_requested.emit(item.client_id)

    # -- the calendar export ------------------------------------------------------------------
    def _shown_week_range(self) -> tuple[dt.date, dt.date]:
        days = week_days(self._monday)
        return days[0], days[-1]

    @staticmethod
    def _from_today(days: int) -> tuple[dt.date, dt.date]:
        today = dt.date.today()
        return today, today + dt.timedelta(days=days - 1)

    def _on_export_chosen(self, start: dt.date, end: dt.date) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suggested = str(Path(folder) / self.tr("mentoring-sessions.ics"))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export planned sessions"),
            suggested,
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.export_ics(path, start, end)

    def export_ics(self, path: str | Path, start: dt.date, end: dt.date) -> CalendarExport | None:
        """Write the planned sessions from ``start`` to ``end`` to ``path`` (.ics added when
        missing). Errors are shown; the result says how many sessions went out."""
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        try:
            result = CalendarExportService(self._pf).export(
                target, start, end, self.tr("Mentoring session")
            )
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        self.result_label.setText(
            self.tr("{count} planned sessions written to {file}.").format(
                count=result.events, file=target.name
            )
        )
        return result
