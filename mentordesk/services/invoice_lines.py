"""Invoice lines: a session turned into a line, and the checks every line passes.

A session line says what and when, never what was discussed: "Mentorgesprek 12-03-2026,
60 min". Its price comes from the engagement: the hourly rate, else an even share of the package
price over the planned sessions, else the practice's default hourly rate.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Final

from mentordesk.domain.billing import LineUnit, package_share, session_price, tidy, valid_quantity
from mentordesk.domain.enums import Language
from mentordesk.domain.money import MAX_CENTS
from mentordesk.domain.vat import STANDARD_RATE, VatTreatment, line_net, valid_rate
from mentordesk.errors import ValidationError
from mentordesk.services import validation as check
from mentordesk.services.invoice_records import LineDraft
from mentordesk.store.money_queries import BillableRow

MAX_LINES: Final = 200
MAX_DESCRIPTION: Final = 300
_SESSION_WORDS: Final = {
    Language.NL: ("Mentorgesprek", "Niet nagekomen afspraak"),
    Language.EN: ("Mentoring session", "Missed appointment"),
}


def session_description(row: BillableRow, language: Language) -> str:
    """``Mentorgesprek 12-03-2026, 60 min``: the date and length, no content at all."""
    held, missed = _SESSION_WORDS[language]
    what = missed if row.status == "no_show" else held
    return f"{what} {row.date.strftime('%d-%m-%Y')}, {row.duration_minutes} min"


def session_line(
    row: BillableRow, language: Language, default_rate_cents: int, treatment: VatTreatment
) -> LineDraft:
    """The line a billable session becomes, priced from its engagement."""
    if row.rate_cents is not None:
        priced = session_price(row.duration_minutes, row.rate_cents)
        quantity, unit, price = priced.quantity, priced.unit, priced.unit_price_cents
    elif row.package_price_cents is not None and row.planned_sessions:
        share = package_share(row.package_price_cents, row.planned_sessions)
        quantity, unit, price = Decimal(1), LineUnit.SESSION, share
    else:
        priced = session_price(row.duration_minutes, default_rate_cents)
        quantity, unit, price = priced.quantity, priced.unit, priced.unit_price_cents
    return LineDraft(
        description=session_description(row, language),
        quantity=quantity,
        unit_price_cents=price,
        vat_rate_permille=STANDARD_RATE if treatment.charges_vat else 0,
        unit=unit,
        session_id=row.session_id,
    )


def checked_line(line: LineDraft, index: int, treatment: VatTreatment) -> tuple[LineDraft, int]:
    """``line`` cleaned (and its rate 0 when the treatment charges no VAT), with its net
    amount; a ``ValidationError`` names the line (``lines.3.quantity``) and the problem."""
    number = index + 1
    prefix = f"lines.{index}"
    description = check.text(f"{prefix}.description", line.description)
    description = " ".join(description.split())
    if not description:
        raise ValidationError(
            f"{prefix}.description",
            "Line {n} needs a description.",
            "Regel {n} heeft een omschrijving nodig.",
            n=number,
        )
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(
            f"{prefix}.description",
            "The description of line {n} is longer than 300 characters.",
            "De omschrijving van regel {n} is langer dan 300 tekens.",
            n=number,
        )
    quantity = line.quantity
    if isinstance(quantity, int) and not isinstance(quantity, bool):
        quantity = Decimal(quantity)
    if not valid_quantity(quantity):
        raise ValidationError(
            f"{prefix}.quantity",
            "The quantity of line {n} must be more than 0, with at most two decimals.",
            "Het aantal van regel {n} moet meer dan 0 zijn, met hoogstens twee decimalen.",
            n=number,
        )
    price = line.unit_price_cents
    if isinstance(price, bool) or not isinstance(price, int) or abs(price) > MAX_CENTS:
        raise ValidationError(
            f"{prefix}.unit_price_cents",
            "The price of line {n} is not an amount in cents, or is too large.",
            "De prijs van regel {n} is geen bedrag in centen, of is te groot.",
            n=number,
        )
    if not valid_rate(line.vat_rate_permille):
        raise ValidationError(
            f"{prefix}.vat_rate_permille",
            "The VAT rate of line {n} must be from 0% to 100%.",
            "Het btw-tarief van regel {n} moet van 0% tot 100% zijn.",
            n=number,
        )
    unit = check.choice(f"{prefix}.unit", line.unit, LineUnit)
    rate = line.vat_rate_permille if treatment.charges_vat else 0
    cleaned = replace(
        line,
        description=description,
        quantity=tidy(quantity),
        unit=unit,
        vat_rate_permille=rate,
    )
    return cleaned, line_net(cleaned.quantity, price)


def checked_lines(
    lines: tuple[LineDraft, ...], treatment: VatTreatment
) -> list[tuple[LineDraft, int]]:
    if len(lines) > MAX_LINES:
        raise ValidationError(
            "lines",
            "An invoice has at most 200 lines.",
            "Een factuur heeft hoogstens 200 regels.",
        )
    found = [checked_line(line, i, treatment) for i, line in enumerate(lines)]
    sessions = [line.session_id for line, _ in found if line.session_id is not None]
    if len(sessions) != len(set(sessions)):
        raise ValidationError(
            "lines",
            "A session appears twice on this invoice.",
            "Een sessie staat twee keer op deze factuur.",
        )
    return found


def quantity_hundredths(quantity: Decimal) -> int:
    return int(quantity * 100)


def quantity_from_hundredths(value: int) -> Decimal:
    return tidy(Decimal(value) / 100)
