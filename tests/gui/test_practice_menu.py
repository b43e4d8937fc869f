"""The Practice and Help menus from the main window: each opens its dialog or page, locking
closes them, the screen lock locks the window, an imported practice opens in a new window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mentordesk.services.demo import DEMO_PASSPHRASE, build_demo
from mentordesk.services.practice_export import export_practice
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui.launcher import Launcher
from mentordesk.ui.main_practice import PracticeCommands
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.privacy.audit_page import AuditPage
from mentordesk.ui.privacy.handover_dialog import HandoverDialog
from mentordesk.ui.privacy.retention_page import RetentionPage
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.transfer.csv_import_dialog import CsvImportDialog
from mentordesk.ui.transfer.export_dialog import ExportDialog
from mentordesk.ui.transfer.import_dialog import ImportPracticeDialog
from mentordesk.ui.trust.backups_dialog import BackupsDialog
from mentordesk.ui.trust.passphrase_change_dialog import PassphraseChangeDialog
from mentordesk.ui.user_guide import UserGuideWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_workers
from tests.gui.test_launcher_damage import _submit


@pytest.fixture
def window(qtbot: QtBot, sample_path: Path) -> Iterator[MainWindow]:
    pf: PracticeFile = open_practice(sample_path, PASSPHRASE)
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_each_practice_command_opens_its_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = window.commands
    for action, kind in (
        (a.backups, BackupsDialog),
        (a.change_passphrase, PassphraseChangeDialog),
        (a.export_practice, ExportDialog),
        (a.import_practice, ImportPracticeDialog),
        (a.handover, HandoverDialog),
    ):
        action.trigger()
        wait_for_workers(qtbot)
        assert isinstance(window.work.dialog, kind), action.text()
        assert window.work.dialog.isVisible()
        # the window is called what the menu calls it
        assert window.work.dialog.windowTitle() == menu_name(action.text()), action.text()

    csv = tmp_path / "clients.csv"
    csv.write_text("Naam;E-mail\nPiet Puk;piet@example.org\n", encoding="utf-8")
    monkeypatch.setattr(PracticeCommands, "ask_csv_path", lambda _self: csv)
    a.import_clients.trigger()
    assert isinstance(window.work.dialog, CsvImportDialog)
    with qtbot.waitSignal(window.work.dialog.clients_imported):
        qtbot.mouseClick(window.work.dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.client_list.model.total_count == 4  # the list follows at once


def menu_name(text: str) -> str:
    """A menu entry's text without its mnemonic and its "…"."""
    return text.replace("&", "").removesuffix("…")


def test_audit_and_retention_open_as_tabs_and_go_with_the_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.commands.audit_trail.trigger()
    page = window.tabs.currentWidget()
    assert isinstance(page, AuditPage)
    assert page.title_label.text() == menu_name(window.commands.audit_trail.text())
    window.commands.audit_trail.trigger()  # the same tab again, not a second one
    assert len(window.work.pages_of(AuditPage)) == 1
    window.commands.retention.trigger()
    assert isinstance(window.tabs.currentWidget(), RetentionPage)
    window.commands.backups.trigger()
    wait_for_workers(qtbot)
    dialog = window.work.dialog
    assert dialog is not None and dialog.isVisible()

    window.lock()
    assert not window.work.pages_of(AuditPage) and not window.work.pages_of(RetentionPage)
    assert window.work.dialog is None
    assert not any(action.isEnabled() for action in window.commands.practice_actions())
    window.commands.audit_trail.trigger()  # disabled while locked: nothing opens
    assert not window.work.pages_of(AuditPage)


def test_the_screen_lock_locks_the_window_and_clears_copied_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    clipboard = QGuiApplication.clipboard()
    window.clipboard_guard.copy("Talked about the divorce")
    assert clipboard.text() == "Talked about the divorce"
    window.screen_lock.screen_locked.emit()
    assert window.locked
    assert clipboard.text() == ""


