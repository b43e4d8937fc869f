"""Changing the passphrase of the open practice file.

The rules are checked before anything is written: the current passphrase must open the file,
the new one must pass ``domain.passphrase`` (not empty, no control characters; NFC) and differ
from the current one. Then the file is re-keyed in place (``ClientFile.rekey``: a crash at any
moment leaves a file that opens with exactly one of the two), the change is noted in the audit
trail, a passphrase remembered on this computer is replaced (only if one was remembered), and a
fresh backup is made under the new passphrase. Backups made earlier keep the passphrase of
their time until they are rotated out; the result says how many there are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mentordesk.domain import passphrase as passphrase_rules
from mentordesk.errors import UserError, ValidationError
from mentordesk.services import practice_file
from mentordesk.services.backups import Backup, BackupReason
from mentordesk.services.practice_file import PracticeFile
from mentordesk.store.database import FileBusyError, PassphraseNotChangedError

__all__ = [
    "FileBusyError",
    "PassphraseChange",
    "PassphraseNotChangedError",
    "change_passphrase",
]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PassphraseChange:
    """What happened besides the change itself (which always happened when this is returned)."""

    keyring: str  # "updated", "not remembered" (nothing to do), or "forgotten" (could not update)
    backup: Backup | None  # the fresh backup under the new passphrase; None when it failed
    backup_problem: str  # why it failed ("" when it did not)
    older_backups: int  # earlier backups, still under the previous passphrase


def _new_passphrase(old: str, new: str) -> str:
    try:
        secret = passphrase_rules.normalise(new)
    except UserError as exc:
        raise ValidationError("new_passphrase", exc.en, exc.nl) from exc
    if secret == passphrase_rules.normalise(old):
        raise ValidationError(
            "new_passphrase",
            "The new passphrase is the same as the current one. Choose another.",
            "De nieuwe wachtzin is gelijk aan de huidige. Kies een andere.",
        )
    return secret


def change_passphrase(pf: PracticeFile, old: str, new: str) -> PassphraseChange:
    """Re-key ``pf`` from ``old`` to ``new``. Slow on big files: run it off the UI thread.

    Raises ``ValidationError`` (field ``old_passphrase`` or ``new_passphrase``) before anything
    is written, ``FileBusyError`` while a save is under way, and ``PassphraseNotChangedError``
    (or ``DiskFullError``) when the re-key fails: the old passphrase then still opens the file.
    """
    if not old or not pf.verify_passphrase(old):
        raise ValidationError(
            "old_passphrase",
            "The current passphrase is not right. The passphrase was not changed.",
            "De huidige wachtzin klopt niet. De wachtzin is niet gewijzigd.",
        )
    secret = _new_passphrase(old, new)
    was_remembered = practice_file.is_remembered(pf.path)
    older = [b for b in pf.backups.list_backups() if b.verified]

    pf.rekey(secret)
    with pf.transaction():
        pf.audit("passphrase_changed", keyring_remembered=was_remembered)

    keyring = "not remembered"
    if was_remembered:
        if practice_file.remember_passphrase(pf.path, secret):
            keyring = "updated"
        else:  # never leave the old one behind: it no longer opens the file
            practice_file.forget_passphrase(pf.path)
            keyring = "forgotten"
            log.warning("could not update the remembered passphrase; it was forgotten")

    backup, problem = None, ""
    try:
        backup = pf.backups.make_backup(BackupReason.PASSPHRASE_CHANGED)
    except UserError as exc:
        problem = exc.text()
        log.warning("no backup after the passphrase change: %s", exc.text("en"))
    still_there = sum(1 for b in older if b.path.exists())
    return PassphraseChange(keyring, backup, problem, still_there)
