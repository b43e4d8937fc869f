"""Issuing: the checks an invoice must pass, and its number from the gapless sequence.

Numbers are given inside the issuing transaction, which starts with ``BEGIN IMMEDIATE`` (the
write lock is taken before the highest number is read): the next number of a year is the
highest issued ``seq`` of that year plus one. A unique index on ``(year, seq)``, the unique
``number`` and a trigger that insists on max + 1 back this up in the file itself. Credit notes
take their numbers from the same sequence. Issue dates never run backwards within a year, so
the numbers follow the dates.
"""

from __future__ import annotations

import datetime as dt

from mentordesk.domain import invoice_numbers
from mentordesk.domain.vat import VatTreatment
from mentordesk.errors import ValidationError
from mentordesk.services.invoice_records import Invoice, InvoiceKind
from mentordesk.services.records import PracticeDetails
from mentordesk.store.models import Invoice as InvoiceModel


def next_seq(year: int) -> int:
    """The sequence number the next invoice of ``year`` gets (call inside the transaction)."""
    highest = (
        InvoiceModel.select(InvoiceModel.seq)
        .where((InvoiceModel.status == "issued") & (InvoiceModel.year == year))
        .order_by(InvoiceModel.seq.desc())
        .limit(1)
        .scalar()
    )
    return int(highest or 0) + 1


def last_issued(year: int) -> tuple[dt.date, str] | None:
    """The date and number of the latest invoice issued in ``year``."""
    row = (
        InvoiceModel.select(InvoiceModel.issue_date, InvoiceModel.number)
        .where((InvoiceModel.status == "issued") & (InvoiceModel.year == year))
        .order_by(InvoiceModel.seq.desc())
        .first()
    )
    return None if row is None else (row.issue_date, row.number)


def number_for(pattern: str, year: int) -> tuple[int, str]:
    """The next ``(seq, number)`` of ``year``; refuses a number that is taken already."""
    seq = next_seq(year)
    number = invoice_numbers.format_number(pattern, year, seq)
    if InvoiceModel.select().where(InvoiceModel.number == number).exists():
        raise ValidationError(
            "invoice_number_pattern",
            "The next number, {number}, is already in use. Change the invoice number pattern "
            "in the practice details (include {{year}}).",
            "Het volgende nummer, {number}, is al in gebruik. Pas het patroon voor "
            "factuurnummers aan bij de praktijkgegevens (met {{year}}).",
            number=number,
        )
    return seq, number


def _missing(field: str, en: str, nl: str) -> ValidationError:
    return ValidationError(
        field,
        "Fill in {what} in the practice details: every invoice must show it.",
        "Vul {what_nl} in bij de praktijkgegevens: elke factuur moet die vermelden.",
        what=en,
        what_nl=nl,
    )


