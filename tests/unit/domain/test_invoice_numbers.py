"""Invoice numbers from a pattern: formatting, reading back, and refusing unusable patterns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentordesk.domain.billing import LineUnit, minutes_value, package_share, session_price
from mentordesk.domain.invoice_numbers import (
    DEFAULT_PATTERN,
    example,
    format_number,
    parse_number,
    validate_pattern,
)
from mentordesk.errors import ValidationError


def test_the_default_pattern_gives_2026_0001() -> None:
    assert format_number(DEFAULT_PATTERN, 2026, 1) == "2026-0001"
    assert format_number(DEFAULT_PATTERN, 2026, 12345) == "2026-12345"
    assert example(DEFAULT_PATTERN) == "2026-0001"


@pytest.mark.parametrize(
    ("pattern", "number"),
    [
        ("F{year}/{seq:03d}", "F2026/007"),
        ("{yy}{seq:04d}", "260007"),
        ("WW-{seq}-{year}", "WW-7-2026"),
        ("{year}.{seq:05d}", "2026.00007"),
    ],
)
def test_patterns_format_and_read_back(pattern: str, number: str) -> None:
    assert format_number(pattern, 2026, 7) == number
    assert parse_number(pattern, number) == (2026, 7)


def test_a_number_of_another_pattern_is_not_read() -> None:
    assert parse_number(DEFAULT_PATTERN, "2026/0001") is None
    assert parse_number(DEFAULT_PATTERN, "2026-0000") is None
    assert parse_number(DEFAULT_PATTERN, "2026-001") is None  # not zero-padded as the pattern
    assert parse_number(DEFAULT_PATTERN, "x2026-0001") is None


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("", "empty"),
        ("{seq}", "{year}"),
        ("{year}", "{seq}"),
        ("{year}-{seq}-{seq}", "exactly once"),
        ("{year}-{number}", "unknown field"),
        ("{year}-{seq:4}", "format"),
        ("{year.__class__}-{seq}", "brace"),
        ("{year}-{seq} }", "brace"),
        ("x" * 41 + "{year}{seq}", "40 characters"),
    ],
)
def test_unusable_patterns_are_refused_with_a_reason(pattern: str, problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_pattern(pattern)
    assert caught.value.field == "invoice_number_pattern"
    assert problem in caught.value.text("en")
    assert caught.value.text("nl")


@given(st.integers(2000, 2099), st.integers(1, 10**6))
def test_every_number_reads_back_to_its_year_and_sequence(year: int, seq: int) -> None:
    for pattern in (DEFAULT_PATTERN, "F{yy}-{seq:06d}", "{seq}/{year}"):
        assert parse_number(pattern, format_number(pattern, year, seq)) == (year, seq)


def test_sessions_become_hours_when_exact_and_one_session_otherwise() -> None:
    ninety = session_price(90, 9500)
    assert (str(ninety.quantity), ninety.unit, ninety.unit_price_cents) == (
        "1.5",
        LineUnit.HOUR,
        9500,
    )
    fifty = session_price(50, 9500)
    assert (fifty.quantity, fifty.unit, fifty.unit_price_cents) == (1, LineUnit.SESSION, 7917)
    assert str(session_price(6000, 9500).quantity) == "100"
    assert minutes_value(45, 9500) == 7125
    assert package_share(50000, 3) == 16667
