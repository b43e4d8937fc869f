"""Writing a finished PDF to disk: all of it under its name, or nothing there at all.

The bytes go to a hidden temporary file in the target folder, are flushed to the disk
(``fsync``), and only then the file gets its final name (``os.replace``, atomic on one file
system). A full disk, a read-only folder or a vanished folder leaves no file under the final
name, no temporary file, an existing file of that name unchanged, and raises a
``DocumentWriteError`` that names the file and says what to do.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Final

from mentordesk.errors import UserError

_REASONS: Final[dict[int, tuple[str, str]]] = {
    errno.ENOSPC: (
        "the disk is full; free up space and save again",
        "de schijf is vol; maak ruimte vrij en sla opnieuw op",
    ),
    errno.EFBIG: (
        "the disk is full; free up space and save again",
        "de schijf is vol; maak ruimte vrij en sla opnieuw op",
    ),
    errno.EDQUOT: (
        "your disk quota is used up; free up space and save again",
        "uw schijfquotum is op; maak ruimte vrij en sla opnieuw op",
    ),
    errno.EACCES: (
        "MentorDesk may not write in that folder; choose another folder",
        "MentorDesk mag niet schrijven in die map; kies een andere map",
    ),
    errno.EPERM: (
        "MentorDesk may not write in that folder; choose another folder",
        "MentorDesk mag niet schrijven in die map; kies een andere map",
    ),
    errno.EROFS: (
        "the disk is read-only; choose another folder",
        "de schijf is alleen-lezen; kies een andere map",
    ),
    errno.ENOENT: (
        "the folder does not exist (any more); choose another folder",
        "de map bestaat niet (meer); kies een andere map",
    ),
    errno.EISDIR: (
        "that is a folder; give the file a name",
        "dat is een map; geef het bestand een naam",
    ),
    errno.ENAMETOOLONG: (
        "the name is too long; choose a shorter one",
        "de naam is te lang; kies een kortere",
    ),
}


class DocumentWriteError(UserError):
    en = "{path} was not saved: {reason_en}. Nothing was written under that name."
    nl = "{path} is niet opgeslagen: {reason_nl}. Er is niets onder die naam weggeschreven."


def sha256_hex(data: bytes) -> str:
    """The SHA-256 fingerprint of ``data``, as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def _reason(exc: OSError) -> tuple[str, str]:
    if isinstance(exc, IsADirectoryError):
        return _REASONS[errno.EISDIR]
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    text = exc.strerror or type(exc).__name__
    return text, text


def write_pdf(target: Path, data: bytes) -> str:
    """Write ``data`` to ``target`` atomically and return its SHA-256 (hex).

    An existing file of that name is replaced whole, only once the new one is complete.
    """
    target = Path(target)
    temp: str | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(target))
        handle, temp = tempfile.mkstemp(
            prefix=f".{target.name[:80]}.", suffix=".part", dir=target.parent
        )
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        temp = None
        _sync_folder(target.parent)
    except OSError as exc:
        reason_en, reason_nl = _reason(exc)
        raise DocumentWriteError(
            path=str(target), reason_en=reason_en, reason_nl=reason_nl
        ) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return sha256_hex(data)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX); a folder that cannot be opened is skipped."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
