"""Saving what the session editor holds (all or nothing) and proposing the next session."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import (
    EngagementKind,
    EngagementStatus,
    Funding,
    GoalStatus,
    SessionMode,
    SessionStatus,
)
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.drafts import DraftService
from mentordesk.services.goals import GoalService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, SessionDraft
from mentordesk.services.session_work import SessionWorkService, score_field

TODAY = dt.date.today()
HELD_ON = TODAY - dt.timedelta(days=3)


def _engagement(pf: PracticeFile, funding: Funding = Funding.CLIENT_PAID, **extra: object) -> int:
    client = pf.clients.create(ClientDraft(name="José Álvarez"))
    return pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=funding,
            start_date=TODAY - dt.timedelta(days=90),
            **extra,  # type: ignore[arg-type]
        )
    ).id


def _rows(pf: PracticeFile, sql: str) -> list[tuple[object, ...]]:
    with pf.transaction():
        return list(pf.connection.execute(sql).fetchall())


def _held(eid: int, on: dt.date = HELD_ON, **extra: object) -> SessionDraft:
    return SessionDraft(engagement_id=eid, date=on, status=SessionStatus.HELD, **extra)  # type: ignore[arg-type]


def test_save_writes_session_scores_done_actions_and_drops_the_draft(
    practice: PracticeFile,
) -> None:
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    goal = practice.goals.create(GoalDraft(engagement_id=eid, title="Rust"))
    other = practice.goals.create(GoalDraft(engagement_id=eid, title="Werk"))
    action = practice.goals.add_action(goal.id, "Dagboek bijhouden")
    kept = DraftService(practice).save(eid, None, {"summary": "typed"})
    saved = work.save(
        None,
        _held(eid, summary="Goed gesprek", confidentiality=Confidentiality.CONFIDENTIAL),
        scores={goal.id: 6, other.id: None},
        done_action_ids=[action.id],
        draft_id=kept,
    )
    assert saved.session.id and saved.session.summary == "Goed gesprek"
    assert saved.scores == {goal.id: 6}
    assert _rows(practice, "SELECT done FROM action_item") == [(1,)]
    assert DraftService(practice).list_open() == []
    # again, for the same session: one score per goal per session; a cleared one goes
    moved = HELD_ON - dt.timedelta(days=1)
    again = work.save(
        saved.session.id,
        dataclasses.replace(_held(eid, on=moved), summary="Goed gesprek"),
        scores={goal.id: 7, other.id: 3},
    )
    assert again.scores == {goal.id: 7, other.id: 3}
    work.save(saved.session.id, _held(eid, on=moved), scores={other.id: None})
    assert _rows(practice, "SELECT goal_id, score, date FROM goal_score") == [
        (goal.id, 7, moved.isoformat())
    ]


def test_a_failing_part_leaves_nothing_written(
    practice: PracticeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    goal = practice.goals.create(GoalDraft(engagement_id=eid, title="Rust"))
    action = practice.goals.add_action(goal.id, "Dagboek")
    kept = DraftService(practice).save(eid, None, {"summary": "typed"})

    def broken(self: GoalService, action_id: int, done: bool) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(GoalService, "set_action_done", broken)
    with pytest.raises(OSError):
        work.save(
            None, _held(eid, summary="x"), {goal.id: 5}, done_action_ids=[action.id], draft_id=kept
        )
    monkeypatch.undo()
    assert _rows(practice, "SELECT count(*) FROM session") == [(0,)]
    assert _rows(practice, "SELECT count(*) FROM goal_score") == [(0,)]
    assert _rows(practice, "SELECT done FROM action_item") == [(0,)]
    assert [d.id for d in DraftService(practice).list_open()] == [kept]
    # an update that fails keeps the session as it was
    first = work.save(None, _held(eid, summary="before"), {goal.id: 4})
    with pytest.raises(NotFoundError):
        work.save(first.session.id, _held(eid, summary="after"), {goal.id: 9}, [424242])
    assert practice.sessions.get(first.session.id).summary == "before"
    assert _rows(practice, "SELECT score FROM goal_score") == [(4,)]


def test_refusals_name_their_field(practice: PracticeFile) -> None:
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    goal = practice.goals.create(GoalDraft(engagement_id=eid, title="Rust"))
    foreign = practice.goals.create(GoalDraft(engagement_id=_engagement(practice), title="Ander"))
    with pytest.raises(ValidationError) as caught:
        work.save(None, _held(eid), {goal.id: 11})
    assert caught.value.field == score_field(goal.id)
    assert "0 to 10" in caught.value.text("en")
    with pytest.raises(ValidationError) as caught:
        work.save(None, _held(eid), {foreign.id: 5})
    assert caught.value.field == score_field(foreign.id)
    with pytest.raises(ValidationError) as caught:
        work.save(None, _held(eid, on=TODAY + dt.timedelta(days=2)))
    assert caught.value.field == "status"
    foreign_action = practice.goals.add_action(foreign.id, "Elders")
    with pytest.raises(ValidationError) as caught:
        work.save(None, _held(eid), done_action_ids=[foreign_action.id])
    assert caught.value.field == "done_actions"
    assert _rows(practice, "SELECT count(*) FROM session") == [(0,)]


def test_billable_is_forced_off_for_pro_bono_and_free_intake(practice: PracticeFile) -> None:
    work = SessionWorkService(practice)
    for funding in (Funding.PRO_BONO, Funding.FREE_INTAKE):
        eid = _engagement(practice, funding)
        saved = work.save(None, _held(eid, billable=True))
        assert saved.session.billable is False
        assert work.context(engagement_id=eid).billable_possible is False
    assert work.context(engagement_id=_engagement(practice)).billable_possible is True


def test_context_lists_open_goals_last_scores_open_actions_and_the_previous_session(
    practice: PracticeFile,
) -> None:
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    open_goal = practice.goals.create(GoalDraft(engagement_id=eid, title="Open"))
    done_goal = practice.goals.create(
        GoalDraft(engagement_id=eid, title="Achieved", status=GoalStatus.ACHIEVED)
    )
    let_go = practice.goals.create(
        GoalDraft(engagement_id=eid, title="Let go", status=GoalStatus.LET_GO)
    )
    earlier = work.save(
        None, _held(eid, on=HELD_ON - dt.timedelta(days=14), agreed_actions="- Bel Ülkü")
    ).session
    practice.goals.record_score(open_goal.id, 3, earlier.date, earlier.id)
    now = work.save(None, _held(eid), {open_goal.id: 5, done_goal.id: 8}).session
    todo = practice.goals.add_action(open_goal.id, "Lezen", TODAY)
    done = practice.goals.add_action(open_goal.id, "Klaar")
    practice.goals.set_action_done(done.id, True)

    context = work.context(session_id=now.id)
    assert context.session == now and context.engagement.id == eid
    rows = {g.title: g for g in context.goals}
    assert set(rows) == {"Open", "Achieved"}  # achieved, but scored in this session
    assert rows["Open"].score == 5 and rows["Open"].last_score == 3
    assert rows["Open"].last_score_date == earlier.date
    assert rows["Achieved"].last_score is None
    assert [a.id for a in context.open_actions] == [todo.id]
    assert context.open_actions[0].goal_title == "Open"
    assert context.previous_held is not None and context.previous_held.id == earlier.id
    new = work.context(engagement_id=eid)
    assert new.session is None and new.previous_held is not None
    assert new.previous_held.id == now.id
    assert let_go.id not in {g.goal_id for g in new.goals}
    assert new.client_display_name == "José Álvarez"


def test_context_from_a_draft_and_a_sessions_own_draft(practice: PracticeFile) -> None:
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    session = work.save(None, _held(eid)).session
    drafts = DraftService(practice)
    kept = drafts.save(eid, session.id, {"summary": "unsaved"})
    by_session = work.context(session_id=session.id)
    assert by_session.draft is not None and by_session.draft.id == kept
    by_draft = work.context(draft_id=kept)
    assert by_draft.session == session and by_draft.draft == by_session.draft
    loose = drafts.save(eid, None, {"summary": "new"})
    fresh = work.context(draft_id=loose)
    assert fresh.session is None and fresh.engagement.id == eid
    with pytest.raises(NotFoundError):
        work.context(draft_id=loose + 100)


def test_next_session_is_proposed_from_the_cadence_and_planned_like_this_one(
    practice: PracticeFile,
) -> None:
    eid = _engagement(practice, cadence_weeks=3, planned_sessions=3)
    work = SessionWorkService(practice)
    held = work.save(
        None,
        _held(
            eid,
            start_time=dt.time(9, 30),
            duration_minutes=75,
            mode=SessionMode.WALK,
            place="Kralingse Bos",
        ),
    ).session
    proposed = work.propose_next(eid, held.date)
    assert proposed == held.date + dt.timedelta(weeks=3)
    planned = work.plan_next(held.id, proposed)
    assert planned.status is SessionStatus.PLANNED and planned.date == proposed
    assert (planned.start_time, planned.duration_minutes, planned.mode, planned.place) == (
        dt.time(9, 30),
        75,
        SessionMode.WALK,
        "Kralingse Bos",
    )
    assert planned.summary == "" and planned.billable
    # a later session is planned already: nothing more to propose
    assert work.propose_next(eid, held.date) is None
    with pytest.raises(ValidationError) as caught:
        work.plan_next(held.id, held.date)
    assert caught.value.field == "date"


def test_no_proposal_without_cadence_when_used_up_after_the_end_or_when_finished(
    practice: PracticeFile,
) -> None:
    work = SessionWorkService(practice)
    assert work.propose_next(_engagement(practice), HELD_ON) is None
    used_up = _engagement(practice, cadence_weeks=2, planned_sessions=2)
    work.save(None, _held(used_up, on=HELD_ON - dt.timedelta(days=14)))
    assert work.propose_next(used_up, HELD_ON) == HELD_ON + dt.timedelta(weeks=2)
    work.save(None, _held(used_up))
    assert work.propose_next(used_up, HELD_ON) is None
    ending = _engagement(practice, cadence_weeks=2, end_date=HELD_ON + dt.timedelta(days=10))
    assert work.propose_next(ending, HELD_ON) is None
    finished = _engagement(practice, cadence_weeks=2, status=EngagementStatus.COMPLETED)
    assert work.propose_next(finished, HELD_ON) is None


# -- saving on top of changes made elsewhere --------------------------------------------------
def test_save_applies_only_what_the_editor_changed_on_top_of_the_current_row(
    practice: PracticeFile,
) -> None:
    """The editor opened the session; the agenda marked it held; the editor saves a summary."""
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    rust = practice.goals.create(GoalDraft(engagement_id=eid, title="Rust"))
    werk = practice.goals.create(GoalDraft(engagement_id=eid, title="Werk"))
    loaded = work.save(
        None,
        SessionDraft(engagement_id=eid, date=TODAY, place="Kantoor", summary="oud"),
        {rust.id: 3, werk.id: 5},
    ).session
    base_scores = {rust.id: 3, werk.id: 5}
    # elsewhere, after the editor loaded it: held, another place, another score for "Werk"
    practice.sessions.update(
        loaded.id, dataclasses.replace(loaded, status=SessionStatus.HELD, place="Park")
    )
    practice.goals.record_score(werk.id, 8, TODAY, session_id=loaded.id)
    # the editor: only the summary and the score of "Rust" changed
    mine = dataclasses.replace(loaded, summary="nieuw")
    saved = work.save(
        loaded.id,
        mine,
        {rust.id: 4, werk.id: 5},
        base=loaded,
        base_scores=base_scores,
    )
    assert saved.session.status is SessionStatus.HELD  # not back to planned
    assert saved.session.place == "Park"
    assert saved.session.summary == "nieuw"
    assert saved.scores == {rust.id: 4, werk.id: 8}
    stored = practice.sessions.get(loaded.id)
    assert (stored.status, stored.place, stored.summary) == (SessionStatus.HELD, "Park", "nieuw")
    # a field both changed: the editor's value wins (the mentor typed it last)
    again = work.save(
        loaded.id,
        dataclasses.replace(mine, place="Thuis"),
        {rust.id: None, werk.id: 5},
        base=mine,
        base_scores={rust.id: 4, werk.id: 5},
    )
    assert again.session.place == "Thuis" and again.session.status is SessionStatus.HELD
    assert again.scores == {werk.id: 8}  # "Rust" cleared here, "Werk" untouched


def test_a_merge_that_breaks_a_rule_is_refused_and_writes_nothing(practice: PracticeFile) -> None:
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    loaded = work.save(None, SessionDraft(engagement_id=eid, date=TODAY)).session
    practice.sessions.update(loaded.id, dataclasses.replace(loaded, status=SessionStatus.HELD))
    later = dataclasses.replace(loaded, date=TODAY + dt.timedelta(days=7), summary="x")
    with pytest.raises(ValidationError) as caught:  # held (elsewhere) and in the future (here)
        work.save(loaded.id, later, base=loaded)
    assert caught.value.field == "status"
    stored = practice.sessions.get(loaded.id)
    assert (stored.date, stored.summary) == (TODAY, "")


def test_too_long_text_names_the_field_and_the_limit(practice: PracticeFile) -> None:
    eid = _engagement(practice)
    work = SessionWorkService(practice)
    with pytest.raises(ValidationError) as caught:
        work.save(None, _held(eid, summary="x" * 2_100_000))
    assert caught.value.field == "summary"
    assert caught.value.text("en") == (
        "The summary is too long: 2,100,000 characters, at most 200,000. "
        "Shorten the text to save; it stays in the editor."
    )
    assert caught.value.text("nl").startswith(
        "De samenvatting is te lang: 2.100.000 tekens, hooguit 200.000."
    )
    with pytest.raises(ValidationError) as caught:
        work.save(None, _held(eid, private_notes="y" * 200_001))
    assert caught.value.field == "private_notes"
    assert "private notes" in caught.value.text("en")
    assert _rows(practice, "SELECT count(*) FROM session") == [(0,)]


def test_an_unknown_action_item_is_named_in_dutch(practice: PracticeFile) -> None:
    eid = _engagement(practice)
    with pytest.raises(NotFoundError) as caught:
        SessionWorkService(practice).save(None, _held(eid), done_action_ids=[424242])
    assert caught.value.text("nl") == "Actie 424242 is niet gevonden. Misschien is die verwijderd."
    assert caught.value.text("en").startswith("Action item 424242 was not found")
