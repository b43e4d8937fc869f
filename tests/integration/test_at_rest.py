"""Proof: nothing a mentor types is readable at rest. Canary names, e-mail addresses and note
texts go through the services and through the real main window (offscreen) during a day's work:
clients, notes, drafts typed in the session editor, search, a letter previewed in memory, a
backup, the lock and unlock, settings saved, the log written, the window closed (backup at
close). Then every file under ``MENTORDESK_HOME``, the client file's folder, the temporary
folder of the run and the XDG cache/config/data folders is read whole and searched for every
canary in UTF-8, UTF-16-LE and lowercase. Only the PDF the mentor explicitly saved is left out,
by name.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk import config
from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding, SessionStatus
from mentordesk.services import demo_content
from mentordesk.services.backups import BackupService
from mentordesk.services.document_content import LetterRequest
from mentordesk.services.documents import DocumentService, render
from mentordesk.services.drafts import DraftService
from mentordesk.services.practice_file import create_practice, open_practice
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, SessionDraft
from mentordesk.ui import workers

pytestmark = pytest.mark.proof

PASSPHRASE = "kanarie in de kolenmijn"
TODAY = dt.date.today()
CANARIES = {
    "name": "Quokkabert Zilverschoon",
    "sensitive name": "Ülkü Kanarieçi",
    "e-mail": "quokkabert.zilver@kanariepost.example",
    "client notes": "Verwezen door Merelhof, huisarts",
    "summary": "Kanariepietje vertelde over de scheiding en de schulden",
    "private notes": "Werkaantekening Roodborstje: vermoedelijk een depressie",
    "goal": "Zwaluwstaart terugvinden in het werk",
    "draft": "Concepttekst Goudvinkje over het ontslag",
    "typed": "Getypt Putterdistel bij de koffieautomaat",  # QTest types ASCII only
    "search": "Putterdistel",
    "letter": "Beste Quokkabert, hierbij de Ijsvogelbrief",
}
SAVED_PDF = "Sessieverslag door de mentor opgeslagen.pdf"  # explicitly saved: left out by name


def needles() -> dict[bytes, str]:
    """Every canary and each of its longer words, as UTF-8 and UTF-16-LE, as typed and in
    lowercase (a search index keeps lowercase tokens)."""
    found: dict[bytes, str] = {}
    for label, text in CANARIES.items():
        pieces = {text, *(w.strip(":,") for w in text.split() if len(w.strip(":,")) >= 8)}
        for piece in pieces:
            for form in {piece, piece.lower()}:
                for encoding in ("utf-8", "utf-16-le"):
                    found[form.encode(encoding)] = f"{label}: {form!r} ({encoding})"
    return found


@pytest.fixture
def run_folders(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Path]]:
    """The folders the app may write to in this run, all inside ``tmp_path``."""
    folders = {
        "home": isolated_home,
        "file folder": tmp_path / "Mijn praktijk",
        "temporary": tmp_path / "tmp",
        "xdg cache": tmp_path / "xdg-cache",
        "xdg config": tmp_path / "xdg-config",
        "xdg data": tmp_path / "xdg-data",
    }
    for folder in folders.values():
        folder.mkdir(exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(folders["temporary"]))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["temporary"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["xdg cache"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folders["xdg config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(folders["xdg data"]))
    root = logging.getLogger()
    level = root.level
    yield folders
    root.setLevel(level)
    for handler in list(root.handlers):  # the log file handler set up by the test
        if isinstance(handler, logging.FileHandler):
            handler.close()
            root.removeHandler(handler)


def work_through_the_services(path: Path) -> dict[str, int]:
    """A mentor's work without the window; returns the ids the window part needs."""
    with create_practice(path, PASSPHRASE, "Praktijk De Kolenmijn") as pf:
        pf.practice.update(demo_content.PRACTICE)
        client = pf.clients.create(
            ClientDraft(
                name=CANARIES["name"],
                email=CANARIES["e-mail"],
                status=ClientStatus.ACTIVE,
                notes=CANARIES["client notes"],
                consent_date=TODAY - dt.timedelta(days=30),
            )
        )
        pf.clients.create(ClientDraft(name=CANARIES["sensitive name"], sensitive=True))
        engagement = pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.PERSONAL_GROWTH,
                funding=Funding.CLIENT_PAID,
                start_date=TODAY - dt.timedelta(days=60),
                rate_cents=9500,
            )
        )
        pf.goals.create(GoalDraft(engagement_id=engagement.id, title=CANARIES["goal"]))
        held = pf.sessions.create(
            SessionDraft(
                engagement_id=engagement.id,
                date=TODAY - dt.timedelta(days=7),
                status=SessionStatus.HELD,
                summary=CANARIES["summary"],
                private_notes=CANARIES["private notes"],
            )
        )
        confidential = pf.sessions.create(
            SessionDraft(
                engagement_id=engagement.id,
                date=TODAY - dt.timedelta(days=1),
                status=SessionStatus.HELD,
                summary=CANARIES["summary"] + " (vertrouwelijk)",
                confidentiality=Confidentiality.CONFIDENTIAL,
            )
        )
        DraftService(pf).save(engagement.id, None, {"summary": CANARIES["draft"]})
        documents = DocumentService(pf)
        request = LetterRequest(client_id=client.id, intro=CANARIES["letter"])
        letter = render(documents.prepare_letter(request))  # built in memory, never saved
        assert letter.pdf.startswith(b"%PDF-")
        documents.write_summary(held.id, path.parent / SAVED_PDF)  # saved on purpose
        BackupService(pf).make_backup()
        edited = pf.clients.get(client.id)
        pf.clients.update(client.id, replace(edited, phone="06 12345678"))
    return {"client": client.id, "engagement": engagement.id, "session": confidential.id}


