"""The client list as a Qt table model: sorting and filter-as-you-type done in Python.

Filtering and sorting rebuild the visible list and reset the model (``FilteredTableModel``).
A sensitive client is shown, sorted and tool-tipped by initials only; the full name is used
for matching and never leaves the model.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentordesk.domain.names import fold
from mentordesk.services.records import ClientRow
from mentordesk.ui import labels
from mentordesk.ui.models.filtered_table import RIGHT_ALIGNED, Entry, FilteredTableModel

_FAR_FUTURE = dt.date.max
_FAR_PAST = dt.date.min


class Column(IntEnum):
    NAME = 0
    STATUS = 1
    KIND = 2
    FUNDING = 3
    LAST_SESSION = 4
    NEXT_SESSION = 5


class ClientTableModel(FilteredTableModel[ClientRow]):
    """Rows of ``ClientRow``; ``set_filter`` and ``sort`` work on the full list in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, Column.NAME, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Engagement"),
            self.tr("Funding"),
            self.tr("Last session"),
            self.tr("Next session"),
        )

    def set_rows(self, rows: list[ClientRow]) -> None:
        """Replace every client; keys are folded here, once."""
        self.load(rows)

    def _entry(self, row: ClientRow) -> Entry[ClientRow]:
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
        return Entry(row, texts, haystack, sort_keys)

    def _data(self, entry: Entry[ClientRow], column: int, role: int) -> Any:
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
            return RIGHT_ALIGNED
        return None
