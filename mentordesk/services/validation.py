"""Input checks shared by the services; each failure names its field in English and Dutch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from enum import StrEnum
from typing import Any, TypeVar

from mentordesk.errors import ValidationError

E = TypeVar("E", bound=StrEnum)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TEXT = 200_000  # one very long note; beyond that it is surely a paste gone wrong


def text(
    field: str, value: str, *, required: bool = False, label_en: str = "", label_nl: str = ""
) -> str:
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(
            field,
            "{label} is required.",
            "{label_nl} is verplicht.",
            label=label_en or field,
            label_nl=label_nl or field,
        )
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(
            field,
            "{label} is too long (over 200,000 characters).",
            "{label_nl} is te lang (meer dan 200.000 tekens).",
            label=label_en or field,
            label_nl=label_nl or field,
        )
    return cleaned.replace("\x00", "")


def email(field: str, value: str) -> str:
    cleaned = (value or "").strip()
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(
            field,
            "'{value}' is not an e-mail address.",
            "'{value}' is geen e-mailadres.",
            value=cleaned,
        )
    return cleaned


def choice(field: str, value: object, enum: type[E]) -> E:
    try:
        return enum(str(value))
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(
            field,
            "'{value}' is not one of: {allowed}.",
            "'{value}' is niet een van: {allowed}.",
            value=value,
            allowed=allowed,
        ) from None


def non_negative(field: str, value: int | None, *, minimum: int = 0) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValidationError(
            field,
            "{name} must be a whole number of at least {minimum}.",
            "{name} moet een geheel getal van minstens {minimum} zijn.",
            name=field,
            minimum=minimum,
        )
    return value


def score(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
        raise ValidationError(
            "score",
            "A score runs from 0 to 10; {value} is outside that.",
            "Een score loopt van 0 tot en met 10; {value} valt erbuiten.",
            value=value,
        )
    return value


def date_order(start: dt.date, end: dt.date | None, *, field: str = "end_date") -> None:
    if end is not None and end < start:
        raise ValidationError(
            field,
            "The end date ({end}) lies before the start date ({start}).",
            "De einddatum ({end}) ligt vóór de begindatum ({start}).",
            end=end.strftime("%d-%m-%Y"),
            start=start.strftime("%d-%m-%Y"),
        )


def not_future(field: str, value: dt.date | None, today: dt.date) -> None:
    if value is not None and value > today:
        raise ValidationError(
            field,
            "{date} lies in the future.",
            "{date} ligt in de toekomst.",
            date=value.strftime("%d-%m-%Y"),
        )


def draft_values(draft: object, draft_type: type) -> dict[str, Any]:
    """The fields of ``draft_type`` taken from ``draft`` (which may be a fuller record)."""
    return {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft_type)}
