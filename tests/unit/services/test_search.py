"""SearchService: every kind found, grouped; safe queries; masks flagged; initials for sensitive."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding, SessionStatus
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, SessionDraft
from mentordesk.services.search import (
    SearchGroup,
    SearchKind,
    SearchService,
    fts_query,
    name_redactor,
    split_highlights,
)

TODAY = dt.date.today()


@dataclass(frozen=True)
class Ids:
    jose: int
    ulku: int
    ada: int
    goal: int
    action: int
    normal_session: int
    confidential_session: int


def _fill(pf: PracticeFile) -> Ids:
    jose = pf.clients.create(
        ClientDraft(name="José Álvarez", email="jose@example.org", tags=("loopbaan",))
    )
    ulku = pf.clients.create(ClientDraft(name="Ülkü Şahin", preferred_name="Uli", sensitive=True))
    ada = pf.clients.create(ClientDraft(name="Ada Lovelace", notes="Rekenmachine fan"))
    work = pf.engagements.create(
        EngagementDraft(
            client_id=jose.id,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            start_date=TODAY - dt.timedelta(days=90),
        )
    )
    growth = pf.engagements.create(
        EngagementDraft(
            client_id=ulku.id,
            kind=EngagementKind.PERSONAL_GROWTH,
            funding=Funding.PRO_BONO,
            start_date=TODAY - dt.timedelta(days=90),
        )
    )
    ada_work = pf.engagements.create(
        EngagementDraft(
            client_id=ada.id,
            kind=EngagementKind.OTHER,
            funding=Funding.CLIENT_PAID,
            start_date=TODAY - dt.timedelta(days=90),
        )
    )
    goal = pf.goals.create(
        GoalDraft(engagement_id=work.id, title="Zingeving vinden", description="Waarden ordenen")
    )
    action = pf.goals.add_action(goal.id, "Waardenkaart invullen")
    normal = pf.sessions.create(
        SessionDraft(
            engagement_id=work.id,
            date=TODAY - dt.timedelta(days=14),
            status=SessionStatus.HELD,
            topics="netwerken",
            summary="Gesprek over de leidinggevende en het netwerk",
        )
    )
    confidential = pf.sessions.create(
        SessionDraft(
            engagement_id=growth.id,
            date=TODAY - dt.timedelta(days=7),
            status=SessionStatus.HELD,
            summary="Ülkü vertelde over de scheiding en de schulden",
            private_notes="vermoedelijk overbelast; Şahin wil geen verwijzing",
            confidentiality=Confidentiality.CONFIDENTIAL,
        )
    )
    pf.goals.create(GoalDraft(engagement_id=ada_work.id, title="Analytische machine afronden"))
    pf.clients.archive(ada.id)
    return Ids(jose.id, ulku.id, ada.id, goal.id, action.id, normal.id, confidential.id)


@pytest.fixture
def ids(practice: PracticeFile) -> Ids:
    return _fill(practice)


def test_each_kind_is_found_in_its_group(practice: PracticeFile, ids: Ids) -> None:
    search = SearchService(practice).search

    clients = search("alvarez").group(SearchGroup.CLIENTS)
    assert [(h.kind, h.ref_id, h.client_id) for h in clients.hits] == [
        (SearchKind.CLIENT, ids.jose, ids.jose)
    ]
    assert clients.total == 1
    assert clients.hits[0].title == "José Álvarez"

    goals = search("zingeving").group(SearchGroup.GOALS)
    assert [(h.kind, h.ref_id, h.client_id) for h in goals.hits] == [
        (SearchKind.GOAL, ids.goal, ids.jose)
    ]

    actions = search("waardenkaart").group(SearchGroup.ACTIONS)
    assert [(h.kind, h.ref_id, h.client_id) for h in actions.hits] == [
        (SearchKind.ACTION, ids.action, ids.jose)
    ]
    assert actions.hits[0].context == "Zingeving vinden"  # the goal the action belongs to

    sessions = search("leidinggevende").group(SearchGroup.SESSIONS)
    [session] = sessions.hits
    assert (session.kind, session.ref_id, session.client_id) == (
        SearchKind.SESSION,
        ids.normal_session,
        ids.jose,
    )
    assert session.date == TODAY - dt.timedelta(days=14)
    assert session.title == "netwerken"
    assert session.opens_session and not session.maskable

    private = search("overbelast").group(SearchGroup.SESSIONS)
    [note] = private.hits
    assert note.kind is SearchKind.PRIVATE_NOTES
    assert note.ref_id == ids.confidential_session
    assert note.opens_session


def test_results_are_grouped_in_a_fixed_order_with_counts(practice: PracticeFile, ids: Ids) -> None:
    # "waard*" is in a goal's description, an action item's text; "netwerk*" in a session
    results = SearchService(practice).search("waard")
    assert [g.group for g in results.groups] == list(SearchGroup)
    counts = {g.group: (g.total, len(g.hits)) for g in results.groups}
    assert counts == {
        SearchGroup.CLIENTS: (0, 0),
        SearchGroup.GOALS: (1, 1),
        SearchGroup.ACTIONS: (1, 1),
        SearchGroup.SESSIONS: (0, 0),
    }
    assert results.total == 2
    assert {h.group for h in results.hits} == {SearchGroup.GOALS, SearchGroup.ACTIONS}


def test_limit_per_kind_cuts_hits_but_not_the_total(practice: PracticeFile) -> None:
    for n in range(5):
        practice.clients.create(ClientDraft(name=f"Jansen {n}", notes="mentorschap"))
    results = SearchService(practice).search("mentorschap", limit_per_kind=3)
    clients = results.group(SearchGroup.CLIENTS)
    assert clients.total == 5
    assert len(clients.hits) == 3
    assert len({h.ref_id for h in clients.hits}) == 3


def test_diacritics_and_case_are_ignored_both_ways(practice: PracticeFile, ids: Ids) -> None:
    search = SearchService(practice).search
    for text in ("jose", "JOSÉ", "José", "álvarez", "ALVAR"):
        found = [h.ref_id for h in search(text).group(SearchGroup.CLIENTS).hits]
        assert found == [ids.jose], text


def test_last_word_is_a_prefix_unless_followed_by_a_space(practice: PracticeFile, ids: Ids) -> None:
    search = SearchService(practice).search
    assert [h.ref_id for h in search("leidingg").hits] == [ids.normal_session]
    assert search("leidingg ").hits == ()  # a finished word matches whole words only
    assert [h.ref_id for h in search("gesprek leiding").hits] == [ids.normal_session]


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "jose*",
        "-jose",
        "NOT jose",
        "jose AND",
        "OR",
        "NEAR(jose álvarez)",
        "title:jose",
        "(jose",
        ")",
        "^jose",
        "jose + álvarez",
        "{title body}: jose",
        "'",
        "\\",
        "jose\x00",
        "💥",
        "x" * 5_000,
        " ".join(["jose"] * 100),
    ],
)
def test_fts_syntax_in_the_input_never_raises(practice: PracticeFile, ids: Ids, text: str) -> None:
    results = SearchService(practice).search(text)
    assert results.text == text
    assert all(h.client_id == ids.jose for h in results.hits)


def test_fts_syntax_characters_are_searched_literally(practice: PracticeFile, ids: Ids) -> None:
    search = SearchService(practice).search
    # NOT would exclude José in FTS5 syntax; quoted, it is a word that is not in the file
    assert search("jose NOT").hits == ()
    assert search("NOT jose").hits == ()
    # OR would find Ada or José; literally, no entry holds both words and "or"
    assert search("jose OR lovelace").hits == ()
    # a column filter is not one: "title:" is no column name here, just words
    assert search("title:jose").hits == ()
    # a minus or a star inside a word is a separator, as in the index
    assert [h.ref_id for h in search("*jose*").hits] == [ids.jose]
    assert [h.ref_id for h in search("-álvarez").hits] == [ids.jose]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('say "hi" NEAR(x)') == '"say" """hi""" "NEAR(x)"*'
    assert fts_query("jose ") == '"jose"'
    assert fts_query("de v") == '"de" "v"'  # one letter: no prefix (it would match too much)
    assert fts_query("  ") is None
    assert fts_query("") is None
    assert fts_query("- * ( ) :") is None


def test_empty_or_blank_text_finds_nothing(practice: PracticeFile, ids: Ids) -> None:
    for text in ("", "   ", "\t\n", "--", '""'):
        results = SearchService(practice).search(text)
        assert results.total == 0 and results.hits == ()


def test_confidential_and_private_hits_come_back_flagged(practice: PracticeFile, ids: Ids) -> None:
    search = SearchService(practice).search
    [confidential] = search("scheiding").hits
    assert confidential.kind is SearchKind.SESSION
    assert confidential.level is Confidentiality.CONFIDENTIAL
    assert confidential.maskable
    [private] = search("overbelast").hits
    assert private.level is Confidentiality.PRIVATE
    assert private.maskable
    [normal] = search("leidinggevende").hits
    assert normal.level is Confidentiality.NORMAL
    assert not normal.maskable


def test_a_sensitive_clients_name_never_appears_in_a_hit(practice: PracticeFile, ids: Ids) -> None:
    search = SearchService(practice).search
    hits = [*search("sahin").hits, *search("scheiding").hits, *search("overbelast").hits]
    assert {h.client_id for h in hits} == {ids.ulku}
    client_hit = next(h for h in hits if h.kind is SearchKind.CLIENT)
    assert client_hit.title == "Ü.Ş." and client_hit.client_name == "Ü.Ş."
    for hit in hits:
        shown = " ".join((hit.title, hit.snippet, hit.client_name, hit.context))
        for word in ("Ülkü", "Şahin", "Ulku", "Sahin", "Uli"):
            assert word.casefold() not in shown.casefold(), (word, hit)
        assert hit.client_sensitive
    scheiding = next(h for h in hits if "scheiding" in h.snippet)
    assert scheiding.snippet.startswith("Ü. vertelde")


def test_archived_clients_are_still_found_and_say_so(practice: PracticeFile, ids: Ids) -> None:
    search = SearchService(practice).search
    [client] = search("lovelace").group(SearchGroup.CLIENTS).hits
    assert client.ref_id == ids.ada and client.client_archived
    [goal] = search("analytische").hits
    assert goal.client_id == ids.ada and goal.client_archived
    assert practice.clients.get(ids.ada).status is ClientStatus.ARCHIVED
    [active] = search("alvarez").hits
    assert not active.client_archived


def test_snippets_mark_the_matches(practice: PracticeFile, ids: Ids) -> None:
    [hit] = SearchService(practice).search("leidinggevende").hits
    assert "leidinggevende" in hit.snippet
    [(start, end)] = hit.highlights
    assert hit.snippet[start:end] == "leidinggevende"


def test_edits_show_up_in_the_next_search(practice: PracticeFile, ids: Ids) -> None:
    from dataclasses import replace

    search = SearchService(practice).search
    session = practice.sessions.get(ids.normal_session)
    practice.sessions.update(session.id, replace(session, summary="Over promotie gesproken"))
    assert search("leidinggevende").hits == ()
    assert [h.ref_id for h in search("promotie").hits] == [ids.normal_session]


def test_split_highlights_and_name_redactor() -> None:
    text, spans = split_highlights("a \ue000bc\ue001 d \ue000e\ue001")
    assert text == "a bc d e"
    assert spans == ((2, 4), (7, 8))
    redact = name_redactor("Ülkü van Şahin", "Uli")
    assert redact("ulku.sahin@example.org, ÜLKÜ and Uli met van Dam") == (
        "U..S.@example.org, Ü. and U. met van Dam"
    )


def test_an_invalid_index_query_answers_nothing(practice: PracticeFile, ids: Ids) -> None:
    """The store's last line of defence, should a bad query ever get through."""
    from mentordesk.store import search_queries

    for query in ('"unterminated', "NEAR(", "AND", "nosuchcolumn: x"):
        assert search_queries.search(practice.connection, query, 5) == {}


