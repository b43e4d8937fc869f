"""The client's consents on the client page: record per recipient with date and scope,
withdraw (the record stays), refusals at the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from mentordesk.services.consents import ConsentService, RecipientKind
from mentordesk.services.documents import DocumentService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.documents.consent_view import GIVEN, KIND, RECIPIENT, SCOPE, STATUS, ConsentView
from mentordesk.ui.reveal import RevealState
from tests.gui import test_letter_composer as composer_tests
from tests.gui.test_letter_composer import PAYER, World

world_pf = composer_tests.world_pf  # the composer tests' practice, as a fixture here too
TODAY = dt.date.today()


@pytest.fixture
def page(qtbot: QtBot, world_pf: tuple[PracticeFile, World]) -> Iterator[ClientPage]:
    pf, w = world_pf
    page = ClientPage(pf, w.client_id, RevealState())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.side_tabs.setCurrentWidget(page.consent_view)
    yield page
    page.close()


def cells(view: ConsentView, row: int) -> list[str]:
    return [view.table.item(row, c).text() for c in range(view.table.columnCount())]


def test_recording_a_referrer_consent_with_date_and_scope(
    qtbot: QtBot, page: ClientPage, world_pf: tuple[PracticeFile, World]
) -> None:
    pf, w = world_pf
    view = page.consent_view
    assert view.empty_label.isVisible() and not view.table.isVisible()
    assert page.side_tabs.tabText(2) == "Consent"
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.payer_combo.isVisible() and not dialog.party_edit.isVisible()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RecipientKind.REFERRER.value))
    assert dialog.party_edit.isVisible() and not dialog.payer_combo.isVisible()
    qtbot.keyClicks(dialog.party_edit, "Dr. A. Jansen, huisarts")
    qtbot.keyClicks(dialog.address_edit, "Lange Nieuwstraat 1")
    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address_edit, "3512 PA Utrecht")
    given = TODAY - dt.timedelta(days=3)
    dialog.given_edit.setDate(QDate(given.year, given.month, given.day))
    qtbot.keyClicks(dialog.scope_edit, "Progress letters, once a quarter")
    with qtbot.waitSignal(page.consent_changed) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [w.client_id]
    assert not dialog.isVisible()

    assert view.table.isVisible() and view.table.rowCount() == 1
    row = cells(view, 0)
    assert row[RECIPIENT] == "Dr. A. Jansen, huisarts"
    assert row[KIND] == "Referrer"
    assert row[GIVEN] == given.strftime("%d/%m/%Y")
    assert row[SCOPE] == "Progress letters, once a quarter"
    assert row[STATUS] == "In force"
    assert "3512 PA Utrecht" in view.table.item(0, RECIPIENT).toolTip()
    assert page.side_tabs.tabText(2) == "Consent (1)"
    (consent,) = ConsentService(pf).for_client(w.client_id)
    assert consent.given_on == given and consent.party_address.endswith("Utrecht")
    # the letter composer now offers this referrer, allowed
    options = DocumentService(pf).recipients(w.client_id)
    referrers = [o for o in options if o.recipient.kind is RecipientKind.REFERRER]
    assert [(o.name, o.allowed) for o in referrers] == [("Dr. A. Jansen, huisarts", True)]


def test_a_referrer_without_a_name_is_refused_at_the_field(
    qtbot: QtBot, page: ClientPage, world_pf: tuple[PracticeFile, World]
) -> None:
    pf, w = world_pf
    dialog = page.consent_view.record_consent(RecipientKind.OTHER)
    assert dialog is not None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Name the person or organisation" in dialog.errors.message("party_name")
    assert ConsentService(pf).for_client(w.client_id) == []
    dialog.reject()


def test_withdrawing_keeps_the_record_and_refuses_letters(
    qtbot: QtBot, page: ClientPage, world_pf: tuple[PracticeFile, World]
) -> None:
    pf, w = world_pf
    view = page.consent_view
    dialog = view.record_consent(RecipientKind.PAYER, payer_id=w.payer_id)
    assert dialog is not None
    assert dialog.payer_combo.currentText() == PAYER
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.selected() is not None
    assert view.withdraw_button.isEnabled()
    asked: list[str] = []

    def refuse(consent: object) -> bool:
        asked.append("no")
        return False

    view.confirm_withdraw = refuse  # type: ignore[method-assign]
    qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    assert asked == ["no"]
    assert cells(view, 0)[STATUS] == "In force"

    view.confirm_withdraw = lambda consent: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.consent_changed):
        qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 1  # kept, marked withdrawn
    assert cells(view, 0)[STATUS] == f"Withdrawn on {TODAY.strftime('%d/%m/%Y')}"
    assert not view.withdraw_button.isEnabled()
    assert page.side_tabs.tabText(2) == "Consent"
    assert (
        ConsentService(pf).in_force(w.client_id, RecipientKind.PAYER, payer_id=w.payer_id) is None
    )
    payer = next(
        o
        for o in DocumentService(pf).recipients(w.client_id)
        if o.recipient.kind is RecipientKind.PAYER
    )
    assert not payer.allowed
