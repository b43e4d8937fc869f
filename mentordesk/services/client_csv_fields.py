"""What the columns of a client list can mean, recognised from Dutch and English headers, and
how a cell becomes a value (language and status words in both languages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from mentordesk.domain.enums import ClientStatus, Language
from mentordesk.domain.names import fold


class CsvField(StrEnum):
    """Where a CSV column goes. A column without a field is ignored."""

    NAME = "name"
    FIRST_NAME = "first_name"  # joined with infix and last name when there is no full name
    INFIX = "infix"  # tussenvoegsel: "van der"
    LAST_NAME = "last_name"
    PREFERRED_NAME = "preferred_name"
    EMAIL = "email"
    PHONE = "phone"
    STREET = "street"
    HOUSE_NUMBER = "house_number"  # joined to the street
    POSTAL_CODE = "postal_code"
    CITY = "city"
    COUNTRY = "country"
    LANGUAGE = "language"
    STATUS = "status"
    REFERRAL_SOURCE = "referral_source"
    TAGS = "tags"
    NOTES = "notes"


_SYNONYMS: dict[CsvField, tuple[str, ...]] = {
    CsvField.NAME: (
        "naam", "name", "volledige naam", "full name", "fullname", "client", "cliënt",
        "clientnaam", "naam client", "mentee", "contact", "contactpersoon", "display name",
    ),
    CsvField.FIRST_NAME: ("voornaam", "voornamen", "first name", "firstname", "given name"),
    CsvField.INFIX: ("tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "infix"),
    CsvField.LAST_NAME: (
        "achternaam", "last name", "lastname", "surname", "family name", "familienaam",
    ),
    CsvField.PREFERRED_NAME: ("roepnaam", "preferred name", "nickname", "bijnaam", "known as"),
    CsvField.EMAIL: (
        "e-mail", "email", "e-mailadres", "emailadres", "mail", "email address",
        "e-mail address", "mailadres",
    ),
    CsvField.PHONE: (
        "telefoon", "telefoonnummer", "tel", "phone", "phone number", "telephone", "mobiel",
        "mobile", "gsm", "mobiel nummer",
    ),
    CsvField.STREET: ("straat", "adres", "address", "street", "straatnaam", "straat en huisnummer"),
    CsvField.HOUSE_NUMBER: ("huisnummer", "nr", "nummer", "house number", "number", "huisnr"),
    CsvField.POSTAL_CODE: ("postcode", "postal code", "zip", "zipcode", "zip code", "post code"),
    CsvField.CITY: ("plaats", "woonplaats", "city", "stad", "town", "gemeente", "place"),
    CsvField.COUNTRY: ("land", "country"),
    CsvField.LANGUAGE: ("taal", "language", "voertaal", "lang"),
    CsvField.STATUS: ("status", "stand"),
    CsvField.REFERRAL_SOURCE: (
        "verwezen door", "verwijzer", "doorverwijzer", "verwijzing", "referral",
        "referred by", "referral source", "bron", "source",
    ),
    CsvField.TAGS: ("tags", "tag", "labels", "label", "categorie", "category", "groep", "group"),
    CsvField.NOTES: (
        "notities", "notitie", "opmerkingen", "opmerking", "notes", "note", "remarks",
        "comments", "memo", "toelichting",
    ),
}  # fmt: skip


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


_BY_KEY = {_key(word): field for field, words in _SYNONYMS.items() for word in words}


def guess_mapping(headers: Sequence[str]) -> dict[int, CsvField]:
    """Column index -> field for the headers we recognise; each field at most once."""
    mapping: dict[int, CsvField] = {}
    for index, header in enumerate(headers):
        field = _BY_KEY.get(_key(header))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


_LANGUAGES = {
    Language.NL: ("nl", "nederlands", "dutch", "ned", "nl-nl", "nl-be", "nl_nl", "vlaams"),
    Language.EN: ("en", "engels", "english", "eng", "en-gb", "en-us", "en_gb", "en_us"),
}
_STATUSES = {
    ClientStatus.INTAKE: ("intake", "aanmelding", "nieuw", "new"),
    ClientStatus.ACTIVE: ("active", "actief", "lopend", "loopt"),
    ClientStatus.PAUSED: ("paused", "gepauzeerd", "pauze", "on hold"),
    ClientStatus.CLOSED: ("closed", "afgesloten", "gesloten", "beeindigd", "klaar", "done"),
    ClientStatus.ARCHIVED: ("archived", "gearchiveerd", "archief"),
}
_LANGUAGE_WORDS = {fold(w): lang for lang, words in _LANGUAGES.items() for w in words}
_STATUS_WORDS = {fold(w): status for status, words in _STATUSES.items() for w in words}


def language(text: str) -> Language | None:
    return _LANGUAGE_WORDS.get(fold(text.strip()))


def status(text: str) -> ClientStatus | None:
    return _STATUS_WORDS.get(fold(text.strip()))


def tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in (p.strip() for p in re.split(r"[,;|]", text)) if t)


def joined(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p.strip())


def same_name_key(name: str) -> str:
    return " ".join(fold(name).split())
