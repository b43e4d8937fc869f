"""Rolling backups of the open file, and restoring one into a closed file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from mentordesk import config
from mentordesk.errors import DamagedFileError, FileInUseError, UserError
from mentordesk.services.backups import (
    BackupPassphraseError,
    BackupReason,
    BackupService,
    BackupUnusableError,
    RestorableDamageError,
    RetentionPolicy,
    backups_of,
    newest_good_backup,
    restore,
    restore_and_open,
)
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft
from mentordesk.store import backup_files
from tests.conftest import PASSPHRASE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, offset_from_end: int = 3000) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) - offset_from_end] ^= 0x10
    path.write_bytes(bytes(data))


def later(minutes: int) -> dt.datetime:
    return dt.datetime.now().astimezone() + dt.timedelta(minutes=minutes)


def test_backups_at_open_on_interval_with_changes_and_at_close(practice: PracticeFile) -> None:
    backups = practice.backups
    assert backups.folder == config.default_backup_dir()
    opened = backups.backup_at_open()
    assert opened is not None and opened.reason is BackupReason.OPENED
    assert backups.backup_if_due(later(60)) is None  # nothing changed since
    assert backups.backup_at_close() is None
    practice.clients.create(ClientDraft(name="Anna de Vries"))
    assert backups.backup_if_due(later(10)) is None  # changed, but within 30 minutes
    interval = backups.backup_if_due(later(31))
    assert interval is not None and interval.reason is BackupReason.INTERVAL
    assert backups.backup_at_close() is None
    practice.clients.create(ClientDraft(name="Bert Jansen"))
    closed = backups.backup_at_close()
    assert closed is not None and closed.reason is BackupReason.CLOSED
    listed = backups.list_backups()
    assert [b.path for b in listed] == [closed.path, interval.path, opened.path]
    assert all(b.verified and b.size_bytes > 0 for b in listed)
    with pytest.raises(dataclasses.FrozenInstanceError):
        listed[0].verified = False  # type: ignore[misc]
    assert backups.check(listed[0]) == []


def test_reopening_an_unchanged_file_needs_no_new_backup(practice_path: Path) -> None:
    with open_practice(practice_path, PASSPHRASE) as pf:
        assert pf.backups.backup_at_open() is not None
    with open_practice(practice_path, PASSPHRASE) as pf:
        assert pf.backups.backup_at_open() is None
        assert pf.backups.backup_at_close() is None
        pf.clients.create(ClientDraft(name="Nieuw"))
        assert pf.backups.backup_at_close() is not None
    with open_practice(practice_path, PASSPHRASE) as pf:
        assert pf.backups.backup_at_open() is None
        assert len(pf.backups.list_backups()) == 2


def test_changes_of_an_open_transaction_count_as_not_backed_up(practice: PracticeFile) -> None:
    backups = practice.backups
    with practice.transaction():
        practice.clients.create(ClientDraft(name="Midden in een transactie"))
        made = backups.make_backup()
    assert backups.changed_since_last_backup()
    with open_practice(made.path, PASSPHRASE) as copy:
        assert copy.clients.list_rows() == []
    assert backups.backup_if_due(later(31)) is not None


def test_the_settings_decide_rotation_and_interval(practice: PracticeFile) -> None:
    settings = config.load_settings()
    settings.backup_keep_last, settings.backup_keep_daily_days = 2, 0
    settings.backup_interval_minutes = 5
    config.save_settings(settings)
    service = BackupService(practice)
    made = [service.make_backup(BackupReason.MANUAL) for _ in range(4)]
    assert [b.path for b in service.list_backups()] == [made[3].path, made[2].path]
    practice.clients.create(ClientDraft(name="Na vijf minuten"))
    assert service.backup_if_due(later(6)) is not None


def test_settings_out_of_range_fall_back_to_the_defaults() -> None:
    path = config.config_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = {"backup_keep_last": 0, "backup_keep_daily_days": "30", "backup_interval_minutes": True}
    path.write_text(json.dumps(raw), encoding="utf-8")
    settings = config.load_settings()
    assert (settings.backup_keep_last, settings.backup_keep_daily_days) == (10, 30)
    assert settings.backup_interval_minutes == 30


def test_a_failed_backup_rotates_nothing_out(
    practice: PracticeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = BackupService(practice, policy=RetentionPolicy(1, 0), interval_minutes=30)
    kept = service.make_backup()
    monkeypatch.setattr(practice, "verify_backup", lambda path: ["HMAC check failed"])
    monkeypatch.setattr(
        practice._file, "check_copy", lambda path: UserError("HMAC check failed", "HMAC")
    )
    with pytest.raises(Exception, match="HMAC check failed"):
        service.make_backup()
    assert [b.path for b in service.list_backups()] == [kept.path]


def test_restore_refuses_an_open_file_and_changes_nothing(practice: PracticeFile) -> None:
    made = practice.backups.make_backup()
    before = digest(practice.path)
    with pytest.raises(FileInUseError):
        restore(made, practice.path, PASSPHRASE)
    assert digest(practice.path) == before
    assert sorted(p.name for p in practice.path.parent.iterdir()) == [
        "practice.mentordesk",
        "practice.mentordesk.lock",
    ]


def test_restore_puts_the_backup_in_place_and_keeps_the_old_file_aside(
    practice_path: Path,
) -> None:
    with open_practice(practice_path, PASSPHRASE) as pf:
        pf.clients.create(ClientDraft(name="Voor de kopie"))
        made = pf.backups.make_backup()
        pf.clients.create(ClientDraft(name="Na de kopie"))
    replaced = practice_path.read_bytes()
    stray_journal = Path(f"{practice_path}-journal")
    stray_journal.write_bytes(b"belongs to the old file")
    outcome = restore(made, practice_path, PASSPHRASE)
    assert outcome.target == practice_path
    assert outcome.kept_aside is not None
    assert outcome.kept_aside.name.startswith("practice.mentordesk.before-restore-")
    assert outcome.kept_aside.read_bytes() == replaced
    assert Path(f"{outcome.kept_aside}-journal").read_bytes() == b"belongs to the old file"
    assert not stray_journal.exists()
    assert oct(practice_path.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in practice_path.parent.iterdir()) == sorted(
        ["practice.mentordesk", outcome.kept_aside.name, f"{outcome.kept_aside.name}-journal"]
    )
    with open_practice(practice_path, PASSPHRASE) as pf:
        assert [c.name for c in pf.clients.list_rows()] == ["Voor de kopie"]
        assert pf.integrity_problems() == []


def test_restore_and_open_notes_it_in_the_audit_trail(practice_path: Path) -> None:
    with open_practice(practice_path, PASSPHRASE) as pf:
        made = pf.backups.make_backup()
    with restore_and_open(made, practice_path, PASSPHRASE) as pf:
        at, detail = pf.connection.execute(
            "SELECT at, detail FROM audit_event WHERE action = 'backup_restored'"
        ).fetchone()
    detail = json.loads(detail)
    assert detail["backup"] == made.name
    assert detail["kept_aside"].startswith("practice.mentordesk.before-restore-")
    assert detail["backup_made"] == made.created_at.isoformat(timespec="seconds")
    assert at


def test_restore_to_a_new_place_after_losing_the_file(practice_path: Path, tmp_path: Path):
    with open_practice(practice_path, PASSPHRASE) as pf:
        made = pf.backups.make_backup()
    new_place = tmp_path / "nieuwe laptop" / "praktijk.mentordesk"
    new_place.parent.mkdir()
    outcome = restore(made.path, new_place, PASSPHRASE)
    assert outcome.kept_aside is None
    assert sorted(p.name for p in new_place.parent.iterdir()) == ["praktijk.mentordesk"]


def test_restore_refuses_a_damaged_backup_or_another_passphrase(practice_path: Path) -> None:
    with open_practice(practice_path, PASSPHRASE) as pf:
        made = pf.backups.make_backup()
    before = digest(practice_path)
    with pytest.raises(BackupPassphraseError) as wrong:
        restore(made, practice_path, "de wachtzin van toen")
    assert "before the passphrase was changed" in wrong.value.text("en")
    assert "voordat de wachtzin werd gewijzigd" in wrong.value.text("nl")
    damage(made.path)
    with pytest.raises(BackupUnusableError) as damaged:
        restore(made, practice_path, PASSPHRASE)
    assert "cannot be used" in damaged.value.text("en")
    assert "niet bruikbaar" in damaged.value.text("nl")
    assert digest(practice_path) == before
    assert sorted(p.name for p in practice_path.parent.iterdir()) == ["practice.mentordesk"]


def test_newest_good_backup_skips_damaged_ones_and_other_passphrases(practice_path: Path):
    with open_practice(practice_path, PASSPHRASE) as pf:
        good = pf.backups.make_backup()
        damaged = pf.backups.make_backup()
    damage(damaged.path)
    # the newest: a copy made after the passphrase was changed to another one
    newest = good.path.with_name(
        backup_files.backup_name(practice_path, BackupReason.PASSPHRASE_CHANGED, later(5))
    )
    shutil.copyfile(good.path, newest)
    with open_practice(newest, PASSPHRASE) as pf:
        pf.rekey("een heel andere wachtzin")
    assert [b.path for b in backups_of(practice_path)] == [newest, damaged.path, good.path]
    assert newest_good_backup(practice_path, PASSPHRASE) == good
    assert newest_good_backup(practice_path, "een heel andere wachtzin").path == newest


def test_a_damaged_file_offers_the_newest_good_backup_only_when_there_is_one(
    practice_path: Path,
) -> None:
    damage(practice_path)
    with pytest.raises(DamagedFileError) as plain:
        open_practice(practice_path, PASSPHRASE)
    assert not isinstance(plain.value, RestorableDamageError)
