"""The default texts of a progress letter, per language and per audience.

The composer shows these as editable starting points. A letter to the client says "je" (Dutch)
and "you"; a letter to a payer or referrer is formal ("u") and speaks of the client by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from mentordesk.documents.wording import date_and_time, long_date
from mentordesk.domain.enums import Language


def _nl(language: Language) -> bool:
    return language == Language.NL


def subject(language: Language, client_name: str, *, to_client: bool) -> str:
    if to_client:
        return "Voortgang van je traject" if _nl(language) else "Progress of your mentoring"
    if _nl(language):
        return f"Voortgang traject {client_name}"
    return f"Progress of the mentoring of {client_name}"


def salutation(language: Language, name: str) -> str:
    """``Beste José,`` / ``Dear José,``; without a name the formal greeting."""
    name = name.strip()
    if not name:
        return "Geachte heer, mevrouw," if _nl(language) else "Dear Sir or Madam,"
    return f"Beste {name}," if _nl(language) else f"Dear {name},"


def intro(language: Language, client_first_name: str, *, to_client: bool) -> str:
    name = client_first_name
    if to_client and _nl(language):
        return (
            "Graag geef ik je met deze brief een overzicht van je traject tot nu toe: de doelen "
            "waaraan we werken, hoe je je voortgang zelf beoordeelt en wat we in de afgelopen "
            "gesprekken hebben besproken."
        )
    if to_client:
        return (
            "With this letter I would like to give you an overview of your mentoring so far: "
            "the goals we are working on, how you rate your own progress, and what we "
            "discussed in our recent sessions."
        )
    if _nl(language):
        return (
            f"Met toestemming van {name} informeer ik u met deze brief over de voortgang van "
            f"het traject: de doelen waaraan we werken, hoe {name} de voortgang zelf "
            "beoordeelt en de rode draad van de afgelopen gesprekken."
        )
    return (
        f"With the consent of {name}, this letter informs you about the progress of the "
        f"mentoring: the goals we are working on, how {name} rates their own progress, and "
        "the main threads of our recent sessions."
    )


def closing(language: Language, client_first_name: str, *, to_client: bool) -> str:
    name = client_first_name
    if to_client and _nl(language):
        return (
            "Ik kijk uit naar onze volgende gesprekken. Heb je vragen over deze brief, neem dan "
            "gerust contact met me op."
        )
    if to_client:
        return (
            "I look forward to our next sessions. If you have any questions about this letter, "
            "please do get in touch."
        )
    if _nl(language):
        return (
            "Voor vragen over deze brief kunt u contact met mij opnemen. Vragen over de inhoud "
            f"van de gesprekken bespreek ik eerst met {name}."
        )
    return (
        "Should you have any questions about this letter, please contact me. Questions about "
        f"the content of our sessions I will first discuss with {name}."
    )


def next_steps(
    language: Language,
    actions: Sequence[tuple[str, dt.date | None]],
    next_session: tuple[dt.date, dt.time | None] | None,
    *,
    to_client: bool,
) -> str:
    """Open action items as bullet lines, then the next planned session."""
    lines = []
    for text, due in actions:
        one_line = " ".join(text.split())
        if due is None:
            lines.append(f"- {one_line}")
        elif _nl(language):
            lines.append(f"- {one_line} (uiterlijk {long_date(due, language)})")
        else:
            lines.append(f"- {one_line} (by {long_date(due, language)})")
    if next_session is not None:
        when = date_and_time(*next_session, language)
        if _nl(language):
            who = "Ons volgende gesprek" if to_client else "Het volgende gesprek"
            sentence = f"{who} staat gepland op {when}."
        else:
            who = "Our next session" if to_client else "The next session"
            sentence = f"{who} is planned for {when}."
        lines.extend(["", sentence] if lines else [sentence])
    return "\n".join(lines)
