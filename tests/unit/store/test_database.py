"""The client file: encryption, passphrase rules, refusals that leave the file untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from mentordesk.errors import (
    DamagedFileError,
    EmptyPassphraseError,
    FileAlreadyExistsError,
    FileMissingError,
    NotMentorDeskFileError,
    ReadOnlyError,
    WrongPassphraseError,
)
from mentordesk.store import database
from mentordesk.store.database import APPLICATION_ID, create_file, open_file
from tests.conftest import PASSPHRASE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_create_then_open_gives_current_schema_and_secure_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "new.mentordesk"
    create_file(path, PASSPHRASE)
    assert listing(tmp_path) == ["new.mentordesk"]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with open_file(path, PASSPHRASE, backup_dir=tmp_path / "bk") as cf:
        conn = cf.connection
        assert cf.schema_version() == database.migrations.CURRENT_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        cipher = cf.cipher_settings()
        assert int(cipher["kdf_iter"]) >= 256000
        assert cipher["cipher_use_hmac"] == "1"
        assert cf.integrity_problems() == []
        assert (tmp_path / "new.mentordesk.lock").exists()
    assert listing(tmp_path) == ["new.mentordesk"]


def test_file_has_no_plaintext_header_and_no_readable_text(tmp_path: Path) -> None:
    from mentordesk.services.practice_file import open_practice
    from mentordesk.services.records import ClientDraft

    path = tmp_path / "p.mentordesk"
    create_file(path, PASSPHRASE)
    with open_practice(path, PASSPHRASE) as pf:
        pf.clients.create(ClientDraft(name="Koendjbiharie", notes="burn-out klachten"))
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for needle in ("Koendjbiharie", "burn-out", "CREATE TABLE", "search_index"):
        assert needle.encode() not in raw
        assert needle.encode("utf-16-le") not in raw
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


@pytest.mark.parametrize("empty", ["", "   ", "\u200b"[:0]])
def test_empty_passphrase_refused_before_any_file_exists(tmp_path: Path, empty: str) -> None:
    with pytest.raises(EmptyPassphraseError):
        create_file(tmp_path / "x.mentordesk", empty)
    assert listing(tmp_path) == []


def test_passphrase_is_normalised_to_nfc(tmp_path: Path) -> None:
    path = tmp_path / "nfc.mentordesk"
    composed, decomposed = "Zoë café", "Zoe\u0308 cafe\u0301"
    assert composed != decomposed
    create_file(path, decomposed)
    open_file(path, composed, backup_dir=tmp_path).close()


def test_wrong_passphrase_leaves_file_byte_for_byte_and_no_side_files(
    practice_path: Path,
) -> None:
    before = digest(practice_path)
    mtime = practice_path.stat().st_mtime_ns
    for attempt in ("wrong", PASSPHRASE.upper(), PASSPHRASE + " "):
        with pytest.raises(WrongPassphraseError):
            open_file(practice_path, attempt, backup_dir=practice_path.parent / "bk")
    assert digest(practice_path) == before
    assert practice_path.stat().st_mtime_ns == mtime
    assert listing(practice_path.parent) == ["practice.mentordesk"]
    open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent).close()


def test_create_never_overwrites(practice_path: Path) -> None:
    before = digest(practice_path)
    with pytest.raises(FileAlreadyExistsError):
        create_file(practice_path, "another passphrase")
    assert digest(practice_path) == before


def test_missing_file_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError):
        open_file(tmp_path / "nope.mentordesk", PASSPHRASE, backup_dir=tmp_path)
    with pytest.raises(FileMissingError):
        create_file(tmp_path / "no" / "such" / "x.mentordesk", PASSPHRASE)
    assert listing(tmp_path) == []


def test_plain_sqlite_file_is_not_a_mentordesk_file(tmp_path: Path) -> None:
    path = tmp_path / "other.mentordesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotMentorDeskFileError):
        open_file(path, PASSPHRASE, backup_dir=tmp_path)
    assert digest(path) == before


def test_encrypted_database_of_another_program_is_not_a_mentordesk_file(tmp_path: Path) -> None:
    from sqlcipher3 import dbapi2

    path = tmp_path / "foreign.mentordesk"
    conn = dbapi2.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotMentorDeskFileError):
        open_file(path, PASSPHRASE, backup_dir=tmp_path)
    assert digest(path) == before
    assert listing(tmp_path) == ["foreign.mentordesk"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", NotMentorDeskFileError),
        (b"Beste Anna,\nhier mijn notities.\n", NotMentorDeskFileError),
        (os.urandom(8192), WrongPassphraseError),  # indistinguishable from a wrong key
    ],
)
def test_garbage_is_refused_unchanged(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(error):
        open_file(path, PASSPHRASE, backup_dir=tmp_path)
    assert path.read_bytes() == content


def test_truncated_file_is_reported_damaged(practice_path: Path) -> None:
    data = practice_path.read_bytes()
    practice_path.write_bytes(data[: len(data) - 1000])
    with pytest.raises(DamagedFileError) as caught:
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent)
    assert "backup" in caught.value.text("en")
    assert "reservekopie" in caught.value.text("nl")


def test_flipped_byte_is_caught_by_hmac(practice_path: Path) -> None:
    data = bytearray(practice_path.read_bytes())
    data[4096 + 200] ^= 0xFF  # inside page 2
    practice_path.write_bytes(bytes(data))
    try:
        cf = open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent)
    except (DamagedFileError, WrongPassphraseError):
        return  # refused at open: fine
    with cf:
        assert cf.integrity_problems() != []


def test_read_only_check_uses_access(practice_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda p, mode: False if mode == os.W_OK else real_access(p, mode),
    )
    before = digest(practice_path)
    with pytest.raises(ReadOnlyError) as caught:
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent)
    assert "read-only" in str(caught.value)
    assert digest(practice_path) == before


def test_backup_copy_is_encrypted_same_passphrase_mode_0600(practice_path: Path) -> None:
    target = practice_path.parent / "copies" / "copy.mentordesk"
    with open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent) as cf:
        cf.backup_to(target)
        with pytest.raises(FileAlreadyExistsError):
            cf.backup_to(target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert not target.read_bytes().startswith(b"SQLite format 3")
    with open_file(target, PASSPHRASE, backup_dir=practice_path.parent) as copy:
        assert copy.integrity_problems() == []
    assert not list(target.parent.glob("*.partial"))


def test_verify_passphrase(practice_path: Path) -> None:
    with open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent) as cf:
        assert cf.verify_passphrase(PASSPHRASE)
        assert not cf.verify_passphrase("nope")
        assert not cf.verify_passphrase("")


def test_lock_screen_check_refuses_a_moved_or_replaced_file(practice_path: Path) -> None:
    moved = practice_path.with_name("moved.mentordesk")
    with open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent) as cf:
        practice_path.rename(moved)
        assert not cf.verify_passphrase("anything")
        assert not cf.verify_passphrase(PASSPHRASE)
        assert not practice_path.exists()  # no empty database created in its place
        practice_path.write_bytes(b"")
        assert not cf.verify_passphrase("anything")
