"""A mentor's week through the main window, by keyboard and mouse, on real widgets.

New client (Ctrl+N) -> engagement -> goal -> a held session with a score -> the next session
proposed and planned -> "1 of 8" and the trend update -> agenda and dashboard show the planned
session -> search finds the summary -> confidential text masked until revealed, and again after
the lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import MASK, Confidentiality
from mentordesk.domain.enums import ClientStatus, SessionStatus
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.dialogs.client_dialog import ClientDialog
from mentordesk.ui.dialogs.engagement_dialog import EngagementDialog
from mentordesk.ui.dialogs.goal_dialog import GoalDialog
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.session_editor import SessionEditor
from tests.conftest import PASSPHRASE
from tests.gui.conftest import CONFIDENTIAL_SUMMARY, visible_texts, wait_for_workers

TODAY = dt.date.today()
SUMMARY = "Practised the salary talk with the Quokka method"  # QTest types ASCII only


@pytest.fixture
def window(qtbot: QtBot, sample_path: Path) -> Iterator[MainWindow]:
    pf: PracticeFile = open_practice(sample_path, PASSPHRASE)
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _all_texts(window: MainWindow) -> str:
    return " ".join(visible_texts(window))


def test_a_week_of_work_from_new_client_to_planned_next_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.tabs.currentWidget() is window.dashboard  # the start page

    # Ctrl+N: a new client
    qtbot.keyClick(window.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.work.dialog
    assert isinstance(dialog, ClientDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Bram Quokka")
    dialog.status_combo.set_value(ClientStatus.ACTIVE)
    qtbot.keyClicks(dialog.email_edit, "bram@example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the e-mail is refused at the field
    assert "e-mail" in dialog.errors.message("email").lower()
    dialog.email_edit.setText("bram@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    page = window.tabs.currentWidget()
    assert isinstance(page, ClientPage)
    assert page.header_label.text() == "Bram Quokka"
    assert window.client_list.model.total_count == 4

    # an engagement of 8 sessions, every 2 weeks
    engagement_dialog = page.new_engagement()
    assert isinstance(engagement_dialog, EngagementDialog)
    engagement_dialog.title_edit.setText("Salary and next role")
    engagement_dialog.start_edit.setDate(TODAY - dt.timedelta(days=30))
    engagement_dialog.planned_spin.setValue(8)
    engagement_dialog.cadence_spin.setValue(2)
    qtbot.mouseClick(engagement_dialog.save_button, Qt.MouseButton.LeftButton)
    assert not engagement_dialog.isVisible(), engagement_dialog.errors.message("")
    engagement = window.pf.engagements.for_client(page.client_id)[0]
    assert page.engagement_blocks[0].progress_label.text() == "0 of 8 sessions"

    # a goal
    goal_dialog = page.new_goal(engagement.id)
    assert isinstance(goal_dialog, GoalDialog)
    qtbot.keyClicks(goal_dialog.title_edit, "Ask for a raise")
    qtbot.mouseClick(goal_dialog.save_button, Qt.MouseButton.LeftButton)
    assert not goal_dialog.isVisible()
    goal = window.pf.goals.for_engagement(engagement.id)[0]

    # a held session with a score, from the engagement's "New session" button
    block = page.engagement_blocks[0]
    qtbot.mouseClick(block.new_session_button, Qt.MouseButton.LeftButton)
    editor = window.tabs.currentWidget()
    assert isinstance(editor, SessionEditor)
    fields = editor.fields
    editor.set_date(TODAY)
    fields.status_combo.setCurrentIndex(fields.status_combo.findData(SessionStatus.HELD))
    qtbot.keyClicks(fields.summary_edit, SUMMARY)
    editor.goals_box.spins[goal.id].setValue(6)
    assert editor.has_unsaved_changes()
    qtbot.keyClick(fields.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.session_id is not None
    assert not editor.has_unsaved_changes()

    # held, nothing planned: the dashboard lists Bram as an active client with no next session
    window.commands.dashboard.trigger()
    assert any("Bram Quokka" in t for t in window.dashboard.idle_list.entry_texts())

    # the next session is proposed from the cadence: today + 2 weeks
    window.tabs.setCurrentWidget(editor)
    bar = editor.next_bar
    assert bar.isVisible()
    assert bar.chosen_date() == TODAY + dt.timedelta(weeks=2)
    qtbot.mouseClick(bar.plan_button, Qt.MouseButton.LeftButton)
    planned = [
        s
        for s in window.pf.sessions.for_client(page.client_id)
        if s.status is SessionStatus.PLANNED
    ]
    assert [s.date for s in planned] == [TODAY + dt.timedelta(weeks=2)]

    # the client page shows "1 of 8" and the trend has the score
    window.tabs.setCurrentWidget(page)
    assert page.engagement_blocks[0].progress_label.text() == "1 of 8 sessions"
    card = page.engagement_blocks[0].goal_card(goal.id)
    assert card is not None
    assert card.trend_chart.points() == [(TODAY, 6)]

    # the agenda shows the planned session in its week, under the initials-free name
    window.commands.agenda.trigger()
    window.agenda.show_week(TODAY + dt.timedelta(weeks=2))
    assert planned[0].id in [item.session_id for item in window.agenda.items()]

    # the dashboard no longer lists Bram among active clients without a next session
    window.commands.dashboard.trigger()
    assert not any("Bram Quokka" in t for t in window.dashboard.idle_list.entry_texts())

    # search finds the summary and Enter opens the session
    window.commands.search.trigger()
    edit = window.commands.search_edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "quokka method")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.search_page
    qtbot.waitUntil(lambda: not window.search_page.searching(), timeout=5_000)
    wait_for_workers(qtbot)
    hits = [hit for _row, hit in window.search_page.hit_items()]
    assert any(hit.opens_session and hit.ref_id == editor.session_id for hit in hits)
    focused = window.focusWidget()
    assert focused in (window.search_page.tree, window.search_page.query_edit)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is editor  # the open editor, not a second one


def test_confidential_text_masked_until_revealed_and_again_after_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    jose = next(
        window.client_list.model.row_at(r).id
        for r in range(window.client_list.model.rowCount())
        if window.client_list.model.row_at(r).name == "José Álvarez"
    )
    page = window.open_client(jose)
    assert page is not None
    table = page.sessions_table
    secret_row = next(
        r
        for r in range(table.rowCount())
        if page.timeline.sessions[r].confidentiality is Confidentiality.CONFIDENTIAL
    )
    assert table.item(secret_row, 4).text() == MASK
    assert CONFIDENTIAL_SUMMARY not in _all_texts(window)

    table.setFocus()
    table.selectRow(secret_row)
    qtbot.keyClick(
        table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert table.item(secret_row, 4).text() == CONFIDENTIAL_SUMMARY
    assert window.reveal.count() == 1

    window.lock()
    assert window.reveal.count() == 0
    assert CONFIDENTIAL_SUMMARY not in _all_texts(window)
    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    wait_for_workers(qtbot)
    assert not window.locked
    # the client tab is back, and masked again
    pages = window.client_pages()
    assert [p.client_id for p in pages] == [jose]
    table = pages[0].sessions_table
    shown = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert MASK in shown and CONFIDENTIAL_SUMMARY not in shown


def test_lock_keeps_unsaved_notes_and_reopens_them(qtbot: QtBot, window: MainWindow) -> None:
    engagement = window.pf.engagements.for_client(window.client_list.model.row_at(1).id)[0]
    editor = window.work.new_session(engagement.id)
    assert editor is not None
    qtbot.keyClicks(editor.fields.summary_edit, "Half a thought about the Quokka plan")
    window.lock()
    assert window.session_editors() == []
    assert "Quokka" not in _all_texts(window)
    window.lock_screen.passphrase_edit.setText(PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase_edit, Qt.Key.Key_Return)
    wait_for_workers(qtbot)
    editors = window.session_editors()
    assert len(editors) == 1
    assert editors[0].fields.summary_edit.toPlainText() == "Half a thought about the Quokka plan"


def test_next_and_previous_client_follow_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.commands.clients.trigger()
    model = window.client_list.model
    order = [model.row_at(r).id for r in range(model.rowCount())]
    window.open_client(order[0])
    window.commands.next_client.trigger()
    current = window.tabs.currentWidget()
    assert isinstance(current, ClientPage) and current.client_id == order[1]
    assert len(window.client_pages()) == 1  # replaced, not piled up
    window.commands.previous_client.trigger()
    current = window.tabs.currentWidget()
    assert isinstance(current, ClientPage) and current.client_id == order[0]


def test_window_layout_and_last_page_are_remembered(qtbot: QtBot, sample_path: Path) -> None:
    from mentordesk import config

    pf = open_practice(sample_path, PASSPHRASE)
    first = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 520)
    size = first.size()
    first.commands.agenda.trigger()
    first.close()
    saved = config.load_settings()
    assert saved.last_page == "agenda"
    assert saved.window_geometry
    text = (config.config_dir() / "settings.json").read_text(encoding="utf-8")
    assert "José" not in text and "Praktijk" not in text

    pf = open_practice(sample_path, PASSPHRASE)
    second = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(second)
    second.show()
    QApplication.processEvents()
    assert second.tabs.currentWidget() is second.agenda
    assert second.size() == size
    second.close()


def test_notes_kept_from_last_time_are_offered_not_shown(qtbot: QtBot, sample_path: Path) -> None:
    from mentordesk.services.drafts import DraftService

    with open_practice(sample_path, PASSPHRASE) as pf:
        client_id = next(r.id for r in pf.clients.list_rows() if r.name == "José Álvarez")
        engagement = pf.engagements.for_client(client_id)[0]
        DraftService(pf).save(engagement.id, None, {"summary": "Kept from a crash: Quokka"})
    window = MainWindow(open_practice(sample_path, PASSPHRASE), idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    assert window.session_editors() == []  # nothing of a client on screen at opening
    assert "Quokka" not in _all_texts(window)
    assert window.drafts_button.isVisible()
    assert "(1)" in window.drafts_button.text()
    qtbot.mouseClick(window.drafts_button, Qt.MouseButton.LeftButton)
    editors = window.session_editors()
    assert len(editors) == 1
    assert editors[0].fields.summary_edit.toPlainText() == "Kept from a crash: Quokka"
    assert not window.drafts_button.isVisible()
    window.close()


def test_idle_lock_over_an_open_question_box_locks_without_crashing(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    page = window.open_client(window.client_list.model.row_at(0).id)
    assert page is not None
    QTimer.singleShot(50, window.lock)
    answer = QMessageBox.question(page, "Archive?", "Archive this client?")  # waits here
    assert answer != QMessageBox.StandardButton.Yes
    qtbot.waitUntil(lambda: window.locked, timeout=3_000)
    assert window.client_pages() == []


def test_search_results_follow_a_change_of_confidentiality(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.gui.conftest import NORMAL_SUMMARY

    window.search_page.set_query("values cards")
    qtbot.waitUntil(lambda: not window.search_page.searching(), timeout=5_000)
    wait_for_workers(qtbot)
    hits = [hit for _row, hit in window.search_page.hit_items() if hit.opens_session]
    assert hits and hits[0].level is Confidentiality.NORMAL
    session_id = hits[0].ref_id
    editor = window.work.open_session(session_id)
    assert editor is not None
    combo = editor.fields.confidentiality_combo
    combo.setCurrentIndex(combo.findData(Confidentiality.CONFIDENTIAL))
    assert editor.save()
    qtbot.waitUntil(lambda: not window.search_page.searching(), timeout=5_000)
    wait_for_workers(qtbot)
    hits = [hit for _row, hit in window.search_page.hit_items() if hit.opens_session]
    assert hits[0].level is Confidentiality.CONFIDENTIAL
    texts = [row.text(2) for row, _hit in window.search_page.hit_items()]
    assert not any(NORMAL_SUMMARY.split()[0] in t for t in texts)


def test_the_client_page_splitter_is_remembered(qtbot: QtBot, sample_path: Path) -> None:
    from mentordesk import config

    pf = open_practice(sample_path, PASSPHRASE)
    first = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 520)
    page = first.open_client(pf.clients.list_rows()[0].id)
    assert page is not None
    QApplication.processEvents()
    page.splitter.setSizes([500, 200])
    page.splitter.splitterMoved.emit(200, 1)
    wanted = page.splitter.sizes()
    first.close()
    assert "client_page" in config.load_settings().splitters

    pf = open_practice(sample_path, PASSPHRASE)
    second = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(second)
    second.show()
    page = second.open_client(pf.clients.list_rows()[0].id)
    assert page is not None
    QApplication.processEvents()
    assert second.size() == first.size()
    assert page.splitter.sizes() == wanted
    second.close()
