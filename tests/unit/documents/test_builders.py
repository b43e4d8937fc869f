"""The progress letter and the session summary: what they print, and that user text stays text."""

from __future__ import annotations

import dataclasses

import pytest

from mentordesk.documents import progress_letter, session_summary
from mentordesk.documents.model import GoalBlock, PracticeBlock
from mentordesk.domain.enums import GoalStatus, Language
from tests.unit.documents import content_samples as sample
from tests.unit.documents.pdf_check import (
    annotations,
    contains,
    fonts,
    page_count,
    pdf_text,
    reader,
    squeeze,
)


def test_dutch_letter_prints_every_part() -> None:
    pdf = progress_letter.build(sample.letter())
    text = squeeze(pdf_text(pdf))
    for expected in (
        "Praktijk De Wegwijzer",
        "Oudegracht 218",
        "José García",
        "Keizersgracht 455",
        "Utrecht, 23 november 2026",
        "Uw kenmerk",
        "PO 2025-0412",
        "Voortgang van je traject",
        "Beste Pepe,",
        "Graag geef ik je met deze brief een overzicht",
        "Doelen",
        "Scoreverloop",
        "Helderheid over de volgende stap",
        "Bezig",
        "Bereikt",
        "Laatste score 7/10 (25 mei 2026)",
        "Streefdatum 15 januari 2027",
        "Laatste score: nog geen score",
        "Gesprekken",
        "1 oktober 2026",
        "Videogesprek",
        "60 minuten",
        "We spraken op dag 15 over het netwerk van José.",
        "Afspraken: Drie mensen benaderen",
        "Volgende stappen",
        "Cv bijwerken (uiterlijk 1 december 2026)",
        "Ons volgende gesprek staat gepland op 3 december 2026, 14:30 uur.",
        "Met vriendelijke groet,",
        "KvK 81234567",
    ):
        assert squeeze(expected) in text, expected
    pages = page_count(pdf)
    for page in range(1, pages + 1):
        assert squeeze(f"Pagina {page} van {pages}") in text
    assert annotations(pdf) == []


def test_english_letter_uses_english_words_and_dates() -> None:
    pdf = progress_letter.build(sample.letter(Language.EN))
    text = squeeze(pdf_text(pdf))
    for expected in (
        "Utrecht, 23 November 2026",
        "Your reference",
        "Progress of your mentoring",
        "Dear Pepe,",
        "Goals",
        "Score trend",
        "In progress",
        "Last score 7/10 (25 May 2026)",
        "Sessions",
        "Video call",
        "Next steps",
        "Kind regards,",
        "Page 1 of",
    ):
        assert squeeze(expected) in text, expected
    assert "Pagina" not in text and "Doelen" not in text


def test_a_long_letter_numbers_every_page_and_repeats_the_footer() -> None:
    many = tuple(sample.session(day % 28 + 1, "Een lange samenvatting. " * 30) for day in range(12))
    pdf = progress_letter.build(sample.letter(sessions=many))
    pages = page_count(pdf)
    assert pages >= 3
    for number, page in enumerate(reader(pdf).pages, start=1):
        text = squeeze(page.extract_text())
        assert squeeze(f"Pagina {number} van {pages}") in text
        assert squeeze("Praktijk De Wegwijzer · KvK 81234567") in text
        if number > 1:
            assert squeeze("Voortgangsbrief · José García") in text  # the running header


def test_summary_prints_every_part_on_one_page() -> None:
    pdf = session_summary.build(sample.summary())
    text = squeeze(pdf_text(pdf))
    for expected in (
        "Sessieverslag",
        "Cliënt",
        "José García",
        "1 oktober 2026",
        "14:30",
        "60 minuten",
        "Videogesprek",
        "Onderwerpen",
        "netwerk, cv",
        "Samenvatting",
        "Afspraken",
        "Cv bijwerken",
        "drie mensen benaderen",
        "Volgende afspraak",
        "3 december 2026, 14:30 uur · Wandelgesprek",
        "Pagina 1 van 1",
    ):
        assert squeeze(expected) in text, expected
    assert page_count(pdf) == 1


def test_summary_without_texts_says_so_and_without_next_appointment_too() -> None:
    bare = dataclasses.replace(sample.summary().session, topics="", summary="", agreed_actions="")
    pdf = session_summary.build(sample.summary(Language.EN, session=bare, next_appointment=None))
    assert contains(pdf, "No notes of this session are included in this summary.")
    assert contains(pdf, "Not planned yet.")
    assert not contains(pdf, "Topics")


