"""The invoices list as a Qt table model: sorting and filter-as-you-type done in Python.

Like the client list (``FilteredTableModel``), every text and sort key is computed once per
load; filtering and sorting rebuild the visible list with a model reset. Overdue invoices are
highlighted (a soft red row, the state in bold); drafts show their number as "(draft)" in
italics. The page passes rows whose client and addressee already show initials for sensitive
clients.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from mentordesk.domain.names import fold
from mentordesk.services.invoice_records import InvoiceKind, InvoiceRow, InvoiceState
from mentordesk.ui import labels
from mentordesk.ui.client_sections import TONES
from mentordesk.ui.models.filtered_table import RIGHT_ALIGNED, Entry, FilteredTableModel
from mentordesk.ui.money.money_labels import STATE_TONES, number_text, row_state_text

OVERDUE_BACKGROUND = QColor(TONES["alert"][0])
OVERDUE_TEXT = QColor(TONES["alert"][1])


class Column(IntEnum):
    NUMBER = 0
    DATE = 1
    CLIENT = 2
    ADDRESSEE = 3
    DUE = 4
    TOTAL = 5
    OPEN = 6
    STATE = 7


class InvoiceTableModel(FilteredTableModel[InvoiceRow]):
    """Rows of ``InvoiceRow``; ``set_filter`` and ``sort`` work on the full list in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, Column.NUMBER, Qt.SortOrder.DescendingOrder)
        self.today = dt.date.today()
        self._headers = (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Client"),
            self.tr("Invoice to"),
            self.tr("Due"),
            self.tr("Total"),
            self.tr("Still to pay"),
            self.tr("Status"),
        )

    def set_rows(self, rows: list[InvoiceRow], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        self.load(rows)

    def _entry(self, row: InvoiceRow) -> Entry[InvoiceRow]:
        day = row.issue_date or row.created
        open_text = labels.money_text(row.balance_cents) if row.balance_cents else ""
        texts = (
            number_text(row.number),
            labels.date_text(day),
            row.client_name,
            row.addressee,
            labels.date_text(row.due_date),
            labels.money_text(row.total_cents),
            open_text,
            row_state_text(row, self.today),
        )
        draft = row.number is None
        # drafts come first in the usual newest-first order
        number_key = (draft, row.year or 0, row.number or "", row.id)
        haystack = "\n".join(
            fold(t) for t in (row.number or "", row.client_name, row.addressee, texts[Column.STATE])
        )
        sort_keys = (
            number_key,
            (day, number_key),
            (fold(row.client_name), day),
            (fold(row.addressee), day),
            (row.due_date or dt.date.max, number_key),
            (row.total_cents, number_key),
            (row.balance_cents, number_key),
            (texts[Column.STATE], number_key),
        )
        return Entry(row, texts, haystack, sort_keys)

    # -- what the page and the view ask -------------------------------------------------------
    def row_of(self, invoice_id: int) -> int:
        """The visible row of ``invoice_id``, or -1."""
        return next((i for i, e in enumerate(self._visible) if e.row.id == invoice_id), -1)

    def is_highlighted(self, row: int) -> bool:
        return self._visible[row].row.state is InvoiceState.OVERDUE

    def _data(self, entry: Entry[InvoiceRow], column: int, role: int) -> Any:
        row = entry.row
        overdue = row.state is InvoiceState.OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, entry.texts[column])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return OVERDUE_TEXT
            if column == Column.STATE:
                return QColor(_TONE_TEXT[STATE_TONES[row.state]])
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if column == Column.NUMBER and row.number is None:
                font.setItalic(True)
                return font
            if column == Column.STATE and (overdue or row.kind is InvoiceKind.CREDIT_NOTE):
                font.setBold(overdue)
                font.setItalic(not overdue)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TOTAL, Column.OPEN):
            return RIGHT_ALIGNED
        return None

    def _tooltip(self, row: InvoiceRow, column: int, text: str) -> str | None:
        if column == Column.NUMBER and row.credited_number:
            return self.tr("Credit note for invoice {number}").format(number=row.credited_number)
        if column == Column.OPEN and row.paid_cents:
            return self.tr("{paid} received so far").format(paid=labels.money_text(row.paid_cents))
        return text or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section in (Column.TOTAL, Column.OPEN)
        ):
            return RIGHT_ALIGNED
        return super().headerData(section, orientation, role)


_TONE_TEXT = {tone: colours[1] for tone, colours in TONES.items()}
