"""Raw SQLCipher connections with the key applied and proven by a real read."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.errors import WrongPassphraseError
from mentordesk.store import integrity
from mentordesk.store.sqlite_errors import user_error_for


def quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def keyed_connection(
    path: Path, passphrase: str, *, read_only: bool = False, explain: bool = False
) -> Any:
    """A connection with the key applied and proven by a real read.

    ``read_only`` opens an existing file only: a missing one is an error, never created.
    ``explain`` turns a refused key into the ``UserError`` it stands for: a wrong passphrase,
    or (when the other pages verify with this key) a damaged first page.
    """
    if read_only:
        target = f"{path.absolute().as_uri().replace('file://', 'file:', 1)}?mode=ro"
        conn = sqlcipher.connect(target, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # our errors say it; no stderr noise
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if not explain:
                raise
            error = user_error_for(exc, path)
            if isinstance(error, WrongPassphraseError):
                error = integrity.key_failure(conn, path)
            raise (error or exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
