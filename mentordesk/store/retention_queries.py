"""Queries of the retention features: engagements whose notes have passed their period,
issued invoices whose fiscal period has passed, and deleting such invoices.

Plain SQL on the open connection. The cut-off dates are computed by the service (from the
configured periods); here they are only compared. The deletions run inside the caller's
transaction; the schema 5 triggers refuse any issued invoice still inside the legal minimum.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# engagements that are over even without an end date: their last session is when they ended
CLOSED_STATUSES = ("completed", "cancelled", "archived")
_TEXT = """(s.topics <> '' OR s.summary <> '' OR s.private_notes <> '' OR s.agreed_actions <> ''
    OR s.place <> '')"""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


@dataclass(frozen=True, slots=True)
class EngagementAge:
    """An engagement that ended before the cut-off and is not in the erasure register."""

    id: int
    client_id: int
    client_name: str
    preferred_name: str
    sensitive: bool
    kind: str
    status: str
    title: str
    ended: dt.date
    session_count: int
    sessions_with_notes: int
    goal_count: int
    has_engagement_notes: bool
    draft_count: int

    @property
    def holds_notes(self) -> bool:
        return bool(
            self.sessions_with_notes
            or self.goal_count
            or self.has_engagement_notes
            or self.draft_count
        )


_ENDED = f"""coalesce(e.end_date, CASE WHEN e.status IN {CLOSED_STATUSES!r} THEN
    coalesce((SELECT max(s.date) FROM session s WHERE s.engagement_id = e.id), e.start_date)
    END)"""

_ENGAGEMENTS = f"""
    SELECT e.id, e.client_id, c.name, c.preferred_name, c.sensitive, e.kind, e.status, e.title,
           {_ENDED} AS ended,
           (SELECT count(*) FROM session s WHERE s.engagement_id = e.id),
           (SELECT count(*) FROM session s WHERE s.engagement_id = e.id AND {_TEXT}),
           (SELECT count(*) FROM goal g WHERE g.engagement_id = e.id),
           e.notes <> '',
           (SELECT count(*) FROM session_draft d WHERE d.engagement_id = e.id)
    FROM engagement e JOIN client c ON c.id = e.client_id
    WHERE ended IS NOT NULL AND substr(ended, 1, 10) < ?
      AND NOT EXISTS (SELECT 1 FROM erasure r WHERE r.scope = 'engagement'
                      AND r.subject_id = e.id AND r.subject_created_at = e.created_at)
      AND NOT EXISTS (SELECT 1 FROM erasure r WHERE r.scope = 'client'
                      AND r.subject_id = c.id AND r.subject_created_at = c.created_at)
    ORDER BY ended, e.id"""


def ended_engagements(conn: Any, before: dt.date) -> list[EngagementAge]:
    """Engagements that ended before ``before`` and were not erased, oldest end first."""
    return [
        EngagementAge(
            id=r[0],
            client_id=r[1],
            client_name=r[2],
            preferred_name=r[3],
            sensitive=bool(r[4]),
            kind=r[5],
            status=r[6],
            title=r[7],
            ended=dt.date.fromisoformat(str(r[8])[:10]),
            session_count=r[9],
            sessions_with_notes=r[10],
            goal_count=r[11],
            has_engagement_notes=bool(r[12]),
            draft_count=r[13],
        )
        for r in conn.execute(_ENGAGEMENTS, (before.isoformat(),))
    ]


@dataclass(frozen=True, slots=True)
class IssuedAge:
    """An issued invoice or credit note and what hangs on it."""

    id: int
    kind: str  # 'invoice' or 'credit_note'
    number: str
    client_id: int
    client_name: str
    preferred_name: str
    sensitive: bool
    issue_date: dt.date
    total_cents: int
    credited_invoice_id: int | None
    credited_number: str | None
    latest_credit_date: dt.date | None  # the newest issued credit note of an invoice
    credit_note_ids: tuple[int, ...]  # every credit note of an invoice, drafts too
    credit_note_numbers: tuple[str, ...]  # the issued ones
    payment_count: int


_ISSUED = """
    SELECT i.id, i.kind, i.number, i.client_id, c.name, c.preferred_name, c.sensitive,
           i.issue_date, i.total_cents, i.credited_invoice_id, o.number,
           (SELECT max(n.issue_date) FROM invoice n
            WHERE n.credited_invoice_id = i.id AND n.status = 'issued'),
           (SELECT group_concat(n.id) FROM invoice n WHERE n.credited_invoice_id = i.id),
           (SELECT count(*) FROM payment p WHERE p.invoice_id = i.id),
           (SELECT group_concat(n.number, char(31)) FROM invoice n
            WHERE n.credited_invoice_id = i.id AND n.status = 'issued')
    FROM invoice i JOIN client c ON c.id = i.client_id
    LEFT JOIN invoice o ON o.id = i.credited_invoice_id
    WHERE i.status = 'issued'"""


def _issued(row: Any) -> IssuedAge:
    credit_ids = tuple(sorted(int(v) for v in str(row[12]).split(","))) if row[12] else ()
    issue_date = _date(row[7])
    assert issue_date is not None  # an issued invoice always has one (schema check)
    return IssuedAge(
        id=row[0],
        kind=row[1],
        number=row[2],
        client_id=row[3],
        client_name=row[4],
        preferred_name=row[5],
        sensitive=bool(row[6]),
        issue_date=issue_date,
        total_cents=row[8],
        credited_invoice_id=row[9],
        credited_number=row[10],
        latest_credit_date=_date(row[11]),
        credit_note_ids=credit_ids,
        credit_note_numbers=tuple(sorted(str(row[14]).split("\x1f"))) if row[14] else (),
        payment_count=row[13],
    )


def issued_before(conn: Any, before: dt.date) -> list[IssuedAge]:
    """Issued invoices and credit notes with an issue date before ``before``, oldest first."""
    sql = _ISSUED + " AND i.issue_date < ? ORDER BY i.issue_date, i.year, i.seq, i.id"
    return [_issued(r) for r in conn.execute(sql, (before.isoformat(),))]


def issued_by_id(conn: Any, ids: Iterable[int]) -> dict[int, IssuedAge]:
    """The issued invoices and credit notes among ``ids``, by id."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = conn.execute(_ISSUED + f" AND i.id IN ({marks})", wanted)
    return {r[0]: _issued(r) for r in rows}


