"""Create, open, back up, re-key and check the encrypted client file.

A file is opened in this order, and nothing is written before the last step succeeds:
existence and header checks, the process lock, the key with a real read, the application id,
the schema version (a newer one is refused), the fast integrity check (every page's HMAC and
the b-tree structure), then a verified backup copy and the migrations.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.domain import passphrase as passphrase_rules
from mentordesk.errors import (
    DamagedFileError,
    EmptyFileError,
    EmptyPassphraseError,
    FileAlreadyExistsError,
    FileMissingError,
    FolderNotFileError,
    ForeignDatabaseError,
    NewerVersionError,
    NotMentorDeskFileError,
    PlainDatabaseError,
    ReadOnlyError,
    ReadOnlyFolderError,
    UserError,
    WrongPassphraseError,
)
from mentordesk.store import integrity, migrations
from mentordesk.store.connections import keyed_connection, quote
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


class _CipherDatabase(SqlCipherDatabase):  # type: ignore[misc]
    """peewee's SqlCipherDatabase, with the key checked and our pragmas set on every connect."""

    def _connect(self) -> Any:
        params = dict(self.connect_params)
        conn = keyed_connection(Path(self.database), params["passphrase"])
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
    if path.is_dir():
        raise FolderNotFileError(path=str(path))
    if not path.is_file():
        raise NotMentorDeskFileError(path=str(path))
    size = path.stat().st_size
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_PLAIN_HEADER))
    except PermissionError as exc:
        raise ReadOnlyError(path=str(path)) from exc
    if size == 0:
        raise EmptyFileError(path=str(path))
    if head == SQLITE_PLAIN_HEADER:
        raise PlainDatabaseError(path=str(path))
    if size % PAGE_SIZE:
        if path.suffix != FILE_SUFFIX:
            raise NotMentorDeskFileError(path=str(path))
        raise DamagedFileError(path=str(path), reason="incomplete, not a whole number of pages")


class PassphraseNotChangedError(UserError):
    en = (
        "The passphrase could not be changed: the file could not be rewritten (is the disk "
        "full?). Nothing was lost, and the file still opens with the current passphrase."
    )
    nl = (
        "De wachtzin kon niet worden gewijzigd: het bestand kon niet opnieuw worden geschreven "
        "(is de schijf vol?). Er is niets verloren en het bestand gaat nog steeds open met de "
        "huidige wachtzin."
    )


