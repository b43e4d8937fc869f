"""The dashboard's "Invoices overdue" card: one line per overdue invoice (days overdue, number,
client by display name, what is still open); Enter opens the invoice. Kept here so the
dashboard module stays about the week."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from mentordesk.services.invoice_records import InvoiceRow
from mentordesk.ui import labels

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def fill(entries: QTreeWidget, rows: list[InvoiceRow], today: dt.date) -> None:
    entries.clear()
    for row in rows:
        entry = QTreeWidgetItem(
            [
                QCoreApplication.translate("DashboardPage", "{days} days").format(
                    days=row.days_overdue(today)
                ),
                row.number or "",
                row.client_name,
                labels.money_text(row.balance_cents),
            ]
        )
        entry.setData(0, KIND_ROLE, "invoice")
        entry.setData(0, ID_ROLE, row.id)
        entry.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        entry.setToolTip(
            0,
            QCoreApplication.translate("DashboardPage", "Due on {date}").format(
                date=labels.date_text(row.due_date)
            ),
        )
        entries.addTopLevelItem(entry)


def count_text(rows: list[InvoiceRow]) -> str:
    """``3 · €2,040.27``: how many, and what is still open on them ("" when none)."""
    if not rows:
        return ""
    return QCoreApplication.translate("DashboardPage", "{count} · {amount}").format(
        count=len(rows), amount=labels.money_text(sum(r.balance_cents for r in rows))
    )
