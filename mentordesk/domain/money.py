"""Amounts of money as typed by a person, turned into whole cents (never a float on the way).

``parse_amount`` accepts what a Dutch or English mentor writes: ``85``, ``85,00``, ``85.50``,
``€ 85``, ``85,-``, ``EUR 1.234,56``, ``€1,234.56`` and the text ``labels.money_text`` shows.
It refuses negative amounts, more than two decimals and anything that is not an amount, with a
message that names the problem.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from mentordesk.errors import ValidationError

MAX_CENTS = 100_000_000_00  # one hundred million euros: anything above is surely a typo
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_CURRENCY_START = re.compile(r"^(?:€|eur(?:o|os)?\b)", re.IGNORECASE)
_CURRENCY_END = re.compile(r"(?:€|\beur(?:o|os)?)$", re.IGNORECASE)
_MINUS = ("-", "\u2212", "\u2013", "\u2014")
_NUMBER = re.compile(r"[0-9][0-9.,' ]*")
_EXAMPLE_EN = "Write an amount like 85 or 85,50."
_EXAMPLE_NL = "Schrijf een bedrag zoals 85 of 85,50."


def parse_amount(text: str, field: str = "amount") -> int:
    """The amount in ``text`` in whole cents; raises ``ValidationError(field, ...)``."""
    shown = (text or "").strip()
    body = _without_currency(_SPACES.sub(" ", shown))
    if not body:
        raise ValidationError(
            field,
            "Enter an amount. " + _EXAMPLE_EN,
            "Vul een bedrag in. " + _EXAMPLE_NL,
        )
    if body.startswith(_MINUS) or body.startswith("("):
        raise ValidationError(
            field,
            "'{value}' is negative; an amount here is zero or more.",
            "'{value}' is negatief; een bedrag is hier nul of meer.",
            value=shown,
        )
    if body.endswith((",-", ".-")):  # "85,-": whole euros, the Dutch way
        body = body[:-2].rstrip()
    if not _NUMBER.fullmatch(body) or not body[-1].isdigit():
        raise _not_an_amount(field, shown)
    euros, cents = _split(body, field, shown)
    try:
        value = Decimal(f"{euros}.{cents or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern above lets only digits through
        raise _not_an_amount(field, shown) from None
    total = int(value * 100)
    if total > MAX_CENTS:
        raise ValidationError(
            field,
            "'{value}' is too large for an amount here.",
            "'{value}' is te groot voor een bedrag hier.",
            value=shown,
        )
    return total


def _without_currency(text: str) -> str:
    body = text.strip()
    body = _CURRENCY_START.sub("", body).strip()
    body = _CURRENCY_END.sub("", body).strip()
    # "-€ 85" and "€ -85" are both negative; keep the sign, drop the symbol between.
    if body[:1] in _MINUS:
        body = body[0] + _without_currency(body[1:])
    return body


def _split(body: str, field: str, shown: str) -> tuple[str, str]:
    """Euros (digits only) and the decimals (0-2 digits) of ``body``."""
    last_point, last_comma = body.rfind("."), body.rfind(",")
    decimal_mark = ""
    if last_point >= 0 and last_comma >= 0:
        decimal_mark = "." if last_point > last_comma else ","
    elif last_point >= 0 or last_comma >= 0:
        mark = "." if last_point >= 0 else ","
        decimal_mark = mark if body.count(mark) == 1 else ""
    whole, _, decimals = body.rpartition(decimal_mark) if decimal_mark else (body, "", "")
    if decimal_mark and (decimal_mark in whole or " " in decimals):
        raise _not_an_amount(field, shown)
    if len(decimals) == 3 and whole.isdigit() and 1 <= len(whole) <= 3:
        # "1,234" or "1.234": a thousands separator to one reader, three decimals to another.
        raise ValidationError(
            field,
            "'{value}' can be read in two ways. Write it without a thousands separator, like "
            "1234 or 1234,00.",
            "'{value}' is op twee manieren te lezen. Schrijf het zonder scheidingsteken voor "
            "duizendtallen, zoals 1234 of 1234,00.",
            value=shown,
        )
    if len(decimals) > 2:
        raise ValidationError(
            field,
            "'{value}' has more than two decimals. " + _EXAMPLE_EN,
            "'{value}' heeft meer dan twee decimalen. " + _EXAMPLE_NL,
            value=shown,
        )
    groups = re.split(r"[.,' ]", whole)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise _not_an_amount(field, shown)
    return "".join(groups), decimals


def _not_an_amount(field: str, shown: str) -> ValidationError:
    return ValidationError(
        field,
        "'{value}' is not an amount. " + _EXAMPLE_EN,
        "'{value}' is geen bedrag. " + _EXAMPLE_NL,
        value=shown,
    )


def euro_text(cents: int, language: str) -> str:
    """``123456`` -> ``€ 1.234,56`` (Dutch) or ``€1,234.56`` (English), for messages that
    the services write; the interface formats amounts through the locale."""
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    grouped = f"{euros:,}"
    if language == "nl":
        return f"€ {sign}{grouped.replace(',', '.')},{rest:02d}"
    return f"{sign}€{grouped}.{rest:02d}"
