"""One search over clients, goals, action items and session notes (the FTS5 index).

``SearchService(pf).search(text)`` turns what the mentor typed into a safe FTS5 query (every
word quoted, so ``"``, ``*``, ``:``, ``-``, brackets and AND/OR/NOT/NEAR are searched as plain
text; the last word matches as a prefix), and answers with frozen records grouped by kind.

What the records hold is already fit for a list on screen, except the confidentiality mask,
which the front end applies (``level``) because the mentor may reveal one item:

- a sensitive client is named by initials (``client_name``, and the title of a client hit), and
  the words of their name are replaced by initials in every title and snippet of their hits;
- ``level`` is the entry's confidentiality: session text carries its session's level, private
  working notes are always ``private``.

The search reads without a peewee transaction (see ``store.search_queries``), so it may run on a
worker thread while the UI thread uses the file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import ClientStatus
from mentordesk.domain.names import display_name, fold
from mentordesk.store import search_queries as sq

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

DEFAULT_LIMIT = 20
MAX_QUERY_CHARS = 200
MAX_WORDS = 12
MIN_PREFIX_CHARS = 2  # a one-letter prefix would expand to thousands of words
_WORD = re.compile(r"[^\W_]+")
_NAME_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "von", "la", "le"}


class SearchKind(StrEnum):
    """What a hit is; the values are the index's ``kind`` column."""

    CLIENT = "client"
    GOAL = "goal"
    ACTION = "action"
    SESSION = "session"  # topics, summary and agreed actions
    PRIVATE_NOTES = "session_private"  # the mentor's working notes of a session


class SearchGroup(IntEnum):
    """The groups of the result, in the order the screen shows them."""

    CLIENTS = 1
    GOALS = 2
    ACTIONS = 3
    SESSIONS = 4


@dataclass(frozen=True)
class SearchHit:
    key: int  # unique per index entry (its rowid): use it to reveal this one hit
    kind: SearchKind
    ref_id: int  # client, goal, action item or session id, after ``kind``
    client_id: int
    client_name: str  # initials for a sensitive client
    client_sensitive: bool
    client_archived: bool
    title: str  # client: the display name; goal: title; action: text; session: topics
    snippet: str  # the matching stretch of text, with ``…`` where it was cut
    highlights: tuple[tuple[int, int], ...]  # (start, end) of each match inside ``snippet``
    level: Confidentiality
    date: dt.date | None = None  # sessions only
    start_time: dt.time | None = None  # sessions only
    context: str = ""  # an action item's goal

    @property
    def group(self) -> SearchGroup:
        return _GROUP_OF_KIND[self.kind]

    @property
    def maskable(self) -> bool:
        """Whether the screen hides its title and snippet until the mentor reveals it."""
        return self.level is not Confidentiality.NORMAL

    @property
    def opens_session(self) -> bool:
        """Opening the hit shows a session; otherwise the client."""
        return self.kind in (SearchKind.SESSION, SearchKind.PRIVATE_NOTES)


@dataclass(frozen=True)
class SearchGroupResult:
    group: SearchGroup
    total: int  # every match in the file; ``hits`` holds at most the limit
    hits: tuple[SearchHit, ...]
    ranked: bool = True  # False: too many matches to rank, the latest added are shown


@dataclass(frozen=True)
class SearchResults:
    text: str  # what was searched for, as typed
    groups: tuple[SearchGroupResult, ...]  # every group, in ``SearchGroup`` order

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        return tuple(h for g in self.groups for h in g.hits)

    def group(self, group: SearchGroup) -> SearchGroupResult:
        return next(g for g in self.groups if g.group is group)


