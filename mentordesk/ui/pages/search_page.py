"""The search page: one box over clients, goals, action items and session notes.

Typing searches after a pause of ``DEBOUNCE_MS`` on a worker thread (a broad prefix takes up to
~0.2 s at 200,000 sessions: ``benchmarks/bench_search.py``), one search at a time; results for
text no longer in the box are dropped. Hits are grouped by kind under headings with counts. The
title and snippet of a confidential or private hit stay masked (key ``("search", hit.key)``)
until the mentor reveals that one hit: select it, then Ctrl+Shift+R or "Reveal". Enter or a
double-click opens a hit: ``client_requested(client_id)`` for a client, goal or action item,
``session_requested(session_id)`` for session text or private notes. Up/Down in the box move
through the hits; Enter in the box opens the selected one (or the first, once it is found).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.confidentiality import MASK
from mentordesk.errors import UserError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.search import SearchHit, SearchResults, SearchService
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import mute
from mentordesk.ui.pages.search_lines import (
    HIGHLIGHT_ROLE,
    HIT_ROLE,
    REVEAL_SHORTCUT,
    Column,
    HighlightDelegate,
    group_heading,
    hit_line,
    reveal_key,
)
from mentordesk.ui.reveal import RevealState

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
HITS_PER_GROUP = 25
_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class SearchPage(QWidget):
    client_requested = Signal(int)  # client id: open the client's page
    session_requested = Signal(int)  # session id: open that session

    def __init__(self, pf: PracticeFile, reveal: RevealState, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = SearchService(pf)
        self._reveal = reveal
        self._rows: list[tuple[QTreeWidgetItem, SearchHit]] = []
        self._headings: list[QTreeWidgetItem] = []
        self._results: SearchResults | None = None
        self._generation = 0  # bumped by every search started and by clear()
        self._running = False
        self._open_when_ready = False
        self._focus_when_ready = False

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Search clients, goals, action items and session notes…")
        )
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.query_edit.setAccessibleDescription(
            self.tr("Results appear as you type; Up and Down choose one, Enter opens it.")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.installEventFilter(self)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        mute(self.status_label)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Client"), self.tr("Text")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemDelegateForColumn(Column.TEXT, HighlightDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.FOUND, 300)
        header.resizeSection(Column.CLIENT, 190)

        self.hint_label = QLabel(
            self.tr(
                "Confidential and private text is hidden ({mask}). Select the line and press "
                "{shortcut} or “Reveal” to show it; locking hides it again."
            ).format(mask=MASK, shortcut=REVEAL_SHORTCUT)
        )
        self.hint_label.setWordWrap(True)
        mute(self.hint_label)
        self.hint_label.hide()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected result"))
        self.open_button.setToolTip(self.tr("Open the selected result (Enter)"))
        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the selected result"))
        self.reveal_shortcut = QShortcut(QKeySequence(REVEAL_SHORTCUT), self)
        self.reveal_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.query_edit, self.tree)
        self.setTabOrder(self.tree, self.reveal_button)
        self.setTabOrder(self.reveal_button, self.open_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)

        self.query_edit.textChanged.connect(self._on_query_edit_text_changed)
        self.query_edit.returnPressed.connect(self._on_query_edit_return_pressed)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.reveal_shortcut.activated.connect(self._on_reveal_shortcut_activated)
        self._reveal.changed.connect(self._on_reveal_changed)
        self._show_idle()
        self._update_buttons()

    # -- public -------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search it at once."""
        self.query_edit.blockSignals(True)
        self.query_edit.setText(text)
        self.query_edit.blockSignals(False)
        self._debounce.stop()
        self._search_now()

    def focus_query(self) -> None:
        """Put the cursor in the box with its text selected (for Ctrl+F)."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def focus_results(self) -> None:
        """Put the keyboard in the results (on the selected hit), once they are there."""
        if self.searching() or not self._rows:
            self._focus_when_ready = self.searching()
            if not self._rows:
                self.query_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Search the current text again (after the file changed)."""
        self._debounce.stop()
        self._search_now()

    def clear(self) -> None:
        """Forget the text and every result (on lock: the box may hold a name)."""
        self._debounce.stop()
        self._generation += 1  # a search still running reports into the void
        self._open_when_ready = False
        self._focus_when_ready = False
        self.query_edit.blockSignals(True)
        self.query_edit.clear()
        self.query_edit.blockSignals(False)
        self._show_results(None)
        self._show_idle()

    def current_hit(self) -> SearchHit | None:
        return self._hit_of(self.tree.currentItem())

    def hit_items(self) -> list[tuple[QTreeWidgetItem, SearchHit]]:
        """Every result line with its hit, in screen order."""
        return list(self._rows)

    def searching(self) -> bool:
        """Whether a search is waiting or running (tests wait for this)."""
        return self._running or self._debounce.isActive()

    # -- searching ----------------------------------------------------------------------------
    def _on_query_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self._search_now()

    def _search_now(self) -> None:
        text = self.query_edit.text()
        if not text.strip():
            self._generation += 1
            self._show_results(None)
            self._show_idle()
            return
        if self._running:
            return  # searched again when the running one reports
        self._generation += 1
        generation = self._generation
        self._running = True
        self.status_label.setText(self.tr("Searching…"))
        service = self._service

        def run() -> tuple[int, SearchResults]:
            return generation, service.search(text, limit_per_kind=HITS_PER_GROUP)

        workers.run_in_background(run, self._on_search_succeeded, self._on_search_failed)

    def _on_search_succeeded(self, answer: tuple[int, SearchResults]) -> None:
        self._running = False
        generation, results = answer
        if generation != self._generation or results.text != self.query_edit.text():
            self._search_again()  # typed on, or cleared, while it ran: the answer is stale
            return
        self._show_results(results)
        if self._focus_when_ready:
            self._focus_when_ready = False
            if self._rows:
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._open_when_ready:
            self._open_when_ready = False
            self._open(self.current_hit())

    def _search_again(self) -> None:
        if self.query_edit.text().strip() and not self._debounce.isActive():
            self._search_now()

    def _on_search_failed(self, exc: BaseException) -> None:
        self._running = False
        if self._results is not None and self._results.text != self.query_edit.text():
            self._search_again()  # the failed search is stale; try the text now in the box
            return
        self._open_when_ready = False
        if not isinstance(exc, UserError):
            log.error("search failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._show_results(None)
        self.status_label.setText(messages.error_text(exc))

    # -- showing ------------------------------------------------------------------------------
    def _show_idle(self) -> None:
        self.status_label.setText(
            self.tr("Type a name or a word: clients, goals, action items and session notes.")
        )

    def _show_results(self, results: SearchResults | None) -> None:
        self._results = results
        self._rows, self._headings = [], []
        self.tree.clear()
        if results is None:
            self._update_hint()
            self._update_buttons()
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in results.groups:
            if not group.hits:
                continue
            heading = QTreeWidgetItem([group_heading(group)])
            heading.setFont(Column.FOUND, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # arrow keys step over it (see below)
            self._headings.append(heading)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for hit in group.hits:
                item = QTreeWidgetItem()
                item.setData(Column.FOUND, HIT_ROLE, len(self._rows))
                self._rows.append((item, hit))
                heading.addChild(item)
                self._draw_hit(item, hit)
            heading.setExpanded(True)
        if results.total == 0:
            self.status_label.setText(
                self.tr("Nothing found for “{text}”.").format(text=results.text.strip())
            )
        else:
            self.status_label.setText(
                self.tr("{count} found; Enter or a double-click opens the selected line.").format(
                    count=QLocale().toString(results.total)
                )
            )
        if self._rows:
            self.tree.setCurrentItem(self._rows[0][0])
        self._update_hint()
        self._update_buttons()

    def _draw_hit(self, item: QTreeWidgetItem, hit: SearchHit) -> None:
        line = hit_line(hit, self._reveal)
        item.setText(Column.FOUND, line.found)
        item.setText(Column.CLIENT, line.client)
        item.setText(Column.TEXT, line.text)
        item.setData(Column.TEXT, HIGHLIGHT_ROLE, list(line.spans))
        muted = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        item.setData(Column.TEXT, Qt.ItemDataRole.ForegroundRole, muted if line.masked else None)
        for column in (Column.FOUND, Column.TEXT):
            item.setToolTip(column, line.tooltip)

    def _redraw(self) -> None:
        for item, hit in self.hit_items():
            self._draw_hit(item, hit)
        self._update_hint()
        self._update_buttons()

    def _update_hint(self) -> None:
        masked = any(
            h.maskable and not self._reveal.is_revealed(reveal_key(h)) for _i, h in self._rows
        )
        self.hint_label.setVisible(masked)

    def _update_buttons(self) -> None:
        hit = self.current_hit()
        self.open_button.setEnabled(hit is not None)
        maskable = hit is not None and hit.maskable
        self.reveal_button.setEnabled(maskable)
        revealed = hit is not None and self._reveal.is_revealed(reveal_key(hit))
        self.reveal_button.setText(self.tr("&Hide again") if revealed else self.tr("&Reveal"))
        self.reveal_button.setToolTip(
            self.tr(
                "Show or hide the confidential text of the selected result ({shortcut})"
            ).format(shortcut=REVEAL_SHORTCUT)
        )

    def _hit_of(self, item: QTreeWidgetItem | None) -> SearchHit | None:
        if item is None:
            return None
        index = item.data(Column.FOUND, HIT_ROLE)
        if not isinstance(index, int) or not 0 <= index < len(self._rows):
            return None
        return self._rows[index][1]

    # -- revealing and opening ----------------------------------------------------------------
    def _toggle_reveal(self) -> None:
        hit = self.current_hit()
        if hit is not None and hit.maskable:
            self._reveal.toggle(reveal_key(hit))

    def _on_reveal_button_clicked(self) -> None:
        self._toggle_reveal()

    def _on_reveal_shortcut_activated(self) -> None:
        self._toggle_reveal()

    def _on_reveal_changed(self) -> None:
        self._redraw()

    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if current is not None and any(current is h for h in self._headings):
            # a heading: step on to the first hit below it, or (moving up from that hit) to
            # the last hit above it
            rows = [item for item, _hit in self._rows]
            below = next(i for i, item in enumerate(rows) if item.parent() is current)
            up = previous is rows[below] and below > 0
            self.tree.setCurrentItem(rows[below - 1] if up else rows[below])
            return
        self._update_buttons()

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open(self._hit_of(item))

    def _on_open_button_clicked(self) -> None:
        self._open(self.current_hit())

    def _on_query_edit_return_pressed(self) -> None:
        current = self._results is not None and self._results.text == self.query_edit.text()
        if current and not self.searching():
            self._open(self.current_hit())
        elif self.query_edit.text().strip():
            self._open_when_ready = True
            self._debounce.stop()
            self._search_now()

    def _open(self, hit: SearchHit | None) -> None:
        if hit is None:
            return
        if hit.opens_session:
            self.session_requested.emit(hit.ref_id)
        elif hit.client_id:
            self.client_requested.emit(hit.client_id)

    # -- keys ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in _NAVIGATION_KEYS and self.tree.topLevelItemCount():
                QApplication.sendEvent(self.tree, event)
                return True
            if key == Qt.Key.Key_Escape and self.query_edit.text():
                self.clear()
                return True
        return super().eventFilter(watched, event)
