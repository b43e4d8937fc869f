"""Rolling encrypted backups of the open practice file, and restoring one.

``pf.backups`` (a ``BackupService``) makes them: at open (``backup_at_open``), every
``backup_interval_minutes`` while changes are made (``backup_if_due``, called by a timer), at
close (``backup_at_close``), before a migration (the store does that one) and on request
(``make_backup``). Each is written under a temporary name, verified, and only then given its
name; the rotation (newest 10, plus the newest of each day for 30 days; see the settings) runs
after that. All of it is slow for big files: call these off the UI thread.

Restoring works on a closed file (``restore`` / ``restore_and_open``); when a file cannot be
opened because it is damaged, ``open_practice`` raises ``RestorableDamageError`` naming the
newest backup that passed its checks.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk import config
from mentordesk.errors import DamagedFileError, current_language
from mentordesk.store import backup_files
from mentordesk.store import restore as restore_files
from mentordesk.store.backup_files import (
    BackupFailedError,
    BackupFile,
    BackupReason,
    RetentionPolicy,
)
from mentordesk.store.restore import BackupPassphraseError, BackupUnusableError, RestoreOutcome

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

__all__ = [
    "Backup",
    "BackupFailedError",
    "BackupPassphraseError",
    "BackupReason",
    "BackupService",
    "BackupUnusableError",
    "RestorableDamageError",
    "RestoreOutcome",
    "RetentionPolicy",
    "backups_of",
    "newest_good_backup",
    "restore",
    "restore_and_open",
]

Backup = BackupFile  # frozen: path, created_at, reason, size_bytes, verified, schema_version


class RestorableDamageError(DamagedFileError):
    """The file is damaged and ``backup`` is the newest backup that passed its checks just now.

    ``damage`` is the original error (what is wrong with the file).
    """

    def __init__(self, damage: DamagedFileError, backup: Backup) -> None:
        self.damage = damage
        self.backup = backup
        super().__init__(path=damage.details.get("path", ""), reason=damage.text("en"))

    def text(self, language: str | None = None) -> str:
        lang = language or current_language()
        when = self.backup.created_at.strftime("%d-%m-%Y %H:%M")
        if lang == "nl":
            hint = (
                f"Er is een goede reservekopie van {when}. MentorDesk kan die terugzetten; "
                "het beschadigde bestand blijft ernaast bewaard."
            )
        else:
            hint = (
                f"There is a good backup from {when}. MentorDesk can put it back in place; "
                "the damaged file is kept beside it."
            )
        return f"{self.damage.text(lang)}\n\n{hint}"


def _policy_from_settings() -> tuple[RetentionPolicy, int]:
    settings = config.load_settings()
    policy = RetentionPolicy(settings.backup_keep_last, settings.backup_keep_daily_days)
    return policy, settings.backup_interval_minutes


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class BackupService:
    """The backups of one open practice file (use ``pf.backups``, which keeps its state)."""

    def __init__(
        self,
        pf: PracticeFile,
        folder: Path | None = None,
        policy: RetentionPolicy | None = None,
        interval_minutes: int | None = None,
    ) -> None:
        self._pf = pf
        self._folder = Path(folder) if folder is not None else None
        self._policy = policy
        self._interval = interval_minutes
        self._lock = threading.Lock()
        self._last_at: dt.datetime | None = None  # the last backup this session knows of
        self._changes_at_last: int | None = None  # the connection's change count then

    # -- settings ----------------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else config.backup_dir()

    def _settings(self) -> tuple[RetentionPolicy, int]:
        if self._policy is not None and self._interval is not None:
            return self._policy, self._interval
        policy, interval = _policy_from_settings()
        return self._policy or policy, self._interval or interval

    # -- reading -----------------------------------------------------------------------------
    def list_backups(self) -> list[Backup]:
        """This file's backups, newest first."""
        return backup_files.scan(self.folder, self._pf.path)

    def check(self, backup: Backup) -> list[str]:
        """Check a backup again now (opens it with this file's passphrase); empty when good."""
        return self._pf.verify_backup(backup.path)

    def changed_since_last_backup(self) -> bool:
        if self._changes_at_last is None:
            return True
        return int(self._pf.connection.total_changes) != self._changes_at_last

    # -- making ------------------------------------------------------------------------------
    def make_backup(
        self,
        reason: BackupReason = BackupReason.MANUAL,
        progress: Callable[[int, int], None] | None = None,
    ) -> Backup:
        """Write, verify and install a backup, then rotate old ones out. Returns its record.

        Raises ``BackupFailedError`` (or ``DiskFullError``/``ReadOnlyError``); the file and
        the existing backups are then unchanged.
        """
        policy, _interval = self._settings()
        with self._lock:
            conn = self._pf.connection
            # Changes of a transaction still open are not in the copy: count them as unsaved.
            changes = None if conn.in_transaction else int(conn.total_changes)
            record = self._pf.write_backup(self.folder, BackupReason(reason), progress)
            self._last_at, self._changes_at_last = record.created_at, changes
            backup_files.rotate(self.folder, self._pf.path, policy)
        return record

    def _newest_covers_file(self) -> bool:
        """Whether the newest backup was made after the file last changed on disk."""
        newest = next((b for b in self.list_backups() if b.verified), None)
        if newest is None:
            return False
        changed = dt.datetime.fromtimestamp(self._pf.path.stat().st_mtime).astimezone()
        if newest.created_at < changed:
            return False
        self._last_at = newest.created_at
        self._changes_at_last = int(self._pf.connection.total_changes)
        return True

    def backup_at_open(self) -> Backup | None:
        """The backup taken when the file is opened; None when the newest already matches it."""
        if self._newest_covers_file():
            return None
        return self.make_backup(BackupReason.OPENED)

    def backup_if_due(self, now: dt.datetime | None = None) -> Backup | None:
        """An interval backup when changes were made and the interval has passed since the
        last backup; None otherwise. Cheap when nothing is due: call it from a timer."""
        if not self.changed_since_last_backup():
            return None
        _policy, interval = self._settings()
        if self._last_at is None:
            newest = next(iter(self.list_backups()), None)
            self._last_at = newest.created_at if newest else None
        moment = _now() if now is None else (now if now.tzinfo else now.astimezone())
        if self._last_at is not None and moment - self._last_at < dt.timedelta(minutes=interval):
            return None
        return self.make_backup(BackupReason.INTERVAL)

    def backup_at_close(self) -> Backup | None:
        """The backup taken before closing; None when nothing changed since the last one."""
        if self._changes_at_last is None:
            if self._newest_covers_file():
                return None
        elif not self.changed_since_last_backup():
            return None
        return self.make_backup(BackupReason.CLOSED)


