"""Printing: the painted pages, the log row before paper, the preview, the session editor's
"print summary". The printer is Qt's PDF printer writing to a temporary file: no real printer,
no dialog run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentordesk.services.consents import ConsentDraft, ConsentService
from mentordesk.services.documents import (
    Channel,
    DocumentKind,
    DocumentService,
    LetterRequest,
    Recipient,
    RecipientKind,
    RenderedDocument,
    render,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.documents import printing
from mentordesk.ui.documents.printing import PrintJob, print_document
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.session_editor import SessionEditor
from tests.gui import test_letter_composer as composer_tests
from tests.gui.test_letter_composer import NORMAL, PAYER, World
from tests.unit.documents.pdf_check import contains, page_count, pdf_text

TODAY = dt.date.today()
world_pf = composer_tests.world_pf  # the composer tests' practice, as fixtures here too
open_composer = composer_tests.open_composer


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of message boxes, instead of boxes."""
    texts: list[str] = []

    def present(_parent: QWidget | None, _icon: object, text: str) -> None:
        texts.append(text)

    monkeypatch.setattr(messages, "present", present)
    return texts


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.close()


def previews_opened(monkeypatch: pytest.MonkeyPatch) -> list[PrintJob]:
    """The print jobs whose preview would open (the dialog itself is tested on its own)."""
    opened: list[PrintJob] = []

    def open_preview(job: PrintJob) -> None:
        opened.append(job)

    monkeypatch.setattr(PrintJob, "open_preview", open_preview)
    return opened


def letter(pf: PracticeFile, w: World, recipient: Recipient | None = None) -> RenderedDocument:
    request = LetterRequest(w.client_id, recipient or Recipient())
    return render(DocumentService(pf).prepare_letter(request))


def test_the_printed_pages_are_the_pdf_pages_with_their_text(
    world_pf: tuple[PracticeFile, World], tmp_path: Path
) -> None:
    pf, w = world_pf
    rendered = letter(pf, w)
    out = tmp_path / "printed.pdf"
    pages = print_document(pdf_printer(out), rendered)
    printed = out.read_bytes()
    assert pages == page_count(rendered.pdf) == page_count(printed)
    for text in ("José García", "Find a role with purpose", NORMAL, "Progress of your mentoring"):
        assert contains(printed, text), text
    assert "CONFCANARY" not in pdf_text(printed) and "PRIVCANARY" not in pdf_text(printed)


def test_printing_logs_first_then_paints(
    qtbot: QtBot, world_pf: tuple[PracticeFile, World], host: QWidget, tmp_path: Path
) -> None:
    pf, w = world_pf
    rendered = letter(pf, w)
    job = PrintJob(DocumentService(pf), rendered, host)
    out = tmp_path / "paper.pdf"
    with qtbot.waitSignal(job.printed) as blocker:
        entry = job.print_to(pdf_printer(out))
    assert entry is not None and blocker.args == [entry.id]
    (logged,) = DocumentService(pf).log_for_client(w.client_id)
    assert logged.channel is Channel.PRINTED
    assert logged.kind == DocumentKind.PROGRESS_LETTER.value
    assert logged.file_name == str(out)
    assert logged.sha256 == rendered.sha256
    assert page_count(out.read_bytes()) == page_count(rendered.pdf)


def test_a_refused_print_logs_nothing_and_prints_nothing(
    world_pf: tuple[PracticeFile, World], host: QWidget, tmp_path: Path, shown: list[str]
) -> None:
    pf, w = world_pf
    consent = ConsentService(pf).record(
        w.client_id,
        ConsentDraft(RecipientKind.PAYER, TODAY, "letters", payer_id=w.payer_id),
    )
    rendered = letter(pf, w, Recipient(RecipientKind.PAYER, w.payer_id))
    ConsentService(pf).withdraw(consent.id)  # withdrawn while the dialog was open
    out = tmp_path / "never.pdf"
    assert PrintJob(DocumentService(pf), rendered, host).print_to(pdf_printer(out)) is None
    assert not out.exists()
    assert DocumentService(pf).log_for_client(w.client_id) == []
    assert len(shown) == 1 and PAYER in shown[0] and "consent" in shown[0]


