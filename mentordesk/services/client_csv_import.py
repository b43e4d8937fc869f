"""Importing an existing client list from a CSV file: read, map the columns, preview, commit.

``ClientCsvImport(pf)``:

- ``read(path)`` reads the file (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252
  as Excel writes it; ``,`` ``;`` or tab between fields, sniffed; quoted fields). A binary,
  empty or huge file, or a quote that never closes, is refused with a message naming it.
- ``guess_mapping(headers)`` recognises Dutch and English headers (``client_csv_fields``).
- ``preview(table, mapping)`` turns each line into a ``ClientDraft`` or errors (missing name,
  invalid e-mail, unknown language or status, a line with more fields than the header), with a
  warning when it looks like an existing client or an earlier line. Nothing is written.
- ``commit(rows)`` creates the valid rows' clients in ONE transaction (all or none) and writes
  ``clients_imported_csv`` with the count in the audit trail.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.domain.enums import ClientStatus, Language
from mentordesk.errors import UserError, ValidationError, current_language
from mentordesk.services import client_csv_fields as fields
from mentordesk.services import validation as check
from mentordesk.services.client_csv_fields import CsvField
from mentordesk.services.records import ClientDraft
from mentordesk.store.models import Client as ClientModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

__all__ = [
    "ClientCsvImport",
    "CsvField",
    "CsvFileError",
    "CsvLine",
    "CsvLineRefusedError",
    "CsvProblem",
    "CsvRow",
    "CsvTable",
]

MAX_BYTES = 20 * 1024 * 1024
MAX_LINES = 50_000
AUDIT_ACTION = "clients_imported_csv"


class CsvFileError(UserError):
    en = "{path} cannot be imported: {reason}."
    nl = "{path} kan niet worden ingelezen: {reason_nl}."


class CsvLineRefusedError(UserError):
    en = "Line {line} was refused: {reason} No client was imported."
    nl = "Regel {line} is geweigerd: {reason_nl} Er is geen cliënt ingelezen."


def _refuse(path: Path, en: str, nl: str) -> CsvFileError:
    return CsvFileError(path=path.name, reason=en, reason_nl=nl)


@dataclass(frozen=True)
class CsvLine:
    line: int  # where the record starts in the file (1 is the header's line when first)
    values: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    path: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    lines: tuple[CsvLine, ...]


@dataclass(frozen=True)
class CsvProblem:
    field: str  # a ``CsvField`` value, or "" for the line as a whole
    en: str
    nl: str

    def text(self, language: str | None = None) -> str:
        return self.nl if (language or current_language()) == "nl" else self.en


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: tuple[str, ...]
    draft: ClientDraft | None  # None when the line has errors
    mapped: Mapping[str, str]  # what the line gives each ``ClientDraft`` field, as written
    errors: tuple[CsvProblem, ...] = ()
    warnings: tuple[CsvProblem, ...] = ()  # likely duplicates; imported all the same

    @property
    def valid(self) -> bool:
        return self.draft is not None

    @property
    def duplicate(self) -> bool:
        return bool(self.warnings)


# -- reading ------------------------------------------------------------------------------------
def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if raw.startswith(b"PK\x03\x04"):
        raise _refuse(
            path,
            "it is a spreadsheet workbook (such as .xlsx), not CSV; save it as CSV first",
            "het is een werkmap (zoals .xlsx), geen CSV; sla het eerst op als CSV",
        )
    if b"\x00" in raw:
        raise _refuse(path, "it is not a text file", "het is geen tekstbestand")
    utf8 = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
    for encoding in (utf8, "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n")
        if controls > max(3, len(text) // 100):
            raise _refuse(path, "it is not a text file", "het is geen tekstbestand")
        return text, encoding
    raise _refuse(path, "it is not a text file", "het is geen tekstbestand")


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = text.splitlines()[0] if text.splitlines() else ""
        counts = {d: first.count(d) for d in (";", "\t", ",")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _records(path: Path, text: str, delimiter: str) -> list[CsvLine]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[CsvLine] = []
    start = 1
    try:
        for values in reader:
            if any(v.strip() for v in values):
                records.append(CsvLine(start, tuple(values)))
            start = reader.line_num + 1
            if len(records) > MAX_LINES + 1:
                raise _refuse(
                    path,
                    f"it has more than {MAX_LINES:,} lines",
                    f"het heeft meer dan {MAX_LINES:,} regels".replace(",", "."),
                )
    except csv.Error as exc:
        raise _refuse(
            path,
            f'line {start} is malformed ({exc}); is a quote (") left open?',
            f'regel {start} is ongeldig ({exc}); staat er een aanhalingsteken (") open?',
        ) from None
    return records


def read_csv(path: Path) -> CsvTable:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refuse(
                path,
                "it is larger than 20 MB; split it into smaller files",
                "het is groter dan 20 MB; splits het in kleinere bestanden",
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        raise _refuse(path, "it is a folder", "het is een map") from None
    except FileNotFoundError:
        raise _refuse(path, "it does not exist", "het bestaat niet") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise _refuse(path, reason, reason) from None
    text, encoding = _decode(path, raw)
    if not text.strip():
        raise _refuse(path, "it is empty", "het is leeg")
    delimiter = _delimiter(text)
    records = _records(path, text, delimiter)
    headers = tuple(v.strip() for v in records[0].values)
    if not any(headers):
        raise _refuse(
            path, "its first line has no column names", "de eerste regel heeft geen kolomnamen"
        )
    return CsvTable(str(path), encoding, delimiter, headers, tuple(records[1:]))


# -- previewing and importing --------------------------------------------------------------------
_FIELD_LABELS = {
    CsvField.EMAIL: ("E-mail", "E-mail"),
    CsvField.LANGUAGE: ("Language", "Taal"),
    CsvField.STATUS: ("Status", "Status"),
}


class ClientCsvImport:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def read(self, path: Path) -> CsvTable:
        return read_csv(path)

    def guess_mapping(self, headers: Sequence[str]) -> dict[int, CsvField]:
        return fields.guess_mapping(headers)

    def preview(self, table: CsvTable, mapping: Mapping[int, CsvField]) -> list[CsvRow]:
        """Every line as a draft or its errors; writes nothing."""
        with self._pf.transaction():
            existing = [
                (str(c.name), str(c.email))
                for c in ClientModel.select(ClientModel.name, ClientModel.email)
            ]
            default_language = self._pf.practice.get().default_language
        names = {fields.same_name_key(n) for n, _e in existing}
        emails = {e.strip().lower() for _n, e in existing if e.strip()}
        seen: dict[str, int] = {}
        rows = []
        for line in table.lines:
            draft, mapped, errors = _draft(line, len(table.headers), mapping, default_language)
            warnings = _duplicates(draft, line.line, names, emails, seen) if draft else ()
            rows.append(CsvRow(line.line, line.values, draft, mapped, tuple(errors), warnings))
        return rows

    def commit(self, rows: Sequence[CsvRow]) -> int:
        """Create a client for every valid row, all in one transaction; returns how many."""
        drafts = [(row.line, row.draft) for row in rows if row.draft is not None]
        if not drafts:
            return 0
        with self._pf.transaction():
            for line, draft in drafts:
                try:
                    self._pf.clients.create(draft)
                except UserError as exc:
                    raise CsvLineRefusedError(
                        line=line, reason=exc.text("en"), reason_nl=exc.text("nl")
                    ) from exc
            self._pf.audit(AUDIT_ACTION, count=len(drafts))
        return len(drafts)


def _draft(
    line: CsvLine, width: int, mapping: Mapping[int, CsvField], default_language: Language
) -> tuple[ClientDraft | None, dict[str, str], list[CsvProblem]]:
    errors: list[CsvProblem] = []
    extra = [v for v in line.values[width:] if v.strip()]
    if extra:
        errors.append(
            CsvProblem(
                "",
                f"this line has {len(line.values)} fields, the header {width}; check the "
                "separators and quotes",
                f"deze regel heeft {len(line.values)} velden, de kopregel {width}; controleer "
                "de scheidingstekens en aanhalingstekens",
            )
        )
    cell = {
        field: line.values[index].strip()
        for index, field in mapping.items()
        if index < len(line.values)
    }

    def get(field: CsvField) -> str:
        return cell.get(field, "")

    name = get(CsvField.NAME) or fields.joined(
        get(CsvField.FIRST_NAME), get(CsvField.INFIX), get(CsvField.LAST_NAME)
    )
    if not name:
        errors.append(CsvProblem(CsvField.NAME, "the name is missing", "de naam ontbreekt"))
    language = default_language
    if get(CsvField.LANGUAGE):
        found = fields.language(get(CsvField.LANGUAGE))
        if found is None:
            errors.append(_unknown(CsvField.LANGUAGE, get(CsvField.LANGUAGE), "nl, en"))
        else:
            language = found
    status = ClientStatus.INTAKE
    if get(CsvField.STATUS):
        found_status = fields.status(get(CsvField.STATUS))
        if found_status is None:
            allowed = "intake, actief, gepauzeerd, afgesloten, gearchiveerd"
            errors.append(_unknown(CsvField.STATUS, get(CsvField.STATUS), allowed))
        else:
            status = found_status
    texts = {
        "name": name,
        "preferred_name": get(CsvField.PREFERRED_NAME),
        "email": get(CsvField.EMAIL),
        "phone": get(CsvField.PHONE),
        "street": fields.joined(get(CsvField.STREET), get(CsvField.HOUSE_NUMBER)),
        "postal_code": get(CsvField.POSTAL_CODE),
        "city": get(CsvField.CITY),
        "country": get(CsvField.COUNTRY),
        "referral_source": get(CsvField.REFERRAL_SOURCE),
        "notes": get(CsvField.NOTES),
    }
    mapped = {
        **texts,
        "language": get(CsvField.LANGUAGE),
        "status": get(CsvField.STATUS),
        "tags": get(CsvField.TAGS),
    }
    for key, value in texts.items():
        try:
            texts[key] = check.email(key, value) if key == "email" else check.text(key, value)
        except ValidationError as exc:
            errors.append(CsvProblem(key, exc.text("en"), exc.text("nl")))
    if errors:
        return None, mapped, errors
    draft = ClientDraft(
        name=texts["name"],
        preferred_name=texts["preferred_name"],
        email=texts["email"],
        phone=texts["phone"],
        street=texts["street"],
        postal_code=texts["postal_code"],
        city=texts["city"],
        country=texts["country"],
        referral_source=texts["referral_source"],
        notes=texts["notes"],
        language=language,
        status=status,
        tags=fields.tags(get(CsvField.TAGS)),
    )
    return draft, mapped, errors


def _unknown(field: CsvField, value: str, allowed: str) -> CsvProblem:
    en_label, nl_label = _FIELD_LABELS[field]
    return CsvProblem(
        field,
        f"{en_label.lower()} '{value}' is unknown (use {allowed})",
        f"{nl_label.lower()} '{value}' is onbekend (gebruik {allowed})",
    )


def _duplicates(
    draft: ClientDraft, line: int, names: set[str], emails: set[str], seen: dict[str, int]
) -> tuple[CsvProblem, ...]:
    warnings = []
    name_key = fields.same_name_key(draft.name)
    email_key = draft.email.lower()
    if name_key in names or (email_key and email_key in emails):
        warnings.append(
            CsvProblem(
                "",
                "a client with this name or e-mail address already exists",
                "er bestaat al een cliënt met deze naam of dit e-mailadres",
            )
        )
    earlier = seen.get(name_key) or (seen.get("@" + email_key) if email_key else None)
    if earlier is not None:
        warnings.append(
            CsvProblem(
                "",
                f"the same client as on line {earlier}",
                f"dezelfde cliënt als op regel {earlier}",
            )
        )
    seen.setdefault(name_key, line)
    if email_key:
        seen.setdefault("@" + email_key, line)
    return tuple(warnings)
