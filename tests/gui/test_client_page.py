"""The client page as a working page: edits through dialogs, engagements, goals, the timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import MASK, Confidentiality
from mentordesk.domain.enums import ClientStatus, SessionStatus
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, SessionDraft
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.dialogs.engagement_dialog import EngagementDialog
from mentordesk.ui.dialogs.goal_dialog import GoalDialog
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.session_timeline import SUMMARY
from tests.gui.conftest import (
    CONFIDENTIAL_SUMMARY,
    NORMAL_SUMMARY,
    SENSITIVE_NAME,
    fill_sample,
    visible_texts,
)

TODAY = dt.date.today()
PageFactory = Callable[[int], ClientPage]


@pytest.fixture
def pf(practice: PracticeFile) -> PracticeFile:
    return practice


@pytest.fixture
def reveal() -> RevealState:
    return RevealState()


@pytest.fixture
def open_page(qtbot: QtBot, pf: PracticeFile, reveal: RevealState) -> Iterator[PageFactory]:
    pages: list[ClientPage] = []

    def make(client_id: int) -> ClientPage:
        page = ClientPage(pf, client_id, reveal)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        pages.append(page)
        return page

    yield make
    for widget in QApplication.topLevelWidgets():
        widget.close()


def page_text(page: ClientPage) -> str:
    table = page.sessions_table
    cells = [
        table.item(r, c).text() + " " + table.item(r, c).toolTip()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
    ]
    return " ".join(visible_texts(page) + cells)


def summary_of(page: ClientPage, session_id: int) -> str:
    for row, session in enumerate(page.timeline.sessions):
        if session.id == session_id:
            return page.sessions_table.item(row, SUMMARY).text()
    raise AssertionError(f"session {session_id} not in the timeline")


def row_of(page: ClientPage, session_id: int) -> int:
    return next(r for r, s in enumerate(page.timeline.sessions) if s.id == session_id)


# -- details ----------------------------------------------------------------------------------
def test_ctrl_e_edits_the_details_and_the_page_follows(
    qtbot: QtBot, pf: PracticeFile, open_page: PageFactory
) -> None:
    client = pf.clients.create(ClientDraft(name="Anna de Vries"))
    page = open_page(client.id)
    page.header.edit_button.setFocus()
    changed: list[int] = []
    page.client_changed.connect(changed.append)

    qtbot.keyClick(page.header.edit_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name_edit, "Anna de Vries-")  # type: ignore[attr-defined]
    dialog.name_edit.insert("Ülkü")  # type: ignore[attr-defined]  # QTest types ASCII only
    qtbot.keyClicks(dialog.email_edit, "anna@example.org")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.city_edit, "Gent")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    assert not dialog.isVisible()
    assert changed == [client.id]
    assert page.header_label.text() == "Anna de Vries-Ülkü"
    assert page.tab_title == "Anna de Vries-Ülkü"
    assert page.details.values["email"].text() == "anna@example.org"
    assert "Gent" in page.details.values["address"].text()
    assert pf.clients.get(client.id).city == "Gent"


def test_a_sensitive_client_shows_the_name_in_the_header_and_initials_on_the_tab(
    pf: PracticeFile, open_page: PageFactory
) -> None:
    sample = fill_sample(pf)
    page = open_page(sample.ulku)
    assert page.tab_title == "Ü.Ş."
    assert page.header_label.text() == SENSITIVE_NAME
    assert page.header.sensitive_chip.isVisible()
    assert "Ü.Ş." in page.header.sensitive_chip.text()
    assert "Pro bono" in page_text(page)


def test_archiving_asks_first_and_then_stops_new_work(
    pf: PracticeFile, open_page: PageFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = fill_sample(pf)
    page = open_page(sample.jose)
    changed: list[int] = []
    page.client_changed.connect(changed.append)
    monkeypatch.setattr(page, "confirm_archive", lambda: False)
    page.header.archive_button.click()
    assert pf.clients.get(sample.jose).status is ClientStatus.ACTIVE
    assert changed == []

    monkeypatch.setattr(page, "confirm_archive", lambda: True)
    page.header.archive_button.click()
    assert pf.clients.get(sample.jose).status is ClientStatus.ARCHIVED
    assert changed == [sample.jose]
    assert page.header.status_chip.text() == "Archived"
    assert not page.header.archive_button.isEnabled()
    assert not page.header.new_engagement_button.isEnabled()
    assert not page.engagement_blocks[0].new_goal_button.isEnabled()
    assert not page.engagement_blocks[0].new_session_button.isEnabled()


# -- engagements and goals --------------------------------------------------------------------
def test_new_engagement_counts_its_held_sessions(
    qtbot: QtBot, pf: PracticeFile, open_page: PageFactory
) -> None:
    client = pf.clients.create(ClientDraft(name="José Álvarez"))
    page = open_page(client.id)
    assert page.engagements_empty.isVisible()
    page.header.new_engagement_button.click()
    dialog = page.dialog
    assert isinstance(dialog, EngagementDialog)
    dialog.title_edit.setText("Next step")
    dialog.planned_spin.setValue(8)
    dialog.cadence_spin.setValue(2)
    dialog.rate_edit.setText("85,50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [block] = page.engagement_blocks
    assert block.progress_label.text() == "0 of 8 sessions"
    assert block.fact_labels["Price"].text() == "€85.50 per hour"
    assert block.fact_labels["Cadence"].text() == "every 2 weeks"
    assert not page.engagements_empty.isVisible()
    engagement_id = block.engagement.id
    for days in (14, 7):
        pf.sessions.create(
            SessionDraft(
                engagement_id=engagement_id,
                date=TODAY - dt.timedelta(days=days),
                status=SessionStatus.HELD,
            )
        )
    pf.sessions.create(SessionDraft(engagement_id=engagement_id, date=TODAY))  # planned
    page.refresh()
    [block] = page.engagement_blocks
    assert block.progress_label.text() == "2 of 8 sessions"
    assert block.progress_bar is not None and block.progress_bar.value() == 2
    assert page.sessions_table.rowCount() == 3

    requested: list[int] = []
    page.new_session_requested.connect(requested.append)
    block.new_session_button.click()
    assert requested == [engagement_id]


def test_goal_with_scores_draws_its_trend_and_actions_save_at_once(
    qtbot: QtBot, pf: PracticeFile, open_page: PageFactory
) -> None:
    sample = fill_sample(pf)
    page = open_page(sample.anna)
    page.header.new_engagement_button.click()
    qtbot.mouseClick(page.dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    [block] = page.engagement_blocks
    assert block.goal_cards == []

    block.new_goal_button.click()
    dialog = page.dialog
    assert isinstance(dialog, GoalDialog)
    qtbot.keyClicks(dialog.title_edit, "Grenzen aangeven")
    qtbot.keyClicks(dialog.new_action_edit, "Nee zeggen oefenen")
    qtbot.keyClick(dialog.new_action_edit, Qt.Key.Key_Return)  # adds the action, not Save
    assert dialog.isVisible()
    assert len(dialog.action_rows) == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [card] = page.engagement_blocks[0].goal_cards
    goal_id = card.goal.id
    assert card.trend_chart.points() == []
    for days, score in ((21, 4), (7, 6)):
        pf.goals.record_score(goal_id, score, TODAY - dt.timedelta(days=days))
    page.refresh()
    [card] = page.engagement_blocks[0].goal_cards
    assert card.trend_chart.points() == [
        (TODAY - dt.timedelta(days=21), 4),
        (TODAY - dt.timedelta(days=7), 6),
    ]
    assert card.trend_chart.last_score == 6
    assert card.trend_chart.last_text() == "6/10"
    assert "last 6 of 10" in card.trend_chart.accessibleDescription()
    assert "latest score 6/10" in card.meta_label.text()

    [action] = pf.goals.get(goal_id).actions
    check = card.action_checks[action.id]
    assert isinstance(check, QCheckBox) and not check.isChecked()
    indicator = QPoint(8, check.height() // 2)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=indicator)
    assert check.isChecked()
    assert pf.goals.get(goal_id).actions[0].done
    assert check.font().strikeOut()


def test_editing_a_goal_from_its_card(
    qtbot: QtBot, pf: PracticeFile, open_page: PageFactory
) -> None:
    sample = fill_sample(pf)
    page = open_page(sample.jose)
    [card] = page.engagement_blocks[0].goal_cards
    card.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, GoalDialog)
    assert dialog.title_edit.text() == "Find a role with purpose"
    dialog.title_edit.setText("Find a role with meaning & purpose")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [card] = page.engagement_blocks[0].goal_cards
    assert card.title_label.text() == "Find a role with meaning & purpose"


# -- the timeline -----------------------------------------------------------------------------
def test_timeline_masks_confidential_until_revealed_and_again_after_lock(
    qtbot: QtBot, pf: PracticeFile, open_page: PageFactory, reveal: RevealState
) -> None:
    sample = fill_sample(pf)
    page = open_page(sample.jose)
    sessions = page.timeline.sessions
    assert [s.date for s in sessions] == sorted((s.date for s in sessions), reverse=True)
    secret = next(s for s in sessions if s.confidentiality is Confidentiality.CONFIDENTIAL)
    normal = next(s for s in sessions if s.summary.startswith(NORMAL_SUMMARY))
    assert summary_of(page, secret.id) == MASK
    assert summary_of(page, normal.id) == NORMAL_SUMMARY  # the first line only
    text = page_text(page)
    assert CONFIDENTIAL_SUMMARY not in text
    assert "Second line" not in text
    assert "working notes" not in text
    assert "Hidden confidential summaries: 1" in text

    table = page.sessions_table
    table.setFocus()
    table.selectRow(row_of(page, secret.id))
    assert page.timeline.reveal_button.isEnabled()
    qtbot.keyClick(
        table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert summary_of(page, secret.id) == CONFIDENTIAL_SUMMARY
    assert reveal.is_revealed(("session", secret.id))
    assert page.timeline.reveal_button.text() == "&Hide again"

    reveal.clear()  # what locking does
    assert summary_of(page, secret.id) == MASK
    assert CONFIDENTIAL_SUMMARY not in page_text(page)

    rect = table.visualItemRect(table.item(row_of(page, secret.id), SUMMARY))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert summary_of(page, secret.id) == CONFIDENTIAL_SUMMARY  # a click on the mask
    page.timeline.reveal_button.click()
    assert summary_of(page, secret.id) == MASK  # hidden again


def test_private_summary_is_masked_and_other_pages_follow_the_same_reveal(
    pf: PracticeFile, open_page: PageFactory, reveal: RevealState
) -> None:
    sample = fill_sample(pf)
    engagement = pf.engagements.for_client(sample.jose)[0]
    private = pf.sessions.create(
        SessionDraft(
            engagement_id=engagement.id,
            date=TODAY - dt.timedelta(days=3),
            status=SessionStatus.HELD,
            summary="Only for me",
            confidentiality=Confidentiality.PRIVATE,
        )
    )
    page = open_page(sample.jose)
    assert summary_of(page, private.id) == MASK
    reveal.reveal(("session", private.id))
    assert summary_of(page, private.id) == "Only for me"
    page.refresh()
    assert summary_of(page, private.id) == "Only for me"  # revealed until the lock


def test_enter_on_a_row_asks_for_that_session(
    qtbot: QtBot, pf: PracticeFile, open_page: PageFactory
) -> None:
    sample = fill_sample(pf)
    page = open_page(sample.jose)
    requested: list[int] = []
    page.session_requested.connect(requested.append)
    table = page.sessions_table
    table.setFocus()
    wanted = page.timeline.sessions[1]
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert requested == [wanted.id]
    page.timeline.open_button.click()
    assert requested == [wanted.id, wanted.id]


def test_every_button_is_named_and_reachable_by_tab(
    pf: PracticeFile, open_page: PageFactory
) -> None:
    sample = fill_sample(pf)
    page = open_page(sample.jose)
    buttons = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(buttons) > 8
    for widget in buttons:
        assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), widget
    chain = []
    widget = page.header.edit_button
    for _ in range(60):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert page.engagement_blocks[0].new_goal_button in chain
    assert page.sessions_table in chain
    assert chain.index(page.engagement_blocks[0].edit_button) < chain.index(page.sessions_table)