def test_help_opens_the_guide_and_about_names_the_version(qtbot: QtBot, window: MainWindow) -> None:
    from mentordesk.version import __version__

    guide = window.practice_commands.open_user_guide()
    assert isinstance(guide, UserGuideWindow) and guide.isVisible()
    assert guide.chapter_titles()
    box = window.practice_commands.show_about()
    assert f"MentorDesk {__version__}" in box.text()
    guide.close()


def test_an_imported_practice_opens_in_a_new_window(
    qtbot: QtBot, launcher: Launcher, sample_path: Path, tmp_path: Path
) -> None:
    with open_practice(sample_path, PASSPHRASE) as pf:
        export = export_practice(pf, tmp_path / "export.zip").path
    launcher.start(sample_path)
    _submit(qtbot, launcher, PASSPHRASE)
    first = launcher.main_window
    assert first is not None
    first.commands.import_practice.trigger()
    dialog = first.work.dialog
    assert isinstance(dialog, ImportPracticeDialog)
    dialog.source_field.edit.setText(str(export))
    dialog.target_field.edit.setText(str(tmp_path / "kopie"))
    qtbot.keyClicks(dialog.passphrase_edit, "een nieuwe wachtzin")
    qtbot.keyClicks(dialog.repeat_edit, "een nieuwe wachtzin")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: launcher.main_window is not first, timeout=20_000)
    second = launcher.main_window
    assert second is not None
    assert Path(second.pf.path) == tmp_path / "kopie.mentordesk"
    assert second.client_list.model.total_count == 3
    assert not shiboken6.isValid(first) or not first.isVisible()  # the first window is gone
    assert not (sample_path.parent / (sample_path.name + ".lock")).exists()


def test_the_demos_own_audit_lines_come_before_anything_done_today(
    qtbot: QtBot, tmp_path: Path
) -> None:
    today = dt.date.today()
    path = tmp_path / "demo.mentordesk"
    build_demo(path, DEMO_PASSPHRASE, clients=2, today=today)
    with open_practice(path, DEMO_PASSPHRASE) as pf:
        with pf.transaction():
            stamps = [r[0] for r in pf.connection.execute("SELECT at FROM audit_event")]
            pf.audit("passphrase_changed", keyring_remembered=False)  # done just now
        midnight = dt.datetime.combine(today, dt.time()).isoformat(timespec="seconds")
        assert stamps and all(s <= midnight for s in stamps)  # none ahead of "now"
        page = AuditPage(pf, RevealState())
        qtbot.addWidget(page)
        page.show()
        page.set_date_range(today - dt.timedelta(days=5 * 365), today)
        actions = [page.model.entry_at(r).action for r in range(page.model.rowCount())]
        assert actions[0] == "passphrase_changed"  # newest first, even before 08:00
        assert len(actions) == len(stamps) + 1
        page.close()


def test_the_welcome_window_imports_an_export_into_a_new_window(
    qtbot: QtBot, launcher: Launcher, sample_path: Path, tmp_path: Path
) -> None:
    with open_practice(sample_path, PASSPHRASE) as pf:
        export = export_practice(pf, tmp_path / "export.zip").path
    launcher.start()
    welcome = launcher.welcome
    assert welcome is not None and welcome.import_button.isVisible()
    qtbot.mouseClick(welcome.import_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in welcome.findChildren(ImportPracticeDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.source_field.edit.setText(str(export))
    dialog.target_field.edit.setText(str(tmp_path / "nieuwe computer"))
    qtbot.keyClicks(dialog.passphrase_edit, "een nieuwe wachtzin")
    qtbot.keyClicks(dialog.repeat_edit, "een nieuwe wachtzin")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: launcher.main_window is not None, timeout=20_000)
    window = launcher.main_window
    assert window is not None
    assert Path(window.pf.path) == tmp_path / "nieuwe computer.mentordesk"
    assert window.client_list.model.total_count == 3
    assert not welcome.isVisible()
