"""Backup files: names, the verified write, listing, rotation, and checking a copy."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.errors import UserError, WrongPassphraseError
from mentordesk.store import backup_files
from mentordesk.store.backup_files import (
    BackupFailedError,
    BackupFile,
    BackupReason,
    RetentionPolicy,
    backup_name,
    make_backup,
    scan,
    source_tag,
    to_rotate_out,
)
from mentordesk.store.database import ClientFile, open_file
from mentordesk.store.integrity import DamagedPagesError
from tests.conftest import PASSPHRASE

AT = dt.datetime(2026, 3, 14, 9, 26, 53, 589000)


@pytest.fixture
def client_file(practice_path: Path) -> Iterator[ClientFile]:
    cf = open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent / "migrations")
    yield cf
    cf.close()


def test_names_carry_reason_time_and_a_tag_of_the_full_path(tmp_path: Path) -> None:
    source = tmp_path / "Mijn praktijk-2026.mentordesk"
    name = backup_name(source, BackupReason.INTERVAL, AT)
    assert (
        name == f"Mijn praktijk-2026-interval-20260314-092653-589-{source_tag(source)}.mentordesk"
    )
    earlier = AT - dt.timedelta(hours=1)
    migration = backup_name(source, BackupReason.BEFORE_MIGRATION, earlier, schema_version=3)
    assert migration.startswith("Mijn praktijk-2026-before-v3-20260314-082653-589-")
    (tmp_path / name).write_bytes(b"x" * 4096)
    (tmp_path / migration).write_bytes(b"x" * 8192)
    other_folder = tmp_path / "elders" / source.name  # same name, another folder
    (tmp_path / backup_name(other_folder, BackupReason.MANUAL, AT)).write_bytes(b"x")
    (tmp_path / "unrelated.mentordesk").write_bytes(b"x")
    (tmp_path / f".{name}.partial").write_bytes(b"x")
    found = scan(tmp_path, source)
    assert [(b.reason, b.size_bytes, b.schema_version) for b in found] == [
        (BackupReason.INTERVAL, 4096, None),
        (BackupReason.BEFORE_MIGRATION, 8192, 3),
    ]
    assert found[0].created_at == AT.astimezone()
    assert all(b.verified for b in found)
    assert source_tag(source) != source_tag(other_folder)


def test_copies_by_an_older_release_are_listed_unverified(tmp_path: Path) -> None:
    source = tmp_path / "praktijk.mentordesk"
    legacy = tmp_path / "praktijk-before-v1-20250101-120000.mentordesk"
    legacy.write_bytes(b"x")
    (record,) = scan(tmp_path, source)
    assert record.path == legacy
    assert (record.reason, record.schema_version, record.verified) == (
        BackupReason.BEFORE_MIGRATION,
        1,
        False,
    )
    assert record.created_at.replace(tzinfo=None) == dt.datetime(2025, 1, 1, 12)


def test_a_backup_is_verified_private_and_opens_with_the_passphrase(
    client_file: ClientFile, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    record = make_backup(client_file, folder, BackupReason.MANUAL)
    assert record.verified and record.reason is BackupReason.MANUAL
    assert record.path.parent == folder
    assert oct(record.path.stat().st_mode & 0o777) == "0o600"
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert sorted(p.name for p in folder.iterdir()) == [record.name]  # nothing else left
    assert not record.path.read_bytes().startswith(b"SQLite format 3")
    assert backup_files.verify(record.path, PASSPHRASE) == []
    with open_file(record.path, PASSPHRASE, backup_dir=tmp_path / "x") as copy:
        assert copy.connection.execute("SELECT name FROM practice").fetchone() == (
            "Praktijk de Wegwijzer",
        )


def test_the_copy_is_the_committed_state_only(client_file: ClientFile, tmp_path: Path) -> None:
    with client_file.atomic():
        client_file.connection.execute(
            "INSERT INTO client (name, created_at, updated_at) VALUES ('Nog niet', '', '')"
        )
        record = make_backup(client_file, tmp_path / "b", BackupReason.MANUAL)
    with open_file(record.path, PASSPHRASE, backup_dir=tmp_path / "x") as copy:
        names = [r[0] for r in copy.connection.execute("SELECT name FROM client")]
    assert "Nog niet" not in names


def test_a_failed_copy_leaves_nothing_under_a_final_name(
    client_file: ClientFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    first = make_backup(client_file, folder, BackupReason.MANUAL)

    def broken_check(target: Path) -> UserError | None:
        with target.open("r+b") as handle:  # the copy got damaged on its way to disk
            handle.seek(5000)
            handle.write(b"\x00" * 8)
        return backup_files.check(target, PASSPHRASE)

    monkeypatch.setattr(client_file, "check_copy", broken_check)
    with pytest.raises(BackupFailedError) as caught:
        make_backup(client_file, folder, BackupReason.MANUAL)
    assert "could not be made" in caught.value.text("en")
    assert "niet worden gemaakt" in caught.value.text("nl")
    assert sorted(p.name for p in folder.iterdir()) == [first.name]

    def full_disk(target: Path, progress: object = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(client_file, "copy_to", full_disk)
    with pytest.raises(BackupFailedError, match="No space left"):
        make_backup(client_file, folder, BackupReason.MANUAL)
    assert sorted(p.name for p in folder.iterdir()) == [first.name]


def test_partials_left_by_a_crash_are_removed_by_the_next_backup(
    client_file: ClientFile, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = f".{backup_name(client_file.path, BackupReason.OPENED, AT)}.partial"
    theirs = f".{backup_name(tmp_path / 'ander.mentordesk', BackupReason.OPENED, AT)}.partial"
    for name in (mine, mine + "-journal", theirs):
        (folder / name).write_bytes(b"half")
    record = make_backup(client_file, folder, BackupReason.MANUAL)
    assert sorted(p.name for p in folder.iterdir()) == sorted([record.name, theirs])


def test_two_backups_in_the_same_millisecond_get_two_names(
    client_file: ClientFile, tmp_path: Path
) -> None:
    first = make_backup(client_file, tmp_path, BackupReason.MANUAL, now=AT)
    second = make_backup(client_file, tmp_path, BackupReason.MANUAL, now=AT)
    assert first.path != second.path
    assert second.created_at - first.created_at == dt.timedelta(milliseconds=1)


def test_check_tells_a_wrong_passphrase_from_damage(
    client_file: ClientFile, tmp_path: Path
) -> None:
    record = make_backup(client_file, tmp_path, BackupReason.MANUAL)
    assert isinstance(backup_files.check(record.path, "een andere"), WrongPassphraseError)
    damaged = tmp_path / "damaged.mentordesk"
    shutil.copyfile(record.path, damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    assert isinstance(backup_files.check(damaged, PASSPHRASE), DamagedPagesError)
    assert backup_files.verify(damaged, PASSPHRASE)[0].startswith("The file")
    assert isinstance(backup_files.check(tmp_path / "missing.mentordesk", PASSPHRASE), Exception)


def _backup(day: int, hour: int, reason: BackupReason = BackupReason.INTERVAL) -> BackupFile:
    at = dt.datetime(2026, 3, day, hour, 0).astimezone()
    return BackupFile(Path(f"/b/{day:02d}-{hour:02d}-{reason.value}"), at, reason, 1, True)


def test_rotation_keeps_the_newest_ten_and_one_a_day_for_thirty_days() -> None:
    now = dt.datetime(2026, 3, 31, 18, 0)
    backups = [_backup(day, hour) for day in range(1, 32) for hour in (9, 12, 17)]
    going = to_rotate_out(backups, RetentionPolicy(keep_last=10, keep_daily_days=30), now)
    kept = sorted(set(backups) - set(going), key=lambda b: b.created_at)
    newest_ten = sorted(backups, key=lambda b: b.created_at)[-10:]
    assert set(newest_ten) <= set(kept)
    daily = {b.created_at.date(): b for b in backups}  # the last of each day wins
    for day in range(2, 32):  # days 2..31 are within 30 days of the 31st
        assert daily[dt.date(2026, 3, day)] in kept
    assert daily[dt.date(2026, 3, 1)] not in kept  # 30 days ago: past the period
    assert len(kept) == 10 + (30 - 4)  # 10 newest cover the last 4 days


def test_rotation_spares_migration_copies_and_copies_it_did_not_write() -> None:
    now = dt.datetime(2026, 3, 31, 18, 0)
    migration = _backup(20, 8, BackupReason.BEFORE_MIGRATION)
    foreign = BackupFile(Path("/b/legacy"), dt.datetime(2026, 1, 1).astimezone(),
                         BackupReason.BEFORE_MIGRATION, 1, verified=False)  # fmt: skip
    old = _backup(2, 9)
    backups = [migration, foreign, old, *(_backup(31, h) for h in range(10, 16))]
    going = to_rotate_out(backups, RetentionPolicy(keep_last=3, keep_daily_days=30), now)
    assert migration not in going and foreign not in going
    assert _backup(31, 12) in going  # not the newest of its day, not among the newest 3
    assert old not in going  # the newest (only) one of March 2nd
    nothing_daily = to_rotate_out(backups, RetentionPolicy(keep_last=1, keep_daily_days=0), now)
    assert set(backups) - set(nothing_daily) == {_backup(31, 15), foreign}


def test_rotate_deletes_only_what_the_policy_lets_go(
    client_file: ClientFile, tmp_path: Path
) -> None:
    made = [
        make_backup(client_file, tmp_path, BackupReason.MANUAL, now=AT + dt.timedelta(hours=h))
        for h in range(4)
    ]
    removed = backup_files.rotate(tmp_path, client_file.path, RetentionPolicy(2, 0), AT)
    assert sorted(removed) == sorted(b.path for b in made[:2])
    assert [b.path for b in scan(tmp_path, client_file.path)] == [made[3].path, made[2].path]
