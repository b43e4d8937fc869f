"""The erasure register kept outside the client file, so that erasures survive a restore.

An older backup or an old export does not know about an erasure made after it. So every erasure
is also written to ``<data folder>/erasures/<practice key>.json``; ``services.erasure.
reapply_erasures`` reads it after each open and erases again whatever came back.

The practice key is the SHA-256 of the stamp (and row id) of the file's first ``file_created``
audit event: it travels with the file through copies, backups and moves, and differs between
practices. The register holds no personal text: per erasure its scope (``client`` or
``engagement``), the subject's id and creation stamp, when it was erased and why (``request``
or ``retention``). It is written atomically (a temporary file, fsync, rename), mode 0600.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mentordesk import config
from mentordesk.store import privacy_queries

log = logging.getLogger(__name__)

FORMAT = "mentordesk-erasure-register"
VERSION = 1
FIELDS = ("scope", "subject_id", "subject_created_at", "erased_at", "reason")
Entry = dict[str, Any]


def practice_key(conn: Any) -> str | None:
    """The key of the practice in the open file ``conn``; None for a file without a
    ``file_created`` event (nothing to tie a register to)."""
    found = privacy_queries.first_file_created(conn)
    if found is None:
        return None
    row_id, stamp = found
    return hashlib.sha256(f"mentordesk-practice\x00{row_id}\x00{stamp}".encode()).hexdigest()


def folder() -> Path:
    return config.data_dir() / "erasures"


def register_path(key: str) -> Path:
    return folder() / f"{key}.json"


def _entry(raw: Mapping[str, Any]) -> Entry | None:
    """A well-formed entry (only the known fields, right types), or None."""
    scope, subject_id, created = (
        raw.get("scope"),
        raw.get("subject_id"),
        raw.get("subject_created_at"),
    )
    if scope not in ("client", "engagement") or not isinstance(created, str) or not created:
        return None
    if not isinstance(subject_id, int) or isinstance(subject_id, bool):
        return None
    erased_at = raw.get("erased_at")
    reason = raw.get("reason")
    return {
        "scope": scope,
        "subject_id": subject_id,
        "subject_created_at": created,
        "erased_at": erased_at if isinstance(erased_at, str) else "",
        "reason": reason if reason in ("", "request", "retention") else "",
    }


def _identity(entry: Mapping[str, Any]) -> tuple[str, int, str]:
    return (str(entry["scope"]), int(entry["subject_id"]), str(entry["subject_created_at"]))


def read(key: str) -> list[Entry]:
    """The entries of the register of practice ``key``; none when it is missing or unreadable
    (the file's own register still holds what the file knew)."""
    path = register_path(key)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("the erasure register %s could not be read: %s", path.name, exc)
        return []
    items = raw.get("erasures") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        return []
    found = (_entry(item) for item in items if isinstance(item, dict))
    return [entry for entry in found if entry is not None]


def merged(*sources: Iterable[Mapping[str, Any]]) -> list[Entry]:
    """The entries of all ``sources``, each subject once (the first one seen wins)."""
    seen: dict[tuple[str, int, str], Entry] = {}
    for source in sources:
        for raw in source:
            entry = _entry(raw)
            if entry is not None:
                seen.setdefault(_identity(entry), entry)
    return list(seen.values())


def write(key: str, entries: Iterable[Mapping[str, Any]]) -> Path:
    """Replace the register of practice ``key`` with ``entries`` (atomically, mode 0600)."""
    path = register_path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    body = json.dumps(
        {"format": FORMAT, "version": VERSION, "erasures": merged(entries)},
        ensure_ascii=False,
        indent=1,
    )
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            os.chmod(temp, 0o600)
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    return path


def add(key: str, file_entries: Iterable[Mapping[str, Any]]) -> Path:
    """Write the register as what it held joined with ``file_entries``."""
    return write(key, merged(read(key), file_entries))
