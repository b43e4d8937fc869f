"""The emergency hand-over package ("professional will"): a sealed copy of the whole practice
for a named colleague, under a passphrase of its own, with a plain-language instruction sheet.

How it is made, so that no readable copy ever touches the disk and nothing is left behind:

1. ``prepare`` (quick, on the interface thread) checks the input: the colleague's name, a
   passphrase of at least 12 characters by the app's rules (NFC, no control characters), the
   language, and a target folder that exists. It reads the practice details for the sheet.
2. ``write`` (slow: several key derivations; run it off the interface thread) makes an
   encrypted copy with ``pf.backup_to`` (``VACUUM INTO``, still under the mentor's own
   passphrase) in a private temporary folder (mode 0700), opens that copy with the store layer
   and re-keys it to the colleague's passphrase, then proves that it opens with the new
   passphrase (with the integrity checks, counting its clients) and no longer with the
   mentor's. It builds the instruction sheet and writes the ZIP under a hidden temporary name
   beside the target, fsyncs it and renames it into place. The temporary folder and file are
   removed on every path, so a full disk leaves nothing under the final name.
3. ``record`` notes ``handover_created`` in the audit trail (colleague's name, file name,
   client count, fingerprint). ``build`` does all three.

The passphrase is never written anywhere: not in the package, not in the audit trail.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from mentordesk import __version__
from mentordesk.documents.model import PracticeBlock
from mentordesk.domain import passphrase as passphrase_rules
from mentordesk.domain.enums import Language
from mentordesk.errors import UserError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.document_content import practice_block
from mentordesk.services.retention import RetentionService
from mentordesk.store import database, queries

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

MIN_PASSPHRASE: Final = 12  # characters, as the new-file dialog recommends
MAX_NAME: Final = 200
INSTRUCTIONS: Final = {
    Language.NL: "Instructies noodoverdracht.pdf",
    Language.EN: "Hand-over instructions.pdf",
}
_REASONS: Final[dict[int, tuple[str, str]]] = {
    errno.ENOSPC: ("the disk is full; free up space", "de schijf is vol; maak ruimte vrij"),
    errno.EDQUOT: ("your disk quota is used up", "uw schijfquotum is op"),
    errno.EACCES: (
        "MentorDesk may not write in that folder; choose another folder",
        "MentorDesk mag niet schrijven in die map; kies een andere map",
    ),
    errno.EPERM: (
        "MentorDesk may not write in that folder; choose another folder",
        "MentorDesk mag niet schrijven in die map; kies een andere map",
    ),
    errno.EROFS: ("the disk is read-only", "de schijf is alleen-lezen"),
    errno.ENOENT: ("the folder does not exist (any more)", "de map bestaat niet (meer)"),
}


class HandoverWriteError(UserError):
    en = (
        "The hand-over package {path} was not made: {reason_en}. Nothing was written under "
        "that name."
    )
    nl = (
        "Het overdrachtspakket {path} is niet gemaakt: {reason_nl}. Er is niets onder die naam "
        "weggeschreven."
    )


class HandoverCheckError(UserError):
    en = (
        "The copy for the hand-over package did not pass its check ({reason_en}). No package was "
        "made; your practice file is unchanged. Try again."
    )
    nl = (
        "De kopie voor het overdrachtspakket doorstond de controle niet ({reason_nl}). Er is geen "
        "pakket gemaakt; uw praktijkbestand is ongewijzigd. Probeer het opnieuw."
    )


@dataclass(frozen=True)
class HandoverPlan:
    """Checked input for ``write``; the passphrase is kept out of ``repr``."""

    target: Path
    colleague_name: str
    passphrase: str = field(repr=False)
    language: Language
    practice: PracticeBlock = field(repr=False)
    note_months: int
    invoice_years: int
    file_name: str  # the practice file inside the package
    made_on: dt.date


@dataclass(frozen=True)
class HandoverResult:
    path: Path
    colleague_name: str
    language: Language
    client_count: int
    file_name: str  # the practice file inside the package
    instructions_name: str
    size_bytes: int
    sha256: str


def _reason(exc: OSError) -> tuple[str, str]:
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    text = exc.strerror or type(exc).__name__
    return text, text


def check_passphrase(passphrase: str) -> str:
    """The colleague's passphrase in NFC, or a ``ValidationError`` on field ``passphrase``."""
    try:
        secret = passphrase_rules.normalise(passphrase)
    except UserError as exc:
        raise ValidationError("passphrase", exc.en, exc.nl) from exc
    if len(secret.strip()) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase",
            "The passphrase for the colleague is too short: use at least {count} characters, "
            "for instance a few unusual words in a row.",
            "De wachtzin voor de collega is te kort: gebruik minstens {count} tekens, "
            "bijvoorbeeld een paar ongewone woorden achter elkaar.",
            count=MIN_PASSPHRASE,
        )
    return secret


