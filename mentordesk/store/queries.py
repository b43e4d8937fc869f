"""Read queries that span tables, written for speed on large files (10,000 clients)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ClientListRow:
    id: int
    name: str
    preferred_name: str
    status: str
    sensitive: bool
    tags: str
    engagement_kind: str | None
    funding: str | None
    last_session: dt.date | None
    next_session: dt.date | None


_CLIENTS = "SELECT id, name, preferred_name, status, sensitive, tags FROM client"

# The current engagement of each client: an active one first, then the latest started.
_CURRENT_ENGAGEMENT = """
    SELECT client_id, kind, funding FROM (
        SELECT client_id, kind, funding, ROW_NUMBER() OVER (
            PARTITION BY client_id
            ORDER BY status = 'active' DESC, start_date DESC, id DESC) AS n
        FROM engagement WHERE status <> 'archived')
    WHERE n = 1"""

# Last held and next planned session per client, through the (engagement_id, date) index.
_SESSION_DATES = """
    SELECT e.client_id,
           MAX(CASE WHEN s.status = 'held' THEN s.date END),
           MIN(CASE WHEN s.status = 'planned' AND s.date >= ? THEN s.date END)
    FROM engagement e JOIN session s ON s.engagement_id = e.id
    GROUP BY e.client_id"""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def client_list(conn: Any, today: dt.date) -> list[ClientListRow]:
    engagements = {row[0]: (row[1], row[2]) for row in conn.execute(_CURRENT_ENGAGEMENT)}
    dates = {row[0]: (row[1], row[2]) for row in conn.execute(_SESSION_DATES, (today.isoformat(),))}
    rows = []
    for cid, name, preferred, status, sensitive, tags in conn.execute(_CLIENTS):
        kind, funding = engagements.get(cid, (None, None))
        last, upcoming = dates.get(cid, (None, None))
        rows.append(
            ClientListRow(
                cid,
                name,
                preferred,
                status,
                bool(sensitive),
                tags,
                kind,
                funding,
                _date(last),
                _date(upcoming),
            )
        )
    return rows


def table_counts(conn: Any) -> dict[str, int]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
