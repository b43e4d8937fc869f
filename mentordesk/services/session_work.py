"""What the session editor reads and saves: a session with its goal scores and done actions.

``save`` is one transaction: the session (created or updated through ``SessionService``), a
score per goal for that session (one per goal per session; a cleared score removes it), the
action items ticked done, and the editor's draft deleted. Any failure leaves nothing written.

An editor stays open while the same session changes elsewhere (the agenda marks it held, another
tab saves it). So ``save`` takes what the editor loaded (``base``, ``base_scores``) and applies
only the fields and scores the mentor changed in the editor, on top of the row as it is now,
inside the same transaction: a field changed both here and elsewhere gets the editor's value.

``propose_next`` suggests the next session from the engagement's cadence after a held session;
``plan_next`` creates it with the same time, duration, mode and place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mentordesk.domain.cadence import next_session_date
from mentordesk.domain.enums import EngagementStatus, GoalStatus, SessionStatus
from mentordesk.domain.names import display_name
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.drafts import DraftService, EditorDraft
from mentordesk.services.records import Engagement, Session, SessionDraft
from mentordesk.store.models import ActionItem as ActionModel
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Goal as GoalModel
from mentordesk.store.models import GoalScore as ScoreModel
from mentordesk.store.models import Session as SessionModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

OPEN_GOAL_STATUSES = (GoalStatus.OPEN.value, GoalStatus.IN_PROGRESS.value)
_NO_PROPOSAL_STATUSES = (
    EngagementStatus.COMPLETED,
    EngagementStatus.CANCELLED,
    EngagementStatus.ARCHIVED,
)


@dataclass(frozen=True)
class GoalToScore:
    """One row of the editor's score section."""

    goal_id: int
    title: str
    status: GoalStatus
    score: int | None  # this session's score, None: no score
    last_score: int | None  # the latest score given elsewhere, for comparison
    last_score_date: dt.date | None


@dataclass(frozen=True)
class OpenAction:
    """An action item of the engagement that is not done yet."""

    id: int
    goal_id: int
    goal_title: str
    text: str
    due_date: dt.date | None


@dataclass(frozen=True)
class EditorContext:
    """Everything the session editor shows besides the session's own fields."""

    engagement: Engagement
    client_id: int
    client_name: str
    client_display_name: str  # initials for a sensitive client
    sensitive: bool
    session: Session | None  # None: a new session
    goals: tuple[GoalToScore, ...]
    open_actions: tuple[OpenAction, ...]
    previous_held: Session | None  # the held session before this one (for the template)
    draft: EditorDraft | None  # the kept, unsaved draft of this session

    @property
    def billable_possible(self) -> bool:
        return self.engagement.funding.billable


@dataclass(frozen=True)
class SavedWork:
    session: Session
    scores: Mapping[int, int]  # goal id -> the score now stored for this session
    done_action_ids: tuple[int, ...]


def score_field(goal_id: int) -> str:
    """The field name a score error carries, so a form can show it at that goal's row."""
    return f"score:{goal_id}"