# -- without an open file (the damaged-file offer, the restore page) ----------------------------
def backups_of(path: Path, folder: Path | None = None) -> list[Backup]:
    """The backups of the client file at ``path``, newest first (not opened or checked)."""
    return backup_files.scan(folder or config.backup_dir(), Path(path).absolute())


def newest_good_backup(path: Path, passphrase: str, folder: Path | None = None) -> Backup | None:
    """The newest backup of ``path`` that opens with ``passphrase`` and passes the checks.

    Backups made before a passphrase change open only with the passphrase of then: they are
    skipped here.
    """
    for backup in backups_of(path, folder):
        if backup_files.check(backup.path, passphrase) is None:
            return backup
    return None


def restore(backup: Backup | Path, target: Path, passphrase: str) -> RestoreOutcome:
    """Put ``backup`` in place of the closed file ``target``; the old file is kept aside.

    Close the ``PracticeFile`` first: an open file is refused (``FileInUseError``). Raises
    ``BackupPassphraseError`` when the backup needs another passphrase and
    ``BackupUnusableError`` when it fails its checks; then nothing was changed.
    """
    source = backup.path if isinstance(backup, BackupFile) else Path(backup)
    return restore_files.restore(source, Path(target), passphrase)


def restore_and_open(backup: Backup | Path, target: Path, passphrase: str) -> PracticeFile:
    """``restore``, then open the restored file and note the restore in its audit trail."""
    from mentordesk.services.practice_file import open_practice

    source = backup.path if isinstance(backup, BackupFile) else Path(backup)
    record = backup_files.parse_backup(source)
    outcome = restore(source, target, passphrase)
    pf = open_practice(outcome.target, passphrase)
    try:
        with pf.transaction():
            pf.audit(
                "backup_restored",
                backup=source.name,
                backup_made=record.created_at.isoformat(timespec="seconds") if record else None,
                kept_aside=outcome.kept_aside.name if outcome.kept_aside else None,
            )
    except BaseException:
        pf.close()
        raise
    return pf
