"""Full-text search over ``search_index`` (FTS5): counts, the best hits per group, snippets.

Each index entry has the rowid ``id * 8 + kind`` (see ``schema_v1``), so ``rowid % 8`` tells the
kind without reading the entry. Kinds 4 (session text) and 5 (private notes) form one group,
"sessions". A search runs in up to four statements, each sized for 200,000 sessions:

1. how many entries of each group match (the doclists only: fast even for common words);
2. the best ``limit`` of each group by bm25, the title weighing twice the body. bm25 is worked
   out for every matching entry, so a group with more than ``rank_cap`` matches is not ranked
   (a word in 100,000 session notes ranks nothing useful) and gives its latest added entries
   instead, which FTS5 reads in rowid order and stops after ``limit``;
3. the same for such unranked groups;
4. the chosen entries with ``snippet()`` of title and body and what the screen needs around
   them (client, session date, the goal of an action item). The rowid filter is written
   ``+s.rowid`` so that SQLite scans the matches once instead of re-running the query (and
   re-expanding a prefix) for every row.

The statements run on the connection without an explicit transaction: each is atomic on its own,
and a search may run on a worker thread while the UI thread uses the same connection.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

log = logging.getLogger(__name__)

# rowid % 8 -> group; private notes (5) are shown with the session text (4).
GROUP_OF_KIND = {1: 1, 2: 2, 3: 3, 4: 4, 5: 4}
KINDS_OF_GROUP = {1: (1,), 2: (2,), 3: (3,), 4: (4, 5)}
RANK_CAP = 10_000
HIGHLIGHT_START = "\ue000"  # private-use characters: they never occur in what a mentor types
HIGHLIGHT_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 14
_QUERY_ERRORS = ("fts5", "unterminated string", "malformed match", "no such column")

_COUNTS = """
    SELECT rowid % 8, count(*) FROM search_index WHERE search_index MATCH ? GROUP BY 1"""

_RANKED = """
    SELECT rid FROM (
        SELECT rid, row_number() OVER (PARTITION BY grp ORDER BY score, rid) AS n
        FROM (
            SELECT rowid AS rid,
                   CASE rowid % 8 WHEN 5 THEN 4 ELSE rowid % 8 END AS grp,
                   bm25(search_index, 2.0, 1.0) AS score
            FROM search_index
            WHERE search_index MATCH ? AND rowid % 8 IN (SELECT value FROM json_each(?))))
    WHERE n <= ?
    ORDER BY n"""

_LATEST = """
    SELECT rowid FROM search_index
    WHERE search_index MATCH ? AND rowid % 8 IN (SELECT value FROM json_each(?))
    ORDER BY rowid DESC LIMIT ?"""

_DETAILS = f"""
    SELECT s.rowid, s.kind, s.ref_id, s.client_id, s.level, s.title,
           snippet(search_index, 0, ?, ?, '{ELLIPSIS}', {SNIPPET_TOKENS}),
           snippet(search_index, 1, ?, ?, '{ELLIPSIS}', {SNIPPET_TOKENS}),
           c.name, c.preferred_name, c.sensitive, c.status, se.date, se.start_time, g.title
    FROM search_index s
    LEFT JOIN client c ON c.id = s.client_id
    LEFT JOIN session se ON s.kind IN ('session', 'session_private') AND se.id = s.ref_id
    LEFT JOIN action_item a ON s.kind = 'action' AND a.id = s.ref_id
    LEFT JOIN goal g ON g.id = a.goal_id
    WHERE search_index MATCH ? AND +s.rowid IN (SELECT value FROM json_each(?))"""


@dataclass(frozen=True, slots=True)
class IndexHit:
    """One matching index entry with what the screen shows around it."""

    rowid: int
    kind: str  # client, goal, action, session, session_private
    ref_id: int
    client_id: int | None
    level: str  # normal, confidential, private
    title: str  # the entry's title column (name, goal title, action text, session topics)
    snippet: str  # the best stretch of text, matches between HIGHLIGHT_START and _END
    client_name: str
    client_preferred_name: str
    client_sensitive: bool
    client_status: str
    session_date: str | None
    session_start: str | None
    goal_title: str  # for an action item: the goal it belongs to


@dataclass(frozen=True, slots=True)
class GroupRows:
    group: int  # 1 clients, 2 goals, 3 action items, 4 sessions
    total: int  # every match of the group
    ranked: bool  # False: more than RANK_CAP matches, latest added first
    hits: tuple[IndexHit, ...]


def search(conn: Any, fts_query: str, limit: int, rank_cap: int = RANK_CAP) -> dict[int, GroupRows]:
    """The best ``limit`` hits of each group for an FTS5 ``fts_query``; {} when it is invalid.

    Only groups with at least one match are in the answer.
    """
    try:
        return _search(conn, fts_query, max(0, limit), rank_cap)
    except sqlcipher.OperationalError as exc:
        if not any(marker in str(exc).lower() for marker in _QUERY_ERRORS):
            raise
        # The services quote every word, so this is a bug, not the user's fault: log it and
        # answer "nothing found" rather than break typing.
        log.error("full-text query refused (%s); its message is not logged", type(exc).__name__)
        return {}


def _search(conn: Any, fts_query: str, limit: int, rank_cap: int) -> dict[int, GroupRows]:
    totals: dict[int, int] = {}
    for kind, count in conn.execute(_COUNTS, (fts_query,)):
        group = GROUP_OF_KIND.get(int(kind))
        if group is not None:
            totals[group] = totals.get(group, 0) + int(count)
    if not totals:
        return {}
    ranked = {g for g, n in totals.items() if n <= rank_cap}
    chosen: dict[int, list[int]] = {g: [] for g in totals}
    if limit and ranked:
        kinds = [k for g in sorted(ranked) for k in KINDS_OF_GROUP[g]]
        for (rowid,) in conn.execute(_RANKED, (fts_query, json.dumps(kinds), limit)):
            chosen[GROUP_OF_KIND[rowid % 8]].append(int(rowid))
    for group in sorted(set(totals) - ranked) if limit else ():
        kinds = list(KINDS_OF_GROUP[group])
        for (rowid,) in conn.execute(_LATEST, (fts_query, json.dumps(kinds), limit)):
            chosen[group].append(int(rowid))
    wanted = [rowid for rows in chosen.values() for rowid in rows]
    found: dict[int, IndexHit] = {}
    if wanted:
        marks = (HIGHLIGHT_START, HIGHLIGHT_END) * 2
        for row in conn.execute(_DETAILS, (*marks, fts_query, json.dumps(wanted))):
            found[int(row[0])] = _hit(row)
    return {
        group: GroupRows(
            group=group,
            total=totals[group],
            ranked=group in ranked,
            hits=tuple(found[r] for r in chosen[group] if r in found),
        )
        for group in sorted(totals)
    }


def _hit(row: Any) -> IndexHit:
    (rowid, kind, ref_id, client_id, level, title, title_snippet, body_snippet) = row[:8]
    (name, preferred, sensitive, status, date, start, goal_title) = row[8:]
    snippet = _best_snippet(str(kind), str(title_snippet or ""), str(body_snippet or ""))
    return IndexHit(
        rowid=int(rowid),
        kind=str(kind),
        ref_id=int(ref_id),
        client_id=None if client_id is None else int(client_id),
        level=str(level),
        title=str(title or ""),
        snippet=snippet,
        client_name=str(name or ""),
        client_preferred_name=str(preferred or ""),
        client_sensitive=bool(sensitive),
        client_status=str(status or ""),
        session_date=date,
        session_start=start,
        goal_title=str(goal_title or ""),
    )


def _best_snippet(kind: str, title: str, body: str) -> str:
    """The body's snippet where it matched, else the title's; a client's is always the body
    (its title is the name, which the screen shows in its own way)."""
    if kind == "client" or HIGHLIGHT_START in body or HIGHLIGHT_START not in title:
        return body
    return title