class SessionWorkService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    # -- reading ------------------------------------------------------------------------------
    def context(
        self,
        engagement_id: int | None = None,
        session_id: int | None = None,
        draft_id: int | None = None,
    ) -> EditorContext:
        """What the editor needs for a session (``session_id``), a new session in an
        engagement (``engagement_id``), or a kept draft (``draft_id``, which wins)."""
        pf = self._pf
        with pf.transaction():
            draft = _drafts(pf).get(draft_id) if draft_id is not None else None
            if draft is not None:
                session_id, engagement_id = draft.session_id, draft.engagement_id
            session = pf.sessions.get(session_id) if session_id is not None else None
            if session is not None:
                engagement_id = session.engagement_id
                if draft is None:
                    draft = _drafts(pf).for_session(session.id)
            if engagement_id is None:
                raise ValueError("a session editor needs an engagement, a session or a draft")
            engagement = pf.engagements.get(engagement_id)
            client = ClientModel.get_by_id(engagement.client_id)
            on = session.date if session is not None else dt.date.today()
            return EditorContext(
                engagement=engagement,
                client_id=client.id,
                client_name=client.name,
                client_display_name=display_name(
                    client.name, client.preferred_name, sensitive=bool(client.sensitive)
                ),
                sensitive=bool(client.sensitive),
                session=session,
                goals=self._goals(engagement_id, session_id),
                open_actions=self._open_actions(engagement_id),
                previous_held=pf.sessions.previous_held(
                    engagement_id, on_or_before=on, exclude_session_id=session_id
                ),
                draft=draft,
            )

    def _goals(self, engagement_id: int, session_id: int | None) -> tuple[GoalToScore, ...]:
        goals = list(
            GoalModel.select()
            .where((GoalModel.engagement == engagement_id) & (GoalModel.archived == False))  # noqa: E712
            .order_by(GoalModel.id)
        )
        scores: dict[int, list[Any]] = {g.id: [] for g in goals}
        for row in (
            ScoreModel.select()
            .where(ScoreModel.goal.in_([g.id for g in goals]))
            .order_by(ScoreModel.date, ScoreModel.id)
        ):
            scores[row.goal_id].append(row)
        found = []
        for goal in goals:
            mine = [s for s in scores[goal.id] if session_id and s.session_id == session_id]
            others = [s for s in scores[goal.id] if not (session_id and s.session_id == session_id)]
            if goal.status not in OPEN_GOAL_STATUSES and not mine:
                continue
            last = others[-1] if others else None
            found.append(
                GoalToScore(
                    goal_id=goal.id,
                    title=goal.title,
                    status=GoalStatus(goal.status),
                    score=mine[-1].score if mine else None,
                    last_score=last.score if last else None,
                    last_score_date=last.date if last else None,
                )
            )
        return tuple(found)

    def _open_actions(self, engagement_id: int) -> tuple[OpenAction, ...]:
        rows = (
            ActionModel.select(ActionModel, GoalModel)
            .join(GoalModel)
            .where(
                (GoalModel.engagement == engagement_id)
                & (GoalModel.archived == False)  # noqa: E712
                & (ActionModel.done == False)  # noqa: E712
            )
            .order_by(ActionModel.due_date.is_null(), ActionModel.due_date, ActionModel.id)
        )
        return tuple(
            OpenAction(
                id=row.id,
                goal_id=row.goal_id,
                goal_title=row.goal.title,
                text=row.text,
                due_date=row.due_date,
            )
            for row in rows
        )

    # -- saving -------------------------------------------------------------------------------
    def save(
        self,
        session_id: int | None,
        draft: SessionDraft,
        scores: Mapping[int, int | None] | None = None,
        done_action_ids: Iterable[int] = (),
        draft_id: int | None = None,
        *,
        base: SessionDraft | None = None,
        base_scores: Mapping[int, int | None] | None = None,
    ) -> SavedWork:
        """Save what the editor holds, all or nothing.

        ``scores``: goal id -> score (0-10) for this session, or None to remove it; goals left
        out keep what they have. ``done_action_ids``: action items ticked done.
        ``draft_id``: the editor's kept draft, deleted once everything is saved.
        ``base``: the session as the editor loaded it; then only the fields where ``draft``
        differs from ``base`` are written, over the session as it is stored now (without
        ``base`` every field is written). ``base_scores``: the scores the editor loaded; then
        only scores that differ from them are written.
        """
        scores = dict(scores or {})
        if base_scores is not None:
            scores = {
                goal_id: value
                for goal_id, value in scores.items()
                if goal_id not in base_scores or base_scores[goal_id] != value
            }
        done = tuple(dict.fromkeys(done_action_ids))
        for goal_id, value in scores.items():
            if value is not None:
                _check_score(goal_id, value)
        _check_text_lengths(draft)
        pf = self._pf
        with pf.transaction():
            if session_id is None:
                session = pf.sessions.create(draft)
            else:
                if base is not None:
                    draft = merged(pf.sessions.get(session_id), draft, base)
                session = pf.sessions.update(session_id, draft)
            stored = self._save_scores(session, scores)
            for action_id in done:
                self._check_action(action_id, session.engagement_id)
                pf.goals.set_action_done(action_id, True)
            drafts = _drafts(pf)
            if draft_id is not None:
                drafts.discard(draft_id)
            drafts.discard_for_session(session.id)
            return SavedWork(session=session, scores=stored, done_action_ids=done)

    def _save_scores(self, session: Session, scores: Mapping[int, int | None]) -> dict[int, int]:
        for goal_id, value in scores.items():
            goal = GoalModel.get_or_none(id=goal_id)
            if goal is None or goal.engagement_id != session.engagement_id:
                raise ValidationError(
                    score_field(goal_id),
                    "That goal belongs to another engagement.",
                    "Dat doel hoort bij een ander traject.",
                )
            if value is None:
                ScoreModel.delete().where(
                    (ScoreModel.goal == goal_id) & (ScoreModel.session == session.id)
                ).execute()
            else:
                self._pf.goals.record_score(goal_id, value, session.date, session_id=session.id)
        # a session's scores carry its date, also when the date was changed
        ScoreModel.update(date=session.date).where(ScoreModel.session == session.id).execute()
        return {
            row.goal_id: row.score
            for row in ScoreModel.select().where(ScoreModel.session == session.id)
        }

    @staticmethod
    def _check_action(action_id: int, engagement_id: int) -> None:
        row = (
            ActionModel.select(ActionModel, GoalModel)
            .join(GoalModel)
            .where(ActionModel.id == action_id)
            .first()
        )
        if row is None:
            raise NotFoundError(
                what="Action item",
                ident=action_id,
                nl="Actie {ident} is niet gevonden. Misschien is die verwijderd.",
            )
        if row.goal.engagement_id != engagement_id:
            raise ValidationError(
                "done_actions",
                "That action item belongs to another engagement.",
                "Die actie hoort bij een ander traject.",
            )

    # -- the next session ---------------------------------------------------------------------
    def propose_next(self, engagement_id: int, held_date: dt.date) -> dt.date | None:
        """The next session's date from the cadence, or None when there is nothing to propose:
        no cadence, the engagement is over, a later session is already planned, the planned
        number of sessions is used up, or the date would fall after the engagement's end."""
        with self._pf.transaction():
            engagement = self._pf.engagements.get(engagement_id)
            if engagement.status in _NO_PROPOSAL_STATUSES:
                return None
            proposed = next_session_date(held_date, engagement.cadence_weeks)
            if proposed is None:
                return None
            if engagement.end_date is not None and proposed > engagement.end_date:
                return None
            planned_later = (
                SessionModel.select()
                .where(
                    (SessionModel.engagement == engagement_id)
                    & (SessionModel.status == SessionStatus.PLANNED.value)
                    & (SessionModel.date > held_date)
                )
                .exists()
            )
            if planned_later:
                return None
            if (
                engagement.planned_sessions is not None
                and engagement.sessions_held >= engagement.planned_sessions
            ):
                return None
            return proposed

    def plan_next(self, after_session_id: int, on: dt.date) -> Session:
        """Plan a session on ``on`` like ``after_session_id``: same time, duration, mode, place."""
        with self._pf.transaction():
            source = self._pf.sessions.get(after_session_id)
            if on <= source.date:
                raise ValidationError(
                    "date",
                    "The next session comes after this one ({date}): choose a later date.",
                    "De volgende sessie komt na deze ({date}): kies een latere datum.",
                    date=source.date.strftime("%d-%m-%Y"),
                )
            return self._pf.sessions.create(
                SessionDraft(
                    engagement_id=source.engagement_id,
                    date=on,
                    start_time=source.start_time,
                    duration_minutes=source.duration_minutes,
                    mode=source.mode,
                    place=source.place,
                    status=SessionStatus.PLANNED,
                    billable=source.billable,
                )
            )


