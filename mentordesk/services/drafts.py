"""Drafts of the session editor: what the mentor typed, kept inside the encrypted file.

The editor saves a draft while the mentor types and right before the window locks or quits, so
a crash, a lock or a power cut never loses writing. A saved session deletes its draft (see
``services.session_work``). An existing session has at most one draft; a session that was never
saved has drafts of its own, known by their draft id.

Drafts are never written anywhere else (no temporary files, no settings) and never indexed for
search; they go with their session or engagement.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mentordesk.domain.names import display_name
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.clock import now_text
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Engagement as EngagementModel
from mentordesk.store.models import Session as SessionModel
from mentordesk.store.models import SessionDraft as DraftModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

MAX_PAYLOAD = 2_000_000  # characters of JSON: ten very long notes; more is a paste gone wrong


@dataclass(frozen=True)
class EditorDraft:
    """One kept draft with the editor's fields (``payload``: plain JSON values)."""

    id: int
    engagement_id: int
    session_id: int | None
    payload: Mapping[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class OpenDraft:
    """One line of the "restore unsaved notes" offer. Holds no note text."""

    id: int
    engagement_id: int
    session_id: int | None  # None: a session that was never saved
    client_id: int
    client_display_name: str  # initials for a sensitive client
    date: dt.date | None  # the session's date as typed in the draft
    updated_at: dt.datetime

    @property
    def is_new_session(self) -> bool:
        return self.session_id is None


def _stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _payload(row: Any) -> dict[str, Any]:
    try:
        value = json.loads(row.payload)
    except ValueError:  # pragma: no cover - the table's CHECK keeps it valid
        return {}
    return value if isinstance(value, dict) else {}


def _record(row: Any) -> EditorDraft:
    return EditorDraft(
        id=row.id,
        engagement_id=row.engagement_id,
        session_id=row.session_id,
        payload=_payload(row),
        created_at=_stamp(row.created_at),
        updated_at=_stamp(row.updated_at),
    )


def _draft_date(payload: Mapping[str, Any], fallback: dt.date | None) -> dt.date | None:
    raw = payload.get("date")
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
    return fallback


def _encode(payload: Mapping[str, Any]) -> str:
    if not isinstance(payload, Mapping):
        raise TypeError("a draft payload is a mapping of plain JSON values")
    text = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_PAYLOAD:
        raise ValidationError(
            "payload",
            "These notes are too long to keep as a draft (over 2,000,000 characters).",
            "Deze aantekeningen zijn te lang om als concept te bewaren "
            "(meer dan 2.000.000 tekens).",
        )
    return text.replace("\x00", "")


class DraftService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def save(
        self,
        engagement_id: int,
        session_id: int | None,
        payload: Mapping[str, Any],
        draft_id: int | None = None,
    ) -> int:
        """Keep ``payload``; returns the draft's id.

        An existing session has one draft, replaced on every save. A new session's draft is
        replaced when ``draft_id`` names it (still there), else a new draft is made.
        """
        text = _encode(payload)
        with self._pf.transaction():
            if EngagementModel.get_or_none(id=engagement_id) is None:
                raise NotFoundError(
                    what="Engagement",
                    ident=engagement_id,
                    nl="Traject {ident} is niet gevonden. Misschien is het verwijderd.",
                )
            if session_id is not None:
                session = SessionModel.get_or_none(id=session_id)
                if session is None:
                    raise NotFoundError(
                        what="Session", ident=session_id, nl="Sessie {ident} is niet gevonden."
                    )
                if session.engagement_id != engagement_id:
                    raise ValidationError(
                        "engagement_id",
                        "That session belongs to another engagement.",
                        "Die sessie hoort bij een ander traject.",
                    )
            stamp = now_text()
            existing = self._existing(session_id, draft_id, engagement_id)
            if existing is not None:
                DraftModel.update(
                    payload=text, session=session_id, engagement=engagement_id, updated_at=stamp
                ).where(DraftModel.id == existing).execute()
                return existing
            row = DraftModel.create(
                session=session_id,
                engagement=engagement_id,
                payload=text,
                created_at=stamp,
                updated_at=stamp,
            )
            return int(row.id)

    def _existing(
        self, session_id: int | None, draft_id: int | None, engagement_id: int
    ) -> int | None:
        if session_id is not None:
            row = DraftModel.get_or_none(DraftModel.session == session_id)
            if row is not None:
                if draft_id is not None and draft_id != row.id:
                    # the editor's own new-session draft became this session's: keep one
                    DraftModel.delete().where(DraftModel.id == draft_id).execute()
                return int(row.id)
        if draft_id is not None:
            row = DraftModel.get_or_none(id=draft_id)
            if row is not None and row.engagement_id == engagement_id:
                return int(row.id)
        return None

    def get(self, draft_id: int) -> EditorDraft:
        with self._pf.transaction():
            row = DraftModel.get_or_none(id=draft_id)
            if row is None:
                raise NotFoundError(
                    what="Draft",
                    ident=draft_id,
                    nl="Concept {ident} is niet gevonden. Misschien is het al opgeslagen.",
                )
            return _record(row)

    def for_session(self, session_id: int) -> EditorDraft | None:
        """The kept draft of an existing session, if there is one."""
        with self._pf.transaction():
            row = DraftModel.get_or_none(DraftModel.session == session_id)
            return None if row is None else _record(row)

    def list_open(self) -> list[OpenDraft]:
        """Every kept draft, newest first, for the "restore unsaved notes" offer."""
        with self._pf.transaction():
            rows = (
                DraftModel.select(DraftModel, EngagementModel, ClientModel)
                .join(EngagementModel)
                .join(ClientModel)
                .order_by(DraftModel.updated_at.desc(), DraftModel.id.desc())
            )
            found = []
            for row in rows:
                client = row.engagement.client
                saved_date = None
                if row.session_id is not None:
                    saved_date = SessionModel.get_by_id(row.session_id).date
                found.append(
                    OpenDraft(
                        id=row.id,
                        engagement_id=row.engagement_id,
                        session_id=row.session_id,
                        client_id=client.id,
                        client_display_name=display_name(
                            client.name, client.preferred_name, sensitive=bool(client.sensitive)
                        ),
                        date=_draft_date(_payload(row), saved_date),
                        updated_at=_stamp(row.updated_at),
                    )
                )
            return found

    def discard(self, draft_id: int) -> bool:
        """Delete a draft (its text is overwritten on disk); False when it was already gone."""
        with self._pf.transaction():
            return bool(DraftModel.delete().where(DraftModel.id == draft_id).execute())

    def discard_for_session(self, session_id: int) -> bool:
        with self._pf.transaction():
            return bool(DraftModel.delete().where(DraftModel.session == session_id).execute())
