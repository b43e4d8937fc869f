"""The audit trail as a Qt table model.

Like the client list, filtering and sorting happen in Python on the full list with a model
reset: every text and sort key is computed once per load (the texts from ``audit_texts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mentordesk.domain.names import fold
from mentordesk.services.audit_trail import AuditEntry, AuditGroup
from mentordesk.ui.privacy.audit_texts import details_text, group_text, what_text, when_text

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    WHAT = 1
    CLIENT = 2
    DETAILS = 3


@dataclass(frozen=True, slots=True)
class _Row:
    entry: AuditEntry
    texts: tuple[str, str, str, str]
    haystack: str
    sort_keys: tuple[Any, ...]


def _row(entry: AuditEntry) -> _Row:
    texts = (when_text(entry.at), what_text(entry), entry.client_name, details_text(entry))
    haystack = "\n".join(fold(t) for t in (*texts[1:], entry.recipient, entry.sha256))
    order = (entry.at, entry.key[:1] == "e", int(entry.key[1:] or 0))
    sort_keys = (
        order,
        (fold(texts[1]), order),
        (fold(texts[2]), order),
        (fold(texts[3]), order),
    )
    return _Row(entry, texts, haystack, sort_keys)


class AuditTableModel(QAbstractTableModel):
    """Rows of ``AuditEntry``; ``set_groups``, ``set_filter`` and ``sort`` work in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[_Row] = []
        self._visible: list[_Row] = []
        self._groups: set[AuditGroup] | None = None
        self._needles: list[str] = []
        self._sort_column = Column.WHEN
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = (self.tr("When"), self.tr("What"), self.tr("Client"), self.tr("Details"))

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self._all = [_row(e) for e in entries]
        self._sort_all()
        self._refresh()

    def clear(self) -> None:
        self._all = []
        self._refresh()

    def set_groups(self, groups: set[AuditGroup] | None) -> None:
        """Show only these groups (None: all)."""
        if groups != self._groups:
            self._groups = groups
            self._refresh()

    def set_filter(self, text: str) -> None:
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
            key=lambda r: r.sort_keys[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _refresh(self) -> None:
        self.beginResetModel()
        groups, needles = self._groups, self._needles
        self._visible = [
            r
            for r in self._all
            if (groups is None or r.entry.group in groups) and all(n in r.haystack for n in needles)
        ]
        self.endResetModel()

    # -- what the view asks -------------------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self._all)

    def visible_entries(self) -> list[AuditEntry]:
        return [r.entry for r in self._visible]

    def entry_at(self, row: int) -> AuditEntry:
        return self._visible[row].entry

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.entry.client_id
        if (
            role == Qt.ItemDataRole.FontRole
            and column == Column.WHAT
            and row.entry.group is not AuditGroup.OTHER
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, row: _Row, column: int) -> str | None:
        entry = row.entry
        if column == Column.DETAILS:
            lines = [row.texts[Column.DETAILS]] if row.texts[Column.DETAILS] else []
            if entry.where and entry.action != "document_printed":
                lines.append(entry.where)
            if entry.sha256:
                lines.append(self.tr("SHA-256 fingerprint: {sha}").format(sha=entry.sha256))
            return "\n".join(lines) or None
        if column == Column.CLIENT and entry.client_id is not None:
            return self.tr("Double-click to open this client")
        if column == Column.WHAT:
            return group_text(entry.group)
        return row.texts[column] or None

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