class FileBusyError(UserError):
    en = "MentorDesk is still saving a change. Wait a moment and try again."
    nl = "MentorDesk is nog een wijziging aan het opslaan. Wacht even en probeer het opnieuw."


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise ReadOnlyError(path=str(path))
    if not os.access(path.parent, os.W_OK):  # the lock and the journal are written there
        raise ReadOnlyFolderError(path=str(path.parent))


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
        # Backups and a passphrase change never overlap: a copy running under the old key
        # while the pages are rewritten under the new one would fail half-way.
        self._maintenance = threading.RLock()

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
            conn = keyed_connection(self.path, candidate, read_only=True)
        except (OSError, sqlcipher.DatabaseError):
            return False
        conn.close()
        return True

    def fast_problems(self) -> list[str]:
        """The check run at open: every page's HMAC, then ``quick_check``; empty when whole."""
        return integrity.fast_problems(self.connection)

    @property
    def _secret(self) -> str:
        return str(self.db.connect_params["passphrase"])

    # -- the passphrase -----------------------------------------------------------------------
    def rekey(self, new_passphrase: str) -> None:
        """Change the passphrase in place. A crash at any moment leaves exactly one that works.

        SQLCipher's ``PRAGMA rekey`` rewrites every page under the new key inside one write
        transaction. With our rollback journal (``journal_mode=DELETE``, ``synchronous=FULL``)
        the journal holds the original pages, still under the old key, and is deleted only at
        the commit. A crash before that leaves a hot journal that the next open rolls back
        (with either passphrase: journal pages are copied back as they are), so the old
        passphrase opens the file; a crash after it leaves the new one. Nothing is written
        beside the file but that journal.
        """
        secret = passphrase_rules.normalise(new_passphrase)
        with self._maintenance:
            conn = self.connection
            if conn.in_transaction:
                raise FileBusyError()
            try:
                row = conn.execute(f"PRAGMA rekey = {quote(secret)}").fetchone()
                if row is not None and str(row[0]).lower() != "ok":
                    raise sqlcipher.DatabaseError(f"rekey answered {row[0]!r}")
            except sqlcipher.DatabaseError as exc:
                # Rolled back (or left a hot journal that the next connection rolls back):
                # the old key is the file's key. Start afresh with it.
                self.db.close()
                raise (user_error_for(exc, self.path) or PassphraseNotChangedError()) from exc
            self.db.connect_params["passphrase"] = secret

    # -- copies -----------------------------------------------------------------------------
    def copy_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Copy the committed state into ``target`` (new or empty) under the same passphrase.

        SQLite's online backup API, read through a read-only connection of its own, 1,024
        pages (4 MiB) per step. Between steps the main connection reads and writes as usual;
        a change by it restarts the copy, so the result is one consistent snapshot and the
        window never waits for more than a step.
        """

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        with self._maintenance:
            try:
                # A write that failed (a full disk) can leave a hot journal that only this
                # connection may roll back; a read-only reader would refuse the file.
                self.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError as exc:
                raise (user_error_for(exc, self.path) or exc) from exc
            try:
                source = keyed_connection(self.path, self._secret, read_only=True)
                try:
                    dest = keyed_connection(target, self._secret)
                    try:
                        source.backup(dest, pages=1024, progress=report, sleep=0.05)
                    finally:
                        dest.close()
                finally:
                    source.close()
            except sqlcipher.DatabaseError as exc:
                error = user_error_for(exc, target)
                if isinstance(error, DamagedFileError):  # a page of this file failed on reading
                    error = user_error_for(exc, self.path)
                raise (error or exc) from exc

    def check_copy(self, target: Path) -> UserError | None:
        """Why ``target`` does not open afresh with this file's passphrase or fails the checks;
        None when it is good."""
        from mentordesk.store import backup_files

        return backup_files.check(target, self._secret)

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


def open_file(
    path: Path, passphrase: str, *, backup_dir: Path, check_integrity: bool = True
) -> ClientFile:
    """Open an existing client file, migrating it (after a verified backup) when it is older.

    ``check_integrity`` runs the fast check before anything else touches the file: every
    page's HMAC, then ``quick_check`` for files up to ``STRUCTURE_CHECK_AT_OPEN_LIMIT`` (bigger
    ones get their structure checked on the first backup's copy, off the UI thread). A damaged
    file raises a ``DamagedFileError``.
    """
    path = Path(path).absolute()
    _check_header(path)
    try:
        secret = passphrase_rules.normalise(passphrase)
    except EmptyPassphraseError as exc:  # no file is ever made without one: it cannot open
        raise WrongPassphraseError() from exc
    _check_writable(path)
    lock = FileLock(path)
    lock.acquire()
    try:
        try:
            probe = keyed_connection(path, secret, explain=True)
        except sqlcipher.DatabaseError as exc:
            raise (user_error_for(exc, path) or WrongPassphraseError()) from exc
        try:
            app_id = int(probe.execute("PRAGMA application_id").fetchone()[0])
            found = migrations.schema_version(probe)
            if app_id != APPLICATION_ID:
                raise ForeignDatabaseError(path=str(path))
            if found > migrations.CURRENT_VERSION:
                raise NewerVersionError(found=found, supported=migrations.CURRENT_VERSION)
            if check_integrity:
                structure = path.stat().st_size <= integrity.STRUCTURE_CHECK_AT_OPEN_LIMIT
                integrity.check(probe, path, structure=structure)
        except sqlcipher.DatabaseError as exc:
            raise (user_error_for(exc, path) or exc) from exc
        finally:
            probe.close()
        client_file = ClientFile(path, secret, lock)
        try:
            if migrations.pending(found):
                from mentordesk.store import backup_files

                reason = backup_files.BackupReason.BEFORE_MIGRATION
                backup_files.make_backup(client_file, backup_dir, reason, schema_version=found)
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
        raise ReadOnlyFolderError(path=str(path.parent))
    partial = path.with_name(f".{path.name}.creating-{os.getpid()}")
    try:
        conn = keyed_connection(partial, secret)
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
