"""The backups window, the passphrase change, the location banner, the backup settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk import config
from mentordesk.services.backups import BackupReason, backups_of
from mentordesk.services.practice_file import (
    PracticeFile,
    is_remembered,
    open_practice,
    remember_passphrase,
)
from mentordesk.ui.settings.app_page import AppPage
from mentordesk.ui.trust.backup_labels import when_text
from mentordesk.ui.trust.backups_dialog import BackupsDialog
from mentordesk.ui.trust.location_banner import LocationBanner
from mentordesk.ui.trust.passphrase_change_dialog import PassphraseChangeDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import visible_texts, wait_for_workers

NEW = "een nieuwe lange wachtzin"


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    practice = open_practice(practice_path, PASSPHRASE)
    yield practice
    practice.close()


# -- backups ----------------------------------------------------------------------------------
def test_backups_are_listed_newest_first_with_date_reason_size(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    first = pf.backups.make_backup(BackupReason.OPENED)
    second = pf.backups.make_backup(BackupReason.MANUAL)
    dialog = BackupsDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.path for b in dialog.backups()] == [second.path, first.path]
    row = dialog.list.topLevelItem(0)
    assert row.text(0) == when_text(second.created_at)
    assert row.text(1) == "Made by you"
    assert row.text(2).endswith("kB") or row.text(2).endswith("MB")
    assert row.text(3) == "Checked when made"
    assert dialog.list.topLevelItem(1).text(1) == "When the file was opened"
    assert dialog.folder_label.text() == str(config.default_backup_dir())
    assert not dialog.folder_banner.isVisible()
    assert not dialog.empty_label.isVisible()


def test_back_up_now_runs_in_the_background_and_shows_the_result(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    dialog = BackupsDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible()
    with qtbot.waitSignal(dialog.backup_made, timeout=20_000) as made:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        assert not dialog.backup_button.isEnabled(), "one at a time"
        assert dialog.progress_bar.isVisible()
    wait_for_workers(qtbot)
    backup = made.args[0]
    assert backup.reason is BackupReason.MANUAL and backup.path.exists()
    assert dialog.backups()[0].path == backup.path
    assert dialog.selected() == backup
    assert "Backup made on" in dialog.status_label.text()
    assert not dialog.progress_bar.isVisible() and dialog.backup_button.isEnabled()


def test_a_failed_backup_is_said_in_words(qtbot: QtBot, pf: PracticeFile, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings = config.load_settings()
    settings.backup_folder = str(blocker)
    config.save_settings(settings)
    dialog = BackupsDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert dialog.error_label.isVisible()
    assert "The backup could not be made" in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()


def test_restore_checks_asks_and_then_requests(qtbot: QtBot, pf: PracticeFile) -> None:
    backup = pf.backups.make_backup(BackupReason.MANUAL)
    dialog = BackupsDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    answers = iter([False, True])
    dialog.ask_confirm = lambda text: asked.append(text) or next(answers)  # type: ignore[method-assign]
    requested: list[str] = []
    dialog.restore_requested.connect(requested.append)

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert len(asked) == 1 and when_text(backup.created_at) in asked[0]
    assert ".before-restore-" in asked[0]
    assert requested == [] and dialog.isVisible()
    assert dialog.status_label.text() == "Nothing was restored."

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert requested == [str(backup.path)]
    assert not dialog.isVisible()


def test_a_backup_under_an_older_passphrase_is_refused_in_words(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    old = pf.backups.make_backup(BackupReason.MANUAL)
    pf.rekey(NEW)
    dialog = BackupsDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(old)
    dialog.ask_confirm = lambda text: pytest.fail("must not ask")  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert "does not open with the current passphrase" in dialog.error_label.text()
    assert "before the passphrase was changed" in dialog.error_label.text()


def test_open_folder_and_the_sync_folder_warning(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    synced = tmp_path / "Dropbox" / "MentorDesk backups"
    synced.mkdir(parents=True)
    settings = config.load_settings()
    settings.backup_folder = str(synced)
    config.save_settings(settings)
    pf.backups.make_backup(BackupReason.MANUAL)
    dialog = BackupsDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder_banner.isVisible()
    assert "Dropbox" in dialog.folder_banner.text()
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(synced))]


# -- passphrase change ------------------------------------------------------------------------
def _change(qtbot: QtBot, dialog: PassphraseChangeDialog, old: str, new: str, again: str) -> None:
    for edit, text in ((dialog.current_edit, old), (dialog.new_edit, new)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, again)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)


def test_passphrase_change_refuses_bad_input_in_words(qtbot: QtBot, pf: PracticeFile) -> None:
    dialog = PassphraseChangeDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    changed: list[bool] = []
    dialog.passphrase_changed.connect(lambda: changed.append(True))

    _change(qtbot, dialog, "wrong current words", NEW, NEW)
    assert "current passphrase is not right" in dialog.error_label.text()
    assert dialog.current_edit.hasFocus()
    _change(qtbot, dialog, PASSPHRASE, "short", "short")
    assert "too short" in dialog.error_label.text()
    _change(qtbot, dialog, PASSPHRASE, NEW, NEW + "x")
    assert "not the same" in dialog.error_label.text()
    assert dialog.repeat_edit.text() == ""
    _change(qtbot, dialog, PASSPHRASE, PASSPHRASE, PASSPHRASE)
    assert "same as the current one" in dialog.error_label.text()
    assert changed == []
    assert pf.verify_passphrase(PASSPHRASE)


def test_passphrase_change_succeeds_and_keeps_remembering(qtbot: QtBot, pf: PracticeFile) -> None:
    pf.backups.make_backup(BackupReason.OPENED)
    remember_passphrase(pf.path, PASSPHRASE)
    dialog = PassphraseChangeDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember_check.isChecked(), "the remembered state is kept"
    assert "older" not in dialog.hint_label.text()
    assert any("keep the old passphrase" in t for t in visible_texts(dialog))
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=30_000):
        _change(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert pf.verify_passphrase(NEW) and not pf.verify_passphrase(PASSPHRASE)
    text = dialog.result_label.text()
    assert "The passphrase was changed" in text
    assert "A fresh backup was made under the new passphrase" in text
    assert "1 older backups keep the old passphrase" in text
    assert "remembered on this computer" in text
    assert is_remembered(pf.path)
    assert dialog.close_button.isVisible() and not dialog.change_button.isVisible()
    assert dialog.current_edit.text() == dialog.new_edit.text() == ""
    reasons = [b.reason for b in backups_of(pf.path)]
    assert BackupReason.PASSPHRASE_CHANGED in reasons


def test_passphrase_change_can_stop_remembering(qtbot: QtBot, pf: PracticeFile) -> None:
    remember_passphrase(pf.path, PASSPHRASE)
    dialog = PassphraseChangeDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.remember_check.setChecked(False)
    _change(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert dialog.outcome is not None and not dialog.outcome.remembered
    assert not is_remembered(pf.path)


def test_keyring_problem_is_said_plainly(
    qtbot: QtBot, pf: PracticeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.services import practice_file

    remember_passphrase(pf.path, PASSPHRASE)
    monkeypatch.setattr(practice_file, "remember_passphrase", lambda path, secret: False)
    dialog = PassphraseChangeDialog(pf)
    qtbot.addWidget(dialog)
    dialog.show()
    _change(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert "could not be stored in this computer's password store" in dialog.result_label.text()
    assert not is_remembered(pf.path), "the stale one was forgotten"


# -- the banner -------------------------------------------------------------------------------
def test_location_banner_explains_and_dismisses(qtbot: QtBot, tmp_path: Path) -> None:
    banner = LocationBanner()
    qtbot.addWidget(banner)
    banner.show()
    assert not banner.show_for(tmp_path / "local.mentordesk")
    assert not banner.isVisible() and banner.text() == ""
    synced = tmp_path / "OneDrive - Praktijk" / "clients.mentordesk"
    assert banner.show_for(synced)
    assert banner.isVisible()
    assert "OneDrive" in banner.text() and "damage" in banner.text()
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


# -- settings ---------------------------------------------------------------------------------
def test_backup_settings_load_save_and_warn_about_sync_folders(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = AppPage()
    qtbot.addWidget(page)
    page.load()
    page.show()
    assert page.keep_last_spin.value() == 10
    assert (page.keep_last_spin.minimum(), page.keep_last_spin.maximum()) == (
        config.BACKUP_LIMITS["backup_keep_last"]
    )
    assert page.interval_spin.minimum() == config.BACKUP_LIMITS["backup_interval_minutes"][0]
    assert not page.folder_warning.isVisible()
    page.keep_last_spin.setValue(25)
    page.keep_days_spin.setValue(60)
    page.interval_spin.clear()
    qtbot.keyClicks(page.interval_spin, "15")
    synced = tmp_path / "Google Drive" / "backups"
    page.ask_folder = lambda: str(synced)  # type: ignore[method-assign]
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.folder_warning.isVisible()
    assert "Google Drive" in page.folder_warning.text()
    assert page.validate(), "a warning, not a refusal"
    page.save()
    saved = config.load_settings()
    assert (saved.backup_keep_last, saved.backup_keep_daily_days) == (25, 60)
    assert saved.backup_interval_minutes == 15
    assert saved.backup_folder == str(synced)
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    assert not page.folder_warning.isVisible()


def test_dialog_buttons_have_accessible_names(qtbot: QtBot, pf: PracticeFile) -> None:
    for dialog in (BackupsDialog(pf), PassphraseChangeDialog(pf)):
        qtbot.addWidget(dialog)
        for button in dialog.findChildren(QDialogButtonBox):
            assert button is not None
        for name in ("backup_button", "restore_button", "change_button", "current_edit"):
            widget = getattr(dialog, name, None)
            if widget is not None:
                assert widget.accessibleName(), name
