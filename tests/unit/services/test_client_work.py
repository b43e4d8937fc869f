"""What the client page loads in one go, and a goal saved with its actions as one change."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.domain.enums import EngagementKind, Funding, GoalStatus, SessionStatus
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.goals import ActionEdit
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, SessionDraft

START = dt.date(2026, 1, 5)


def count(pf: PracticeFile, table: str) -> int:
    with pf.transaction():
        return int(pf.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def two_engagements(pf: PracticeFile) -> tuple[int, int, int]:
    client = pf.clients.create(ClientDraft(name="Koendjbiharie & Zn."))
    first, second = (
        pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=kind,
                funding=Funding.CLIENT_PAID,
                start_date=START + dt.timedelta(days=offset),
                planned_sessions=8,
            )
        )
        for kind, offset in ((EngagementKind.CAREER, 0), (EngagementKind.PERSONAL_GROWTH, 30))
    )
    return client.id, first.id, second.id


def test_engagements_of_a_client_count_their_own_held_sessions(practice: PracticeFile) -> None:
    client_id, first, second = two_engagements(practice)
    other_client, other, _ = two_engagements(practice)
    plan = {
        first: [SessionStatus.HELD, SessionStatus.HELD, SessionStatus.CANCELLED],
        second: [SessionStatus.HELD, SessionStatus.NO_SHOW, SessionStatus.PLANNED],
        other: [SessionStatus.HELD] * 4,
    }
    for engagement_id, statuses in plan.items():
        for status in statuses:
            practice.sessions.create(
                SessionDraft(engagement_id=engagement_id, date=START, status=status)
            )
    listed = practice.engagements.for_client(client_id)
    assert [(e.id, e.sessions_held) for e in listed] == [(second, 1), (first, 2)]
    assert all(e.sessions_held == practice.engagements.get(e.id).sessions_held for e in listed)
    assert [e.sessions_held for e in practice.engagements.for_client(other_client)] == [0, 4]


def test_goals_of_a_client_by_engagement_with_scores_and_actions(practice: PracticeFile) -> None:
    client_id, first, second = two_engagements(practice)
    goal_a = practice.goals.create(GoalDraft(engagement_id=first, title="A"))
    goal_b = practice.goals.create(GoalDraft(engagement_id=first, title="B"))
    goal_c = practice.goals.create(GoalDraft(engagement_id=second, title="C"))
    gone = practice.goals.create(GoalDraft(engagement_id=second, title="gone"))
    practice.goals.archive(gone.id)
    practice.goals.record_score(goal_a.id, 6, START + dt.timedelta(days=14))
    practice.goals.record_score(goal_a.id, 3, START)
    practice.goals.record_score(goal_c.id, 9, START)
    practice.goals.add_action(goal_b.id, "later", START + dt.timedelta(days=9))
    practice.goals.add_action(goal_b.id, "no date")
    practice.goals.add_action(goal_b.id, "sooner", START)

    found = practice.goals.for_client(client_id)
    assert sorted(found) == [first, second]
    assert [g.title for g in found[first]] == ["A", "B"]
    assert [g.title for g in found[second]] == ["C"]
    assert [s.score for s in found[first][0].scores] == [3, 6]  # by date
    assert [a.text for a in found[first][1].actions] == ["sooner", "later", "no date"]
    assert found[first] == practice.goals.for_engagement(first)
    assert [
        g.title for g in practice.goals.for_client(client_id, include_archived=True)[second]
    ] == [
        "C",
        "gone",
    ]
    assert practice.goals.for_client(two_engagements(practice)[0]) == {}


def test_goal_and_actions_saved_together(practice: PracticeFile) -> None:
    _client, first, _second = two_engagements(practice)
    goal = practice.goals.save(
        None,
        GoalDraft(engagement_id=first, title="Grenzen aangeven", status=GoalStatus.IN_PROGRESS),
        [
            ActionEdit("Nee zeggen oefenen", START),
            ActionEdit("Dagboek bijhouden", done=True),
            ActionEdit("dropped before saving", remove=True),
        ],
    )
    assert goal.status is GoalStatus.IN_PROGRESS
    assert [(a.text, a.due_date, a.done) for a in goal.actions] == [
        ("Nee zeggen oefenen", START, False),
        ("Dagboek bijhouden", None, True),
    ]
    practise, diary = goal.actions
    with practice.transaction():
        done_at = practice.connection.execute(
            "SELECT done_at FROM action_item WHERE id = ?", (diary.id,)
        ).fetchone()[0]
    assert done_at

    updated = practice.goals.save(
        goal.id,
        GoalDraft(engagement_id=first, title="Grenzen aangeven", status=GoalStatus.ACHIEVED),
        [
            ActionEdit("Nee zeggen oefenen, twee keer", START, done=True, id=practise.id),
            ActionEdit("", id=diary.id, remove=True),
            ActionEdit("Evalueren", START + dt.timedelta(days=7)),
        ],
    )
    assert updated.status is GoalStatus.ACHIEVED
    assert [(a.text, a.done) for a in updated.actions] == [
        ("Nee zeggen oefenen, twee keer", True),
        ("Evalueren", False),
    ]
    assert count(practice, "action_item") == 2


def test_an_empty_action_refuses_the_whole_goal(practice: PracticeFile) -> None:
    _client, first, _second = two_engagements(practice)
    with pytest.raises(ValidationError) as caught:
        practice.goals.save(
            None,
            GoalDraft(engagement_id=first, title="Rust"),
            [ActionEdit("gone", remove=True), ActionEdit("Wandelen"), ActionEdit("   ")],
        )
    assert caught.value.field == "actions"
    assert "Action 2 has no text" in caught.value.text("en")
    assert "Actie 2 heeft geen tekst" in caught.value.text("nl")
    assert count(practice, "goal") == 0
    assert count(practice, "action_item") == 0


def test_an_action_of_another_goal_is_refused_and_nothing_changes(practice: PracticeFile) -> None:
    _client, first, _second = two_engagements(practice)
    mine = practice.goals.save(None, GoalDraft(engagement_id=first, title="Mine"), [])
    theirs = practice.goals.save(
        None, GoalDraft(engagement_id=first, title="Theirs"), [ActionEdit("Their action")]
    )
    with pytest.raises(NotFoundError):
        practice.goals.save(
            mine.id,
            GoalDraft(engagement_id=first, title="Renamed"),
            [ActionEdit("stolen", id=theirs.actions[0].id)],
        )
    assert practice.goals.get(mine.id).title == "Mine"
    assert practice.goals.get(theirs.id).actions[0].text == "Their action"
