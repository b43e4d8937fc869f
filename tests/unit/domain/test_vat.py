"""VAT maths: the rounding rule as written in ``domain.vat``, per rate, symmetric for credits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentordesk.domain.enums import VatRegime
from mentordesk.domain.vat import (
    RateTotal,
    VatTreatment,
    line_net,
    rate_text,
    round_cents,
    totals,
    valid_rate,
    vat_on,
)


@pytest.mark.parametrize(
    ("value", "cents"),
    [("0.5", 1), ("1.49", 1), ("1.5", 2), ("2.5", 3), ("-0.5", -1), ("-2.5", -3), ("-1.49", -1)],
)
def test_rounding_is_half_up_away_from_zero(value: str, cents: int) -> None:
    assert round_cents(Decimal(value)) == cents


def test_line_net_is_quantity_times_price_rounded_half_up() -> None:
    assert line_net(Decimal("1.5"), 9500) == 14250
    assert line_net(Decimal("0.33"), 1250) == 413  # 412.5 -> 413
    assert line_net(Decimal("0.33"), -1250) == -413


def test_vat_is_computed_once_per_rate_on_the_sum_of_the_line_nets() -> None:
    # Three lines of 0.10 at 21 %: per line 0.021 -> 0.02 each would give 0.06; the rule takes
    # 21 % of 0.30 = 0.063 -> 0.06; with 0.15 lines: 0.45 * 21 % = 0.0945 -> 0.09 (not 3 x 0.03).
    result = totals([(15, 210), (15, 210), (15, 210)], VatTreatment.STANDARD)
    assert result.per_rate == (RateTotal(210, 45, 9),)
    assert result.vat_cents == 9
    assert result.total_cents == 54


def test_each_rate_has_its_own_group_highest_first() -> None:
    result = totals([(10000, 90), (19125, 210), (1250, 0), (875, 210)], VatTreatment.STANDARD)
    assert [(r.rate_permille, r.net_cents, r.vat_cents) for r in result.per_rate] == [
        (210, 20000, 4200),
        (90, 10000, 900),
        (0, 1250, 0),
    ]
    assert (result.net_cents, result.vat_cents, result.total_cents) == (31250, 5100, 36350)


@pytest.mark.parametrize(
    "treatment", [VatTreatment.KOR, VatTreatment.EXEMPT, VatTreatment.REVERSE_CHARGE]
)
def test_only_the_standard_treatment_charges_vat(treatment: VatTreatment) -> None:
    result = totals([(9500, 210), (14250, 90)], treatment)
    assert result.vat_cents == 0
    assert result.total_cents == result.net_cents == 23750
    assert result.per_rate == (RateTotal(0, 23750, 0),)


def test_half_a_cent_of_vat_rounds_up() -> None:
    assert vat_on(50, 210) == 11  # 10.5 -> 11
    assert vat_on(-50, 210) == -11


@given(
    st.lists(st.tuples(st.integers(-(10**9), 10**9), st.sampled_from([0, 90, 210])), max_size=30)
)
def test_a_negated_invoice_has_exactly_the_negated_vat_and_total(
    lines: list[tuple[int, int]],
) -> None:
    plus = totals(lines, VatTreatment.STANDARD)
    minus = totals([(-net, rate) for net, rate in lines], VatTreatment.STANDARD)
    assert minus.vat_cents == -plus.vat_cents
    assert minus.total_cents == -plus.total_cents
    assert plus.total_cents == sum(net for net, _ in lines) + plus.vat_cents


def test_regime_to_treatment_and_reverse_charge() -> None:
    assert VatTreatment.for_regime(VatRegime.KOR) is VatTreatment.KOR
    assert VatTreatment.for_regime(VatRegime.STANDARD) is VatTreatment.STANDARD
    assert VatTreatment.for_regime(VatRegime.KOR, reverse_charge=True) is (
        VatTreatment.REVERSE_CHARGE
    )


def test_rate_text_and_validity() -> None:
    assert rate_text(210) == "21%"
    assert rate_text(55) == "5,5%"
    assert rate_text(55, ".") == "5.5%"
    assert valid_rate(0) and valid_rate(1000)
    assert not valid_rate(-1) and not valid_rate(1001) and not valid_rate(True)
    assert not valid_rate(21.0)
