"""The agenda page: today highlighted, week navigation, marking sessions, opening, exporting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding, SessionStatus
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft, EngagementDraft, SessionDraft
from mentordesk.ui import messages
from mentordesk.ui.pages.agenda_page import TODAY_HEADING_TINT, AgendaPage, Column
from mentordesk.ui.reveal import RevealState
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday())


@dataclass(frozen=True)
class Week:
    today_a: int  # planned today, 09:00, Anna
    today_b: int  # planned today, no time, Ülkü (sensitive)
    next_week: int
    last_week: int
    future: int  # later this week or next week: cannot be held yet
    anna: int
    ulku: int


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    opened = open_practice(practice_path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def week(pf: PracticeFile) -> Week:
    def work(name: str, sensitive: bool = False) -> tuple[int, int]:
        client = pf.clients.create(
            ClientDraft(name=name, status=ClientStatus.ACTIVE, sensitive=sensitive)
        )
        engagement = pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.CAREER,
                funding=Funding.CLIENT_PAID,
                start_date=TODAY - dt.timedelta(days=60),
            )
        )
        return client.id, engagement.id

    def session(engagement_id: int, day: dt.date, start: dt.time | None = None) -> int:
        draft = SessionDraft(engagement_id=engagement_id, date=day, start_time=start)
        return pf.sessions.create(draft).id

    anna, anna_work = work("Anna de Vries")
    ulku, ulku_work = work("Ülkü Şahin", sensitive=True)
    return Week(
        today_a=session(anna_work, TODAY, dt.time(9, 0)),
        today_b=session(ulku_work, TODAY),
        next_week=session(anna_work, MONDAY + dt.timedelta(days=8), dt.time(11, 0)),
        last_week=session(anna_work, MONDAY - dt.timedelta(days=3), dt.time(11, 0)),
        future=session(anna_work, TODAY + dt.timedelta(days=1), dt.time(15, 0)),
        anna=anna,
        ulku=ulku,
    )


@pytest.fixture
def page(qtbot: QtBot, pf: PracticeFile, week: Week) -> AgendaPage:
    shown = AgendaPage(pf, RevealState())
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def present(_parent: QWidget | None, _icon: QMessageBox.Icon, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(messages, "present", present)
    return shown


def focus_row(qtbot: QtBot, page: AgendaPage, session_id: int) -> None:
    page.activateWindow()
    page.tree.setFocus()
    page.select_session(session_id)
    qtbot.waitUntil(page.tree.hasFocus)


def test_today_is_highlighted_and_the_week_is_labelled(page: AgendaPage, week: Week) -> None:
    today = page.day_heading(TODAY)
    assert today is not None
    assert today.text(0).startswith("Today")
    assert today.background(0).color() == TODAY_HEADING_TINT
    assert today.font(0).bold()
    others = [page.day_heading(MONDAY + dt.timedelta(days=n)) for n in range(7)]
    others = [h for h in others if h is not None and h is not today]
    assert len(others) == 6
    assert all(not h.text(0).startswith("Today") for h in others)
    assert all(h.background(0).color() != TODAY_HEADING_TINT for h in others)
    assert page.week_label.text().startswith(f"Week {TODAY.isocalendar().week} · ")
    # the sensitive client by initials, nowhere by name
    assert page.row_for(week.today_b).text(Column.CLIENT) == "Ü.Ş."
    assert page.row_for(week.today_a).text(Column.CLIENT) == "Anna de Vries"
    assert page.row_for(week.next_week) is None and page.row_for(week.last_week) is None


def test_marking_held_with_the_button_updates_the_row(
    qtbot: QtBot, page: AgendaPage, pf: PracticeFile, week: Week
) -> None:
    row = page.row_for(week.today_a)
    assert row.text(Column.STATUS) == "Planned"
    focus_row(qtbot, page, week.today_a)
    with qtbot.waitSignal(page.sessions_changed) as changed:
        qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert changed.args == [week.today_a]
    assert page.row_for(week.today_a).text(Column.STATUS) == "Held"
    assert pf.sessions.get(week.today_a).status is SessionStatus.HELD
    assert not page.held_button.isEnabled()  # already held
    assert page.cancelled_button.isEnabled()


def test_marking_by_keyboard_shortcuts(
    qtbot: QtBot, page: AgendaPage, pf: PracticeFile, week: Week
) -> None:
    focus_row(qtbot, page, week.today_b)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.tree, Qt.Key.Key_O, ctrl_shift)
    assert page.row_for(week.today_b).text(Column.STATUS) == "No-show"
    assert pf.sessions.get(week.today_b).status is SessionStatus.NO_SHOW
    qtbot.keyClick(page.tree, Qt.Key.Key_P, ctrl_shift)  # undo: planned again
    assert pf.sessions.get(week.today_b).status is SessionStatus.PLANNED
    qtbot.keyClick(page.tree, Qt.Key.Key_C, ctrl_shift)
    assert page.row_for(week.today_b).text(Column.STATUS) == "Cancelled"
    assert page.row_for(week.today_b).font(Column.CLIENT).strikeOut()


def test_a_future_session_cannot_be_marked_held(
    qtbot: QtBot, page: AgendaPage, pf: PracticeFile, week: Week
) -> None:
    if TODAY.weekday() == 6:  # tomorrow is next week: show it
        page.show_week(TODAY + dt.timedelta(days=1))
    focus_row(qtbot, page, week.future)
    assert not page.held_button.isEnabled()
    assert "future" in page.hint_label.text()
    assert page.cancelled_button.isEnabled()
    qtbot.mouseClick(page.cancelled_button, Qt.MouseButton.LeftButton)
    assert pf.sessions.get(week.future).status is SessionStatus.CANCELLED


def test_a_refused_change_is_shown_and_the_row_stays(
    qtbot: QtBot, page: AgendaPage, pf: PracticeFile, week: Week, errors: list[str]
) -> None:
    client = pf.clients.get(week.anna)
    pf.clients.update(client.id, replace(client, status=ClientStatus.ARCHIVED))
    focus_row(qtbot, page, week.today_a)
    qtbot.mouseClick(page.no_show_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "archived" in errors[0]
    assert page.row_for(week.today_a).text(Column.STATUS) == "Planned"
    assert pf.sessions.get(week.today_a).status is SessionStatus.PLANNED


def test_week_navigation_by_buttons_and_shortcuts(
    qtbot: QtBot, page: AgendaPage, week: Week
) -> None:
    this_label = page.week_label.text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.monday == MONDAY + dt.timedelta(days=7)
    assert page.row_for(week.next_week) is not None
    assert page.row_for(week.today_a) is None
    assert not page.day_heading(TODAY + dt.timedelta(days=7)).text(0).startswith("Today")
    page.activateWindow()
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    qtbot.keyClick(page.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY - dt.timedelta(days=7)
    assert page.row_for(week.last_week) is not None
    qtbot.keyClick(page.tree, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY
    assert page.week_label.text() == this_label
    qtbot.keyClick(page.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY + dt.timedelta(days=7)


def test_enter_opens_the_session_and_the_menu_opens_the_client(
    qtbot: QtBot, page: AgendaPage, week: Week
) -> None:
    focus_row(qtbot, page, week.today_b)
    with qtbot.waitSignal(page.session_requested) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [week.today_b]
    with qtbot.waitSignal(page.client_requested) as client:
        page.open_client_action.trigger()
    assert client.args == [week.ulku]
    # a day heading opens nothing
    page.tree.setCurrentItem(page.day_heading(TODAY))
    with qtbot.assertNotEmitted(page.session_requested):
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)


def test_double_click_opens_the_session(qtbot: QtBot, page: AgendaPage, week: Week) -> None:
    row = page.row_for(week.today_a)
    rect = page.tree.visualItemRect(row)
    # QTest's double click sends no first press/release pair, as a real one does
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.session_requested) as opened:
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [week.today_a]


def test_export_writes_initials_only_and_adds_the_suffix(
    page: AgendaPage, week: Week, tmp_path: Path
) -> None:
    result = page.export_ics(tmp_path / "mijn agenda", TODAY, TODAY + dt.timedelta(days=13))
    assert result is not None
    target = tmp_path / "mijn agenda.ics"
    data = target.read_bytes()
    assert result.events == 4  # today twice, tomorrow, next week
    assert "SUMMARY:Mentoring session Ü.Ş.".encode() in data
    assert b"SUMMARY:Mentoring session A.V." in data
    for name in ("Anna", "Vries", "Ülkü", "Şahin"):
        assert name.encode() not in data
    assert "4 planned sessions" in page.result_label.text()


def test_export_failure_is_shown(page: AgendaPage, errors: list[str], tmp_path: Path) -> None:
    assert page.export_ics(tmp_path / "missing" / "x.ics", TODAY, TODAY) is None
    assert len(errors) == 1
    assert "folder does not exist" in errors[0]
    assert not (tmp_path / "missing").exists()


def test_accessible_names_on_every_control(page: AgendaPage) -> None:
    for control in (
        page.previous_button,
        page.this_week_button,
        page.next_button,
        page.export_button,
        page.tree,
        page.held_button,
        page.cancelled_button,
        page.no_show_button,
    ):
        assert control.accessibleName(), control


def test_clear_forgets_every_session_until_refresh(page: AgendaPage, week: Week) -> None:
    page.clear()
    assert page.tree.topLevelItemCount() == 0
    assert page.items() == [] and page.selected_item() is None
    assert not page.held_button.isEnabled()
    page.refresh()
    assert page.row_for(week.today_a) is not None
