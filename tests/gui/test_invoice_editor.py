"""The invoice editor: an invoice from billable sessions (never pro bono), addressed to the
client or the payer with its PO number, free lines, the live preview, what stops issuing in
words, issuing with its number after which nothing changes, the PDF saved and logged, a credit
note that names its invoice, and nothing lost when closing or locking."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from mentordesk.domain.enums import Funding
from mentordesk.services.document_log import DocumentKind
from mentordesk.services.invoice_records import InvoiceState, InvoiceStatus
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui import labels, workers
from mentordesk.ui.money.editor_questions import UnsavedAnswer
from mentordesk.ui.money.invoice_editor import InvoiceEditor
from mentordesk.ui.money.line_table import DESCRIPTION, PRICE, QUANTITY
from tests.conftest import PASSPHRASE
from tests.gui.money_world import PO, World, make_world
from tests.unit.documents.pdf_check import contains, page_count, pdf_text

YEAR = dt.date.today().year
Factory = Callable[..., InvoiceEditor]


@pytest.fixture
def books(practice_path: Path) -> Iterator[tuple[PracticeFile, World]]:
    pf = open_practice(practice_path, PASSPHRASE)
    try:
        yield pf, make_world(pf)
    finally:
        pf.close()


@pytest.fixture
def open_editor(qtbot: QtBot, books: tuple[PracticeFile, World]) -> Iterator[Factory]:
    pf, _world = books

    def make(**kwargs: object) -> InvoiceEditor:
        editor = InvoiceEditor(pf, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(editor)
        editor.confirm_issue = lambda: True  # type: ignore[method-assign]
        editor.resize(1200, 800)
        editor.show()
        qtbot.waitExposed(editor)
        wait_for_preview(qtbot, editor)
        return editor

    yield make
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, InvoiceEditor):
            widget.ask_unsaved = lambda: UnsavedAnswer.DISCARD  # type: ignore[method-assign]
        widget.close()


def wait_for_preview(qtbot: QtBot, editor: InvoiceEditor) -> None:
    qtbot.waitUntil(lambda: not editor.preview_pending() and not workers.busy(), timeout=15_000)


def test_an_invoice_from_two_billable_sessions_is_issued_and_then_read_only(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.jose)
    offered = {editor.picker.entry(s) is not None for s in world.billable}
    assert offered == {True}
    assert editor.picker.entry(world.pro_bono_session) is None  # pro bono: never billable
    assert sorted(editor.picker.checked_ids()) == sorted(world.billable)
    assert editor.lines_table.rowCount() == 2
    assert editor.lines_table.description(0).startswith("Mentorgesprek ")
    assert "CANARY" not in " ".join(
        editor.lines_table.description(r) for r in range(editor.lines_table.rowCount())
    )
    # 60 + 90 minutes at 95.00: 237.50 net, 21 % VAT 49.88, total 287.38
    assert editor.total_label.text() == labels.money_text(28738)
    assert editor.rendered is not None
    assert editor.preview.page_count() == page_count(editor.rendered.pdf) >= 1
    assert contains(editor.rendered.pdf, "CONCEPT")

    assert editor.issue()
    invoice = InvoiceService(pf).get(int(editor.invoice_id or 0))
    assert invoice.number == f"{YEAR}-0001"
    assert invoice.status is InvoiceStatus.ISSUED
    assert editor.tab_title == f"Invoice {YEAR}-0001"
    assert not editor.is_editable
    assert editor.lines_table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert editor.save_button.isHidden() and editor.issue_button.isHidden()
    assert editor.picker.isHidden() and editor.add_line_button.isHidden()
    assert not editor.save() and not editor.issue() and not editor.delete_draft()
    assert editor.state_chip.text() == "Open"
    assert f"{YEAR}-0001" in editor.banner.text()
    wait_for_preview(qtbot, editor)
    assert editor.rendered is not None
    assert contains(editor.rendered.pdf, f"{YEAR}-0001")
    assert editor.preview.page_count() == page_count(editor.rendered.pdf)


def test_what_stops_issuing_is_said_in_words_with_a_way_to_fix_it(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    details = pf.practice.get()
    from dataclasses import replace

    pf.practice.update(replace(details, kvk_number="", iban=""))
    editor = open_editor(client_id=world.jose)
    asked: list[bool] = []
    editor.confirm_issue = lambda: asked.append(True) or True  # type: ignore[method-assign]
    assert not editor.issue()
    assert not asked  # nothing to confirm while something is missing
    text = editor.problem_text()
    assert "KvK number" in text and "IBAN" in text and "practice details" in text
    assert editor.settings_button.isVisible()
    assert InvoiceService(pf).get(int(editor.invoice_id or 0)).is_draft  # saved, not issued
    with qtbot.waitSignal(editor.settings_requested):
        qtbot.mouseClick(editor.settings_button, Qt.MouseButton.LeftButton)

    pf.practice.update(details)  # the mentor filled them in
    assert editor.refresh_problems() == []
    assert not editor.problems_box.isVisible()
    assert editor.issue()


def test_an_invoice_to_the_payer_carries_its_po_number_and_a_free_line(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.anna)
    assert editor.addressee_combo.currentText() == "Tom & Jerry BV"
    assert editor.reference_edit.text() == PO
    row = editor.add_free_line()
    table = editor.lines_table
    table.item(row, DESCRIPTION).setText("Werkboek <Kernkwaliteiten> & reader")
    table.item(row, PRICE).setText("12,50")
    assert table.item(row, PRICE).text() == labels.money_text(1250)
    wait_for_preview(qtbot, editor)
    # one hour at 120.00 plus 12.50, 21 % VAT: 132.50 + 27.83 = 160.33
    assert editor.total_label.text() == labels.money_text(16033)
    assert editor.save()
    invoice = InvoiceService(pf).get(int(editor.invoice_id or 0))
    assert invoice.reference == PO
    assert invoice.payer_id == world.payer_id
    assert invoice.lines[-1].description == "Werkboek <Kernkwaliteiten> & reader"
    assert editor.rendered is not None
    assert contains(editor.rendered.pdf, PO)

    editor.addressee_combo.setCurrentIndex(editor.addressee_combo.findData(None))
    assert table.rowCount() == 1  # the employer's session cannot go to the client
    assert editor.picker_empty.isVisible()


def test_a_cell_that_cannot_be_read_is_named_and_nothing_is_saved(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.jose)
    editor.lines_table.item(1, QUANTITY).setText("anderhalf")
    wait_for_preview(qtbot, editor)
    assert "line 2" in editor.preview.message() and "anderhalf" in editor.preview.message()
    assert not editor.save()
    assert "anderhalf" in editor.error_label.text()
    assert InvoiceService(pf).list() == []


def test_unticking_a_session_removes_its_line(
    open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    _pf, world = books
    editor = open_editor(client_id=world.jose)
    editor.picker.set_checked(world.billable[0], False)
    assert editor.lines_table.rowCount() == 1
    assert editor.lines_table.session_of(0) == world.billable[1]
    editor.picker.set_checked(world.billable[0], True)
    assert [editor.lines_table.session_of(r) for r in range(2)] == list(world.billable)


def test_saving_the_pdf_writes_a_log_row_with_the_same_sha256(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World], tmp_path: Path
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.jose)
    assert editor.issue()
    wait_for_preview(qtbot, editor)
    target = tmp_path / "factuur.pdf"
    with qtbot.waitSignal(editor.document_saved, timeout=15_000) as saved:
        editor.save_pdf(target)
    entry = MoneyDocumentService(pf).log_for_invoice(int(editor.invoice_id or 0))[-1]
    assert saved.args == [entry.id]
    assert entry.kind == DocumentKind.INVOICE
    assert entry.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert f"{YEAR}-0001" in pdf_text(target.read_bytes())
    assert "factuur.pdf" in editor.status_label.text()


def test_a_credit_note_from_an_invoice_names_it(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.jose)
    assert editor.issue()
    with qtbot.waitSignal(editor.invoice_requested) as requested:
        credit_id = editor.make_credit_note()
    assert requested.args == [credit_id]
    credit = open_editor(invoice_id=credit_id)
    assert credit.title_label.text() == "Credit note"
    assert f"{YEAR}-0001" in credit.banner.text()
    assert credit.original_button.isVisible()
    assert credit.picker.isHidden()  # a credit note keeps the invoice's lines, no new sessions
    assert credit.picker_empty.isHidden()
    assert credit.rendered is not None and contains(credit.rendered.pdf, f"{YEAR}-0001")
    assert credit.issue()
    issued = InvoiceService(pf).get(int(credit_id or 0))
    assert issued.number == f"{YEAR}-0002"
    assert issued.credited_number == f"{YEAR}-0001"
    assert f"corrects invoice {YEAR}-0001" in credit.banner.text()
    assert InvoiceService(pf).get(int(editor.invoice_id or 0)).state is InvoiceState.CREDITED


def test_closing_with_unsaved_changes_asks_and_keeps_the_draft(
    open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.jose)
    assert editor.has_unsaved_changes()  # a new invoice is not in the file yet
    editor.ask_unsaved = lambda: UnsavedAnswer.CANCEL  # type: ignore[method-assign]
    assert not editor.confirm_close()
    editor.ask_unsaved = lambda: UnsavedAnswer.SAVE  # type: ignore[method-assign]
    assert editor.confirm_close()
    drafts = InvoiceService(pf).list()
    assert len(drafts) == 1 and drafts[0].status is InvoiceStatus.DRAFT


def test_locking_keeps_a_changed_draft_in_the_file(
    open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.jose)
    assert editor.save()
    editor.note_edit.setPlainText("Graag binnen 14 dagen")
    assert editor.has_unsaved_changes()
    editor.park()
    stored = InvoiceService(pf).get(int(editor.invoice_id or 0))
    assert stored.note == "Graag binnen 14 dagen"
    assert not editor.has_unsaved_changes()


def test_no_pro_bono_session_can_be_put_on_an_invoice(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    editor = open_editor(client_id=world.jose)
    assert all(
        pf.engagements.get(pf.sessions.get(s).engagement_id).funding.billable
        for s in editor.picker.checked_ids()
    )
    engagement = pf.engagements.get(world.pro_bono_engagement)
    assert engagement.funding is Funding.PRO_BONO
    assert InvoiceService(pf).billable_sessions(world.jose)
    assert world.pro_bono_session not in {
        s.session_id for s in InvoiceService(pf).billable_sessions(world.jose)
    }


def test_printing_the_invoice_logs_it_before_painting(
    qtbot: QtBot, open_editor: Factory, books: tuple[PracticeFile, World], tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    pf, world = books
    editor = open_editor(client_id=world.jose)
    assert editor.issue()
    wait_for_preview(qtbot, editor)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    with qtbot.waitSignal(editor.document_printed, timeout=15_000) as printed:
        editor.print_pdf(printer)
    entry = MoneyDocumentService(pf).log_for_invoice(int(editor.invoice_id or 0))[-1]
    assert printed.args == [entry.id]
    assert entry.channel.value == "printed"
    assert editor.rendered is not None and entry.sha256 == editor.rendered.sha256
    assert (tmp_path / "printed.pdf").stat().st_size > 0
