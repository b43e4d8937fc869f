"""A client's consent to documents going to a third party: the payer, the referrer, another
named party. Recorded, withdrawn and listed here; ``require`` refuses a letter without it.

A consent is in force from ``given_on`` until it is withdrawn. Withdrawing keeps the record (the
document log may point to a time when it was in force); it is never edited afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from mentordesk.domain.names import display_name
from mentordesk.errors import NotFoundError, UserError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Consent as ConsentModel
from mentordesk.store.models import Payer as PayerModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


class RecipientKind(StrEnum):
    """Who a document goes to. Every kind but ``CLIENT`` needs the client's consent."""

    CLIENT = "client"
    PAYER = "payer"
    REFERRER = "referrer"
    OTHER = "other"


@dataclass(frozen=True)
class ConsentDraft:
    """What the mentor records. ``payer_id`` for a payer; ``party_name`` (and an address for
    the letter) for a referrer or another party."""

    recipient_kind: RecipientKind
    given_on: dt.date
    scope: str = ""
    payer_id: int | None = None
    party_name: str = ""
    party_address: str = ""


@dataclass(frozen=True)
class Consent(ConsentDraft):
    id: int = 0
    client_id: int = 0
    withdrawn_on: dt.date | None = None
    recipient_name: str = ""  # the payer's name, or the party's

    def in_force(self, on: dt.date | None = None) -> bool:
        day = on or dt.date.today()
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


class ConsentMissingError(UserError):
    en = (
        "{client} has not consented to documents going to {recipient_en}. Record the client's "
        "consent for this recipient first, or address the letter to the client."
    )
    nl = (
        "{client} heeft geen toestemming gegeven om documenten naar {recipient_nl} te sturen. "
        "Leg eerst de toestemming van de cliënt voor deze ontvanger vast, of richt de brief "
        "aan de cliënt zelf."
    )


_KIND_WORDS = {
    RecipientKind.CLIENT: ("the client", "de cliënt"),
    RecipientKind.PAYER: ("the payer", "de betaler"),
    RecipientKind.REFERRER: ("the referrer", "de verwijzer"),
    RecipientKind.OTHER: ("", ""),
}


def consent_missing(
    client_name: str, kind: RecipientKind, recipient_name: str
) -> ConsentMissingError:
    """The refusal of a document to a recipient the client has not consented to."""
    en, nl = _KIND_WORDS[kind]
    who = recipient_name.strip()
    return ConsentMissingError(
        client=client_name,
        recipient_en=f"{en} {who}".strip() or "this recipient",
        recipient_nl=f"{nl} {who}".strip() or "deze ontvanger",
    )


def _record(row: Any, payer_name: str | None = None) -> Consent:
    kind = RecipientKind(row.recipient_kind)
    if kind is RecipientKind.PAYER and payer_name is None:
        payer_name = PayerModel.get_by_id(row.payer_id).name
    return Consent(
        id=row.id,
        client_id=row.client_id,
        recipient_kind=kind,
        given_on=row.given_on,
        withdrawn_on=row.withdrawn_on,
        scope=row.scope,
        payer_id=row.payer_id,
        party_name=row.party_name,
        party_address=row.party_address,
        recipient_name=payer_name if kind is RecipientKind.PAYER and payer_name else row.party_name,
    )


def _client_row(client_id: int) -> Any:
    row = ClientModel.get_or_none(id=client_id)
    if row is None:
        raise NotFoundError(what="Client", ident=client_id, nl="Cliënt {ident} is niet gevonden.")
    return row


