"""The privacy menu on the client page: the access-request dialog and the erasure dialog, driven
through their widgets."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from mentordesk.services.erasure import ErasureService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.privacy.access_dialog import AccessRequestDialog
from mentordesk.ui.privacy.client_privacy_menu import ClientPrivacyMenu
from mentordesk.ui.privacy.erasure_dialog import ErasureDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import (
    CONFIDENTIAL_SUMMARY,
    Sample,
    fill_sample,
    visible_texts,
    wait_for_workers,
)


@pytest.fixture
def opened(practice_path: Path) -> Iterator[tuple[PracticeFile, Sample]]:
    with open_practice(practice_path, PASSPHRASE) as pf:
        yield pf, fill_sample(pf)


def test_the_access_dialog_exports_a_zip_and_reports_the_path(
    qtbot: QtBot, opened: tuple[PracticeFile, Sample], tmp_path: Path
) -> None:
    pf, sample = opened
    dialog = AccessRequestDialog(pf, sample.jose)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text().endswith(".zip") and "José Álvarez" in dialog.path_edit.text()
    edit = dialog.path_edit  # the suggested path is readable in full
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.text()) + 8
    hint = dialog.private_hint  # and no gap under the hint of the check box
    assert hint.height() <= hint.heightForWidth(hint.width()) + 2
    assert dialog.height() <= dialog.layout().totalHeightForWidth(dialog.width()) + 2
    assert dialog.browse_button.text() == "&Choose…"
    assert not dialog.reason_edit.isEnabled()  # the notes go in unless left out
    target = tmp_path / "for-jose"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    written = Path(signal.args[0])
    assert written == target.with_name("for-jose.zip").absolute()
    assert any(str(written) in text for text in visible_texts(dialog))
    with zipfile.ZipFile(written) as archive:
        data = json.loads(archive.read("data.json"))
    assert data["private_notes_included"] is True
    assert any(s["summary"] == CONFIDENTIAL_SUMMARY for s in data["sessions"])
    assert any(s["private_notes"] == "my own working notes" for s in data["sessions"])
    dialog.close()


def test_leaving_the_notes_out_asks_for_a_reason_first(
    qtbot: QtBot, opened: tuple[PracticeFile, Sample], tmp_path: Path
) -> None:
    pf, sample = opened
    dialog = AccessRequestDialog(pf, sample.jose)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "out.zip"))
    qtbot.keyClick(dialog.private_check, Qt.Key.Key_Space)
    assert not dialog.private_check.isChecked() and dialog.reason_edit.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "reason" in dialog.error.text()
    assert not (tmp_path / "out.zip").exists()
    qtbot.keyClicks(dialog.reason_edit, "about a third party")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        raw = archive.read("data.json").decode("utf-8")
    assert "my own working notes" not in raw and "about a third party" in raw
    dialog.close()


def test_an_existing_file_is_replaced_only_when_the_mentor_agrees(
    qtbot: QtBot, opened: tuple[PracticeFile, Sample], tmp_path: Path
) -> None:
    pf, sample = opened
    target = tmp_path / "there.zip"
    target.write_bytes(b"keep me")
    dialog = AccessRequestDialog(pf, sample.jose)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(target))
    dialog.confirm_overwrite = lambda _path: False  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert target.read_bytes() == b"keep me"
    dialog.close()


def test_the_erasure_dialog_needs_the_name_typed_and_erases(
    qtbot: QtBot, opened: tuple[PracticeFile, Sample]
) -> None:
    pf, sample = opened
    dialog = ErasureDialog(pf, sample.jose)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = "\n".join(visible_texts(dialog))
    assert "Will be erased" in texts and "Stays" in texts
    goes = QTextDocumentFragment.fromHtml(dialog.goes_label.text()).toPlainText()
    assert "Goals with their scores and actions: 1" in goes
    assert "actions:\u00a01<" in dialog.goes_label.text()  # the count never wraps alone
    neutral = dialog.preview.neutral_name
    assert f"“{neutral}” (in the language of the practice)" in goes
    stays = QTextDocumentFragment.fromHtml(dialog.stays_label.text()).toPlainText()
    assert "The audit trail, which holds no note text" in stays
    assert dialog.confirm_edit.placeholderText() == "The name or ERASE"  # not the name itself
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "jose alv")  # keyClicks cannot type é here
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "AREZ")  # accents and case do not matter
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased) as signal:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert signal.args == [sample.jose]
    assert not dialog.isVisible()
    assert ErasureService(pf).is_erased(sample.jose)
    assert pf.clients.get(sample.jose).email == ""


def test_the_confirmation_word_works_too(qtbot: QtBot, opened: tuple[PracticeFile, Sample]) -> None:
    pf, sample = opened
    dialog = ErasureDialog(pf, sample.anna)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.confirm_edit, "erase")
    assert dialog.erase_button.isEnabled()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "Anna")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # Return does not erase
    assert not ErasureService(pf).is_erased(sample.anna)
    dialog.close()


def test_the_client_page_menu_opens_both_and_refreshes_after_erasure(
    qtbot: QtBot, opened: tuple[PracticeFile, Sample]
) -> None:
    pf, sample = opened
    page = ClientPage(pf, sample.jose)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    menu = page.findChild(ClientPrivacyMenu)
    assert menu is not None and menu.isVisible()
    assert menu.accessibleName()
    access = menu.open_access_request()
    assert isinstance(access, AccessRequestDialog) and access.isVisible()
    access.close()
    erasure = menu.open_erasure()
    assert isinstance(erasure, ErasureDialog)
    with qtbot.waitSignal(page.client_changed):
        qtbot.keyClicks(erasure.confirm_edit, erasure.word)
        qtbot.mouseClick(erasure.erase_button, Qt.MouseButton.LeftButton)
    assert page.header_label.text() == f"Gewiste cliënt {sample.jose}"
    page.close()
