"""Reports: the hours log (listed or anonymous), the pro bono summary, the year overview and
their CSV files."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mentordesk.domain.enums import Funding, Language, VatRegime
from mentordesk.errors import NotFoundError
from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import InvoiceDraft, LineDraft
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService
from mentordesk.services.payments import PaymentService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.pro_bono import ProBonoService
from mentordesk.services.report_csv import BOM, hours_csv, overview_csv
from mentordesk.services.reports import ReportService
from tests.conftest import PASSPHRASE
from tests.unit.services.money_setup import Books, books, practice


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def found(pf: PracticeFile) -> Books:
    return books(pf)


def test_hours_log_per_client_with_anonymous_unlisted_clients(
    pf: PracticeFile, found: Books
) -> None:
    reports = ReportService(pf)
    log = reports.hours_log(2025, Language.NL)
    rows = {r.client_id: r for r in log.rows}
    jose, ulku = rows[found.client_id], rows[found.payer_client_id]
    assert jose.label == f"Cliënt {found.client_id}" and jose.email == ""
    assert (jose.first_session, jose.last_session) == (dt.date(2025, 1, 6), dt.date(2025, 2, 9))
    assert (jose.paid_minutes, jose.paid_sessions) == (200, 3)
    assert (jose.pro_bono_minutes, jose.pro_bono_sessions) == (105, 2)
    assert (ulku.paid_minutes, ulku.pro_bono_minutes) == (135, 45)  # the free intake counts
    assert (log.paid_minutes, log.pro_bono_minutes) == (335, 150)
    assert reports.hours_log(2024).rows == ()
    assert reports.hours_log(2025, Language.EN).rows[0].label.startswith("Client ")
    client = pf.clients.get(found.client_id)
    pf.clients.update(client.id, replace(client, email="jose@example.nl"))
    reports.set_listed(found.client_id, True)
    assert reports.is_listed(found.client_id)
    listed = {r.client_id: r for r in reports.hours_log(None).rows}[found.client_id]
    assert (listed.label, listed.email) == ("José García", "jose@example.nl")
    with pytest.raises(NotFoundError):
        reports.set_listed(999, True)


def test_a_sensitive_listed_client_shows_initials(pf: PracticeFile, found: Books) -> None:
    client = pf.clients.get(found.payer_client_id)
    pf.clients.update(client.id, replace(client, sensitive=True))
    ReportService(pf).set_listed(client.id, True)
    labels = [r.label for r in ReportService(pf).hours_log(2025).rows]
    assert "Ü.Ş." in labels and "Ülkü Şahin" not in labels


def test_hours_csv_is_excel_ready_in_both_languages(pf: PracticeFile, found: Books) -> None:
    ReportService(pf).set_listed(found.client_id, True)
    dutch = hours_csv(ReportService(pf).hours_log(2025, Language.NL))
    assert dutch.startswith(BOM)
    rows = list(csv.reader(io.StringIO(dutch.removeprefix(BOM)), delimiter=";"))
    assert rows[0][0] == "Cliënt" and rows[0][4] == "Betaalde uren"
    jose = next(r for r in rows if r[0] == "José García")
    assert jose[2:] == ["2025-01-06", "2025-02-09", "3,33", "3", "1,75", "2"]
    english = hours_csv(ReportService(pf).hours_log(2025, Language.EN))
    head = next(csv.reader(io.StringIO(english.removeprefix(BOM))))
    assert head[0] == "Client" and "\r\n" in english
    assert "3.33" in english


def test_pro_bono_summary_values_unpaid_work_at_the_standard_rate(
    pf: PracticeFile, found: Books
) -> None:
    mine = ProBonoService(pf).summary(client_id=found.client_id)
    assert [s.minutes for s in mine.sessions] == [45, 60]
    assert [s.value_cents for s in mine.sessions] == [7125, 9500]
    assert (mine.minutes, mine.value_cents, mine.client_name) == (105, 16625, "José García")
    year = ProBonoService(pf).summary(year=2025)
    assert (year.pro_bono_sessions, year.intake_sessions, year.clients) == (2, 1, 2)
    assert {s.funding for s in year.sessions} == {Funding.PRO_BONO, Funding.FREE_INTAKE}
    assert year.value_cents == 16625 + 7125
    assert ProBonoService(pf).summary(year=2024).sessions == ()


def test_year_overview_revenue_vat_per_quarter_outstanding_and_hours(
    pf: PracticeFile, found: Books
) -> None:
    invoices = InvoiceService(pf)
    practice(pf, VatRegime.KOR)
    kor = invoices.create(invoices.suggest(found.payer_client_id))  # 125.00 + 125.00
    invoices.issue(kor.id, on=dt.date(2025, 2, 3), today=dt.date(2025, 2, 3))
    practice(pf, VatRegime.STANDARD)
    std = invoices.create(invoices.suggest(found.client_id))  # 316.67 + 66.50
    invoices.issue(std.id, on=dt.date(2025, 4, 1), today=dt.date(2025, 4, 1))
    low = invoices.create(InvoiceDraft(found.client_id, (LineDraft("Boek", Decimal(2), 1500, 90),)))
    invoices.issue(low.id, on=dt.date(2025, 4, 2), today=dt.date(2025, 4, 2))
    PaymentService(pf).pay_in_full(kor.id, dt.date(2025, 2, 10), today=dt.date(2025, 2, 10))
    credit = CreditNoteService(pf).create(low.id)
    invoices.issue(credit.id, on=dt.date(2025, 7, 1), today=dt.date(2025, 7, 1))
    overview = ReportService(pf).year_overview(2025, today=dt.date(2025, 12, 31))
    months = {m.month: m for m in overview.months}
    assert months[2].revenue_cents == 25000 and months[2].vat_cents == 0
    assert months[4].revenue_cents == 31667 + 3000
    assert months[4].vat_cents == 6650 + 270
    assert months[7].revenue_cents == -3000 and months[7].vat_cents == -270
    assert months[2].received_cents == 25000
    q1, q2, q3, _ = overview.quarters
    assert (q1.untaxed_net_cents, q1.vat_cents) == (25000, 0)
    assert (q2.high_net_cents, q2.high_vat_cents, q2.low_net_cents, q2.low_vat_cents) == (
        31667,
        6650,
        3000,
        270,
    )
    assert (q3.low_net_cents, q3.low_vat_cents) == (-3000, -270)
    assert [o.invoice_id for o in overview.outstanding] == [std.id]  # kor: paid; low: credited
    assert overview.outstanding_cents == 31667 + 6650
    assert overview.total("paid_minutes") == 335
    assert overview.total("pro_bono_minutes") == 150
    assert overview.total("pro_bono_value_cents") == 16625 + 7125
    earlier = ReportService(pf).year_overview(2025, today=dt.date(2025, 3, 1))
    assert earlier.as_of == dt.date(2025, 3, 1) and earlier.outstanding == ()


def test_overview_csv_has_months_quarters_and_the_year(pf: PracticeFile, found: Books) -> None:
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(found.client_id))
    invoices.issue(invoice.id, on=dt.date(2025, 2, 3), today=dt.date(2025, 2, 3))
    overview = ReportService(pf).year_overview(2025)
    rows = list(csv.reader(io.StringIO(overview_csv(overview, Language.NL)[1:]), delimiter=";"))
    assert len(rows) == 1 + 12 + 4 + 1
    assert rows[2][0] == "februari" and rows[2][1] == "316,67" and rows[2][10] == "66,50"
    assert rows[13][0] == "K1 2025" and rows[13][2:4] == ["316,67", "66,50"]
    assert rows[-1][0] == "2025" and rows[-1][1] == "316,67"
    english = list(csv.reader(io.StringIO(overview_csv(overview, Language.EN)[1:])))
    assert english[13][0] == "Q1 2025" and english[2][1] == "316.67"


def test_csv_files_are_written_and_logged(pf: PracticeFile, found: Books, tmp_path: Path) -> None:
    documents = MoneyDocumentService(pf)
    log = ReportService(pf).hours_log(2025)
    entry = documents.save_hours_csv(log, tmp_path / "uren.csv")
    data = (tmp_path / "uren.csv").read_bytes()
    assert data.startswith("\ufeff".encode())
    assert entry.kind == "hours_log_csv" and entry.client_id is None
    assert entry.sha256 == hashlib.sha256(data).hexdigest()