class ConsentService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def record(self, client_id: int, draft: ConsentDraft, today: dt.date | None = None) -> Consent:
        """Record that the client consented to documents going to this recipient."""
        kind = check.choice("recipient_kind", draft.recipient_kind, RecipientKind)
        if kind is RecipientKind.CLIENT:
            raise ValidationError(
                "recipient_kind",
                "Documents to the client need no separate consent.",
                "Voor documenten aan de cliënt zelf is geen aparte toestemming nodig.",
            )
        check.not_future("given_on", draft.given_on, today or dt.date.today())
        scope = check.text("scope", draft.scope)
        name = check.text("party_name", draft.party_name)
        address = check.text("party_address", draft.party_address)
        payer_id = draft.payer_id
        if kind is RecipientKind.PAYER:
            if payer_id is None:
                raise ValidationError(
                    "payer_id",
                    "Choose the payer the client consented to.",
                    "Kies de betaler waarvoor de cliënt toestemming gaf.",
                )
            name = address = ""
        else:
            payer_id = None
            if not name:
                raise ValidationError(
                    "party_name",
                    "Name the person or organisation the client consented to.",
                    "Noem de persoon of organisatie waarvoor de cliënt toestemming gaf.",
                )
        with self._pf.transaction():
            _client_row(client_id)
            if payer_id is not None and PayerModel.get_or_none(id=payer_id) is None:
                raise NotFoundError(what="Payer", ident=payer_id)
            stamp = now_text()
            row = ConsentModel.create(
                client=client_id,
                recipient_kind=kind.value,
                payer=payer_id,
                party_name=name,
                party_address=address,
                scope=scope,
                given_on=draft.given_on,
                created_at=stamp,
                updated_at=stamp,
            )
            self._pf.audit("consent_recorded", client_id=client_id, consent_id=row.id, kind=kind)
            return _record(row)

    def withdraw(self, consent_id: int, on: dt.date | None = None) -> Consent:
        """End a consent (today unless ``on`` is given); documents to that recipient stop."""
        day = on or dt.date.today()
        with self._pf.transaction():
            row = self._row(consent_id)
            if row.withdrawn_on is not None:
                return _record(row)
            if day < row.given_on:
                raise ValidationError(
                    "withdrawn_on",
                    "A consent cannot end before it was given ({given}).",
                    "Een toestemming kan niet eindigen voordat ze gegeven is ({given}).",
                    given=row.given_on.strftime("%d-%m-%Y"),
                )
            ConsentModel.update(withdrawn_on=day, updated_at=now_text()).where(
                ConsentModel.id == consent_id
            ).execute()
            self._pf.audit("consent_withdrawn", client_id=row.client_id, consent_id=consent_id)
            return _record(self._row(consent_id))

    def get(self, consent_id: int) -> Consent:
        with self._pf.transaction():
            return _record(self._row(consent_id))

    def for_client(self, client_id: int) -> list[Consent]:
        """Every consent of the client, newest first, withdrawn ones included."""
        with self._pf.transaction():
            rows = list(
                ConsentModel.select()
                .where(ConsentModel.client == client_id)
                .order_by(ConsentModel.given_on.desc(), ConsentModel.id.desc())
            )
            payer_ids = {row.payer_id for row in rows if row.payer_id is not None}
            names = {
                payer.id: payer.name
                for payer in PayerModel.select(PayerModel.id, PayerModel.name).where(
                    PayerModel.id.in_(payer_ids)
                )
            }
            return [_record(row, names.get(row.payer_id or 0, "")) for row in rows]

    def in_force(
        self,
        client_id: int,
        kind: RecipientKind,
        *,
        payer_id: int | None = None,
        consent_id: int | None = None,
        on: dt.date | None = None,
    ) -> Consent | None:
        """The consent that allows a document to this recipient today, or None.

        A payer is matched by ``payer_id``; a referrer or other party by ``consent_id`` (the
        record that names them), or else the newest one of that kind.
        """
        for consent in self.for_client(client_id):
            if consent.recipient_kind is not kind or not consent.in_force(on):
                continue
            if kind is RecipientKind.PAYER and consent.payer_id != payer_id:
                continue
            if consent_id is not None and consent.id != consent_id:
                continue
            return consent
        return None

    def require(
        self,
        client_id: int,
        kind: RecipientKind,
        *,
        payer_id: int | None = None,
        consent_id: int | None = None,
        recipient_name: str = "",
        on: dt.date | None = None,
    ) -> Consent | None:
        """The consent in force for this recipient; ``ConsentMissingError`` when there is none.

        A document to the client needs none (returns None).
        """
        if kind is RecipientKind.CLIENT:
            return None
        found = self.in_force(client_id, kind, payer_id=payer_id, consent_id=consent_id, on=on)
        if found is not None:
            return found
        with self._pf.transaction():
            client = _client_row(client_id)
        name = display_name(client.name, client.preferred_name, sensitive=bool(client.sensitive))
        raise consent_missing(name, kind, recipient_name)

    def _row(self, consent_id: int) -> Any:
        row = ConsentModel.get_or_none(id=consent_id)
        if row is None:
            raise NotFoundError(
                what="Consent", ident=consent_id, nl="Toestemming {ident} is niet gevonden."
            )
        return row
