"""The fixed words of the money documents in Dutch and English, and amounts written out.

Like ``wording``, this needs no Qt: the documents follow the client's language, not the
interface's. Amounts are whole cents to the end: ``€ 1.234,56`` (Dutch), ``€1,234.56``
(English).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from mentordesk.domain.billing import LineUnit
from mentordesk.domain.enums import Funding, Language
from mentordesk.domain.vat import VatTreatment, rate_text

_WORDS: Final[dict[str, tuple[str, str]]] = {  # key: (Dutch, English)
    "invoice": ("Factuur", "Invoice"),
    "credit_note": ("Creditfactuur", "Credit note"),
    "draft": ("CONCEPT", "DRAFT"),
    "draft_number": ("concept", "draft"),
    "invoice_number": ("Factuurnummer", "Invoice number"),
    "credit_number": ("Creditfactuurnr.", "Credit note no."),
    "invoice_date": ("Factuurdatum", "Invoice date"),
    "due_date": ("Vervaldatum", "Due date"),
    "service_date": ("Datum levering", "Date of service"),
    "service_period": ("Periode", "Period"),
    "period_text": ("{start} t/m {end}", "{start} to {end}"),
    "your_reference": ("Uw kenmerk", "Your reference"),
    "customer_vat_id": ("Btw-id afnemer", "Customer VAT ID"),
    "about": ("Betreft", "Concerning"),
    "about_text": ("begeleiding van {name}", "mentoring of {name}"),
    "credits_invoice": ("Corrigeert factuur", "Corrects invoice"),
    "credit_intro": (
        "Deze creditfactuur corrigeert factuur {number} van {date}.",
        "This credit note corrects invoice {number} of {date}.",
    ),
    "credit_settle": (
        "Het gecrediteerde bedrag van {amount} wordt verrekend met factuur {number}. Heeft u "
        "die factuur al betaald, dan wordt het bedrag aan u terugbetaald.",
        "The credited amount of {amount} is set off against invoice {number}. If you have "
        "paid that invoice already, the amount will be refunded to you.",
    ),
    "description": ("Omschrijving", "Description"),
    "quantity": ("Aantal", "Quantity"),
    "price": ("Prijs", "Price"),
    "vat": ("Btw", "VAT"),
    "amount": ("Bedrag", "Amount"),
    "subtotal": ("Totaal excl. btw", "Total excl. VAT"),
    "vat_over": ("Btw {rate} over {amount}", "VAT {rate} on {amount}"),
    "total_due": ("Totaal te betalen", "Total due"),
    "reverse_charged": ("verlegd", "reverse-charged"),
    "total": ("Totaal", "Total"),
    "total_credit": ("Totaal gecrediteerd", "Total credited"),
    "kor": (
        "Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR).",
        "Exempt from VAT under the Dutch small business scheme (KOR).",
    ),
    "reverse_charge": (
        "Btw verlegd naar de afnemer (artikel 196 Btw-richtlijn); btw-id afnemer: {vat_id}.",
        "VAT reverse-charged to the customer (Article 196 VAT Directive); customer VAT ID: "
        "{vat_id}.",
    ),
    "pay_request": (
        "Wilt u het totaalbedrag van {amount} uiterlijk {date} ({days} dagen na factuurdatum) "
        "overmaken op IBAN {iban} ten name van {name}, onder vermelding van factuurnummer "
        "{number}?",
        "Please transfer the total of {amount} by {date} ({days} days from the invoice date) "
        "to IBAN {iban} in the name of {name}, quoting invoice number {number}.",
    ),
    "pay_request_draft": (
        "Betaling binnen {days} dagen na factuurdatum op IBAN {iban} ten name van {name}, "
        "onder vermelding van het factuurnummer.",
        "Payment within {days} days of the invoice date to IBAN {iban} in the name of {name}, "
        "quoting the invoice number.",
    ),
    "payment": ("Betaling", "Payment"),
    "scan_to_pay": ("Scan met uw bankapp om te betalen", "Scan with your banking app to pay"),
    "registration": (
        "KvK {kvk}  ·  btw-id {vat}  ·  IBAN {iban}",
        "KvK {kvk}  ·  VAT ID {vat}  ·  IBAN {iban}",
    ),
    "registration_no_vat": ("KvK {kvk}  ·  IBAN {iban}", "KvK {kvk}  ·  IBAN {iban}"),
    "remarks": ("Opmerking", "Note"),
    "unit_hour": ("uur", "hours"),
    "unit_hour_one": ("uur", "hour"),
    "unit_session": ("sessies", "sessions"),
    "unit_session_one": ("sessie", "session"),
    # the reminder
    "reminder": ("Betalingsherinnering", "Payment reminder"),
    "reminder_nth": ("{n}e betalingsherinnering", "Payment reminder no. {n}"),
    "reminder_subject": ("Herinnering: factuur {number}", "Reminder: invoice {number}"),
    "salutation": ("Geachte heer/mevrouw,", "Dear Sir or Madam,"),
    "salutation_name": ("Beste {name},", "Dear {name},"),
    "reminder_intro": (
        "Volgens mijn administratie is factuur {number} van {date} nog niet (volledig) "
        "betaald. De vervaldatum was {due}. Wellicht is de betaling aan uw aandacht ontsnapt.",
        "According to my records, invoice {number} of {date} has not been paid (in full) yet. "
        "It was due on {due}. Perhaps the payment escaped your attention.",
    ),
    "reminder_request": (
        "Wilt u het openstaande bedrag van {amount} binnen {days} dagen na dagtekening van "
        "deze herinnering overmaken op IBAN {iban} ten name van {name}, onder vermelding van "
        "factuurnummer {number}?",
        "Please transfer the outstanding {amount} within {days} days of the date of this "
        "reminder to IBAN {iban} in the name of {name}, quoting invoice number {number}.",
    ),
    "reminder_crossed": (
        "Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen. "
        "Heeft u vragen over de factuur, neem dan gerust contact met mij op.",
        "If you have paid in the meantime, please disregard this reminder. If you have any "
        "questions about the invoice, do get in touch.",
    ),
    "invoice_amount": ("Factuurbedrag", "Invoice amount"),
    "paid_so_far": ("Reeds betaald", "Paid so far"),
    "credited": ("Gecrediteerd", "Credited"),
    "open_amount": ("Openstaand bedrag", "Amount outstanding"),
    "date": ("Datum", "Date"),
    "regards": ("Met vriendelijke groet,", "Kind regards,"),
    # the pro bono statement
    "pro_bono_title": ("Overzicht pro-bonowerk", "Statement of pro bono work"),
    "pro_bono_for": ("Overzicht onbetaalde begeleiding", "Statement of unpaid mentoring"),
    "not_an_invoice": (
        "Dit is geen factuur. Er hoeft niets betaald te worden.",
        "This is not an invoice. Nothing is to be paid.",
    ),
    "pro_bono_intro_client": (
        "Dit overzicht toont de begeleiding die u van {start} t/m {end} kosteloos heeft "
        "ontvangen, en wat die waard is tegen het standaardtarief van de praktijk.",
        "This statement shows the mentoring you received free of charge from {start} to "
        "{end}, and what it is worth at the practice's standard rate.",
    ),
    "pro_bono_intro_year": (
        "Pro-bonosessies en gratis kennismakingsgesprekken van {start} t/m {end}, gewaardeerd "
        "tegen het standaardtarief. Cliënten die geen toestemming gaven om genoemd te worden, "
        "staan er anoniem in.",
        "Pro bono sessions and free intakes from {start} to {end}, valued at the standard rate. "
        "Clients who did not agree to be named are shown anonymously.",
    ),
    "client": ("Cliënt", "Client"),
    "kind": ("Soort", "Kind"),
    "duration": ("Duur", "Duration"),
    "value": ("Waarde", "Value"),
    "pro_bono": ("Pro bono", "Pro bono"),
    "free_intake": ("Gratis intake", "Free intake"),
    "sessions_count": ("Sessies", "Sessions"),
    "hours": ("Uren", "Hours"),
    "standard_rate": ("Standaardtarief", "Standard rate"),
    "per_hour": ("{amount} per uur (excl. btw)", "{amount} per hour (excl. VAT)"),
    "value_total": ("Waarde van het werk", "Value of the work"),
    "no_sessions": ("Geen sessies in deze periode.", "No sessions in this period."),
    # the year overview
    "year_overview": ("Jaaroverzicht {year}", "Year overview {year}"),
    "made_on": ("Opgesteld op {date}", "Made on {date}"),
    "key_figures": ("Kerncijfers", "Key figures"),
    "revenue": ("Omzet excl. btw", "Revenue excl. VAT"),
    "vat_invoiced": ("Gefactureerde btw", "VAT invoiced"),
    "received": ("Ontvangen", "Received"),
    "outstanding": ("Openstaand op {date}", "Outstanding on {date}"),
    "revenue_per_month": ("Omzet per maand", "Revenue per month"),
    "month": ("Maand", "Month"),
    "vat_per_quarter": (
        "Btw per kwartaal (voor de btw-aangifte)",
        "VAT per quarter (for the VAT return)",
    ),
    "quarter": ("Kwartaal", "Quarter"),
    "q": ("K{q}", "Q{q}"),
    "box_1a": ("1a omzet 21%", "1a revenue 21%"),
    "box_1a_vat": ("1a btw", "1a VAT"),
    "box_1b": ("1b omzet 9%", "1b revenue 9%"),
    "box_1b_vat": ("1b btw", "1b VAT"),
    "box_1c": ("1c overig", "1c other"),
    "box_3b": ("3b EU (verlegd)", "3b EU (reverse)"),
    "untaxed": ("KOR/vrijgesteld", "KOR/exempt"),
    "vat_note_kor": (
        "Facturen onder de KOR dragen geen btw; die omzet hoort niet in de btw-aangifte.",
        "Invoices under the KOR carry no VAT; that turnover is not part of the VAT return.",
    ),
    "vat_note_dates": (
        "Per factuurdatum; creditfacturen zijn afgetrokken.",
        "By invoice date; credit notes subtracted.",
    ),
    "outstanding_invoices": ("Openstaande facturen", "Outstanding invoices"),
    "customer": ("Afnemer", "Customer"),
    "days_overdue": ("Dagen over tijd", "Days overdue"),
    "none_outstanding": ("Er staan geen facturen open.", "No invoices are outstanding."),
    "hours_title": (
        "Betaald en pro bono: uren en sessies",
        "Paid and pro bono: hours and sessions",
    ),
    "paid_hours": ("Betaalde uren", "Paid hours"),
    "paid_sessions": ("Betaalde sessies", "Paid sessions"),
    "pro_bono_hours": ("Pro-bono-uren", "Pro bono hours"),
    "pro_bono_sessions": ("Pro-bonosessies", "Pro bono sessions"),
    "pro_bono_value": ("Waarde pro bono", "Value of pro bono work"),
    "pro_bono_value_note": (
        "Pro bono omvat gratis intakes. Gewaardeerd tegen {rate}.",
        "Pro bono includes free intakes. Valued at {rate}.",
    ),
    "paid": ("Betaald", "Paid"),
    "vat_regimes": ("Btw op de facturen", "VAT on the invoices"),
    "treatment_standard": ("btw (standaard)", "VAT (standard)"),
    "treatment_kor": ("KOR (geen btw)", "KOR (no VAT)"),
    "treatment_exempt": ("vrijgesteld", "exempt"),
    "treatment_reverse_charge": ("verlegd (EU)", "reverse-charged (EU)"),
}

_MONTHS: Final[dict[Language, tuple[str, ...]]] = {
    Language.NL: (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    Language.EN: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def word(key: str, language: Language, **values: object) -> str:
    dutch, english = _WORDS[key]
    text = dutch if language is Language.NL else english
    return text.format(**values) if values else text


def money(cents: int, language: Language) -> str:
    """``€ 1.234,56`` (Dutch) or ``€1,234.56`` (English); negative ``€ -95,00`` / ``-€95.00``."""
    euros, rest = divmod(abs(int(cents)), 100)
    grouped = f"{euros:,}"
    if language is Language.NL:
        number = grouped.replace(",", ".") + f",{rest:02d}"
        return f"€ -{number}" if cents < 0 else f"€ {number}"
    number = f"{grouped}.{rest:02d}"
    return f"-€{number}" if cents < 0 else f"€{number}"


def long_date(value: dt.date, language: Language) -> str:
    return f"{value.day} {_MONTHS[language][value.month - 1]} {value.year}"


def period_text(start: dt.date, end: dt.date, language: Language) -> str:
    """``5 januari 2026`` for one day; ``5 t/m 19 januari 2026`` within a month;
    ``5 januari t/m 19 februari 2026`` within a year; full dates across years."""
    if start == end:
        return long_date(start, language)
    first = long_date(start, language)
    if (start.year, start.month) == (end.year, end.month):
        first = str(start.day)
    elif start.year == end.year:
        first = f"{start.day} {_MONTHS[language][start.month - 1]}"
    return word("period_text", language, start=first, end=long_date(end, language))


def month_name(month: int, language: Language) -> str:
    return _MONTHS[language][month - 1]


def short_month_name(month: int, language: Language) -> str:
    name = _MONTHS[language][month - 1]
    return "mrt" if name == "maart" else name[:3]


def number_text(value: Decimal, language: Language) -> str:
    """``Decimal("1.5")`` -> ``1,5`` / ``1.5``."""
    text = format(value, "f")
    return text.replace(".", ",") if language is Language.NL else text


def quantity_text(quantity: Decimal, unit: LineUnit, language: Language) -> str:
    """``1,5 uur``, ``1 sessie``, ``2`` (items have no unit word)."""
    number = number_text(quantity, language)
    if unit is LineUnit.ITEM:
        return number
    one = quantity == 1
    key = {LineUnit.HOUR: "unit_hour", LineUnit.SESSION: "unit_session"}[unit]
    return f"{number} {word(key + '_one' if one else key, language)}"


def vat_rate(rate_permille: int, language: Language) -> str:
    return rate_text(rate_permille, "," if language is Language.NL else ".")


def hours_text(minutes: int, language: Language) -> str:
    """``90`` -> ``1,5`` / ``1.5`` (hours, at most two decimals)."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"))
    text = format(
        hours.normalize() if hours != hours.to_integral_value() else hours.quantize(Decimal(1)), "f"
    )
    return text.replace(".", ",") if language is Language.NL else text


def treatment_label(treatment: VatTreatment, language: Language) -> str:
    return word(f"treatment_{treatment.value}", language)


def funding_label(funding: Funding, language: Language) -> str:
    return word("free_intake" if funding is Funding.FREE_INTAKE else "pro_bono", language)
