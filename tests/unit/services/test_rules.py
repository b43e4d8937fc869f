"""Every service rule: what is accepted, what is refused, and that a refusal saves nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import (
    ClientStatus,
    EngagementKind,
    EngagementStatus,
    Funding,
    GoalStatus,
    SessionStatus,
    VatRegime,
)
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    PayerDraft,
    SessionDraft,
)

TODAY = dt.date.today()
START = dt.date(2026, 1, 5)


def engagement(pf: PracticeFile, funding: Funding = Funding.CLIENT_PAID, **extra: object):  # type: ignore[no-untyped-def]
    client = pf.clients.create(ClientDraft(name="Anna de Jong"))
    return pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.PERSONAL_GROWTH,
            funding=funding,
            start_date=START,
            **extra,
        )
    )  # type: ignore[arg-type]


def count(pf: PracticeFile, table: str) -> int:
    with pf.transaction():
        return int(pf.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- practice ---------------------------------------------------------------------------------
def test_practice_details_round_trip_and_iban_normalised(practice: PracticeFile) -> None:
    details = dataclasses.replace(
        practice.practice.get(),
        name="Praktijk “De Brug” & Zn.",
        iban="nl91 abna 0417 1643 00",
        vat_regime=VatRegime.KOR,
        default_rate_cents=9500,
    )
    saved = practice.practice.update(details)
    assert saved.name == "Praktijk “De Brug” & Zn."
    assert saved.iban == "NL91ABNA0417164300"
    assert saved.vat_regime is VatRegime.KOR
    with pytest.raises(ValidationError) as caught:
        practice.practice.update(dataclasses.replace(saved, email="not-an-address"))
    assert caught.value.field == "email"
    assert practice.practice.get().email == ""


# -- clients ----------------------------------------------------------------------------------
def test_client_create_edit_archive_and_odd_characters(practice: PracticeFile) -> None:
    name = 'Zoë "Z" O\'Brien-Şahin <b>&amp;</b> 🙂'
    client = practice.clients.create(
        ClientDraft(
            name=f"  {name} ",
            email="zoe@example.nl",
            tags=("PG", " loopbaan ", "PG"),
            consent_date=TODAY,
            consent_scope="voortgangsbrief aan werkgever",
        )
    )
    assert client.name == name  # trimmed, otherwise exact
    assert client.tags == ("PG", "loopbaan")
    assert practice.clients.get(client.id) == client
    edited = practice.clients.update(
        client.id, dataclasses.replace(client, status=ClientStatus.ACTIVE, sensitive=True)
    )
    assert edited.status is ClientStatus.ACTIVE
    assert edited.display_name == "Z.Z.O.B."  # initials only; the emoji has no letter
    assert practice.clients.list_rows()[0].display_name == "Z.Z.O.B."
    assert practice.clients.archive(client.id).status is ClientStatus.ARCHIVED


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ClientDraft(name="   "), "name"),
        (ClientDraft(name="A", email="a@b"), "email"),
        (ClientDraft(name="A", consent_date=TODAY + dt.timedelta(days=1)), "consent_date"),
        (ClientDraft(name="A", status="gone"), "status"),  # type: ignore[arg-type]
        (ClientDraft(name="A", language="de"), "language"),  # type: ignore[arg-type]
    ],
)
def test_invalid_client_refused_and_nothing_saved(
    practice: PracticeFile, draft: ClientDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        practice.clients.create(draft)
    assert caught.value.field == field
    assert caught.value.text("nl") != caught.value.text("en")
    assert count(practice, "client") == 0


def test_unknown_client_and_payer(practice: PracticeFile) -> None:
    with pytest.raises(NotFoundError):
        practice.clients.get(999)
    with pytest.raises(NotFoundError):
        practice.clients.create(ClientDraft(name="A", payer_id=42))
    assert count(practice, "client") == 0


def test_client_list_rows_show_initials_and_dates(practice: PracticeFile) -> None:
    eng = engagement(practice, cadence_weeks=2)
    practice.clients.update(
        eng.client_id, dataclasses.replace(practice.clients.get(eng.client_id), sensitive=True)
    )
    for day, status in (
        (-20, SessionStatus.HELD),
        (-6, SessionStatus.HELD),
        (-3, SessionStatus.CANCELLED),
        (8, SessionStatus.PLANNED),
        (22, SessionStatus.PLANNED),
    ):
        practice.sessions.create(
            SessionDraft(engagement_id=eng.id, date=TODAY + dt.timedelta(days=day), status=status)
        )
    (row,) = practice.clients.list_rows()
    assert row.display_name == "A.J."
    assert row.engagement_kind is EngagementKind.PERSONAL_GROWTH
    assert row.funding is Funding.CLIENT_PAID
    assert row.last_session == TODAY - dt.timedelta(days=6)
    assert row.next_session == TODAY + dt.timedelta(days=8)
    assert [r.id for r in practice.clients.search_rows("jong")] == [row.id]
    assert practice.clients.search_rows("zzz") == []


# -- payers and engagements -------------------------------------------------------------------
def test_payer_paid_engagement_needs_a_payer_and_takes_the_clients(practice: PracticeFile) -> None:
    payer = practice.payers.create(PayerDraft(name="Tom & Jerry BV", reference="PO 2026/17"))
    assert practice.payers.list() == [payer]
    lone = practice.clients.create(ClientDraft(name="Bert"))
    with pytest.raises(ValidationError) as caught:
        practice.engagements.create(
            EngagementDraft(
                client_id=lone.id,
                kind=EngagementKind.CAREER,
                funding=Funding.PAYER_PAID,
                start_date=START,
            )
        )
    assert caught.value.field == "payer_id"
    employed = practice.clients.create(ClientDraft(name="Carla", payer_id=payer.id))
    eng = practice.engagements.create(
        EngagementDraft(
            client_id=employed.id,
            kind=EngagementKind.CAREER,
            funding=Funding.PAYER_PAID,
            start_date=START,
        )
    )
    assert eng.payer_id == payer.id
    with pytest.raises(ValidationError):
        practice.engagements.create(
            EngagementDraft(
                client_id=lone.id,
                kind=EngagementKind.CAREER,
                funding=Funding.PRO_BONO,
                start_date=START,
                payer_id=payer.id,
            )
        )
    assert practice.payers.archive(payer.id).archived
    assert practice.payers.list() == []


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"end_date": START - dt.timedelta(days=1)}, "end_date"),
        ({"rate_cents": -1}, "rate_cents"),
        ({"planned_sessions": -2}, "planned_sessions"),
        ({"cadence_weeks": 0}, "cadence_weeks"),
    ],
)
def test_invalid_engagement_refused(
    practice: PracticeFile, extra: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        engagement(practice, **extra)
    assert caught.value.field == field
    assert count(practice, "engagement") == 0


def test_engagement_counts_held_sessions_and_archives(practice: PracticeFile) -> None:
    eng = engagement(practice, planned_sessions=8)
    for status in (SessionStatus.HELD, SessionStatus.HELD, SessionStatus.NO_SHOW):
        practice.sessions.create(SessionDraft(engagement_id=eng.id, date=START, status=status))
    assert practice.engagements.get(eng.id).sessions_held == 2
    assert practice.engagements.archive(eng.id).status is EngagementStatus.ARCHIVED
    assert [e.id for e in practice.engagements.for_client(eng.client_id)] == [eng.id]


def test_no_new_work_on_an_archived_client(practice: PracticeFile) -> None:
    eng = engagement(practice)
    practice.clients.archive(eng.client_id)
    with pytest.raises(ValidationError) as caught:
        practice.sessions.create(SessionDraft(engagement_id=eng.id, date=START))
    assert "archived" in caught.value.text("en")
    assert "gearchiveerd" in caught.value.text("nl")
    with pytest.raises(ValidationError):
        practice.goals.create(GoalDraft(engagement_id=eng.id, title="X"))
    with pytest.raises(ValidationError):
        practice.engagements.create(dataclasses.replace(eng, start_date=START))
    assert count(practice, "session") == 0


# -- goals, scores, actions -------------------------------------------------------------------
def test_scores_0_to_10_one_per_session_and_actions(practice: PracticeFile) -> None:
    eng = engagement(practice)
    goal = practice.goals.create(GoalDraft(engagement_id=eng.id, title="Grenzen aangeven"))
    session = practice.sessions.create(
        SessionDraft(engagement_id=eng.id, date=START, status=SessionStatus.HELD)
    )
    for bad in (-1, 11, 7.5, True):
        with pytest.raises(ValidationError) as caught:
            practice.goals.record_score(goal.id, bad, START)  # type: ignore[arg-type]
        assert caught.value.field == "score"
    practice.goals.record_score(goal.id, 4, START, session.id)
    practice.goals.record_score(goal.id, 5, START, session.id)  # corrected at the same session
    practice.goals.record_score(goal.id, 0, START + dt.timedelta(days=14))
    practice.goals.record_score(goal.id, 10, START + dt.timedelta(days=28))
    assert [s.score for s in practice.goals.get(goal.id).scores] == [5, 0, 10]
    action = practice.goals.add_action(goal.id, "Nee zeggen oefenen", START)
    assert practice.goals.set_action_done(action.id, True).done
    with pytest.raises(ValidationError):
        practice.goals.add_action(goal.id, "   ")
    updated = practice.goals.update(
        goal.id, dataclasses.replace(practice.goals.get(goal.id), status=GoalStatus.ACHIEVED)
    )
    assert updated.status is GoalStatus.ACHIEVED
    assert practice.goals.archive(goal.id).archived
    assert practice.goals.for_engagement(eng.id) == []


def test_score_from_another_engagements_session_refused(practice: PracticeFile) -> None:
    first, second = engagement(practice), engagement(practice)
    goal = practice.goals.create(GoalDraft(engagement_id=first.id, title="A"))
    other = practice.sessions.create(SessionDraft(engagement_id=second.id, date=START))
    with pytest.raises(ValidationError):
        practice.goals.record_score(goal.id, 5, START, other.id)
    assert practice.goals.get(goal.id).scores == ()


# -- sessions ---------------------------------------------------------------------------------
def test_session_rules(practice: PracticeFile) -> None:
    eng = engagement(practice, funding=Funding.PRO_BONO)
    session = practice.sessions.create(
        SessionDraft(
            engagement_id=eng.id,
            date=START,
            start_time=dt.time(9, 30),
            billable=True,
            status=SessionStatus.HELD,
            confidentiality=Confidentiality.PRIVATE,
            summary="Over <script>alert(1)</script> & meer",
        )
    )
    assert session.billable is False  # pro bono is never billable
    assert session.start_time == dt.time(9, 30)
    assert practice.sessions.get(session.id) == session
    with pytest.raises(ValidationError) as caught:
        practice.sessions.create(
            SessionDraft(
                engagement_id=eng.id, date=TODAY + dt.timedelta(days=3), status=SessionStatus.HELD
            )
        )
    assert caught.value.field == "status"
    for minutes in (0, 2000):
        with pytest.raises(ValidationError):
            practice.sessions.create(
                SessionDraft(engagement_id=eng.id, date=START, duration_minutes=minutes)
            )
    with pytest.raises(NotFoundError):
        practice.sessions.create(SessionDraft(engagement_id=999, date=START))
    later = practice.sessions.create(
        SessionDraft(engagement_id=eng.id, date=START + dt.timedelta(7))
    )
    assert [s.id for s in practice.sessions.for_client(eng.client_id)] == [later.id, session.id]
    assert count(practice, "session") == 2


def test_plain_strings_get_the_same_rules_as_enums(practice: PracticeFile) -> None:
    eng = engagement(practice)
    with pytest.raises(ValidationError) as caught:
        practice.sessions.create(
            SessionDraft(engagement_id=eng.id, date=TODAY + dt.timedelta(days=30), status="held")
        )  # type: ignore[arg-type]
    assert caught.value.field == "status"
    assert count(practice, "session") == 0


def test_errors_name_a_sensitive_client_by_initials(practice: PracticeFile) -> None:
    client = practice.clients.create(ClientDraft(name="Ülkü Şahin", sensitive=True))
    practice.clients.archive(client.id)
    with pytest.raises(ValidationError) as caught:
        practice.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.CAREER,
                funding=Funding.PRO_BONO,
                start_date=START,
            )
        )
    for language in ("en", "nl"):
        assert "Şahin" not in caught.value.text(language)
        assert "Ü.Ş." in caught.value.text(language)


def test_action_from_another_engagements_session_refused(practice: PracticeFile) -> None:
    first, second = engagement(practice), engagement(practice)
    goal = practice.goals.create(GoalDraft(engagement_id=first.id, title="A"))
    other = practice.sessions.create(SessionDraft(engagement_id=second.id, date=START))
    with pytest.raises(ValidationError) as caught:
        practice.goals.add_action(goal.id, "Iets doen", session_id=other.id)
    assert caught.value.field == "session_id"
    assert practice.goals.get(goal.id).actions == ()


def test_not_found_names_the_thing_in_the_users_language() -> None:
    from mentordesk.errors import NotFoundError

    error = NotFoundError(what="Action item", ident=7)
    assert error.text("nl") == "Actie 7 is niet gevonden. Misschien is het verwijderd."
    assert error.text("en") == "Action item 7 was not found. It may have been removed."
