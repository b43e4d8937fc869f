"""Registering payments: a partial payment makes an invoice partly paid, the rest makes it paid;
amounts that cannot be read or are too large are refused at the field and nothing is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import InvoiceState, PaymentMethod
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui import labels
from mentordesk.ui.money.invoice_editor import InvoiceEditor
from mentordesk.ui.money.payment_dialog import PaymentDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_workers
from tests.gui.money_world import World, make_world

TODAY = dt.date.today()


@pytest.fixture
def issued(practice_path: Path) -> Iterator[tuple[PracticeFile, World, int]]:
    """An invoice for José's two sessions (287.38), issued today."""
    pf = open_practice(practice_path, PASSPHRASE)
    try:
        world = make_world(pf)
        service = InvoiceService(pf)
        invoice = service.create(service.suggest(world.jose))
        yield pf, world, service.issue(invoice.id).id
    finally:
        pf.close()


def open_dialog(qtbot: QtBot, pf: PracticeFile, invoice_id: int) -> PaymentDialog:
    dialog = PaymentDialog(pf, invoice_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_partial_payment_then_the_rest(
    qtbot: QtBot, issued: tuple[PracticeFile, World, int]
) -> None:
    pf, _world, invoice_id = issued
    dialog = open_dialog(qtbot, pf, invoice_id)
    assert dialog.amount_edit.text() == labels.money_text(28738)  # the whole balance
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "100")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(PaymentMethod.CASH.value))
    with qtbot.waitSignal(dialog.payment_registered) as registered:
        assert dialog.register()
    assert registered.args == [invoice_id]
    invoice = InvoiceService(pf).get(invoice_id)
    assert invoice.state is InvoiceState.PARTLY_PAID
    assert invoice.paid_cents == 10000
    assert invoice.payments[0].method is PaymentMethod.CASH

    rest = open_dialog(qtbot, pf, invoice_id)
    assert rest.amount_edit.text() == labels.money_text(18738)
    qtbot.mouseClick(rest.save_button, Qt.MouseButton.LeftButton)
    assert not rest.isVisible()
    assert InvoiceService(pf).get(invoice_id).state is InvoiceState.PAID


def test_an_amount_that_cannot_be_read_or_is_too_large_is_refused_at_the_field(
    qtbot: QtBot, issued: tuple[PracticeFile, World, int]
) -> None:
    pf, _world, invoice_id = issued
    dialog = open_dialog(qtbot, pf, invoice_id)
    dialog.set_amount("twee tientjes")
    assert not dialog.register()
    assert "twee tientjes" in dialog.errors.message("amount_cents")
    dialog.set_amount("500")
    assert not dialog.register()
    assert "500.00" in dialog.errors.message("amount_cents")
    dialog.set_amount("50")
    dialog.set_date(TODAY + dt.timedelta(days=3))  # the calendar stops at today
    assert dialog.draft().date == TODAY
    assert InvoiceService(pf).get(invoice_id).payments == ()
    assert dialog.isVisible()


def test_after_a_credit_note_the_dialog_registers_money_paid_back(
    qtbot: QtBot, issued: tuple[PracticeFile, World, int]
) -> None:
    pf, _world, invoice_id = issued
    open_dialog(qtbot, pf, invoice_id).register()  # paid in full
    CreditNoteService(pf).credit_in_full(invoice_id)
    dialog = open_dialog(qtbot, pf, invoice_id)
    assert dialog.refund
    assert "paid back" in dialog.windowTitle()
    assert dialog.amount_edit.text() == labels.money_text(28738)
    assert dialog.register()
    invoice = InvoiceService(pf).get(invoice_id)
    assert invoice.paid_cents == 0
    assert invoice.state is InvoiceState.CREDITED


def test_the_editor_shows_the_new_state_after_a_payment(
    qtbot: QtBot, issued: tuple[PracticeFile, World, int]
) -> None:
    pf, _world, invoice_id = issued
    editor = InvoiceEditor(pf, invoice_id=invoice_id)
    qtbot.addWidget(editor)
    editor.show()
    wait_for_workers(qtbot)
    assert editor.state_chip.text() == "Open"
    dialog = editor.register_payment()
    assert dialog is not None
    dialog.set_amount("87,38")
    with qtbot.waitSignal(editor.invoice_changed):
        assert dialog.register()
    assert editor.state_chip.text() == "Partly paid"
    assert editor.payments_list.topLevelItemCount() == 1
    assert labels.money_text(20000) in editor.payments_label.text()
    wait_for_workers(qtbot)
    editor.close()
