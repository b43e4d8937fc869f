"""Turning SQLite's error texts into errors a mentor can act on."""

from __future__ import annotations

from pathlib import Path

from mentordesk.errors import (
    DamagedFileError,
    DiskFullError,
    FileInUseError,
    ReadOnlyError,
    UserError,
    WrongPassphraseError,
)


def user_error_for(exc: BaseException, path: Path) -> UserError | None:
    """The ``UserError`` that ``exc`` (an sqlite/peewee error) stands for, or ``None`` (a bug)."""
    text = str(exc).lower()
    if "file is not a database" in text or "file is encrypted" in text:
        return WrongPassphraseError()
    if "disk is full" in text or ("disk i/o error" in text and _disk_full(path)):
        return DiskFullError()
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return ReadOnlyError(path=str(path))
    if "malformed" in text or "hmac check failed" in text:
        return DamagedFileError(path=str(path), reason=str(exc))
    if "database is locked" in text:
        return FileInUseError(holder="another program")
    return None


def _disk_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False
