"""Opening, creating, checking and closing a practice file: the handle every use case works on."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentordesk import config, keystore
from mentordesk.errors import DamagedFileError, WrongPassphraseError
from mentordesk.services.clock import now_text
from mentordesk.services.records import FileInfo
from mentordesk.store import backup_files, database, migrations, queries
from mentordesk.store.models import AuditEvent

if TYPE_CHECKING:
    from mentordesk.services.backups import BackupService
    from mentordesk.services.clients import ClientService
    from mentordesk.services.engagements import EngagementService
    from mentordesk.services.goals import GoalService
    from mentordesk.services.payers import PayerService
    from mentordesk.services.practice import PracticeService
    from mentordesk.services.sessions import SessionService

log = logging.getLogger(__name__)
SCHEMA_VERSION = migrations.CURRENT_VERSION
FILE_SUFFIX = database.FILE_SUFFIX


class PracticeFile:
    """An open practice file. Use cases hang off it: ``pf.clients.create(...)``."""

    def __init__(self, client_file: database.ClientFile) -> None:
        self._file = client_file
        self.path = client_file.path

    # -- the use cases ------------------------------------------------------------------------
    @cached_property
    def practice(self) -> PracticeService:
        from mentordesk.services.practice import PracticeService

        return PracticeService(self)

    @cached_property
    def clients(self) -> ClientService:
        from mentordesk.services.clients import ClientService

        return ClientService(self)

    @cached_property
    def payers(self) -> PayerService:
        from mentordesk.services.payers import PayerService

        return PayerService(self)

    @cached_property
    def engagements(self) -> EngagementService:
        from mentordesk.services.engagements import EngagementService

        return EngagementService(self)

    @cached_property
    def goals(self) -> GoalService:
        from mentordesk.services.goals import GoalService

        return GoalService(self)

    @cached_property
    def sessions(self) -> SessionService:
        from mentordesk.services.sessions import SessionService

        return SessionService(self)

    @cached_property
    def backups(self) -> BackupService:
        """This file's backups; one service per open file, so it knows what it last made."""
        from mentordesk.services.backups import BackupService

        return BackupService(self)

    # -- plumbing for the services -------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, immediate: bool = False) -> Iterator[Any]:
        with self._file.atomic(immediate=immediate) as db:
            yield db

    @property
    def connection(self) -> Any:
        return self._file.connection

    def audit(self, action: str, client_id: int | None = None, **detail: object) -> None:
        """Add a line to the audit trail (call inside a transaction)."""
        AuditEvent.create(
            at=now_text(),
            action=action,
            client_id=client_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str),
        )

    # -- the file itself ----------------------------------------------------------------------
    def info(self) -> FileInfo:
        with self.transaction():
            counts = queries.table_counts(self.connection)
            version = self._file.schema_version()
        return FileInfo(
            path=str(self.path),
            schema_version=version,
            counts=counts,
            cipher=self._file.cipher_settings(),
            size_bytes=self.path.stat().st_size,
        )

    def integrity_problems(self) -> list[str]:
        return self._file.integrity_problems()

    def verify_passphrase(self, passphrase: str) -> bool:
        return self._file.verify_passphrase(passphrase)

    def backup_to(self, target: Path) -> Path:
        return self._file.backup_to(Path(target))

    def write_backup(
        self,
        folder: Path,
        reason: backup_files.BackupReason,
        progress: Callable[[int, int], None] | None = None,
    ) -> backup_files.BackupFile:
        """A verified backup in ``folder`` (use ``pf.backups``, which also rotates)."""
        return backup_files.make_backup(self._file, Path(folder), reason, progress=progress)

    def verify_backup(self, path: Path) -> list[str]:
        """Problems found opening ``path`` with this file's passphrase; empty when good."""
        problem = self._file.check_copy(Path(path))
        return [] if problem is None else [problem.text()]

    def copy_under_passphrase(self, target: Path, new_passphrase: str, work: Path) -> None:
        """An encrypted copy of this file at ``target`` that only ``new_passphrase`` opens
        (the hand-over package). ``work`` is a private folder for the copy's own needs."""
        self._file.backup_to(Path(target))
        copied = database.open_file(Path(target), self._file._secret, backup_dir=Path(work))
        try:
            copied.rekey(new_passphrase)
        finally:
            copied.close()

    def rekey(self, new_passphrase: str) -> None:
        """Change the passphrase (use ``services.passphrase_change.change_passphrase``)."""
        self._file.rekey(new_passphrase)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> PracticeFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_practice(path: Path, passphrase: str) -> PracticeFile:
    """Open an existing practice file (migrating it after a backup when it is older).

    The fast integrity check runs first; erasures the file does not hold yet (it is an older
    backup or comes from an old export) are applied again right after it opens. A damaged file
    raises ``DamagedFileError``; when a backup of it opens with ``passphrase`` and passes its
    checks, the error is a ``services.backups.RestorableDamageError`` whose ``backup`` is the
    newest such backup.
    """
    try:
        client_file = database.open_file(Path(path), passphrase, backup_dir=config.backup_dir())
    except DamagedFileError as exc:
        from mentordesk.services.backups import RestorableDamageError, newest_good_backup

        backup = newest_good_backup(Path(path), passphrase)
        if backup is None:
            raise
        raise RestorableDamageError(exc, backup) from exc
    pf = PracticeFile(client_file)
    try:
        # an older backup or an old export may bring back what the mentor erased: not for long
        from mentordesk.services.erasure import reapply_erasures

        reapply_erasures(pf)
    except BaseException:
        pf.close()
        raise
    return pf


def create_practice(path: Path, passphrase: str, practice_name: str = "") -> PracticeFile:
    """Create a new practice file and open it."""
    database.create_file(Path(path), passphrase)
    pf = open_practice(path, passphrase)
    with pf.transaction():
        pf.audit("file_created", schema_version=SCHEMA_VERSION)
    if practice_name:
        from dataclasses import replace

        pf.practice.update(replace(pf.practice.get(), name=practice_name))
    return pf


def open_with_remembered(path: Path) -> PracticeFile | None:
    """Open ``path`` with the passphrase remembered in the keyring, or None when there is none.

    A remembered passphrase that does not open the file is kept: a damaged file looks exactly
    like a wrong passphrase, and forgetting then would lose the only copy the mentor relied on.
    It is replaced or removed once the file opens with another passphrase (``forget_if_stale``).
    """
    secret = keystore.recall(path)
    if secret is None:
        return None
    try:
        return open_practice(path, secret)
    except WrongPassphraseError:
        log.info("the remembered passphrase did not open %s; asking instead", path)
        return None


def forget_if_stale(path: Path, working_passphrase: str) -> None:
    """Forget a remembered passphrase that differs from the one that just opened ``path``."""
    remembered = keystore.recall(path)
    if remembered is not None and remembered != working_passphrase:
        keystore.forget(path)


def is_remembered(path: Path) -> bool:
    """Whether a passphrase for ``path`` is remembered on this computer."""
    return keystore.recall(path) is not None


def remember_passphrase(path: Path, passphrase: str) -> bool:
    return keystore.remember(path, passphrase)


def forget_passphrase(path: Path) -> bool:
    return keystore.forget(path)


def keyring_available() -> bool:
    return keystore.available()
