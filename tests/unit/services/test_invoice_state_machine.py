"""Random sequences of create / edit / delete / issue / try-to-change / credit / pay, checked
after every step: issued numbers run 1, 2, 3 ... per year without gaps or repeats; an issued
invoice never changes (compared row for row with the file); every credit note refers to an
issued invoice; every total is the sum of its lines plus the VAT per rate.

Run it alone with ``pytest -m slow tests/unit/services/test_invoice_state_machine.py``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlcipher3 import dbapi2

from mentordesk.domain import invoice_numbers
from mentordesk.domain.enums import EngagementKind, Funding, SessionStatus
from mentordesk.domain.vat import VatTreatment, totals
from mentordesk.errors import ValidationError
from mentordesk.services import demo_content
from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import (
    InvoiceDraft,
    InvoiceKind,
    LineDraft,
    PaymentDraft,
    draft_of,
)
from mentordesk.services.invoices import InvoiceIssuedError, InvoiceService
from mentordesk.services.payments import PaymentService
from mentordesk.services.practice_file import PracticeFile, create_practice, open_practice
from mentordesk.services.records import ClientDraft, EngagementDraft, SessionDraft

pytestmark = pytest.mark.slow
PASS = "state machine passphrase"
_TEMPLATE: list[Path] = []


def template() -> Path:
    """A practice with one client and twelve held paid sessions, built once per run."""
    if not _TEMPLATE:
        path = Path(tempfile.mkdtemp(prefix="invoice-machine-")) / "template.mentordesk"
        with create_practice(path, PASS) as pf:
            pf.practice.update(demo_content.PRACTICE)
            client = pf.clients.create(
                ClientDraft(name="Zoë & Co", street="Dorpsstraat 1", city="Utrecht")
            )
            engagement = pf.engagements.create(
                EngagementDraft(
                    client_id=client.id,
                    kind=EngagementKind.CAREER,
                    funding=Funding.CLIENT_PAID,
                    start_date=dt.date(2024, 11, 1),
                    rate_cents=9500,
                )
            )
            for day in range(12):
                pf.sessions.create(
                    SessionDraft(
                        engagement_id=engagement.id,
                        date=dt.date(2024, 11, 4) + dt.timedelta(days=7 * day),
                        duration_minutes=(45, 50, 60, 75, 90)[day % 5],
                        status=SessionStatus.HELD,
                    )
                )
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


def rows(pf: PracticeFile, invoice_id: int) -> tuple[Any, ...]:
    conn = pf.connection
    head = conn.execute("SELECT * FROM invoice WHERE id = ?", (invoice_id,)).fetchone()
    lines = conn.execute(
        "SELECT * FROM invoice_line WHERE invoice_id = ? ORDER BY id", (invoice_id,)
    ).fetchall()
    return head, tuple(lines)


class InvoiceMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="invoice-run-"))
        path = self.folder / "practice.mentordesk"
        shutil.copyfile(template(), path)
        self.pf = open_practice(path, PASS)
        self.invoices = InvoiceService(self.pf)
        self.client_id = 1
        self.day = dt.date(2025, 1, 6)
        self.drafts: set[int] = set()
        self.issued: dict[int, tuple[Any, ...]] = {}  # id -> its rows when issued

    def teardown(self) -> None:
        self.pf.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- rules --------------------------------------------------------------------------------
    @rule(data=st.data(), extra=st.integers(0, 3000))
    def create(self, data: st.DataObject, extra: int) -> None:
        ready = self.invoices.billable_sessions(self.client_id)
        chosen = (
            data.draw(st.lists(st.sampled_from(ready), unique=True, max_size=4)) if ready else []
        )
        lines = tuple(s.line for s in chosen)
        if extra or not lines:
            lines += (LineDraft("Reiskosten & parkeren", Decimal("1.5"), extra + 1, 90),)
        self.drafts.add(self.invoices.create(InvoiceDraft(self.client_id, lines)).id)

    @precondition(lambda self: self.drafts)
    @rule(data=st.data(), price=st.integers(-500, 20000))
    def edit(self, data: st.DataObject, price: int) -> None:
        invoice_id = data.draw(st.sampled_from(sorted(self.drafts)))
        draft = draft_of(self.invoices.get(invoice_id))
        keep = data.draw(st.integers(0, len(draft.lines)))
        lines = (*draft.lines[:keep], LineDraft("Correctie", Decimal(1), price, 210))
        self.invoices.update(invoice_id, replace(draft, lines=lines))

    @precondition(lambda self: self.drafts)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        invoice_id = data.draw(st.sampled_from(sorted(self.drafts)))
        self.invoices.delete(invoice_id)
        self.drafts.discard(invoice_id)

    @precondition(lambda self: self.drafts)
    @rule(data=st.data(), days=st.integers(0, 120))
    def issue(self, data: st.DataObject, days: int) -> None:
        invoice_id = data.draw(st.sampled_from(sorted(self.drafts)))
        self.day = min(self.day + dt.timedelta(days=days), dt.date.today())
        before = rows(self.pf, invoice_id)
        problems = self.invoices.issue_problems(invoice_id, on=self.day, today=self.day)
        if problems:  # e.g. a total of 0 or less, or a credit note larger than what is left
            with pytest.raises(ValidationError):
                self.invoices.issue(invoice_id, on=self.day, today=self.day)
            assert rows(self.pf, invoice_id) == before
            event("issuing refused")
            return
        issued = self.invoices.issue(invoice_id, on=self.day, today=self.day)
        event(f"issued a {issued.kind.value}")
        self.drafts.discard(invoice_id)
        self.issued[invoice_id] = rows(self.pf, invoice_id)

    @precondition(lambda self: self.issued)
    @rule(data=st.data())
    def try_to_change(self, data: st.DataObject) -> None:
        invoice_id = data.draw(st.sampled_from(sorted(self.issued)))
        invoice = self.invoices.get(invoice_id)
        with pytest.raises(InvoiceIssuedError):
            self.invoices.update(invoice_id, draft_of(invoice))
        with pytest.raises(InvoiceIssuedError):
            self.invoices.delete(invoice_id)
        statement = data.draw(
            st.sampled_from(
                [
                    "UPDATE invoice SET total_cents = total_cents + 1, net_cents = net_cents + 1 "
                    "WHERE id = ?",
                    "DELETE FROM invoice WHERE id = ?",
                    "UPDATE invoice_line SET unit_price_cents = 0 WHERE invoice_id = ?",
                    "DELETE FROM invoice_line WHERE invoice_id = ?",
                ]
            )
        )
        with pytest.raises(dbapi2.IntegrityError):
            self.pf.connection.execute(statement, (invoice_id,))

    @precondition(lambda self: self.issued)
    @rule(data=st.data())
    def credit(self, data: st.DataObject) -> None:
        originals = [i for i in sorted(self.issued) if self._kind(i) is InvoiceKind.INVOICE]
        if not originals:
            return
        invoice = self.invoices.get(data.draw(st.sampled_from(originals)))
        some = data.draw(st.lists(st.sampled_from(invoice.lines), unique=True, min_size=1))
        credit = CreditNoteService(self.pf).create(invoice.id, line_ids=[line.id for line in some])
        assert credit.credited_invoice_id == invoice.id
        self.drafts.add(credit.id)

    @precondition(lambda self: self.issued)
    @rule(data=st.data(), days=st.integers(0, 30))
    def credit_in_full(self, data: st.DataObject, days: int) -> None:
        originals = [i for i in sorted(self.issued) if self._kind(i) is InvoiceKind.INVOICE]
        if not originals:
            return
        invoice = self.invoices.get(data.draw(st.sampled_from(originals)))
        self.day = min(self.day + dt.timedelta(days=days), dt.date.today())
        if invoice.credited_cents:
            with pytest.raises(ValidationError):
                CreditNoteService(self.pf).credit_in_full(invoice.id, on=self.day)
            return
        credit = CreditNoteService(self.pf).credit_in_full(invoice.id, on=self.day)
        assert credit.totals.total_cents == -invoice.totals.total_cents
        self.issued[credit.id] = rows(self.pf, credit.id)
        event("credited in full")

    @precondition(lambda self: self.issued)
    @rule(data=st.data(), share=st.integers(1, 100))
    def pay(self, data: st.DataObject, share: int) -> None:
        open_ones = [
            i
            for i in sorted(self.issued)
            if self._kind(i) is InvoiceKind.INVOICE and self.invoices.get(i).balance_cents > 0
        ]
        if not open_ones:
            return
        invoice = self.invoices.get(data.draw(st.sampled_from(open_ones)))
        amount = max(1, invoice.balance_cents * share // 100)
        PaymentService(self.pf).add(invoice.id, PaymentDraft(self.day, amount), today=self.day)
        event("paid")
        assert self.invoices.get(invoice.id).balance_cents == invoice.balance_cents - amount

    def _kind(self, invoice_id: int) -> InvoiceKind:
        return self.invoices.get(invoice_id).kind

    # -- invariants ---------------------------------------------------------------------------
    @invariant()
    def numbers_run_without_gaps_per_year(self) -> None:
        found = self.pf.connection.execute(
            "SELECT year, seq, number FROM invoice WHERE status = 'issued' ORDER BY year, seq"
        ).fetchall()
        per_year: dict[int, list[int]] = defaultdict(list)
        for year, seq, number in found:
            per_year[year].append(seq)
            assert number == invoice_numbers.format_number(
                demo_content.PRACTICE.invoice_number_pattern, year, seq
            )
        for seqs in per_year.values():
            assert seqs == list(range(1, len(seqs) + 1))
        assert len({row[2] for row in found}) == len(found) == len(self.issued)

    @invariant()
    def issued_invoices_never_change(self) -> None:
        for invoice_id, snapshot in self.issued.items():
            assert rows(self.pf, invoice_id) == snapshot

    @invariant()
    def credit_notes_refer_to_issued_invoices(self) -> None:
        bad = self.pf.connection.execute(
            "SELECT count(*) FROM invoice c LEFT JOIN invoice o ON o.id = c.credited_invoice_id "
            "WHERE c.kind = 'credit_note' AND (o.id IS NULL OR o.status <> 'issued' "
            "OR o.kind <> 'invoice')"
        ).fetchone()[0]
        assert bad == 0

    @invariant()
    def totals_are_lines_plus_vat_per_rate(self) -> None:
        conn = self.pf.connection
        for invoice_id, regime, net, vat, total in conn.execute(
            "SELECT id, vat_regime, net_cents, vat_cents, total_cents FROM invoice"
        ).fetchall():
            lines = conn.execute(
                "SELECT net_cents, vat_rate_permille FROM invoice_line WHERE invoice_id = ?",
                (invoice_id,),
            ).fetchall()
            expected = totals([(n, r) for n, r in lines], VatTreatment(regime))
            assert (net, vat, total) == (
                expected.net_cents,
                expected.vat_cents,
                expected.total_cents,
            )
            record = self.invoices.get(invoice_id)
            assert record.totals == expected
            assert sum(line.net_cents for line in record.lines) == expected.net_cents


InvoiceMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_invoice_rules_hold_over_random_sequences = InvoiceMachine.TestCase
