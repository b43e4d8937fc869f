"""Turning an ``InvoiceDraft`` into the values of an invoice row and its lines, checked.

Everything a draft says is checked here (call inside a transaction): the client, the payer and
the engagement exist and belong together; each line is sound; each session line bills a held
or missed session of paid work of this client, paid by the invoice's addressee, that no other
invoice has claimed. Pro bono and free-intake sessions are refused. The addressee and the
supplier are read fresh from the client or payer and the practice; issuing freezes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from mentordesk.domain.enums import Funding, Language, VatRegime
from mentordesk.domain.vat import VatTreatment
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.invoice_lines import checked_lines
from mentordesk.services.invoice_reading import PARTY_FIELDS, SUPPLIER_FIELDS, record
from mentordesk.services.invoice_records import (
    Invoice,
    InvoiceDraft,
    InvoiceKind,
    InvoiceLine,
    LineDraft,
    Party,
    Supplier,
)
from mentordesk.services.records import PracticeDetails
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Engagement as EngagementModel
from mentordesk.store.models import Invoice as InvoiceModel
from mentordesk.store.models import InvoicedSession
from mentordesk.store.models import InvoiceLine as LineModel
from mentordesk.store.models import Payer as PayerModel
from mentordesk.store.models import Session as SessionModel


@dataclass(frozen=True)
class Prepared:
    """An invoice row's values and its lines (with their net amounts), ready to write."""

    values: dict[str, Any]
    lines: list[tuple[LineDraft, int]]

    def preview(self, client_name: str, today: dt.date, number: str | None = None) -> Invoice:
        """The unsaved invoice as a record (id 0): for the editor's preview."""
        row = SimpleNamespace(
            id=0,
            status="draft",
            number=number,
            year=None,
            seq=None,
            issue_date=None,
            due_date=None,
            issued_at=None,
            **self.values,
        )
        lines = tuple(
            InvoiceLine(
                description=line.description,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                vat_rate_permille=line.vat_rate_permille,
                unit=line.unit,
                session_id=line.session_id,
                credited_line_id=line.credited_line_id,
                position=position,
                net_cents=net,
            )
            for position, (line, net) in enumerate(self.lines)
        )
        return record(
            row,
            lines,
            (),
            credited_cents=0,
            credit_note_ids=(),
            credited_number=None,
            client_name=client_name,
            today=today,
        )


def supplier_of(practice: PracticeDetails) -> Supplier:
    return Supplier(**{f: getattr(practice, f) for f in SUPPLIER_FIELDS})


def party_values(party: Party) -> dict[str, Any]:
    return {f"to_{f}": getattr(party, f) for f in PARTY_FIELDS}


def supplier_values(supplier: Supplier) -> dict[str, Any]:
    return {f"from_{f}": getattr(supplier, f) for f in SUPPLIER_FIELDS}


def client_party(client: Any) -> Party:
    return Party(
        name=client.name,
        street=client.street,
        postal_code=client.postal_code,
        city=client.city,
        country=client.country,
    )


def payer_party(payer: Any) -> Party:
    return Party(
        name=payer.name,
        attention=payer.contact_name.split("(")[0].strip(),
        street=payer.street,
        postal_code=payer.postal_code,
        city=payer.city,
        country=payer.country,
        vat_id=payer.vat_id,
    )


def treatment_for(practice: PracticeDetails, reverse_charge: bool) -> tuple[VatTreatment, str]:
    treatment = VatTreatment.for_regime(practice.vat_regime, reverse_charge=reverse_charge)
    note = practice.vat_exempt_text if practice.vat_regime is VatRegime.EXEMPT else ""
    return treatment, note if treatment is VatTreatment.EXEMPT else ""


def client_row(client_id: int) -> Any:
    row = ClientModel.get_or_none(id=client_id)
    if row is None:
        raise NotFoundError(what="Client", ident=client_id)
    return row


def prepare(
    draft: InvoiceDraft,
    practice: PracticeDetails,
    *,
    invoice_id: int | None = None,
    original: Any = None,
) -> Prepared:
    """The checked values of ``draft`` (a credit note when ``original`` is its invoice row)."""
    client = client_row(draft.client_id)
    kind = InvoiceKind.INVOICE if original is None else InvoiceKind.CREDIT_NOTE
    if original is not None:
        values = _credit_header(original, draft)
        treatment = VatTreatment(original.vat_regime)
    else:
        values = _invoice_header(draft, client, practice)
        treatment = VatTreatment(values["vat_regime"])
    lines = checked_lines(draft.lines, treatment)
    for index, (line, _net) in enumerate(lines):
        if kind is InvoiceKind.INVOICE:
            if line.credited_line_id is not None:
                raise ValidationError(
                    f"lines.{index}",
                    "Only a credit note credits lines of another invoice.",
                    "Alleen een creditfactuur crediteert regels van een andere factuur.",
                )
            if line.session_id is not None:
                _check_session(line.session_id, index, draft, invoice_id)
        elif line.credited_line_id is not None:
            _check_credited_line(line.credited_line_id, index, original.id)
    sessions = [s for s in _session_dates(lines) if s is not None]
    start = draft.period_start or (min(sessions) if sessions else None)
    end = draft.period_end or (max(sessions) if sessions else None)
    if start is not None and end is not None:
        check.date_order(start, end, field="period_end")
    values.update(
        kind=kind.value,
        client_id=client.id,
        period_start=start,
        period_end=end,
        note=check.text("note", draft.note),
        payment_qr=bool(draft.payment_qr),
        payment_term_days=practice.payment_term_days,
        **supplier_values(supplier_of(practice)),
        **_sums(lines, treatment),
    )
    return Prepared(values, lines)


