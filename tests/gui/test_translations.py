"""The Dutch interface: the built .qm loads and the labels and windows speak Dutch."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import mentordesk
from mentordesk.domain.enums import Funding
from mentordesk.ui import labels
from mentordesk.ui.translations import I18N_DIR, install_translators
from mentordesk.ui.welcome_window import WelcomeWindow


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_dutch_translation_is_built() -> None:
    assert (I18N_DIR / "mentordesk_nl.qm").is_file()


def test_dutch_labels_and_welcome(qtbot: QtBot, dutch: None) -> None:
    assert labels.funding(Funding.PAYER_PAID) == "Betaald door werkgever"
    assert labels.funding(Funding.PRO_BONO) == "Pro bono"
    assert labels.minutes_text(90) == "1 u 30"
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    assert welcome.windowTitle() == "Welkom bij MentorDesk"
    assert welcome.demo_button.text() == "Probeer de demopraktijk"


def test_english_installs_nothing(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == []
    assert labels.funding(Funding.PAYER_PAID) == "Paid by employer"


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def _tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    return str(path) if path.exists() else name


def test_every_string_in_the_code_has_a_dutch_translation(tmp_path: Path) -> None:
    """Scan the code like lupdate does: each tr()/translate() string must be translated."""
    sources = sorted(str(p) for p in (Path(mentordesk.__file__).parent).rglob("*.py"))
    scanned = tmp_path / "scan.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(scanned)],
        check=True,
        capture_output=True,
    )
    ours = _messages(I18N_DIR / "mentordesk_nl.ts")
    needed = _messages(scanned)
    assert len(needed) > 100
    missing = []
    for key in needed:
        message = ours.get(key)
        translation = None if message is None else message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not ("".join(translation.itertext()).strip())
        ):
            missing.append(key)
    assert not missing, f"untranslated (run lupdate, translate, lrelease): {missing}"


def test_built_translation_matches_its_source(tmp_path: Path) -> None:
    built = tmp_path / "nl.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(I18N_DIR / "mentordesk_nl.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (I18N_DIR / "mentordesk_nl.qm").read_bytes(), (
        "mentordesk_nl.qm is older than mentordesk_nl.ts: run pyside6-lrelease"
    )


def test_dates_times_and_amounts_follow_the_locale(dutch: None) -> None:
    assert labels.date_text(dt.date(2026, 11, 3)) == "03-11-2026"
    assert labels.time_text(dt.time(9, 5)) == "09:05"
    assert labels.money_text(123456) == "€\xa01.234,56"
    assert labels.money_text(-5) == "-€\xa00,05"
    assert labels.hours_text(750) == "12,5 u"


def test_english_dates_and_amounts(qapp: QApplication) -> None:
    assert labels.date_text(dt.date(2026, 11, 3)) == "03/11/2026"
    assert labels.money_text(123456) == "€1,234.56"
    assert labels.money_text(100_000_000) == "€1,000,000.00"
