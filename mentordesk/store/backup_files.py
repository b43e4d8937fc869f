"""Backup copies of a client file: their names, the verified write, listing and rotation.

A backup is written under a hidden temporary name (``.<name>.partial``, mode 0600 from the
first byte), opened afresh with the passphrase and checked (every page's HMAC, the b-tree
structure, the application id), fsynced, and only then linked to its final name. So every file
under a final name passed the checks when it was made, and a crash or a full disk leaves at most
a hidden partial, which the next backup of the same file removes. Old backups are rotated out
only after a new one is in place.

Names: ``<stem>-<reason>-<YYYYMMDD-HHMMSS-mmm>-<tag>.mentordesk`` in local time, where ``tag``
is 8 hex digits of a hash of the client file's full path, so files with the same name in
different folders keep their backups apart in one backup folder. Copies taken before a
migration say ``before-v<version>`` as their reason; older releases wrote those without
milliseconds and tag, and they are listed too (never rotated out: not known to be ours).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.errors import DiskFullError, UserError
from mentordesk.store import integrity
from mentordesk.store.connections import fsync_file, fsync_folder, keyed_connection
from mentordesk.store.database import APPLICATION_ID

log = logging.getLogger(__name__)
SUFFIX = ".mentordesk"
PARTIAL = ".partial"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<token>opened|interval|closed|manual|new-passphrase|before-v(?P<version>\d+))"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<ms>\d{3}))?(?:-(?P<tag>[0-9a-f]{8}))?\.mentordesk$"
)


class BackupReason(StrEnum):
    OPENED = "opened"  # when the file was opened
    INTERVAL = "interval"  # every N minutes while changes are made
    CLOSED = "closed"  # when the file was closed
    MANUAL = "manual"  # the mentor asked for one
    BEFORE_MIGRATION = "before-migration"  # before the file was brought to a newer version
    PASSPHRASE_CHANGED = "new-passphrase"  # right after the passphrase was changed


class BackupFailedError(UserError):
    en = (
        "The backup could not be made ({reason}). Your client file is unchanged; "
        "check the backup folder and free disk space."
    )
    nl = (
        "De reservekopie kon niet worden gemaakt ({reason}). Uw cliëntbestand is niet "
        "gewijzigd; controleer de map voor reservekopieën en de vrije schijfruimte."
    )


class BackupDiskFullError(BackupFailedError):
    en = (
        "The backup could not be made: the disk is full ({reason}). Your client file is "
        "unchanged; free up space on the disk of the backup folder, then make a backup again."
    )
    nl = (
        "De reservekopie kon niet worden gemaakt: de schijf is vol ({reason}). Uw cliëntbestand "
        "is niet gewijzigd; maak ruimte vrij op de schijf van de map voor reservekopieën en "
        "maak daarna opnieuw een reservekopie."
    )


# A write that found no room: a full disk, a used-up quota, a file-size limit (FAT32's 4 GB).
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


@dataclass(frozen=True)
class BackupFile:
    """One backup copy. ``verified``: it passed the checks when it was written (every copy
    MentorDesk writes under a final name did; copies by older releases were not checked)."""

    path: Path
    created_at: dt.datetime  # local time, aware
    reason: BackupReason
    size_bytes: int
    verified: bool
    schema_version: int | None = None  # the version it was taken at, for BEFORE_MIGRATION

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RetentionPolicy:
    keep_last: int = 10  # the newest N, whatever their age
    keep_daily_days: int = 30  # plus the newest of each day for this many days


class BackupSource(Protocol):
    """What a backup is made from (``database.ClientFile``)."""

    path: Path

    def copy_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Write a consistent copy into ``target`` under the same passphrase."""

    def check_copy(self, target: Path) -> UserError | None:
        """Why ``target`` fails to open with the source's passphrase or its checks; or None."""


# -- names ------------------------------------------------------------------------------------
def source_tag(source: Path) -> str:
    """8 hex digits naming the client file's full path (not its contents)."""
    full = os.path.normcase(str(Path(source).absolute()))
    return hashlib.sha256(full.encode("utf-8")).hexdigest()[:8]


def backup_name(
    source: Path, reason: BackupReason, at: dt.datetime, schema_version: int | None = None
) -> str:
    token = reason.value
    if reason is BackupReason.BEFORE_MIGRATION:
        token = f"before-v{int(schema_version or 0)}"
    stamp = f"{at.strftime(_STAMP)}-{at.microsecond // 1000:03d}"
    return f"{Path(source).stem}-{token}-{stamp}-{source_tag(source)}{SUFFIX}"


def _parse(path: Path) -> tuple[str, str | None, BackupFile] | None:
    """(source stem, source tag or None, the record) for a backup's name; None if not one."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        at = dt.datetime.strptime(found["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    at = at.replace(microsecond=int(found["ms"] or 0) * 1000).astimezone()
    version = int(found["version"]) if found["version"] else None
    reason = BackupReason.BEFORE_MIGRATION if version is not None else BackupReason(found["token"])
    tag = found["tag"]
    record = BackupFile(path, at, reason, size, verified=tag is not None, schema_version=version)
    return found["stem"], tag, record


def parse_backup(path: Path) -> BackupFile | None:
    """The record for a backup file chosen by hand; None when its name is not a backup's."""
    parsed = _parse(Path(path))
    return None if parsed is None else parsed[2]


def scan(folder: Path, source: Path) -> list[BackupFile]:
    """The backups of ``source`` in ``folder``, newest first."""
    stem, tag = Path(source).stem, source_tag(source)
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        parsed = _parse(entry)
        if parsed is not None and parsed[0] == stem and parsed[1] in (tag, None):
            found.append(parsed[2])
    return sorted(found, key=lambda b: (b.created_at, b.name), reverse=True)


