"""The audit trail as a Qt table model.

Like the client list (``FilteredTableModel``), filtering and sorting happen in Python on the
full list with a model reset: every text and sort key is computed once per load (the texts
from ``audit_texts``).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentordesk.domain.names import fold
from mentordesk.services.audit_trail import AuditEntry, AuditGroup
from mentordesk.ui.models.filtered_table import Entry, FilteredTableModel
from mentordesk.ui.privacy.audit_texts import details_text, group_text, what_text, when_text


class Column(IntEnum):
    WHEN = 0
    WHAT = 1
    CLIENT = 2
    DETAILS = 3


class AuditTableModel(FilteredTableModel[AuditEntry]):
    """Rows of ``AuditEntry``; ``set_groups``, ``set_filter`` and ``sort`` work in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, Column.WHEN, Qt.SortOrder.DescendingOrder)
        self._groups: set[AuditGroup] | None = None
        self._headers = (self.tr("When"), self.tr("What"), self.tr("Client"), self.tr("Details"))

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.load(entries)

    def clear(self) -> None:
        """Forget every entry; the filter text stays (the page keeps showing it)."""
        self.load([])

    def set_groups(self, groups: set[AuditGroup] | None) -> None:
        """Show only these groups (None: all)."""
        if groups != self._groups:
            self._groups = groups
            self.set_predicate(None if groups is None else lambda e: e.group in groups)

    def _entry(self, row: AuditEntry) -> Entry[AuditEntry]:
        texts = (when_text(row.at), what_text(row), row.client_name, details_text(row))
        haystack = "\n".join(fold(t) for t in (*texts[1:], row.recipient, row.sha256))
        order = (row.at, row.key[:1] == "e", int(row.key[1:] or 0))
        sort_keys = (
            order,
            (fold(texts[1]), order),
            (fold(texts[2]), order),
            (fold(texts[3]), order),
        )
        return Entry(row, texts, haystack, sort_keys)

    # -- what the view asks -------------------------------------------------------------------
    def visible_entries(self) -> list[AuditEntry]:
        return self.visible_rows()

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def _data(self, entry: Entry[AuditEntry], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.UserRole:
            return entry.row.client_id
        if (
            role == Qt.ItemDataRole.FontRole
            and column == Column.WHAT
            and entry.row.group is not AuditGroup.OTHER
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, item: Entry[AuditEntry], column: int) -> str | None:
        entry = item.row
        if column == Column.DETAILS:
            lines = [item.texts[Column.DETAILS]] if item.texts[Column.DETAILS] else []
            if entry.where and entry.action != "document_printed":
                lines.append(entry.where)
            if entry.sha256:
                lines.append(self.tr("SHA-256 fingerprint: {sha}").format(sha=entry.sha256))
            return "\n".join(lines) or None
        if column == Column.CLIENT and entry.client_id is not None:
            return self.tr("Double-click to open this client")
        if column == Column.WHAT:
            return group_text(entry.group)
        return item.texts[column] or None
