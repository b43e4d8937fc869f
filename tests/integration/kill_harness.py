"""Kill a child process with SIGKILL at random moments of an operation (multiprocessing spawn).

Each child opens its practice file, says "ready", waits for "go", runs the operation and says
"done" if it gets that far. The parent sleeps a random delay after "go" and kills it. The next
child is started before the previous one's outcome is checked, so Python's start-up overlaps
the checks.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from mentordesk.services.practice_file import create_practice
from mentordesk.services.records import ClientDraft

SPAWN = multiprocessing.get_context("spawn")
READY_TIMEOUT = 120.0
CLIENTS = 400  # about 3.6 MB: a re-key takes long enough (~0.3 s) to be hit in the middle


def build_practice(path: Path, passphrase: str, clients: int = CLIENTS) -> int:
    """A practice file with ``clients`` clients with long notes; returns the client count."""
    pf = create_practice(path, passphrase, "Praktijk Kill Test")
    try:
        with pf.transaction():
            for number in range(clients):
                note = f"Werkaantekening {number}: " + "vertrouwelijk gesprek over het werk. " * 60
                pf.clients.create(ClientDraft(name=f"Cliënt {number:04d}", notes=note))
    finally:
        pf.close()
    return clients


def _child_setup(home: str) -> None:
    os.environ["MENTORDESK_HOME"] = home
    os.environ["MENTORDESK_LANG"] = "en"
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the OS store


def rekey_child(path: str, home: str, old: str, new: str, conn: Connection) -> None:
    _child_setup(home)
    from mentordesk.services.passphrase_change import change_passphrase
    from mentordesk.services.practice_file import open_practice

    pf = open_practice(Path(path), old)
    conn.send("ready")
    conn.recv()
    change_passphrase(pf, old, new)
    conn.send("done")
    time.sleep(600)


def backup_child(path: str, home: str, folder: str, passphrase: str, conn: Connection) -> None:
    _child_setup(home)
    from mentordesk.services.backups import BackupReason, BackupService, RetentionPolicy
    from mentordesk.services.practice_file import open_practice

    pf = open_practice(Path(path), passphrase)
    service = BackupService(pf, Path(folder), RetentionPolicy(keep_last=3, keep_daily_days=0), 30)
    conn.send("ready")
    conn.recv()
    made = 0
    while True:  # back to back: a kill lands in any step (copy, check, rename, rotation)
        service.make_backup(BackupReason.MANUAL)
        made += 1
        conn.send(f"made {made}")


@dataclass
class Kill:
    index: int
    delay: float
    messages: list[str]


class _Child:
    def __init__(self, target: Callable[..., None], args: tuple[Any, ...]) -> None:
        self.parent_end, child_end = SPAWN.Pipe()
        self.process = SPAWN.Process(target=target, args=(*args, child_end), daemon=True)
        self.process.start()
        child_end.close()

    def wait_ready(self) -> None:
        if not self.parent_end.poll(READY_TIMEOUT):
            self.process.kill()
            raise AssertionError("child did not get ready")
        message = self.parent_end.recv()
        assert message == "ready", message

    def kill_after(self, delay: float, after: str | None = None) -> list[str]:
        """Say "go", then kill ``delay`` seconds later (after the message ``after``, if given,
        which is kept with the messages returned)."""
        self.parent_end.send("go")
        early = []
        if after is not None:
            while self.parent_end.poll(READY_TIMEOUT):
                early.append(self.parent_end.recv())
                if early[-1] in (after, "done"):
                    break
        time.sleep(delay)
        assert self.process.pid is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(30)
        messages = early
        while self.parent_end.poll():
            try:
                messages.append(self.parent_end.recv())
            except (EOFError, OSError):
                break
        self.parent_end.close()
        assert self.process.exitcode == -signal.SIGKILL, self.process.exitcode
        return messages


def run_kills(
    count: int,
    target: Callable[..., None],
    args_for: Callable[[int], tuple[Any, ...]],
    delay_for: Callable[[random.Random], float],
    *,
    check: Callable[[Kill], None],
    seed: int = 6,
    after_for: Callable[[int], str | None] = lambda _index: None,
) -> list[Kill]:
    """Start, kill and check ``count`` children; ``args_for(i)`` prepares child ``i``.

    ``after_for(i)``: a message child ``i`` sends when it reaches a step; its delay then
    counts from that message (None: from "go")."""
    rng = random.Random(seed)
    kills = []
    upcoming = _Child(target, args_for(0))
    for index in range(count):
        current = upcoming
        current.wait_ready()
        delay = delay_for(rng)
        messages = current.kill_after(delay, after_for(index))
        if index + 1 < count:
            upcoming = _Child(target, args_for(index + 1))  # starts while we check
        kill = Kill(index, delay, messages)
        check(kill)
        kills.append(kill)
    return kills


def rekey_on_a_full_disk_child(
    *, path: str, home: str, old: str, new: str, limit: int, conn: Connection
) -> None:
    """Change the passphrase while no file may grow past ``limit`` bytes (RLIMIT_FSIZE): the
    journal cannot be written. Reports the error, then whether the file still works."""
    _child_setup(home)
    import resource

    from mentordesk.errors import UserError
    from mentordesk.services.passphrase_change import change_passphrase
    from mentordesk.services.practice_file import open_practice
    from mentordesk.services.records import ClientDraft as Draft

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
    pf = open_practice(Path(path), old)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        change_passphrase(pf, old, new)
        conn.send(("changed", ""))
    except UserError as exc:
        conn.send((type(exc).__name__, exc.text("en")))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    pf.clients.create(Draft(name="Na de volle schijf"))  # the open file keeps working
    conn.send(("still works", str(len(pf.clients.list_rows()))))
    pf.close()


def backup_on_a_full_disk_child(
    *, path: str, home: str, folder: str, passphrase: str, limit: int, conn: Connection
) -> None:
    """Make a backup while no file may grow past ``limit`` bytes; report the error."""
    _child_setup(home)
    import resource

    from mentordesk.errors import UserError
    from mentordesk.services.backups import BackupService, RetentionPolicy
    from mentordesk.services.practice_file import open_practice

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    pf = open_practice(Path(path), passphrase)
    service = BackupService(pf, Path(folder), RetentionPolicy(1, 0), 30)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        service.make_backup()
        conn.send(("made", ""))
    except UserError as exc:
        conn.send((type(exc).__name__, exc.text("en")))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    conn.recv()  # the parent has looked at the folder
    conn.send(("then", service.make_backup().name))
    pf.close()


def hold_open_child(path: str, home: str, passphrase: str, conn: Connection) -> None:
    """Open the file and keep it open (the lock held) until the parent says "close"."""
    _child_setup(home)
    from mentordesk.services.practice_file import open_practice

    pf = open_practice(Path(path), passphrase)
    conn.send(("open", os.getpid()))
    conn.recv()
    pf.close()
    conn.send("closed")


def migrate_child(path: str, home: str, passphrase: str, conn: Connection) -> None:
    """Open an older file, which backs it up and migrates it; killed somewhere in between."""
    _child_setup(home)
    from mentordesk.services.practice_file import open_practice
    from mentordesk.store import migrations

    real_run = migrations.run

    def run(*args: Any, **kwargs: Any) -> int:  # says when the migration's own step begins
        conn.send("migrating")
        return real_run(*args, **kwargs)

    migrations.run = run  # type: ignore[assignment]
    conn.send("ready")
    conn.recv()
    pf = open_practice(Path(path), passphrase)
    conn.send("done")
    pf.close()
    time.sleep(600)
