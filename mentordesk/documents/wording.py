"""The fixed words of the documents in Dutch and English, and dates written out in full.

Documents do not use Qt's translations: they are built without Qt (on the command line and off
the interface thread), and their language follows the client, not the interface. Every word a
document prints that the mentor did not type comes from this table.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from mentordesk.domain.enums import GoalStatus, Language, SessionMode

_WORDS: Final[dict[str, tuple[str, str]]] = {  # key: (Dutch, English)
    "progress_letter": ("Voortgangsbrief", "Progress letter"),
    "session_summary": ("Sessieverslag", "Session summary"),
    "date": ("Datum", "Date"),
    "place_date": ("Plaats en datum", "Place and date"),
    "your_reference": ("Uw kenmerk", "Your reference"),
    "subject": ("Betreft", "Subject"),
    "goals": ("Doelen", "Goals"),
    "score_trend": ("Scoreverloop", "Score trend"),
    "score_trend_note": (
        "Scores van 0 tot 10, zoals de cliënt ze zelf gaf tijdens de gesprekken.",
        "Scores from 0 to 10, as the client rated them during the sessions.",
    ),
    "sessions": ("Gesprekken", "Sessions"),
    "next_steps": ("Volgende stappen", "Next steps"),
    "status": ("Status", "Status"),
    "last_score": ("Laatste score", "Last score"),
    "no_score": ("nog geen score", "no score yet"),
    "target_date": ("Streefdatum", "Target date"),
    "client": ("Cliënt", "Client"),
    "time": ("Tijd", "Time"),
    "duration": ("Duur", "Duration"),
    "mode": ("Vorm", "Mode"),
    "topics": ("Onderwerpen", "Topics"),
    "summary": ("Samenvatting", "Summary"),
    "agreed_actions": ("Afspraken", "Agreed actions"),
    "discussed": ("Besproken", "Discussed"),
    "next_appointment": ("Volgende afspraak", "Next appointment"),
    "no_next_appointment": ("Nog niet gepland.", "Not planned yet."),
    "notes_withheld": (
        "Van dit gesprek zijn geen aantekeningen in dit verslag opgenomen.",
        "No notes of this session are included in this summary.",
    ),
    "page_of": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "kvk": ("KvK", "KvK"),  # the Dutch trade register's own name, known to English readers
    "vat_id": ("btw-id", "VAT ID"),
    "regards": ("Met vriendelijke groet,", "Kind regards,"),
    "minutes": ("{minutes} minuten", "{minutes} minutes"),
    "at_time": ("{date}, {time} uur", "{date}, {time}"),
}

_MONTHS: Final[dict[Language, tuple[str, ...]]] = {
    Language.NL: (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    Language.EN: (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_SHORT_MONTHS: Final[dict[Language, tuple[str, ...]]] = {
    # Dutch writes "mrt" for maart; the others are the first three letters
    Language.NL: tuple("mrt" if m == "maart" else m[:3] for m in _MONTHS[Language.NL]),
    Language.EN: tuple(month[:3] for month in _MONTHS[Language.EN]),
}
_MODES: Final[dict[SessionMode, tuple[str, str]]] = {
    SessionMode.IN_PERSON: ("Persoonlijk gesprek", "In person"),
    SessionMode.VIDEO: ("Videogesprek", "Video call"),
    SessionMode.PHONE: ("Telefonisch gesprek", "Phone call"),
    SessionMode.WALK: ("Wandelgesprek", "Walk and talk"),
}
_GOAL_STATUS: Final[dict[GoalStatus, tuple[str, str]]] = {
    GoalStatus.OPEN: ("Open", "Open"),
    GoalStatus.IN_PROGRESS: ("Bezig", "In progress"),
    GoalStatus.ACHIEVED: ("Bereikt", "Achieved"),
    GoalStatus.LET_GO: ("Losgelaten", "Let go"),
}


def _pick(pair: tuple[str, str], language: Language) -> str:
    return pair[0] if language == Language.NL else pair[1]


def word(key: str, language: Language, **values: object) -> str:
    """The fixed text ``key`` in ``language``, with ``{placeholders}`` filled in."""
    text = _pick(_WORDS[key], language)
    return text.format(**values) if values else text


def long_date(value: dt.date, language: Language) -> str:
    """``23 november 2026`` (Dutch) or ``23 November 2026`` (English)."""
    return f"{value.day} {_MONTHS[language][value.month - 1]} {value.year}"


def short_month(value: dt.date, language: Language) -> str:
    """``nov 2026``: the axis labels of the score chart."""
    return f"{_SHORT_MONTHS[language][value.month - 1]} {value.year}"


def time_text(value: dt.time) -> str:
    return value.strftime("%H:%M")


def date_and_time(day: dt.date, start: dt.time | None, language: Language) -> str:
    """``23 november 2026, 14:30 uur``; just the date without a time."""
    if start is None:
        return long_date(day, language)
    return word("at_time", language, date=long_date(day, language), time=time_text(start))


def minutes_text(minutes: int, language: Language) -> str:
    return word("minutes", language, minutes=minutes)


def mode_label(mode: SessionMode, language: Language) -> str:
    return _pick(_MODES[mode], language)


def goal_status_label(status: GoalStatus, language: Language) -> str:
    return _pick(_GOAL_STATUS[status], language)


def page_of(page: int, pages: int, language: Language) -> str:
    return word("page_of", language, page=page, pages=pages)
