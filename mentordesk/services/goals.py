"""Goals per engagement, their 0-10 scores over time, and their action items."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from mentordesk.domain.enums import GoalStatus, LifeArea
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.services.engagements import client_row_for_work
from mentordesk.services.records import ActionItem, Goal, GoalDraft, Score
from mentordesk.store.models import ActionItem as ActionModel
from mentordesk.store.models import Engagement as EngagementModel
from mentordesk.store.models import Goal as GoalModel
from mentordesk.store.models import GoalScore as ScoreModel
from mentordesk.store.models import Session as SessionModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


def _score(row: Any) -> Score:
    return Score(
        id=row.id,
        goal_id=row.goal_id,
        date=row.date,
        score=row.score,
        session_id=row.session_id,
        note=row.note,
    )


def _action(row: Any) -> ActionItem:
    return ActionItem(
        id=row.id,
        goal_id=row.goal_id,
        text=row.text,
        due_date=row.due_date,
        done=bool(row.done),
        session_id=row.session_id,
    )


def _record(row: Any) -> Goal:
    scores = tuple(
        _score(s)
        for s in ScoreModel.select()
        .where(ScoreModel.goal == row.id)
        .order_by(ScoreModel.date, ScoreModel.id)
    )
    actions = tuple(
        _action(a)
        for a in ActionModel.select()
        .where(ActionModel.goal == row.id)
        .order_by(ActionModel.due_date.is_null(), ActionModel.due_date, ActionModel.id)
    )
    return Goal(
        id=row.id,
        engagement_id=row.engagement_id,
        title=row.title,
        description=row.description,
        life_area=LifeArea(row.life_area),
        target_date=row.target_date,
        status=GoalStatus(row.status),
        archived=bool(row.archived),
        scores=scores,
        actions=actions,
    )


def _check_same_engagement(goal: Any, session_id: int) -> None:
    session = SessionModel.get_or_none(id=session_id)
    if session is None or session.engagement_id != goal.engagement_id:
        raise ValidationError(
            "session_id",
            "That session belongs to another engagement.",
            "Die sessie hoort bij een ander traject.",
        )


class GoalService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def _values(self, draft: GoalDraft) -> dict[str, Any]:
        engagement = EngagementModel.get_or_none(id=draft.engagement_id)
        if engagement is None:
            raise NotFoundError(what="Engagement", ident=draft.engagement_id)
        client_row_for_work(engagement.client_id)
        values = check.draft_values(draft, GoalDraft)
        values["title"] = check.text(
            "title", draft.title, required=True, label_en="The title", label_nl="De titel"
        )
        values["description"] = check.text("description", draft.description)
        values["life_area"] = check.choice("life_area", draft.life_area, LifeArea).value
        values["status"] = check.choice("status", draft.status, GoalStatus).value
        return values

    def create(self, draft: GoalDraft) -> Goal:
        with self._pf.transaction():
            values = self._values(draft)
            stamp = now_text()
            return _record(GoalModel.create(**values, created_at=stamp, updated_at=stamp))

    def update(self, goal_id: int, draft: GoalDraft) -> Goal:
        with self._pf.transaction():
            if self._row(goal_id).engagement_id != draft.engagement_id:
                raise ValidationError(
                    "engagement_id",
                    "A goal cannot move to another engagement.",
                    "Een doel kan niet naar een ander traject.",
                )
            values = self._values(draft)
            GoalModel.update(**values, updated_at=now_text()).where(
                GoalModel.id == goal_id
            ).execute()
            return _record(self._row(goal_id))

    def archive(self, goal_id: int) -> Goal:
        with self._pf.transaction():
            self._row(goal_id)
            GoalModel.update(archived=True).where(GoalModel.id == goal_id).execute()
            return _record(self._row(goal_id))

    def get(self, goal_id: int) -> Goal:
        with self._pf.transaction():
            return _record(self._row(goal_id))

    def for_engagement(self, engagement_id: int, include_archived: bool = False) -> list[Goal]:
        with self._pf.transaction():
            query = GoalModel.select().where(GoalModel.engagement == engagement_id)
            if not include_archived:
                query = query.where(GoalModel.archived == False)  # noqa: E712
            return [_record(r) for r in query.order_by(GoalModel.id)]

    # -- scores -------------------------------------------------------------------------------
    def record_score(
        self, goal_id: int, value: int, date: dt.date, session_id: int | None = None, note: str = ""
    ) -> Score:
        """Record a 0-10 score; at a session, a second score replaces the first."""
        check.score(value)
        with self._pf.transaction():
            goal = self._row(goal_id)
            if session_id is not None:
                _check_same_engagement(goal, session_id)
                ScoreModel.delete().where(
                    (ScoreModel.goal == goal_id) & (ScoreModel.session == session_id)
                ).execute()
            row = ScoreModel.create(
                goal=goal_id,
                session=session_id,
                date=date,
                score=value,
                note=check.text("note", note),
            )
            return _score(row)

    # -- action items -------------------------------------------------------------------------
    def add_action(
        self,
        goal_id: int,
        text: str,
        due_date: dt.date | None = None,
        session_id: int | None = None,
    ) -> ActionItem:
        cleaned = check.text(
            "text", text, required=True, label_en="The action", label_nl="De actie"
        )
        with self._pf.transaction():
            goal = self._row(goal_id)
            if session_id is not None:
                _check_same_engagement(goal, session_id)
            row = ActionModel.create(
                goal=goal_id,
                text=cleaned,
                due_date=due_date,
                session=session_id,
                created_at=now_text(),
            )
            return _action(row)

    def set_action_done(self, action_id: int, done: bool) -> ActionItem:
        with self._pf.transaction():
            row = ActionModel.get_or_none(id=action_id)
            if row is None:
                raise NotFoundError(what="Action item", ident=action_id)
            ActionModel.update(done=done, done_at=now_text() if done else None).where(
                ActionModel.id == action_id
            ).execute()
            return _action(ActionModel.get_by_id(action_id))

    def _row(self, goal_id: int) -> Any:
        row = GoalModel.get_or_none(id=goal_id)
        if row is None:
            raise NotFoundError(what="Goal", ident=goal_id, nl="Doel {ident} is niet gevonden.")
        return row
