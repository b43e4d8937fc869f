"""Read queries of the money features that span tables: invoice lists, billable sessions, the
hours log and the year overview. Plain SQL on the open connection, one query per question."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class InvoiceListRow:
    id: int
    kind: str
    status: str
    number: str | None
    client_id: int
    client_name: str
    preferred_name: str
    sensitive: bool
    to_name: str
    issue_date: dt.date | None
    due_date: dt.date | None
    total_cents: int
    paid_cents: int
    credited_cents: int
    credited_invoice_id: int | None
    credited_number: str | None
    created: dt.date


_PAID = "coalesce((SELECT sum(p.amount_cents) FROM payment p WHERE p.invoice_id = i.id), 0)"
_CREDITED = (
    "coalesce((SELECT sum(n.total_cents) FROM invoice n WHERE n.credited_invoice_id = i.id "
    "AND n.status = 'issued'), 0)"
)
_INVOICES = f"""
    SELECT i.id, i.kind, i.status, i.number, i.client_id, c.name, c.preferred_name, c.sensitive,
           i.to_name, i.issue_date, i.due_date, i.total_cents, {_PAID}, {_CREDITED},
           i.credited_invoice_id, o.number, substr(i.created_at, 1, 10)
    FROM invoice i JOIN client c ON c.id = i.client_id
    LEFT JOIN invoice o ON o.id = i.credited_invoice_id"""


def invoice_rows(
    conn: Any,
    *,
    year: int | None = None,
    client_id: int | None = None,
    include_drafts: bool = True,
    invoice_ids: list[int] | None = None,
) -> list[InvoiceListRow]:
    """Invoices and credit notes, newest first: issued ones of ``year`` (all years for None),
    and every draft when ``include_drafts``."""
    where: list[str] = []
    args: list[object] = []
    issued = "i.status = 'issued'"
    if year is not None:
        issued += " AND i.year = ?"
        args.append(year)
    where.append(f"(({issued}) OR i.status = 'draft')" if include_drafts else f"({issued})")
    if client_id is not None:
        where.append("i.client_id = ?")
        args.append(client_id)
    if invoice_ids is not None:
        where.append(f"i.id IN ({', '.join('?' for _ in invoice_ids)})")
        args.extend(invoice_ids)
    sql = (
        f"{_INVOICES} WHERE {' AND '.join(where)} "
        "ORDER BY i.status = 'draft' DESC, i.issue_date DESC, i.seq DESC, i.id DESC"
    )
    return [
        InvoiceListRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            bool(r[7]),
            r[8],
            _date(r[9]),
            _date(r[10]),
            r[11],
            r[12],
            r[13],
            r[14],
            r[15],
            dt.date.fromisoformat(r[16]),
        )
        for r in conn.execute(sql, args)
    ]


@dataclass(frozen=True, slots=True)
class BillableRow:
    session_id: int
    client_id: int
    engagement_id: int
    engagement_title: str
    funding: str
    payer_id: int | None
    rate_cents: int | None
    package_price_cents: int | None
    planned_sessions: int | None
    date: dt.date
    duration_minutes: int
    status: str


_BILLABLE = """
    SELECT s.id, e.client_id, e.id, e.title, e.funding, e.payer_id, e.rate_cents,
           e.package_price_cents, e.planned_sessions, s.date, s.duration_minutes, s.status
    FROM session s JOIN engagement e ON e.id = s.engagement_id
    WHERE s.billable AND s.status IN ('held', 'no_show')
      AND e.funding IN ('client_paid', 'payer_paid')
      AND NOT EXISTS (SELECT 1 FROM invoiced_session v WHERE v.session_id = s.id)"""


def billable_sessions(
    conn: Any, *, client_id: int | None = None, until: dt.date | None = None
) -> list[BillableRow]:
    """Held or missed billable sessions of paid work not claimed by any invoice line, oldest
    first (all clients for None)."""
    sql = _BILLABLE
    args: list[object] = []
    if client_id is not None:
        sql += " AND e.client_id = ?"
        args.append(client_id)
    if until is not None:
        sql += " AND s.date <= ?"
        args.append(until.isoformat())
    sql += " ORDER BY e.client_id, s.date, s.start_time, s.id"
    return [
        BillableRow(
            session_id=r[0],
            client_id=r[1],
            engagement_id=r[2],
            engagement_title=r[3],
            funding=r[4],
            payer_id=r[5],
            rate_cents=r[6],
            package_price_cents=r[7],
            planned_sessions=r[8],
            date=dt.date.fromisoformat(r[9]),
            duration_minutes=r[10],
            status=r[11],
        )
        for r in conn.execute(sql, args)
    ]


@dataclass(frozen=True, slots=True)
class ClientHours:
    client_id: int
    name: str
    preferred_name: str
    email: str
    sensitive: bool
    listed: bool
    first: dt.date
    last: dt.date
    paid_minutes: int
    paid_sessions: int
    unpaid_minutes: int
    unpaid_sessions: int


_HOURS = """
    SELECT c.id, c.name, c.preferred_name, c.email, c.sensitive, c.listed,
           min(s.date), max(s.date),
           sum(CASE WHEN e.funding IN ('client_paid', 'payer_paid') THEN s.duration_minutes
               ELSE 0 END),
           sum(e.funding IN ('client_paid', 'payer_paid')),
           sum(CASE WHEN e.funding IN ('pro_bono', 'free_intake') THEN s.duration_minutes
               ELSE 0 END),
           sum(e.funding IN ('pro_bono', 'free_intake'))
    FROM session s JOIN engagement e ON e.id = s.engagement_id JOIN client c ON c.id = e.client_id
    WHERE s.status = 'held' AND s.date BETWEEN ? AND ?
    GROUP BY c.id ORDER BY min(s.date), c.id"""


def hours_per_client(conn: Any, start: dt.date, end: dt.date) -> list[ClientHours]:
    """Held sessions per client between ``start`` and ``end`` (inclusive)."""
    return [
        ClientHours(
            r[0],
            r[1],
            r[2],
            r[3],
            bool(r[4]),
            bool(r[5]),
            dt.date.fromisoformat(r[6]),
            dt.date.fromisoformat(r[7]),
            r[8],
            r[9],
            r[10],
            r[11],
        )
        for r in conn.execute(_HOURS, (start.isoformat(), end.isoformat()))
    ]


@dataclass(frozen=True, slots=True)
class UnpaidSession:
    session_id: int
    client_id: int
    name: str
    preferred_name: str
    sensitive: bool
    listed: bool
    funding: str
    date: dt.date
    duration_minutes: int


def unpaid_sessions(
    conn: Any, start: dt.date, end: dt.date, client_id: int | None = None
) -> list[UnpaidSession]:
    """Held pro bono and free-intake sessions between ``start`` and ``end``, oldest first."""
    sql = """
        SELECT s.id, c.id, c.name, c.preferred_name, c.sensitive, c.listed, e.funding, s.date,
               s.duration_minutes
        FROM session s JOIN engagement e ON e.id = s.engagement_id
        JOIN client c ON c.id = e.client_id
        WHERE s.status = 'held' AND e.funding IN ('pro_bono', 'free_intake')
          AND s.date BETWEEN ? AND ?"""
    args: list[object] = [start.isoformat(), end.isoformat()]
    if client_id is not None:
        sql += " AND c.id = ?"
        args.append(client_id)
    sql += " ORDER BY s.date, s.start_time, s.id"
    return [
        UnpaidSession(
            r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), r[6], dt.date.fromisoformat(r[7]), r[8]
        )
        for r in conn.execute(sql, args)
    ]


@dataclass(frozen=True, slots=True)
class IssuedAmounts:
    """One issued invoice or credit note's amounts per VAT rate (for the year overview)."""

    invoice_id: int
    issue_date: dt.date
    vat_regime: str
    rate_permille: int
    net_cents: int


