"""Retention: the periods, what has passed them, erasing notes and deleting old invoices.

Dates are relative to the real today, because the schema 5 triggers (which the service relies
on as a last guard) compare with SQLite's own ``date('now')``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from mentordesk.domain.enums import EngagementKind, EngagementStatus, Funding, SessionStatus
from mentordesk.errors import ValidationError
from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import InvoiceDraft, LineDraft, PaymentDraft
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.payments import PaymentService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    SessionDraft,
)
from mentordesk.services.retention import (
    RetentionPeriods,
    RetentionService,
    invoice_cutoff,
    months_before,
)
from tests.conftest import PASSPHRASE
from tests.unit.services.money_setup import practice

TODAY = dt.date.today()
Y = TODAY.year


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        practice(opened)
        yield opened


@dataclass(frozen=True)
class Old:
    client: int
    sensitive_client: int
    ended_long_ago: int  # ended Y-8, notes and a goal
    closed_without_end: int  # completed, no end date, last session 3 years ago
    ended_recently: int  # ended a month ago
    running: int  # active, no end
    empty: int  # ended long ago, no notes at all
    sensitive_engagement: int  # ended long ago, a sensitive client
    paid_session: int  # in ended_long_ago, billed on the oldest invoice


def _engagement(pf: PracticeFile, client: int, **extra: object) -> int:
    draft = EngagementDraft(
        client_id=client,
        kind=extra.pop("kind", EngagementKind.CAREER),  # type: ignore[arg-type]
        funding=extra.pop("funding", Funding.CLIENT_PAID),  # type: ignore[arg-type]
        start_date=extra.pop("start_date", dt.date(Y - 9, 1, 5)),  # type: ignore[arg-type]
        rate_cents=9500,
        **extra,  # type: ignore[arg-type]
    )
    return pf.engagements.create(draft).id


def _held(pf: PracticeFile, engagement: int, day: dt.date, summary: str = "") -> int:
    draft = SessionDraft(
        engagement_id=engagement, date=day, status=SessionStatus.HELD, summary=summary
    )
    return pf.sessions.create(draft).id


@pytest.fixture
def old(pf: PracticeFile) -> Old:
    address = {"street": "Oudegracht 1", "postal_code": "3511 AA", "city": "Utrecht"}
    client = pf.clients.create(ClientDraft(name="José García", **address)).id  # type: ignore[arg-type]
    sensitive = pf.clients.create(ClientDraft(name="Ülkü Şahin", sensitive=True)).id
    long_ago = _engagement(
        pf, client, end_date=dt.date(Y - 8, 6, 30), status=EngagementStatus.COMPLETED
    )
    paid = _held(pf, long_ago, dt.date(Y - 8, 2, 1), "Talked about the divorce")
    _held(pf, long_ago, dt.date(Y - 8, 3, 1))
    pf.goals.create(GoalDraft(engagement_id=long_ago, title="Find a new role"))
    closed = _engagement(
        pf, client, status=EngagementStatus.COMPLETED, start_date=dt.date(Y - 4, 1, 1)
    )
    _held(pf, closed, months_before(TODAY, 36), "Working notes")
    recent = _engagement(
        pf,
        client,
        start_date=months_before(TODAY, 6),
        end_date=months_before(TODAY, 1),
        status=EngagementStatus.COMPLETED,
    )
    _held(pf, recent, months_before(TODAY, 2), "Recent notes")
    running = _engagement(pf, client, start_date=dt.date(Y - 5, 1, 1))
    _held(pf, running, dt.date(Y - 5, 2, 1), "Still going")
    empty = _engagement(pf, client, end_date=dt.date(Y - 8, 1, 1), funding=Funding.PRO_BONO)
    _held(pf, empty, dt.date(Y - 9, 6, 1))  # a session without any text
    sensitive_engagement = _engagement(
        pf,
        sensitive,
        kind=EngagementKind.PERSONAL_GROWTH,
        funding=Funding.PRO_BONO,
        end_date=dt.date(Y - 6, 1, 31),
    )
    _held(pf, sensitive_engagement, dt.date(Y - 6, 1, 10), "Private matters")
    return Old(
        client, sensitive, long_ago, closed, recent, running, empty, sensitive_engagement, paid
    )


def _issue(pf: PracticeFile, draft: InvoiceDraft, day: dt.date) -> int:
    invoices = InvoiceService(pf)
    invoice_id = invoices.create(draft).id
    invoices.issue(invoice_id, on=day, today=day)
    return invoice_id


def _workshop(client: int) -> InvoiceDraft:
    return InvoiceDraft(client, (LineDraft("Workshop", Decimal(1), 10000),))


# -- the periods --------------------------------------------------------------------------------
def test_default_periods_and_changing_them_is_audited(pf: PracticeFile) -> None:
    service = RetentionService(pf)
    assert service.periods() == RetentionPeriods(24, 7)
    assert service.set_periods(36, 10) == RetentionPeriods(36, 10)
    assert service.periods() == RetentionPeriods(36, 10)
    service.set_periods(36, 10)  # unchanged: no second event
    events = pf.connection.execute(
        "SELECT detail FROM audit_event WHERE action = 'retention_changed'"
    ).fetchall()
    assert len(events) == 1
    detail = json.loads(events[0][0])
    assert detail["note_months"] == 36 and detail["note_months_before"] == 24
    assert detail["invoice_years"] == 10 and detail["invoice_years_before"] == 7


@pytest.mark.parametrize(
    ("months", "years", "field"),
    [
        (0, 7, "note_months"),
        (-3, 7, "note_months"),
        (24, 6, "invoice_years"),
        (24, 0, "invoice_years"),
    ],
)
def test_periods_below_the_minimum_are_refused(
    pf: PracticeFile, months: int, years: int, field: str
) -> None:
    service = RetentionService(pf)
    with pytest.raises(ValidationError) as raised:
        service.set_periods(months, years)
    assert raised.value.field == field
    assert raised.value.text("nl") and raised.value.text("nl") != raised.value.text("en")
    assert service.periods() == RetentionPeriods(24, 7)


def test_cutoffs() -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)
    # with 7 years, a 2019 invoice may go from 1 January 2026 on (as the schema 5 triggers say)
    assert invoice_cutoff(dt.date(2026, 1, 1), 7) == dt.date(2020, 1, 1)
    assert invoice_cutoff(dt.date(2025, 12, 31), 7) == dt.date(2019, 1, 1)


# -- engagements --------------------------------------------------------------------------------
def test_engagements_past_the_note_period(pf: PracticeFile, old: Old) -> None:
    due = RetentionService(pf).due()
    by_id = {e.engagement_id: e for e in due.engagements}
    assert set(by_id) == {old.ended_long_ago, old.closed_without_end, old.sensitive_engagement}
    long_ago = by_id[old.ended_long_ago]
    assert long_ago.client_name == "José García"
    assert long_ago.ended == dt.date(Y - 8, 6, 30)
    assert (long_ago.session_count, long_ago.sessions_with_notes, long_ago.goal_count) == (2, 1, 1)
    assert by_id[old.closed_without_end].ended == months_before(TODAY, 36)  # its last session
    sensitive = by_id[old.sensitive_engagement]
    assert sensitive.client_name == "Ü.Ş."
    assert sensitive.kind is EngagementKind.PERSONAL_GROWTH
    # a longer period keeps the one that ended three years ago
    RetentionService(pf).set_periods(48, 7)
    later = {e.engagement_id for e in RetentionService(pf).due().engagements}
    assert later == {old.ended_long_ago, old.sensitive_engagement}


def test_erasing_notes_of_engagements_past_their_period(pf: PracticeFile, old: Old) -> None:
    service = RetentionService(pf)
    assert service.erase_engagements([old.ended_long_ago, old.sensitive_engagement]) == 2
    left = {e.engagement_id for e in service.due().engagements}
    assert left == {old.closed_without_end}
    summaries = [
        r[0]
        for r in pf.connection.execute(
            "SELECT summary FROM session WHERE engagement_id IN (?, ?)",
            (old.ended_long_ago, old.sensitive_engagement),
        )
    ]
    assert summaries and all(s == "" for s in summaries)
    actions = pf.connection.execute(
        "SELECT count(*) FROM audit_event WHERE action = 'engagement_notes_erased'"
    ).fetchone()[0]
    assert actions == 2
    reasons = {r[0] for r in pf.connection.execute("SELECT reason FROM erasure")}
    assert reasons == {"retention"}


def test_erasing_an_engagement_inside_its_period_erases_nothing(pf: PracticeFile, old: Old) -> None:
    service = RetentionService(pf)
    with pytest.raises(ValidationError, match=str(old.ended_recently)) as raised:
        service.erase_engagements([old.ended_long_ago, old.ended_recently])
    assert "Traject" in raised.value.text("nl")
    text = pf.connection.execute(
        "SELECT count(*) FROM session WHERE engagement_id = ? AND summary <> ''",
        (old.ended_long_ago,),
    ).fetchone()[0]
    assert text == 1
    assert pf.connection.execute("SELECT count(*) FROM erasure").fetchone()[0] == 0


# -- invoices -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Books:
    oldest: int  # Y-8, with a session line, paid, with a credit note of Y-8
    credit_note: int
    seven_years: int  # Y-7, plain line
    kept: int  # Y-6: inside the period
    credited_late: int  # Y-8, but its credit note is of Y-6


@pytest.fixture
def books(pf: PracticeFile, old: Old) -> Books:
    invoices = InvoiceService(pf)
    oldest_day = dt.date(Y - 8, 3, 1)
    draft = invoices.suggest(old.client)
    lines = tuple(line for line in draft.lines if line.session_id == old.paid_session)
    oldest = _issue(pf, InvoiceDraft(old.client, lines), oldest_day)
    total = invoices.get(oldest, today=oldest_day).totals.total_cents
    PaymentService(pf).add(oldest, PaymentDraft(oldest_day, total // 2), today=oldest_day)
    credit = CreditNoteService(pf).create(oldest).id
    invoices.issue(credit, on=dt.date(Y - 8, 4, 1), today=dt.date(Y - 8, 4, 1))
    credited_late = _issue(pf, _workshop(old.client), dt.date(Y - 8, 5, 1))
    seven = _issue(pf, _workshop(old.client), dt.date(Y - 7, 12, 31))
    late_credit = CreditNoteService(pf).create(credited_late).id
    invoices.issue(late_credit, on=dt.date(Y - 6, 1, 2), today=dt.date(Y - 6, 1, 2))
    kept = _issue(pf, _workshop(old.client), dt.date(Y - 6, 2, 1))
    return Books(oldest, credit, seven, kept, credited_late)


def _count(pf: PracticeFile, table: str) -> int:
    return int(pf.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_invoices_past_the_fiscal_period(pf: PracticeFile, books: Books) -> None:
    due = RetentionService(pf).due()
    assert due.invoice_cutoff == dt.date(Y - 6, 1, 1)
    listed = {i.invoice_id: i for i in due.invoices}
    # the credit note goes with its invoice; the one credited in Y-6 waits for its credit note
    assert set(listed) == {books.oldest, books.seven_years}
    oldest = listed[books.oldest]
    assert oldest.credit_notes == (f"{Y - 8}-0002",)
    assert oldest.payment_count == 1
    assert oldest.number == f"{Y - 8}-0001"
    RetentionService(pf).set_periods(24, 8)
    assert {i.invoice_id for i in RetentionService(pf).due().invoices} == {books.oldest}


def test_deleting_old_invoices_takes_everything_along(
    pf: PracticeFile, old: Old, books: Books
) -> None:
    before = {t: _count(pf, t) for t in ("invoice", "invoice_line", "payment")}
    numbers = RetentionService(pf).delete_invoices([books.oldest, books.seven_years])
    assert numbers == sorted([f"{Y - 8}-0001", f"{Y - 8}-0002", f"{Y - 7}-0001"])
    assert _count(pf, "invoice") == before["invoice"] - 3
    assert _count(pf, "payment") == before["payment"] - 1
    assert _count(pf, "invoice_line") == before["invoice_line"] - 3
    gone = pf.connection.execute(
        "SELECT count(*) FROM invoice WHERE id IN (?, ?, ?)",
        (books.oldest, books.credit_note, books.seven_years),
    ).fetchone()[0]
    assert gone == 0
    assert _count(pf, "invoiced_session") == 0
    # the session it billed does not come back as work to invoice
    ready = [s.session_id for s in InvoiceService(pf).billable_sessions()]
    assert old.paid_session not in ready
    # the sessions themselves stay (hours log)
    assert (
        pf.connection.execute(
            "SELECT count(*) FROM session WHERE id = ?", (old.paid_session,)
        ).fetchone()[0]
        == 1
    )
    detail = json.loads(
        pf.connection.execute(
            "SELECT detail FROM audit_event WHERE action = 'invoices_deleted_retention'"
        ).fetchone()[0]
    )
    assert detail["numbers"] == numbers and detail["count"] == 3
    assert {i.invoice_id for i in RetentionService(pf).due().invoices} == set()


@pytest.mark.parametrize("which", ["kept", "credited_late", "credit_note"])
def test_invoices_inside_the_period_are_refused_and_nothing_is_deleted(
    pf: PracticeFile, books: Books, which: str
) -> None:
    before = _count(pf, "invoice")
    with pytest.raises(ValidationError) as raised:
        RetentionService(pf).delete_invoices([books.oldest, getattr(books, which)])
    assert raised.value.text("en") != raised.value.text("nl")
    assert "Nothing was deleted" in raised.value.text("en")
    assert "niets verwijderd" in raised.value.text("nl")
    assert _count(pf, "invoice") == before


def test_a_longer_configured_period_is_honoured(pf: PracticeFile, books: Books) -> None:
    RetentionService(pf).set_periods(24, 8)
    with pytest.raises(ValidationError, match="8 years"):
        RetentionService(pf).delete_invoices([books.seven_years])
    assert RetentionService(pf).delete_invoices([books.oldest]) == [
        f"{Y - 8}-0001",
        f"{Y - 8}-0002",
    ]


def test_unknown_or_draft_invoices_are_refused(pf: PracticeFile, old: Old) -> None:
    draft = InvoiceService(pf).create(_workshop(old.client)).id
    with pytest.raises(ValidationError, match="not an issued invoice"):
        RetentionService(pf).delete_invoices([draft, 99999])
    assert RetentionService(pf).delete_invoices([]) == []
