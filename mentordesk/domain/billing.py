"""How a session becomes an invoice line, and what unpaid time is worth. No I/O.

Quantities have at most two decimals (``0.75`` hour). A session at an hourly rate is billed in
hours when its length is a whole number of hundredths of an hour (45, 60, 75, 90 minutes ...);
a length that is not (50 minutes is 0.8333... hour) is billed as one session at the pro-rated
price, rounded half up to the cent, so that the invoice never shows a rounded quantity that
does not multiply out to its amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from mentordesk.domain.vat import round_cents

MAX_QUANTITY: Final = Decimal(100_000)
QUANTITY_STEP: Final = Decimal("0.01")


class LineUnit(StrEnum):
    """What a line's quantity counts."""

    HOUR = "hour"
    SESSION = "session"
    ITEM = "item"


@dataclass(frozen=True)
class Priced:
    quantity: Decimal
    unit: LineUnit
    unit_price_cents: int


def tidy(quantity: Decimal) -> Decimal:
    """``quantity`` with at most two decimals and no trailing zeros: ``1.50`` -> ``1.5``."""
    stepped = quantity.quantize(QUANTITY_STEP)
    if stepped == stepped.to_integral_value():
        return stepped.quantize(Decimal(1))
    return stepped.normalize()


def minutes_value(minutes: int, hourly_rate_cents: int) -> int:
    """What ``minutes`` of work are worth at ``hourly_rate_cents``, half up to the cent."""
    return round_cents(Decimal(minutes) * hourly_rate_cents / 60)


def session_price(minutes: int, hourly_rate_cents: int) -> Priced:
    """A session of ``minutes`` at an hourly rate: hours when exact, else one session."""
    hours = Decimal(minutes) / 60
    if hours == hours.quantize(QUANTITY_STEP):
        return Priced(tidy(hours), LineUnit.HOUR, hourly_rate_cents)
    return Priced(Decimal(1), LineUnit.SESSION, minutes_value(minutes, hourly_rate_cents))


def package_share(package_cents: int, sessions: int) -> int:
    """One session's share of a package price over ``sessions`` sessions, half up."""
    return round_cents(Decimal(package_cents) / max(1, sessions))


def valid_quantity(quantity: object) -> bool:
    """More than zero, at most two decimals, and not absurdly large."""
    if not isinstance(quantity, Decimal) or not quantity.is_finite():
        return False
    return Decimal(0) < quantity <= MAX_QUANTITY and quantity == quantity.quantize(QUANTITY_STEP)
