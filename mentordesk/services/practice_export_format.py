"""The full export's format (``mentordesk-practice-export``, version 1), and its errors.

A ZIP with:

- ``manifest.json``: ``format``, ``format_version``, ``app_version``, ``schema_version`` (the
  client file's), ``exported_at``, ``files`` (``data.json`` and ``README.txt``: ``sha256`` and
  ``bytes``), ``tables`` (per table ``rows`` and ``files``: its member files and their SHA-256),
  ``csv`` (``encoding``, ``delimiter``, ``null``, ``blob``).
- ``data.json``: ``format``, ``format_version``, ``schema_version`` and ``tables``: per table
  ``columns`` (``name``, ``type``, ``not_null``, ``primary_key``) and ``rows``, one JSON object
  per row with every column. Values are JSON null, numbers and strings as stored; a BLOB is
  ``{"base64": "..."}``. One row per line, so the file diffs well.
- ``csv/<table>.csv`` per table, for spreadsheets: UTF-8 with BOM, a header row, CRLF, empty
  for NULL, BLOBs in base64. Only ``data.json`` is read back; the CSV files are checked.
- ``README.txt``: the above in English and Dutch.

The search index and SQLite's own tables are not exported: an import rebuilds them.
"""

from __future__ import annotations

import base64
import binascii
from typing import Final

from mentordesk.errors import UserError

FORMAT_NAME: Final = "mentordesk-practice-export"
FORMAT_VERSION: Final = 1
MANIFEST: Final = "manifest.json"
DATA: Final = "data.json"
README: Final = "README.txt"
CSV_FOLDER: Final = "csv"
BLOB_KEY: Final = "base64"
CSV_NULL: Final = ""

README_TEXT: Final = """MentorDesk: full export of a practice file
MentorDesk: volledige export van een praktijkbestand

This archive is NOT encrypted. It holds everything in the practice file, including private
working notes. Keep it as safely as the laptop itself, and delete it when it has done its job.

data.json          every table, every row, every column (what "Import practice" reads back)
csv/<table>.csv    the same tables for a spreadsheet (UTF-8, header row; empty means no value)
manifest.json      format, versions, row counts and SHA-256 fingerprints of every file

Dit archief is NIET versleuteld. Het bevat alles uit het praktijkbestand, ook de
werkaantekeningen. Bewaar het even zorgvuldig als de laptop zelf en verwijder het als het
zijn werk gedaan heeft.

data.json          elke tabel, elke rij, elke kolom (dit leest "Praktijk importeren" terug)
csv/<tabel>.csv    dezelfde tabellen voor een spreadsheet (UTF-8, kopregel; leeg is geen waarde)
manifest.json      formaat, versies, aantallen rijen en SHA-256-vingerafdrukken van elk bestand
"""


def csv_member(table: str) -> str:
    return f"{CSV_FOLDER}/{table}.csv"


def encode_value(value: object) -> object:
    """A stored value as JSON: bytes become ``{"base64": ...}``, the rest stays."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {BLOB_KEY: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def csv_value(value: object) -> str:
    if value is None:
        return CSV_NULL
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def decode_blob(value: dict[str, object]) -> bytes | None:
    """The bytes of ``{"base64": "..."}``; None when ``value`` is not exactly that."""
    text = value.get(BLOB_KEY)
    if len(value) != 1 or not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None


# -- what can be wrong with an export ------------------------------------------------------------
class ExportImportError(UserError):
    """Base of every reason an export cannot be imported; nothing was created."""


class NotAZipError(ExportImportError):
    en = "{path} is not a ZIP file, so it is not a MentorDesk export. Nothing was created."
    nl = "{path} is geen ZIP-bestand en dus geen MentorDesk-export. Er is niets aangemaakt."


class ExportMissingError(ExportImportError):
    en = "The export {path} does not exist (any more). Was it moved or renamed?"
    nl = "De export {path} bestaat niet (meer). Is hij verplaatst of hernoemd?"


class NotAnExportError(ExportImportError):
    en = (
        "{path} is not a MentorDesk practice export ({reason}). Choose the ZIP file that "
        "MentorDesk made with Export practice. Nothing was created."
    )
    nl = (
        "{path} is geen MentorDesk-praktijkexport ({reason_nl}). Kies het ZIP-bestand dat "
        "MentorDesk maakte met Praktijk exporteren. Er is niets aangemaakt."
    )


class NewerExportError(ExportImportError):
    en = (
        "This export was made by a newer MentorDesk ({what} {found}; this program understands "
        "up to {supported}). Update MentorDesk to import it. Nothing was created."
    )
    nl = (
        "Deze export is gemaakt met een nieuwere MentorDesk ({what_nl} {found}; dit programma "
        "kent tot en met {supported}). Werk MentorDesk bij om hem in te lezen. Er is niets "
        "aangemaakt."
    )


class ExportChecksumError(ExportImportError):
    en = (
        "The export is damaged or was changed after it was made: {member} {problem}. "
        "Nothing was created."
    )
    nl = (
        "De export is beschadigd of na het maken gewijzigd: {member} {problem_nl}. "
        "Er is niets aangemaakt."
    )


class ExportDataError(ExportImportError):
    en = "The export cannot be read: in {member}, {problem}. Nothing was created."
    nl = "De export is niet te lezen: in {member}, {problem_nl}. Er is niets aangemaakt."


def data_error(member: str, en: str, nl: str, **details: object) -> ExportDataError:
    """An ``ExportDataError`` whose problem is ``en``/``nl`` with ``details`` filled in."""
    return ExportDataError(
        member=member, problem=en.format(**details), problem_nl=nl.format(**details)
    )
