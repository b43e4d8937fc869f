"""Create, open, back up and check the encrypted client file.

A file is opened in this order, and nothing is written before the last step succeeds:
existence and header checks, the process lock, the key with a real read, the application id,
the schema version (a newer one is refused), then a backup copy and the migrations.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.domain import passphrase as passphrase_rules
from mentordesk.errors import (
    DamagedFileError,
    FileAlreadyExistsError,
    FileMissingError,
    NewerVersionError,
    NotMentorDeskFileError,
    ReadOnlyError,
    UserError,
    WrongPassphraseError,
)
from mentordesk.store import migrations
from mentordesk.store.file_lock import FileLock
from mentordesk.store.models import ALL_MODELS
from mentordesk.store.sqlite_errors import user_error_for

APPLICATION_ID = 0x4D44534B  # "MDSK"
PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
FILE_SUFFIX = ".mentordesk"

# Suited to a single-user document file: a rollback journal (one file to copy, no -wal left
# beside it), every commit on disk before it is acknowledged, and erased text overwritten.
PRAGMAS = (
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
    ("journal_mode", "DELETE"),
    ("synchronous", "FULL"),
    ("temp_store", "MEMORY"),
)


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _keyed_connection(path: Path, passphrase: str, *, read_only: bool = False) -> Any:
    """A connection with the key applied and proven by a real read.

    ``read_only`` opens an existing file only: a missing one is an error, never created.
    """
    if read_only:
        target = f"{path.absolute().as_uri().replace('file://', 'file:', 1)}?mode=ro"
        conn = sqlcipher.connect(target, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # our errors say it; no stderr noise
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


class _CipherDatabase(SqlCipherDatabase):  # type: ignore[misc]
    """peewee's SqlCipherDatabase, with the key checked and our pragmas set on every connect."""

    def _connect(self) -> Any:
        params = dict(self.connect_params)
        conn = _keyed_connection(Path(self.database), params["passphrase"])
        try:
            for name, value in PRAGMAS:
                conn.execute(f"PRAGMA {name} = {value}")
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn


def _check_header(path: Path) -> None:
    """Refuse what is certainly not an encrypted MentorDesk file, before touching it."""
    if not path.exists():
        raise FileMissingError(path=str(path))
    if not path.is_file():
        raise NotMentorDeskFileError(path=str(path))
    size = path.stat().st_size
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_PLAIN_HEADER))
    except PermissionError as exc:
        raise ReadOnlyError(path=str(path)) from exc
    if size == 0 or head == SQLITE_PLAIN_HEADER:
        raise NotMentorDeskFileError(path=str(path))
    if size % PAGE_SIZE:
        if path.suffix != FILE_SUFFIX:
            raise NotMentorDeskFileError(path=str(path))
        raise DamagedFileError(path=str(path), reason="incomplete, not a whole number of pages")


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyError(path=str(path))


