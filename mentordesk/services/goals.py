"""Goals per engagement, their 0-10 scores over time, and their action items."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ActionEdit:
    """One action item as a goal form leaves it: new (``id`` None), changed, or removed."""

    text: str
    due_date: dt.date | None = None
    done: bool = False
    id: int | None = None
    remove: bool = False


def _record(
    row: Any, scores: Iterable[Score] | None = None, actions: Iterable[ActionItem] | None = None
) -> Goal:
    if scores is None:
        scores = (
            _score(s)
            for s in ScoreModel.select()
            .where(ScoreModel.goal == row.id)
            .order_by(ScoreModel.date, ScoreModel.id)
        )
    if actions is None:
        actions = (
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
        scores=tuple(scores),
        actions=tuple(actions),
    )


def _records(goal_query: Any) -> list[Goal]:
    """The goals of ``goal_query`` with their scores and actions: three queries in all."""
    rows = list(goal_query.order_by(GoalModel.id))
    if not rows:
        return []
    ids = goal_query.select(GoalModel.id)
    scores: dict[int, list[Score]] = defaultdict(list)
    for s in (
        ScoreModel.select().where(ScoreModel.goal.in_(ids)).order_by(ScoreModel.date, ScoreModel.id)
    ):
        scores[s.goal_id].append(_score(s))
    actions: dict[int, list[ActionItem]] = defaultdict(list)
    for a in (
        ActionModel.select()
        .where(ActionModel.goal.in_(ids))
        .order_by(ActionModel.due_date.is_null(), ActionModel.due_date, ActionModel.id)
    ):
        actions[a.goal_id].append(_action(a))
    return [_record(r, scores[r.id], actions[r.id]) for r in rows]


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
            return _records(query)

    def for_client(self, client_id: int, include_archived: bool = False) -> dict[int, list[Goal]]:
        """The goals of all the client's engagements, by engagement id (three queries)."""
        with self._pf.transaction():
            query = (
                GoalModel.select().join(EngagementModel).where(EngagementModel.client == client_id)
            )
            if not include_archived:
                query = query.where(GoalModel.archived == False)  # noqa: E712
            found: dict[int, list[Goal]] = defaultdict(list)
            for goal in _records(query):
                found[goal.engagement_id].append(goal)
            return dict(found)

    def save(
        self, goal_id: int | None, draft: GoalDraft, actions: Sequence[ActionEdit] = ()
    ) -> Goal:
        """Create (``goal_id`` None) or update a goal with its action items, all or nothing.

        ``actions`` are the form's rows in order; a row that fails names its number among
        the rows that stay.
        """
        with self._pf.transaction():
            goal = self.create(draft) if goal_id is None else self.update(goal_id, draft)
            number = 0
            for edit in actions:
                number += 0 if edit.remove else 1
                self._apply_action(goal.id, number, edit)
            return _record(self._row(goal.id))

    def _apply_action(self, goal_id: int, number: int, edit: ActionEdit) -> None:
        row = None
        if edit.id is not None:
            row = ActionModel.get_or_none(id=edit.id)
            if row is None or row.goal_id != goal_id:
                raise NotFoundError(what="Action item", ident=edit.id)
            if edit.remove:
                ActionModel.delete().where(ActionModel.id == edit.id).execute()
                return
        elif edit.remove:
            return
        text = (edit.text or "").strip()
        if not text:
            raise ValidationError(
                "actions",
                "Action {number} has no text: say what is to be done, or remove it.",
                "Actie {number} heeft geen tekst: zeg wat er moet gebeuren, of verwijder hem.",
                number=number,
            )
        text = check.text("actions", text)
        if row is None:
            ActionModel.create(
                goal=goal_id,
                text=text,
                due_date=edit.due_date,
                done=edit.done,
                done_at=now_text() if edit.done else None,
                created_at=now_text(),
            )
            return
        done_at = (
            row.done_at if bool(row.done) == edit.done else (now_text() if edit.done else None)
        )
        ActionModel.update(
            text=text, due_date=edit.due_date, done=edit.done, done_at=done_at
        ).where(ActionModel.id == row.id).execute()

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
