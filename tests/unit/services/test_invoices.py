"""Invoices through the services: from billable sessions to drafts, issuing, numbering, credit
notes, and everything that is refused on the way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mentordesk.domain.billing import LineUnit
from mentordesk.domain.enums import Language, VatRegime
from mentordesk.domain.vat import VatTreatment
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceState,
    InvoiceStatus,
    LineDraft,
    draft_of,
)
from mentordesk.services.invoices import InvoiceIssuedError, InvoiceService
from mentordesk.services.practice_file import PracticeFile, open_practice
from tests.conftest import PASSPHRASE
from tests.unit.services.money_setup import DAY, Books, books, practice


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def found(pf: PracticeFile) -> Books:
    return books(pf)


def issue(pf: PracticeFile, invoice_id: int, day: dt.date = DAY) -> str:
    number = InvoiceService(pf).issue(invoice_id, on=day, today=day).number
    assert number is not None
    return number


def test_billable_sessions_are_paid_held_and_not_invoiced_with_their_lines(
    pf: PracticeFile, found: Books
) -> None:
    ready = InvoiceService(pf).billable_sessions()
    assert [s.session_id for s in ready] == [*found.paid_sessions, *found.payer_sessions]
    lines = {s.session_id: s.line for s in ready}
    sixty, ninety, fifty = (lines[i] for i in found.paid_sessions)
    assert (sixty.description, sixty.quantity, sixty.unit) == (
        "Mentorgesprek 06-01-2025, 60 min",
        Decimal(1),
        LineUnit.HOUR,
    )
    assert (ninety.quantity, ninety.unit_price_cents) == (Decimal("1.5"), 9500)
    assert (fifty.quantity, fifty.unit, fifty.unit_price_cents) == (1, LineUnit.SESSION, 7917)
    package = lines[found.payer_sessions[0]]
    assert (package.unit, package.unit_price_cents) == (LineUnit.SESSION, 12500)
    assert all(line.vat_rate_permille == 210 for line in lines.values())


def test_line_descriptions_never_carry_note_content(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(found.client_id))
    for line in invoice.lines:
        assert "scheiding" not in line.description.lower()
        assert line.description.startswith("Mentorgesprek ")


def test_a_draft_for_the_client_and_one_for_the_payer_with_its_reference(
    pf: PracticeFile, found: Books
) -> None:
    invoices = InvoiceService(pf)
    own = invoices.create(invoices.suggest(found.client_id))
    assert own.payer_id is None
    assert own.addressee.name == "José García"
    assert (own.reference, own.about) == ("", "")
    assert (own.period_start, own.period_end) == (dt.date(2025, 1, 6), dt.date(2025, 1, 20))
    assert own.totals.net_cents == 9500 + 14250 + 7917
    assert own.totals.vat_cents == 6650  # 21 % of 316.67 = 66.5007
    assert own.state is InvoiceState.DRAFT and own.number is None
    paid = invoices.create(invoices.suggest(found.payer_client_id))
    assert paid.payer_id == found.payer_id
    assert paid.addressee.name == "Tom & Jerry <BV>"
    assert paid.addressee.attention == "Marloes Verhoef"
    assert paid.addressee.vat_id == "NL812345678B01"
    assert paid.reference == "PO-77 Şahin"  # the engagement's own reference comes first
    assert paid.about == "Ülkü Şahin"


def test_issuing_gives_contiguous_numbers_per_year_and_freezes_the_details(
    pf: PracticeFile, found: Books
) -> None:
    invoices = InvoiceService(pf)
    first = invoices.create(invoices.suggest(found.client_id, found.paid_sessions[:1]))
    second = invoices.create(invoices.suggest(found.client_id, found.paid_sessions[1:]))
    third = invoices.create(invoices.suggest(found.payer_client_id))
    assert issue(pf, first.id, dt.date(2025, 2, 3)) == "2025-0001"
    assert issue(pf, third.id, dt.date(2025, 2, 4)) == "2025-0002"
    assert issue(pf, second.id, dt.date(2026, 1, 5)) == "2026-0001"
    issued = invoices.get(first.id, today=dt.date(2025, 2, 3))
    assert issued.status is InvoiceStatus.ISSUED
    assert (issued.year, issued.seq, issued.issue_date) == (2025, 1, dt.date(2025, 2, 3))
    assert issued.due_date == dt.date(2025, 2, 17)
    assert issued.state is InvoiceState.OPEN
    assert issued.supplier.kvk_number == "81234567"
    assert issued.supplier.iban == "NL91ABNA0417164300"
    # a later change to the practice or the client does not reach an issued invoice
    practice(pf, name="Nieuwe naam", street="Elders 9")
    client = pf.clients.get(found.client_id)
    pf.clients.update(client.id, replace(client, street="Verhuisd 12"))
    again = invoices.get(first.id)
    assert again.supplier.name == "Praktijk De Wegwijzer"
    assert again.addressee.street == "Oudegracht 1"
    # ... but a draft issued now takes today's details
    extra = invoices.create(
        InvoiceDraft(found.client_id, (LineDraft("Workshop", Decimal(1), 10000),))
    )
    fresh = invoices.issue(extra.id, on=dt.date(2026, 1, 6), today=dt.date(2026, 1, 6))
    assert (fresh.supplier.name, fresh.addressee.street) == ("Nieuwe naam", "Verhuisd 12")
    assert fresh.number == "2026-0002"


def test_issued_invoices_cannot_be_changed_or_deleted(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(found.client_id))
    issue(pf, invoice.id)
    with pytest.raises(InvoiceIssuedError) as caught:
        invoices.update(invoice.id, draft_of(invoice))
    assert "2025-0001" in caught.value.text("nl") and "creditfactuur" in caught.value.text("nl")
    with pytest.raises(InvoiceIssuedError):
        invoices.delete(invoice.id)
    with pytest.raises(InvoiceIssuedError):
        invoices.issue(invoice.id, on=DAY, today=DAY)


def test_drafts_change_and_go_and_their_sessions_come_back(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    draft = invoices.create(invoices.suggest(found.client_id))
    assert invoices.billable_sessions(found.client_id) == []
    fewer = replace(draft_of(draft), lines=draft_of(draft).lines[:1], note="Dank je wel!")
    changed = invoices.update(draft.id, fewer)
    assert len(changed.lines) == 1 and changed.note == "Dank je wel!"
    assert len(invoices.billable_sessions(found.client_id)) == 2
    invoices.delete(draft.id)
    assert len(invoices.billable_sessions(found.client_id)) == 3
    with pytest.raises(NotFoundError):
        invoices.get(draft.id)


@pytest.mark.parametrize("kind", ["pro_bono", "intake"])
def test_pro_bono_and_free_intake_sessions_are_never_invoiced(
    pf: PracticeFile, found: Books, kind: str
) -> None:
    session = found.pro_bono_sessions[0] if kind == "pro_bono" else found.intake_session
    client = found.client_id if kind == "pro_bono" else found.payer_client_id
    invoices = InvoiceService(pf)
    assert session not in {s.session_id for s in invoices.billable_sessions()}
    with pytest.raises(ValidationError) as caught:
        invoices.suggest(client, [session])
    assert caught.value.field == "session_ids"
    line = LineDraft("Gesprek", Decimal(1), 9500, session_id=session)
    with pytest.raises(ValidationError) as refused:
        invoices.create(InvoiceDraft(client, (line,)))
    assert "pro bono" in refused.value.text("en")
    assert "nooit gefactureerd" in refused.value.text("nl")
    assert invoices.list() == []


def test_a_session_goes_on_one_invoice_only(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    first = invoices.create(invoices.suggest(found.client_id))
    issue(pf, first.id)
    again = InvoiceDraft(found.client_id, (first.lines[0],))
    with pytest.raises(ValidationError, match="already on invoice 2025-0001"):
        invoices.create(again)
    twice = InvoiceDraft(found.client_id, (first.lines[0], first.lines[0]))
    with pytest.raises(ValidationError, match="twice"):
        invoices.create(twice)


def test_sessions_of_another_payer_or_client_are_refused(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    payer_line = invoices.suggest(found.payer_client_id).lines[0]
    with pytest.raises(ValidationError, match="paid by someone else"):
        invoices.create(InvoiceDraft(found.payer_client_id, (payer_line,)))  # not to the payer
    with pytest.raises(ValidationError, match="not one of this client"):
        invoices.create(InvoiceDraft(found.client_id, (payer_line,), payer_id=found.payer_id))


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (LineDraft(" "), "lines.0.description"),
        (LineDraft("x" * 301), "lines.0.description"),
        (LineDraft("Reis", Decimal(0)), "lines.0.quantity"),
        (LineDraft("Reis", Decimal("1.005")), "lines.0.quantity"),
        (LineDraft("Reis", Decimal(1), 10.5), "lines.0.unit_price_cents"),  # type: ignore[arg-type]
        (LineDraft("Reis", Decimal(1), 100, 1001), "lines.0.vat_rate_permille"),
    ],
)
def test_bad_lines_are_refused_at_their_field(
    pf: PracticeFile, found: Books, line: LineDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        InvoiceService(pf).create(InvoiceDraft(found.client_id, (line,)))
    assert caught.value.field == field


def test_what_stops_issuing_is_listed_and_nothing_is_half_done(
    pf: PracticeFile, found: Books
) -> None:
    practice(pf, kvk_number="", iban="", vat_id="")
    client = pf.clients.get(found.client_id)
    pf.clients.update(client.id, replace(client, street=""))
    invoices = InvoiceService(pf)
    draft = invoices.create(invoices.suggest(found.client_id))
    fields = {p.field for p in invoices.issue_problems(draft.id, on=DAY, today=DAY)}
    assert {"kvk_number", "iban", "vat_id", "addressee"} <= fields
    with pytest.raises(ValidationError):
        invoices.issue(draft.id, on=DAY, today=DAY)
    assert invoices.get(draft.id).status is InvoiceStatus.DRAFT
    future = invoices.issue_problems(draft.id, on=DAY + dt.timedelta(days=1), today=DAY)
    assert "issue_date" in {p.field for p in future}


def test_issue_dates_never_run_backwards_within_a_year(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    first = invoices.create(invoices.suggest(found.client_id))
    issue(pf, first.id, dt.date(2025, 2, 10))
    second = invoices.create(invoices.suggest(found.payer_client_id))
    with pytest.raises(ValidationError, match="2025-0001 is dated 10-02-2025"):
        invoices.issue(second.id, on=dt.date(2025, 2, 9), today=DAY)
    assert issue(pf, second.id, dt.date(2025, 2, 10)) == "2025-0002"


def test_a_changed_number_pattern_is_used_and_a_broken_one_refused(
    pf: PracticeFile, found: Books
) -> None:
    invoices = InvoiceService(pf)
    practice(pf, invoice_number_pattern="F{yy}/{seq:03d}")
    first = invoices.create(invoices.suggest(found.client_id))
    assert issue(pf, first.id) == "F25/001"
    assert invoices.by_number("F25/001").id == first.id
    practice(pf, invoice_number_pattern="{seq}")
    second = invoices.create(invoices.suggest(found.payer_client_id))
    with pytest.raises(ValidationError) as caught:
        invoices.issue(second.id, on=DAY, today=DAY)
    assert caught.value.field == "invoice_number_pattern"


@pytest.mark.parametrize(
    ("regime", "treatment", "vat"),
    [
        (VatRegime.STANDARD, VatTreatment.STANDARD, 6650),
        (VatRegime.KOR, VatTreatment.KOR, 0),
        (VatRegime.EXEMPT, VatTreatment.EXEMPT, 0),
    ],
)
def test_the_regime_is_frozen_on_each_invoice(
    pf: PracticeFile, found: Books, regime: VatRegime, treatment: VatTreatment, vat: int
) -> None:
    practice(pf, regime)
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(found.client_id))
    issued = invoices.issue(invoice.id, on=DAY, today=DAY)
    assert (issued.vat_treatment, issued.totals.vat_cents) == (treatment, vat)
    assert all(line.vat_rate_permille == (210 if vat else 0) for line in issued.lines)
    assert bool(issued.vat_note) is (regime is VatRegime.EXEMPT)
    practice(pf, VatRegime.STANDARD if regime is not VatRegime.STANDARD else VatRegime.KOR)
    assert invoices.get(invoice.id).vat_treatment is treatment


def test_a_draft_made_under_another_regime_must_be_saved_again(
    pf: PracticeFile, found: Books
) -> None:
    invoices = InvoiceService(pf)
    draft = invoices.create(invoices.suggest(found.client_id))
    practice(pf, VatRegime.KOR)
    with pytest.raises(ValidationError) as caught:
        invoices.issue(draft.id, on=DAY, today=DAY)
    assert caught.value.field == "vat_regime"
    saved = invoices.update(draft.id, draft_of(draft))
    assert saved.totals.vat_cents == 0
    assert invoices.issue(draft.id, on=DAY, today=DAY).vat_treatment is VatTreatment.KOR


def test_reverse_charge_needs_the_customers_vat_id(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    suggestion = replace(invoices.suggest(found.payer_client_id), reverse_charge=True)
    invoice = invoices.create(suggestion)
    assert invoice.vat_treatment is VatTreatment.REVERSE_CHARGE
    assert invoice.totals.vat_cents == 0
    payer = pf.payers.get(found.payer_id)
    pf.payers.update(payer.id, replace(payer, vat_id=""))
    assert "addressee.vat_id" in {p.field for p in invoices.issue_problems(invoice.id, today=DAY)}


def test_credit_note_reverses_the_invoice_and_frees_its_sessions(
    pf: PracticeFile, found: Books
) -> None:
    invoices = InvoiceService(pf)
    original = invoices.create(invoices.suggest(found.client_id))
    issue(pf, original.id)
    practice(pf, VatRegime.KOR)  # a later regime does not change what is credited
    credit = CreditNoteService(pf).create(original.id, note="Verkeerd tarief")
    assert credit.kind is InvoiceKind.CREDIT_NOTE and credit.is_draft
    assert credit.credited_invoice_id == original.id
    assert credit.vat_treatment is VatTreatment.STANDARD
    assert credit.totals.total_cents == -invoices.get(original.id).totals.total_cents
    assert invoices.billable_sessions(found.client_id) == []  # not until it is issued
    issued = invoices.issue(credit.id, on=DAY, today=DAY)
    assert issued.number == "2025-0002"
    assert issued.credited_number == "2025-0001"
    assert issued.state is InvoiceState.CREDIT_NOTE
    assert invoices.get(original.id, today=DAY).state is InvoiceState.CREDITED
    assert len(invoices.billable_sessions(found.client_id)) == 3
    with pytest.raises(ValidationError, match="more than is left"):
        again = CreditNoteService(pf).create(original.id)
        invoices.issue(again.id, on=DAY, today=DAY)


def test_a_partial_credit_keeps_the_rest_invoiced(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    original = invoices.create(invoices.suggest(found.client_id))
    issue(pf, original.id)
    credit = CreditNoteService(pf).create(original.id, line_ids=[original.lines[1].id])
    invoices.issue(credit.id, on=DAY, today=DAY)
    back = [s.session_id for s in invoices.billable_sessions(found.client_id)]
    assert back == [found.paid_sessions[1]]
    after = invoices.get(original.id, today=DAY)
    assert after.balance_cents == after.totals.total_cents + credit.totals.total_cents
    assert after.credit_note_ids == (credit.id,)


def test_only_issued_invoices_are_credited(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    draft = invoices.create(invoices.suggest(found.client_id))
    with pytest.raises(ValidationError):
        CreditNoteService(pf).create(draft.id)
    issue(pf, draft.id)
    credit = CreditNoteService(pf).credit_in_full(draft.id, on=DAY)
    with pytest.raises(ValidationError):
        CreditNoteService(pf).create(credit.id)


def test_list_filters_by_year_and_state_and_adds_up(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    first = invoices.create(invoices.suggest(found.client_id))
    issue(pf, first.id, dt.date(2025, 2, 3))
    invoices.create(invoices.suggest(found.payer_client_id))
    rows = invoices.list(today=dt.date(2025, 3, 1))
    assert [r.state for r in rows] == [InvoiceState.DRAFT, InvoiceState.OVERDUE]
    assert rows[1].days_overdue(dt.date(2025, 3, 1)) == 12
    assert invoices.list(year=2024, include_drafts=False) == []
    only = invoices.list(states=[InvoiceState.OVERDUE], today=dt.date(2025, 3, 1))
    assert [r.id for r in only] == [first.id]
    sums = invoices.totals(rows)
    assert sums.count == 1
    assert sums.outstanding_cents == sums.overdue_cents == first.totals.total_cents
    assert invoices.years(dt.date(2025, 3, 1)) == [2025]


def test_a_preview_of_an_unsaved_draft_changes_nothing(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    suggestion = invoices.suggest(found.client_id)
    preview = invoices.compose(replace(suggestion, language=Language.EN))
    assert preview.id == 0 and preview.language is Language.EN
    assert preview.totals.total_cents == 31667 + 6650
    assert invoices.list() == []
    assert len(invoices.billable_sessions(found.client_id)) == 3
