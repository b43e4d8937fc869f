"""What a letter may include: the client's goals and held sessions, each with a check box.

Sessions follow the confidentiality rule on screen and in the letter:

- normal sessions are ticked as the service suggests (the newest of the current engagement);
- confidential ones carry a lock and the word "Confidential", start unticked, and their text
  stays masked here (``RevealState.screen_text`` with the key ``("letter-session", id)``) until
  the mentor reveals that one session: a click on the text, the Reveal button or Ctrl+Shift+R;
- private sessions are listed greyed, without a check box: their working notes never leave the
  app.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.services.documents import GoalChoice, SessionChoice
from mentordesk.ui import labels
from mentordesk.ui.reveal import RevealKey, RevealState
from mentordesk.ui.session_timeline import REVEAL_SHORTCUT, first_line, lock_icon

ID_ROLE = Qt.ItemDataRole.UserRole
DATE, MODE, TEXT = range(3)
GOAL, STATUS, SCORE = range(3)


def letter_key(session_id: int) -> RevealKey:
    return ("letter-session", session_id)


def _checked(item: QTreeWidgetItem) -> bool:
    return item.checkState(0) == Qt.CheckState.Checked


class GoalList(QTreeWidget):
    """The client's goals with a check box each: title, status, last score. ``changed`` when
    a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals: list[GoalChoice] = []
        self._items: dict[int, QTreeWidgetItem] = {}
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Goal"), self.tr("Status"), self.tr("Score")])
        self.setAccessibleName(self.tr("Goals to include"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GOAL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._on_item_changed)

    def load(self, goals: tuple[GoalChoice, ...]) -> None:
        self.blockSignals(True)
        self.clear()
        self._items = {}
        self.goals = list(goals)
        for goal in goals:
            status = labels.goal_status(goal.status)
            if goal.archived:
                status = self.tr("{status}, archived").format(status=status)
            score = f"{goal.last_score}/10" if goal.last_score is not None else "—"
            item = QTreeWidgetItem([goal.title, status, score])
            item.setData(0, ID_ROLE, goal.id)
            tip = goal.title
            if goal.engagement_title:
                tip = self.tr("{goal}\nEngagement: {engagement}").format(
                    goal=goal.title, engagement=goal.engagement_title
                )
            item.setToolTip(GOAL, tip)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(0, Qt.CheckState.Checked if goal.chosen else Qt.CheckState.Unchecked)
            if goal.archived:
                for column in range(3):
                    item.setForeground(column, QColor(128, 128, 128))
            self.addTopLevelItem(item)
            self._items[goal.id] = item
        self.blockSignals(False)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(g.id for g in self.goals if _checked(self._items[g.id]))

    def is_checked(self, goal_id: int) -> bool:
        item = self._items.get(goal_id)
        return item is not None and _checked(item)

    def set_checked(self, goal_id: int, checked: bool) -> None:
        item = self._items.get(goal_id)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == GOAL:
            self.changed.emit()


class SessionList(QTreeWidget):
    """Held sessions, newest first: date, mode and the first line of the summary (masked as
    the screen rule says). ``changed`` when a tick changes."""

    changed = Signal()

    def __init__(self, reveal: RevealState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = reveal
        self.sessions: list[SessionChoice] = []
        self._items: dict[int, QTreeWidgetItem] = {}
        self._locked_icon = lock_icon(False, QColor("#9a6b00"))
        self._open_icon = lock_icon(True, QColor("#7a7a7a"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Date"), self.tr("Mode"), self.tr("Summary")])
        self.setAccessibleName(self.tr("Sessions to include"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MODE, QHeaderView.ResizeMode.ResizeToContents)
        self.reveal_shortcut = QShortcut(QKeySequence(REVEAL_SHORTCUT), self)
        self.reveal_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reveal_shortcut.activated.connect(self.toggle_current)
        self.itemChanged.connect(self._on_item_changed)
        self.clicked.connect(self._on_clicked)
        reveal.changed.connect(self._on_reveal_changed)

    # -- filling ------------------------------------------------------------------------------
    def load(self, sessions: tuple[SessionChoice, ...]) -> None:
        self.blockSignals(True)
        self.clear()
        self._items = {}
        self.sessions = list(sessions)
        for session in sessions:
            when = labels.date_text(session.date)
            if session.start_time is not None:
                when += " " + labels.time_text(session.start_time)
            item = QTreeWidgetItem([when, labels.session_mode(session.mode), ""])
            item.setData(0, ID_ROLE, session.id)
            if session.selectable:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                ticked = session.chosen and session.level is Confidentiality.NORMAL
                item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsSelectable)  # greyed, never ticked
            self.addTopLevelItem(item)
            self._items[session.id] = item
            self._draw(session)
        self.blockSignals(False)

    def _draw(self, session: SessionChoice) -> None:
        item = self._items[session.id]
        text = first_line(session.summary) or first_line(session.topics)
        if session.level is Confidentiality.PRIVATE:
            item.setText(TEXT, self.tr("Private working notes never leave the app"))
            item.setIcon(TEXT, self._locked_icon)
            item.setToolTip(
                TEXT,
                self.tr(
                    "A private session cannot go into a letter: its notes are the mentor's own."
                ),
            )
            return
        if session.level is Confidentiality.NORMAL:
            item.setText(TEXT, text or self.tr("(no summary)"))
            item.setToolTip(TEXT, text)
            return
        key = letter_key(session.id)
        shown = self.reveal.screen_text(text, session.level, key) if text else ""
        level = labels.confidentiality(session.level)
        item.setText(TEXT, f"{level} · {shown or self.tr('(no summary)')}")
        revealed = self.reveal.is_revealed(key)
        item.setIcon(TEXT, self._open_icon if revealed else self._locked_icon)
        if revealed:
            tip = self.tr(
                "Confidential: only in the letter when ticked. Revealed until the file "
                "locks ({shortcut} hides it)."
            )
        else:
            tip = self.tr(
                "Confidential: only in the letter when ticked. Click or press {shortcut} "
                "to reveal the text here."
            )
        item.setToolTip(TEXT, tip.format(shortcut=REVEAL_SHORTCUT))

    def _on_reveal_changed(self) -> None:
        self.blockSignals(True)
        for session in self.sessions:
            self._draw(session)
        self.blockSignals(False)

    # -- reading and ticking ------------------------------------------------------------------
    def item_for(self, session_id: int) -> QTreeWidgetItem | None:
        return self._items.get(session_id)

    def is_checked(self, session_id: int) -> bool:
        item = self._items.get(session_id)
        return item is not None and _checked(item)

    def set_checked(self, session_id: int, checked: bool) -> None:
        item = self._items.get(session_id)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check_suggested(self) -> None:
        """Tick the sessions the service suggests for a letter to the client (never a
        confidential or private one)."""
        for session in self.sessions:
            ticked = session.chosen and session.level is Confidentiality.NORMAL
            self.set_checked(session.id, ticked)

    def uncheck_all(self) -> None:
        for session in self.sessions:
            self.set_checked(session.id, False)

    def checked(self) -> tuple[tuple[int, ...], frozenset[int]]:
        """The ticked normal sessions, and the ticked confidential ones (private: never)."""
        normal, confidential = [], set()
        for session in self.sessions:
            if not session.selectable or not self.is_checked(session.id):
                continue
            if session.level is Confidentiality.CONFIDENTIAL:
                confidential.add(session.id)
            elif session.level is Confidentiality.NORMAL:
                normal.append(session.id)
        return tuple(normal), frozenset(confidential)

    def shown_text(self, session_id: int) -> str:
        item = self._items[session_id]
        return item.text(TEXT)

    def current_session(self) -> SessionChoice | None:
        item = self.currentItem()
        if item is None:
            return None
        ident = item.data(0, ID_ROLE)
        return next((s for s in self.sessions if s.id == ident), None)

    def toggle_current(self) -> None:
        """Reveal the current confidential session's text here, or mask it again."""
        session = self.current_session()
        if session is not None and session.level is Confidentiality.CONFIDENTIAL:
            self.reveal.toggle(letter_key(session.id))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() != TEXT:
            return
        ident = index.siblingAtColumn(0).data(ID_ROLE)
        session = next((s for s in self.sessions if s.id == ident), None)
        if session is not None and session.level is Confidentiality.CONFIDENTIAL:
            self.reveal.reveal(letter_key(session.id))

    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == DATE:
            self.changed.emit()