def test_hits_are_ranked_by_bm25_title_first(practice: PracticeFile, ids: Ids) -> None:
    [engagement] = practice.engagements.for_client(ids.jose)
    long_text = "Over werk en thuis, en soms over conflicten met de buren. " * 5
    in_body = practice.goals.create(
        GoalDraft(engagement_id=engagement.id, title="Rust vinden", description=long_text)
    )
    in_title = practice.goals.create(
        GoalDraft(engagement_id=engagement.id, title="Conflicten hanteren")
    )
    hits = SearchService(practice).search("conflicten").group(SearchGroup.GOALS).hits
    assert [h.ref_id for h in hits] == [in_title.id, in_body.id]


def test_a_group_with_too_many_matches_shows_the_latest_added(practice: PracticeFile) -> None:
    from mentordesk.store import search_queries

    made = [practice.clients.create(ClientDraft(name=f"Visser {n}")).id for n in range(4)]
    found = search_queries.search(practice.connection, '"visser"', 2, rank_cap=3)
    clients = found[1]
    assert (clients.total, clients.ranked) == (4, False)
    assert [h.ref_id for h in clients.hits] == [made[3], made[2]]
    ranked = search_queries.search(practice.connection, '"visser"', 2, rank_cap=4)[1]
    assert ranked.ranked and len(ranked.hits) == 2
