"""The demo practice's money: invoices in every state, payments, a credit note, payers with
references, both VAT regimes across the years, all consistent with the file's own rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from mentordesk.domain.vat import VatTreatment, totals
from mentordesk.services.demo import build_demo
from mentordesk.services.invoice_records import InvoiceKind, InvoiceState
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.reports import ReportService

TODAY = dt.date(2026, 3, 2)
PASS = "demo passphrase"


@pytest.fixture(scope="module")
def pf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PracticeFile]:
    path = tmp_path_factory.mktemp("demo-money") / "demo.mentordesk"
    summary = build_demo(path, PASS, clients=40, seed=1, today=TODAY)
    assert summary.invoices > 50 and summary.payments > 30
    with open_practice(path, PASS) as opened:
        yield opened


def column(pf: PracticeFile, sql: str) -> list[object]:
    return [row[0] for row in pf.connection.execute(sql)]


def test_every_state_is_there(pf: PracticeFile) -> None:
    states = {r.state for r in InvoiceService(pf).list(today=TODAY)}
    assert set(InvoiceState) - {InvoiceState.REFUND_DUE} <= states


def test_both_regimes_are_frozen_across_the_years(pf: PracticeFile) -> None:
    by_year = dict(
        pf.connection.execute(
            "SELECT year, group_concat(DISTINCT vat_regime) FROM invoice "
            "WHERE status = 'issued' AND vat_regime <> 'reverse_charge' GROUP BY year"
        ).fetchall()
    )
    assert by_year[2024] == "kor"
    assert by_year[2025] == by_year[2026] == "standard"
    assert column(pf, "SELECT count(*) FROM invoice WHERE vat_regime = 'reverse_charge'")[0] > 0


def test_numbers_are_gapless_and_follow_the_dates(pf: PracticeFile) -> None:
    found = pf.connection.execute(
        "SELECT year, seq, issue_date FROM invoice WHERE status = 'issued' ORDER BY year, seq"
    ).fetchall()
    for year in {row[0] for row in found}:
        rows = [row for row in found if row[0] == year]
        assert [row[1] for row in rows] == list(range(1, len(rows) + 1))
        assert [row[2] for row in rows] == sorted(row[2] for row in rows)
    assert all(row[2] <= TODAY.isoformat() for row in found)


def test_credit_notes_and_their_replacements(pf: PracticeFile) -> None:
    invoices = InvoiceService(pf)
    credits = [r for r in invoices.list(today=TODAY) if r.kind is InvoiceKind.CREDIT_NOTE]
    assert credits
    for credit in credits:
        original = invoices.get(credit.credited_invoice_id or 0, today=TODAY)
        assert original.state is InvoiceState.CREDITED
        assert credit.total_cents == -original.totals.total_cents
    assert column(pf, "SELECT count(*) FROM invoice WHERE note LIKE 'Vervangt factuur %'")[0]


def test_payers_get_invoices_with_their_reference(pf: PracticeFile) -> None:
    rows = pf.connection.execute(
        "SELECT i.reference, p.reference, i.about FROM invoice i JOIN payer p ON p.id = i.payer_id"
    ).fetchall()
    assert rows and all(mine == theirs and about for mine, theirs, about in rows)


def test_the_money_follows_the_rules(pf: PracticeFile) -> None:
    assert pf.integrity_problems() == []
    q = lambda sql: column(pf, sql)[0]  # noqa: E731
    assert (
        q(
            "SELECT count(*) FROM invoice_line l JOIN session s ON s.id = l.session_id "
            "JOIN engagement e ON e.id = s.engagement_id "
            "WHERE e.funding NOT IN ('client_paid', 'payer_paid')"
        )
        == 0
    )
    assert q("SELECT count(*) FROM payment WHERE date > '2026-03-02'") == 0
    for invoice_id, regime, net, vat, total in pf.connection.execute(
        "SELECT id, vat_regime, net_cents, vat_cents, total_cents FROM invoice"
    ).fetchall():
        lines = pf.connection.execute(
            "SELECT net_cents, vat_rate_permille FROM invoice_line WHERE invoice_id = ?",
            (invoice_id,),
        ).fetchall()
        expected = totals(lines, VatTreatment(regime))
        assert (net, vat, total) == (expected.net_cents, expected.vat_cents, expected.total_cents)
    rows = InvoiceService(pf).list(today=TODAY)
    assert all(r.balance_cents >= 0 for r in rows)
    assert InvoiceService(pf).billable_sessions()  # this month's work is still to invoice


def test_the_reports_have_something_real(pf: PracticeFile) -> None:
    reports = ReportService(pf)
    log = reports.hours_log(2025)
    assert log.paid_minutes > 0 and log.pro_bono_minutes > 0
    assert any(r.listed for r in log.rows) and any(not r.listed for r in log.rows)
    overview = reports.year_overview(2025, today=TODAY)
    assert overview.total("revenue_cents") > 0 and overview.total("vat_cents") > 0
    assert overview.outstanding
