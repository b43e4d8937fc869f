"""How a read-only list table looks and behaves (invoices, audit trail, hours log): whole rows
selected one at a time, no editing, no grid, alternating rows, compact rows without row numbers,
and Tab leaving the table instead of walking its cells."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def setup_list_table(table: QTableView, accessible_name: str, row_padding: int = 10) -> None:
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    table.horizontalHeader().setHighlightSections(False)
