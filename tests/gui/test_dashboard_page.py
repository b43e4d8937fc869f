"""The start page: its lists, opening an entry by keyboard and mouse, the hours, no note text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding, SessionStatus
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    SessionDraft,
)
from mentordesk.ui.pages import dashboard_page
from mentordesk.ui.pages.dashboard_page import DashboardPage, EntryList
from mentordesk.ui.reveal import RevealState
from tests.conftest import PASSPHRASE
from tests.gui.conftest import visible_texts

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
PRIVATE_TEXT = "Her brother's illness weighs on her"
CONFIDENTIAL_SUMMARY = "Talked about the divorce and the debts"


@dataclass(frozen=True)
class Facts:
    waiting_client: int  # active, nothing planned
    booked_client: int
    unwritten: int  # held yesterday, no summary
    written: int
    planned_today: int
    action_client: int  # the sensitive client with an overdue action


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    opened = open_practice(practice_path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def facts(pf: PracticeFile) -> Facts:
    def work(name: str, funding: Funding, sensitive: bool = False) -> tuple[int, int]:
        client = pf.clients.create(
            ClientDraft(name=name, status=ClientStatus.ACTIVE, sensitive=sensitive)
        )
        engagement = pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.PERSONAL_GROWTH,
                funding=funding,
                start_date=TODAY - 100 * DAY,
            )
        )
        return client.id, engagement.id

    waiting, waiting_work = work("Wim Wachters", Funding.CLIENT_PAID)
    booked, booked_work = work("Bea Geboekt", Funding.PRO_BONO)
    secret, secret_work = work("Ülkü Şahin", Funding.FREE_INTAKE, sensitive=True)
    unwritten = pf.sessions.create(
        SessionDraft(
            engagement_id=waiting_work,
            date=TODAY - DAY,
            start_time=dt.time(14, 0),
            status=SessionStatus.HELD,
            private_notes=PRIVATE_TEXT,
            duration_minutes=90,
        )
    ).id
    written = pf.sessions.create(
        SessionDraft(
            engagement_id=booked_work,
            date=TODAY - 2 * DAY,
            status=SessionStatus.HELD,
            summary=CONFIDENTIAL_SUMMARY,
            confidentiality=Confidentiality.CONFIDENTIAL,
        )
    ).id
    planned_today = pf.sessions.create(
        SessionDraft(engagement_id=booked_work, date=TODAY, start_time=dt.time(23, 0))
    ).id
    pf.sessions.create(SessionDraft(engagement_id=secret_work, date=TODAY + 30 * DAY))
    goal = pf.goals.create(GoalDraft(engagement_id=secret_work, title="Rust")).id
    pf.goals.add_action(goal, "Ask the GP for a referral", TODAY - 3 * DAY)
    return Facts(waiting, booked, unwritten, written, planned_today, secret)


@pytest.fixture
def page(qtbot: QtBot, pf: PracticeFile, facts: Facts) -> DashboardPage:
    shown = DashboardPage(pf, RevealState())
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def ids(entries: EntryList) -> list[int]:
    return [
        entries.topLevelItem(i).data(0, dashboard_page.ID_ROLE)
        for i in range(entries.topLevelItemCount())
    ]


def activate_by_enter(qtbot: QtBot, entries: EntryList, row: int) -> None:
    entries.activateWindow()
    entries.setFocus()
    qtbot.waitUntil(entries.hasFocus)
    entries.setCurrentItem(entries.topLevelItem(row))
    qtbot.keyClick(entries, Qt.Key.Key_Return)


def test_lists_show_the_right_entries(page: DashboardPage, facts: Facts) -> None:
    monday = TODAY - TODAY.weekday() * DAY
    assert facts.planned_today in ids(page.week_list)
    assert (facts.unwritten in ids(page.week_list)) == (monday <= TODAY - DAY)
    assert (facts.written in ids(page.week_list)) == (monday <= TODAY - 2 * DAY)
    assert ids(page.unwritten_list) == [facts.unwritten]
    assert ids(page.idle_list) == [facts.waiting_client]
    assert ids(page.actions_list) == [facts.action_client]
    assert page.unwritten_card.count_label.text() == "1"
    assert page.actions_card.count_label.text() == "1"
    texts = " | ".join(page.actions_list.entry_texts())
    assert "Ask the GP for a referral" in texts
    assert "Ü.Ş." in texts and "Şahin" not in texts
    idle = page.idle_list.entry_texts()[0]
    assert "Wim Wachters" in idle and "last session" in idle


def test_enter_on_an_entry_emits_the_right_signal(
    qtbot: QtBot, page: DashboardPage, facts: Facts
) -> None:
    with qtbot.waitSignal(page.session_requested) as opened:
        activate_by_enter(qtbot, page.unwritten_list, 0)
    assert opened.args == [facts.unwritten]
    with qtbot.waitSignal(page.client_requested) as client:
        activate_by_enter(qtbot, page.idle_list, 0)
    assert client.args == [facts.waiting_client]
    with (
        qtbot.waitSignal(page.client_requested) as client,
        qtbot.assertNotEmitted(page.session_requested),
    ):
        activate_by_enter(qtbot, page.actions_list, 0)
    assert client.args == [facts.action_client]


def test_double_click_in_this_week_opens_the_session(
    qtbot: QtBot, page: DashboardPage, facts: Facts
) -> None:
    row = ids(page.week_list).index(facts.planned_today)
    item = page.week_list.topLevelItem(row)
    centre = page.week_list.visualItemRect(item).center()
    viewport = page.week_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # QTest needs a first click
    with qtbot.waitSignal(page.session_requested) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [facts.planned_today]


def test_hours_chart_and_totals(page: DashboardPage) -> None:
    months = page.chart.months()
    assert len(months) == 12
    # the 90-minute session yesterday is paid; the written one two days ago is pro bono (60)
    yesterday, before = TODAY - DAY, TODAY - 2 * DAY
    expected_paid = 90 if yesterday.year == TODAY.year else 0
    expected_free = 60 if before.year == TODAY.year else 0
    assert sum(p for p, _ in months) == expected_paid
    assert sum(u for _, u in months) == expected_free
    assert "Paid: " in page.hours_label.text()
    assert page.chart.accessibleName()
    assert "Paid" in page.chart.accessibleDescription()
    assert "paid" in page.chart.tooltip_text(TODAY.month)


def test_no_note_content_on_the_page(page: DashboardPage) -> None:
    shown = " | ".join(visible_texts(page))
    for entries in page.lists():
        shown += " | ".join(entries.entry_texts())
    for secret in (PRIVATE_TEXT, CONFIDENTIAL_SUMMARY, "Ülkü", "Şahin"):
        assert secret not in shown


def test_refresh_picks_up_changes(qtbot: QtBot, page: DashboardPage, pf: PracticeFile) -> None:
    assert page.unwritten_list.topLevelItemCount() == 1
    session = pf.sessions.get(ids(page.unwritten_list)[0])
    pf.sessions.update(session.id, replace(session, summary="Written now"))
    page.activateWindow()
    page.setFocus()
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.unwritten_list.isHidden()
    assert page.unwritten_card.empty_label.isVisible()
    assert page.unwritten_card.count_label.text() == "0"


def test_long_lists_are_cut_with_an_inert_more_line(
    qtbot: QtBot, pf: PracticeFile, facts: Facts, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = pf.clients.create(ClientDraft(name="Piet Extra", status=ClientStatus.ACTIVE))
    pf.engagements.create(
        EngagementDraft(
            client_id=extra.id,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            start_date=TODAY,
        )
    )
    monkeypatch.setattr(dashboard_page, "SHOWN_AT_MOST", 1)
    shown = DashboardPage(pf, RevealState())
    qtbot.addWidget(shown)
    assert shown.idle_list.topLevelItemCount() == 2
    more = shown.idle_list.topLevelItem(1)
    assert more.text(0) == "… and 1 more"
    assert not more.flags() & Qt.ItemFlag.ItemIsSelectable
    assert shown.idle_card.count_label.text() == "2"


def test_an_empty_practice_shows_calm_empty_states(qtbot: QtBot, pf: PracticeFile) -> None:
    shown = DashboardPage(pf, RevealState())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    texts = visible_texts(shown)
    assert "No sessions this week." in texts
    assert "Every active client has a next session planned." in texts
    assert "No action items past their due date." in texts


def test_clear_forgets_names_and_figures(page: DashboardPage) -> None:
    page.clear()
    assert all(entries.topLevelItemCount() == 0 for entries in page.lists())
    assert page.dashboard is None
    assert sum(p + u for p, u in page.chart.months()) == 0
    shown = " | ".join(visible_texts(page))
    for name in ("Wim Wachters", "Ü.Ş.", "Ask the GP"):
        assert name not in shown
    page.refresh()
    assert page.idle_list.topLevelItemCount() == 1
