"""The SEPA payment QR payload (EPC069-12): its exact lines and every refusal."""

from __future__ import annotations

import pytest

from mentordesk.domain.epc_qr import MAX_BYTES, amount_text, payload
from mentordesk.errors import ValidationError

IBAN = "NL91ABNA0417164300"


def test_the_payload_has_the_twelve_epc_lines_without_trailing_empties() -> None:
    text = payload(
        name="Praktijk De Wegwijzer",
        iban="nl91 abna 0417 1643 00",
        amount_cents=39830,
        text="2026-0001",
    )
    assert text.split("\n") == [
        "BCD",
        "002",
        "1",
        "SCT",
        "",
        "Praktijk De Wegwijzer",
        IBAN,
        "EUR398.30",
        "",
        "",
        "2026-0001",
    ]


def test_optional_fields_go_in_their_own_lines() -> None:
    lines = payload(
        name="Praktijk",
        iban=IBAN,
        amount_cents=1,
        bic="abnanl2a",
        purpose="gdds",
        structured_reference="RF18 5390 0754 7034",
        information="Bedankt",
    ).split("\n")
    assert lines[4] == "ABNANL2A"
    assert lines[7] == "EUR0.01"
    assert lines[8] == "GDDS"
    assert lines[9] == "RF18539007547034"
    assert lines[10] == ""
    assert lines[11] == "Bedankt"


def test_amount_text() -> None:
    assert amount_text(100) == "EUR1.00"
    assert amount_text(99999999999) == "EUR999999999.99"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "x" * 71}, "name"),
        ({"iban": ""}, "iban"),
        ({"iban": "NL91ABNA0417164301"}, "iban"),
        ({"iban": "US64SVBKUS6S3300958879"}, "iban"),
        ({"amount_cents": 0}, "amount"),
        ({"amount_cents": -500}, "amount"),
        ({"amount_cents": 100_000_000_000}, "amount"),
        ({"bic": "ABN"}, "bic"),
        ({"purpose": "GOODS"}, "purpose"),
        ({"structured_reference": "RF18 5390", "text": "2026-0001"}, "text"),
        ({"structured_reference": "12345"}, "structured_reference"),
        ({"text": "x" * 141}, "text"),
        ({"information": "x" * 71}, "information"),
    ],
)
def test_bad_details_are_refused_naming_the_field(changes: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"name": "Praktijk", "iban": IBAN, "amount_cents": 1000}
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        payload(**values)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert caught.value.text("nl") and caught.value.text("en")


def test_float_amounts_are_a_programming_error() -> None:
    with pytest.raises(TypeError):
        payload(name="Praktijk", iban=IBAN, amount_cents=10.5)  # type: ignore[arg-type]


def test_accented_names_count_in_bytes_and_stay_under_the_limit() -> None:
    name = "Ülkü Şahin — coaching & mentoring"
    text = payload(name=name, iban=IBAN, amount_cents=5, text="é" * 100)
    assert len(text.encode()) <= MAX_BYTES
    with pytest.raises(ValidationError):
        payload(name="Ş" * 70, iban=IBAN, amount_cents=5, text="é" * 140, information="ü" * 70)
