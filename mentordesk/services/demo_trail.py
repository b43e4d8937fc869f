"""The demo practice's audit trail: the lines the app itself would have written while the demo's
invoices were issued and paid, so that Practice > Audit trail shows a realistic year.

The invoices and payments are bulk-inserted by ``demo_money``; this adds, for each, the line that
``InvoiceService.issue`` and ``PaymentService.add`` write (same actions, same detail keys), at
the moment the invoice was issued or the payment received.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from mentordesk.store import bulk

AUDIT_COLUMNS = ("at", "action", "client_id", "detail")


def add_trail(conn: Any, today: dt.date) -> int:
    """Audit lines for the demo's issued invoices and their payments; returns how many.

    Lines of ``today`` are stamped at midnight, so that they never lie ahead of the moment the
    demo is made (and sort below anything the mentor then does)."""

    def _at(day: str, clock: str) -> str:
        return f"{day}T{'00:00' if day >= today.isoformat() else clock}:00"

    rows: list[tuple[object, ...]] = []
    issued = conn.execute(
        """SELECT id, client_id, number, kind, total_cents, issue_date FROM invoice
           WHERE status = 'issued' ORDER BY issue_date, seq"""
    ).fetchall()
    for invoice_id, client_id, number, kind, total, day in issued:
        detail = {"invoice_id": invoice_id, "number": number, "kind": kind, "total_cents": total}
        rows.append((_at(day, "16:30"), "invoice_issued", client_id, json.dumps(detail)))
    payments = conn.execute(
        """SELECT p.id, p.invoice_id, i.client_id, p.amount_cents, p.date
           FROM payment p JOIN invoice i ON i.id = p.invoice_id ORDER BY p.date, p.id"""
    ).fetchall()
    for payment_id, invoice_id, client_id, amount, day in payments:
        detail = {"invoice_id": invoice_id, "payment_id": payment_id, "amount_cents": amount}
        rows.append((_at(day, "09:15"), "payment_registered", client_id, json.dumps(detail)))
    rows.sort(key=lambda row: str(row[0]))
    bulk.insert_rows(conn, "audit_event", AUDIT_COLUMNS, rows)
    return len(rows)
