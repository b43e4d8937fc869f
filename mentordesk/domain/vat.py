"""VAT (btw) on invoices: how an invoice is taxed, the rates, and the one rounding rule.

Amounts are whole euro cents (``int``), quantities ``Decimal``, rates whole permille (``210`` is
21 %, ``90`` is 9 %, ``0`` is 0 %). No float is ever involved.

How an invoice is taxed (``VatTreatment``) is decided when it is made, from the practice's VAT
regime, and frozen with the invoice when it is issued:

- ``standard``: VAT at the line's rate (21 % for mentoring in the Netherlands).
- ``kor``: the small-business scheme (kleineondernemersregeling): no VAT; the invoice says so.
- ``exempt``: another exemption; the invoice prints the practice's own text giving the reason.
- ``reverse_charge``: a business customer in another EU country owes the VAT (btw verlegd);
  no VAT on the invoice, which names the customer's VAT id.

THE ROUNDING RULE (tested in ``tests/unit/domain/test_vat.py``):

1. A line's net amount (excluding VAT) is quantity x unit price, rounded to the cent,
   half up (``ROUND_HALF_UP``: x.5 cent goes away from zero, so 0.5 -> 1 and -0.5 -> -1).
2. VAT is computed per rate, once per invoice: the sum of the net amounts of the lines at that
   rate, times the rate, rounded to the cent half up in the same way. Lines carry no VAT of
   their own, so there is no rounding per line to add up.
3. The total is the sum of every line's net amount plus the VAT of every rate.

Because the rounding is symmetric around zero, a credit note that negates every line of an
invoice has exactly the negated VAT and total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Final

from mentordesk.domain.enums import VatRegime

STANDARD_RATE: Final = 210  # 21 %: mentoring and coaching in the Netherlands
REDUCED_RATE: Final = 90  # 9 %
ZERO_RATE: Final = 0
COMMON_RATES: Final = (STANDARD_RATE, REDUCED_RATE, ZERO_RATE)  # for a choice on screen
MAX_RATE: Final = 1000  # 100 %: anything above is surely a typo


class VatTreatment(StrEnum):
    """How one invoice is taxed (frozen on the invoice when it is issued)."""

    STANDARD = "standard"
    KOR = "kor"
    EXEMPT = "exempt"
    REVERSE_CHARGE = "reverse_charge"

    @property
    def charges_vat(self) -> bool:
        """Whether the lines' rates apply; under every other treatment the VAT is zero."""
        return self is VatTreatment.STANDARD

    @classmethod
    def for_regime(cls, regime: VatRegime, *, reverse_charge: bool = False) -> VatTreatment:
        """The treatment of a new invoice under the practice's ``regime``."""
        if reverse_charge:
            return cls.REVERSE_CHARGE
        return cls(str(regime))


@dataclass(frozen=True)
class RateTotal:
    """The lines at one rate: their net sum and the VAT on it."""

    rate_permille: int
    net_cents: int
    vat_cents: int


@dataclass(frozen=True)
class Totals:
    net_cents: int  # excluding VAT
    vat_cents: int
    total_cents: int  # including VAT
    per_rate: tuple[RateTotal, ...]  # highest rate first


def round_cents(value: Decimal) -> int:
    """``value`` (in cents) rounded to a whole cent, half up (away from zero)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_net(quantity: Decimal, unit_price_cents: int) -> int:
    """A line's net amount in cents: quantity x unit price, rounded half up (rule 1)."""
    return round_cents(Decimal(quantity) * unit_price_cents)


def vat_on(net_cents: int, rate_permille: int) -> int:
    """The VAT on the net sum of the lines at one rate (rule 2)."""
    return round_cents(Decimal(net_cents) * rate_permille / 1000)


def totals(lines: Iterable[tuple[int, int]], treatment: VatTreatment) -> Totals:
    """The totals of ``lines`` given as ``(net_cents, rate_permille)``; VAT per rate (rule 2),
    and none at all unless ``treatment`` charges VAT."""
    by_rate: dict[int, int] = {}
    for net, rate in lines:
        key = rate if treatment.charges_vat else ZERO_RATE
        by_rate[key] = by_rate.get(key, 0) + net
    per_rate = tuple(
        RateTotal(rate, net, vat_on(net, rate))
        for rate, net in sorted(by_rate.items(), reverse=True)
    )
    net_total = sum(r.net_cents for r in per_rate)
    vat_total = sum(r.vat_cents for r in per_rate)
    return Totals(net_total, vat_total, net_total + vat_total, per_rate)


def rate_text(rate_permille: int, decimal_mark: str = ",") -> str:
    """``210`` -> ``"21%"``, ``55`` -> ``"5,5%"`` (or ``"5.5%"`` with ``decimal_mark="."``)."""
    whole, tenth = divmod(rate_permille, 10)
    return f"{whole}{decimal_mark}{tenth}%" if tenth else f"{whole}%"


def valid_rate(rate_permille: object) -> bool:
    return (
        isinstance(rate_permille, int)
        and not isinstance(rate_permille, bool)
        and 0 <= rate_permille <= MAX_RATE
    )
