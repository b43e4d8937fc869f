"""The main window: client list, client pages, locking by hand and after idle time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import MASK
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.models.client_table import Column
from tests.conftest import PASSPHRASE
from tests.gui.conftest import (
    CONFIDENTIAL_SUMMARY,
    NORMAL_SUMMARY,
    SENSITIVE_NAME,
    visible_texts,
    wait_for_workers,
)

CLIENT_NAMES = ("José", "Álvarez", "Ülkü", "Şahin", "Anna", "Vries")


@pytest.fixture
def window(qtbot: QtBot, sample_path: Path) -> Iterator[MainWindow]:
    pf: PracticeFile = open_practice(sample_path, PASSPHRASE)
    window = MainWindow(pf, idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.client_list)
    yield window
    window.close()


def _row_of(window: MainWindow, shown_name: str) -> int:
    model = window.client_list.model
    for r in range(model.rowCount()):
        if model.data(model.index(r, Column.NAME)) == shown_name:
            return r
    raise AssertionError(f"{shown_name} not in the list")


def _double_click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    table = window.client_list.table
    rect = table.visualRect(window.client_list.model.index(row, Column.NAME))
    # A real double-click starts with a press; QTest's double-click event alone does not.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_list_filters_as_you_type_and_counts(qtbot: QtBot, window: MainWindow) -> None:
    model = window.client_list.model
    assert model.rowCount() == 3
    assert window.count_label.text() == "3 of 3 clients"
    qtbot.keyClicks(window.client_list.filter_edit, "JOSE")
    assert model.rowCount() == 1
    assert model.data(model.index(0, Column.NAME)) == "José Álvarez"
    assert model.data(model.index(0, Column.FUNDING)) == "Paid by employer"
    assert model.data(model.index(0, Column.KIND)) == "Career"
    assert window.count_label.text() == "1 of 3 clients"
    window.client_list.filter_edit.clear()
    qtbot.keyClicks(window.client_list.filter_edit, "nobody like this")
    assert model.rowCount() == 0
    assert window.client_list.empty_label.isVisible()


def test_sorting_by_clicking_the_header(qtbot: QtBot, window: MainWindow) -> None:
    model = window.client_list.model
    header = window.client_list.table.horizontalHeader()
    shown = [model.data(model.index(r, Column.NAME)) for r in range(3)]
    assert shown == ["Anna de Vries", "José Álvarez", "Ü.Ş."]
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(Column.NAME) + 5, 5),
    )
    shown = [model.data(model.index(r, Column.NAME)) for r in range(3)]
    assert shown == ["Ü.Ş.", "José Álvarez", "Anna de Vries"]


def test_sensitive_client_never_named_in_list(window: MainWindow) -> None:
    texts = visible_texts(window)
    model = window.client_list.model
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        texts += [
            str(model.data(model.index(r, c), role))
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
    assert "Ü.Ş." in texts
    assert not any("Ülkü" in t or "Şahin" in t for t in texts)


def test_double_click_opens_client_page_with_masked_confidential_summary(
    qtbot: QtBot, window: MainWindow
) -> None:
    _double_click_row(qtbot, window, _row_of(window, "José Álvarez"))
    page = window.tabs.currentWidget()
    assert isinstance(page, ClientPage)
    assert page.header_label.text() == "José Álvarez"
    table = page.sessions_table
    summaries = [table.item(r, 4).text() for r in range(table.rowCount())]
    dates = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert len(summaries) == 3
    assert dates == sorted(dates, key=lambda d: d.split("-")[::-1], reverse=True)
    assert MASK in summaries
    assert NORMAL_SUMMARY in summaries  # first line only
    page_text = " ".join(
        visible_texts(page)
        + [
            table.item(r, c).text()
            for r in range(table.rowCount())
            for c in range(table.columnCount())
        ]
    )
    assert CONFIDENTIAL_SUMMARY not in page_text
    assert "Second line" not in page_text
    assert "working notes" not in page_text
    assert "2 of 8 sessions" in page_text
    assert "latest score 6/10" in page_text
    assert "Paid by employer" in page_text

    _double_click_row(qtbot, window, _row_of(window, "José Álvarez"))
    assert len(window.client_pages()) == 1  # the same page again, not a second one


def test_enter_opens_sensitive_client_with_initials_on_the_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = window.client_list.table
    table.setFocus()
    table.setCurrentIndex(window.client_list.model.index(_row_of(window, "Ü.Ş."), 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert isinstance(page, ClientPage)
    assert page.header_label.text() == SENSITIVE_NAME  # deliberately opened: full name
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Ü.Ş."
    assert "Pro bono" in " ".join(visible_texts(page))


def _assert_no_client_data(window: MainWindow) -> None:
    assert window.client_list.model.rowCount() == 0
    assert window.client_pages() == []
    texts = " ".join(visible_texts(window))
    for name in CLIENT_NAMES:
        assert name not in texts
    assert "Ü.Ş." not in texts


def test_ctrl_l_locks_and_only_the_right_passphrase_unlocks(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.client_list.filter_edit, "Alvarez")
    window.open_client(window.client_list.model.row_at(0).id)
    assert window.client_pages()
    window.activateWindow()
    qtbot.keyClick(window.client_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.client_list.filter_edit.text() == ""  # it held a name
    assert window.windowTitle() == "MentorDesk — locked"
    _assert_no_client_data(window)
    # no way around the lock: closing to the welcome window could reopen the file with a
    # remembered passphrase
    commands = window.commands
    for action in (commands.close_file, commands.open_file, commands.new_file):
        assert not action.isEnabled()
    assert not commands.recent_menu.isEnabled()
    commands.close_file.trigger()
    assert window.isVisible() and window.locked

    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase_edit, "wrong guess")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert window.locked
    assert screen.error_label.isVisible()
    assert "not the passphrase" in screen.error_label.text()
    _assert_no_client_data(window)

    screen.passphrase_edit.clear()
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    wait_for_workers(qtbot)
    assert not window.locked
    assert window.client_list.model.rowCount() == 3
    assert window.stack.currentWidget() is window.tabs
    assert screen.passphrase_edit.text() == ""
    assert "Praktijk de Wegwijzer" in window.windowTitle()
    assert commands.close_file.isEnabled() and commands.recent_menu.isEnabled()


def test_idle_time_locks_the_window(qtbot: QtBot, sample_path: Path) -> None:
    pf = open_practice(sample_path, PASSPHRASE)
    window = MainWindow(pf, idle_interval_ms=150)
    qtbot.addWidget(window)
    window.show()
    assert window.idle_watcher.interval_ms == 150
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    _assert_no_client_data(window)
    assert not window.idle_watcher.watching  # a locked window does not lock again
    window.close()


def test_user_input_restarts_the_idle_timer(qtbot: QtBot, window: MainWindow) -> None:
    timer = window.idle_watcher._timer
    timer.stop()
    qtbot.keyClick(window.client_list.filter_edit, Qt.Key.Key_A)
    assert timer.isActive()
    timer.stop()
    qtbot.mouseMove(window.client_list.table.viewport(), QPoint(5, 5))
    qtbot.mouseClick(window.client_list.table.viewport(), Qt.MouseButton.LeftButton)
    assert timer.isActive()


def test_default_idle_time_comes_from_settings(qtbot: QtBot, sample_path: Path) -> None:
    from mentordesk import config

    settings = config.load_settings()
    settings.idle_lock_minutes = 3
    config.save_settings(settings)
    pf = open_practice(sample_path, PASSPHRASE)
    window = MainWindow(pf)
    qtbot.addWidget(window)
    assert window.idle_watcher.interval_ms == 3 * 60_000
    window.close()


def test_filter_then_down_or_enter_opens_a_client_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.client_list.filter_edit, "anna")
    qtbot.keyClick(window.client_list.filter_edit, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert isinstance(page, ClientPage) and page.header_label.text() == "Anna de Vries"
    window.commands.clients.trigger()
    window.client_list.filter_edit.clear()
    qtbot.keyClick(window.client_list.filter_edit, Qt.Key.Key_Down)
    assert window.focusWidget() is window.client_list.table
    qtbot.keyClick(window.client_list.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.client_list.table, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert isinstance(page, ClientPage) and page.header_label.text() == "José Álvarez"
