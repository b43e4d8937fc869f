"""The dashboard lists: each has a case that belongs on it and cases that do not."""

from __future__ import annotations

import datetime as dt

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import (
    ClientStatus,
    EngagementKind,
    EngagementStatus,
    Funding,
    SessionStatus,
)
from mentordesk.services.agenda import monday_of
from mentordesk.services.dashboard import DashboardService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    PayerDraft,
    SessionDraft,
)

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
HELD = SessionStatus.HELD


def client(
    pf: PracticeFile,
    name: str,
    *,
    status: ClientStatus = ClientStatus.ACTIVE,
    sensitive: bool = False,
) -> int:
    return pf.clients.create(ClientDraft(name=name, status=status, sensitive=sensitive)).id


def engagement(
    pf: PracticeFile,
    client_id: int,
    funding: Funding = Funding.CLIENT_PAID,
    status: EngagementStatus = EngagementStatus.ACTIVE,
) -> int:
    return pf.engagements.create(
        EngagementDraft(
            client_id=client_id,
            kind=EngagementKind.CAREER,
            funding=funding,
            start_date=dt.date(TODAY.year - 3, 1, 1),
            status=status,
        )
    ).id


def session(pf: PracticeFile, engagement_id: int, day: dt.date, **extra: object) -> int:
    draft = SessionDraft(engagement_id=engagement_id, date=day, **extra)  # type: ignore[arg-type]
    return pf.sessions.create(draft).id


# -- this week --------------------------------------------------------------------------------
def test_this_week_holds_this_weeks_sessions_only(practice: PracticeFile) -> None:
    eid = engagement(practice, client(practice, "Anna de Vries"))
    monday = monday_of(TODAY)
    inside = session(practice, eid, monday + 6 * DAY, start_time=dt.time(9, 0))
    also = session(practice, eid, monday, status=SessionStatus.CANCELLED)
    next_week = session(practice, eid, monday + 7 * DAY)
    last_week = session(practice, eid, monday - DAY)
    board = DashboardService(practice).load(TODAY)
    ids = [s.session_id for s in board.this_week]
    assert ids == [also, inside]
    assert next_week not in ids and last_week not in ids
    assert board.week_start == monday


# -- held, no summary yet ---------------------------------------------------------------------
def test_held_without_summary(practice: PracticeFile) -> None:
    eid = engagement(practice, client(practice, "Anna de Vries"))
    unwritten_old = session(practice, eid, TODAY - 80 * DAY, status=HELD)
    unwritten_new = session(practice, eid, TODAY - 2 * DAY, status=HELD, topics="Only topics")
    written = session(practice, eid, TODAY - 3 * DAY, status=HELD, summary="We talked.")
    too_old = session(practice, eid, TODAY - 120 * DAY, status=HELD)
    not_held = session(practice, eid, TODAY - 4 * DAY, status=SessionStatus.NO_SHOW)
    planned = session(practice, eid, TODAY + 4 * DAY)
    board = DashboardService(practice).load(TODAY)
    ids = [s.session_id for s in board.held_without_summary]
    assert ids == [unwritten_new, unwritten_old]  # newest first
    for absent in (written, too_old, not_held, planned):
        assert absent not in ids


# -- active clients without a next session ----------------------------------------------------
def test_active_clients_with_no_next_session(practice: PracticeFile) -> None:
    waiting = client(practice, "Wachtend Wim")
    eid = engagement(practice, waiting)
    session(practice, eid, TODAY - 14 * DAY, status=HELD)
    session(practice, eid, TODAY - 3 * DAY)  # planned, but in the past: not a next session
    never_met = client(practice, "Ülkü Şahin", sensitive=True)
    engagement(practice, never_met, Funding.PRO_BONO)

    booked = client(practice, "Geboekt Gert")
    session(practice, engagement(practice, booked), TODAY)  # planned today counts
    paused = client(practice, "Gepauzeerd Piet", status=ClientStatus.PAUSED)
    engagement(practice, paused)
    finished_work = client(practice, "Klaar Karin")
    engagement(practice, finished_work, status=EngagementStatus.COMPLETED)
    no_work = client(practice, "Zonder Traject")

    board = DashboardService(practice).load(TODAY)
    found = {c.client_id: c for c in board.idle_clients}
    assert set(found) == {waiting, never_met}
    assert [c.client_id for c in board.idle_clients] == [never_met, waiting]  # longest waiting
    assert found[waiting].last_held == TODAY - 14 * DAY
    assert found[never_met].last_held is None
    assert found[never_met].client_name == "Ü.Ş."
    for absent in (booked, paused, finished_work, no_work):
        assert absent not in found


