"""From the welcome window to an open practice: open, create, remember, recent, demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from mentordesk import config
from mentordesk.errors import FileInUseError, WrongPassphraseError
from mentordesk.services.practice_file import open_practice
from mentordesk.ui.launcher import Launcher
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.new_practice_dialog import NewPracticeDialog
from mentordesk.ui.passphrase_dialog import PassphraseDialog
from mentordesk.ui.welcome_window import MISSING_ROLE
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.gui.conftest import wait_for_workers


def _passphrase_dialog(launcher: Launcher) -> PassphraseDialog:
    dialog = launcher.dialog
    assert isinstance(dialog, PassphraseDialog)
    assert dialog.isVisible()
    return dialog


def _submit(qtbot: QtBot, dialog: PassphraseDialog, passphrase: str) -> None:
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    wait_for_workers(qtbot)


def _main_window(qtbot: QtBot, launcher: Launcher) -> MainWindow:
    qtbot.waitUntil(lambda: launcher.main_window is not None)
    window = launcher.main_window
    assert window is not None
    assert window.isVisible()
    return window


def test_open_asks_passphrase_refuses_wrong_one_then_shows_clients(
    qtbot: QtBot, launcher: Launcher, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sample_path), ""))
    )
    launcher.start()
    welcome = launcher.welcome
    assert welcome is not None and welcome.isVisible()
    assert welcome.empty_label.isVisible()  # no recent files yet

    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    dialog = _passphrase_dialog(launcher)
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password

    _submit(qtbot, dialog, "not the right words")
    assert dialog.isVisible(), "a wrong passphrase must keep the dialog open"
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == WrongPassphraseError().text()
    assert launcher.main_window is None

    _submit(qtbot, dialog, PASSPHRASE)
    window = _main_window(qtbot, launcher)
    assert window.client_list.model.rowCount() == 3
    assert window.count_label.text() == "3 of 3 clients"
    assert "Praktijk de Wegwijzer" in window.windowTitle()
    assert config.load_settings().recent_files == [str(sample_path)]
    assert launcher.welcome is not None and not launcher.welcome.isVisible()


def test_create_new_practice_refuses_mismatch_then_opens_it(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "Mijn praktijk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    launcher.start()
    assert launcher.welcome is not None
    qtbot.mouseClick(launcher.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = launcher.dialog
    assert isinstance(dialog, NewPracticeDialog) and dialog.isVisible()
    expected = tmp_path / "Mijn praktijk.mentordesk"
    assert dialog.path == expected

    dialog.name_edit.insert("Praktijk Één & Co")  # QTest types ASCII only
    qtbot.keyClicks(dialog.passphrase_edit, "paars konijn op de fiets")
    qtbot.keyClicks(dialog.repeat_edit, "paars konijn op de fits")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)  # Enter means "create", not "cancel"
    assert dialog.isVisible()
    assert dialog.create_button.isDefault()
    assert "not the same" in dialog.error_label.text()
    assert not expected.exists()

    qtbot.keyClicks(dialog.repeat_edit, "paars konijn op de fiets")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    wait_for_workers(qtbot)
    window = _main_window(qtbot, launcher)
    assert expected.exists()
    assert window.pf.practice.get().name == "Praktijk Één & Co"
    assert window.client_list.model.rowCount() == 0
    assert window.client_list.empty_label.isVisible()
    assert config.load_settings().recent_files == [str(expected)]


def test_empty_new_passphrase_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewPracticeDialog(tmp_path / "empty")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Choose a passphrase for the new file."
    assert not (tmp_path / "empty.mentordesk").exists()


def test_remembered_passphrase_skips_the_dialog_next_time(
    qtbot: QtBot, sample_path: Path, memory_keyring: MemoryKeyring
) -> None:
    first = Launcher(idle_interval_ms=3_600_000)
    first.start(sample_path)
    dialog = _passphrase_dialog(first)
    assert dialog.remember_check.isEnabled()
    dialog.remember_check.setChecked(True)
    _submit(qtbot, dialog, PASSPHRASE)
    _main_window(qtbot, first)
    assert PASSPHRASE in memory_keyring.secrets.values()
    first.shutdown()
    assert not sample_path.with_name(sample_path.name + ".lock").exists()

    second = Launcher(idle_interval_ms=3_600_000)
    try:
        second.start(sample_path)
        assert second.dialog is None
        window = _main_window(qtbot, second)
        assert window.client_list.model.rowCount() == 3
    finally:
        second.shutdown()


def test_file_in_use_is_said_plainly(qtbot: QtBot, launcher: Launcher, sample_path: Path) -> None:
    other = open_practice(sample_path, PASSPHRASE)
    try:
        launcher.start(sample_path)
        dialog = _passphrase_dialog(launcher)
        _submit(qtbot, dialog, PASSPHRASE)
        assert dialog.isVisible()
        assert "open in another MentorDesk window" in dialog.error_label.text()
        assert dialog.error_label.text().startswith(FileInUseError(holder="x").text().split("(")[0])
        assert launcher.main_window is None
    finally:
        other.close()


def test_passphrase_from_environment_opens_directly(
    qtbot: QtBot, launcher: Launcher, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    launcher.start(sample_path)
    assert launcher.dialog is None
    assert _main_window(qtbot, launcher).client_list.model.rowCount() == 3


def test_wrong_passphrase_from_environment_falls_back_to_dialog(
    launcher: Launcher, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", "nope nope")
    launcher.start(sample_path)
    dialog = _passphrase_dialog(launcher)
    assert dialog.error_label.text() == WrongPassphraseError().text()


def test_demo_at_start_shows_main_window_directly(
    qtbot: QtBot, launcher: Launcher, fake_demo: Path
) -> None:
    launcher.start(demo=True)
    assert launcher.welcome is None  # never shown
    assert _main_window(qtbot, launcher).client_list.model.rowCount() == 3
    assert config.load_settings().recent_files == []


def test_demo_button_opens_demo_in_background(
    qtbot: QtBot, launcher: Launcher, fake_demo: Path
) -> None:
    launcher.start()
    assert launcher.welcome is not None
    qtbot.mouseClick(launcher.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert _main_window(qtbot, launcher).client_list.model.rowCount() == 3


def test_recent_files_list_greys_missing_ones_and_removes_them(
    qtbot: QtBot, launcher: Launcher, sample_path: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "moved away.mentordesk"
    settings = config.load_settings()
    settings.add_recent(gone)
    settings.add_recent(sample_path)
    config.save_settings(settings)

    launcher.start()
    welcome = launcher.welcome
    assert welcome is not None
    assert welcome.recent_paths() == [sample_path, gone]
    present, missing = welcome.recent_list.item(0), welcome.recent_list.item(1)
    assert not present.data(MISSING_ROLE)
    assert missing.data(MISSING_ROLE)
    assert "(not found)" in missing.text()
    assert missing.foreground().color() != present.foreground().color()

    welcome.recent_list.setCurrentItem(missing)
    qtbot.mouseClick(welcome.remove_button, Qt.MouseButton.LeftButton)
    assert config.load_settings().recent_files == [str(sample_path)]
    assert welcome.recent_paths() == [sample_path]

    welcome.recent_list.itemActivated.emit(welcome.recent_list.item(0))
    dialog = _passphrase_dialog(launcher)
    assert dialog.path == sample_path


def test_close_file_returns_to_welcome(
    qtbot: QtBot, launcher: Launcher, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    launcher.start(sample_path)
    window = _main_window(qtbot, launcher)
    window.commands.close_file.trigger()
    assert launcher.main_window is None
    assert launcher.welcome is not None and launcher.welcome.isVisible()
    assert launcher.welcome.recent_paths() == [sample_path]
    assert not sample_path.with_name(sample_path.name + ".lock").exists()
