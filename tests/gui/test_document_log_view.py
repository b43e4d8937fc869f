"""The client page's document log: every saved or printed document, with what went in and its
fingerprint; new rows appear when the composer saves."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.services.documents import DocumentService, LetterRequest, render
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.documents.document_log_view import (
    DOCUMENT,
    FILE,
    INCLUDED,
    SHORT_HASH,
    WHEN,
)
from mentordesk.ui.documents.letter_composer import LetterComposer
from mentordesk.ui.documents.printing import PrintJob
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.reveal import RevealState
from tests.conftest import PASSPHRASE
from tests.gui import test_letter_composer as composer_tests
from tests.gui.test_letter_composer import World, make_world

world_pf = composer_tests.world_pf  # the composer tests' practice, as a fixture here too


def test_the_log_shows_what_went_out_and_its_fingerprint(
    qtbot: QtBot, world_pf: tuple[PracticeFile, World], tmp_path: Path
) -> None:
    pf, w = world_pf
    page = ClientPage(pf, w.client_id, RevealState())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    log = page.documents_view
    page.side_tabs.setCurrentWidget(log)
    assert log.entries == [] and log.empty_label.isVisible() and not log.table.isVisible()
    assert page.side_tabs.tabText(1) == "Documents"

    service = DocumentService(pf)
    request = LetterRequest(
        w.client_id,
        session_ids=(w.normal_id,),
        include_confidential=frozenset({w.confidential_id}),
    )
    target = tmp_path / "Progress letter José.pdf"
    saved = service.write_letter(request, target)
    page.refresh_documents()
    assert page.side_tabs.tabText(1) == "Documents (1)"
    assert log.table.isVisible() and log.table.rowCount() == 1
    row = log.row_texts(0)
    assert row[WHEN].endswith("\nSaved")
    assert row[DOCUMENT] == "Progress letter\nto José García (client)"
    assert row[INCLUDED] == "1 goal · 2 sessions\n1 confidential ticked"
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert saved.sha256 == digest
    assert row[FILE] == f"{target.name}\nSHA-256 {digest[:SHORT_HASH]}…"
    assert log.table.item(0, FILE).toolTip() == f"Saved: {target}\nSHA-256: {digest}"

    # a print comes on top, with the printer it went to
    rendered = render(service.prepare_summary(w.normal_id))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert PrintJob(service, rendered, page).print_to(printer) is not None
    page.refresh_documents()
    assert log.table.rowCount() == 2
    top = log.row_texts(0)
    assert top[WHEN].endswith("\nPrinted")
    assert top[DOCUMENT] == "Session summary\nto José García (client)"
    assert top[INCLUDED] == "1 session"
    assert top[FILE].startswith(str(tmp_path / "printed.pdf") + "\nSHA-256 ")
    page.close()


def test_the_client_page_shows_a_letter_saved_in_the_composer_tab(
    qtbot: QtBot, practice_path: Path, tmp_path: Path
) -> None:
    pf = open_practice(practice_path, PASSPHRASE)
    w = make_world(pf)
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        page = window.open_client(w.client_id)
        assert page is not None
        assert page.documents_view.entries == []
        qtbot.mouseClick(page.header.letter_button, Qt.MouseButton.LeftButton)
        composer = window.tabs.currentWidget()
        assert isinstance(composer, LetterComposer)
        composer_tests.wait_for_preview(qtbot, composer)
        target = tmp_path / "from-the-tab.pdf"
        composer_tests.save(qtbot, composer, target)
        assert [e.file_name for e in page.documents_view.entries] == [str(target)]
        assert page.side_tabs.tabText(1) == "Documents (1)"
        qtbot.mouseClick(composer.close_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert window.tabs.currentWidget() is not composer
        assert window.work.pages_of(LetterComposer) == []
    finally:
        window.close()
