"""Proof: every kind of bad file gets its own clear message, naming the file, and the file is left
byte for byte as it was, with nothing written beside it (no lock, journal or backup left).

Where two cases are the same problem they share a message (a plain SQLite file and another
program's SQLite database; random bytes in whole pages, which look exactly like an encrypted file
with a wrong passphrase); every other pair differs.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentordesk import config
from mentordesk.errors import (
    DamagedFileError,
    EmptyFileError,
    FileInUseError,
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
from mentordesk.services.practice_file import create_practice, open_practice
from mentordesk.services.records import ClientDraft
from mentordesk.store import database, file_lock, migrations
from mentordesk.store.connections import keyed_connection
from tests.integration.kill_harness import SPAWN, hold_open_child

pytestmark = pytest.mark.proof

PASSPHRASE = "slechte bestanden wachtzin"
PAGE = 4096
UNICODE_FOLDER = "Cliënten van Ülkü Şahin ✓"
UNICODE_NAME = "praktijk 2026 – José & co.mentordesk"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "no file"


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("bad-files")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MENTORDESK_HOME", str(folder / "home"))
        path = folder / "good.mentordesk"
        with create_practice(path, PASSPHRASE, "Praktijk Goed") as pf:
            for number in range(20):
                pf.clients.create(ClientDraft(name=f"Cliënt {number}", notes="gesprek " * 200))
        yield path


@dataclass(frozen=True)
class Case:
    error: type[UserError]
    fragment: str  # in the English message
    names: str = "file"  # the message names "file", "folder" or "nothing"


def _plain_sqlite(path: Path, tables: dict[str, int]) -> None:
    conn = sqlite3.connect(path)
    for table, rows in tables.items():
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, url TEXT)")
        conn.executemany(f"INSERT INTO {table} (url) VALUES (?)", [("https://x",)] * rows)
    conn.commit()
    conn.close()


def _foreign_encrypted(path: Path) -> None:
    conn = keyed_connection(path, PASSPHRASE)  # same passphrase, but not our application id
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.close()


def _newer(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    conn = keyed_connection(path, PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()


def _truncated(path: Path, good: Path, cut: int) -> None:
    data = good.read_bytes()
    half = len(data) // 2 // PAGE * PAGE
    path.write_bytes(data[: half - cut])


MAKERS: dict[str, tuple[Case, Callable[[Path, Path], object]]] = {
    "missing": (Case(FileMissingError, "does not exist"), lambda p, g: None),
    "empty": (Case(EmptyFileError, "is empty (0 bytes)"), lambda p, g: p.write_bytes(b"")),
    "random bytes, whole pages": (
        Case(WrongPassphraseError, "does not open this file", names="nothing"),
        lambda p, g: p.write_bytes(os.urandom(8 * PAGE)),
    ),
    "random bytes, part of a page": (
        Case(DamagedFileError, "not a whole number of pages"),
        lambda p, g: p.write_bytes(os.urandom(5 * PAGE + 123)),
    ),
    "a text file": (
        Case(NotMentorDeskFileError, "is not a MentorDesk file"),
        lambda p, g: p.with_suffix(".txt").write_text("Beste Anna,\nmijn notities.\n"),
    ),
    "plain sqlite": (
        Case(PlainDatabaseError, "unencrypted database of another program"),
        lambda p, g: _plain_sqlite(p, {"t": 0}),
    ),
    "another program's sqlite": (
        Case(PlainDatabaseError, "unencrypted database of another program"),
        lambda p, g: _plain_sqlite(p, {"moz_places": 500, "moz_bookmarks": 40}),
    ),
    "another program's encrypted database": (
        Case(ForeignDatabaseError, "it is a database of another program"),
        lambda p, g: _foreign_encrypted(p),
    ),
    "newer schema": (
        Case(NewerVersionError, "made by a newer MentorDesk", names="nothing"),
        _newer,
    ),
    "truncated at a page boundary": (
        Case(DamagedFileError, "is damaged"),
        lambda p, g: _truncated(p, g, 0),
    ),
    "truncated inside a page": (
        Case(DamagedFileError, "not a whole number of pages"),
        lambda p, g: _truncated(p, g, 1000),
    ),
    "a folder instead of a file": (
        Case(FolderNotFileError, "is a folder, not a file"),
        lambda p, g: p.mkdir(),
    ),
}


def target_of(name: str, folder: Path) -> Path:
    path = folder / UNICODE_FOLDER / UNICODE_NAME  # every case sits in an awkward path
    return path.with_suffix(".txt") if name == "a text file" else path


def refusal(path: Path) -> UserError:
    with pytest.raises(UserError) as caught:
        open_practice(path, PASSPHRASE).close()
    return caught.value


def check_case(name: str, good: Path, tmp_path: Path) -> UserError:
    case, make = MAKERS[name]
    path = target_of(name, tmp_path)
    path.parent.mkdir(parents=True)
    make(path, good)
    before, files = digest(path), listing(path.parent)
    error = refusal(path)
    assert type(error) is case.error, f"{name}: {type(error).__name__}: {error.text('en')}"
    text = error.text("en")
    assert case.fragment in text, f"{name}: {text}"
    assert error.text("nl") != text  # said in Dutch too
    if case.names == "file":
        assert str(path) in text and str(path) in error.text("nl"), f"{name}: {text}"
    assert "Traceback" not in text
    assert digest(path) == before, f"{name}: the file changed"
    assert listing(path.parent) == files, f"{name}: something was left beside it"
    assert not config.backup_dir().exists() or not any(config.backup_dir().iterdir())
    return error


@pytest.mark.parametrize("name", list(MAKERS))
def test_a_bad_file_gets_its_own_clear_message_and_stays_unchanged(
    name: str, good: Path, tmp_path: Path
) -> None:
    check_case(name, good, tmp_path)


def test_different_problems_get_different_messages(good: Path, tmp_path: Path) -> None:
    """The message templates differ between the classes of problem, not just the file name."""
    templates: dict[str, str] = {}
    for index, name in enumerate(MAKERS):
        error = check_case(name, good, tmp_path / str(index))
        text = error.text("en").replace(str(target_of(name, tmp_path / str(index))), "<file>")
        templates[name] = text
    same = {
        frozenset({"plain sqlite", "another program's sqlite"}),  # one problem, one message
        frozenset({"random bytes, part of a page", "truncated inside a page"}),  # incomplete
    }
    names = list(templates)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            if frozenset({first, second}) in same:
                assert templates[first] == templates[second]
            else:
                assert templates[first] != templates[second], (first, second)
    print(f"\n{len(templates)} kinds of bad file, {len(set(templates.values()))} distinct messages")


def test_unicode_and_spaces_in_the_path_open_and_are_named_in_messages(
    good: Path, tmp_path: Path
) -> None:
    path = tmp_path / UNICODE_FOLDER / "sub map met spaties" / UNICODE_NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(good.read_bytes())
    with open_practice(path, PASSPHRASE) as pf:
        assert len(pf.clients.list_rows()) == 20
        assert pf.path == path
    assert listing(path.parent) == [UNICODE_NAME]
    gone = path.with_name("weg – Ülkü.mentordesk")
    assert str(gone) in refusal(gone).text("en")


def test_a_file_in_use_by_another_process_names_it_and_stays_unchanged(
    good: Path, tmp_path: Path
) -> None:
    path = tmp_path / UNICODE_FOLDER / UNICODE_NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(good.read_bytes())
    parent_end, child_end = SPAWN.Pipe()
    home = str(tmp_path / "child-home")
    child = SPAWN.Process(target=hold_open_child, args=(str(path), home, PASSPHRASE, child_end))
    child.start()
    child_end.close()
    try:
        assert parent_end.poll(120), "the other process did not open the file"
        state, pid = parent_end.recv()
        assert state == "open"
        before, files = digest(path), listing(path.parent)
        error = refusal(path)
        assert type(error) is FileInUseError
        assert f"{socket.gethostname()}, process {pid}" in error.text("en")
        assert "open in another MentorDesk window" in error.text("en")
        assert digest(path) == before and listing(path.parent) == files
    finally:
        parent_end.send("close")
        assert parent_end.recv() == "closed"
        child.join(30)
    assert child.exitcode == 0
    with open_practice(path, PASSPHRASE) as pf:  # free again once the other one closed it
        assert len(pf.clients.list_rows()) == 20


# -- read-only: real permissions (not as root, who may write anywhere) and simulated ----------
def _read_only_case(good: Path, tmp_path: Path) -> tuple[Path, str, list[str]]:
    path = tmp_path / UNICODE_FOLDER / UNICODE_NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(good.read_bytes())
    return path, digest(path), listing(path.parent)


@pytest.mark.skipif(ROOT, reason="root may write to read-only files; simulated below")
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_for_real(good: Path, tmp_path: Path, what: str) -> None:
    path, before, files = _read_only_case(good, tmp_path)
    target = path if what == "file" else path.parent
    mode = target.stat().st_mode
    target.chmod(0o444 if what == "file" else 0o555)
    try:
        error = refusal(path)
    finally:
        target.chmod(mode)
    expected = ReadOnlyError if what == "file" else ReadOnlyFolderError
    assert type(error) is expected
    assert str(target) in error.text("en")
    assert digest(path) == before and listing(path.parent) == files


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_simulated(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """The permission check refuses (``os.access`` answers as for a read-only file/folder)."""
    path, before, files = _read_only_case(good, tmp_path)
    denied = path if what == "file" else path.parent
    real_access = os.access

    def access(where: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(where)) == denied:
            return False
        return real_access(where, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "access", access)
    error = refusal(path)
    expected = ReadOnlyError if what == "file" else ReadOnlyFolderError
    assert type(error) is expected
    assert str(denied) in error.text("en")
    assert ("cannot write in the folder" in error.text("en")) == (what == "folder")
    assert digest(path) == before and listing(path.parent) == files


def test_a_lock_that_cannot_be_written_is_a_read_only_folder(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder looks writable but creating the lock file is refused (ACLs, a sync client)."""
    path, before, files = _read_only_case(good, tmp_path)
    real_open = os.open

    def refuse_lock(where: object, *args: object, **kwargs: object) -> int:
        if str(where).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(where))
        return real_open(where, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(file_lock.os, "open", refuse_lock)
    error = refusal(path)
    assert type(error) is ReadOnlyFolderError
    assert str(path.parent) in error.text("en")
    assert digest(path) == before and listing(path.parent) == files
