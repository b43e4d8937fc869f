"""Bulk writes of the money tables for the demo practice: issuing drafts in number order, and
releasing session claims after a credit note. Inside the caller's transaction; the schema's
triggers check every row as usual (gapless numbers, frozen issued invoices)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

ISSUE_COLUMNS = ("number", "year", "seq", "issue_date", "due_date", "issued_at", "updated_at")


def issue_rows(conn: Any, rows: Iterable[Sequence[object]]) -> None:
    """Issue drafts: each row is ``ISSUE_COLUMNS`` values and the invoice id, in number order."""
    sets = ", ".join(f"{c} = ?" for c in ISSUE_COLUMNS)
    conn.executemany(
        f"UPDATE invoice SET status = 'issued', {sets} WHERE id = ? AND status = 'draft'", rows
    )


def release_claims(conn: Any, line_ids: Iterable[int]) -> None:
    """Let the sessions of these (credited) lines be invoiced again."""
    conn.executemany(
        "DELETE FROM invoiced_session WHERE line_id = ?", ((line_id,) for line_id in line_ids)
    )