class HandoverService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def build(
        self,
        target_zip: Path,
        colleague_name: str,
        colleague_passphrase: str,
        language: Language | str,
    ) -> HandoverResult:
        """Make the package at ``target_zip`` and note it in the audit trail."""
        plan = self.prepare(target_zip, colleague_name, colleague_passphrase, language)
        result = self.write(plan)
        self.record(result)
        return result

    # -- 1. checking the input ------------------------------------------------------------------
    def prepare(
        self,
        target_zip: Path | str,
        colleague_name: str,
        colleague_passphrase: str,
        language: Language | str,
        *,
        today: dt.date | None = None,
    ) -> HandoverPlan:
        """Check everything that can be checked quickly; raises ``ValidationError`` with field
        ``colleague_name``, ``passphrase``, ``language`` or ``target``."""
        name = check.text(
            "colleague_name",
            colleague_name,
            required=True,
            label_en="The colleague's name",
            label_nl="De naam van de collega",
        )
        if len(name) > MAX_NAME:
            raise ValidationError(
                "colleague_name",
                "The colleague's name is too long (over 200 characters).",
                "De naam van de collega is te lang (meer dan 200 tekens).",
            )
        secret = check_passphrase(colleague_passphrase)
        if str(language) not in {lang.value for lang in Language}:
            raise ValidationError(
                "language",
                "Choose Dutch or English for the instructions.",
                "Kies Nederlands of Engels voor de instructies.",
            )
        target = self._target(Path(target_zip))
        periods = RetentionService(self._pf).periods()
        return HandoverPlan(
            target=target,
            colleague_name=name,
            passphrase=secret,
            language=Language(str(language)),
            practice=practice_block(self._pf),
            note_months=periods.note_months,
            invoice_years=periods.invoice_years,
            file_name=self._pf.path.stem + database.FILE_SUFFIX,
            made_on=today or dt.date.today(),
        )

    def _target(self, target: Path) -> Path:
        if not str(target).strip() or not target.name:
            raise ValidationError(
                "target",
                "Choose where to save the package.",
                "Kies waar het pakket moet komen.",
            )
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        target = target.absolute()
        if not target.parent.is_dir():
            raise ValidationError(
                "target",
                "The folder {folder} does not exist. Choose another place.",
                "De map {folder} bestaat niet. Kies een andere plek.",
                folder=str(target.parent),
            )
        if target.is_dir():
            raise ValidationError(
                "target",
                "{path} is a folder. Give the package a file name.",
                "{path} is een map. Geef het pakket een bestandsnaam.",
                path=str(target),
            )
        return target

    # -- 2. making it ---------------------------------------------------------------------------
    def write(self, plan: HandoverPlan) -> HandoverResult:
        """Make the package (slow; touches no peewee transaction, so a worker thread may run
        it). Nothing is left under the final name or in temporary places when it fails."""
        if self._pf.verify_passphrase(plan.passphrase):
            raise ValidationError(
                "passphrase",
                "Choose a passphrase for the colleague that differs from your own.",
                "Kies voor de collega een andere wachtzin dan uw eigen wachtzin.",
            )
        work = Path(tempfile.mkdtemp(prefix="mentordesk-handover-"))
        partial: Path | None = None
        target = plan.target
        try:
            copy = work / plan.file_name
            clients = self._sealed_copy(copy, plan.passphrase, work)
            from mentordesk.documents import handover_instructions as sheet

            pdf = sheet.build(
                sheet.HandoverSheet(
                    practice=plan.practice,
                    colleague_name=plan.colleague_name,
                    language=plan.language,
                    made_on=plan.made_on,
                    file_name=plan.file_name,
                    client_count=clients,
                    note_months=plan.note_months,
                    invoice_years=plan.invoice_years,
                    app_version=__version__,
                )
            )
            handle, name = tempfile.mkstemp(
                prefix=f".{target.name[:80]}.", suffix=".part", dir=target.parent
            )
            partial = Path(name)
            with os.fdopen(handle, "wb") as raw:
                with zipfile.ZipFile(raw, "w") as archive:
                    archive.write(copy, plan.file_name, compress_type=zipfile.ZIP_STORED)
                    archive.writestr(
                        INSTRUCTIONS[plan.language], pdf, compress_type=zipfile.ZIP_DEFLATED
                    )
                raw.flush()
                os.fsync(raw.fileno())
            digest, size = _fingerprint(partial)
            os.replace(partial, target)
            partial = None
            _sync_folder(target.parent)
        except OSError as exc:
            reason_en, reason_nl = _reason(exc)
            raise HandoverWriteError(
                path=str(target), reason_en=reason_en, reason_nl=reason_nl
            ) from exc
        finally:
            if partial is not None:
                with contextlib.suppress(OSError):
                    partial.unlink()
            shutil.rmtree(work, ignore_errors=True)
        return HandoverResult(
            path=target,
            colleague_name=plan.colleague_name,
            language=plan.language,
            client_count=clients,
            file_name=plan.file_name,
            instructions_name=INSTRUCTIONS[plan.language],
            size_bytes=size,
            sha256=digest,
        )

    def _sealed_copy(self, copy: Path, passphrase: str, work: Path) -> int:
        """An encrypted copy at ``copy`` under ``passphrase`` only; returns its client count."""
        backups = work / "backups"  # never used: the copy needs no migration
        self._pf.copy_under_passphrase(copy, passphrase, backups)
        try:
            reopened = database.open_file(copy, passphrase, backup_dir=backups)
        except UserError as exc:
            raise HandoverCheckError(reason_en=exc.text("en"), reason_nl=exc.text("nl")) from exc
        try:
            clients = queries.table_counts(reopened.connection)["client"]
        finally:
            reopened.close()
        if not self._pf.verify_backup(copy):  # no problem: the mentor's passphrase opens it
            raise HandoverCheckError(
                reason_en="the copy still opened with your own passphrase",
                reason_nl="de kopie ging nog open met uw eigen wachtzin",
            )
        return clients

    # -- 3. the audit trail ---------------------------------------------------------------------
    def record(self, result: HandoverResult) -> None:
        """Note the package in the audit trail; when that fails the package is removed, so
        nothing leaves the practice unlogged."""
        try:
            with self._pf.transaction():
                self._pf.audit(
                    "handover_created",
                    colleague=result.colleague_name,
                    file=result.path.name,
                    clients=result.client_count,
                    language=result.language.value,
                    sha256=result.sha256,
                )
        except BaseException:
            with contextlib.suppress(OSError):
                result.path.unlink()
            raise


def _fingerprint(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
