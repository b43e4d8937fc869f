"""Changing the passphrase: the rules first, then a re-key that the file, the keyring, the
audit trail and the backups all follow."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from mentordesk import keystore
from mentordesk.errors import UserError, ValidationError, WrongPassphraseError
from mentordesk.services.backups import BackupReason, newest_good_backup
from mentordesk.services.passphrase_change import change_passphrase
from mentordesk.services.practice_file import PracticeFile, open_practice, remember_passphrase
from mentordesk.services.records import ClientDraft
from mentordesk.store.database import FileBusyError
from tests.conftest import PASSPHRASE, MemoryKeyring

NEW = "Een nieuwe wachtzin voor 2026"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_after_a_change_only_the_new_passphrase_opens_the_file(practice: PracticeFile) -> None:
    practice.clients.create(ClientDraft(name="Ülkü Şahin", notes="vertrouwelijk"))
    result = change_passphrase(practice, PASSPHRASE, NEW)
    assert result.keyring == "not remembered"
    assert practice.verify_passphrase(NEW) and not practice.verify_passphrase(PASSPHRASE)
    practice.clients.create(ClientDraft(name="Na de wijziging"))  # the open file keeps working
    practice._file.db.close()  # a reconnect uses the new passphrase
    assert len(practice.clients.list_rows()) == 2
    (action, detail) = practice.connection.execute(
        "SELECT action, detail FROM audit_event ORDER BY id DESC LIMIT 1 OFFSET 1"
    ).fetchone()
    assert action == "passphrase_changed"
    assert PASSPHRASE not in detail and NEW not in detail
    assert json.loads(detail) == {"keyring_remembered": False}
    path = practice.path
    practice.close()
    with pytest.raises(WrongPassphraseError):
        open_practice(path, PASSPHRASE)
    with open_practice(path, NEW) as pf:
        assert {c.name for c in pf.clients.list_rows()} == {"Ülkü Şahin", "Na de wijziging"}
        assert pf.integrity_problems() == []


@pytest.mark.parametrize(
    ("old", "new", "field", "english"),
    [
        ("wrong", NEW, "old_passphrase", "current passphrase is not right"),
        ("", NEW, "old_passphrase", "current passphrase is not right"),
        (PASSPHRASE.upper(), NEW, "old_passphrase", "current passphrase is not right"),
        (PASSPHRASE, "", "new_passphrase", "passphrase is empty"),
        (PASSPHRASE, "   ", "new_passphrase", "passphrase is empty"),
        (PASSPHRASE, "twee\nregels", "new_passphrase", "control character"),
        (PASSPHRASE, PASSPHRASE, "new_passphrase", "same as the current one"),
    ],
)
def test_the_rules_refuse_before_anything_is_written(
    practice: PracticeFile, old: str, new: str, field: str, english: str
) -> None:
    before = digest(practice.path)
    with pytest.raises(ValidationError) as caught:
        change_passphrase(practice, old, new)
    assert caught.value.field == field
    assert english in caught.value.text("en")
    assert caught.value.text("nl") != caught.value.text("en")
    assert digest(practice.path) == before
    assert practice.verify_passphrase(PASSPHRASE)
    assert practice.backups.list_backups() == []


def test_the_new_passphrase_is_kept_in_nfc(practice: PracticeFile) -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë's café")
    change_passphrase(practice, PASSPHRASE, decomposed)
    assert practice.verify_passphrase(unicodedata.normalize("NFC", "Zoë's café"))
    assert practice.verify_passphrase(decomposed)


def test_a_remembered_passphrase_is_replaced(
    practice: PracticeFile, memory_keyring: MemoryKeyring
) -> None:
    assert remember_passphrase(practice.path, PASSPHRASE)
    result = change_passphrase(practice, PASSPHRASE, NEW)
    assert result.keyring == "updated"
    assert keystore.recall(practice.path) == NEW


def test_nothing_is_remembered_when_nothing_was(
    practice: PracticeFile, memory_keyring: MemoryKeyring
) -> None:
    change_passphrase(practice, PASSPHRASE, NEW)
    assert memory_keyring.secrets == {}


def test_a_keyring_that_will_not_take_the_new_one_forgets_the_old(
    practice: PracticeFile, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert remember_passphrase(practice.path, PASSPHRASE)

    def refuse(service: str, username: str, password: str) -> None:
        raise RuntimeError("keyring locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    result = change_passphrase(practice, PASSPHRASE, NEW)
    assert result.keyring == "forgotten"
    assert keystore.recall(practice.path) is None  # never an old one that no longer opens it


def test_a_fresh_backup_follows_under_the_new_passphrase(practice: PracticeFile) -> None:
    earlier = practice.backups.make_backup()
    result = change_passphrase(practice, PASSPHRASE, NEW)
    assert result.backup is not None and result.backup_problem == ""
    assert result.backup.reason is BackupReason.PASSPHRASE_CHANGED
    assert result.older_backups == 1
    assert newest_good_backup(practice.path, NEW) == result.backup
    assert newest_good_backup(practice.path, PASSPHRASE) == earlier  # the old one's own


def test_a_failed_backup_after_the_change_is_reported_not_raised(
    practice: PracticeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        practice._file, "check_copy", lambda target: UserError("disk I/O error", "schijffout")
    )
    result = change_passphrase(practice, PASSPHRASE, NEW)
    assert result.backup is None
    assert "disk I/O error" in result.backup_problem
    assert practice.verify_passphrase(NEW)


def test_no_change_in_the_middle_of_a_save(practice: PracticeFile) -> None:
    with practice.transaction():
        practice.clients.create(ClientDraft(name="Bezig"))
        with pytest.raises(FileBusyError) as caught:
            change_passphrase(practice, PASSPHRASE, NEW)
    assert "still saving" in caught.value.text("en")
    assert practice.verify_passphrase(PASSPHRASE)
