"""Practice details as the settings save them: IBAN/KvK/btw-id rules, logo and signature."""

from __future__ import annotations

import dataclasses
import struct
import zlib

import pytest

from mentordesk.domain.enums import VatRegime
from mentordesk.errors import ValidationError
from mentordesk.services.practice import MAX_IMAGE_BYTES, check_image, check_image_size
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import PracticeDetails

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


def png(width: int = 2, height: int = 1) -> bytes:
    """A real, minimal PNG (RGB, no filter)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\x80\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def audit_actions(pf: PracticeFile) -> list[str]:
    with pf.transaction():
        rows = pf.connection.execute("SELECT action FROM audit_event ORDER BY id").fetchall()
    return [r[0] for r in rows]


def test_ids_are_checked_and_stored_in_their_plain_form(practice: PracticeFile) -> None:
    saved = practice.practice.update(
        dataclasses.replace(
            practice.practice.get(),
            kvk_number="1234 5678",
            vat_id="nl 123456789 b01",
            iban="be68 5390 0754 7034",
        )
    )
    assert (saved.kvk_number, saved.vat_id, saved.iban) == (
        "12345678",
        "NL123456789B01",
        "BE68539007547034",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iban", "NL91 ABNA 0417 1643 01"),
        ("kvk_number", "1234567"),
        ("vat_id", "NL123"),
        ("email", "mentor@"),
    ],
)
def test_a_bad_id_saves_nothing(practice: PracticeFile, field: str, value: str) -> None:
    before = practice.practice.get()
    changed = dataclasses.replace(before, name="Nieuwe naam", **{field: value})
    with pytest.raises(ValidationError) as caught:
        practice.practice.update(changed, logo=png())
    assert caught.value.field == field
    assert practice.practice.get() == before
    assert practice.practice.get_logo() is None


def test_problems_lists_every_bad_field_at_once(practice: PracticeFile) -> None:
    details = dataclasses.replace(
        PracticeDetails(),
        iban="NL00 0000",
        kvk_number="12",
        email="x",
        vat_regime=VatRegime.EXEMPT,
    )
    fields = [e.field for e in practice.practice.problems(details)]
    assert fields == ["email", "kvk_number", "iban", "vat_exempt_text"]
    assert practice.practice.problems(dataclasses.replace(PracticeDetails(), name="A")) == []


def test_exempt_regime_needs_its_line(practice: PracticeFile) -> None:
    details = dataclasses.replace(practice.practice.get(), vat_regime=VatRegime.EXEMPT)
    with pytest.raises(ValidationError) as caught:
        practice.practice.update(details)
    assert caught.value.field == "vat_exempt_text"
    saved = practice.practice.update(
        dataclasses.replace(details, vat_exempt_text="Vrijgesteld van btw (art. 11 Wet OB)")
    )
    assert saved.vat_regime is VatRegime.EXEMPT


def test_logo_and_signature_set_get_clear(practice: PracticeFile) -> None:
    assert practice.practice.get_logo() is None
    practice.practice.set_logo(png())
    practice.practice.set_signature(JPEG)
    assert practice.practice.get_logo() == png()
    assert practice.practice.get_signature() == JPEG
    details = practice.practice.update(dataclasses.replace(practice.practice.get(), city="Gent"))
    assert details.city == "Gent"
    assert practice.practice.get_logo() == png(), "updating the details keeps the logo"
    practice.practice.clear_logo()
    assert practice.practice.get_logo() is None
    assert practice.practice.get_signature() == JPEG
    practice.practice.clear_signature()
    assert practice.practice.get_signature() is None
    actions = audit_actions(practice)
    for action in ("practice_logo_set", "practice_signature_set", "practice_logo_cleared"):
        assert action in actions


def test_update_writes_details_and_images_together(practice: PracticeFile) -> None:
    practice.practice.set_signature(JPEG)
    practice.practice.update(
        dataclasses.replace(practice.practice.get(), name="De Brug"),
        logo=png(3, 2),
        signature=None,
    )
    assert practice.practice.get().name == "De Brug"
    assert practice.practice.get_logo() == png(3, 2)
    assert practice.practice.get_signature() is None


def test_image_refusals_save_nothing(practice: PracticeFile) -> None:
    practice.practice.set_logo(png())
    with pytest.raises(ValidationError) as caught:
        practice.practice.set_logo(b"hello, I am a text file called logo.png")
    assert caught.value.field == "logo"
    assert "not a PNG or JPEG" in caught.value.text("en")
    assert "geen PNG- of JPEG-afbeelding" in caught.value.text("nl")
    too_big = png() + b"\x00" * MAX_IMAGE_BYTES
    with pytest.raises(ValidationError) as caught:
        practice.practice.set_signature(too_big)
    assert caught.value.field == "signature"
    assert "at most 2 MB" in caught.value.text("en")
    with pytest.raises(ValidationError):
        practice.practice.update(
            dataclasses.replace(practice.practice.get(), name="Changed"), signature=b""
        )
    assert practice.practice.get_logo() == png()
    assert practice.practice.get_signature() is None
    assert practice.practice.get().name != "Changed"


def test_image_size_limit_is_exactly_two_megabytes() -> None:
    check_image(b"\x89PNG\r\n\x1a\n" + b"\x00" * (MAX_IMAGE_BYTES - 8))
    check_image_size(MAX_IMAGE_BYTES)
    with pytest.raises(ValidationError) as caught:
        check_image_size(MAX_IMAGE_BYTES + 1, "signature")
    assert "2.1 MB" in caught.value.text("en")
    assert "2,1 MB" in caught.value.text("nl")
    assert "de handtekening" in caught.value.text("nl")
