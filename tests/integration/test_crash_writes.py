"""Proof: SIGKILL at random moments of a process writing notes, drafts, sessions and invoices
never damages the file, never loses a write that was acknowledged, and never leaves a gap in the
invoice numbers.

Two files take the kills in turn (one is checked while the other is written): each writer
carries on from what the previous one left in its file (drafts to finish, invoices to issue). A
write is acknowledged to the parent only after the service call returned, so "acknowledged"
means "the mentor saw it saved". After each kill the parent opens the file through the services
and checks everything acknowledged so far.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mentordesk.services.practice_file import open_practice
from tests.integration.kill_harness import SPAWN
from tests.integration.writes_harness import World, build_world, note, number_in, writer_child

pytestmark = [
    pytest.mark.proof,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

PASSPHRASE = "schrijf wachtzin"
KILLS = 200
TIMEOUT = 120.0
AHEAD = 2  # writers started before their turn


@dataclass
class Expected:
    """Everything acknowledged so far: what the file must hold after every later kill."""

    sessions: dict[int, int] = field(default_factory=dict)  # id -> lowest n it may hold
    drafts: dict[int, int] = field(default_factory=dict)
    invoice_lines: dict[int, int] = field(default_factory=dict)  # id -> at least this many
    issued: dict[int, str] = field(default_factory=dict)  # id -> number
    acks: Counter[str] = field(default_factory=Counter)

    def take(self, message: Any) -> None:
        kind, ident, value = message
        self.acks[kind] += 1
        if kind in ("session", "summary"):
            self.sessions[ident] = max(self.sessions.get(ident, 0), value)
        elif kind == "draft":
            self.drafts[ident] = max(self.drafts.get(ident, 0), value)
        elif kind == "invoice":
            self.invoice_lines[ident] = max(self.invoice_lines.get(ident, 0), value)
        elif kind == "issued":
            self.issued[ident] = value
        else:  # pragma: no cover - a message the test does not know
            raise AssertionError(message)


class Writer:
    """One writer child: spawned at once, opens the file when told."""

    def __init__(self, path: Path, home: Path, world: World, index: int) -> None:
        self.parent_end, child_end = SPAWN.Pipe()
        args = (str(path), str(home), PASSPHRASE, world, index, child_end)
        self.process = SPAWN.Process(target=writer_child, args=args, daemon=True)
        self.process.start()
        child_end.close()

    def expect(self, wanted: str) -> None:
        if not self.parent_end.poll(TIMEOUT):
            self.process.kill()
            raise AssertionError(f"the writer never said {wanted!r}")
        message = self.parent_end.recv()
        assert message == wanted, message

    def open(self) -> None:
        """Let it open the file and write."""
        self.expect("loaded")
        self.parent_end.send("open")
        self.early: list[Any] = []

    def wait_ready(self) -> None:
        """Until it has opened the file (kept with the messages ``kill`` returns)."""
        while self.parent_end.poll(TIMEOUT):
            self.early.append(self.parent_end.recv())
            if self.early[-1] == "ready":
                return
        raise AssertionError("the writer never opened the file")

    def kill(self) -> list[Any]:
        """SIGKILL; then every message it sent (acknowledgements, "ready")."""
        assert self.process.pid is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(30)
        assert self.process.exitcode == -signal.SIGKILL, self.process.exitcode
        messages = self.early
        while self.parent_end.poll():
            try:
                messages.append(self.parent_end.recv())
            except (EOFError, OSError):
                break
        self.parent_end.close()
        return messages


@dataclass
class Stream:
    """One file and what was acknowledged on it."""

    path: Path
    world: World
    expected: Expected = field(default_factory=Expected)
    killed: list[Any] | None = None  # the messages of the last kill, still to be checked
    journals: int = 0


def check_file(path: Path, world: World, expected: Expected, *, full: bool) -> dict[str, int]:
    """Open the file as the app does (which checks every page's HMAC and the structure) and
    compare it with everything acknowledged; ``full`` adds SQLite's full integrity check and
    the foreign key check."""
    with open_practice(path, PASSPHRASE) as pf:
        if full:
            assert pf.integrity_problems() == []
        conn = pf.connection
        stored = {
            row[0]: row[1:]
            for row in conn.execute("SELECT id, summary, private_notes FROM session")
        }
        for session_id, lowest in expected.sessions.items():
            assert session_id in stored, f"acknowledged session {session_id} is lost"
            summary, private_notes = stored[session_id]
            n = number_in(summary)
            assert n >= lowest, f"session {session_id}: notes #{n}, acknowledged #{lowest}"
            assert summary == note("verslag", n)  # whole, never half a text
            assert private_notes == note("werkaantekening", n)  # saved together
        drafts = dict(conn.execute("SELECT id, payload FROM session_draft"))
        for draft_id, lowest in expected.drafts.items():
            summary = json.loads(drafts[draft_id])["summary"]
            assert number_in(summary) >= lowest and summary == note("concept", number_in(summary))
        lines = dict(conn.execute("SELECT invoice_id, count(*) FROM invoice_line GROUP BY 1"))
        for invoice_id, count in expected.invoice_lines.items():
            assert lines.get(invoice_id, 0) >= count, f"invoice {invoice_id} lost lines"
        numbers = dict(conn.execute("SELECT id, number FROM invoice WHERE status = 'issued'"))
        for invoice_id, number in expected.issued.items():
            assert numbers.get(invoice_id) == number, f"invoice {invoice_id} {number} lost"
        per_year: dict[int, list[int]] = {}
        for year, seq in conn.execute(
            "SELECT year, seq FROM invoice WHERE status = 'issued' ORDER BY year, seq"
        ):
            per_year.setdefault(year, []).append(seq)
        for year, seqs in per_year.items():
            assert seqs == list(range(1, len(seqs) + 1)), f"gap in {year}: {seqs}"
        return {"sessions": len(stored), "issued": sum(map(len, per_year.values()))}


def test_kill_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    started = time.perf_counter()
    home = tmp_path / "child-home"
    # Two files, killed in turn: while a writer opens and writes one, the parent checks the
    # other after its kill, so the checks cost no time of their own.
    streams = []
    for name in ("praktijk-a.mentordesk", "praktijk-b.mentordesk"):
        streams.append(Stream(tmp_path / name, build_world(tmp_path / name, PASSPHRASE)))
    rng = random.Random(6)
    kills = while_opening = checks = 0
    counts: dict[str, int] = {}

    def writer(index: int) -> Writer:
        stream = streams[index % 2]
        return Writer(stream.path, home, stream.world, index)

    def check(stream: Stream, full: bool) -> None:
        nonlocal while_opening, checks, counts
        if stream.killed is not None:
            while_opening += "ready" not in stream.killed
            for message in stream.killed:
                if message != "ready":
                    stream.expected.take(message)
            checks += 1
        found = check_file(stream.path, stream.world, stream.expected, full=full)
        counts = {key: counts.get(key, 0) + value for key, value in found.items()}
        stream.killed = None

    # writers start (import) ahead, while kills are checked: Python's start-up overlaps
    upcoming = deque(writer(i) for i in range(1, min(KILLS, AHEAD) + 1))
    for index in range(1, KILLS + 1):
        stream, other = streams[index % 2], streams[(index + 1) % 2]
        current = upcoming.popleft()
        current.open()
        opening = index % 5 == 0  # one kill in five may land while it opens the file
        deadline = time.perf_counter() + rng.uniform(0.05, 0.4)
        if other.killed is not None:  # the other file, killed in the previous round
            check(other, full=index % 5 == 1)
        if not opening:  # the others land while it writes
            current.wait_ready()
            deadline = time.perf_counter() + rng.uniform(0.0, 0.25)
        time.sleep(max(0.0, deadline - time.perf_counter()))
        stream.killed = current.kill()
        stream.journals += Path(f"{stream.path}-journal").exists()
        kills += 1
        if index + AHEAD <= KILLS:
            upcoming.append(writer(index + AHEAD))
    counts = {}
    for stream in streams:  # the last kill, and the full checks on both files
        check(stream, full=True)
    assert checks == KILLS
    journals = sum(s.journals for s in streams)
    acks: Counter[str] = sum((s.expected.acks for s in streams), Counter())
    elapsed = time.perf_counter() - started
    print(
        f"\n{kills}/{KILLS} kills during writes in {elapsed:.1f}s: 0 integrity problems, "
        f"{sum(acks.values())} acknowledged writes all present ({dict(acks)}), 0 lost; "
        f"{counts['sessions']} sessions, {counts['issued']} invoices issued in 2 files, numbers "
        f"gapless per year; {journals} kills left a journal (rolled back at the next open), "
        f"{while_opening} landed while the writer was still opening the file"
    )
    assert kills == KILLS
    assert acks["issued"] >= 5 and acks["summary"] >= 20  # work got done
    assert journals >= 1  # some kills landed inside a transaction
