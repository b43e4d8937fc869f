"""Payments: partial, full, refunds after a credit note; the states they lead to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.domain.money import euro_text
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import InvoiceState, PaymentDraft, PaymentMethod
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.payments import PaymentService
from mentordesk.services.practice_file import PracticeFile, open_practice
from tests.conftest import PASSPHRASE
from tests.unit.services.money_setup import DAY, books

DUE = DAY + dt.timedelta(days=14)


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def invoice_id(pf: PracticeFile) -> int:
    found = books(pf)
    invoices = InvoiceService(pf)
    draft = invoices.create(invoices.suggest(found.client_id))
    return invoices.issue(draft.id, on=DAY, today=DAY).id


def state(pf: PracticeFile, invoice_id: int, today: dt.date) -> tuple[InvoiceState, int]:
    invoice = InvoiceService(pf).get(invoice_id, today=today)
    return invoice.state, invoice.balance_cents


def test_open_partly_paid_overdue_and_paid(pf: PracticeFile, invoice_id: int) -> None:
    total = InvoiceService(pf).get(invoice_id).totals.total_cents
    assert state(pf, invoice_id, DAY) == (InvoiceState.OPEN, total)
    assert state(pf, invoice_id, DUE)[0] is InvoiceState.OPEN  # due today is not overdue
    assert state(pf, invoice_id, DUE + dt.timedelta(days=1))[0] is InvoiceState.OVERDUE
    payments = PaymentService(pf)
    part = payments.add(invoice_id, PaymentDraft(DAY, 10000, PaymentMethod.CASH), today=DAY)
    assert (part.amount_cents, part.method) == (10000, PaymentMethod.CASH)
    assert state(pf, invoice_id, DAY) == (InvoiceState.PARTLY_PAID, total - 10000)
    assert state(pf, invoice_id, DUE + dt.timedelta(days=1)) == (
        InvoiceState.OVERDUE,
        total - 10000,
    )
    payments.pay_in_full(invoice_id, DUE, today=DUE)
    assert state(pf, invoice_id, DUE + dt.timedelta(days=30)) == (InvoiceState.PAID, 0)
    assert [p.amount_cents for p in payments.for_invoice(invoice_id)] == [10000, total - 10000]


def test_more_than_is_open_is_refused(pf: PracticeFile, invoice_id: int) -> None:
    total = InvoiceService(pf).get(invoice_id).totals.total_cents
    with pytest.raises(ValidationError) as caught:
        PaymentService(pf).add(invoice_id, PaymentDraft(DAY, total + 1), today=DAY)
    assert caught.value.field == "amount_cents"
    assert "nog openstaat" in caught.value.text("nl")
    # amounts in each language's own way: € 1.234,56 in Dutch, €1,234.56 in English
    assert euro_text(total + 1, "nl") in caught.value.text("nl")
    assert euro_text(total + 1, "en") in caught.value.text("en")
    assert PaymentService(pf).for_invoice(invoice_id) == []


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (PaymentDraft(DAY, 0), "amount_cents"),
        (PaymentDraft(DAY, 12.5), "amount_cents"),  # type: ignore[arg-type]
        (PaymentDraft(DAY + dt.timedelta(days=1), 100), "date"),
        (PaymentDraft(DAY, 100, "cheque"), "method"),  # type: ignore[arg-type]
        (PaymentDraft(DAY, -100), "amount_cents"),  # nothing paid too much to refund
    ],
)
def test_bad_payments_are_refused_at_their_field(
    pf: PracticeFile, invoice_id: int, draft: PaymentDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        PaymentService(pf).add(invoice_id, draft, today=DAY)
    assert caught.value.field == field


def test_no_payments_on_drafts_or_credit_notes(pf: PracticeFile, invoice_id: int) -> None:
    credit = CreditNoteService(pf).create(invoice_id)
    with pytest.raises(ValidationError, match="issued invoices"):
        PaymentService(pf).add(credit.id, PaymentDraft(DAY, 100), today=DAY)
    InvoiceService(pf).issue(credit.id, on=DAY, today=DAY)
    with pytest.raises(ValidationError, match="issued invoices"):
        PaymentService(pf).add(credit.id, PaymentDraft(DAY, 100), today=DAY)


def test_a_credit_note_after_payment_means_a_refund_is_due(
    pf: PracticeFile, invoice_id: int
) -> None:
    payments = PaymentService(pf)
    payments.pay_in_full(invoice_id, DAY, today=DAY)
    credit = CreditNoteService(pf).credit_in_full(invoice_id, on=DAY)
    total = -credit.totals.total_cents
    assert state(pf, invoice_id, DAY) == (InvoiceState.REFUND_DUE, -total)
    with pytest.raises(ValidationError, match="more than was paid too much"):
        payments.add(invoice_id, PaymentDraft(DAY, -total - 1), today=DAY)
    payments.add(invoice_id, PaymentDraft(DAY, -total, note="Teruggestort"), today=DAY)
    assert state(pf, invoice_id, DAY) == (InvoiceState.CREDITED, 0)  # and paid back


def test_a_mistaken_payment_can_be_deleted_and_is_audited(
    pf: PracticeFile, invoice_id: int
) -> None:
    payments = PaymentService(pf)
    payment = payments.add(invoice_id, PaymentDraft(DAY, 5000), today=DAY)
    payments.delete(payment.id)
    assert payments.for_invoice(invoice_id) == []
    with pytest.raises(NotFoundError):
        payments.delete(payment.id)
    actions = [
        row[0]
        for row in pf.connection.execute("SELECT action FROM audit_event ORDER BY id")
        if row[0].startswith("payment_")
    ]
    assert actions == ["payment_registered", "payment_deleted"]
