"""GUI fixtures: sample data made through the services, and a strict clean-up after each test.

After every test: background calls have finished, every top-level window is closed and
deleted, and no practice file is still open (an open file keeps its ``.lock`` side file).
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QtMsgType
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import (
    ClientStatus,
    EngagementKind,
    Funding,
    GoalStatus,
    LifeArea,
    SessionMode,
    SessionStatus,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    PayerDraft,
    SessionDraft,
)
from mentordesk.ui import workers
from mentordesk.ui.launcher import Launcher

CONFIDENTIAL_SUMMARY = "Talked about the divorce and the debts"
NORMAL_SUMMARY = "Mapped strengths with the values cards"
SENSITIVE_NAME = "Ülkü Şahin"


@dataclass(frozen=True)
class Sample:
    jose: int
    ulku: int
    anna: int


def visible_texts(root: QWidget) -> list[str]:
    """Every text a visible widget under ``root`` shows (labels, fields, tabs, title)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for getter in ("text", "toolTip", "placeholderText", "windowTitle", "title"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    result = value()
                except TypeError:
                    continue
                if isinstance(result, str):
                    texts.append(result)
        count = getattr(widget, "count", None)
        tab_text = getattr(widget, "tabText", None)
        if callable(count) and callable(tab_text):
            texts += [tab_text(i) for i in range(count())]
    return texts


def fill_sample(pf: PracticeFile) -> Sample:
    today = dt.date.today()
    jose = pf.clients.create(
        ClientDraft(
            name="José Álvarez",
            status=ClientStatus.ACTIVE,
            email="jose@example.org",
            consent_date=today - dt.timedelta(days=40),
            consent_scope="progress letters to employer",
            tags=("career", "Rotterdam"),
        )
    )
    ulku = pf.clients.create(
        ClientDraft(name=SENSITIVE_NAME, status=ClientStatus.PAUSED, sensitive=True)
    )
    anna = pf.clients.create(ClientDraft(name="Anna de Vries", status=ClientStatus.INTAKE))
    payer = pf.payers.create(PayerDraft(name="Havenbedrijf Rotterdam"))
    career = pf.engagements.create(
        EngagementDraft(
            client_id=jose.id,
            kind=EngagementKind.CAREER,
            funding=Funding.PAYER_PAID,
            payer_id=payer.id,
            start_date=today - dt.timedelta(days=60),
            planned_sessions=8,
            title="Next step",
        )
    )
    pf.engagements.create(
        EngagementDraft(
            client_id=ulku.id,
            kind=EngagementKind.PERSONAL_GROWTH,
            funding=Funding.PRO_BONO,
            start_date=today - dt.timedelta(days=30),
        )
    )
    goal = pf.goals.create(
        GoalDraft(
            engagement_id=career.id,
            title="Find a role with purpose",
            life_area=LifeArea.MEANING,
            status=GoalStatus.IN_PROGRESS,
        )
    )
    held = pf.sessions.create(
        SessionDraft(
            engagement_id=career.id,
            date=today - dt.timedelta(days=21),
            status=SessionStatus.HELD,
            summary=NORMAL_SUMMARY + "\nSecond line",
            mode=SessionMode.WALK,
        )
    )
    pf.sessions.create(
        SessionDraft(
            engagement_id=career.id,
            date=today - dt.timedelta(days=7),
            status=SessionStatus.HELD,
            summary=CONFIDENTIAL_SUMMARY,
            private_notes="my own working notes",
            confidentiality=Confidentiality.CONFIDENTIAL,
            mode=SessionMode.VIDEO,
            duration_minutes=90,
        )
    )
    pf.sessions.create(SessionDraft(engagement_id=career.id, date=today + dt.timedelta(days=7)))
    pf.goals.record_score(goal.id, 4, today - dt.timedelta(days=21), session_id=held.id)
    pf.goals.record_score(goal.id, 6, today - dt.timedelta(days=7))
    return Sample(jose=jose.id, ulku=ulku.id, anna=anna.id)


@pytest.fixture
def sample_path(practice_path: Path) -> Path:
    """A closed practice file (passphrase ``PASSPHRASE``) holding the sample clients."""
    from mentordesk.services.practice_file import open_practice
    from tests.conftest import PASSPHRASE

    with open_practice(practice_path, PASSPHRASE) as pf:
        fill_sample(pf)
    return practice_path


@pytest.fixture(autouse=True, scope="session")
def english_locale(qapp: QApplication) -> None:
    """The English interface's locale (Irish English: day-first dates, the euro)."""
    from PySide6.QtCore import QLocale

    from mentordesk.ui.translations import locale_for

    QLocale.setDefault(locale_for("en"))


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog: object) -> Iterator[None]:
    """Fail on any Qt warning except the offscreen platform's "does not support" notes."""
    yield
    warnings = [
        r.message
        for r in qtlog.records  # type: ignore[attr-defined]
        if r.type != QtMsgType.QtDebugMsg
        and not r.message.startswith("This plugin does not support")
    ]
    assert not warnings, f"Qt warnings: {warnings}"


@pytest.fixture(autouse=True)
def no_auto_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Main windows make no rolling backups (each costs a key derivation); the tests of the
    backups themselves switch them on again."""
    from mentordesk.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "auto_backups", False)


@pytest.fixture(autouse=True)
def gui_clean_up(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    yield
    assert workers.wait_for_all(), "a background call did not finish"
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    open_files = sorted(tmp_path.rglob("*.lock"))
    assert not open_files, f"practice files left open: {open_files}"
    assert not leftovers, f"windows left open: {[w.windowTitle() for w in leftovers]}"


def wait_for_workers(qtbot: QtBot) -> None:
    """Wait until every background call has finished and reported back."""
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)


@pytest.fixture
def launcher(qtbot: QtBot) -> Iterator[Launcher]:
    """A launcher whose windows never lock by themselves during a test."""
    launcher = Launcher(idle_interval_ms=3_600_000)
    yield launcher
    launcher.shutdown()


@pytest.fixture
def fake_demo(sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``services.demo.ensure_demo_file`` replaced: it hands out the sample file."""
    from tests.conftest import PASSPHRASE

    module = types.ModuleType("mentordesk.services.demo")
    module.ensure_demo_file = lambda: (sample_path, PASSPHRASE)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mentordesk.services.demo", module)
    import mentordesk.services

    monkeypatch.setattr(mentordesk.services, "demo", module, raising=False)
    return sample_path
