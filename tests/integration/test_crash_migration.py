"""Proof: SIGKILL at random moments while a file of schema version 4 is backed up and migrated to
the current version leaves a file that opens at either the old version (and then migrates fine)
or the new one, never damaged, every client there, and a pre-migration backup that is whole
whenever it carries its final name."""

from __future__ import annotations

import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from mentordesk.services.practice_file import open_practice
from mentordesk.store import backup_files, migrations
from mentordesk.store.connections import keyed_connection
from tests.conftest import PASSPHRASE
from tests.integration.kill_harness import Kill, migrate_child, run_kills

pytestmark = [
    pytest.mark.proof,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

KILLS = 50
OLD_FILE = Path(__file__).parents[1] / "data" / "schema-v4.mentordesk"
OLD_VERSION = 4
CLIENTS = {"Ülkü Şahin", "Tom & Jerry <test>"}


def version_of(path: Path) -> int:
    """The schema version as the next opener finds it (a hot journal is rolled back first)."""
    conn = keyed_connection(path, PASSPHRASE)
    try:
        return migrations.schema_version(conn)
    finally:
        conn.close()


def client_names(pf: object) -> set[str]:
    return {row.name for row in pf.clients.list_rows()}  # type: ignore[attr-defined]


def test_kill_during_migration_leaves_the_old_or_the_new_version_whole(tmp_path: Path) -> None:
    assert migrations.CURRENT_VERSION > OLD_VERSION
    assert version_of(shutil.copyfile(OLD_FILE, tmp_path / "probe.mentordesk")) == OLD_VERSION
    calibrate = tmp_path / "calibrate.mentordesk"
    shutil.copyfile(OLD_FILE, calibrate)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MENTORDESK_HOME", str(tmp_path / "calibrate-home"))
        start = time.perf_counter()
        open_practice(calibrate, PASSPHRASE).close()
        window = time.perf_counter() - start  # the open, the backup and the migration
    files = [tmp_path / f"kill-{i:02d}" / "praktijk.mentordesk" for i in range(KILLS)]
    homes = [tmp_path / f"kill-{i:02d}" / "home" for i in range(KILLS)]
    outcomes: Counter[str] = Counter()
    steps = tmp_path / "steps.mentordesk"  # how long the migration's own steps take
    shutil.copyfile(OLD_FILE, steps)
    conn = keyed_connection(steps, PASSPHRASE)
    start = time.perf_counter()
    migrations.run(conn)
    migrating = time.perf_counter() - start
    conn.close()
    # Even kills: anywhere in opening + backup + migration. Odd kills: inside the migration,
    # timed from the child's word that the migration starts (the commit is a few ms away).

    def delay_for(rng: random.Random) -> float:
        if len(outcomes_seen) % 2 == 0:
            return rng.uniform(0.0, 1.2 * window)
        return rng.uniform(0.0, 1.5 * migrating)

    outcomes_seen: list[int] = []

    def args_for(index: int) -> tuple[object, ...]:
        files[index].parent.mkdir()
        shutil.copyfile(OLD_FILE, files[index])
        return (str(files[index]), str(homes[index]), PASSPHRASE)

    def check(kill: Kill) -> None:
        outcomes_seen.append(kill.index)
        path = files[kill.index]
        outcomes["killed inside the migration"] += "migrating" in kill.messages and (
            "done" not in kill.messages
        )
        outcomes["journal left"] += Path(f"{path}-journal").exists()
        found = version_of(path)
        assert found in (OLD_VERSION, migrations.CURRENT_VERSION), found
        side = "old" if found == OLD_VERSION else "new"
        outcomes[side] += 1
        # the pre-migration backup: whole whenever it has its final name
        folder = homes[kill.index] / "data" / "backups"
        made = backup_files.scan(folder, path) if folder.exists() else []
        assert all(b.schema_version == OLD_VERSION for b in made)
        for backup in made:
            assert backup_files.check(backup.path, PASSPHRASE) is None, backup.name
        finals = {b.path for b in made}
        others = [p for p in folder.iterdir() if p not in finals] if folder.exists() else []
        assert all(p.name.startswith(".") and ".partial" in p.name for p in others), others
        outcomes["partial backup left"] += bool(others)
        outcomes["backup made"] += bool(made)
        if side == "new":
            assert made, f"kill {kill.index}: migrated without a backup"
        # and the file opens, at the new version, whole, with every client
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("MENTORDESK_HOME", str(homes[kill.index].with_name("parent-home")))
            with open_practice(path, PASSPHRASE) as pf:
                assert pf.info().schema_version == migrations.CURRENT_VERSION
                assert pf.integrity_problems() == []
                assert client_names(pf) == CLIENTS

    started = time.perf_counter()
    kills = run_kills(
        KILLS,
        migrate_child,
        args_for,
        delay_for,
        check=check,
        after_for=lambda index: "migrating" if index % 2 else None,
    )
    elapsed = time.perf_counter() - started
    print(
        f"\n{len(kills)}/{KILLS} kills during opening + backup + migration v{OLD_VERSION}->"
        f"v{migrations.CURRENT_VERSION} (window {window:.3f}s, migration steps "
        f"{migrating * 1000:.0f} ms) in {elapsed:.1f}s: "
        f"{outcomes['killed inside the migration']} killed inside the migration, "
        f"{outcomes['old']} left v{OLD_VERSION} (then migrated fine), {outcomes['new']} left "
        f"v{migrations.CURRENT_VERSION}, 0 damaged, clients intact every time; "
        f"{outcomes['journal left']} left a journal (rolled back), {outcomes['backup made']} "
        f"left a whole pre-migration backup (opens and passes the checks), "
        f"{outcomes['partial backup left']} a hidden partial one, 0 half backups under a final "
        "name"
    )
    assert len(kills) == KILLS
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1
    assert outcomes["killed inside the migration"] >= KILLS // 4
