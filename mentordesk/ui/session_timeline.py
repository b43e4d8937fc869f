"""A client's sessions as a timeline, newest first, with confidential summaries masked.

Each row shows date and time, duration, mode, status and the first line of the summary as the
screen may show it (``RevealState.screen_text``): a confidential or private summary reads
``•••••`` with a lock until the mentor reveals that one session (the Reveal button, Ctrl+Shift+R,
or a click on the masked cell). Every reveal and every lock redraws the summaries. Enter or a
double-click on a row emits ``session_requested(session_id)``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import SessionStatus
from mentordesk.services.records import Session
from mentordesk.ui import labels
from mentordesk.ui.form_parts import mute
from mentordesk.ui.reveal import RevealKey, RevealState

SUMMARY = 4
REVEAL_SHORTCUT = "Ctrl+Shift+R"


def reveal_key(session: Session) -> RevealKey:
    return ("session", session.id)


def lock_icon(opened: bool, colour: QColor) -> QIcon:
    """A small padlock, shut or open, drawn so that no icon theme is needed."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 3.2))
    lift = 5.0 if opened else 0.0
    painter.drawArc(QRectF(9, 3 - lift, 14, 16), 0, 180 * 16)
    painter.drawLine(QPointF(23, 11 - lift), QPointF(23, 15))
    if not opened:
        painter.drawLine(QPointF(9, 11), QPointF(9, 15))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3)
    painter.end()
    return QIcon(pixmap)


def first_line(text: str) -> str:
    stripped = text.strip()
    return stripped.splitlines()[0] if stripped else ""


class SessionTimeline(QWidget):
    session_requested = Signal(int)

    def __init__(self, reveal: RevealState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = reveal
        self.sessions: list[Session] = []
        self._locked_icon = lock_icon(False, QColor("#9a6b00"))
        self._open_icon = lock_icon(True, QColor("#7a7a7a"))

        self.heading = QLabel(self.tr("Sessions"))
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.count_label = QLabel()
        mute(self.count_label)
        self.sessions_table = QTableWidget(0, 5)
        self.sessions_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Duration"),
                self.tr("Mode"),
                self.tr("Status"),
                self.tr("Summary"),
            ]
        )
        self.sessions_table.setAccessibleName(self.tr("Sessions, newest first"))
        table = self.sessions_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No sessions yet. Plan one from an engagement."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(12, 40, 12, 12)
        self.empty_label.setWordWrap(True)
        mute(self.empty_label)

        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the selected session's summary"))
        self.open_button = QPushButton(self.tr("&Open session"))
        self.open_button.setAccessibleName(self.tr("Open the selected session"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        mute(self.hint_label)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.reveal_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(bottom)

        self.reveal_shortcut = QShortcut(QKeySequence(REVEAL_SHORTCUT), self)
        self.reveal_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reveal_shortcut.activated.connect(self.toggle_selected)
        self.reveal_button.clicked.connect(self.toggle_selected)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        table.activated.connect(self._on_table_activated)
        table.cellClicked.connect(self._on_table_cell_clicked)
        table.itemSelectionChanged.connect(self._update_buttons)
        reveal.changed.connect(self._on_reveal_changed)
        self._update_buttons()

    # -- filling ------------------------------------------------------------------------------
    def load(self, sessions: list[Session]) -> None:
        """The sessions, newest first (as ``SessionService.for_client`` gives them)."""
        selected = self.selected_session()
        self.sessions = list(sessions)
        table = self.sessions_table
        table.setRowCount(len(sessions))
        held = sum(1 for s in sessions if s.status is SessionStatus.HELD)
        self.count_label.setText(
            self.tr("{total} in all, {held} held · newest first").format(
                total=len(sessions), held=held
            )
            if sessions
            else ""
        )
        for row, session in enumerate(sessions):
            when = labels.date_text(session.date)
            if session.start_time:
                when += " " + labels.time_text(session.start_time)
            cells = [
                when,
                labels.minutes_text(session.duration_minutes),
                labels.session_mode(session.mode),
                labels.session_status(session.status),
                "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, session.id)
                if session.status is SessionStatus.PLANNED:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                elif session.status is not SessionStatus.HELD:
                    item.setForeground(QColor(128, 128, 128))
                table.setItem(row, column, item)
            self._draw_summary(row)
        has_rows = bool(sessions)
        table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if selected is not None:
            self.select_session(selected.id)
        self._update_buttons()

    def _draw_summary(self, row: int) -> None:
        session = self.sessions[row]
        item = self.sessions_table.item(row, SUMMARY)
        if item is None:
            return
        key = reveal_key(session)
        text = self.reveal.screen_text(first_line(session.summary), session.confidentiality, key)
        item.setText(text)
        if session.confidentiality is Confidentiality.NORMAL:
            item.setToolTip(text)
            item.setIcon(QIcon())
            return
        level = labels.confidentiality(session.confidentiality)
        if self.reveal.is_revealed(key):
            item.setIcon(self._open_icon)
            item.setToolTip(
                self.tr("{level}: revealed until the file locks ({shortcut} hides it)").format(
                    level=level, shortcut=REVEAL_SHORTCUT
                )
            )
        else:
            item.setIcon(self._locked_icon)
            item.setToolTip(
                self.tr("{level}: click or press {shortcut} to reveal").format(
                    level=level, shortcut=REVEAL_SHORTCUT
                )
            )

    def _on_reveal_changed(self) -> None:
        for row in range(len(self.sessions)):
            self._draw_summary(row)
        self._update_buttons()

    # -- selection and actions ----------------------------------------------------------------
    def selected_session(self) -> Session | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.sessions):
            return None
        return self.sessions[rows[0].row()]

    def select_session(self, session_id: int) -> bool:
        for row, session in enumerate(self.sessions):
            if session.id == session_id:
                self.sessions_table.selectRow(row)
                return True
        return False

    def toggle_selected(self) -> None:
        """Reveal the selected session's summary, or mask it again."""
        session = self.selected_session()
        if session is not None and session.confidentiality is not Confidentiality.NORMAL:
            self.reveal.toggle(reveal_key(session))

    def _update_buttons(self) -> None:
        session = self.selected_session()
        hidden_kind = session is not None and session.confidentiality is not Confidentiality.NORMAL
        self.reveal_button.setEnabled(hidden_kind)
        self.open_button.setEnabled(session is not None)
        if hidden_kind and session is not None and self.reveal.is_revealed(reveal_key(session)):
            self.reveal_button.setText(self.tr("&Hide again"))
        else:
            self.reveal_button.setText(self.tr("&Reveal"))
        self.reveal_button.setToolTip(
            self.tr("Show or hide the selected confidential summary ({shortcut})").format(
                shortcut=REVEAL_SHORTCUT
            )
        )
        masked = sum(
            1
            for s in self.sessions
            if s.confidentiality is not Confidentiality.NORMAL
            and s.summary.strip()
            and not self.reveal.is_revealed(reveal_key(s))
        )
        self.hint_label.setText(
            self.tr("Hidden confidential summaries: {count}").format(count=masked) if masked else ""
        )

    def _on_table_cell_clicked(self, row: int, column: int) -> None:
        if column != SUMMARY or not 0 <= row < len(self.sessions):
            return
        session = self.sessions[row]
        if session.confidentiality is not Confidentiality.NORMAL:
            self.reveal.reveal(reveal_key(session))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.sessions):
            self.session_requested.emit(self.sessions[index.row()].id)

    def _on_open_button_clicked(self) -> None:
        session = self.selected_session()
        if session is not None:
            self.session_requested.emit(session.id)