def _sums(lines: list[tuple[LineDraft, int]], treatment: VatTreatment) -> dict[str, int]:
    from mentordesk.domain.vat import totals

    sums = totals(((net, line.vat_rate_permille) for line, net in lines), treatment)
    return {
        "net_cents": sums.net_cents,
        "vat_cents": sums.vat_cents,
        "total_cents": sums.total_cents,
    }


def _invoice_header(draft: InvoiceDraft, client: Any, practice: PracticeDetails) -> dict[str, Any]:
    engagement = None
    if draft.engagement_id is not None:
        engagement = EngagementModel.get_or_none(id=draft.engagement_id)
        if engagement is None or engagement.client_id != client.id:
            raise ValidationError(
                "engagement_id",
                "That engagement is not one of this client's.",
                "Dat traject hoort niet bij deze cliënt.",
            )
    language = check.choice("language", draft.language or client.language, Language)
    if draft.payer_id is not None:
        payer = PayerModel.get_or_none(id=draft.payer_id)
        if payer is None:
            raise NotFoundError(what="Payer", ident=draft.payer_id)
        party = payer_party(payer)
        about = client.name
        default_reference = payer.reference
        if engagement is not None and engagement.payer_reference.strip():
            default_reference = engagement.payer_reference
    else:
        party, about, default_reference = client_party(client), "", ""
    reference = draft.reference if draft.reference is not None else default_reference
    treatment, note = treatment_for(practice, draft.reverse_charge)
    return {
        "payer_id": draft.payer_id,
        "engagement_id": draft.engagement_id,
        "credited_invoice_id": None,
        "language": language.value,
        "reference": check.text("reference", reference),
        "about": about,
        "vat_regime": treatment.value,
        "vat_note": note,
        **party_values(party),
    }


def _credit_header(original: Any, draft: InvoiceDraft) -> dict[str, Any]:
    """A credit note names the customer, the VAT treatment and the reference of its invoice."""
    if draft.client_id != original.client_id:
        raise ValidationError(
            "client_id",
            "A credit note goes to the client of its invoice.",
            "Een creditfactuur hoort bij de cliënt van de oorspronkelijke factuur.",
        )
    language = check.choice("language", draft.language or original.language, Language)
    return {
        "payer_id": original.payer_id,
        "engagement_id": original.engagement_id,
        "credited_invoice_id": original.id,
        "language": language.value,
        "reference": original.reference,
        "about": original.about,
        "vat_regime": original.vat_regime,
        "vat_note": original.vat_note,
        **{f"to_{f}": getattr(original, f"to_{f}") for f in PARTY_FIELDS},
    }


def _session_dates(lines: list[tuple[LineDraft, int]]) -> list[dt.date | None]:
    ids = [line.session_id for line, _ in lines if line.session_id is not None]
    if not ids:
        return []
    return [
        row.date for row in SessionModel.select(SessionModel.date).where(SessionModel.id << ids)
    ]


def _day(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


def _check_session(
    session_id: int, index: int, draft: InvoiceDraft, invoice_id: int | None
) -> None:
    field = f"lines.{index}.session_id"
    session = SessionModel.get_or_none(id=session_id)
    if session is None:
        raise NotFoundError(what="Session", ident=session_id, nl="Sessie {ident} is niet gevonden.")
    engagement = EngagementModel.get_by_id(session.engagement_id)
    day = _day(session.date)
    if engagement.client_id != draft.client_id:
        raise ValidationError(
            field,
            "The session of {day} is not one of this client's.",
            "De sessie van {day} hoort niet bij deze cliënt.",
            day=day,
        )
    if not Funding(engagement.funding).billable:
        raise ValidationError(
            field,
            "The session of {day} is pro bono or a free intake: such work is never invoiced.",
            "De sessie van {day} is pro bono of een gratis intake: dat werk wordt nooit "
            "gefactureerd.",
            day=day,
        )
    if not session.billable or session.status not in ("held", "no_show"):
        raise ValidationError(
            field,
            "The session of {day} was not held or is marked as not billable.",
            "De sessie van {day} is niet gehouden of staat op niet declarabel.",
            day=day,
        )
    if engagement.payer_id != draft.payer_id:
        raise ValidationError(
            field,
            "The session of {day} is paid by someone else than this invoice's addressee; put "
            "it on an invoice to whoever pays for that engagement.",
            "De sessie van {day} wordt door een ander betaald dan de geadresseerde van deze "
            "factuur; zet hem op een factuur aan wie dat traject betaalt.",
            day=day,
        )
    claim = InvoicedSession.get_or_none(session=session_id)
    if claim is not None:
        holder = InvoiceModel.get_by_id(LineModel.get_by_id(claim.line_id).invoice_id)
        if holder.id != invoice_id and holder.number:
            raise ValidationError(
                field,
                "The session of {day} is already on invoice {number}.",
                "De sessie van {day} staat al op factuur {number}.",
                day=day,
                number=holder.number,
            )
        if holder.id != invoice_id:
            raise ValidationError(
                field,
                "The session of {day} is already on another draft invoice.",
                "De sessie van {day} staat al op een andere conceptfactuur.",
                day=day,
            )


def _check_credited_line(line_id: int, index: int, original_id: int) -> None:
    line = LineModel.get_or_none(id=line_id)
    if line is None or line.invoice_id != original_id:
        raise ValidationError(
            f"lines.{index}",
            "A credit note line credits a line of its own invoice.",
            "Een regel van een creditfactuur crediteert een regel van de eigen factuur.",
        )