def _hostile_letter() -> tuple[bytes, list[str]]:
    words = list(sample.HOSTILE)
    joined = " ".join(words)
    practice = dataclasses.replace(
        sample.PRACTICE, name="Praktijk <b>Vet & Co", trade_name='<a href="http://x">', city="<i>"
    )
    content = sample.letter(
        practice=practice,
        addressee=("Tom & Jerry <test>", '<img src="/etc/passwd"/>', sample.MANGLED),
        subject=joined,
        salutation="Beste <b>Pepe",
        intro=joined,
        closing=sample.LONG_WORD,
        about="<font color=red>",
        reference="&amp;",
        goals=(GoalBlock(joined, GoalStatus.OPEN, joined, scores=sample.scores(1, 2)),),
        sessions=(sample.session(3, joined, topics=joined, agreed_actions=sample.MANGLED),),
        next_steps="- " + "\n- ".join(words),
        signer="<b>",
    )
    return progress_letter.build(content), words


def test_hostile_text_in_a_letter_prints_literally_without_links() -> None:
    pdf, words = _hostile_letter()
    text = squeeze(pdf_text(pdf))
    for word in [*words, "Praktijk <b>Vet & Co", "Tom & Jerry <test>", sample.MANGLED_KEPT]:
        assert squeeze(word) in text, word
    assert "\x00" not in pdf_text(pdf)  # no missing-glyph boxes
    assert annotations(pdf) == []
    assert b"/URI" not in pdf and b"/Launch" not in pdf and b"/JavaScript" not in pdf


def test_hostile_text_in_a_summary_prints_literally_without_links() -> None:
    joined = " ".join(sample.HOSTILE)
    content = sample.summary(
        client_name=joined,
        session=sample.session(2, joined, topics=sample.MANGLED, agreed_actions=joined),
    )
    pdf = session_summary.build(content)
    text = squeeze(pdf_text(pdf))
    for word in [*sample.HOSTILE, sample.MANGLED_KEPT]:
        assert squeeze(word) in text, word
    assert annotations(pdf) == []


def test_only_embedded_subset_fonts_are_used() -> None:
    pdf, _ = _hostile_letter()
    used = fonts(pdf)
    assert used
    assert all("+NotoSans" in name for name in used), sorted(used)


def test_logo_and_signature_are_drawn_and_broken_images_are_left_out() -> None:
    good = dataclasses.replace(sample.PRACTICE, logo=sample.png(), signature=sample.png(300, 80))
    pdf = progress_letter.build(sample.letter(practice=good))
    images = [
        name
        for page in reader(pdf).pages
        for name, obj in (page["/Resources"].get("/XObject") or {}).items()
        if obj.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == 2
    broken = dataclasses.replace(
        sample.PRACTICE, logo=b"\x89PNG\r\n\x1a\nbroken", signature=b"\xff\xd8\xff nope"
    )
    for build, content in (
        (progress_letter.build, sample.letter(practice=broken)),
        (session_summary.build, sample.summary(practice=broken)),
    ):
        assert contains(build(content), "Praktijk De Wegwijzer")  # type: ignore[operator]


@pytest.mark.parametrize(
    "goals",
    [
        (),
        (GoalBlock("Alleen zonder scores", GoalStatus.OPEN),),
        (GoalBlock("Eén score", GoalStatus.OPEN, scores=sample.scores(5)),),
    ],
    ids=["no goals", "no scores", "one score"],
)
def test_letters_with_few_goals_or_scores(goals: tuple[GoalBlock, ...]) -> None:
    pdf = progress_letter.build(sample.letter(goals=goals, sessions=(), next_steps=""))
    text = squeeze(pdf_text(pdf))
    assert ("Scoreverloop" in text) == any(goal.scores for goal in goals)
    assert ("Doelen" in text) == bool(goals)
    assert "Gesprekken" not in text and "Volgendestappen" not in text


def test_an_empty_practice_still_gives_a_letter() -> None:
    pdf = progress_letter.build(sample.letter(practice=PracticeBlock(name=""), place=""))
    text = squeeze(pdf_text(pdf))
    assert "Datum" in text and "23november2026" in text


def test_huge_texts_build_in_reasonable_time() -> None:
    import time

    huge = ("Een heel lange notitie zonder alinea's. " * 6000)[:200_000]
    name = "N" * 5000
    practice = dataclasses.replace(sample.PRACTICE, name=name, trade_name=name, email=name)
    content = sample.summary(
        client_name=name,
        practice=practice,
        session=sample.session(2, huge, topics=name, agreed_actions=name),
    )
    started = time.monotonic()  # in one paragraph, this took minutes (splitting is quadratic)
    pdf = session_summary.build(content)
    assert time.monotonic() - started < 30
    assert page_count(pdf) > 40
    letter = sample.letter(
        addressee=tuple(f"regel {i}" for i in range(500)),
        subject=name,
        intro=huge,
        goals=(GoalBlock(name, GoalStatus.OPEN, name, scores=sample.scores(1, 2)),),
        sessions=(sample.session(2, name, topics=name),),
    )
    started = time.monotonic()
    pdf = progress_letter.build(letter)
    assert time.monotonic() - started < 60
    assert page_count(pdf) > 40
