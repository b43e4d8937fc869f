"""The full export of a practice to open formats: JSON and CSV in one ZIP.

Three steps, so that a front end can run the slow one off the interface thread:

1. ``read_practice(pf)`` reads every table in one transaction (a consistent snapshot, on the
   thread that uses the file);
2. ``write_export(snapshot, target)`` writes the ZIP (no database access: safe on a worker):
   under a hidden temporary name in the target folder, flushed to the disk, and renamed only
   when complete, so there is never half an export under the final name;
3. ``record_export(pf, result)`` writes the ``practice_exported`` line of the audit trail (no
   document-log row: the export is not a document). When that fails the ZIP is removed again.

``export_practice(pf, target)`` does all three. The format is described in
``practice_export_format``. The export is not encrypted and holds everything, private working
notes too: it is the mentor's own copy of their data, to move it or to keep it elsewhere.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from mentordesk import __version__
from mentordesk.errors import UserError
from mentordesk.services import practice_export_format as fmt
from mentordesk.store import transfer
from mentordesk.store.connections import fsync_folder
from mentordesk.store.transfer import Table

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

__all__ = [
    "ExportResult",
    "ExportWriteError",
    "PracticeSnapshot",
    "export_practice",
    "read_practice",
    "record_export",
    "write_export",
]

AUDIT_ACTION = "practice_exported"


@dataclass(frozen=True)
class PracticeSnapshot:
    """Every table of the file at one moment, ready to be written (opaque to front ends)."""

    schema_version: int
    tables: tuple[Table, ...]
    csv_delimiter: str


@dataclass(frozen=True)
class ExportResult:
    path: str
    exported_at: str
    schema_version: int
    row_counts: Mapping[str, int]  # table -> rows
    size_bytes: int
    sha256: str  # of the ZIP file

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


class ExportWriteError(UserError):
    en = "The export {path} was not written: {reason}. Nothing was saved under that name."
    nl = "De export {path} is niet geschreven: {reason_nl}. Er is niets onder die naam opgeslagen."


_REASONS = {
    errno.ENOSPC: ("the disk is full", "de schijf is vol"),
    errno.EDQUOT: ("the disk quota is used up", "het schijfquotum is op"),
    errno.EFBIG: (
        "the file is too large for this disk",
        "het bestand is te groot voor deze schijf",
    ),
    errno.EACCES: ("MentorDesk may not write in that folder", "MentorDesk mag daar niet schrijven"),
    errno.EPERM: ("MentorDesk may not write in that folder", "MentorDesk mag daar niet schrijven"),
    errno.EROFS: ("the disk is read-only", "de schijf is alleen-lezen"),
    errno.ENOENT: ("the folder does not exist", "de map bestaat niet"),
    errno.EISDIR: ("that is a folder; give the file a name", "dat is een map; geef een naam"),
}


def _write_error(target: Path, exc: OSError) -> ExportWriteError:
    code = errno.EISDIR if isinstance(exc, IsADirectoryError) else exc.errno
    text = exc.strerror or type(exc).__name__
    reason, reason_nl = _REASONS.get(code or 0, (text, text))
    return ExportWriteError(path=str(target), reason=reason, reason_nl=reason_nl)


# -- 1. reading ---------------------------------------------------------------------------------
def read_practice(pf: PracticeFile) -> PracticeSnapshot:
    """Every table, every row, in one transaction."""
    with pf.transaction():
        conn = pf.connection
        version = transfer.schema_version(conn)
        tables = tuple(transfer.read_all(conn))
    return PracticeSnapshot(version, tables, _delimiter(tables))


def _delimiter(tables: Sequence[Table]) -> str:
    """``;`` when the practice works in Dutch (what Dutch Excel expects), else ``,``."""
    for table in tables:
        if table.name == "practice" and table.rows and "default_language" in table.column_names:
            language = table.rows[0][table.column_names.index("default_language")]
            return ";" if language == "nl" else ","
    return ","


# -- 2. writing ---------------------------------------------------------------------------------
def _data_lines(snapshot: PracticeSnapshot) -> Iterator[str]:
    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    yield "{\n"
    yield f'"format": {dumps(fmt.FORMAT_NAME)},\n"format_version": {fmt.FORMAT_VERSION},\n'
    yield f'"schema_version": {snapshot.schema_version},\n"tables": {{'
    for t_index, table in enumerate(snapshot.tables):
        columns = [
            {
                "name": c.name,
                "type": c.declared_type,
                "not_null": c.not_null,
                "primary_key": c.primary_key,
            }
            for c in table.columns
        ]
        yield "," if t_index else ""
        yield f'\n{dumps(table.name)}: {{"columns": {dumps(columns)},\n"rows": ['
        names = table.column_names
        for r_index, row in enumerate(table.rows):
            record = {name: fmt.encode_value(value) for name, value in zip(names, row, strict=True)}
            yield ("," if r_index else "") + "\n" + dumps(record)
        yield "\n]}"
    yield "\n}\n}\n"


def _write_member(archive: zipfile.ZipFile, name: str, chunks: Iterator[str]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    pending: list[str] = []
    waiting = 0

    def flush(out: IO[bytes]) -> None:
        nonlocal size, waiting
        data = "".join(pending).encode("utf-8")
        out.write(data)
        digest.update(data)
        size += len(data)
        pending.clear()
        waiting = 0

    with archive.open(name, "w", force_zip64=True) as out:
        for chunk in chunks:
            pending.append(chunk)
            waiting += len(chunk)
            if waiting >= 1 << 16:
                flush(out)
        flush(out)
    return digest.hexdigest(), size


def _csv_lines(table: Table, delimiter: str) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(table.column_names)
    yield "\ufeff" + buffer.getvalue()
    for row in table.rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([fmt.csv_value(v) for v in row])
        yield buffer.getvalue()


def _fill(archive: zipfile.ZipFile, snapshot: PracticeSnapshot, exported_at: str) -> None:
    data_sha, data_size = _write_member(archive, fmt.DATA, _data_lines(snapshot))
    readme_sha, readme_size = _write_member(archive, fmt.README, iter([fmt.README_TEXT]))
    tables: dict[str, object] = {}
    for table in snapshot.tables:
        member = fmt.csv_member(table.name)
        csv_sha, _size = _write_member(archive, member, _csv_lines(table, snapshot.csv_delimiter))
        tables[table.name] = {"rows": len(table.rows), "files": {member: csv_sha}}
    manifest = {
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": snapshot.schema_version,
        "exported_at": exported_at,
        "files": {
            fmt.DATA: {"sha256": data_sha, "bytes": data_size},
            fmt.README: {"sha256": readme_sha, "bytes": readme_size},
        },
        "tables": tables,
        "csv": {
            "encoding": "utf-8-sig",
            "delimiter": snapshot.csv_delimiter,
            "null": fmt.CSV_NULL,
            "blob": "base64",
        },
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    archive.writestr(fmt.MANIFEST, text.encode("utf-8"))


def write_export(
    snapshot: PracticeSnapshot, target: Path, exported_at: str | None = None
) -> ExportResult:
    """Write the ZIP at ``target`` (replacing a file of that name only once complete)."""
    target = Path(target).absolute()
    stamp = exported_at or dt.datetime.now().astimezone().isoformat(timespec="seconds")
    temp: str | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(target))
        handle, temp = tempfile.mkstemp(
            prefix=f".{target.name[:80]}.", suffix=".part", dir=target.parent
        )
        with os.fdopen(handle, "w+b") as out:
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                _fill(archive, snapshot, stamp)
            out.flush()
            os.fsync(out.fileno())
            out.seek(0)
            digest = hashlib.file_digest(out, "sha256").hexdigest()
            size = out.tell()
        os.replace(temp, target)
        temp = None
        with contextlib.suppress(OSError):
            fsync_folder(target.parent)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    counts = {t.name: len(t.rows) for t in snapshot.tables}
    return ExportResult(str(target), stamp, snapshot.schema_version, counts, size, digest)


# -- 3. the audit trail ---------------------------------------------------------------------------
def record_export(pf: PracticeFile, result: ExportResult) -> None:
    """Write ``practice_exported``; when that fails the ZIP is removed (nothing unlogged left)."""
    try:
        with pf.transaction():
            pf.audit(
                AUDIT_ACTION,
                file_name=Path(result.path).name,
                sha256=result.sha256,
                tables=len(result.row_counts),
                rows=result.total_rows,
                schema_version=result.schema_version,
            )
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(result.path)
        raise


def export_practice(pf: PracticeFile, target_zip: Path) -> ExportResult:
    """Export the whole practice to ``target_zip`` and log it in the audit trail."""
    result = write_export(read_practice(pf), Path(target_zip))
    record_export(pf, result)
    return result
