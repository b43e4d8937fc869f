"""Read queries for the agenda, the dashboard and the calendar export, in plain SQL.

Written for speed on large files (10,000 clients, 200,000 sessions): date ranges go through the
``session (date)`` index, "is there a planned session ahead" through
``session (engagement_id, status, date)``. None of them reads note text except to test whether
a held session's summary is empty: no topics, summaries, notes or actions come out of here.
Rows come back as plain tuples of stored values; the services turn them into records.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class SessionSlot:
    """One session as a calendar sees it: who, when, how, and its status. No note text."""

    session_id: int
    engagement_id: int
    client_id: int
    client_name: str
    preferred_name: str
    sensitive: bool
    funding: str
    date: dt.date
    start_time: dt.time | None
    duration_minutes: int
    mode: str
    status: str


@dataclass(frozen=True, slots=True)
class IdleClient:
    client_id: int
    name: str
    preferred_name: str
    sensitive: bool
    last_held: dt.date | None


@dataclass(frozen=True, slots=True)
class OverdueAction:
    action_id: int
    text: str
    due_date: dt.date
    goal_id: int
    session_id: int | None
    client_id: int
    name: str
    preferred_name: str
    sensitive: bool


@dataclass(frozen=True, slots=True)
class MonthMinutes:
    year: int
    month: int  # 1..12
    funding: str
    minutes: int
    sessions: int


_SLOT_COLUMNS = """
    s.id, s.engagement_id, e.client_id, c.name, c.preferred_name, c.sensitive, e.funding,
    s.date, s.start_time, s.duration_minutes, s.mode, s.status
    FROM session s
    JOIN engagement e ON e.id = s.engagement_id
    JOIN client c ON c.id = e.client_id"""

# Sessions without a start time first on their day (like all-day items in a calendar).
_SLOT_ORDER = "ORDER BY s.date, s.start_time IS NOT NULL, s.start_time, s.id"

_SESSIONS_BETWEEN = f"SELECT {_SLOT_COLUMNS} WHERE s.date BETWEEN ? AND ? {_SLOT_ORDER}"

_PLANNED_BETWEEN = (
    f"SELECT {_SLOT_COLUMNS} WHERE s.date BETWEEN ? AND ? AND s.status = 'planned' {_SLOT_ORDER}"
)

_SESSIONS_BY_ID = f"""
    SELECT {_SLOT_COLUMNS} WHERE s.id IN (SELECT value FROM json_each(?))
    ORDER BY s.date DESC, s.start_time IS NULL, s.start_time DESC, s.id DESC"""

# One pass over the session table gives both the hours per month and funding and the held
# sessions without a summary. A plain scan reads each page once (about 0.2 s at 200,000
# sessions); going through the date index for a whole year visits the pages in date order, over
# and over (1.3 s measured). length() reads a summary's size from the record header, not its
# text; trim() runs only on short summaries (services store text stripped anyway).
_HELD_OVERVIEW = """
    SELECT substr(s.date, 1, 7), e.funding, SUM(s.duration_minutes), COUNT(*),
           group_concat(CASE WHEN s.date >= ? AND (length(s.summary) = 0
                             OR (length(s.summary) < 8 AND trim(s.summary) = ''))
                        THEN s.id END)
    FROM session s NOT INDEXED
    JOIN engagement e ON e.id = s.engagement_id
    WHERE s.status = 'held' AND s.date BETWEEN ? AND ?
    GROUP BY 1, 2"""

# Active clients with an active engagement and nothing planned from today on. The NOT EXISTS
# probe is an index seek on session (engagement_id, status, date) per engagement.
_IDLE_CLIENTS = """
    SELECT c.id, c.name, c.preferred_name, c.sensitive,
           (SELECT MAX(s.date) FROM engagement e2
              JOIN session s ON s.engagement_id = e2.id AND s.status = 'held'
             WHERE e2.client_id = c.id) AS last_held
    FROM client c
    WHERE c.status = 'active'
      AND EXISTS (SELECT 1 FROM engagement e
                   WHERE e.client_id = c.id AND e.status = 'active')
      AND NOT EXISTS (SELECT 1 FROM engagement e
                        JOIN session s ON s.engagement_id = e.id
                       WHERE e.client_id = c.id AND s.status = 'planned' AND s.date >= ?)
    ORDER BY last_held IS NOT NULL, last_held, c.name, c.id"""

# Open action items past their due date, in work that is still running (the engagement planned,
# active or paused; the client not closed or archived) and under a goal still in use.
_OVERDUE_ACTIONS = """
    SELECT a.id, a.text, a.due_date, a.goal_id, a.session_id,
           c.id, c.name, c.preferred_name, c.sensitive
    FROM action_item a
    JOIN goal g ON g.id = a.goal_id
    JOIN engagement e ON e.id = g.engagement_id
    JOIN client c ON c.id = e.client_id
    WHERE a.done = 0 AND a.due_date IS NOT NULL AND a.due_date < ?
      AND g.archived = 0
      AND e.status IN ('planned', 'active', 'paused')
      AND c.status NOT IN ('closed', 'archived')
    ORDER BY a.due_date, a.id"""

_PRACTICE_KEY = "SELECT at FROM audit_event WHERE action = 'file_created' ORDER BY id LIMIT 1"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _slot(row: tuple[Any, ...]) -> SessionSlot:
    sid, eid, cid, name, preferred, sensitive, funding, day, start, minutes, mode, status = row
    return SessionSlot(
        session_id=sid,
        engagement_id=eid,
        client_id=cid,
        client_name=name,
        preferred_name=preferred,
        sensitive=bool(sensitive),
        funding=funding,
        date=dt.date.fromisoformat(day),
        start_time=dt.time.fromisoformat(start) if start else None,
        duration_minutes=minutes,
        mode=mode,
        status=status,
    )


def sessions_between(conn: Any, first: dt.date, last: dt.date) -> list[SessionSlot]:
    """Every session dated ``first`` to ``last`` (inclusive), in day and time order."""
    rows = conn.execute(_SESSIONS_BETWEEN, (first.isoformat(), last.isoformat()))
    return [_slot(r) for r in rows]


def planned_between(conn: Any, first: dt.date, last: dt.date) -> list[SessionSlot]:
    """The planned sessions dated ``first`` to ``last`` (inclusive)."""
    rows = conn.execute(_PLANNED_BETWEEN, (first.isoformat(), last.isoformat()))
    return [_slot(r) for r in rows]


def sessions_by_id(conn: Any, ids: list[int]) -> list[SessionSlot]:
    """The sessions with these ids, newest first."""
    if not ids:
        return []
    return [_slot(r) for r in conn.execute(_SESSIONS_BY_ID, (json.dumps(ids),))]


def held_overview(
    conn: Any, first: dt.date, last: dt.date, unwritten_since: dt.date
) -> tuple[list[MonthMinutes], list[int]]:
    """Held sessions dated ``first`` to ``last``: minutes and count per month and funding,
    and the ids of those from ``unwritten_since`` on whose summary is empty."""
    months: list[MonthMinutes] = []
    unwritten: list[int] = []
    params = (unwritten_since.isoformat(), first.isoformat(), last.isoformat())
    for year_month, funding, minutes, count, ids in conn.execute(_HELD_OVERVIEW, params):
        year, month = (int(part) for part in year_month.split("-"))
        months.append(MonthMinutes(year, month, funding, int(minutes), int(count)))
        if ids:
            unwritten += [int(i) for i in str(ids).split(",")]
    return months, unwritten


def idle_clients(conn: Any, today: dt.date) -> list[IdleClient]:
    """Active clients in active work with no planned session from ``today`` on; the longest
    waiting (earliest last held session, or none at all) first."""
    return [
        IdleClient(cid, name, preferred, bool(sensitive), _date(last))
        for cid, name, preferred, sensitive, last in conn.execute(
            _IDLE_CLIENTS, (today.isoformat(),)
        )
    ]


def overdue_actions(conn: Any, today: dt.date) -> list[OverdueAction]:
    """Open action items due before ``today``, oldest due date first."""
    return [
        OverdueAction(
            action_id=aid,
            text=text,
            due_date=dt.date.fromisoformat(due),
            goal_id=gid,
            session_id=sid,
            client_id=cid,
            name=name,
            preferred_name=preferred,
            sensitive=bool(sensitive),
        )
        for aid, text, due, gid, sid, cid, name, preferred, sensitive in conn.execute(
            _OVERDUE_ACTIONS, (today.isoformat(),)
        )
    ]


def practice_key(conn: Any) -> str:
    """A value that stays the same for one practice file (its creation stamp), or ''."""
    row = conn.execute(_PRACTICE_KEY).fetchone()
    return str(row[0]) if row else ""
