"""Amounts typed by a person become whole cents; anything doubtful is refused with a reason."""

from __future__ import annotations

import pytest

from mentordesk.domain.money import MAX_CENTS, euro_text, parse_amount
from mentordesk.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("85", 8500),
        ("85,00", 8500),
        ("85.50", 8550),
        ("85,5", 8550),
        ("€ 85", 8500),
        ("€85", 8500),
        ("85 €", 8500),
        ("EUR 85,25", 8525),
        ("85 euro", 8500),
        ("85,-", 8500),
        ("  0  ", 0),
        ("0,01", 1),
        ("1.234,56", 123456),
        ("1,234.56", 123456),
        ("1 234,56", 123456),
        ("12.345.678", 1234567800),
        ("€\xa01.234,56", 123456),  # labels.money_text in Dutch
        ("€1,234.56", 123456),  # labels.money_text in English
        ("0085", 8500),
    ],
)
def test_amounts_people_write(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-85", "negative"),
        ("€ -85", "negative"),
        ("-€1,234.56", "negative"),
        ("\u221285", "negative"),
        ("(85)", "negative"),
        ("85,555", "two ways"),
        ("1,234", "two ways"),
        ("1.234,567", "more than two decimals"),
        ("85.1234", "more than two decimals"),
        ("", "Enter an amount"),
        ("   ", "Enter an amount"),
        ("€", "Enter an amount"),
        ("abc", "not an amount"),
        ("85 euro's extra", "not an amount"),
        ("8 5", "not an amount"),
        ("12,34,56", "not an amount"),
        ("85.", "not an amount"),
        ("1e3", "not an amount"),
        ("٨٥", "not an amount"),
        ("85,50,", "not an amount"),
        ("1.23.45", "not an amount"),
        ("1,234,56.7.8", "not an amount"),
        ("999999999999", "too large"),
    ],
)
def test_refusals_name_the_problem(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "default_rate_cents")
    assert caught.value.field == "default_rate_cents"
    assert words in caught.value.text("en")
    assert caught.value.text("nl") != caught.value.text("en")


def test_largest_amount_is_allowed_and_one_cent_more_is_not() -> None:
    euros, cents = divmod(MAX_CENTS, 100)
    assert parse_amount(f"{euros},{cents:02d}") == MAX_CENTS
    with pytest.raises(ValidationError):
        parse_amount(f"{euros},{cents + 1:02d}")


def test_user_text_with_braces_is_shown_not_formatted() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount("{0}")
    assert "'{0}'" in caught.value.text("en")


@pytest.mark.parametrize(
    ("cents", "nl", "en"),
    [
        (123456, "€ 1.234,56", "€1,234.56"),
        (5, "€ 0,05", "€0.05"),
        (-250000, "€ -2.500,00", "-€2,500.00"),
        (123456789, "€ 1.234.567,89", "€1,234,567.89"),
    ],
)
def test_euro_text_in_each_language(cents: int, nl: str, en: str) -> None:
    assert euro_text(cents, "nl") == nl
    assert euro_text(cents, "en") == en
