"""The embedded font covers the names and typography of our clients, and is really embedded."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.documents import fonts, session_summary
from mentordesk.documents.model import PracticeBlock, SessionBlock, SummaryContent
from mentordesk.domain.enums import Language, SessionMode
from tests.unit.documents.pdf_check import fonts as pdf_fonts
from tests.unit.documents.pdf_check import pdf_text, squeeze

CORPUS = "ë é ï ö ü ç ş ğ ı İ ł ą ę ő ř ž € „ “ ” ‘ ’ …"
NAMES = ("Ülkü Şahin", "Łukasz Wąsowski", "Ödön Kőrösi", "Jiří Řezníček", "José García-Müller")


def test_bundled_fonts_and_licence_are_there() -> None:
    for face in (
        fonts.FACES.regular,
        fonts.FACES.bold,
        fonts.FACES.italic,
        fonts.FACES.bold_italic,
    ):
        assert fonts.font_path(face).is_file()
    assert (
        "SIL OPEN FONT LICENSE" in (fonts.FONT_DIR / "OFL.txt").read_text(encoding="utf-8").upper()
    )


@pytest.mark.parametrize("char", CORPUS.split())
def test_every_face_has_a_glyph_for(char: str) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    for face in (
        fonts.FACES.regular,
        fonts.FACES.bold,
        fonts.FACES.italic,
        fonts.FACES.bold_italic,
    ):
        cmap = TTFont(f"check-{face}", str(fonts.font_path(face))).face.charToGlyph
        assert ord(char) in cmap, f"{char!r} missing from {face}"
    assert fonts.covers(char)


def test_the_corpus_prints_and_the_font_is_embedded_as_a_subset() -> None:
    practice = PracticeBlock(name="Praktijk „Ödön“ & Kőrösi", city="Utrecht", kvk_number="81234567")
    text = f"{CORPUS} {' '.join(NAMES)} €1.234,56 ‘quoted’"
    content = SummaryContent(
        language=Language.NL,
        practice=practice,
        client_name=NAMES[0],
        session=SessionBlock(
            date=dt.date(2026, 11, 23),
            start_time=None,
            duration_minutes=60,
            mode=SessionMode.WALK,
            summary=text,
        ),
    )
    pdf = session_summary.build(content)
    extracted = pdf_text(pdf)
    for char in CORPUS.split():
        assert char in extracted, char
    for name in NAMES:  # a line may break between first and last name
        assert squeeze(name) in squeeze(extracted), name
    used = pdf_fonts(pdf)
    assert used, "no fonts found"
    for base_name, font in used.items():
        # a TrueType subset: a tagged name and the font program inside the file
        assert "+" in base_name, base_name
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, base_name
    assert any("NotoSans" in name for name in used)
