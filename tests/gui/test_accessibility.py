"""Every control a keyboard can reach has a name a screen reader can say, in both languages;
and the Dutch window shows no English interface words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.services.practice_file import open_practice
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.translations import install_translators, locale_for
from tests.conftest import PASSPHRASE
from tests.gui.conftest import visible_texts

# Interface words that must not be left in English in the Dutch window (whole words).
ENGLISH_WORDS = [
    "Save",
    "Cancel",
    "Edit",
    "New",
    "Delete",
    "Session",
    "Sessions",
    "Client",
    "Clients",
    "Goal",
    "Goals",
    "Today",
    "Search",
    "Settings",
    "Engagement",
    "Held",
    "Planned",
    "Export",
    "Reveal",
    "Close",
    "Open",
    "Add",
    "Remove",
    "Previous",
    "Dashboard",
    "Summary",
    "Topics",
    "Mode",
    "Duration",
    "Private",
    "Confidential",
    "Billable",
    "Lock",
    "Refresh",
]


def _open_everything(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """The window with a client page, a session editor and the settings dialog open."""
    model = window.client_list.model
    jose = next(
        model.row_at(r).id for r in range(model.rowCount()) if "José" in model.row_at(r).name
    )
    page = window.open_client(jose)
    assert page is not None
    session_id = page.timeline.sessions[0].id
    window.work.open_session(session_id)
    roots: list[QWidget] = [window]
    window.work.open_settings()
    assert window.work.dialog is not None
    roots.append(window.work.dialog)
    return roots


def _unnamed(root: QWidget, qtbot: QtBot) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.metaObject().className() in ("QScrollArea", "QTabBar", "QStackedWidget"):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box carries the name
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            parent = widget.parentWidget()
            where = parent.metaObject().className() if parent is not None else ""
            missing.append(f"{widget.metaObject().className()} {widget.objectName()!r} in {where}")
    return missing


@pytest.fixture
def window(qtbot: QtBot, sample_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(open_practice(sample_path, PASSPHRASE), idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_every_reachable_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    roots = _open_everything(qtbot, window)
    missing: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for root in roots:
            missing += _unnamed(root, qtbot)
    assert not sorted(set(missing)), f"controls without an accessible name: {sorted(set(missing))}"


@pytest.fixture
def dutch_window(qtbot: QtBot, qapp: QApplication, sample_path: Path) -> Iterator[MainWindow]:
    installed = install_translators(qapp, "nl")
    window = MainWindow(open_practice(sample_path, PASSPHRASE), idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale_for("en"))


def test_the_dutch_window_speaks_dutch_everywhere(qtbot: QtBot, dutch_window: MainWindow) -> None:
    roots = _open_everything(qtbot, dutch_window)
    sample_data = {
        "Next step",
        "Find a role with purpose",
        "Mapped strengths with the values cards",
    }
    found: set[str] = set()
    for index in range(dutch_window.tabs.count()):
        dutch_window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for root in roots:
            for text in visible_texts(root):
                if not text or any(data in text for data in sample_data):
                    continue
                clean = text.replace("&", "")
                for word in ENGLISH_WORDS:
                    if re.search(rf"\b{word}\b", clean):
                        found.add(f"{word!r} in {text!r}")
    assert dutch_window.tabs.tabText(0) == "Overzicht"
    assert not sorted(found), f"English left in the Dutch window: {sorted(found)}"
