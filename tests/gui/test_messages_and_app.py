"""Errors shown to the mentor, and ``app.run`` starting the right window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk import app, config
from mentordesk.errors import FileMissingError
from mentordesk.services import practice_file
from mentordesk.ui import messages
from mentordesk.ui.launcher import Launcher
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.passphrase_dialog import PassphraseDialog
from mentordesk.ui.trust.open_dialog import OpenPassphraseDialog
from mentordesk.ui.welcome_window import WelcomeWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_workers

Shown = list[tuple[QMessageBox.Icon, str]]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Message boxes replaced by a list of (icon, text)."""
    boxes: Shown = []

    def present(_parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
        boxes.append((icon, text))

    monkeypatch.setattr(messages, "present", present)
    return boxes


def test_bug_is_logged_with_traceback_and_shown_without_it(
    shown: Shown, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise RuntimeError("index out of range in row 7")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            messages.show_error(None, exc)
    assert shown == [
        (QMessageBox.Icon.Critical, f"Something went wrong. Details are in {config.log_file()}")
    ]
    assert "index out of range" not in shown[0][1]
    record = caplog.records[-1]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert "Traceback" in caplog.text


def test_user_error_shows_its_own_words(shown: Shown) -> None:
    messages.show_error(None, FileMissingError(path="/tmp/x.mentordesk"))
    assert shown == [
        (
            QMessageBox.Icon.Warning,
            "The file /tmp/x.mentordesk does not exist (any more). Was it moved or renamed?",
        )
    ]


def test_message_box_opens_without_blocking(qtbot: QtBot) -> None:
    box = messages.show_error(None, FileMissingError(path="gone.mentordesk"))
    assert box.isVisible()
    assert "gone.mentordesk" in box.text()
    box.close()


def test_excepthook_shows_something_went_wrong(
    shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    messages.install_excepthook()
    try:
        raise ValueError("a bug")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and shown[0][1].startswith("Something went wrong. Details are in ")


def test_unexpected_error_while_opening_keeps_dialog_and_says_so(
    qtbot: QtBot, shown: Shown, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_path: Path, _passphrase: str) -> None:
        raise KeyError("bug in open")

    monkeypatch.setattr(practice_file, "open_practice", broken)
    dialog = PassphraseDialog(sample_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    wait_for_workers(qtbot)
    assert [text for _icon, text in shown] == [
        f"Something went wrong. Details are in {config.log_file()}"
    ]
    assert dialog.isVisible()
    assert dialog.buttons.isEnabled()


@pytest.fixture
def quiet_run(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """``app.run`` without a real event loop: records the visible windows instead."""
    seen: list[list[str]] = []

    def event_loop(_app: QApplication) -> int:
        seen.append(
            sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        )
        return 0

    monkeypatch.setattr(app, "_event_loop", event_loop)
    monkeypatch.setattr(app.config, "setup_logging", config.log_file)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return seen


def test_run_without_file_shows_welcome(qtbot: QtBot, quiet_run: list[list[str]]) -> None:
    assert app.run() == 0
    assert quiet_run == [[WelcomeWindow.__name__]]
    assert sys.excepthook is messages._excepthook


def test_run_with_file_and_environment_passphrase_shows_main_window(
    qtbot: QtBot, quiet_run: list[list[str]], sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    assert app.run(sample_path) == 0
    assert quiet_run == [[MainWindow.__name__]]
    assert not sample_path.with_name(sample_path.name + ".lock").exists()


def test_run_with_file_asks_passphrase(
    qtbot: QtBot, quiet_run: list[list[str]], sample_path: Path
) -> None:
    assert app.run(sample_path) == 0
    assert quiet_run == [sorted([OpenPassphraseDialog.__name__, WelcomeWindow.__name__])]


def test_run_demo_shows_main_window(
    qtbot: QtBot, quiet_run: list[list[str]], fake_demo: Path
) -> None:
    assert app.run(demo=True) == 0
    assert quiet_run == [[MainWindow.__name__]]


def test_missing_file_at_start_is_explained(qtbot: QtBot, shown: Shown, tmp_path: Path) -> None:
    launcher = Launcher()
    try:
        launcher.start(tmp_path / "nowhere.mentordesk")
        assert launcher.welcome is not None and launcher.welcome.isVisible()
        assert launcher.dialog is None
        assert "does not exist" in shown[0][1]
    finally:
        launcher.shutdown()
