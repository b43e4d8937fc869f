"""Invoice numbers from the practice's pattern: one gapless sequence per year.

A pattern is text with fields in braces: ``{year}`` (2026), ``{yy}`` (26) and ``{seq}`` (the
number within the year), optionally zero-padded as ``{seq:04d}``. The default ``{year}-{seq:04d}``
gives ``2026-0001``. A pattern needs ``{seq}`` once and a year field, since the sequence starts
again at 1 every year and numbers must stay unique. Patterns are parsed here, never passed to
``str.format`` (which would let a pattern reach into Python objects).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from mentordesk.errors import ValidationError

DEFAULT_PATTERN: Final = "{year}-{seq:04d}"
MAX_PATTERN: Final = 40
_FIELD: Final = re.compile(r"\{([a-z]*)(?::([^}]*))?\}")
_WIDTH: Final = re.compile(r"0([1-9])d")
_FIELD_NAME = "invoice_number_pattern"
_EXAMPLE_EN = "Use {year} and {seq}, for example {year}-{seq:04d}."
_EXAMPLE_NL = "Gebruik {year} en {seq}, bijvoorbeeld {year}-{seq:04d}."


@dataclass(frozen=True)
class Part:
    """A piece of a pattern: literal text, or a field (``year``, ``yy``, ``seq``)."""

    text: str = ""
    field: str = ""
    width: int = 0  # zero padding of ``seq``


def _problem(en: str, nl: str, pattern: str) -> ValidationError:
    return ValidationError(
        _FIELD_NAME,
        en + " " + _EXAMPLE_EN.replace("{", "{{").replace("}", "}}"),
        nl + " " + _EXAMPLE_NL.replace("{", "{{").replace("}", "}}"),
        value=pattern,
    )


def parse_pattern(pattern: str) -> tuple[Part, ...]:
    """The parts of ``pattern``; a ``ValidationError`` names what is wrong with it."""
    if not pattern or len(pattern) > MAX_PATTERN:
        raise _problem(
            "The invoice number pattern is empty or longer than 40 characters.",
            "Het patroon voor factuurnummers is leeg of langer dan 40 tekens.",
            pattern,
        )
    parts: list[Part] = []
    at = 0
    for found in _FIELD.finditer(pattern):
        parts += _literal(pattern[at : found.start()], pattern)
        name, spec = found.group(1), found.group(2)
        width = 0
        if name not in ("year", "yy", "seq"):
            raise _problem(
                "'{value}' has an unknown field in braces.",
                "'{value}' bevat een onbekend veld tussen accolades.",
                pattern,
            )
        if spec is not None:
            match = _WIDTH.fullmatch(spec)
            if name != "seq" or match is None:
                raise _problem(
                    "'{value}' has a format that is not understood; only {{seq:04d}} "
                    "(zeros up to 9 digits) is.",
                    "'{value}' bevat een opmaak die niet wordt begrepen; alleen {{seq:04d}} "
                    "(nullen tot 9 cijfers) kan.",
                    pattern,
                )
            width = int(match.group(1))
        parts.append(Part(field=name, width=width))
        at = found.end()
    parts += _literal(pattern[at:], pattern)
    fields = [p.field for p in parts if p.field]
    if fields.count("seq") != 1 or not ({"year", "yy"} & set(fields)):
        raise _problem(
            "'{value}' needs {{seq}} exactly once and {{year}} or {{yy}}: the sequence "
            "starts again every year.",
            "'{value}' heeft {{seq}} precies één keer nodig, en {{year}} of {{yy}}: de "
            "nummering begint elk jaar opnieuw.",
            pattern,
        )
    return tuple(parts)


def _literal(text: str, pattern: str) -> list[Part]:
    if not text:
        return []
    if "{" in text or "}" in text or any(not ch.isprintable() for ch in text):
        raise _problem(
            "'{value}' has a brace or a character that cannot be part of a number.",
            "'{value}' bevat een accolade of een teken dat niet in een nummer kan.",
            pattern,
        )
    return [Part(text=text)]


def validate_pattern(pattern: str) -> str:
    """``pattern`` when it is usable (for the settings form); else a ``ValidationError``."""
    parse_pattern(pattern)
    return pattern


def format_number(pattern: str, year: int, seq: int) -> str:
    """The number of the ``seq``-th invoice of ``year``: ``2026-0007``."""
    if seq < 1 or not 1000 <= year <= 9999:
        raise ValueError(f"no invoice number for year {year}, sequence {seq}")
    out = []
    for part in parse_pattern(pattern):
        if part.field == "year":
            out.append(f"{year:04d}")
        elif part.field == "yy":
            out.append(f"{year % 100:02d}")
        elif part.field == "seq":
            out.append(f"{seq:0{part.width}d}" if part.width else str(seq))
        else:
            out.append(part.text)
    return "".join(out)


def parse_number(pattern: str, number: str) -> tuple[int, int] | None:
    """``(year, seq)`` of a number made with ``pattern``; None when it does not fit.
    With only ``{yy}``, the year is taken to be in this century."""
    regex = []
    for part in parse_pattern(pattern):
        if part.field == "year":
            regex.append(r"(?P<year>\d{4})")
        elif part.field == "yy":
            regex.append(r"(?P<yy>\d{2})")
        elif part.field == "seq":
            regex.append(rf"(?P<seq>\d{{{part.width},}})" if part.width else r"(?P<seq>\d+)")
        else:
            regex.append(re.escape(part.text))
    found = re.fullmatch("".join(regex), number.strip())
    if found is None:
        return None
    groups = found.groupdict()
    year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["yy"])
    seq = int(groups["seq"])
    if seq < 1 or format_number(pattern, year, seq) != number.strip():
        return None
    return year, seq


def example(pattern: str, year: int = 2026) -> str:
    """The first number of ``year``, to show beside the pattern in the settings."""
    return format_number(pattern, year, 1)
