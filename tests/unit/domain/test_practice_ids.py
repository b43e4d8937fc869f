"""IBAN (mod-97), KvK number, Belgian enterprise number and btw-id checks."""

from __future__ import annotations

import pytest

from mentordesk.domain.iban import format_iban, has_valid_check_digits, validate_iban
from mentordesk.domain.practice_ids import belgian_check_ok, validate_kvk, validate_vat_id
from mentordesk.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("nl91 abna 0417 1643 00", "NL91ABNA0417164300"),
        (" NL91\u00a0ABNA 0417 1643 00 ", "NL91ABNA0417164300"),
        ("BE68 5390 0754 7034", "BE68539007547034"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_valid_ibans_are_stored_without_spaces(text: str, stored: str) -> None:
    assert validate_iban(text) == stored


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("NL91 ABNA 0417 1643 01", "check digits do not match"),
        ("NL19 ABNA 0417 1643 00", "check digits do not match"),
        ("NL91 ABNA 0417 1643 0", "from NL has 18 characters"),
        ("BE68 5390 0754 70341", "from BE has 16 characters"),
        ("NL91-ABNA-0417-1643-00", "only letters and digits"),
        ("1234 5678 9012 3456", "starts with a country code"),
        ("NLAB ABNA 0417 1643 00", "starts with a country code"),
        ("XX12 3456", "15 to 34 characters"),
        ("NL91 ÄBNA 0417 1643 00", "only letters and digits"),
    ],
)
def test_invalid_ibans_are_refused_clearly(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_iban(text)
    assert caught.value.field == "iban"
    assert words in caught.value.text("en")
    assert "IBAN" in caught.value.text("nl")


def test_every_single_digit_typo_is_caught() -> None:
    iban = "NL91ABNA0417164300"
    for position in range(4, len(iban)):
        if not iban[position].isdigit():
            continue
        for digit in "0123456789":
            if digit != iban[position]:
                typo = iban[:position] + digit + iban[position + 1 :]
                assert not has_valid_check_digits(typo), typo


def test_iban_grouped_in_fours() -> None:
    assert format_iban("NL91ABNA0417164300") == "NL91 ABNA 0417 1643 00"
    assert format_iban("") == ""


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("12345678", "12345678"),
        (" 1234 5678 ", "12345678"),
        ("12.34.56.78", "12345678"),
        ("", ""),
        ("0123.456.749", "0123456749"),  # a Flemish enterprise number (KBO)
        ("BE 0403.170.701", "0403170701"),
    ],
)
def test_kvk_numbers(text: str, stored: str) -> None:
    assert validate_kvk(text) == stored


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1234567", "8 digits"),
        ("123456789", "8 digits"),
        ("1234567a", "8 digits"),
        ("KvK 12345678", "8 digits"),
        ("0123.456.748", "Belgian enterprise number"),
    ],
)
def test_bad_kvk_numbers(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_kvk(text)
    assert caught.value.field == "kvk_number"
    assert words in caught.value.text("en")
    assert caught.value.text("nl").startswith(("Een KvK-nummer", "'"))


def test_belgian_check() -> None:
    assert belgian_check_ok("0123456749")
    assert not belgian_check_ok("0123456748")
    assert not belgian_check_ok("2123456749")


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("NL123456789B01", "NL123456789B01"),
        ("nl 1234.56.789 b01", "NL123456789B01"),
        ("BE0123456749", "BE0123456749"),
        ("BE 0123.456.749", "BE0123456749"),
        ("DE123456789", "DE123456789"),
        ("", ""),
    ],
)
def test_vat_ids(text: str, stored: str) -> None:
    assert validate_vat_id(text) == stored


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("NL123456789", "Dutch btw-id"),
        ("NL12345678B01", "Dutch btw-id"),
        ("BE0123456748", "Belgian VAT number"),
        ("123456789B01", "country code"),
        ("D", "country code"),
    ],
)
def test_bad_vat_ids(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_vat_id(text)
    assert caught.value.field == "vat_id"
    assert words in caught.value.text("en")
