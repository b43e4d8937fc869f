"""One program at a time per file; the lock dies with its process."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import socket
from pathlib import Path

import pytest

from mentordesk.errors import FileInUseError
from mentordesk.store.database import open_file
from mentordesk.store.file_lock import FileLock, lock_path_for
from tests.conftest import PASSPHRASE


def _hold_open(path: str, ready: multiprocessing.synchronize.Event) -> None:  # child process
    cf = open_file(Path(path), PASSPHRASE, backup_dir=Path(path).parent)
    ready.set()
    signal.pause()
    cf.close()  # pragma: no cover - killed before


@pytest.fixture
def other_process(practice_path: Path):  # type: ignore[no-untyped-def]
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    child = ctx.Process(target=_hold_open, args=(str(practice_path), ready), daemon=True)
    child.start()
    assert ready.wait(30), "child did not open the file"
    yield child
    if child.is_alive():
        child.kill()
    child.join(10)


def test_second_opener_in_another_process_is_told_and_writes_nothing(
    practice_path: Path, other_process: multiprocessing.Process
) -> None:
    before = hashlib.sha256(practice_path.read_bytes()).hexdigest()
    with pytest.raises(FileInUseError) as caught:
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent)
    message = caught.value.text("en")
    assert "open in another MentorDesk window" in message
    assert socket.gethostname() in message
    assert str(other_process.pid) in message
    assert "ander MentorDesk-venster" in caught.value.text("nl")
    assert hashlib.sha256(practice_path.read_bytes()).hexdigest() == before


def test_lock_dies_with_a_killed_process(
    practice_path: Path, other_process: multiprocessing.Process
) -> None:
    os.kill(other_process.pid, signal.SIGKILL)
    other_process.join(10)
    assert lock_path_for(practice_path).exists()  # stale file left by the crash...
    with open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent) as cf:
        assert cf.integrity_problems() == []  # ...but not a stale lock
    assert not lock_path_for(practice_path).exists()


def test_second_opener_in_same_process_is_refused(practice_path: Path) -> None:
    with (
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent),
        pytest.raises(FileInUseError),
    ):
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent)
    open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent).close()


def test_wrong_passphrase_does_not_keep_the_lock(practice_path: Path) -> None:
    from mentordesk.errors import WrongPassphraseError

    with pytest.raises(WrongPassphraseError):
        open_file(practice_path, "wrong", backup_dir=practice_path.parent)
    lock = FileLock(practice_path)
    lock.acquire()
    lock.release()
    assert not lock_path_for(practice_path).exists()


def test_lock_taken_over_after_holder_removed_file(tmp_path: Path) -> None:
    target = tmp_path / "a.mentordesk"
    first = FileLock(target)
    first.acquire()
    first.release()
    second = FileLock(target)
    second.acquire()
    assert second.held
    with pytest.raises(FileInUseError):
        FileLock(target).acquire()
    second.release()
