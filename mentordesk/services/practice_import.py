"""Importing a full export (see ``practice_export_format``) into a new practice file.

``import_practice(zip, new_path, passphrase)`` checks the export completely before it creates
anything: a ZIP, with a manifest of our format and a version this program knows, every file's
SHA-256 as listed, well-formed JSON, every table of that schema version with exactly its
columns and values of the right types. Each problem is its own ``ExportImportError`` naming it.
Then ``store.transfer.build_file`` builds the new file under a temporary name at the export's
schema version, inserts every row with its id, migrates it to the current version, writes
``practice_imported`` in its audit trail, checks it (pages, structure, references) and only then
gives it its name. It is returned open (``open_practice``); the caller re-applies remembered
erasures, as after every open.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from mentordesk.domain import passphrase as passphrase_rules
from mentordesk.errors import FileAlreadyExistsError, FileMissingError, ReadOnlyError
from mentordesk.services import practice_export_format as fmt
from mentordesk.services.clock import now_text
from mentordesk.services.practice_export_format import (
    ExportChecksumError,
    ExportDataError,
    ExportImportError,
    ExportMissingError,
    NewerExportError,
    NotAnExportError,
    NotAZipError,
    data_error,
)
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.store import migrations, transfer
from mentordesk.store.transfer import Column, Table

__all__ = [
    "ExportChecksumError",
    "ExportDataError",
    "ExportImportError",
    "ExportInfo",
    "ExportMissingError",
    "NewerExportError",
    "NotAZipError",
    "NotAnExportError",
    "import_practice",
    "peek_export",
    "read_export",
]

AUDIT_ACTION = "practice_imported"
MAX_MEMBER_BYTES = 8 << 30  # far beyond any practice; guards against a ZIP bomb


@dataclass(frozen=True)
class ExportInfo:
    """What the manifest says (the data itself not yet checked)."""

    path: str
    format_version: int
    app_version: str
    schema_version: int
    exported_at: str
    row_counts: Mapping[str, int]


@dataclass(frozen=True)
class ExportContents:
    info: ExportInfo
    tables: tuple[Table, ...]


# -- reading the ZIP ------------------------------------------------------------------------------
def _open_zip(source: Path) -> zipfile.ZipFile:
    if not source.exists():
        raise ExportMissingError(path=str(source))
    if source.is_dir():
        raise NotAnExportError(
            path=str(source), reason="it is a folder", reason_nl="het is een map"
        )
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise NotAZipError(path=str(source)) from exc
    except OSError as exc:
        raise ExportMissingError(path=str(source)) from exc


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise data_error(name, "the file is too large", "het bestand is te groot")
        return archive.read(info)
    except KeyError:
        raise ExportChecksumError(
            member=name, problem="is missing", problem_nl="ontbreekt"
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ExportChecksumError(
            member=name, problem="cannot be unpacked", problem_nl="is niet uit te pakken"
        ) from exc


def _json(name: str, raw: bytes) -> Any:
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not a number")

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=refuse)
    except UnicodeDecodeError:
        raise data_error(name, "the text is not UTF-8", "de tekst is geen UTF-8") from None
    except json.JSONDecodeError as exc:
        raise data_error(
            name,
            "the JSON is malformed at line {line}, column {column} ({message})",
            "de JSON is ongeldig op regel {line}, kolom {column} ({message})",
            line=exc.lineno,
            column=exc.colno,
            message=exc.msg,
        ) from None
    except ValueError as exc:
        raise data_error(name, "{message}", "{message}", message=exc) from None


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _manifest_info(source: Path, manifest: Any) -> ExportInfo:
    m = fmt.MANIFEST
    if not isinstance(manifest, dict):
        raise data_error(m, "it is not a JSON object", "het is geen JSON-object")
    if manifest.get("format") != fmt.FORMAT_NAME:
        found = str(manifest.get("format"))[:60]
        raise NotAnExportError(
            path=str(source),
            reason=f"its format is {found!r}",
            reason_nl=f"het formaat is {found!r}",
        )
    version, schema = manifest.get("format_version"), manifest.get("schema_version")
    if not _whole(version) or version < 1:
        raise data_error(m, "format_version is not a version", "format_version is geen versie")
    if version > fmt.FORMAT_VERSION:
        raise NewerExportError(
            what="export format",
            what_nl="exportformaat",
            found=version,
            supported=fmt.FORMAT_VERSION,
        )
    if not _whole(schema) or schema < 1:
        raise data_error(m, "schema_version is not a version", "schema_version is geen versie")
    if schema > migrations.CURRENT_VERSION:
        raise NewerExportError(
            what="file version",
            what_nl="bestandsversie",
            found=schema,
            supported=migrations.CURRENT_VERSION,
        )
    tables = manifest.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(t, dict) and _whole(t.get("rows")) and isinstance(t.get("files"), dict)
        for t in tables.values()
    ):
        raise data_error(m, "the list of tables is malformed", "de lijst van tabellen is ongeldig")
    if not isinstance(manifest.get("files"), dict) or fmt.DATA not in manifest["files"]:
        raise data_error(m, "data.json is not listed", "data.json staat er niet in")
    return ExportInfo(
        path=str(source),
        format_version=version,
        app_version=str(manifest.get("app_version", "")),
        schema_version=schema,
        exported_at=str(manifest.get("exported_at", "")),
        row_counts={str(name): int(t["rows"]) for name, t in tables.items()},
    )


def _listed_files(manifest: dict[str, Any]) -> dict[str, object]:
    listed: dict[str, object] = {}
    for name, entry in manifest["files"].items():
        listed[str(name)] = entry.get("sha256") if isinstance(entry, dict) else None
    for table in manifest["tables"].values():
        listed.update({str(k): v for k, v in table["files"].items()})
    return listed


def _check_sha(name: str, data: bytes, expected: object) -> None:
    if hashlib.sha256(data).hexdigest() != expected:
        raise ExportChecksumError(
            member=name,
            problem="does not match its SHA-256 fingerprint in the manifest",
            problem_nl="klopt niet met zijn SHA-256-vingerafdruk in het manifest",
        )


def _load(source: Path) -> tuple[ExportInfo, Any]:
    with _open_zip(source) as archive:
        if fmt.MANIFEST not in archive.namelist():
            raise NotAnExportError(
                path=str(source),
                reason="it holds no manifest.json",
                reason_nl="er zit geen manifest.json in",
            )
        manifest = _json(fmt.MANIFEST, _read_member(archive, fmt.MANIFEST))
        info = _manifest_info(source, manifest)
        data: Any = None
        for name, expected in _listed_files(manifest).items():
            raw = _read_member(archive, name)
            _check_sha(name, raw, expected)
            if name == fmt.DATA:
                data = _json(fmt.DATA, raw)
    return info, data


def peek_export(source_zip: Path) -> ExportInfo:
    """What an export holds, from its manifest only (fast; the data is checked on import)."""
    with _open_zip(Path(source_zip)) as archive:
        if fmt.MANIFEST not in archive.namelist():
            raise NotAnExportError(
                path=str(source_zip),
                reason="it holds no manifest.json",
                reason_nl="er zit geen manifest.json in",
            )
        manifest = _json(fmt.MANIFEST, _read_member(archive, fmt.MANIFEST))
    return _manifest_info(Path(source_zip), manifest)


# -- checking the data ----------------------------------------------------------------------------
_EXPECTED = {
    "INTEGER": ("a whole number", "een geheel getal"),
    "TEXT": ("text", "tekst"),
    "BLOB": ('binary data as {"base64": ...}', 'binaire gegevens als {"base64": ...}'),
    "REAL": ("a number", "een getal"),
}


def _found(value: object) -> tuple[str, str]:
    if isinstance(value, bool):
        return "true/false", "waar/onwaar"
    if isinstance(value, int | float):
        return "a number", "een getal"
    if isinstance(value, str):
        return "text", "tekst"
    if isinstance(value, list):
        return "a list", "een lijst"
    return "an object", "een object"


def _value(column: Column, value: object) -> tuple[bool, object]:
    """(fits, the value to store) for ``value`` in ``column``."""
    if value is None:
        return True, None
    if isinstance(value, dict):
        blob = fmt.decode_blob(value)
        fits = blob is not None and column.declared_type in ("BLOB", "")
        return fits, blob
    kind = column.declared_type
    if isinstance(value, bool | list):
        return False, value
    if kind == "INTEGER":
        return isinstance(value, int), value
    if kind == "TEXT":
        return isinstance(value, str), value
    if kind == "REAL":
        return isinstance(value, int | float), value
    return kind == "", value


def _table(name: str, raw: Any, expected: tuple[Column, ...], count: int) -> Table:
    d = fmt.DATA
    if not isinstance(raw, dict) or not isinstance(raw.get("rows"), list):
        raise data_error(d, "table {t} is malformed", "tabel {t} is ongeldig", t=name)
    rows: list[Any] = raw["rows"]
    if len(rows) != count:
        raise data_error(
            d,
            "table {t} has {n} rows, the manifest says {m}",
            "tabel {t} heeft {n} rijen, het manifest zegt {m}",
            t=name,
            n=len(rows),
            m=count,
        )
    names = {c.name for c in expected}
    checked: list[tuple[object, ...]] = []
    for index, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) != names:
            got = set(row) if isinstance(row, dict) else set()
            detail = ", ".join(sorted(names ^ got)) or "not an object"
            raise data_error(
                d,
                "table {t}, row {n}: the columns do not match ({detail})",
                "tabel {t}, rij {n}: de kolommen kloppen niet ({detail})",
                t=name,
                n=index,
                detail=detail,
            )
        values: list[object] = []
        for column in expected:
            fits, stored = _value(column, row[column.name])
            if not fits:
                want, want_nl = _EXPECTED.get(column.declared_type, ("a value", "een waarde"))
                got_en, got_nl = _found(row[column.name])
                raise ExportDataError(
                    member=d,
                    problem=f"table {name}, row {index}, column {column.name}: expected "
                    f"{want}, found {got_en}",
                    problem_nl=f"tabel {name}, rij {index}, kolom {column.name}: verwacht "
                    f"{want_nl}, gevonden {got_nl}",
                )
            values.append(stored)
        checked.append(tuple(values))
    return Table(name, expected, checked)


def _tables(info: ExportInfo, data: Any) -> tuple[Table, ...]:
    d = fmt.DATA
    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        raise data_error(d, "it holds no tables", "er staan geen tabellen in")
    if data.get("format") != fmt.FORMAT_NAME or data.get("schema_version") != info.schema_version:
        raise data_error(
            d,
            "its format or schema version differs from the manifest",
            "het formaat of de schemaversie verschilt van het manifest",
        )
    expected = transfer.schema_tables(info.schema_version)
    found: dict[str, Any] = data["tables"]
    for names, en, nl in (
        (set(expected) - set(found), "table {t} is missing", "tabel {t} ontbreekt"),
        (set(found) - set(expected), "table {t} is unknown", "tabel {t} is onbekend"),
        (set(expected) ^ set(info.row_counts), "the manifest lists {t} wrongly", "het manifest"
         " noemt {t} onjuist"),
    ):  # fmt: skip
        if names:
            raise data_error(d, en, nl, t=", ".join(sorted(names)))
    if "practice" in expected and info.row_counts.get("practice") != 1:
        raise data_error(d, "the practice details are missing", "de praktijkgegevens ontbreken")
    return tuple(
        _table(name, found[name], columns, info.row_counts[name])
        for name, columns in expected.items()
    )


def read_export(source_zip: Path) -> ExportContents:
    """Read and check an export completely; raises an ``ExportImportError`` naming a problem."""
    info, data = _load(Path(source_zip))
    return ExportContents(info, _tables(info, data))


# -- importing ------------------------------------------------------------------------------------
def import_practice(source_zip: Path, new_path: Path, passphrase: str) -> PracticeFile:
    """Import the export ``source_zip`` into the new file ``new_path``; returns it open."""
    target = Path(new_path).absolute()
    secret = passphrase_rules.normalise(passphrase)
    if target.exists():
        raise FileAlreadyExistsError(path=str(target))
    if not target.parent.is_dir():
        raise FileMissingError(path=str(target.parent))
    if not os.access(target.parent, os.W_OK):
        raise ReadOnlyError(path=str(target.parent))
    contents = read_export(Path(source_zip))
    info = contents.info
    detail = {
        "source_file": Path(source_zip).name,
        "exported_at": info.exported_at,
        "app_version": info.app_version,
        "format_version": info.format_version,
        "schema_version": info.schema_version,
        "rows": sum(len(t.rows) for t in contents.tables),
    }
    plan = transfer.BuildPlan(
        version=info.schema_version,
        tables=contents.tables,
        audit_at=now_text(),
        audit_action=AUDIT_ACTION,
        audit_detail=json.dumps(detail, ensure_ascii=False),
    )
    transfer.build_file(target, secret, plan)
    return open_practice(target, secret)