def problems(
    invoice: Invoice,
    practice: PracticeDetails,
    *,
    issue_date: dt.date,
    today: dt.date,
    creditable_cents: int = 0,
) -> list[ValidationError]:
    """Everything that stops ``invoice`` (addressee and supplier as they would be frozen) from
    being issued on ``issue_date``; empty when it may be issued."""
    found: list[ValidationError] = []
    supplier, party = invoice.supplier, invoice.addressee
    treatment = invoice.vat_treatment
    for value, field, en, nl in (
        (supplier.name, "name", "the practice name", "de naam van de praktijk"),
        (supplier.street, "street", "the practice address", "het adres van de praktijk"),
        (supplier.city, "city", "the practice's town", "de plaats van de praktijk"),
        (supplier.kvk_number, "kvk_number", "the KvK number", "het KvK-nummer"),
    ):
        if not value.strip():
            found.append(_missing(field, en, nl))
    if treatment in (VatTreatment.STANDARD, VatTreatment.REVERSE_CHARGE) and not supplier.vat_id:
        found.append(_missing("vat_id", "the VAT id (btw-id)", "het btw-id"))
    if invoice.kind is InvoiceKind.INVOICE and not supplier.iban:
        found.append(_missing("iban", "the IBAN", "het IBAN"))
    if treatment is VatTreatment.EXEMPT and not invoice.vat_note.strip():
        found.append(
            ValidationError(
                "vat_exempt_text",
                "Write the exemption line in the practice details: the invoice must say why "
                "it carries no VAT.",
                "Schrijf de regel over de vrijstelling bij de praktijkgegevens: de factuur "
                "moet zeggen waarom er geen btw op staat.",
            )
        )
    if (
        invoice.kind is InvoiceKind.INVOICE
        and treatment is not VatTreatment.REVERSE_CHARGE
        and treatment.value != practice.vat_regime.value
    ):
        found.append(
            ValidationError(
                "vat_regime",
                "The VAT regime in the practice details changed since this draft was saved. "
                "Open the draft, check its lines and save it again.",
                "De btw-regeling bij de praktijkgegevens is gewijzigd sinds dit concept is "
                "opgeslagen. Open het concept, controleer de regels en sla het opnieuw op.",
            )
        )
    if not (party.name.strip() and party.street.strip() and party.city.strip()):
        found.append(
            ValidationError(
                "addressee",
                "The address of {name} is incomplete: an invoice must show the customer's name "
                "and address. Fill it in first.",
                "Het adres van {name} is onvolledig: een factuur moet naam en adres van de "
                "afnemer vermelden. Vul het eerst aan.",
                name=party.name or invoice.client_name,
            )
        )
    if treatment is VatTreatment.REVERSE_CHARGE and not party.vat_id.strip():
        found.append(
            ValidationError(
                "addressee.vat_id",
                "With VAT reverse-charged, the invoice must show the customer's VAT id; the "
                "payer has none.",
                "Bij verlegde btw moet de factuur het btw-id van de afnemer vermelden; de "
                "betaler heeft er geen.",
            )
        )
    if not invoice.lines:
        found.append(
            ValidationError(
                "lines", "The invoice has no lines yet.", "De factuur heeft nog geen regels."
            )
        )
    total = invoice.totals.total_cents
    if invoice.lines and invoice.kind is InvoiceKind.INVOICE and total <= 0:
        found.append(
            ValidationError(
                "lines",
                "An invoice must come to more than 0.00; a correction goes on a credit note.",
                "Een factuur moet meer dan 0,00 bedragen; een correctie gaat via een "
                "creditfactuur.",
            )
        )
    if invoice.lines and invoice.kind is InvoiceKind.CREDIT_NOTE:
        if total >= 0:
            found.append(
                ValidationError(
                    "lines",
                    "A credit note must come to less than 0.00.",
                    "Een creditfactuur moet minder dan 0,00 bedragen.",
                )
            )
        elif -total > creditable_cents:
            found.append(
                ValidationError(
                    "lines",
                    "This credit note credits more than is left of invoice {number}.",
                    "Deze creditfactuur crediteert meer dan er van factuur {number} over is.",
                    number=invoice.credited_number or "",
                )
            )
    try:
        invoice_numbers.validate_pattern(practice.invoice_number_pattern)
    except ValidationError as exc:
        found.append(exc)
    found += _date_problems(issue_date, today)
    return found


def _date_problems(issue_date: dt.date, today: dt.date) -> list[ValidationError]:
    if issue_date > today:
        return [
            ValidationError(
                "issue_date",
                "An invoice cannot be dated in the future.",
                "Een factuur kan niet in de toekomst gedateerd worden.",
            )
        ]
    latest = last_issued(issue_date.year)
    if latest is not None and issue_date < latest[0]:
        return [
            ValidationError(
                "issue_date",
                "Invoice {number} is dated {date}; a later number cannot have an earlier date.",
                "Factuur {number} is gedateerd {date}; een later nummer kan geen eerdere "
                "datum hebben.",
                number=latest[1],
                date=latest[0].strftime("%d-%m-%Y"),
            )
        ]
    return []