# -- action items past due --------------------------------------------------------------------
def test_action_items_past_due(practice: PracticeFile) -> None:
    sensitive = client(practice, "Ülkü Şahin", sensitive=True)
    eid = engagement(practice, sensitive)
    goal = practice.goals.create(GoalDraft(engagement_id=eid, title="Rust vinden")).id
    late = practice.goals.add_action(goal, "Call the old manager", TODAY - 5 * DAY).id
    later = practice.goals.add_action(goal, "Write the letter", TODAY - DAY).id
    done = practice.goals.add_action(goal, "Done already", TODAY - 9 * DAY).id
    practice.goals.set_action_done(done, True)
    due_today = practice.goals.add_action(goal, "Due today", TODAY).id
    undated = practice.goals.add_action(goal, "No date").id
    closed_work = engagement(practice, sensitive, status=EngagementStatus.COMPLETED)
    old_goal = practice.goals.create(GoalDraft(engagement_id=closed_work, title="Oud")).id
    finished = practice.goals.add_action(old_goal, "From finished work", TODAY - 30 * DAY).id

    board = DashboardService(practice).load(TODAY)
    ids = [a.action_id for a in board.overdue_actions]
    assert ids == [late, later]  # oldest due date first
    for absent in (done, due_today, undated, finished):
        assert absent not in ids
    first = board.overdue_actions[0]
    assert (first.text, first.due_date) == ("Call the old manager", TODAY - 5 * DAY)
    assert (first.client_id, first.client_name, first.goal_id) == (sensitive, "Ü.Ş.", goal)


# -- hours ------------------------------------------------------------------------------------
def test_paid_and_pro_bono_hours_of_the_year_per_month(practice: PracticeFile) -> None:
    year = TODAY.year - 1  # a whole year in the past, so every session may be held
    who = client(practice, "Anna de Vries")
    paid = engagement(practice, who, Funding.CLIENT_PAID)
    pro_bono = engagement(practice, who, Funding.PRO_BONO)
    intake = engagement(practice, who, Funding.FREE_INTAKE)
    session(practice, paid, dt.date(year, 3, 2), status=HELD, duration_minutes=60)
    session(practice, paid, dt.date(year, 3, 20), status=HELD, duration_minutes=90)
    session(practice, pro_bono, dt.date(year, 3, 9), status=HELD, duration_minutes=45)
    session(practice, intake, dt.date(year, 11, 30), status=HELD, duration_minutes=30)
    # not counted: another year, not held
    session(practice, paid, dt.date(year - 1, 12, 31), status=HELD, duration_minutes=600)
    session(practice, paid, dt.date(year, 5, 5), status=SessionStatus.CANCELLED)
    session(practice, paid, dt.date(year, 5, 6), status=SessionStatus.NO_SHOW)
    session(practice, paid, dt.date(year, 5, 7))

    hours = DashboardService(practice).load(dt.date(year, 12, 31)).hours
    assert hours.year == year
    assert (hours.paid_minutes, hours.pro_bono_minutes) == (150, 75)
    assert (hours.paid_sessions, hours.pro_bono_sessions) == (2, 2)
    assert len(hours.months) == 12
    march, november, may = hours.months[2], hours.months[10], hours.months[4]
    assert (march.month, march.paid_minutes, march.pro_bono_minutes) == (3, 150, 45)
    assert (november.paid_minutes, november.pro_bono_minutes) == (0, 30)
    assert (may.paid_minutes, may.pro_bono_minutes) == (0, 0)


def test_payer_paid_counts_as_paid(practice: PracticeFile) -> None:
    payer = practice.payers.create(PayerDraft(name="Havenbedrijf"))
    who = client(practice, "Jan Janssen")
    eid = practice.engagements.create(
        EngagementDraft(
            client_id=who,
            kind=EngagementKind.CAREER,
            funding=Funding.PAYER_PAID,
            payer_id=payer.id,
            start_date=TODAY - 30 * DAY,
        )
    ).id
    session(practice, eid, TODAY, status=HELD, duration_minutes=75)
    hours = DashboardService(practice).load(TODAY).hours
    assert (hours.paid_minutes, hours.pro_bono_minutes) == (75, 0)
    assert hours.months[TODAY.month - 1].paid_minutes == 75


# -- privacy ----------------------------------------------------------------------------------
def test_dashboard_carries_no_note_content(practice: PracticeFile) -> None:
    eid = engagement(practice, client(practice, "Ülkü Şahin", sensitive=True))
    secrets = {
        "topics": "TOPIC-Zwaluw",
        "private_notes": "PRIVATE-Merel",
        "agreed_actions": "ACTION-Mees",
        "place": "PLACE-Vinkenlaan",
    }
    session(
        practice,
        eid,
        TODAY,
        status=HELD,
        confidentiality=Confidentiality.PRIVATE,
        **secrets,  # type: ignore[arg-type]
    )
    session(practice, eid, TODAY - DAY, status=HELD, summary="SUMMARY-Koolmees")
    board = DashboardService(practice).load(TODAY)
    assert board.held_without_summary and board.this_week
    text = repr(board)
    for secret in [*secrets.values(), "SUMMARY-Koolmees", "Şahin", "Ülkü"]:
        assert secret not in text
