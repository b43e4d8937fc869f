"""The reports page: the charts hold the right figures per month, VAT per quarter, the hours log
respects each client's "may be listed" consent (on screen and in the CSV), and the year overview
and pro bono statement are saved and logged."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.domain.enums import SessionStatus
from mentordesk.services.document_log import DocumentKind
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import SessionDraft
from mentordesk.services.reports import ReportService
from mentordesk.ui import labels
from mentordesk.ui.money.hours_log_view import AS, CLIENT
from mentordesk.ui.money.reports_page import ReportsPage
from mentordesk.ui.reveal import RevealState
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_workers
from tests.gui.money_world import LAST_YEAR, TODAY, World, add_invoices, make_world
from tests.unit.documents.pdf_check import contains


@pytest.fixture
def books(practice_path: Path) -> Iterator[tuple[PracticeFile, World]]:
    pf = open_practice(practice_path, PASSPHRASE)
    try:
        world = add_invoices(pf, make_world(pf))
        pf.sessions.create(  # pro bono work last year: 45 minutes in March
            SessionDraft(
                engagement_id=world.pro_bono_engagement,
                date=dt.date(LAST_YEAR, 3, 16),
                duration_minutes=45,
                status=SessionStatus.HELD,
            )
        )
        yield pf, world
    finally:
        pf.close()


@pytest.fixture
def page(qtbot: QtBot, books: tuple[PracticeFile, World]) -> ReportsPage:
    pf, _world = books
    shown = ReportsPage(pf, RevealState())
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.refresh(today=TODAY)
    shown.show()
    return shown


def test_the_charts_show_revenue_and_hours_per_month(page: ReportsPage) -> None:
    assert page.year() == TODAY.year
    revenue = page.revenue_chart.values()
    # one hour at 95.00 issued in May, two in June (excl. VAT)
    assert revenue[4] == 9500 and revenue[5] == 19000
    assert sum(revenue) == 28500
    assert page.revenue_chart.received()[5] == 5000  # the partial payment of 10 June

    page.set_year(LAST_YEAR)
    assert page.revenue_chart.values() == [0, 0, 9500] + [0] * 9
    assert page.revenue_chart.received()[2] == 11495  # 95.00 + 21 % VAT, paid in March
    months = page.hours_chart.months()
    assert months[2] == (60, 45)  # paid and pro bono minutes in March
    assert sum(p for p, _ in months) == 60
    assert page.figure_values["pro_bono_value"].text() == labels.money_text(7125)
    assert page.figure_values["revenue"].text() == labels.money_text(9500)


def test_vat_per_quarter(page: ReportsPage) -> None:
    assert page.vat_cell(1, 0) == "Q2"
    assert page.vat_cell(1, 1) == labels.money_text(28500)
    assert page.vat_cell(1, 2) == labels.money_text(5985)
    assert page.vat_cell(4, 0) == str(TODAY.year)
    assert page.vat_cell(4, 2) == labels.money_text(5985)


def test_the_hours_log_names_only_clients_who_may_be_listed(
    qtbot: QtBot, page: ReportsPage, books: tuple[PracticeFile, World], tmp_path: Path
) -> None:
    pf, world = books
    page.all_years_check.setChecked(True)
    view = page.hours_log
    jose_row = view.row_of(world.jose)
    assert view.item(jose_row, CLIENT).text() == "José Álvarez"  # the mentor sees who it is
    assert view.item(jose_row, AS).text() == f"Cliënt {world.jose}"
    with qtbot.waitSignal(page.listed_changed) as changed:
        view.set_listed(world.jose, True)
    assert changed.args == [world.jose, True]
    assert ReportService(pf).is_listed(world.jose)
    assert view.item(view.row_of(world.jose), AS).text() == "José Álvarez"
    assert view.item(view.row_of(world.ulku), CLIENT).text() == "Ü.Ş."

    target = tmp_path / "urenlogboek.csv"
    with qtbot.waitSignal(page.document_saved):
        page.save_hours_csv(target)
    text = target.read_text(encoding="utf-8-sig")
    assert "José Álvarez" in text
    assert f"Cliënt {world.anna}" in text and f"Cliënt {world.ulku}" in text
    assert "Anna" not in text and "Ülkü" not in text and "Ü.Ş." not in text
    assert text.splitlines()[0].startswith("Cliënt;")  # Dutch: semicolons for Excel


def test_the_year_overview_and_the_pro_bono_statement_are_saved_and_logged(
    qtbot: QtBot, page: ReportsPage, books: tuple[PracticeFile, World], tmp_path: Path
) -> None:
    pf, _world = books
    page.set_year(LAST_YEAR)
    overview = tmp_path / "jaaroverzicht.pdf"
    with qtbot.waitSignal(page.document_saved, timeout=15_000):
        page.save_overview_pdf(overview)
    statement = tmp_path / "pro-bono.pdf"
    with qtbot.waitSignal(page.document_saved, timeout=15_000):
        page.save_pro_bono(statement)
    spreadsheet = tmp_path / "jaaroverzicht.csv"
    with qtbot.waitSignal(page.document_saved):
        page.save_overview_csv(spreadsheet)
    wait_for_workers(qtbot)
    rows = pf.connection.execute("SELECT kind, sha256 FROM document_log").fetchall()
    by_kind = dict(rows)
    assert (
        by_kind[DocumentKind.YEAR_OVERVIEW.value]
        == hashlib.sha256(overview.read_bytes()).hexdigest()
    )
    assert (
        by_kind[DocumentKind.PRO_BONO_STATEMENT.value]
        == hashlib.sha256(statement.read_bytes()).hexdigest()
    )
    assert DocumentKind.YEAR_OVERVIEW_CSV.value in by_kind
    assert contains(overview.read_bytes(), str(LAST_YEAR))
    assert contains(statement.read_bytes(), "71,25")  # 45 minutes at 95.00, in Dutch
    assert "jaaroverzicht.csv" in page.status_label.text()
