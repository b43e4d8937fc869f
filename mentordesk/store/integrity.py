"""The fast integrity check run at every open and on every backup, and what its findings mean.

Two checks, cheapest first: SQLCipher's ``cipher_integrity_check`` verifies the HMAC of every
page (any byte changed on disk, by tampering or a failing disk, is caught), then SQLite's
``quick_check`` walks the b-trees (a structure broken without a changed byte: a page from an
older copy of the same file, a lost write). The full ``integrity_check`` (indexes against rows)
and the foreign key check stay in ``ClientFile.integrity_problems`` for ``mentordesk check``.

A failing first page looks exactly like a wrong passphrase to SQLCipher ("file is not a
database"). When the other pages do verify with the key, the key is right and the file is
damaged; when none does, it is the passphrase (or a file that is not ours, or a changed salt).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.errors import DamagedFileError, UserError, WrongPassphraseError

PAGE_SIZE = 4096
# quick_check costs about 12 ms per MB here (the HMAC check about 5): up to this size both run
# at open (under a second); a bigger file gets its structure checked when the backup made at
# open is verified, off the UI thread (the backup API copies page for page, so a broken
# structure shows in the copy). Measured: 220 MB, 10,000 clients: 1.1 s HMAC + 2.7 s structure.
STRUCTURE_CHECK_AT_OPEN_LIMIT = 64 * 1024 * 1024
_FAILED_PAGE = re.compile(r"page (\d+)", re.IGNORECASE)


class DamagedPagesError(DamagedFileError):
    """Pages whose checksum (HMAC) does not match: bytes changed outside MentorDesk."""

    en = (
        "The file {path} is damaged: {count} of its {pages} pages do not match their checksum "
        "(first: page {first}). Bytes were changed outside MentorDesk, or the disk failed. "
        "The file was left as it is. Restore a backup copy to continue."
    )
    nl = (
        "Het bestand {path} is beschadigd: {count} van de {pages} pagina's kloppen niet met hun "
        "controlegetal (eerste: pagina {first}). Er zijn bytes veranderd buiten MentorDesk om, "
        "of de schijf heeft een fout. Het bestand is gelaten zoals het is. Zet een reservekopie "
        "terug om verder te werken."
    )

    def __init__(self, path: Path, failed: list[int], pages: int) -> None:
        super().__init__(path=str(path), count=len(failed), pages=pages, first=min(failed))
        self.failed_pages = failed


class DamagedStructureError(DamagedFileError):
    """Every page is intact, but the database structure is not (SQLite's ``quick_check``)."""

    en = (
        "The file {path} is damaged: its inner structure is inconsistent ({detail}). "
        "The file was left as it is. Restore a backup copy to continue."
    )
    nl = (
        "Het bestand {path} is beschadigd: de interne opbouw klopt niet ({detail}). "
        "Het bestand is gelaten zoals het is. Zet een reservekopie terug om verder te werken."
    )


def page_count(path: Path) -> int:
    return max(1, Path(path).stat().st_size // PAGE_SIZE)


def failed_pages(conn: Any) -> list[int]:
    """Pages whose HMAC does not verify with the connection's key (reads every page)."""
    failed = []
    for (text,) in conn.execute("PRAGMA cipher_integrity_check"):
        found = _FAILED_PAGE.search(str(text))
        failed.append(int(found.group(1)) if found else 0)
    return failed


def structure_problems(conn: Any) -> list[str]:
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def fast_problems(conn: Any) -> list[str]:
    """Both checks as plain lines; empty when the file is whole."""
    failed = failed_pages(conn)
    if failed:
        return [f"HMAC verification failed for page {page}" for page in failed]
    return [f"structure: {line}" for line in structure_problems(conn)]


def check(conn: Any, path: Path, *, structure: bool = True) -> None:
    """Raise ``DamagedPagesError`` or ``DamagedStructureError`` unless the file is whole.

    ``structure=False`` checks the pages' HMACs only.
    """
    failed = failed_pages(conn)
    if failed:
        raise DamagedPagesError(path, failed, page_count(path))
    if not structure:
        return
    lines = [
        line.strip()
        for problem in structure_problems(conn)
        for line in problem.splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if lines:
        more = f" … +{len(lines) - 1}" if len(lines) > 1 else ""
        raise DamagedStructureError(path=str(path), detail=lines[0] + more)


def key_failure(conn: Any, path: Path) -> UserError:
    """What a refused key means, on a connection whose key did not read page 1.

    ``conn`` has the key applied. When some page after the first verifies, the key is right
    and the first page is damaged; otherwise the passphrase is wrong.
    """
    pages = page_count(path)
    try:
        failed = failed_pages(conn)
    except sqlcipher.DatabaseError:
        return WrongPassphraseError()
    if pages > 1 and failed and len(failed) < pages:
        return DamagedPagesError(path, failed, pages)
    return WrongPassphraseError()
