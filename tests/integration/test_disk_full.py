"""Proof: when the disk fills up (writes failing at many sizes, ``RLIMIT_FSIZE`` in a child
process), every save, PDF, backup and export either completes or is refused with a clear
message; what was saved stays intact, nothing is half-saved, and no half PDF, backup or export
sits under its final name, nor any temporary file anywhere."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.domain.enums import EngagementKind, Funding, SessionStatus
from mentordesk.errors import DiskFullError, DiskWriteError
from mentordesk.services import demo_content
from mentordesk.services.drafts import DraftService
from mentordesk.services.practice_file import create_practice, open_practice
from mentordesk.services.records import ClientDraft, EngagementDraft, SessionDraft
from mentordesk.store import backup_files
from mentordesk.store.sqlite_errors import user_error_for
from tests.integration.disk_full_harness import STEPS, Limit, disk_full_child, note_for
from tests.integration.kill_harness import SPAWN

pytestmark = [
    pytest.mark.proof,
    pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX"),
]

PASSPHRASE = "volle schijf wachtzin"
# What each step may answer when the disk is full, and words its message must hold.
REFUSALS = {
    "session": {"DiskFullError": "The disk is full, so the last change was not saved"},
    "draft": {"DiskFullError": "The disk is full, so the last change was not saved"},
    "pdf": {
        "DocumentWriteError": "Nothing was written under that name",
        # the PDF was written but its log row was not: the PDF is removed again
        "DiskFullError": "The disk is full, so the last change was not saved",
    },
    "backup": {"BackupDiskFullError": "the disk is full ("},
    "export": {
        "CalendarExportError": "could not be written",
        # the .ics was written whole but its audit line was not (the file stays: see below)
        "DiskFullError": "The disk is full, so the last change was not saved",
    },
}


def build(path: Path) -> None:
    with create_practice(path, PASSPHRASE, "Praktijk Volle Schijf") as pf:
        pf.practice.update(demo_content.PRACTICE)
        client = pf.clients.create(ClientDraft(name="Ülkü Şahin", email="ulku@example.nl"))
        engagement = pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.PERSONAL_GROWTH,
                funding=Funding.CLIENT_PAID,
                start_date=dt.date(2026, 1, 5),
                rate_cents=9500,
            )
        )
        pf.sessions.create(
            SessionDraft(
                engagement_id=engagement.id,
                date=dt.date(2026, 1, 12),
                status=SessionStatus.HELD,
                summary="Eerste gesprek: " + "doelen voor het komende half jaar. " * 40,
            )
        )
        for week in range(12):  # planned sessions for the agenda export
            pf.sessions.create(
                SessionDraft(
                    engagement_id=engagement.id,
                    date=dt.date(2026, 3, 2) + dt.timedelta(weeks=week),
                    start_time=dt.time(10, 0),
                )
            )


# (bytes, part of the file's size, bytes beyond it) at the start of each round
LIMITS: list[Limit] = [
    *((n, 0.0, 0) for n in (0, 100, 1000, 4096, 10_000, 30_000, 60_000)),  # the PDF, the .ics
    (0, 0.25, 0),
    (0, 0.5, 0),
    (0, 1.0, -4096),
    (0, 1.0, 0),  # the file may not grow at all: its journal may
    (0, 1.0, 4096),
    (0, 1.0, 20_000),
    (0, 1.0, 60_000),
    (0, 2.0, 0),
    (0, 8.0, 0),  # room for everything
]


def test_writes_on_a_full_disk_are_refused_clearly_and_nothing_is_half_saved(
    tmp_path: Path,
) -> None:
    started = time.perf_counter()
    home, out = tmp_path / "home", tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    path = tmp_path / "praktijk" / "praktijk.mentordesk"
    path.parent.mkdir()
    build(path)
    parent_end, child_end = SPAWN.Pipe()
    args = (str(path), str(home), PASSPHRASE, str(out), LIMITS, child_end)
    child = SPAWN.Process(target=disk_full_child, args=args)
    child.start()
    child_end.close()
    outcomes: list[tuple[int, int, str, str, Any]] = []
    while True:
        assert parent_end.poll(300), "the child stopped answering"
        message = parent_end.recv()
        if message == "closed":
            break
        outcomes.extend(message)
    child.join(60)
    assert child.exitcode == 0

    bugs = [o for o in outcomes if o[3] == "bug"]
    assert bugs == [], bugs[0][4]
    tally: Counter[tuple[str, str]] = Counter()
    for _round, limit, step, result, detail in outcomes:
        tally[(step, result)] += 1
        if result == "refused":
            name, text = detail
            assert name in REFUSALS[step], f"{step} at {limit}: {name}: {text}"
            assert REFUSALS[step][name] in text, f"{step} at {limit}: {text}"
            assert "Traceback" not in text and "sqlite" not in text.lower()
    for step in STEPS:  # the limits did bite, and with enough room everything works
        assert tally[(step, "refused")] >= 1 and tally[(step, "ok")] >= 1, (step, tally)
    assert tally[("after", "ok")] == len(LIMITS)

    ok = {(round_, step): detail for round_, _, step, result, detail in outcomes if result == "ok"}
    with open_practice(path, PASSPHRASE) as pf:
        assert pf.integrity_problems() == []
        summaries = Counter(row[0] for row in pf.connection.execute("SELECT summary FROM session"))
        kept = DraftService(pf)
        drafts = {d.id: kept.get(d.id).payload.get("summary") for d in kept.list_open()}
    for round_ in range(len(LIMITS)):
        saved = (round_, "session") in ok
        assert summaries[note_for(round_, "session")] == (1 if saved else 0), round_
        assert summaries[note_for(-round_ - 1, "session")] == 1  # the save after, with room
        if (round_, "draft") in ok:
            assert drafts[ok[(round_, "draft")]] == note_for(round_, "draft")
        else:
            assert note_for(round_, "draft") not in drafts.values()

    # the documents folder holds exactly the finished files, whole; no temporary file
    documents = out / "documents"
    finished: set[str] = {d for (_limit, step), d in ok.items() if step in ("pdf", "export")}
    present = {p.name for p in documents.iterdir()}
    # a refused export or PDF leaves nothing: not even a whole file without its audit line
    assert present == finished, (present, finished)
    for name in finished:
        data = (documents / name).read_bytes()
        if name.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), name
        else:
            assert data.startswith(b"BEGIN:VCALENDAR") and data.rstrip().endswith(b"END:VCALENDAR")
    # every backup under a final name is whole and opens; no partial copy is left
    backups = out / "backups"
    made = sorted(d for (_limit, step), d in ok.items() if step == "backup")
    assert sorted(p.name for p in backups.iterdir()) == made
    for name in made:
        assert backup_files.check(backups / name, PASSPHRASE) is None, name
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no journal, no lock
    elapsed = time.perf_counter() - started
    refused = sum(n for (_step, result), n in tally.items() if result == "refused")
    print(
        f"\n{len(LIMITS)} size limits x {len(STEPS)} writes in {elapsed:.1f}s: "
        f"{refused} refused with a clear message, "
        f"{sum(n for (s, r), n in tally.items() if r == 'ok' and s != 'after')} completed, "
        f"0 tracebacks; {dict(tally)}; file whole, every completed save present and no refused "
        "one half there; 0 half PDFs/exports/backups under a final name, 0 temporary files"
    )


def test_a_disk_io_error_is_a_clear_error_not_a_bug(tmp_path: Path) -> None:
    """Without a size limit or a full disk, an I/O error still gets a message (a lost network
    drive, a failing disk), and a failed rollback no longer hides it."""
    failure = sqlcipher.OperationalError("disk I/O error")
    error = user_error_for(failure, tmp_path / "x.mentordesk")
    assert isinstance(error, DiskWriteError)
    assert str(tmp_path / "x.mentordesk") in error.text("en")
    try:
        try:
            raise failure
        except sqlcipher.OperationalError:
            raise sqlcipher.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except sqlcipher.OperationalError as masked:
        assert isinstance(user_error_for(masked, tmp_path), DiskWriteError)
    try:
        try:
            raise sqlcipher.OperationalError("database or disk is full")
        except sqlcipher.OperationalError:
            raise sqlcipher.OperationalError("no such savepoint: s1")  # noqa: B904
    except sqlcipher.OperationalError as masked:
        assert isinstance(user_error_for(masked, tmp_path), DiskFullError)
    unrelated = sqlcipher.OperationalError("no such table: x")
    assert user_error_for(unrelated, tmp_path) is None  # a bug stays a bug
