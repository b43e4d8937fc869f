"""A practice's registration numbers: the KvK number and the btw-id (VAT id).

The KvK number (Dutch Chamber of Commerce) has 8 digits. A Flemish mentor has no KvK number but
an enterprise number (ondernemingsnummer, KBO) of 10 digits whose last two are a mod-97 check;
that is accepted in the same field, since it plays the same part on invoices.
The btw-id is checked for its shape: Dutch ``NL123456789B01``, Belgian ``BE0123456749``, others
a country code and 2 to 12 letters or digits. Empty values are allowed (not filled in yet).
"""

from __future__ import annotations

import re

from mentordesk.errors import ValidationError

_SEPARATORS = re.compile(r"[\s\u00a0\u202f.\-]+")
_NL_VAT = re.compile(r"NL[0-9]{9}B[0-9]{2}")
_BE_VAT = re.compile(r"BE[01][0-9]{9}")
_OTHER_VAT = re.compile(r"[A-Z]{2}[0-9A-Z+*]{2,12}")


def validate_kvk(text: str, field: str = "kvk_number") -> str:
    """The KvK number (8 digits) or Belgian enterprise number (10 digits), digits only."""
    shown = (text or "").strip()
    number = _SEPARATORS.sub("", shown).upper()
    if number.startswith("BE"):
        number = number[2:]
    if not number:
        return ""
    if number.isascii() and number.isdigit():
        if len(number) == 8:
            return number
        if len(number) == 10 and belgian_check_ok(number):
            return number
        if len(number) == 10 and number[0] in "01":
            raise ValidationError(
                field,
                "'{value}' is not a valid Belgian enterprise number: its last two digits do "
                "not match. Look for a typo.",
                "'{value}' is geen geldig Belgisch ondernemingsnummer: de laatste twee cijfers "
                "kloppen niet. Kijk of er een typefout in zit.",
                value=shown,
            )
    raise ValidationError(
        field,
        "A KvK number has 8 digits; '{value}' is not one.",
        "Een KvK-nummer heeft 8 cijfers; '{value}' is dat niet.",
        value=shown,
    )


def belgian_check_ok(number: str) -> bool:
    """A Belgian enterprise number: 10 digits, the last two are 97 - (first eight mod 97)."""
    if len(number) != 10 or not number.isdigit() or number[0] not in "01":
        return False
    return 97 - int(number[:8]) % 97 == int(number[8:])


def validate_vat_id(text: str, field: str = "vat_id") -> str:
    """The btw-id in capitals without spaces or dots, or ``""``."""
    shown = (text or "").strip()
    vat_id = _SEPARATORS.sub("", shown).upper()
    if not vat_id:
        return ""
    if vat_id.startswith("NL") and not _NL_VAT.fullmatch(vat_id):
        raise ValidationError(
            field,
            "A Dutch btw-id looks like NL123456789B01 (NL, 9 digits, B, 2 digits); "
            "'{value}' does not.",
            "Een Nederlands btw-id ziet eruit als NL123456789B01 (NL, 9 cijfers, B, 2 cijfers); "
            "'{value}' niet.",
            value=shown,
        )
    if vat_id.startswith("BE") and not (_BE_VAT.fullmatch(vat_id) and belgian_check_ok(vat_id[2:])):
        raise ValidationError(
            field,
            "A Belgian VAT number is BE followed by the 10-digit enterprise number, like "
            "BE0123456749; '{value}' is not one.",
            "Een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer van 10 cijfers, "
            "zoals BE0123456749; '{value}' is dat niet.",
            value=shown,
        )
    if not vat_id.isascii() or not _OTHER_VAT.fullmatch(vat_id):
        raise ValidationError(
            field,
            "A btw-id starts with a country code, like NL123456789B01; '{value}' does not.",
            "Een btw-id begint met een landcode, zoals NL123456789B01; '{value}' niet.",
            value=shown,
        )
    return vat_id
