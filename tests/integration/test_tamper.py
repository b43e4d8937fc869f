"""Proof: bytes changed in the first, a middle or the last page are caught when the file is
opened, with a clear "damaged" message, and the file is left exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mentordesk import config
from mentordesk.errors import DamagedFileError, WrongPassphraseError
from mentordesk.services.backups import RestorableDamageError, restore_and_open
from mentordesk.services.practice_file import open_practice
from mentordesk.services.records import ClientDraft
from mentordesk.store import database, integrity
from mentordesk.store.integrity import DamagedPagesError, DamagedStructureError
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.proof
PAGE = 4096
SALT = 16  # the first 16 bytes of page 1 are the key-derivation salt


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(practice_path: Path) -> Path:
    with open_practice(practice_path, PASSPHRASE) as pf:
        for number in range(40):
            pf.clients.create(ClientDraft(name=f"Cliënt {number}", notes="gesprek " * 200))
    return practice_path


def page_number(path: Path, where: str) -> int:
    pages = path.stat().st_size // PAGE
    assert pages >= 20
    return {"first": 1, "middle": pages // 2, "last": pages}[where]


def change_bytes(path: Path, offset: int, count: int = 1) -> None:
    data = bytearray(path.read_bytes())
    for index in range(offset, offset + count):
        data[index] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize(
    ("inside", "count"),
    [(200, 1), (2048, 16), (PAGE - 40, 1)],  # page content, a run of bytes, the HMAC itself
    ids=["one-byte", "sixteen-bytes", "hmac"],
)
def test_changed_bytes_are_detected_at_open(filled: Path, where: str, inside: int, count: int):
    page = page_number(filled, where)
    change_bytes(filled, (page - 1) * PAGE + inside, count)
    before = digest(filled)
    with pytest.raises(DamagedFileError) as caught:
        open_practice(filled, PASSPHRASE)
    error = caught.value
    assert isinstance(error, DamagedPagesError)
    assert error.failed_pages == [page]
    english, dutch = error.text("en"), error.text("nl")
    assert "is damaged" in english and f"(first: page {page})" in english
    assert "Restore a backup" in english
    assert "is beschadigd" in dutch and f"(eerste: pagina {page})" in dutch
    assert "reservekopie" in dutch
    assert digest(filled) == before  # nothing was written, not even a rollback
    assert sorted(p.name for p in filled.parent.iterdir()) == [filled.name]


def test_a_wrong_passphrase_on_a_damaged_first_page_is_still_a_wrong_passphrase(filled: Path):
    change_bytes(filled, 300)
    with pytest.raises(WrongPassphraseError):
        open_practice(filled, PASSPHRASE + "x")
    with pytest.raises(DamagedPagesError):
        open_practice(filled, PASSPHRASE)


def test_a_changed_salt_cannot_be_told_from_a_wrong_passphrase(filled: Path):
    """The limit of what can be known: the salt makes the key, so every page fails."""
    change_bytes(filled, 3)
    before = digest(filled)
    with pytest.raises(WrongPassphraseError) as caught:
        open_practice(filled, PASSPHRASE)
    assert "damaged" in caught.value.text("en")  # the message names that possibility too
    assert digest(filled) == before


def test_the_check_runs_before_anything_else_touches_the_file(filled: Path):
    change_bytes(filled, (page_number(filled, "middle") - 1) * PAGE + 500)
    with pytest.raises(DamagedPagesError):
        database.open_file(filled, PASSPHRASE, backup_dir=filled.parent / "bk")
    assert not (filled.parent / "bk").exists()
    # the caller may skip it (the benchmark, a forensic copy); then the damage shows on reading
    with database.open_file(
        filled, PASSPHRASE, backup_dir=filled.parent / "bk", check_integrity=False
    ) as cf:
        assert cf.fast_problems() != []


def test_damage_is_reported_with_the_newest_good_backup_which_restores(filled: Path):
    with open_practice(filled, PASSPHRASE) as pf:
        made = pf.backups.make_backup()
    change_bytes(filled, (page_number(filled, "last") - 1) * PAGE + 1000)
    damaged = filled.read_bytes()
    with pytest.raises(RestorableDamageError) as caught:
        open_practice(filled, PASSPHRASE)
    assert caught.value.backup.path == made.path
    assert "is damaged" in caught.value.text("en")
    assert "There is a good backup from" in caught.value.text("en")
    assert "Er is een goede reservekopie van" in caught.value.text("nl")
    with restore_and_open(caught.value.backup, filled, PASSPHRASE) as pf:
        assert len(pf.clients.list_rows()) == 40
        assert pf.integrity_problems() == []
    (aside,) = filled.parent.glob("*.before-restore-*")
    assert aside.read_bytes() == damaged


def orphan_a_table(path: Path) -> None:
    """Every page keeps a valid HMAC, but a table's pages are no longer reachable: a broken
    structure that only ``quick_check`` sees (as after a lost write)."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute("CREATE TABLE scratch (x BLOB)")
        conn.execute("INSERT INTO scratch VALUES (randomblob(20000))")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = 'scratch'")
    finally:
        conn.close()


def test_a_broken_structure_with_intact_pages_is_detected_at_open(filled: Path):
    orphan_a_table(filled)
    before = digest(filled)
    with pytest.raises(DamagedFileError) as caught:
        open_practice(filled, PASSPHRASE)
    assert isinstance(caught.value, DamagedStructureError)
    assert "inner structure is inconsistent" in caught.value.text("en")
    assert "never used" in caught.value.text("en")
    assert "interne opbouw klopt niet" in caught.value.text("nl")
    assert digest(filled) == before


def test_a_big_file_gets_its_structure_checked_on_the_backup_at_open(
    filled: Path, monkeypatch: pytest.MonkeyPatch
):
    """Above the size limit open checks the HMACs only; the backup's check finds the rest."""
    monkeypatch.setattr(integrity, "STRUCTURE_CHECK_AT_OPEN_LIMIT", 0)
    orphan_a_table(filled)
    with open_practice(filled, PASSPHRASE) as pf:
        with pytest.raises(DamagedStructureError) as caught:
            pf.backups.backup_at_open()
        assert caught.value.details["path"] == str(filled)  # the file, not the copy
        assert pf.backups.list_backups() == []
    assert not [p for p in config.backup_dir().iterdir() if p.name != "settings.json"]
