"""The client list: a filter field over a sortable table of ``ClientRow``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding
from mentordesk.services.records import ClientRow
from mentordesk.ui import labels
from mentordesk.ui.form_parts import mute
from mentordesk.ui.models.client_table import ClientTableModel, Column


class ClientListView(QWidget):
    """Emits ``client_activated(client_id)`` on double-click or Enter."""

    client_activated = Signal(int)
    counts_changed = Signal(int, int)  # visible, total

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClientTableModel(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or status…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the client list"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(24, 24, 24, 24)
        mute(self.empty_label)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.filter_edit.installEventFilter(self)
        self.table.activated.connect(self._on_table_activated)
        self.model.modelReset.connect(self._on_model_model_reset)

    def _size_columns(self) -> None:
        """The name takes the free width; the other columns fit their longest label."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        choices = {
            Column.STATUS: [labels.client_status(v) for v in ClientStatus],
            Column.KIND: [labels.engagement_kind(v) for v in EngagementKind],
            Column.FUNDING: [labels.funding(v) for v in Funding],
            Column.LAST_SESSION: [labels.date_text(dt.date(2026, 12, 28))],
            Column.NEXT_SESSION: [labels.date_text(dt.date(2026, 12, 28))],
        }
        metrics = self.table.fontMetrics()
        for column, texts in choices.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, title])
            header.resizeSection(column, widest + 32)

    def load(self, rows: list[ClientRow]) -> None:
        self.model.set_rows(rows)

    def clear(self) -> None:
        """Forget every client and the filter text (which may hold a name)."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.model.clear()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.model.set_filter(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter field moves into the list, on the first match."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _on_filter_edit_return_pressed(self) -> None:
        """Enter in the filter field opens the selected client, or the only/first match."""
        if self.model.rowCount() == 0:
            return
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else 0
        self.client_activated.emit(self.model.row_at(row).id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_activated.emit(self.model.row_at(index.row()).id)

    def _on_model_model_reset(self) -> None:
        visible, total = self.model.visible_count, self.model.total_count
        if total == 0:
            self.empty_label.setText(self.tr("No clients in this practice file yet."))
        elif visible == 0:
            self.empty_label.setText(
                self.tr("No client matches “{text}”.").format(text=self.filter_edit.text())
            )
        self.empty_label.setVisible(visible == 0)
        self.counts_changed.emit(visible, total)
