"""Copied text leaves the clipboard after a while and at clear_now; other programs' text stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from mentordesk.ui.clipboard_guard import DEFAULT_TIMEOUT_MS, ClipboardGuard

NOTE = "Talked about the divorce and the debts"


@pytest.fixture
def guard(qtbot: QtBot) -> Iterator[ClipboardGuard]:
    QGuiApplication.clipboard().clear()
    guard = ClipboardGuard(timeout_ms=200)
    yield guard
    guard.stop()
    QGuiApplication.clipboard().clear()


def _clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_the_default_is_thirty_seconds(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    try:
        assert DEFAULT_TIMEOUT_MS == 30_000 and guard.timer.interval() == 30_000
    finally:
        guard.stop()


def test_text_copied_in_a_field_is_cleared_after_the_timeout(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    edit = QLineEdit(NOTE)
    qtbot.addWidget(edit)
    edit.selectAll()
    edit.copy()
    assert _clipboard() == NOTE and guard.guarded_text == NOTE
    qtbot.wait(50)
    assert _clipboard() == NOTE, "not before the time is up"
    qtbot.waitUntil(lambda: _clipboard() == "", timeout=2_000)
    assert guard.guarded_text == ""


def test_explicit_copy_and_clear_now(qtbot: QtBot) -> None:
    guard = ClipboardGuard(timeout_ms=60_000)
    try:
        guard.copy(NOTE)
        assert _clipboard() == NOTE
        assert guard.clear_now() is True
        assert _clipboard() == ""
        assert guard.clear_now() is False, "nothing left to clear"
    finally:
        guard.stop()


def test_text_of_another_program_is_never_cleared(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.copy(NOTE)
    guard.owns_clipboard = lambda: False  # type: ignore[method-assign]
    QGuiApplication.clipboard().setText("a shopping list from another program")
    assert guard.guarded_text == "", "ours is gone: nothing to guard"
    qtbot.wait(400)
    assert _clipboard() == "a shopping list from another program"
    assert guard.clear_now() is False
    assert _clipboard() == "a shopping list from another program"


def test_clear_now_leaves_text_that_replaced_ours(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.copied(NOTE)  # told explicitly, but the clipboard holds something else by now
    QGuiApplication.clipboard().blockSignals(True)
    try:
        QGuiApplication.clipboard().setText("something else")
    finally:
        QGuiApplication.clipboard().blockSignals(False)
    assert guard.clear_now() is False
    assert _clipboard() == "something else"


def test_a_newer_copy_restarts_the_countdown(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.copy("first")
    qtbot.wait(120)
    guard.copy(NOTE)
    qtbot.wait(120)
    assert _clipboard() == NOTE, "the countdown started again with the newer copy"
    qtbot.waitUntil(lambda: _clipboard() == "", timeout=2_000)