# -- checking ---------------------------------------------------------------------------------
def check(path: Path, passphrase: str) -> UserError | None:
    """Why the copy at ``path`` cannot be used with ``passphrase``; None when it is good.

    Opens it read-only (nothing is written beside it), proves the key, checks the application
    id, then every page's HMAC and the structure.
    """
    try:
        conn = keyed_connection(Path(path), passphrase, read_only=True, explain=True)
    except UserError as exc:
        return exc
    except sqlcipher.DatabaseError as exc:
        return integrity.DamagedStructureError(path=str(path), detail=str(exc))
    try:
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            return UserError(
                "{path} is not a MentorDesk file.",
                "{path} is geen MentorDesk-bestand.",
                path=str(path),
            )
        integrity.check(conn, Path(path))
    except UserError as exc:
        return exc
    except sqlcipher.DatabaseError as exc:
        return integrity.DamagedStructureError(path=str(path), detail=str(exc))
    finally:
        conn.close()
    return None


def verify(path: Path, passphrase: str) -> list[str]:
    """``check`` as lines of text (empty when the copy is good)."""
    problem = check(path, passphrase)
    return [] if problem is None else [problem.text()]


# -- writing ----------------------------------------------------------------------------------
def _partial_for(final: Path) -> Path:
    return final.with_name(f".{final.name}{PARTIAL}")


def remove_stale_partials(folder: Path, source: Path) -> list[Path]:
    """Remove partial copies of ``source`` left by a crash or a full disk (and their journals).

    Only ``source``'s own: the caller holds its lock, so no other process writes them.
    """
    tag = source_tag(source)
    removed = []
    with contextlib.suppress(OSError):
        for entry in Path(folder).iterdir():
            name = entry.name
            if not name.startswith("."):
                continue
            for tail in (PARTIAL, PARTIAL + "-journal"):
                if name.endswith(tail):
                    found = _NAME.match(name[1 : -len(tail)])
                    if found is not None and found["tag"] == tag:
                        entry.unlink(missing_ok=True)
                        removed.append(entry)
    return removed


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _link_into_place(partial: Path, final: Path) -> None:
    """Give ``partial`` its final name, never replacing an existing file."""
    try:
        os.link(partial, final)
    except FileExistsError:
        raise
    except OSError:  # pragma: no cover - file systems without hard links
        if final.exists():
            raise FileExistsError(str(final)) from None
        os.rename(partial, final)


def make_backup(
    source: BackupSource,
    folder: Path,
    reason: BackupReason,
    *,
    schema_version: int | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BackupFile:
    """Write, verify and install one backup of ``source`` in ``folder``; return its record.

    Raises ``BackupFailedError`` (``BackupDiskFullError`` when the disk is full, or the
    ``UserError`` of a read-only folder),
    or a ``DamagedFileError`` naming the source when its own pages or structure turn out to be
    damaged; then nothing new is left under a final name.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupFailedError(reason=f"{folder}: {exc.strerror or exc}") from exc
    at = now or dt.datetime.now()
    remove_stale_partials(folder, source.path)
    for _attempt in range(1000):
        final = folder / backup_name(source.path, reason, at, schema_version)
        if not final.exists():
            break
        at += dt.timedelta(milliseconds=1)
    partial = _partial_for(final)
    try:
        _create_private(partial)
        source.copy_to(partial, progress)
        problem = source.check_copy(partial)
        if isinstance(problem, integrity.DamagedStructureError):
            # the copy is page for page: the structure is broken in the file itself
            raise integrity.DamagedStructureError(
                path=str(source.path), detail=problem.details.get("detail", "")
            )
        if problem is not None:
            raise BackupFailedError(reason=problem.text())
        fsync_file(partial)
        _link_into_place(partial, final)
        fsync_folder(folder)
    except DiskFullError as exc:
        raise BackupDiskFullError(reason=os.strerror(errno.ENOSPC)) from exc
    except OSError as exc:
        if exc.errno in _NO_ROOM:
            raise BackupDiskFullError(reason=exc.strerror or os.strerror(exc.errno)) from exc
        raise BackupFailedError(reason=exc.strerror or str(exc)) from exc
    except sqlcipher.DatabaseError as exc:  # a write that failed in a way SQLite cannot name
        raise BackupFailedError(reason=str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)
    parsed = _parse(final)
    assert parsed is not None, final
    return parsed[2]


# -- rotation ---------------------------------------------------------------------------------
def to_rotate_out(
    backups: Iterable[BackupFile], policy: RetentionPolicy, now: dt.datetime
) -> list[BackupFile]:
    """Which backups the policy lets go: not among the newest ``keep_last``, not the newest
    of a day within ``keep_daily_days``, not a pre-migration copy within that period, and
    written by MentorDesk itself (``verified``)."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep = {b.path for b in ordered[: max(1, policy.keep_last)]}
    today = _local(now).date()
    days_seen: set[dt.date] = set()
    for backup in ordered:
        day = backup.created_at.date()
        if (today - day).days >= policy.keep_daily_days:
            continue
        if day not in days_seen:
            days_seen.add(day)
            keep.add(backup.path)
        if backup.reason is BackupReason.BEFORE_MIGRATION:
            keep.add(backup.path)
    return [b for b in ordered if b.path not in keep and b.verified]


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone() if moment.tzinfo else moment


def rotate(
    folder: Path, source: Path, policy: RetentionPolicy, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the backups of ``source`` that the policy lets go; return their paths.

    Call only after a new backup is in place: the newest is always kept.
    """
    removed = []
    for backup in to_rotate_out(scan(folder, source), policy, now or dt.datetime.now()):
        try:
            backup.path.unlink()
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", backup.path.name, exc)
        else:
            removed.append(backup.path)
    return removed