def work_in_the_window(qtbot: QtBot, path: Path, ids: dict[str, int]) -> None:
    from mentordesk.ui.main_window import MainWindow

    pf = open_practice(path, PASSPHRASE)
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    window.auto_backups = True  # the backups at open and close write files: scan them too
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        page = window.open_client(ids["client"])
        assert page is not None
        editor = window.work.open_session(ids["session"])
        assert editor is not None
        qtbot.keyClicks(editor.fields.summary_edit, " " + CANARIES["typed"])
        editor.save_draft_now()
        assert editor.draft_id is not None
        assert editor.save()
        qtbot.keyClicks(window.commands.search_edit, CANARIES["search"])
        qtbot.keyClick(window.commands.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not workers.busy(), timeout=15_000)
        composer = window.work.open_letter(ids["client"])
        assert composer is not None
        qtbot.waitUntil(
            lambda: not composer.preview_pending() and not workers.busy(), timeout=20_000
        )
        window.lock()
        assert window.locked
        qtbot.keyClicks(window.lock_screen.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(window.lock_screen.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked and not workers.busy(), timeout=15_000)
    finally:
        window.close()  # the backup at close, then the file is closed
        qtbot.waitUntil(lambda: not workers.busy(), timeout=15_000)
    assert not Path(f"{path}.lock").exists()


def test_no_canary_is_readable_in_any_file_written_during_a_day_of_work(
    qtbot: QtBot, run_folders: dict[str, Path]
) -> None:
    log_path = config.setup_logging()
    path = run_folders["file folder"] / "praktijk.mentordesk"
    ids = work_through_the_services(path)
    settings = config.load_settings()
    settings.add_recent(path)
    config.save_settings(settings)
    work_in_the_window(qtbot, path, ids)
    logging.getLogger("mentordesk").info("end of the day")
    for handler in logging.getLogger().handlers:
        handler.flush()

    with open_practice(path, PASSPHRASE) as pf:  # the canaries are really in the file
        texts = [s.summary for s in pf.sessions.for_client(ids["client"])]
        assert any(CANARIES["typed"] in t for t in texts)
        assert pf.clients.get(ids["client"]).email == CANARIES["e-mail"]
        assert len(pf.backups.list_backups()) >= 2  # made by the services and the window

    wanted = needles()
    scanned: dict[str, list[Path]] = {}
    readable = []
    for label, folder in run_folders.items():
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            if file.name == SAVED_PDF:
                continue
            scanned.setdefault(label, []).append(file)
            data = file.read_bytes()
            readable += [f"{file}: {what}" for needle, what in wanted.items() if needle in data]
    names = {p.name for files in scanned.values() for p in files}
    assert path.name in names and log_path.name in names and "settings.json" in names
    assert sum(1 for n in names if n.startswith("praktijk-")) >= 2  # the backups
    assert log_path.stat().st_size > 0
    assert readable == [], "\n".join(readable[:20])
    counts = ", ".join(
        f"{label}: {', '.join(sorted(p.name for p in files))}" for label, files in scanned.items()
    )
    print(
        f"\n{sum(map(len, scanned.values()))} files written during the run scanned ({counts}) "
        f"for {len(CANARIES)} canaries as {len(wanted)} byte patterns (UTF-8, UTF-16-LE, "
        f"lowercase, whole texts and words): 0 found; left out by name: {SAVED_PDF!r}"
    )


def test_the_scan_would_see_a_canary() -> None:
    """The needles match plain text in each encoding (the scan is not blind)."""
    wanted = needles()
    for text in (CANARIES["summary"].lower(), CANARIES["sensitive name"]):
        for encoding in ("utf-8", "utf-16-le"):
            blob = b"\x00junk" + text.encode(encoding) + b"junk"
            assert any(needle in blob for needle in wanted)
