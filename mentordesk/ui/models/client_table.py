"""The client list as a Qt table model: sorting and filter-as-you-type done in Python.

Filtering and sorting rebuild the visible list and reset the model. At 10,000 clients this is
far faster than a ``QSortFilterProxyModel`` (which calls ``data()`` per row through Python),
because every key is computed once per load. A sensitive client is shown, sorted and
tool-tipped by initials only; the full name is used for matching and never leaves the model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mentordesk.domain.names import fold
from mentordesk.services.records import ClientRow
from mentordesk.ui import labels

_Index = QModelIndex | QPersistentModelIndex
_FAR_FUTURE = dt.date.max
_FAR_PAST = dt.date.min


class Column(IntEnum):
    NAME = 0
    STATUS = 1
    KIND = 2
    FUNDING = 3
    LAST_SESSION = 4
    NEXT_SESSION = 5


@dataclass(frozen=True, slots=True)
class _Entry:
    row: ClientRow
    haystack: str  # folded name, display name and status, for matching
    texts: tuple[str, ...]  # what each column shows
    sort_keys: tuple[Any, ...]  # how each column sorts


def _entry(row: ClientRow) -> _Entry:
    status = labels.client_status(row.status)
    texts = (
        row.display_name,
        status,
        labels.engagement_kind(row.engagement_kind),
        labels.funding(row.funding),
        labels.date_text(row.last_session),
        labels.date_text(row.next_session),
    )
    name_key = fold(row.display_name)
    haystack = "\n".join((fold(row.name), name_key, fold(status), fold(row.status.value)))
    sort_keys = (
        name_key,
        (fold(status), name_key),
        (fold(texts[Column.KIND]), name_key),
        (fold(texts[Column.FUNDING]), name_key),
        (row.last_session or _FAR_PAST, name_key),
        (row.next_session or _FAR_FUTURE, name_key),
    )
    return _Entry(row, haystack, texts, sort_keys)


class ClientTableModel(QAbstractTableModel):
    """Rows of ``ClientRow``; ``set_filter`` and ``sort`` work on the full list in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[_Entry] = []
        self._visible: list[_Entry] = []
        self._needles: list[str] = []
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = (
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Engagement"),
            self.tr("Funding"),
            self.tr("Last session"),
            self.tr("Next session"),
        )

    # -- loading, filtering, sorting ----------------------------------------------------------
    def set_rows(self, rows: list[ClientRow]) -> None:
        """Replace every client; keys are folded here, once."""
        self._all = [_entry(r) for r in rows]
        self._sort_all()
        self._refresh()

    def clear(self) -> None:
        """Forget every client (the lock screen): nothing of them stays in memory here."""
        self._all = []
        self._needles = []
        self._refresh()

    def set_filter(self, text: str) -> None:
        """Keep the clients matching every word of ``text``, ignoring case and accents."""
        needles = fold(text).split()
        if needles != self._needles:
            self._needles = needles
            self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort_column = Column(column)
        self._sort_order = order
        self._sort_all()
        self._refresh()

    def _sort_all(self) -> None:
        column = self._sort_column
        self._all.sort(
            key=lambda e: e.sort_keys[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _refresh(self) -> None:
        self.beginResetModel()
        needles = self._needles
        if needles:
            self._visible = [e for e in self._all if all(n in e.haystack for n in needles)]
        else:
            self._visible = list(self._all)
        self.endResetModel()

    # -- what the view asks -------------------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self._all)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    def row_at(self, row: int) -> ClientRow:
        return self._visible[row].row

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NAME and entry.row.sensitive:
                return self.tr("{initials}: a sensitive client, shown by initials only").format(
                    initials=entry.row.display_name
                )
            return entry.texts[column] or None
        if role == Qt.ItemDataRole.UserRole:
            return entry.row.id
        if role == Qt.ItemDataRole.FontRole and column == Column.NAME and entry.row.sensitive:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.LAST_SESSION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
