"""What the money documents print, gathered from the records (no reportlab here).

An issued invoice prints exactly what was frozen on it: its addressee, its supplier details, its
lines, its VAT treatment. Only the logo comes from today's practice details.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import TYPE_CHECKING, TypeVar

from mentordesk.documents.model import PracticeBlock
from mentordesk.documents.money_model import (
    InvoiceContent,
    LineBlock,
    MonthRow,
    OpenRow,
    OverviewContent,
    ProBonoContent,
    ProBonoLine,
    QuarterRow,
    ReminderContent,
)
from mentordesk.domain import epc_qr
from mentordesk.domain.enums import Language
from mentordesk.errors import ValidationError
from mentordesk.services.invoice_records import Invoice, InvoiceKind, Party, Supplier
from mentordesk.services.pro_bono import ProBonoSummary
from mentordesk.services.reports import YearOverview

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger(__name__)

_SAME_COUNTRY = (
    frozenset({"", "nederland", "netherlands", "the netherlands", "nl"}),
    frozenset({"belgië", "belgie", "belgium", "belgique", "be"}),
)


def practice_block(
    supplier: Supplier, logo: bytes | None, signature: bytes | None
) -> PracticeBlock:
    return PracticeBlock(
        name=supplier.name,
        trade_name=supplier.trade_name,
        street=supplier.street,
        postal_code=supplier.postal_code,
        city=supplier.city,
        country=supplier.country,
        email=supplier.email,
        phone=supplier.phone,
        website=supplier.website,
        kvk_number=supplier.kvk_number,
        vat_id=supplier.vat_id,
        logo=logo,
        signature=signature,
    )


def address_lines(party: Party, home_country: str, language: Language) -> tuple[str, ...]:
    """Name, t.a.v., street, postal code and town, and the country when it is not ours."""
    lines = [party.name]
    if party.attention.strip():
        lines.append(
            f"t.a.v. {party.attention}" if language is Language.NL else f"Attn. {party.attention}"
        )
    lines += [
        party.street,
        " ".join(p for p in (party.postal_code.strip(), party.city.strip()) if p),
    ]
    here, there = home_country.strip().casefold(), party.country.strip().casefold()
    if there and there != here and not any(here in s and there in s for s in _SAME_COUNTRY):
        lines.append(party.country.strip())
    return tuple(line for line in lines if line.strip())


def qr_payload(supplier: Supplier, amount_cents: int, number: str) -> str:
    """The EPC QR text for paying ``amount_cents`` of invoice ``number``; "" when it cannot be
    made (no IBAN, an IBAN outside SEPA, nothing to pay)."""
    if amount_cents <= 0 or not supplier.iban:
        return ""
    try:
        return epc_qr.payload(
            name=supplier.name[:70], iban=supplier.iban, amount_cents=amount_cents, text=number
        )
    except ValidationError as exc:
        log.info("no payment QR code: %s", exc.text("en"))
        return ""


def invoice_content(
    invoice: Invoice,
    *,
    logo: bytes | None,
    today: dt.date,
    credited_date: dt.date | None = None,
) -> InvoiceContent:
    lang = invoice.language
    issue = invoice.issue_date or today
    due = invoice.due_date or issue + dt.timedelta(days=invoice.payment_term_days)
    start = invoice.period_start or issue
    end = invoice.period_end or start
    qr = ""
    if invoice.payment_qr and invoice.kind is InvoiceKind.INVOICE and invoice.number:
        qr = qr_payload(invoice.supplier, invoice.totals.total_cents, invoice.number)
    return InvoiceContent(
        language=lang,
        practice=practice_block(invoice.supplier, logo, None),
        credit_note=invoice.kind is InvoiceKind.CREDIT_NOTE,
        draft=invoice.is_draft,
        number=invoice.number or "",
        issue_date=issue,
        due_date=due,
        payment_term_days=invoice.payment_term_days,
        period_start=start,
        period_end=end,
        addressee=address_lines(invoice.addressee, invoice.supplier.country, lang),
        customer_vat_id=invoice.addressee.vat_id,
        reference=invoice.reference,
        about=invoice.about,
        lines=tuple(
            LineBlock(
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price_cents=line.unit_price_cents,
                rate_permille=line.vat_rate_permille,
                net_cents=line.net_cents,
            )
            for line in invoice.lines
        ),
        per_rate=invoice.totals.per_rate,
        net_cents=invoice.totals.net_cents,
        vat_cents=invoice.totals.vat_cents,
        total_cents=invoice.totals.total_cents,
        treatment=invoice.vat_treatment,
        vat_note=invoice.vat_note,
        iban=invoice.supplier.iban,
        credited_number=invoice.credited_number or "",
        credited_date=credited_date,
        note=invoice.note,
        qr_payload=qr,
    )


def reminder_content(
    invoice: Invoice,
    *,
    logo: bytes | None,
    signature: bytes | None,
    today: dt.date,
    reminder: int,
    pay_within_days: int,
    salutation: str,
) -> ReminderContent:
    assert invoice.number and invoice.issue_date and invoice.due_date
    supplier = invoice.supplier
    return ReminderContent(
        language=invoice.language,
        practice=practice_block(supplier, logo, signature),
        addressee=address_lines(invoice.addressee, supplier.country, invoice.language),
        reference=invoice.reference,
        date=today,
        number=invoice.number,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        total_cents=invoice.totals.total_cents,
        paid_cents=invoice.paid_cents,
        credited_cents=invoice.credited_cents,
        open_cents=invoice.balance_cents,
        iban=supplier.iban,
        reminder=reminder,
        pay_within_days=pay_within_days,
        signer=supplier.name,
        salutation=salutation,
        about=invoice.about,
        qr_payload=qr_payload(supplier, invoice.balance_cents, invoice.number)
        if invoice.payment_qr
        else "",
    )


def pro_bono_content(
    summary: ProBonoSummary,
    practice: PracticeBlock,
    *,
    language: Language,
    today: dt.date,
    year: int | None,
    addressee: tuple[str, ...] = (),
) -> ProBonoContent:
    return ProBonoContent(
        language=language,
        practice=practice,
        date=today,
        start=summary.start,
        end=summary.end,
        rate_cents=summary.rate_cents,
        lines=tuple(
            ProBonoLine(
                date=s.date,
                client="" if summary.client_id is not None else s.client_label,
                funding=s.funding,
                minutes=s.minutes,
                value_cents=s.value_cents,
            )
            for s in summary.sessions
        ),
        client_name=summary.client_name,
        addressee=addressee,
        year=year,
        signer=practice.name,
    )


def overview_content(
    overview: YearOverview, practice: PracticeBlock, *, language: Language, today: dt.date
) -> OverviewContent:
    return OverviewContent(
        language=language,
        practice=practice,
        year=overview.year,
        as_of=overview.as_of,
        made_on=today,
        rate_cents=overview.rate_cents,
        months=tuple(_copy(MonthRow, m) for m in overview.months),
        quarters=tuple(_copy(QuarterRow, q) for q in overview.quarters),
        outstanding=tuple(_copy(OpenRow, o) for o in overview.outstanding),
        treatments=overview.treatments,
    )


_Row = TypeVar("_Row", bound="DataclassInstance")


def _copy(row_type: type[_Row], source: object) -> _Row:
    """A ``row_type`` record filled from the attributes of ``source`` with the same names."""
    return row_type(**{f.name: getattr(source, f.name) for f in dataclasses.fields(row_type)})