class ClientFile:
    """An open client file: the peewee database bound to our models, and the process lock."""

    def __init__(self, path: Path, passphrase: str, lock: FileLock) -> None:
        self.path = path
        self._lock = lock
        self._identity = os.stat(path)  # to notice the file being moved or replaced
        # One connection shared by every thread (background workers, the UI thread): the key
        # derivation runs once, and no connection is left behind on a worker thread.
        self.db = _CipherDatabase(str(path), passphrase=passphrase, thread_safe=False)
        self.db.bind(ALL_MODELS)

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self, immediate: bool = False) -> Iterator[peewee.Database]:
        """One transaction, with SQLite's errors turned into errors the user can act on."""
        self.db.bind(ALL_MODELS)
        try:
            if immediate:
                with self.db.atomic("IMMEDIATE"):
                    yield self.db
            else:
                with self.db.atomic():
                    yield self.db
        except peewee.DatabaseError as exc:
            raise (user_error_for(exc, self.path) or exc) from exc
        except sqlcipher.DatabaseError as exc:
            raise (user_error_for(exc, self.path) or exc) from exc

    @property
    def connection(self) -> Any:
        return self.db.connection()

    # -- facts about the file -----------------------------------------------------------------
    def schema_version(self) -> int:
        return migrations.schema_version(self.connection)

    def cipher_settings(self) -> dict[str, str]:
        conn = self.connection
        settings = {}
        for name in (
            "cipher_version",
            "cipher_provider",
            "cipher_page_size",
            "kdf_iter",
            "cipher_hmac_algorithm",
            "cipher_kdf_algorithm",
            "cipher_use_hmac",
        ):
            row = conn.execute(f"PRAGMA {name}").fetchone()
            settings[name] = "" if row is None else str(row[0])
        return settings

    def integrity_problems(self) -> list[str]:
        """Every problem found by SQLCipher's and SQLite's own checks; empty when all is well."""
        checks: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
            ("cipher", "PRAGMA cipher_integrity_check", lambda r: str(r[0])),
            ("integrity", "PRAGMA integrity_check", lambda r: "" if r[0] == "ok" else str(r[0])),
            (
                "foreign key",
                "PRAGMA foreign_key_check",
                lambda r: f"table {r[0]} row {r[1]} refers to missing {r[2]}",
            ),
        )
        problems = []
        for label, sql, describe in checks:
            try:
                found = [describe(row) for row in self.connection.execute(sql)]
            except sqlcipher.DatabaseError as exc:
                found = [str(exc)]
            problems += [f"{label}: {text}" for text in found if text]
        return problems

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this file (checked by the file itself, not a copy)."""
        try:
            candidate = passphrase_rules.normalise(passphrase)
        except UserError:
            return False
        try:
            if not os.path.samestat(os.stat(self.path), self._identity):
                return False  # moved or replaced since it was opened: cannot vouch for it
            conn = _keyed_connection(self.path, candidate, read_only=True)
        except (OSError, sqlcipher.DatabaseError):
            return False
        conn.close()
        return True

    # -- copies -----------------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        """An encrypted, consistent copy (``VACUUM INTO``) under the same passphrase, mode 0600."""
        if target.exists():
            raise FileAlreadyExistsError(path=str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            self.connection.execute("VACUUM INTO ?", (str(partial),))
            os.chmod(partial, 0o600)
            os.replace(partial, target)
        except sqlcipher.DatabaseError as exc:
            partial.unlink(missing_ok=True)
            raise (user_error_for(exc, target) or exc) from exc
        except OSError:
            partial.unlink(missing_ok=True)
            raise
        return target

    def close(self) -> None:
        try:
            if not self.db.is_closed():
                self.db.close()
        finally:
            self._lock.release()

    def __enter__(self) -> ClientFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _backup_name(path: Path, version: int) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{path.stem}-before-v{version}-{stamp}{FILE_SUFFIX}"


def open_file(path: Path, passphrase: str, *, backup_dir: Path) -> ClientFile:
    """Open an existing client file, migrating it (after a backup) when it is older."""
    path = Path(path).absolute()
    secret = passphrase_rules.normalise(passphrase)
    _check_header(path)
    _check_writable(path)
    lock = FileLock(path)
    lock.acquire()
    try:
        try:
            probe = _keyed_connection(path, secret)
        except sqlcipher.DatabaseError as exc:
            raise (user_error_for(exc, path) or WrongPassphraseError()) from exc
        try:
            app_id = int(probe.execute("PRAGMA application_id").fetchone()[0])
            found = migrations.schema_version(probe)
        finally:
            probe.close()
        if app_id != APPLICATION_ID:
            raise NotMentorDeskFileError(path=str(path))
        if found > migrations.CURRENT_VERSION:
            raise NewerVersionError(found=found, supported=migrations.CURRENT_VERSION)
        client_file = ClientFile(path, secret, lock)
        try:
            if migrations.pending(found):
                client_file.backup_to(backup_dir / _backup_name(path, found))
                migrations.run(client_file.connection)
        except sqlcipher.DatabaseError as exc:
            client_file.db.close()
            raise (user_error_for(exc, path) or exc) from exc
        except BaseException:
            client_file.db.close()
            raise
        return client_file
    except BaseException:
        lock.release()
        raise


def create_file(path: Path, passphrase: str) -> None:
    """Create a new, empty client file at the current schema. Never overwrites anything.

    It is built under a temporary name and linked into place only when complete, so a failure
    (a full disk) leaves nothing behind under the final name.
    """
    path = Path(path).absolute()
    secret = passphrase_rules.normalise(passphrase)  # before any file exists
    if path.exists():
        raise FileAlreadyExistsError(path=str(path))
    if not path.parent.is_dir():
        raise FileMissingError(path=str(path.parent))
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyError(path=str(path.parent))
    partial = path.with_name(f".{path.name}.creating-{os.getpid()}")
    try:
        conn = _keyed_connection(partial, secret)
        try:
            for name, value in PRAGMAS:
                conn.execute(f"PRAGMA {name} = {value}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.run(conn)
            now = dt.datetime.now().isoformat(timespec="seconds")
            conn.execute("INSERT INTO practice (id, updated_at) VALUES (1, ?)", (now,))
        finally:
            conn.close()
        os.chmod(partial, 0o600)
        link_into_place(partial, path)
    except sqlcipher.DatabaseError as exc:
        raise (user_error_for(exc, path) or exc) from exc
    finally:
        partial.unlink(missing_ok=True)
        Path(str(partial) + "-journal").unlink(missing_ok=True)


def link_into_place(partial: Path, path: Path) -> None:
    """Give ``partial`` its final name, refusing (never replacing) an existing file."""
    try:
        os.link(partial, path)
    except FileExistsError as exc:
        raise FileAlreadyExistsError(path=str(path)) from exc
    except OSError:  # pragma: no cover - file systems without hard links
        if path.exists():
            raise FileAlreadyExistsError(path=str(path)) from None
        os.rename(partial, path)