def merged(current: SessionDraft, mine: SessionDraft, base: SessionDraft) -> SessionDraft:
    """``current`` with the fields where ``mine`` differs from ``base`` taken from ``mine``."""
    values = {}
    for field in dataclasses.fields(SessionDraft):
        name = field.name
        changed = getattr(mine, name) != getattr(base, name)
        values[name] = getattr(mine if changed or name == "engagement_id" else current, name)
    return SessionDraft(**values)


# field -> (English subject, Dutch subject) of "... too long"
_TEXT_SUBJECTS = {
    "place": ("The place is", "De plaats is"),
    "topics": ("The topics are", "De onderwerpen zijn"),
    "summary": ("The summary is", "De samenvatting is"),
    "private_notes": ("The private notes are", "De werkaantekeningen zijn"),
    "agreed_actions": ("The agreed actions are", "De afgesproken acties zijn"),
}


def _check_text_lengths(draft: SessionDraft) -> None:
    """Refuse a text over ``validation.MAX_TEXT``, saying which, how long, and the limit."""
    for name, (subject_en, subject_nl) in _TEXT_SUBJECTS.items():
        length = len((getattr(draft, name) or "").strip())
        if length > check.MAX_TEXT:
            raise ValidationError(
                name,
                subject_en + " too long: {count} characters, at most {limit}. "
                "Shorten the text to save; it stays in the editor.",
                subject_nl + " te lang: {count_nl} tekens, hooguit {limit_nl}. "
                "Maak de tekst korter om op te slaan; hij blijft in de editor staan.",
                count=f"{length:,}",
                limit=f"{check.MAX_TEXT:,}",
                count_nl=f"{length:,}".replace(",", "."),
                limit_nl=f"{check.MAX_TEXT:,}".replace(",", "."),
            )


def _check_score(goal_id: int, value: int) -> None:
    try:
        check.score(value)
    except ValidationError as exc:
        raise ValidationError(score_field(goal_id), exc.en, exc.nl, **exc.details) from None


def _drafts(pf: PracticeFile) -> DraftService:
    """The drafts of ``pf`` (``PracticeFile`` has no ``drafts`` attribute yet)."""
    return DraftService(pf)
