"""Engagements (trajecten): one client's piece of work, with its funding and cadence."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from mentordesk.domain.enums import ClientStatus, EngagementKind, EngagementStatus, Funding
from mentordesk.domain.names import display_name
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.services.records import Engagement, EngagementDraft
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Engagement as EngagementModel
from mentordesk.store.models import Payer as PayerModel
from mentordesk.store.models import Session as SessionModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


def _record(row: Any, sessions_held: int) -> Engagement:
    fields = {
        f: getattr(row, f)
        for f in EngagementDraft.__dataclass_fields__
        if f not in ("client_id", "payer_id", "kind", "funding", "status")
    }
    return Engagement(
        **fields,
        client_id=row.client_id,
        payer_id=row.payer_id,
        kind=EngagementKind(row.kind),
        funding=Funding(row.funding),
        status=EngagementStatus(row.status),
        id=row.id,
        sessions_held=sessions_held,
    )


def _held(engagement_id: int) -> int:
    return int(
        SessionModel.select()
        .where((SessionModel.engagement == engagement_id) & (SessionModel.status == "held"))
        .count()
    )


def _held_per_engagement(client_id: int) -> Counter[int]:
    """Held sessions per engagement of one client, in one query (no query per engagement)."""
    rows: Any = (
        SessionModel.select(SessionModel.engagement)
        .join(EngagementModel)
        .where((EngagementModel.client == client_id) & (SessionModel.status == "held"))
        .tuples()
    )
    return Counter(int(row[0]) for row in rows)


def client_row_for_work(client_id: int) -> Any:
    """The client row, refusing new work on an archived client."""
    client = ClientModel.get_or_none(id=client_id)
    if client is None:
        raise NotFoundError(what="Client", ident=client_id)
    if client.status == ClientStatus.ARCHIVED:
        raise ValidationError(
            "client_id",
            "{name} is archived. Reopen the client before adding work.",
            "{name} is gearchiveerd. Heropen de cliënt voordat u werk toevoegt.",
            name=display_name(client.name, client.preferred_name, sensitive=bool(client.sensitive)),
        )
    return client


class EngagementService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def _values(self, draft: EngagementDraft) -> dict[str, Any]:
        client = client_row_for_work(draft.client_id)
        values = check.draft_values(draft, EngagementDraft)
        values["kind"] = check.choice("kind", draft.kind, EngagementKind).value
        funding = check.choice("funding", draft.funding, Funding)
        values["funding"] = funding.value
        values["status"] = check.choice("status", draft.status, EngagementStatus).value
        values["title"] = check.text("title", draft.title)
        values["notes"] = check.text("notes", draft.notes)
        values["payer_reference"] = check.text("payer_reference", draft.payer_reference)
        check.non_negative("rate_cents", draft.rate_cents)
        check.non_negative("package_price_cents", draft.package_price_cents)
        check.non_negative("planned_sessions", draft.planned_sessions)
        check.non_negative("cadence_weeks", draft.cadence_weeks, minimum=1)
        check.date_order(draft.start_date, draft.end_date)
        payer_id = draft.payer_id
        if funding is Funding.PAYER_PAID:
            payer_id = payer_id if payer_id is not None else client.payer_id
            if payer_id is None:
                raise ValidationError(
                    "payer_id",
                    "An engagement paid by a payer needs a payer: choose one.",
                    "Een traject dat een betaler betaalt, heeft een betaler nodig: kies er een.",
                )
            if PayerModel.get_or_none(id=payer_id) is None:
                raise NotFoundError(what="Payer", ident=payer_id)
        elif payer_id is not None:
            raise ValidationError(
                "payer_id",
                "Only an engagement paid by a payer has a payer.",
                "Alleen een traject dat door een betaler wordt betaald, heeft een betaler.",
            )
        values["payer_id"] = payer_id
        return values

    def create(self, draft: EngagementDraft) -> Engagement:
        with self._pf.transaction():
            values = self._values(draft)
            stamp = now_text()
            row = EngagementModel.create(**values, created_at=stamp, updated_at=stamp)
            return _record(row, 0)

    def update(self, engagement_id: int, draft: EngagementDraft) -> Engagement:
        with self._pf.transaction():
            current = self._row(engagement_id)
            if current.client_id != draft.client_id:
                raise ValidationError(
                    "client_id",
                    "An engagement cannot move to another client.",
                    "Een traject kan niet naar een andere cliënt.",
                )
            values = self._values(draft)
            EngagementModel.update(**values, updated_at=now_text()).where(
                EngagementModel.id == engagement_id
            ).execute()
            return _record(self._row(engagement_id), _held(engagement_id))

    def archive(self, engagement_id: int) -> Engagement:
        current = self.get(engagement_id)
        return self.update(engagement_id, replace(current, status=EngagementStatus.ARCHIVED))

    def get(self, engagement_id: int) -> Engagement:
        with self._pf.transaction():
            return _record(self._row(engagement_id), _held(engagement_id))

    def for_client(self, client_id: int) -> list[Engagement]:
        """The client's engagements, newest first."""
        with self._pf.transaction():
            rows = list(
                EngagementModel.select()
                .where(EngagementModel.client == client_id)
                .order_by(EngagementModel.start_date.desc(), EngagementModel.id.desc())
            )
            held = _held_per_engagement(client_id)
            return [_record(r, held[r.id]) for r in rows]

    def _row(self, engagement_id: int) -> Any:
        row = EngagementModel.get_or_none(id=engagement_id)
        if row is None:
            raise NotFoundError(
                what="Engagement", ident=engagement_id, nl="Traject {ident} is niet gevonden."
            )
        return row
