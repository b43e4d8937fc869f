"""The Dutch interface: the built .qm loads and the labels and windows speak Dutch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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
