"""The invoices page: filters by year and status change the rows and the totals, overdue rows
stand out, sensitive clients show initials, reminders and credit notes start here, and the work
ready to invoice never offers pro bono sessions. Also the window's Invoices tab and the
dashboard's overdue card."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.document_log import DocumentKind
from mentordesk.services.invoice_records import InvoiceState
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui import labels
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.money.editor_questions import UnsavedAnswer
from mentordesk.ui.money.invoice_editor import InvoiceEditor
from mentordesk.ui.money.invoice_table import OVERDUE_BACKGROUND, Column
from mentordesk.ui.money.invoices_page import InvoicesPage
from mentordesk.ui.pages.dashboard_page import DashboardPage
from mentordesk.ui.reveal import RevealState
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_workers
from tests.gui.money_world import LAST_YEAR, TODAY, World, add_invoices, make_world


@pytest.fixture
def books(practice_path: Path) -> Iterator[tuple[PracticeFile, World]]:
    pf = open_practice(practice_path, PASSPHRASE)
    try:
        yield pf, add_invoices(pf, make_world(pf))
    finally:
        pf.close()


@pytest.fixture
def page(qtbot: QtBot, books: tuple[PracticeFile, World]) -> InvoicesPage:
    pf, _world = books
    shown = InvoicesPage(pf, RevealState())
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.refresh(today=TODAY)
    shown.show()
    return shown


def numbers(page: InvoicesPage) -> set[int]:
    return {row.id for row in page.model.visible_rows()}


def test_year_and_status_filters_change_rows_and_totals(
    page: InvoicesPage, books: tuple[PracticeFile, World]
) -> None:
    _pf, world = books
    ids = world.invoices
    this_year = {ids["overdue"], ids["partly"], ids["sensitive"], ids["draft"]}
    assert page.year_combo.currentData() == TODAY.year
    assert numbers(page) == this_year
    totals = page.totals()
    assert totals.count == 3
    assert totals.paid_cents == 5000
    assert labels.money_text(totals.outstanding_cents) in page.totals_label.text()

    page.set_year(LAST_YEAR)
    assert numbers(page) == {ids["paid"], ids["draft"]}  # a draft has no year: always listed
    last = page.totals()
    assert last.count == 1
    assert last.outstanding_cents == 0
    assert last.invoiced_cents == last.paid_cents > 0

    page.set_year(TODAY.year)
    page.set_status(InvoiceState.OVERDUE)
    assert numbers(page) == {ids["overdue"]}
    overdue = page.totals()
    assert overdue.overdue_cents == overdue.outstanding_cents > 0
    assert page.overdue_label.isVisible()

    page.set_status("to_pay")
    assert numbers(page) == {ids["overdue"], ids["partly"], ids["sensitive"]}
    page.set_status(InvoiceState.DRAFT)
    assert numbers(page) == {ids["draft"]}
    assert page.totals().count == 0


def test_the_filter_box_narrows_the_rows_and_the_totals(
    qtbot: QtBot, page: InvoicesPage, books: tuple[PracticeFile, World]
) -> None:
    _pf, world = books
    before = page.totals().count
    qtbot.keyClicks(page.filter_edit, "U.S")  # initials of the sensitive client, accents folded
    assert numbers(page) == {world.invoices["sensitive"]}
    assert page.totals().count == 1 < before
    # a lock forgets the filter too, and after it the box and the list agree again
    page.clear()
    assert page.filter_edit.text() == ""
    page.refresh()
    assert page.totals().count == before


def test_overdue_rows_are_highlighted(
    page: InvoicesPage, books: tuple[PracticeFile, World]
) -> None:
    _pf, world = books
    model = page.model
    overdue_row = model.row_of(world.invoices["overdue"])
    open_row = model.row_of(world.invoices["sensitive"])
    assert model.is_highlighted(overdue_row)
    assert not model.is_highlighted(open_row)
    background = model.data(model.index(overdue_row, Column.NUMBER), Qt.ItemDataRole.BackgroundRole)
    assert background == OVERDUE_BACKGROUND
    assert model.data(model.index(open_row, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.text(overdue_row, Column.STATE).startswith("Overdue · ")
    assert model.text(model.row_of(world.invoices["partly"]), Column.STATE) == "Partly paid"


def test_a_sensitive_client_shows_initials_even_as_addressee(page: InvoicesPage) -> None:
    texts = [
        page.model.text(row, column) for row in range(page.model.rowCount()) for column in Column
    ]
    assert "Ü.Ş." in texts
    assert not any("Ülkü" in text or "Şahin" in text for text in texts)


def test_a_reminder_for_an_overdue_invoice_is_saved_and_logged(
    qtbot: QtBot, page: InvoicesPage, books: tuple[PracticeFile, World], tmp_path: Path
) -> None:
    pf, world = books
    invoice_id = world.invoices["overdue"]
    page.select_invoice(world.invoices["sensitive"])
    assert not page.reminder_button.isEnabled()  # not overdue: no reminder
    page.select_invoice(invoice_id)
    assert page.reminder_button.isEnabled()
    target = tmp_path / "herinnering.pdf"
    with qtbot.waitSignal(page.document_saved, timeout=15_000):
        page.save_reminder(target)
    wait_for_workers(qtbot)
    entry = MoneyDocumentService(pf).log_for_invoice(invoice_id)[-1]
    assert entry.kind == DocumentKind.PAYMENT_REMINDER
    assert entry.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert "herinnering.pdf" in page.status_label.text()


def test_a_credit_note_from_the_page_opens_as_a_draft_that_names_its_invoice(
    qtbot: QtBot, page: InvoicesPage, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    page.select_invoice(world.invoices["sensitive"])
    with qtbot.waitSignal(page.invoice_requested) as opened:
        credit_id = page.make_credit_note()
    assert opened.args == [credit_id]
    credit = InvoiceService(pf).get(int(credit_id or 0))
    assert credit.is_credit_note and credit.is_draft
    assert credit.credited_invoice_id == world.invoices["sensitive"]
    assert CreditNoteService(pf).for_invoice(world.invoices["sensitive"])[0].id == credit_id


def test_deleting_a_draft_asks_first(
    page: InvoicesPage, books: tuple[PracticeFile, World], monkeypatch: pytest.MonkeyPatch
) -> None:
    _pf, world = books
    page.select_invoice(world.invoices["draft"])
    monkeypatch.setattr(page, "confirm_delete", lambda _row: False)
    assert not page.delete_draft()
    assert world.invoices["draft"] in numbers(page)
    monkeypatch.setattr(page, "confirm_delete", lambda _row: True)
    assert page.delete_draft()
    assert world.invoices["draft"] not in numbers(page)


def test_work_ready_to_invoice_never_offers_pro_bono(
    qtbot: QtBot, page: InvoicesPage, books: tuple[PracticeFile, World]
) -> None:
    _pf, world = books
    offered = {sid for group in page.ready.groups for sid in group.session_ids}
    assert set(world.billable) <= offered
    assert world.pro_bono_session not in offered
    jose = next(g for g in page.ready.groups if g.client_id == world.jose)
    anna = next(g for g in page.ready.groups if g.client_id == world.anna)
    assert anna.payer_name == "Tom & Jerry BV" and jose.payer_name == ""
    page.ready.list.setCurrentItem(page.ready.list.topLevelItem(page.ready.groups.index(jose)))
    with qtbot.waitSignal(page.new_invoice_requested) as started:
        qtbot.mouseClick(page.ready.invoice_button, Qt.MouseButton.LeftButton)
    assert started.args == [world.jose, list(jose.session_ids)]


def test_the_dashboard_card_lists_overdue_invoices_and_opens_them(
    qtbot: QtBot, books: tuple[PracticeFile, World]
) -> None:
    pf, world = books
    dashboard = DashboardPage(pf, RevealState())
    qtbot.addWidget(dashboard)
    dashboard.refresh(today=TODAY)
    entries = dashboard.overdue_list
    assert entries.topLevelItemCount() == 1
    balance = InvoiceService(pf).get(world.invoices["overdue"], today=TODAY).balance_cents
    assert dashboard.overdue_card.count_label.text() == f"1 · {labels.money_text(balance)}"
    with qtbot.waitSignal(dashboard.invoice_requested) as opened:
        entries.itemActivated.emit(entries.topLevelItem(0), 0)
    assert opened.args == [world.invoices["overdue"]]


def test_the_window_has_invoices_and_reports_tabs_and_opens_an_invoice(
    qtbot: QtBot, practice_path: Path
) -> None:
    pf = open_practice(practice_path, PASSPHRASE)
    world = add_invoices(pf, make_world(pf))
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.commands.invoices.shortcut().toString() == "Ctrl+5"
    assert window.commands.reports.shortcut().toString() == "Ctrl+6"
    assert window.commands.new_invoice.shortcut().toString() == "Ctrl+Shift+I"
    window.commands.invoices.trigger()
    assert window.tabs.currentWidget() is window.invoices_page
    assert window.invoices_page.model.rowCount() > 0
    window.commands.reports.trigger()
    assert window.tabs.currentWidget() is window.reports_page
    assert window.reports_page.revenue_chart.values() != [0] * 12
    window.open_client(world.jose)
    window.commands.new_invoice.trigger()  # for the client on screen
    fresh = window.tabs.currentWidget()
    assert isinstance(fresh, InvoiceEditor) and fresh.client.id == world.jose
    assert fresh.lines_table.rowCount() == len(world.billable)
    fresh.ask_unsaved = lambda: UnsavedAnswer.CANCEL  # type: ignore[method-assign]
    window.work.close_tab(window.tabs.indexOf(fresh))  # not saved: asks first
    assert fresh in window.work.pages_of(InvoiceEditor)
    fresh.ask_unsaved = lambda: UnsavedAnswer.DISCARD  # type: ignore[method-assign]
    window.work.close_tab(window.tabs.indexOf(fresh))
    assert fresh not in window.work.pages_of(InvoiceEditor)
    editor = window.work.open_invoice(world.invoices["partly"])
    assert isinstance(editor, InvoiceEditor)
    assert window.tabs.currentWidget() is editor
    wait_for_workers(qtbot)
    window.lock()
    assert editor not in window.work.pages_of(InvoiceEditor)
    assert window.invoices_page.model.rowCount() == 0  # nothing shown behind the lock
    window.lock_screen.passphrase_edit.setText(PASSPHRASE)
    window.lock_screen.passphrase_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: not window.locked, timeout=15_000)
    assert editor in window.work.pages_of(InvoiceEditor)
    window.close()


def test_the_client_page_lists_the_clients_invoices_and_records_the_listed_consent(
    qtbot: QtBot, books: tuple[PracticeFile, World]
) -> None:
    from mentordesk.services.reports import ReportService
    from mentordesk.ui.client_page import ClientPage

    pf, world = books
    page = ClientPage(pf, world.jose)
    qtbot.addWidget(page)
    page.show()
    view = page.invoices_view
    jose_invoices = {world.invoices[k] for k in ("paid", "overdue", "partly", "draft")}
    assert {row.id for row in view.rows} == jose_invoices
    assert page.side_tabs.tabText(3) == "Invoices (4)"
    with qtbot.waitSignal(page.invoice_requested) as opened:
        view.table.itemActivated.emit(view.table.topLevelItem(0), 0)
    assert opened.args[0] in jose_invoices
    assert not view.pro_bono_button.isHidden()  # José has pro bono work
    assert not ReportService(pf).is_listed(world.jose)
    page.side_tabs.setCurrentWidget(view)
    qtbot.mouseClick(view.listed_check, Qt.MouseButton.LeftButton)
    assert ReportService(pf).is_listed(world.jose)
    with qtbot.waitSignal(page.new_invoice_requested) as started:
        qtbot.mouseClick(page.header.invoice_button, Qt.MouseButton.LeftButton)
    assert started.args == [world.jose, None]


def test_the_practice_details_check_the_invoice_number_pattern(
    qtbot: QtBot, books: tuple[PracticeFile, World]
) -> None:
    from mentordesk.ui.settings.practice_page import PracticePage

    pf, _world = books
    page = PracticePage(pf)
    qtbot.addWidget(page)
    page.load()
    assert page.pattern_edit.text() == "{year}-{seq:04d}"
    page.pattern_edit.setText("{seq}")
    assert "not a usable pattern" in page.pattern_example.text()
    assert "invoice_number_pattern" in {field for field, _text in page.problems()}
    page.pattern_edit.setText("F{yy}-{seq:03d}")
    assert page.pattern_example.text().endswith("F" + str(TODAY.year)[2:] + "-001") or (
        "-001" in page.pattern_example.text()
    )
    assert "invoice_number_pattern" not in {field for field, _text in page.problems()}
    page.save()
    assert pf.practice.get().invoice_number_pattern == "F{yy}-{seq:03d}"
