"""The start page: this week, what still needs doing, and the year's paid and pro bono hours.

Cards with short lists; Enter or a double-click on an entry opens its session or client. Only
names (initials for sensitive clients), dates and action-item texts are shown: no note content.
The figures are read on the UI thread: at 10,000 clients that takes about half a second, and the
shared connection must not run a background read while the mentor edits.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import SessionStatus
from mentordesk.services.dashboard import Dashboard, DashboardService
from mentordesk.services.invoice_records import InvoiceRow, InvoiceState
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.form_parts import mute
from mentordesk.ui.money import overdue_entries
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.widgets.hours_chart import HoursChart

KIND_ROLE = Qt.ItemDataRole.UserRole  # "session", "client" or "invoice"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_AT_MOST = 100  # entries per card; the count in the title tells the rest
VISIBLE_ROWS = (3, 9)  # a card's list is as tall as its entries, within these bounds


class EntryList(QTreeWidget):
    """A flat, headerless list of aligned columns inside a card."""

    def __init__(self, columns: int, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(columns)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def sizeHint(self) -> QSize:
        low, high = VISIBLE_ROWS
        rows = max(low, min(high, self.topLevelItemCount()))
        row_height = self.sizeHintForRow(0) if self.topLevelItemCount() else -1
        if row_height <= 0:
            row_height = self.fontMetrics().height() + 8
        return QSize(super().sizeHint().width(), rows * row_height + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        low, _high = VISIBLE_ROWS
        rows = max(low, min(_high, self.topLevelItemCount()))
        return QSize(hint.width(), (hint.height() * low) // rows)

    def fill_done(self) -> None:
        """Call after adding entries: the list takes the height they need."""
        self.updateGeometry()

    def set_stretch_column(self, column: int) -> None:
        self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def add_entry(self, texts: list[str], kind: str, ident: int) -> QTreeWidgetItem:
        entry = QTreeWidgetItem(texts)
        entry.setData(0, KIND_ROLE, kind)
        entry.setData(0, ID_ROLE, ident)
        self.addTopLevelItem(entry)
        return entry

    def add_more(self, hidden: int, text: str) -> None:
        """A last, inert line saying how many entries are not listed."""
        if hidden <= 0:
            return
        entry = QTreeWidgetItem([text])
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addTopLevelItem(entry)
        entry.setFirstColumnSpanned(True)

    def entry_texts(self) -> list[str]:
        rows = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        return [
            " · ".join(row.text(c) for c in range(self.columnCount()))
            for row in rows
            if row is not None
        ]


class Card(QFrame):
    """A titled panel with a count and an empty-state line."""

    def __init__(self, title: str, body: QWidget, empty_text: str) -> None:
        super().__init__()
        self.setObjectName("dashboardCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette = self.palette()
        border = palette.color(QPalette.ColorRole.WindowText)
        border.setAlpha(40)
        base = palette.color(QPalette.ColorRole.Base)
        rgba = f"rgba({border.red()}, {border.green()}, {border.blue()}, {border.alpha()})"
        self.setStyleSheet(
            f"QFrame#dashboardCard {{ background: {base.name()}; border: 1px solid {rgba};"
            " border-radius: 8px; }"
        )
        self.title_label = QLabel(title)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.count_label = QLabel()
        mute(self.count_label)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        mute(self.empty_label)
        self.body = body
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(body, 1)
        layout.addWidget(self.empty_label, 1)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.hide()

    def set_count(self, count: int | None, empty: bool) -> None:
        self.count_label.setText("" if count is None else str(count))
        self.body.setVisible(not empty)
        self.empty_label.setVisible(empty)


class DashboardPage(QWidget):
    """``session_requested(session_id)``, ``client_requested(client_id)`` and
    ``invoice_requested(invoice_id)`` when the mentor opens an entry (Enter or double-click)."""

    session_requested = Signal(int)
    client_requested = Signal(int)
    invoice_requested = Signal(int)

    def __init__(
        self, pf: PracticeFile, reveal: RevealState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = DashboardService(pf)
        self._invoices = InvoiceService(pf)
        self.overdue_invoices: list[InvoiceRow] = []
        self._reveal = reveal  # nothing here is masked: no note content is shown
        self.dashboard: Dashboard | None = None

        self.date_label = QLabel()
        font = QFont(self.date_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.date_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        mute(self.summary_label)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the start page"))
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.refresh_action)

        self.week_list = EntryList(4, self.tr("This week's sessions"))
        self.week_list.set_stretch_column(2)
        self.unwritten_list = EntryList(3, self.tr("Held sessions without a summary"))
        self.unwritten_list.set_stretch_column(2)
        self.idle_list = EntryList(2, self.tr("Active clients with no next session"))
        self.idle_list.set_stretch_column(0)
        self.actions_list = EntryList(3, self.tr("Action items past due"))
        self.actions_list.set_stretch_column(1)
        self.overdue_list = EntryList(4, self.tr("Invoices overdue"))
        self.overdue_list.set_stretch_column(2)
        self.chart = HoursChart()
        self.hours_label = QLabel()
        self.hours_label.setWordWrap(True)
        hours_box = QWidget()
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        hours_layout.addWidget(self.hours_label)
        hours_layout.addWidget(self.chart, 1)

        self.week_card = Card(
            self.tr("This week"), self.week_list, self.tr("No sessions this week.")
        )
        self.hours_card = Card(self.tr("Hours this year"), hours_box, "")
        self.unwritten_card = Card(
            self.tr("Held, summary still to write"),
            self.unwritten_list,
            self.tr("Every session of the last 90 days has its summary."),
        )
        self.idle_card = Card(
            self.tr("No next session planned"),
            self.idle_list,
            self.tr("Every active client has a next session planned."),
        )
        self.actions_card = Card(
            self.tr("Action items past due"),
            self.actions_list,
            self.tr("No action items past their due date."),
        )
        self.overdue_card = Card(
            self.tr("Invoices overdue"),
            self.overdue_list,
            self.tr("No invoice is past its payment term."),
        )

        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.date_label)
        titles.addWidget(self.summary_label)
        heading.addLayout(titles, 1)
        heading.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self.week_card, 0, 0)
        grid.addWidget(self.hours_card, 0, 1)
        grid.addWidget(self.unwritten_card, 1, 0)
        grid.addWidget(self.idle_card, 1, 1)
        grid.addWidget(self.actions_card, 2, 0)
        grid.addWidget(self.overdue_card, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(14)
        column.addLayout(heading)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.setTabOrder(self.refresh_button, self.week_list)
        self.setTabOrder(self.week_list, self.unwritten_list)
        self.setTabOrder(self.unwritten_list, self.idle_list)
        self.setTabOrder(self.idle_list, self.actions_list)
        self.setTabOrder(self.actions_list, self.overdue_list)
        for entries in self.lists():
            entries.itemActivated.connect(self._on_list_item_activated)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.refresh_action.triggered.connect(self._on_refresh_button_clicked)
        self.refresh()

    def lists(self) -> list[EntryList]:
        return [
            self.week_list,
            self.unwritten_list,
            self.idle_list,
            self.actions_list,
            self.overdue_list,
        ]

    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, today: dt.date | None = None) -> None:
        """Read the figures again (for ``today``, default the real date)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            board = self._service.load(today or dt.date.today())
            self.overdue_invoices = self._invoices.list(
                states=(InvoiceState.OVERDUE,), include_drafts=False, today=board.today
            )
        except Exception as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.show_error(self, exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self.show_dashboard(board)

    def clear(self) -> None:
        """Forget every name and figure shown (on lock); ``refresh()`` reads them again."""
        self.dashboard = None
        self.overdue_invoices = []
        self.summary_label.clear()
        self.hours_label.clear()
        self.chart.set_months([])
        for entries in self.lists():
            entries.clear()
            entries.fill_done()

    def show_dashboard(self, board: Dashboard) -> None:
        self.dashboard = board
        self.date_label.setText(labels.long_date_text(board.today))
        planned = sum(1 for s in board.this_week if s.status is SessionStatus.PLANNED)
        self.summary_label.setText(
            self.tr(
                "Still planned this week: {planned} · Summaries to write: {unwritten} · "
                "Actions past due: {actions}"
            ).format(
                planned=planned,
                unwritten=len(board.held_without_summary),
                actions=len(board.overdue_actions),
            )
        )
        self._fill_week(board)
        self._fill_unwritten(board)
        self._fill_idle(board)
        self._fill_actions(board)
        self._fill_hours(board)
        self._fill_overdue(board.today)

    def _add_more(self, entries: EntryList, total: int) -> None:
        hidden = total - SHOWN_AT_MOST
        entries.add_more(hidden, self.tr("… and {count} more").format(count=hidden))
        entries.fill_done()

    def _fill_week(self, board: Dashboard) -> None:
        entries = self.week_list
        entries.clear()
        for item in board.this_week[:SHOWN_AT_MOST]:
            row = entries.add_entry(
                [
                    labels.weekday_text(item.date),
                    labels.time_text(item.start_time) or "—",
                    item.client_name,
                    labels.session_status(item.status),
                ],
                "session",
                item.session_id,
            )
            if item.date == board.today:
                self._bold(row, entries.columnCount())
            elif item.date < board.today or item.status is not SessionStatus.PLANNED:
                self._soften(row, entries.columnCount())
        self._add_more(entries, len(board.this_week))
        self.week_card.set_count(len(board.this_week), not board.this_week)

    def _fill_unwritten(self, board: Dashboard) -> None:
        entries = self.unwritten_list
        entries.clear()
        items = board.held_without_summary
        for item in items[:SHOWN_AT_MOST]:
            entries.add_entry(
                [
                    labels.date_text(item.date),
                    labels.time_text(item.start_time),
                    item.client_name,
                ],
                "session",
                item.session_id,
            )
        self._add_more(entries, len(items))
        self.unwritten_card.set_count(len(items), not items)

    def _fill_idle(self, board: Dashboard) -> None:
        entries = self.idle_list
        entries.clear()
        clients = board.idle_clients
        for client in clients[:SHOWN_AT_MOST]:
            if client.last_held is None:
                last = self.tr("no session held yet")
            else:
                last = self.tr("last session {date}").format(
                    date=labels.date_text(client.last_held)
                )
            entries.add_entry([client.client_name, last], "client", client.client_id)
        self._add_more(entries, len(clients))
        self.idle_card.set_count(len(clients), not clients)

    def _fill_actions(self, board: Dashboard) -> None:
        entries = self.actions_list
        entries.clear()
        actions = board.overdue_actions
        for action in actions[:SHOWN_AT_MOST]:
            text = " ".join(action.text.split())
            row = entries.add_entry(
                [labels.date_text(action.due_date), text, action.client_name],
                "client",
                action.client_id,
            )
            row.setToolTip(1, action.text)
        self._add_more(entries, len(actions))
        self.actions_card.set_count(len(actions), not actions)

    def _fill_overdue(self, today: dt.date) -> None:
        rows = sorted(self.overdue_invoices, key=lambda r: r.due_date or today)
        overdue_entries.fill(self.overdue_list, rows[:SHOWN_AT_MOST], today)
        self._add_more(self.overdue_list, len(rows))
        self.overdue_card.set_count(None, not rows)
        self.overdue_card.count_label.setText(overdue_entries.count_text(rows))

    def _fill_hours(self, board: Dashboard) -> None:
        hours = board.hours
        self.chart.set_months(
            [(m.paid_minutes, m.pro_bono_minutes) for m in hours.months],
            current_month=board.today.month if hours.year == board.today.year else 12,
        )
        self.hours_label.setText(
            self.tr(
                "Paid: {paid} in {paid_sessions} sessions · Pro bono and free intakes: "
                "{unpaid} in {unpaid_sessions} sessions"
            ).format(
                paid=labels.hours_text(hours.paid_minutes),
                paid_sessions=hours.paid_sessions,
                unpaid=labels.hours_text(hours.pro_bono_minutes),
                unpaid_sessions=hours.pro_bono_sessions,
            )
        )
        self.hours_card.title_label.setText(self.tr("Hours in {year}").format(year=hours.year))
        self.hours_card.set_count(None, False)

    @staticmethod
    def _bold(row: QTreeWidgetItem, columns: int) -> None:
        font = QFont(row.font(0))
        font.setBold(True)
        for column in range(columns):
            row.setFont(column, font)

    def _soften(self, row: QTreeWidgetItem, columns: int) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text)
        colour.setAlpha(150)
        for column in range(columns):
            row.setForeground(column, colour)

    # -- activation ---------------------------------------------------------------------------
    def _on_list_item_activated(self, entry: QTreeWidgetItem, _column: int) -> None:
        kind, ident = entry.data(0, KIND_ROLE), entry.data(0, ID_ROLE)
        if ident is None:
            return
        if kind == "session":
            self.session_requested.emit(int(ident))
        elif kind == "invoice":
            self.invoice_requested.emit(int(ident))
        else:
            self.client_requested.emit(int(ident))
