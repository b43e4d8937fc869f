"""Proof: SIGKILL at random moments of a passphrase change leaves a file that opens with exactly
one of the old and the new passphrase, whole, with every client."""

from __future__ import annotations

import random
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.errors import UserError, WrongPassphraseError
from mentordesk.services.passphrase_change import change_passphrase
from mentordesk.services.practice_file import open_practice
from mentordesk.services.records import ClientDraft
from tests.integration.kill_harness import (
    SPAWN,
    Kill,
    build_practice,
    rekey_child,
    rekey_on_a_full_disk_child,
    run_kills,
)

pytestmark = [
    pytest.mark.proof,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

OLD = "oude wachtzin 'met' quotes"
NEW = "nieuwe wachtzin – zomer 2026"
KILLS = 50


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    folder = tmp_path_factory.mktemp("rekey-template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MENTORDESK_HOME", str(folder / "home"))
        path = folder / "template.mentordesk"
        yield path, build_practice(path, OLD)


def _try_open(path: Path, passphrase: str, clients: int) -> str:
    """ "ok" (opened whole, every client there) or "wrong"; anything else fails the test."""
    try:
        pf = open_practice(path, passphrase)
    except WrongPassphraseError:
        return "wrong"
    except UserError as exc:  # damaged, in use...: never acceptable here
        raise AssertionError(f"{path.name} with {passphrase!r}: {exc.text('en')}") from exc
    try:
        assert pf.integrity_problems() == []
        assert len(pf.clients.list_rows()) == clients
    finally:
        pf.close()
    return "ok"


def _change_duration(template: Path, folder: Path) -> float:
    """How long verifying the old passphrase and re-keying take here (the window to hit)."""
    path = folder / "calibrate.mentordesk"
    shutil.copyfile(template, path)
    with open_practice(path, OLD) as pf:
        start = time.perf_counter()
        assert pf.verify_passphrase(OLD)
        pf.rekey(NEW)
        return time.perf_counter() - start


def test_kill_during_passphrase_change_leaves_exactly_one_working_passphrase(
    template: tuple[Path, int], tmp_path: Path
) -> None:
    source, clients = template
    window = _change_duration(source, tmp_path)
    files = [tmp_path / f"kill-{i:02d}.mentordesk" for i in range(KILLS)]
    outcomes: Counter[str] = Counter()
    # Where the commit falls, learnt from the outcomes so far: the latest kill that left the
    # old passphrase and the earliest that left the new one. Every other kill aims just
    # before it, where the journal is hot and the pages are half rewritten.
    edge = {"old": 0.0, "new": 2.0 * window}
    aimed = iter(range(KILLS))

    def delay_for(rng: random.Random) -> float:
        if next(aimed) % 2 == 0:
            return rng.uniform(0.0, 2.0 * window)
        commit = (edge["old"] + edge["new"]) / 2
        return max(0.0, rng.uniform(commit - 0.08, commit + 0.01))

    def args_for(index: int) -> tuple[object, ...]:
        shutil.copyfile(source, files[index])
        return (str(files[index]), str(tmp_path / "child-home"), OLD, NEW)

    def check(kill: Kill) -> None:
        path = files[kill.index]
        hot_journal = Path(f"{path}-journal").exists()
        order = (OLD, NEW) if kill.index % 2 == 0 else (NEW, OLD)  # either may come first
        opened = {secret: _try_open(path, secret, clients) for secret in order}
        working = [secret for secret, result in opened.items() if result == "ok"]
        assert len(working) == 1, f"kill {kill.index} after {kill.delay:.3f}s: {opened}"
        journal = Path(f"{path}-journal")
        if journal.exists():  # killed before its header was complete: not hot, never played
            outcomes["cold journal"] += 1
            with open_practice(path, working[0]) as pf:  # the next write replaces it
                pf.clients.create(ClientDraft(name="Na de crash"))
            assert not journal.exists()
            assert _try_open(path, working[0], clients + 1) == "ok"
        else:
            outcomes["hot journal"] += hot_journal  # played back at the open above
        side = "old" if working == [OLD] else "new"
        outcomes[side] += 1
        if side == "old" and kill.delay < edge["new"]:
            edge["old"] = max(edge["old"], kill.delay)
        elif side == "new":
            edge["new"] = min(edge["new"], kill.delay)
        path.unlink()

    kills = run_kills(
        KILLS,
        rekey_child,
        args_for,
        delay_for,
        check=check,
    )
    print(
        f"\n{len(kills)}/{KILLS} kills during a passphrase change (re-key window {window:.3f}s): "
        f"{outcomes['old']} opened with the old passphrase only, {outcomes['new']} with the new "
        f"one only, 0 with both or neither; {outcomes['hot journal']} hot journals rolled back "
        f"at the next open, {outcomes['cold journal']} journals too early to be played back"
    )
    assert len(kills) == KILLS
    assert outcomes["old"] + outcomes["new"] == KILLS
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1  # the kills did land on both sides
    assert outcomes["hot journal"] + outcomes["cold journal"] >= 1  # some mid-transaction


def test_a_completed_change_survives_a_kill_right_after(
    template: tuple[Path, int], tmp_path: Path
) -> None:
    """Acknowledged means durable: once change_passphrase returned, the new one opens."""
    source, clients = template
    path = tmp_path / "done.mentordesk"
    shutil.copyfile(source, path)
    pf = open_practice(path, OLD)
    result = change_passphrase(pf, OLD, NEW)
    assert result.backup is not None
    # no close: the file is left as a killed process would leave it (the lock is released
    # by the OS); only the connection is dropped without any further write
    pf._file.db.close()  # as at the end of the process
    pf._file._lock.release()
    assert _try_open(path, NEW, clients) == "ok"
    assert _try_open(path, OLD, clients) == "wrong"


def test_a_full_disk_during_the_change_keeps_the_old_passphrase(
    template: tuple[Path, int], tmp_path: Path
) -> None:
    source, clients = template
    path = tmp_path / "full.mentordesk"
    shutil.copyfile(source, path)
    limit = path.stat().st_size // 2  # the journal (a copy of every page) cannot be written
    parent_end, child_end = SPAWN.Pipe()
    home = str(tmp_path / "child-home")
    job = {"path": str(path), "home": home, "old": OLD, "new": NEW, "limit": limit}
    child = SPAWN.Process(target=rekey_on_a_full_disk_child, kwargs={**job, "conn": child_end})
    child.start()
    child_end.close()
    error, text = parent_end.recv()
    state, count = parent_end.recv()
    child.join(60)
    assert child.exitcode == 0
    assert error == "PassphraseNotChangedError", (error, text)
    assert "still opens with the current passphrase" in text
    assert (state, count) == ("still works", str(clients + 1))
    assert _try_open(path, OLD, clients + 1) == "ok"
    assert _try_open(path, NEW, clients + 1) == "wrong"
    assert not Path(f"{path}-journal").exists()
