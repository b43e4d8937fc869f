"""The main window's rolling backups: at open, on the interval timer after changes, at close."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk import config
from mentordesk.services.backups import BackupFailedError, backups_of
from mentordesk.services.practice_file import open_practice
from mentordesk.services.records import ClientDraft
from mentordesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_workers


@pytest.fixture
def backups_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "auto_backups", True)


def _reasons(path: Path) -> list[str]:
    return sorted(b.reason.value for b in backups_of(path, config.backup_dir()))


def test_backups_at_open_on_the_interval_and_at_close(
    qtbot: QtBot, sample_path: Path, backups_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pf = open_practice(sample_path, PASSPHRASE)
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    wait_for_workers(qtbot)
    assert _reasons(sample_path) == ["opened"]
    assert "Backup made at" in window.statusBar().currentMessage()

    # nothing changed: the timer makes no backup
    window.backups.timer.timeout.emit()
    wait_for_workers(qtbot)
    assert _reasons(sample_path) == ["opened"]

    # a change, and the interval has passed: the next tick makes one
    pf.clients.create(ClientDraft(name="Nieuwe Cliënt"))
    newest = backups_of(sample_path, config.backup_dir())[0]
    pf.backups._last_at = newest.created_at - dt.timedelta(hours=1)
    window.backups.timer.timeout.emit()
    wait_for_workers(qtbot)
    assert _reasons(sample_path) == ["interval", "opened"]

    # another change: closing makes the close backup, which holds it, and says so meanwhile
    pf.clients.create(ClientDraft(name="Laatste Cliënt"))
    shown: list[str] = []
    making = type(pf.backups).backup_at_close

    def watched(self: object) -> object:
        shown.append(window.statusBar().currentMessage())
        return making(self)  # type: ignore[arg-type]

    monkeypatch.setattr(type(pf.backups), "backup_at_close", watched)
    window.close()
    assert shown == ["Making a backup before closing…"]
    assert _reasons(sample_path) == ["closed", "interval", "opened"]
    made = backups_of(sample_path, config.backup_dir())
    closed = next(b for b in made if b.reason.value == "closed")
    with open_practice(closed.path, PASSPHRASE) as copy:
        names = {row.name for row in copy.clients.list_rows()}
    assert {"Nieuwe Cliënt", "Laatste Cliënt"} <= names


def test_a_failed_close_backup_asks_and_the_window_can_stay_open(
    qtbot: QtBot, sample_path: Path, backups_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pf = open_practice(sample_path, PASSPHRASE)
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    wait_for_workers(qtbot)
    pf.clients.create(ClientDraft(name="Nog niet geback-upt"))

    def fail(*_args: object, **_kwargs: object) -> None:
        raise BackupFailedError(reason="the disk is full")

    monkeypatch.setattr(type(pf.backups), "backup_at_close", fail)
    asked: list[str] = []

    def stay(failure: BaseException) -> bool:
        asked.append(str(failure))
        return False

    monkeypatch.setattr(window, "ask_close_anyway", stay)
    window.close()
    assert len(asked) == 1
    assert window.isVisible()  # not closed: the mentor chose to stay
    assert window.backups.timer.isActive()
    assert pf.clients.list_rows()  # the file is still open

    monkeypatch.setattr(window, "ask_close_anyway", lambda _failure: True)
    window.close()
    assert not window.isVisible()
    assert not list(sample_path.parent.glob("*.lock"))