_GROUP_OF_KIND = {
    SearchKind.CLIENT: SearchGroup.CLIENTS,
    SearchKind.GOAL: SearchGroup.GOALS,
    SearchKind.ACTION: SearchGroup.ACTIONS,
    SearchKind.SESSION: SearchGroup.SESSIONS,
    SearchKind.PRIVATE_NOTES: SearchGroup.SESSIONS,
}


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what the mentor typed, or None when there is nothing to search.

    Each word becomes a quoted string (``"`` doubled inside), so no character or keyword of the
    FTS5 syntax can change the meaning or raise; words without a letter or digit are dropped.
    The last word matches as a prefix, unless the text ends with a space or the word is shorter
    than ``MIN_PREFIX_CHARS``. Case and accents are ignored by the index's tokenizer.
    """
    text = unicodedata.normalize("NFC", text or "")[:MAX_QUERY_CHARS]
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)][:MAX_WORDS]
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    last_chars = sum(ch.isalnum() for ch in words[-1])
    if not text[-1].isspace() and last_chars >= MIN_PREFIX_CHARS:
        quoted[-1] += "*"
    return " ".join(quoted)


def name_redactor(name: str, preferred_name: str = "") -> Callable[[str], str]:
    """A function that replaces each word of a person's name with its initial (``Şahin`` ->
    ``Ş.``), ignoring case and accents: for texts shown about a sensitive client."""
    words = {
        fold(w)
        for w in _WORD.findall(unicodedata.normalize("NFC", f"{name} {preferred_name}"))
        if len(w) >= 2 and fold(w) not in _NAME_PARTICLES
    }

    def redact(text: str) -> str:
        if not words:
            return text
        return _WORD.sub(lambda m: m[0][0].upper() + "." if fold(m[0]) in words else m[0], text)

    return redact


def split_highlights(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text and match spans from a snippet with highlight marks."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    length = 0
    for ch in marked:
        if ch == sq.HIGHLIGHT_START:
            start = length
        elif ch == sq.HIGHLIGHT_END:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            plain.append(ch)
            length += 1
    return "".join(plain), tuple(spans)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class SearchService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def search(self, text: str, limit_per_kind: int = DEFAULT_LIMIT) -> SearchResults:
        """The best ``limit_per_kind`` hits of each group for ``text``; never raises on input."""
        query = fts_query(text)
        found = {} if query is None else sq.search(self._pf.connection, query, limit_per_kind)
        groups = []
        for group in SearchGroup:
            rows = found.get(int(group))
            if rows is None:
                groups.append(SearchGroupResult(group=group, total=0, hits=()))
                continue
            hits = tuple(h for h in (_hit(r) for r in rows.hits) if h is not None)
            groups.append(
                SearchGroupResult(group=group, total=rows.total, hits=hits, ranked=rows.ranked)
            )
        return SearchResults(text=text, groups=tuple(groups))


def _hit(row: sq.IndexHit) -> SearchHit | None:
    try:
        kind = SearchKind(row.kind)
        level = Confidentiality(row.level)
    except ValueError:
        return None  # an entry of a kind this version does not know: not shown
    sensitive = row.client_sensitive
    redact: Callable[[str], str] = (
        name_redactor(row.client_name, row.client_preferred_name) if sensitive else str
    )
    name = display_name(row.client_name, row.client_preferred_name, sensitive=sensitive)
    snippet, highlights = split_highlights(
        redact(_one_line(unicodedata.normalize("NFC", row.snippet)))
    )
    title = name if kind is SearchKind.CLIENT else redact(_one_line(row.title))
    return SearchHit(
        key=row.rowid,
        kind=kind,
        ref_id=row.ref_id,
        client_id=row.client_id or 0,
        client_name=name if row.client_name else "",
        client_sensitive=sensitive,
        client_archived=row.client_status == ClientStatus.ARCHIVED.value,
        title=title,
        snippet=snippet,
        highlights=highlights,
        level=level,
        date=dt.date.fromisoformat(row.session_date) if row.session_date else None,
        start_time=dt.time.fromisoformat(row.session_start) if row.session_start else None,
        context=redact(_one_line(row.goal_title)),
    )
