"""Document content for the builder tests: a plausible letter and summary, and hostile text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from mentordesk.documents import letter_texts
from mentordesk.documents.model import (
    Appointment,
    GoalBlock,
    LetterContent,
    PracticeBlock,
    ScorePoint,
    SessionBlock,
    SummaryContent,
)
from mentordesk.domain.enums import GoalStatus, Language, SessionMode

LONG_WORD = "Zeer" + "lang" * 74  # 300 characters, no break anywhere
HOSTILE = (
    "<",
    "&",
    "<b> unclosed",
    '<a href="http://x">link</a>',
    '<img src="/etc/passwd"/>',
    "<font color=red>rood</font>",
    "&nbsp;&amp;",
    LONG_WORD,
)
# text that is changed on the way (dropped characters), and what must remain
MANGLED = "Anna\x00\x07\x1b🙂\u200fBee"
MANGLED_KEPT = "AnnaBee"

PRACTICE = PracticeBlock(
    name="Praktijk De Wegwijzer",
    trade_name="De Wegwijzer — mentoring voor loopbaan en persoonlijke groei",
    street="Oudegracht 218",
    postal_code="3511 NR",
    city="Utrecht",
    country="Nederland",
    email="hallo@dewegwijzer-mentoring.nl",
    phone="030-2310487",
    website="https://www.dewegwijzer-mentoring.nl",
    kvk_number="81234567",
)


def scores(*values: int, start: dt.date = dt.date(2026, 3, 2)) -> tuple[ScorePoint, ...]:
    return tuple(ScorePoint(start + dt.timedelta(weeks=3 * i), v) for i, v in enumerate(values))


def session(day: int, summary: str = "", **texts: str) -> SessionBlock:
    return SessionBlock(
        date=dt.date(2026, 10, day),
        start_time=dt.time(14, 30),
        duration_minutes=60,
        mode=SessionMode.VIDEO,
        summary=summary or f"We spraken op dag {day} over het netwerk van José.",
        topics=texts.get("topics", "netwerk, cv"),
        agreed_actions=texts.get("agreed_actions", "Drie mensen benaderen"),
    )


def letter(language: Language = Language.NL, **changes: object) -> LetterContent:
    to_client = True
    content = LetterContent(
        language=language,
        practice=PRACTICE,
        addressee=("José García", "Keizersgracht 455", "1017 DK Amsterdam"),
        place="Utrecht",
        date=dt.date(2026, 11, 23),
        subject=letter_texts.subject(language, "José García", to_client=to_client),
        salutation=letter_texts.salutation(language, "Pepe"),
        intro=letter_texts.intro(language, "Pepe", to_client=to_client),
        closing=letter_texts.closing(language, "Pepe", to_client=to_client),
        about="José García",
        reference="PO 2025-0412",
        goals=(
            GoalBlock(
                "Helderheid over de volgende stap",
                GoalStatus.IN_PROGRESS,
                "Weten welke rol past.",
                dt.date(2027, 1, 15),
                scores(3, 4, 4, 6, 7),
            ),
            GoalBlock("Rust in de week", GoalStatus.ACHIEVED, "", None, scores(2, 5, 9)),
            GoalBlock("Gesprek met leidinggevende", GoalStatus.OPEN),
        ),
        sessions=(session(1), session(15)),
        next_steps=letter_texts.next_steps(
            language,
            [("Cv bijwerken", dt.date(2026, 12, 1)), ("Drie mensen benaderen", None)],
            (dt.date(2026, 12, 3), dt.time(14, 30)),
            to_client=to_client,
        ),
        signer="Praktijk De Wegwijzer",
    )
    return dataclasses.replace(content, **changes)  # type: ignore[arg-type]


def summary(language: Language = Language.NL, **changes: object) -> SummaryContent:
    content = SummaryContent(
        language=language,
        practice=PRACTICE,
        client_name="José García",
        session=session(1, agreed_actions="Cv bijwerken; drie mensen benaderen"),
        next_appointment=Appointment(dt.date(2026, 12, 3), dt.time(14, 30), SessionMode.WALK),
    )
    return dataclasses.replace(content, **changes)  # type: ignore[arg-type]


def png(width: int = 120, height: int = 60) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (31, 95, 107)).save(buffer, "PNG")
    return buffer.getvalue()
