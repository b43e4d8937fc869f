"""The text of a SEPA payment QR code (EPC069-12, "GiroCode" / "EPC QR"), checked.

Banking apps read the code and fill in a credit transfer. The payload is twelve lines, joined by
a line feed (trailing empty lines left out)::

    BCD                 service tag
    002                 version (002: the BIC may be left empty within the EEA)
    1                   character set: UTF-8
    SCT                 SEPA credit transfer
    <BIC>               optional
    <name>              the beneficiary, at most 70 characters
    <IBAN>
    EUR<amount>         0.01 to 999999999.99, a point before the cents
    <purpose>           optional four-letter code
    <structured ref>    an RF creditor reference, or empty
    <text>              unstructured remittance (our invoice number), at most 140
    <information>       optional note to the payer, at most 70

The whole payload may be at most 331 bytes. Rendering the code (error correction level M) is
the documents' business; this module only makes and checks the text.
"""

from __future__ import annotations

import re
from typing import Final

from mentordesk.domain.iban import LENGTHS, validate_iban
from mentordesk.errors import ValidationError

MAX_BYTES: Final = 331
MAX_CENTS: Final = 999_999_999_99
_BIC: Final = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_PURPOSE: Final = re.compile(r"[A-Z]{4}")
_RF: Final = re.compile(r"RF[0-9]{2}[A-Z0-9]{1,21}")


def amount_text(cents: int) -> str:
    """``12345`` -> ``"EUR123.45"``."""
    euros, rest = divmod(cents, 100)
    return f"EUR{euros}.{rest:02d}"


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _too_long(field: str, what_en: str, what_nl: str, limit: int) -> ValidationError:
    return ValidationError(
        field,
        "The {what} is too long for a payment QR code (at most {limit} characters).",
        "De {what_nl} is te lang voor een betaal-QR-code (hoogstens {limit} tekens).",
        what=what_en,
        what_nl=what_nl,
        limit=limit,
    )


def payload(
    *,
    name: str,
    iban: str,
    amount_cents: int,
    text: str = "",
    bic: str = "",
    purpose: str = "",
    structured_reference: str = "",
    information: str = "",
) -> str:
    """The EPC QR payload for a transfer of ``amount_cents`` to ``name``/``iban`` with
    remittance ``text`` (or an RF ``structured_reference``, never both)."""
    name, text, information = _one_line(name), _one_line(text), _one_line(information)
    bic = _one_line(bic).replace(" ", "").upper()
    purpose = _one_line(purpose).upper()
    structured = _one_line(structured_reference).replace(" ", "").upper()
    if not name:
        raise ValidationError(
            "name",
            "A payment QR code needs the name of the account holder.",
            "Een betaal-QR-code heeft de naam van de rekeninghouder nodig.",
        )
    if len(name) > 70:
        raise _too_long("name", "name", "naam", 70)
    account = validate_iban(iban, "iban")
    if not account:
        raise ValidationError(
            "iban",
            "A payment QR code needs an IBAN. Fill it in with the practice details.",
            "Een betaal-QR-code heeft een IBAN nodig. Vul die in bij de praktijkgegevens.",
        )
    if account[:2] not in LENGTHS:
        raise ValidationError(
            "iban",
            "A payment QR code works only for an IBAN in the SEPA area.",
            "Een betaal-QR-code werkt alleen met een IBAN uit het SEPA-gebied.",
        )
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise TypeError("amount_cents must be whole cents (int)")
    if not 1 <= amount_cents <= MAX_CENTS:
        raise ValidationError(
            "amount",
            "A payment QR code needs an amount from 0.01 to 999,999,999.99 euros.",
            "Een betaal-QR-code heeft een bedrag van 0,01 tot 999.999.999,99 euro nodig.",
        )
    if bic and not _BIC.fullmatch(bic):
        raise ValidationError(
            "bic",
            "'{value}' is not a BIC (8 or 11 letters and digits).",
            "'{value}' is geen BIC (8 of 11 letters en cijfers).",
            value=bic,
        )
    if purpose and not _PURPOSE.fullmatch(purpose):
        raise ValidationError(
            "purpose",
            "A purpose code has four capital letters.",
            "Een doelcode bestaat uit vier hoofdletters.",
        )
    if structured and text:
        raise ValidationError(
            "text",
            "A payment QR code holds a structured reference or a text, not both.",
            "Een betaal-QR-code bevat een gestructureerde referentie of een tekst, niet beide.",
        )
    if structured and not _RF.fullmatch(structured):
        raise ValidationError(
            "structured_reference",
            "'{value}' is not an RF creditor reference.",
            "'{value}' is geen RF-betalingskenmerk.",
            value=structured,
        )
    if len(text) > 140:
        raise _too_long("text", "payment reference", "betalingsomschrijving", 140)
    if len(information) > 70:
        raise _too_long("information", "note", "notitie", 70)
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        bic,
        name,
        account,
        amount_text(amount_cents),
        purpose,
        structured,
        text,
        information,
    ]
    while lines and not lines[-1]:
        lines.pop()
    result = "\n".join(lines)
    if len(result.encode("utf-8")) > MAX_BYTES:
        raise ValidationError(
            "text",
            "The payment details are too long for a payment QR code.",
            "De betaalgegevens zijn te lang voor een betaal-QR-code.",
        )
    return result
