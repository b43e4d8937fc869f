"""The launcher with a damaged file: the newest good backup offered, restored and opened; no
backup: what to do; a wrong passphrase stays a wrong passphrase. And files in risky places."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.errors import WrongPassphraseError
from mentordesk.services.backups import BackupReason, backups_of
from mentordesk.services.practice_file import open_practice, remember_passphrase
from mentordesk.services.records import ClientDraft
from mentordesk.ui import messages
from mentordesk.ui.launcher import Launcher
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.new_practice_dialog import NewPracticeDialog
from mentordesk.ui.passphrase_dialog import PassphraseDialog
from mentordesk.ui.trust.backup_labels import when_text
from mentordesk.ui.trust.damaged_file_dialog import DamagedFileDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import visible_texts, wait_for_workers

PAGE = 4096
Shown = list[tuple[QMessageBox.Icon, str]]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    boxes: Shown = []

    def present(_parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
        boxes.append((icon, text))

    monkeypatch.setattr(messages, "present", present)
    return boxes


def fill(path: Path, count: int = 30) -> None:
    with open_practice(path, PASSPHRASE) as pf:
        for number in range(count):
            pf.clients.create(ClientDraft(name=f"Cliënt {number}", notes="gesprek " * 150))


def damage_middle_page(path: Path) -> int:
    """Flip bytes inside a page in the middle of the file; returns that page's number."""
    pages = path.stat().st_size // PAGE
    assert pages >= 10, pages
    page = pages // 2
    data = bytearray(path.read_bytes())
    for index in range((page - 1) * PAGE + 200, (page - 1) * PAGE + 216):
        data[index] ^= 0xA5
    path.write_bytes(bytes(data))
    return page


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged_with_backup(practice_path: Path) -> tuple[Path, int]:
    fill(practice_path)
    with open_practice(practice_path, PASSPHRASE) as pf:
        pf.backups.make_backup(BackupReason.MANUAL)
        pf.clients.create(ClientDraft(name="Added after the backup"))
    return practice_path, damage_middle_page(practice_path)


def _submit(qtbot: QtBot, launcher: Launcher, passphrase: str) -> PassphraseDialog:
    dialog = launcher.dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    wait_for_workers(qtbot)
    return dialog


def _damaged_dialog(launcher: Launcher) -> DamagedFileDialog:
    dialog = launcher.dialog
    assert isinstance(dialog, DamagedFileDialog), dialog
    assert dialog.isVisible()
    return dialog


def test_damaged_file_offers_the_newest_good_backup_and_restores_it(
    qtbot: QtBot,
    launcher: Launcher,
    damaged_with_backup: tuple[Path, int],
    shown: Shown,
) -> None:
    path, page = damaged_with_backup
    backup = backups_of(path)[0]
    damaged_bytes = digest(path)
    launcher.start(path)
    asked = _submit(qtbot, launcher, PASSPHRASE)
    assert not shiboken6.isValid(asked) or not asked.isVisible(), "it makes way"

    dialog = _damaged_dialog(launcher)
    texts = "\n".join(visible_texts(dialog))
    assert f"{path.name}</b> is damaged" in texts
    assert f"(first: page {page})" in dialog.found_label.text()
    assert when_text(backup.created_at) in dialog.text_label.text()
    assert ".before-restore-" in dialog.text_label.text()
    assert not dialog.passphrase_box.isVisible(), "the passphrase just typed is used"
    assert digest(path) == damaged_bytes, "nothing written before the mentor chose"

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    qtbot.waitUntil(lambda: launcher.main_window is not None)
    window = launcher.main_window
    assert isinstance(window, MainWindow)
    assert window.client_list.model.total_count == 30  # the client added later was lost
    kept = sorted(path.parent.glob(f"{path.name}.before-restore-*"))
    assert len(kept) == 1 and digest(kept[0]) == damaged_bytes
    assert shown and kept[0].name in shown[-1][1], "the mentor is told where the old file is"
    assert launcher.dialog is None


def test_damaged_file_without_a_backup_says_what_to_do(
    qtbot: QtBot, launcher: Launcher, practice_path: Path
) -> None:
    fill(practice_path)
    damage_middle_page(practice_path)
    before = digest(practice_path)
    launcher.start(practice_path)
    _submit(qtbot, launcher, PASSPHRASE)
    dialog = _damaged_dialog(launcher)
    assert not dialog.restore_button.isVisible()
    assert "No backup of this file" in dialog.text_label.text()
    assert "Keep the damaged file" in dialog.text_label.text()
    assert dialog.choose_button.isVisible()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert launcher.main_window is None
    assert digest(practice_path) == before


def test_a_backup_kept_elsewhere_can_be_chosen(
    qtbot: QtBot, launcher: Launcher, practice_path: Path, tmp_path: Path, shown: Shown
) -> None:
    fill(practice_path, 12)
    elsewhere = tmp_path / "usb-stick"
    with open_practice(practice_path, PASSPHRASE) as pf:
        made = pf.backups.make_backup(BackupReason.MANUAL)
    elsewhere.mkdir()
    copy = elsewhere / made.path.name
    made.path.rename(copy)
    damage_middle_page(practice_path)
    launcher.start(practice_path)
    _submit(qtbot, launcher, PASSPHRASE)
    dialog = _damaged_dialog(launcher)
    dialog.ask_backup_file = lambda: str(copy)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    qtbot.waitUntil(lambda: launcher.main_window is not None)
    assert launcher.main_window is not None
    assert launcher.main_window.client_list.model.total_count == 12


