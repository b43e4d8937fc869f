"""Putting a backup back in place of a client file that is closed.

Never over an open file: the file's lock is taken for the whole restore, so a file open in this
or another MentorDesk is refused (``FileInUseError``). The backup is checked, copied to a hidden
name in the target's folder (mode 0600), the copy is checked again, the file it replaces is kept
beside it as ``<name>.before-restore-<stamp>`` (with any journal it had, which belongs to it and
must never meet the restored copy), and the copy is renamed into place in one atomic step.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from mentordesk.domain import passphrase as passphrase_rules
from mentordesk.errors import (
    FileMissingError,
    ReadOnlyError,
    UserError,
    WrongPassphraseError,
)
from mentordesk.store import backup_files
from mentordesk.store.connections import fsync_folder
from mentordesk.store.file_lock import FileLock


class BackupUnusableError(UserError):
    en = "The backup {path} cannot be used: {reason} Choose another backup."
    nl = "De reservekopie {path} is niet bruikbaar: {reason} Kies een andere reservekopie."


class BackupPassphraseError(UserError):
    en = (
        "The backup of {when} does not open with this passphrase. It may have been made before "
        "the passphrase was changed: give the passphrase that was in use then."
    )
    nl = (
        "De reservekopie van {when} gaat niet open met deze wachtzin. Misschien is hij gemaakt "
        "voordat de wachtzin werd gewijzigd: geef de wachtzin die toen gold."
    )


@dataclass(frozen=True)
class RestoreOutcome:
    target: Path  # the client file, now the restored copy
    kept_aside: Path | None  # the file it replaced, kept under another name (None: there was none)


def _unusable(path: Path, problem: UserError) -> UserError:
    if isinstance(problem, WrongPassphraseError):
        record = backup_files.parse_backup(path)
        when = record.created_at if record else dt.datetime.fromtimestamp(path.stat().st_mtime)
        return BackupPassphraseError(when=when.strftime("%Y-%m-%d %H:%M"))
    return BackupUnusableError(path=str(path), reason=problem.text())


def aside_name(target: Path, now: dt.datetime) -> Path:
    base = f"{target.name}.before-restore-{now.strftime('%Y%m%d-%H%M%S')}"
    candidate = target.with_name(base)
    counter = 2
    while candidate.exists() or Path(f"{candidate}-journal").exists():
        candidate = target.with_name(f"{base}-{counter}")
        counter += 1
    return candidate


def _copy_private(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def restore(
    backup: Path, target: Path, passphrase: str, now: dt.datetime | None = None
) -> RestoreOutcome:
    """Put ``backup`` in place of ``target`` (closed), keeping what was there aside."""
    secret = passphrase_rules.normalise(passphrase)
    backup, target = Path(backup).absolute(), Path(target).absolute()
    if not backup.is_file():
        raise FileMissingError(path=str(backup))
    if not target.parent.is_dir():
        raise FileMissingError(path=str(target.parent))
    if not os.access(target.parent, os.W_OK) or (
        target.exists() and not os.access(target, os.W_OK)
    ):
        raise ReadOnlyError(path=str(target))
    problem = backup_files.check(backup, secret)
    if problem is not None:
        raise _unusable(backup, problem)
    lock = FileLock(target)
    lock.acquire()  # FileInUseError while it is open anywhere
    temp = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    try:
        temp.unlink(missing_ok=True)
        _copy_private(backup, temp)
        problem = backup_files.check(temp, secret)
        if problem is not None:
            raise BackupUnusableError(path=str(backup), reason=problem.text())
        kept = None
        if target.exists():
            kept = aside_name(target, now or dt.datetime.now())
            journal = Path(f"{target}-journal")
            if journal.exists():  # belongs to the old file; would spoil the restored one
                os.rename(journal, f"{kept}-journal")
            try:
                os.link(target, kept)  # the old file stays under its own name throughout
            except OSError:  # pragma: no cover - file systems without hard links
                os.rename(target, kept)
        os.replace(temp, target)
        fsync_folder(target.parent)
    finally:
        temp.unlink(missing_ok=True)
        Path(f"{temp}-journal").unlink(missing_ok=True)
        lock.release()
    return RestoreOutcome(target=target, kept_aside=kept)
