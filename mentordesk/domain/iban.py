"""IBAN checks: country code, length per country (SEPA), and the ISO 13616 mod-97 check digits.

Spaces are allowed when typing (``NL91 ABNA 0417 1643 00``); the stored form has none and is in
capitals. An empty IBAN is allowed: not every practice has one filled in yet.
"""

from __future__ import annotations

import re

from mentordesk.errors import ValidationError

# Lengths of the SEPA countries' IBANs (SWIFT IBAN registry); others are checked for 15-34.
LENGTHS: dict[str, int] = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "VA": 22,
}  # fmt: skip
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_EXAMPLE = "NL91 ABNA 0417 1643 00"


def normalise_iban(text: str) -> str:
    """``"nl91 abna 0417 1643 00"`` -> ``"NL91ABNA0417164300"`` (no check)."""
    return _SPACES.sub("", text or "").upper()


def format_iban(iban: str) -> str:
    """Groups of four, as printed on invoices: ``NL91 ABNA 0417 1643 00``."""
    plain = normalise_iban(iban)
    return " ".join(plain[i : i + 4] for i in range(0, len(plain), 4))


def validate_iban(text: str, field: str = "iban") -> str:
    """The IBAN in ``text`` without spaces, or ``""``; raises ``ValidationError(field, ...)``."""
    iban = normalise_iban(text)
    if not iban:
        return ""
    shown = (text or "").strip()
    if not iban.isascii() or not iban.isalnum():
        raise ValidationError(
            field,
            "An IBAN holds only letters and digits; '{value}' has other characters.",
            "Een IBAN bestaat alleen uit letters en cijfers; '{value}' bevat andere tekens.",
            value=shown,
        )
    if not (iban[:2].isalpha() and iban[2:4].isdigit()):
        raise ValidationError(
            field,
            "An IBAN starts with a country code and two check digits, like {example}.",
            "Een IBAN begint met een landcode en twee controlecijfers, zoals {example}.",
            example=_EXAMPLE,
        )
    country = iban[:2]
    expected = LENGTHS.get(country)
    if expected is not None and len(iban) != expected:
        raise ValidationError(
            field,
            "An IBAN from {country} has {expected} characters; '{value}' has {found}.",
            "Een IBAN uit {country} heeft {expected} tekens; '{value}' heeft er {found}.",
            country=country,
            expected=expected,
            value=shown,
            found=len(iban),
        )
    if expected is None and not 15 <= len(iban) <= 34:
        raise ValidationError(
            field,
            "'{value}' is not an IBAN: an IBAN has 15 to 34 characters.",
            "'{value}' is geen IBAN: een IBAN heeft 15 tot 34 tekens.",
            value=shown,
        )
    if not has_valid_check_digits(iban):
        raise ValidationError(
            field,
            "'{value}' is not a valid IBAN: its check digits do not match. Look for a typo.",
            "'{value}' is geen geldige IBAN: de controlecijfers kloppen niet. Kijk of er een "
            "typefout in zit.",
            value=shown,
        )
    return iban


def has_valid_check_digits(iban: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 == 1."""
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1