def test_the_composer_prints_and_logs_a_printed_row(
    qtbot: QtBot,
    open_composer: composer_tests.Factory,
    world_pf: tuple[PracticeFile, World],
    tmp_path: Path,
) -> None:
    pf, w = world_pf
    composer = open_composer()
    out = tmp_path / "composer.pdf"
    with qtbot.waitSignal(composer.document_printed, timeout=15_000) as blocker:
        composer.print_to(pdf_printer(out))
    (entry,) = DocumentService(pf).log_for_client(w.client_id)
    assert blocker.args == [entry.id]
    assert entry.channel is Channel.PRINTED and entry.file_name == str(out)
    assert entry.sha256 == composer.rendered.sha256
    assert contains(out.read_bytes(), NORMAL)
    assert "Printed" in composer.status_label.text()


def test_the_preview_dialog_shows_every_page_and_logs_nothing(
    qtbot: QtBot, world_pf: tuple[PracticeFile, World], host: QWidget
) -> None:
    pf, w = world_pf
    rendered = letter(pf, w)
    job = PrintJob(DocumentService(pf), rendered, host)
    dialog = job.open_preview()
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == page_count(rendered.pdf))
    assert job.printer is not None and job.printer.fullPage()
    assert job.printer.pageLayout().pageSize().id().name == "A4"
    assert "Print preview" in dialog.windowTitle()
    assert DocumentService(pf).log_for_client(w.client_id) == []  # a preview is not a print
    dialog.reject()


def test_print_summary_from_the_session_editor_saves_first_and_logs(
    qtbot: QtBot,
    world_pf: tuple[PracticeFile, World],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pf, w = world_pf
    opened = previews_opened(monkeypatch)
    editor = SessionEditor(pf, RevealState(), session_id=w.confidential_id)
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.show()
    qtbot.waitExposed(editor)
    asked: list[bool] = []

    def leave_out() -> bool:
        asked.append(True)
        return False

    editor.ask_include_confidential = leave_out  # type: ignore[method-assign]
    qtbot.keyClicks(editor.fields.summary_edit, " UNSAVEDEDIT")
    assert editor.has_unsaved_changes()
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    assert not editor.has_unsaved_changes()  # saved before printing
    assert "UNSAVEDEDIT" in pf.sessions.get(w.confidential_id).summary
    assert asked == [True]
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    (job,) = opened
    out = tmp_path / "summary.pdf"
    with qtbot.waitSignal(editor.document_printed) as blocker:
        job.print_to(pdf_printer(out))
    (entry,) = DocumentService(pf).log_for_client(w.client_id)
    assert blocker.args == [entry.id]
    assert entry.kind == DocumentKind.SESSION_SUMMARY.value
    assert entry.channel is Channel.PRINTED
    assert entry.session_ids == (w.confidential_id,) and entry.confidential_ids == ()
    text = pdf_text(out.read_bytes())
    assert contains(out.read_bytes(), "José García")
    assert "CONFCANARY" not in text and "UNSAVEDEDIT" not in text and "PRIVCANARY" not in text
    editor.close()


def test_print_summary_includes_confidential_texts_only_when_asked(
    qtbot: QtBot, world_pf: tuple[PracticeFile, World], monkeypatch: pytest.MonkeyPatch
) -> None:
    pf, w = world_pf
    opened = previews_opened(monkeypatch)
    editor = SessionEditor(pf, RevealState(), session_id=w.confidential_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.ask_include_confidential = lambda: None  # type: ignore[method-assign]
    assert not editor.print_summary()  # cancelled: nothing built
    editor.ask_include_confidential = lambda: True  # type: ignore[method-assign]
    assert editor.print_summary()
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert len(opened) == 1
    text = pdf_text(opened[0].rendered.pdf)
    assert "CONFCANARY" in text and "PRIVCANARY" not in text
    editor.close()


def test_the_preview_paints_at_screen_resolution(
    world_pf: tuple[PracticeFile, World], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pf, w = world_pf
    rendered = letter(pf, w)
    sizes: list[int] = []
    original = printing._paint_page

    def spy(painter: object, document: object, page: int, scale: float) -> None:
        sizes.append(round(scale * 1200))
        original(painter, document, page, scale)  # type: ignore[arg-type]

    monkeypatch.setattr(printing, "_paint_page", spy)
    print_document(pdf_printer(tmp_path / "a.pdf"), rendered)
    print_document(pdf_printer(tmp_path / "b.pdf"), rendered, dpi=printing.PREVIEW_DPI)
    pages = page_count(rendered.pdf)
    assert sizes == [printing.MAX_DPI] * pages + [printing.PREVIEW_DPI] * pages
