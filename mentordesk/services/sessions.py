"""Sessions (gesprekken): planned and held meetings with their notes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import Funding, SessionMode, SessionStatus
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.services.engagements import client_row_for_work
from mentordesk.services.records import Session, SessionDraft
from mentordesk.store.models import Engagement as EngagementModel
from mentordesk.store.models import Session as SessionModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


def _record(row: Any, client_id: int) -> Session:
    fields = {
        f: getattr(row, f)
        for f in SessionDraft.__dataclass_fields__
        if f not in ("engagement_id", "start_time", "mode", "status", "confidentiality", "billable")
    }
    start = dt.time.fromisoformat(row.start_time) if row.start_time else None
    return Session(
        **fields,
        engagement_id=row.engagement_id,
        start_time=start,
        mode=SessionMode(row.mode),
        status=SessionStatus(row.status),
        confidentiality=Confidentiality(row.confidentiality),
        billable=bool(row.billable),
        id=row.id,
        client_id=client_id,
    )


class SessionService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def _values(self, draft: SessionDraft) -> tuple[dict[str, Any], int]:
        engagement = EngagementModel.get_or_none(id=draft.engagement_id)
        if engagement is None:
            raise NotFoundError(what="Engagement", ident=draft.engagement_id)
        client_row_for_work(engagement.client_id)
        values = check.draft_values(draft, SessionDraft)
        for name in ("place", "topics", "summary", "private_notes", "agreed_actions"):
            values[name] = check.text(name, values[name])
        values["mode"] = check.choice("mode", draft.mode, SessionMode).value
        values["status"] = check.choice("status", draft.status, SessionStatus).value
        values["confidentiality"] = check.choice(
            "confidentiality", draft.confidentiality, Confidentiality
        ).value
        if not isinstance(draft.duration_minutes, int) or not 1 <= draft.duration_minutes <= 1440:
            raise ValidationError(
                "duration_minutes",
                "A session lasts from 1 minute to 24 hours.",
                "Een sessie duurt van 1 minuut tot 24 uur.",
            )
        if values["status"] == SessionStatus.HELD and draft.date > dt.date.today():
            raise ValidationError(
                "status",
                "A session in the future cannot have been held yet.",
                "Een sessie in de toekomst kan nog niet gehouden zijn.",
            )
        # Pro bono and free-intake work is never invoiced, whatever the form said.
        values["billable"] = bool(draft.billable) and Funding(engagement.funding).billable
        values["start_time"] = draft.start_time.strftime("%H:%M") if draft.start_time else None
        return values, int(engagement.client_id)

    def create(self, draft: SessionDraft) -> Session:
        with self._pf.transaction():
            values, client_id = self._values(draft)
            stamp = now_text()
            row = SessionModel.create(**values, created_at=stamp, updated_at=stamp)
            return _record(row, client_id)

    def update(self, session_id: int, draft: SessionDraft) -> Session:
        with self._pf.transaction():
            if self._row(session_id).engagement_id != draft.engagement_id:
                raise ValidationError(
                    "engagement_id",
                    "A session cannot move to another engagement.",
                    "Een sessie kan niet naar een ander traject.",
                )
            values, client_id = self._values(draft)
            SessionModel.update(**values, updated_at=now_text()).where(
                SessionModel.id == session_id
            ).execute()
            return _record(self._row(session_id), client_id)

    def get(self, session_id: int) -> Session:
        with self._pf.transaction():
            row = self._row(session_id)
            return _record(row, int(row.engagement.client_id))

    def for_client(self, client_id: int) -> list[Session]:
        """All of a client's sessions, newest first (the timeline)."""
        with self._pf.transaction():
            rows = (
                SessionModel.select(SessionModel)
                .join(EngagementModel)
                .where(EngagementModel.client == client_id)
                .order_by(
                    SessionModel.date.desc(), SessionModel.start_time.desc(), SessionModel.id.desc()
                )
            )
            return [_record(r, client_id) for r in rows]

    def previous_held(
        self,
        engagement_id: int,
        on_or_before: dt.date | None = None,
        exclude_session_id: int | None = None,
    ) -> Session | None:
        """The engagement's latest held session (on or before a date; never the excluded one)."""
        with self._pf.transaction():
            query = SessionModel.select().where(
                (SessionModel.engagement == engagement_id)
                & (SessionModel.status == SessionStatus.HELD.value)
            )
            if on_or_before is not None:
                query = query.where(SessionModel.date <= on_or_before)
            if exclude_session_id is not None:
                query = query.where(SessionModel.id != exclude_session_id)
            row = (
                query.order_by(
                    SessionModel.date.desc(), SessionModel.start_time.desc(), SessionModel.id.desc()
                )
                .limit(1)
                .first()
            )
            if row is None:
                return None
            return _record(row, int(row.engagement.client_id))

    def _row(self, session_id: int) -> Any:
        row = SessionModel.get_or_none(id=session_id)
        if row is None:
            raise NotFoundError(
                what="Session", ident=session_id, nl="Sessie {ident} is niet gevonden."
            )
        return row