def test_wrong_passphrase_on_a_damaged_file_stays_a_wrong_passphrase(
    qtbot: QtBot, launcher: Launcher, damaged_with_backup: tuple[Path, int]
) -> None:
    path, _page = damaged_with_backup
    launcher.start(path)
    dialog = _submit(qtbot, launcher, "not the right words")
    assert dialog.isVisible()
    assert dialog.error_label.text() == WrongPassphraseError().text()
    assert "damaged" in dialog.error_label.text()
    assert launcher.dialog is dialog


def test_remembered_passphrase_on_a_damaged_file_asks_it_for_the_restore(
    qtbot: QtBot, launcher: Launcher, damaged_with_backup: tuple[Path, int], shown: Shown
) -> None:
    path, _page = damaged_with_backup
    remember_passphrase(path, PASSPHRASE)
    launcher.start(path)
    dialog = _damaged_dialog(launcher)
    assert dialog.passphrase_box.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Type the passphrase" in dialog.error_label.text()
    qtbot.keyClicks(dialog.passphrase_edit, "wrong words here")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert dialog.isVisible() and "does not open with this passphrase" in dialog.error_label.text()
    assert not list(path.parent.glob("*.before-restore-*")), "nothing changed"
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    wait_for_workers(qtbot)
    qtbot.waitUntil(lambda: launcher.main_window is not None)
    assert len(list(path.parent.glob("*.before-restore-*"))) == 1


def test_restore_requested_from_the_main_window_closes_the_file_and_restores(
    qtbot: QtBot, launcher: Launcher, practice_path: Path, shown: Shown
) -> None:
    fill(practice_path, 3)
    with open_practice(practice_path, PASSPHRASE) as pf:
        made = pf.backups.make_backup(BackupReason.MANUAL)
    launcher.start(practice_path)
    _submit(qtbot, launcher, PASSPHRASE)
    window = launcher.main_window
    assert window is not None
    window.pf.clients.create(ClientDraft(name="After the backup"))
    window.close()  # what the main window does before it asks the launcher
    dialog = launcher.restore_backup(practice_path, made.path)
    assert dialog.isVisible() and dialog.passphrase_box.isVisible()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    qtbot.waitUntil(lambda: launcher.main_window is not None)
    assert launcher.main_window is not window
    assert launcher.main_window.client_list.model.total_count == 3
    assert "was restored" in shown[-1][1]


# -- risky places ---------------------------------------------------------------------------------
def test_opening_a_file_in_a_sync_folder_shows_the_banner(
    qtbot: QtBot, launcher: Launcher, practice_path: Path, tmp_path: Path, shown: Shown
) -> None:
    synced = tmp_path / "Dropbox" / "practice.mentordesk"
    synced.parent.mkdir()
    practice_path.rename(synced)
    launcher.start(synced)
    _submit(qtbot, launcher, PASSPHRASE)
    window = launcher.main_window
    assert window is not None
    banner = window.location_banner
    assert banner.isVisible()
    assert "Dropbox" in banner.text() and "damage" in banner.text()
    assert not [text for icon, text in shown if icon == QMessageBox.Icon.Warning]


def test_creating_a_file_in_a_sync_folder_asks_first(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "OneDrive" / "Praktijk"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    asked: list[str] = []
    answers = iter([False, True])

    def ask(_parent: QWidget, text: str) -> bool:
        asked.append(text)
        return next(answers)

    launcher.ask_create_here = ask  # type: ignore[method-assign]
    launcher.start()
    launcher.choose_and_create()
    assert len(asked) == 1 and "OneDrive" in asked[0]
    assert launcher.dialog is None, "no file is made where the mentor did not want it"
    qtbot.waitUntil(lambda: len(asked) == 2)  # "choose another place" asks again
    assert isinstance(launcher.dialog, NewPracticeDialog)
    launcher.dialog.close()


def test_a_main_window_restore_request_closes_the_file_then_restores(
    qtbot: QtBot,
    launcher: Launcher,
    practice_path: Path,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The wiring the main window gets: ``restore_requested(str)`` forwarded to the launcher."""
    from PySide6.QtCore import Signal

    import mentordesk.ui.launcher as launcher_module

    class WindowWithRestore(MainWindow):
        restore_requested = Signal(str)

    monkeypatch.setattr(launcher_module, "MainWindow", WindowWithRestore)
    fill(practice_path, 2)
    with open_practice(practice_path, PASSPHRASE) as pf:
        made = pf.backups.make_backup(BackupReason.MANUAL)
    launcher.start(practice_path)
    _submit(qtbot, launcher, PASSPHRASE)
    window = launcher.main_window
    assert isinstance(window, WindowWithRestore)
    window.pf.clients.create(ClientDraft(name="After the backup"))
    window.restore_requested.emit(str(made.path))
    assert launcher.main_window is None, "the file was closed first"
    assert not list(practice_path.parent.glob("*.lock"))
    dialog = launcher.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)  # type: ignore[union-attr]
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)  # type: ignore[union-attr]
    wait_for_workers(qtbot)
    qtbot.waitUntil(lambda: launcher.main_window is not None)
    assert launcher.main_window.client_list.model.total_count == 2
