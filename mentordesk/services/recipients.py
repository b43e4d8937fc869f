"""Who a document goes to: the client, a payer, the referrer or another named party.

``address`` resolves a ``Recipient`` to the address block and the greeting, and refuses a third
party the client has not consented to (``ConsentMissingError``, from ``consents.require``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentordesk.domain.enums import Language
from mentordesk.errors import ValidationError
from mentordesk.services.consents import ConsentService, RecipientKind
from mentordesk.services.records import Client

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


@dataclass(frozen=True)
class Recipient:
    """Who a letter goes to. ``payer_id``: which payer (None: the client's own payer);
    ``consent_id``: for a referrer or other party, the consent that names them (None: the
    newest in force)."""

    kind: RecipientKind = RecipientKind.CLIENT
    payer_id: int | None = None
    consent_id: int | None = None


@dataclass(frozen=True)
class Addressed:
    """A recipient resolved: the consent checked, the address block and the greeting."""

    recipient: Recipient
    name: str  # for the document log
    lines: tuple[str, ...]
    greet: str  # the name in the salutation; "" for the formal greeting
    reference: str = ""


_SAME_COUNTRY = (
    frozenset({"", "nederland", "netherlands", "the netherlands", "nl"}),
    frozenset({"belgië", "belgie", "belgium", "belgique", "be"}),
)


def _address(
    name: str, street: str, postal: str, city: str, *, country: str, home: str
) -> list[str]:
    lines = [name, street, " ".join(p for p in (postal.strip(), city.strip()) if p)]
    here, there = home.strip().casefold(), country.strip().casefold()
    if there and there != here and not any(here in s and there in s for s in _SAME_COUNTRY):
        lines.append(country.strip())
    return [line for line in lines if line.strip()]


def first_name(client: Client) -> str:
    return client.preferred_name.strip() or (client.name.split() or [""])[0]


def address(
    pf: PracticeFile, client: Client, recipient: Recipient, language: Language
) -> Addressed:
    """The address block for ``recipient``; refuses (``ConsentMissingError``) a third party the
    client has not consented to."""
    home = pf.practice.get().country
    nl = language == Language.NL
    if recipient.kind is RecipientKind.CLIENT:
        lines = _address(
            client.name,
            client.street,
            client.postal_code,
            client.city,
            country=client.country,
            home=home,
        )
        return Addressed(Recipient(), client.name, tuple(lines), first_name(client))
    consents = ConsentService(pf)
    if recipient.kind is RecipientKind.PAYER:
        payer_id = recipient.payer_id or _client_payer(pf, client)
        if payer_id is None:
            raise ValidationError(
                "recipient",
                "{client} has no payer to write to.",
                "{client} heeft geen betaler om aan te schrijven.",
                client=client.display_name,
            )
        payer = pf.payers.get(payer_id)
        consents.require(
            client.id, RecipientKind.PAYER, payer_id=payer.id, recipient_name=payer.name
        )
        contact = payer.contact_name.split("(")[0].strip()
        lines = _address(
            payer.name,
            payer.street,
            payer.postal_code,
            payer.city,
            country=payer.country,
            home=home,
        )
        if contact:
            lines.insert(1, f"t.a.v. {contact}" if nl else f"Attn. {contact}")
        reference = _payer_reference(pf, client, payer.id) or payer.reference
        return Addressed(
            Recipient(RecipientKind.PAYER, payer.id), payer.name, tuple(lines), contact, reference
        )
    consent = consents.require(client.id, recipient.kind, consent_id=recipient.consent_id)
    assert consent is not None
    lines = [
        consent.party_name,
        *(line for line in consent.party_address.splitlines() if line.strip()),
    ]
    return Addressed(
        Recipient(recipient.kind, consent_id=consent.id), consent.party_name, tuple(lines), ""
    )


def _client_payer(pf: PracticeFile, client: Client) -> int | None:
    if client.payer_id is not None:
        return client.payer_id
    paid = [e for e in pf.engagements.for_client(client.id) if e.payer_id is not None]
    return paid[0].payer_id if paid else None


def _payer_reference(pf: PracticeFile, client: Client, payer_id: int) -> str:
    for engagement in pf.engagements.for_client(client.id):
        if engagement.payer_id == payer_id and engagement.payer_reference.strip():
            return engagement.payer_reference
    return ""