def issued_lines_by_rate(conn: Any, start: dt.date, end: dt.date) -> list[IssuedAmounts]:
    """Net amounts per invoice and rate of everything issued between ``start`` and ``end``."""
    sql = """
        SELECT i.id, i.issue_date, i.vat_regime, l.vat_rate_permille, sum(l.net_cents)
        FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
        WHERE i.status = 'issued' AND i.issue_date BETWEEN ? AND ?
        GROUP BY i.id, l.vat_rate_permille ORDER BY i.issue_date, i.id"""
    return [
        IssuedAmounts(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4])
        for r in conn.execute(sql, (start.isoformat(), end.isoformat()))
    ]


def payments_between(conn: Any, start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    """(date, amount) of every payment received between ``start`` and ``end``."""
    sql = "SELECT date, amount_cents FROM payment WHERE date BETWEEN ? AND ? ORDER BY date"
    return [
        (dt.date.fromisoformat(r[0]), int(r[1]))
        for r in conn.execute(sql, (start.isoformat(), end.isoformat()))
    ]


def held_minutes_per_month(
    conn: Any, start: dt.date, end: dt.date
) -> list[tuple[int, str, int, int]]:
    """(month, funding, minutes, sessions) of held sessions between ``start`` and ``end``."""
    sql = """
        SELECT CAST(substr(s.date, 6, 2) AS INTEGER), e.funding, sum(s.duration_minutes), count(*)
        FROM session s JOIN engagement e ON e.id = s.engagement_id
        WHERE s.status = 'held' AND s.date BETWEEN ? AND ?
        GROUP BY 1, 2 ORDER BY 1, 2"""
    return [
        (int(r[0]), str(r[1]), int(r[2]), int(r[3]))
        for r in conn.execute(sql, (start.isoformat(), end.isoformat()))
    ]


def credited_net(conn: Any, line_id: int) -> int:
    """The (negative) net sum of the issued credit note lines that credit line ``line_id``."""
    sql = """
        SELECT coalesce(sum(c.net_cents), 0) FROM invoice_line c
        JOIN invoice n ON n.id = c.invoice_id
        WHERE c.credited_line_id = ? AND n.status = 'issued'"""
    return int(conn.execute(sql, (line_id,)).fetchone()[0])


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    invoice_id: int
    number: str
    to_name: str
    to_client: bool  # addressed to the client (not a payer)
    sensitive: bool
    issue_date: dt.date
    due_date: dt.date
    total_cents: int
    open_cents: int


def open_invoices(conn: Any, as_of: dt.date) -> list[OpenInvoice]:
    """Issued invoices with something still to be paid on ``as_of`` (payments and credit notes
    of that day and before counted), oldest first."""
    sql = """
        SELECT i.id, i.number, i.to_name, i.payer_id IS NULL, c.sensitive, i.issue_date,
               i.due_date, i.total_cents,
               i.total_cents
               + coalesce((SELECT sum(n.total_cents) FROM invoice n
                           WHERE n.credited_invoice_id = i.id AND n.status = 'issued'
                           AND n.issue_date <= :day), 0)
               - coalesce((SELECT sum(p.amount_cents) FROM payment p
                           WHERE p.invoice_id = i.id AND p.date <= :day), 0)
        FROM invoice i JOIN client c ON c.id = i.client_id
        WHERE i.status = 'issued' AND i.kind = 'invoice' AND i.issue_date <= :day
        ORDER BY i.issue_date, i.seq"""
    return [
        OpenInvoice(
            r[0],
            r[1],
            r[2],
            bool(r[3]),
            bool(r[4]),
            dt.date.fromisoformat(r[5]),
            dt.date.fromisoformat(r[6]),
            r[7],
            r[8],
        )
        for r in conn.execute(sql, {"day": as_of.isoformat()})
        if r[8] > 0
    ]


def invoice_years(conn: Any) -> list[int]:
    """The years that have issued invoices."""
    sql = "SELECT DISTINCT year FROM invoice WHERE year IS NOT NULL ORDER BY year"
    return [int(r[0]) for r in conn.execute(sql)]


def logged_for_invoice(conn: Any, invoice_id: int) -> list[int]:
    """Ids of the document log rows that name ``invoice_id`` (money documents)."""
    sql = "SELECT id FROM document_log WHERE json_extract(included, '$.invoice_id') = ?"
    return [int(r[0]) for r in conn.execute(sql, (invoice_id,))]