def delete_invoices(conn: Any, invoice_ids: Iterable[int]) -> list[int]:
    """Delete invoices and credit notes with their payments, session claims and lines, credit
    notes first (call inside a transaction). Returns the sessions their lines named that no
    invoice claims any more."""
    ids = sorted(set(invoice_ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sessions = [
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT session_id FROM invoice_line "
            f"WHERE invoice_id IN ({marks}) AND session_id IS NOT NULL",
            ids,
        )
    ]
    credit_notes = [
        int(r[0])
        for r in conn.execute(
            f"SELECT id FROM invoice WHERE id IN ({marks}) AND kind = 'credit_note'", ids
        )
    ]
    invoices = [i for i in ids if i not in set(credit_notes)]
    for group in (credit_notes, invoices):
        if not group:
            continue
        marks = ",".join("?" * len(group))
        conn.execute(f"DELETE FROM payment WHERE invoice_id IN ({marks})", group)
        conn.execute(
            "DELETE FROM invoiced_session WHERE line_id IN "
            f"(SELECT id FROM invoice_line WHERE invoice_id IN ({marks}))",
            group,
        )
        conn.execute(f"DELETE FROM invoice_line WHERE invoice_id IN ({marks})", group)
        conn.execute(f"DELETE FROM invoice WHERE id IN ({marks})", group)
    if not sessions:
        return []
    marks = ",".join("?" * len(sessions))
    return [
        int(r[0])
        for r in conn.execute(
            f"SELECT id FROM session WHERE id IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM invoiced_session v WHERE v.session_id = session.id)",
            sessions,
        )
    ]


def mark_not_billable(conn: Any, session_ids: Iterable[int]) -> None:
    """Sessions whose invoice was deleted after its retention period: they were billed, so
    they must not come back as work ready to invoice."""
    ids = sorted(set(session_ids))
    if ids:
        marks = ",".join("?" * len(ids))
        conn.execute(f"UPDATE session SET billable = 0 WHERE id IN ({marks})", ids)
