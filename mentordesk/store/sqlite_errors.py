"""Turning SQLite's error texts into errors a mentor can act on."""

from __future__ import annotations

import sys
from pathlib import Path

from mentordesk.errors import (
    DamagedFileError,
    DiskFullError,
    DiskWriteError,
    FileInUseError,
    ReadOnlyError,
    UserError,
    WrongPassphraseError,
)

# What a failed ROLLBACK says when SQLite had already rolled the transaction back itself
# (after an I/O error or a full disk): it hides the error that matters.
_ALREADY_ROLLED_BACK = ("no transaction is active", "no such savepoint")


def user_error_for(exc: BaseException, path: Path) -> UserError | None:
    """The ``UserError`` that ``exc`` (an sqlite/peewee error) stands for, or ``None`` (a bug).

    A failed rollback hides the error that made it necessary: then the errors it happened
    while handling (``__context__``) are asked in turn.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _one(current, path)
        if found is not None:
            return found
        if not any(words in str(current).lower() for words in _ALREADY_ROLLED_BACK):
            return None
        current = current.__context__ or current.__cause__
    return None


def _one(exc: BaseException, path: Path) -> UserError | None:
    text = str(exc).lower()
    if "file is not a database" in text or "file is encrypted" in text:
        return WrongPassphraseError()
    if "disk is full" in text or ("disk i/o error" in text and _disk_full(path)):
        return DiskFullError()
    if "disk i/o error" in text:  # a quota, a removed or failing disk, a lost network drive
        return DiskWriteError(path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return ReadOnlyError(path=str(path))
    if "malformed" in text or "hmac check failed" in text:
        return DamagedFileError(path=str(path), reason=str(exc))
    if "database is locked" in text:
        return FileInUseError(holder="another program")
    return None


def _disk_full(path: Path) -> bool:
    """Whether a disk I/O error means "no room": SQLite reports SQLITE_FULL only for ENOSPC,
    while a write past a file-size limit (EFBIG) is a plain I/O error."""
    import shutil

    if _size_limited():
        return True
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _size_limited() -> bool:
    if sys.platform == "win32":  # pragma: no cover - no RLIMIT_FSIZE there
        return False
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY
