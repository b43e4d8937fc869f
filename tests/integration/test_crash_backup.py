"""Proof: SIGKILL at random moments of making backups never harms the client file and never
leaves a half backup under a final name; the next backup cleans up what a kill left."""

from __future__ import annotations

import hashlib
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.services.backups import BackupReason, BackupService, RetentionPolicy
from mentordesk.services.practice_file import open_practice
from mentordesk.store import backup_files
from tests.integration.kill_harness import (
    SPAWN,
    Kill,
    backup_child,
    backup_on_a_full_disk_child,
    build_practice,
    run_kills,
)

pytestmark = [
    pytest.mark.proof,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

PASSPHRASE = "back-up wachtzin"
KILLS = 50


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    folder = tmp_path_factory.mktemp("backup-original")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MENTORDESK_HOME", str(folder / "home"))
        path = folder / "praktijk.mentordesk"
        yield path, build_practice(path, PASSPHRASE, clients=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_during_backups_leaves_the_file_intact_and_no_half_backup(
    original: tuple[Path, int], tmp_path: Path
) -> None:
    source, clients = original
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    before = digest(path)
    folder = tmp_path / "backups"
    with open_practice(path, PASSPHRASE) as pf:  # how long one backup takes here
        start = time.perf_counter()
        BackupService(pf, folder, RetentionPolicy(3, 0), 30).make_backup()
        one_backup = time.perf_counter() - start
    checked: dict[str, int] = {}
    seen = {"made": 0}
    partial_names: set[str] = set()

    def args_for(_index: int) -> tuple[object, ...]:
        return (str(path), str(tmp_path / "child-home"), str(folder), PASSPHRASE)

    def check(kill: Kill) -> None:
        assert digest(path) == before, f"kill {kill.index}: the client file changed"
        seen["made"] += sum(1 for m in kill.messages if m.startswith("made"))
        finals = backup_files.scan(folder, path)
        for backup in finals:  # every file under a final name is a whole, good backup
            if checked.get(backup.name) != backup.size_bytes:
                assert backup_files.check(backup.path, PASSPHRASE) is None, backup.name
                checked[backup.name] = backup.size_bytes
        partials = [p for p in folder.iterdir() if p.name.startswith(".")]
        assert all(".partial" in p.name for p in partials), partials
        partial_names.update(p.name for p in partials)

    kills = run_kills(
        KILLS, backup_child, args_for, lambda rng: rng.uniform(0.0, 1.6 * one_backup), check=check
    )
    # the original is whole and unchanged, and the next backup removes what the kills left
    assert backup_files.check(path, PASSPHRASE) is None
    with open_practice(path, PASSPHRASE) as pf:
        assert pf.integrity_problems() == []
        assert len(pf.clients.list_rows()) == clients
        made = BackupService(pf, folder, RetentionPolicy(3, 0), 30).make_backup(BackupReason.MANUAL)
    assert digest(path) == before
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert backup_files.scan(folder, path)[0].path == made.path
    assert len(backup_files.scan(folder, path)) == 3  # rotation kept the newest three
    print(
        f"\n{len(kills)}/{KILLS} kills during backups (one backup {one_backup:.3f}s): "
        f"client file unchanged every time, {len(checked)} final backups checked, all good; "
        f"{seen['made']} backups completed between kills; {len(partial_names)} hidden partial "
        "files left by kills (removed by the next backup), 0 half backups under a final name"
    )
    assert len(kills) == KILLS
    assert partial_names  # kills did land while a backup was being written


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.95])
def test_a_full_disk_during_a_backup_is_a_clear_error_and_leaves_no_backup(
    original: tuple[Path, int], tmp_path: Path, fraction: float
) -> None:
    source, _clients = original
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    before = digest(path)
    folder = tmp_path / "backups"
    with open_practice(path, PASSPHRASE) as pf:
        kept = BackupService(pf, folder, RetentionPolicy(1, 0), 30).make_backup()
    parent_end, child_end = SPAWN.Pipe()
    limit = int(path.stat().st_size * fraction)
    job = {"path": str(path), "home": str(tmp_path / "home"), "folder": str(folder)}
    job |= {"passphrase": PASSPHRASE, "limit": limit, "conn": child_end}
    child = SPAWN.Process(target=backup_on_a_full_disk_child, kwargs=job)
    child.start()
    child_end.close()
    error, text = parent_end.recv()
    assert error == "BackupDiskFullError", (error, text)
    assert "the disk is full (" in text and "client file is unchanged" in text
    # nothing new under a final name, the earlier backup kept (rotation never ran)
    assert [b.path for b in backup_files.scan(folder, path)] == [kept.path]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    parent_end.send("go on")
    _then, name = parent_end.recv()  # with room again, the next one works and rotates
    child.join(60)
    assert child.exitcode == 0
    assert [b.name for b in backup_files.scan(folder, path)] == [name]
    assert digest(path) == before
