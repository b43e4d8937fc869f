"""The record dialogs: refused input shown at its field, nothing saved until it is fixed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from mentordesk.domain.enums import (
    ClientStatus,
    EngagementKind,
    Funding,
    GoalStatus,
    Language,
    LifeArea,
)
from mentordesk.services.goals import ActionEdit
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, PayerDraft
from mentordesk.ui.dialogs.client_dialog import ClientDialog
from mentordesk.ui.dialogs.engagement_dialog import EngagementDialog
from mentordesk.ui.dialogs.form_fields import parse_cents
from mentordesk.ui.dialogs.goal_dialog import GoalDialog
from mentordesk.ui.dialogs.payer_dialog import NEW_PAYER, PayerDialog

TODAY = dt.date.today()


@pytest.fixture
def pf(practice: PracticeFile) -> Iterator[PracticeFile]:
    yield practice
    for widget in QApplication.topLevelWidgets():
        widget.close()


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: ClientDialog | EngagementDialog | GoalDialog | PayerDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def client_count(pf: PracticeFile) -> int:
    return len(pf.clients.list_rows())


# -- client -----------------------------------------------------------------------------------
def test_new_client_with_a_bad_email_is_refused_at_the_field_until_fixed(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    dialog = ClientDialog.for_new(pf)
    shown(qtbot, dialog)
    saved: list[int] = []
    dialog.client_saved.connect(saved.append)
    qtbot.keyClicks(dialog.name_edit, "Jose Alvarez")
    qtbot.keyClicks(dialog.email_edit, "jose@example")
    qtbot.keyClicks(dialog.city_edit, "Rotterdam")
    dialog.status_combo.set_value(ClientStatus.ACTIVE)
    dialog.language_combo.set_value(Language.EN)
    qtbot.keyClicks(dialog.tags_edit, "career, Rotterdam, career")
    dialog.sensitive_check.setChecked(True)
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors.message("email") == "'jose@example' is not an e-mail address."
    assert dialog.focusWidget() is dialog.email_edit
    assert dialog.errors.message("name") == ""
    assert dialog.city_edit.text() == "Rotterdam"  # the input is kept
    assert client_count(pf) == 0
    assert saved == []

    qtbot.keyClicks(dialog.email_edit, ".org")
    assert dialog.errors.message("email") == ""  # typing clears the message
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [client_id] = saved
    client = pf.clients.get(client_id)
    assert (client.name, client.email, client.city) == (
        "Jose Alvarez",
        "jose@example.org",
        "Rotterdam",
    )
    assert client.status is ClientStatus.ACTIVE
    assert client.language is Language.EN
    assert client.tags == ("career", "Rotterdam")
    assert client.sensitive


def test_name_is_required_and_consent_cannot_be_in_the_future(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    dialog = ClientDialog.for_new(pf)
    shown(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.errors.message("name") == "The name is required."
    qtbot.keyClicks(dialog.name_edit, "Anna")
    dialog.consent_date.set_date(TODAY + dt.timedelta(days=3))
    save(qtbot, dialog)
    assert "lies in the future" in dialog.errors.message("consent_date")
    assert client_count(pf) == 0
    dialog.consent_date.set_date(TODAY)
    qtbot.keyClicks(dialog.consent_scope_edit, "letters to GP")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [row] = pf.clients.list_rows()
    assert pf.clients.get(row.id).consent_date == TODAY


def test_editing_keeps_every_field_and_saves_changes(qtbot: QtBot, pf: PracticeFile) -> None:
    payer = pf.payers.create(PayerDraft(name="Havenbedrijf"))
    original = pf.clients.create(
        ClientDraft(
            name="Ülkü Şahin",
            preferred_name="Ülkü",
            email="u@example.org",
            street="Lange Nieuwstraat 1",
            postal_code="3512 PA",
            city="Utrecht",
            referral_source="GP",
            consent_date=TODAY,
            consent_scope="letters",
            sensitive=True,
            tags=("pg",),
            notes="line one\nline two <b>&",
            payer_id=payer.id,
        )
    )
    dialog = ClientDialog.for_edit(pf, original.id)
    shown(qtbot, dialog)
    assert dialog.windowTitle() == "Client details — Ü.Ş."  # never the name in a title bar
    assert dialog.payer_combo.payer_id() == payer.id
    save(qtbot, dialog)  # unchanged
    assert pf.clients.get(original.id) == original
    dialog = ClientDialog.for_edit(pf, original.id)
    shown(qtbot, dialog)
    dialog.payer_combo.set_payer_id(None)
    dialog.notes_edit.setPlainText("new notes")
    save(qtbot, dialog)
    changed = pf.clients.get(original.id)
    assert changed.payer_id is None
    assert changed.notes == "new notes"


def test_new_payer_from_the_combo(qtbot: QtBot, pf: PracticeFile) -> None:
    dialog = ClientDialog.for_new(pf)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "Anna")
    combo = dialog.payer_combo
    combo.activated.emit(combo.findData(NEW_PAYER))  # what choosing "New payer…" does
    assert combo.payer_id() is None
    payer_dialog = dialog.payer_dialog
    assert payer_dialog is not None and payer_dialog.isVisible()
    save(qtbot, payer_dialog)
    assert payer_dialog.errors.message("name") == "The name is required."
    qtbot.keyClicks(payer_dialog.name_edit, "Stichting Vooruit")
    qtbot.keyClicks(payer_dialog.email_edit, "not-an-address")
    save(qtbot, payer_dialog)
    assert "is not an e-mail address" in payer_dialog.errors.message("email")
    assert pf.payers.list() == []
    payer_dialog.email_edit.clear()
    save(qtbot, payer_dialog)
    assert not payer_dialog.isVisible()
    [payer] = pf.payers.list()
    assert combo.payer_id() == payer.id
    assert combo.currentText() == "Stichting Vooruit"
    save(qtbot, dialog)
    [row] = pf.clients.list_rows()
    assert pf.clients.get(row.id).payer_id == payer.id


# -- engagement -------------------------------------------------------------------------------
def test_engagement_paid_by_a_payer_needs_one_and_amounts_must_read(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    client = pf.clients.create(ClientDraft(name="José"))
    dialog = EngagementDialog.for_new(pf, client.id)
    shown(qtbot, dialog)
    saved: list[int] = []
    dialog.engagement_saved.connect(saved.append)
    dialog.funding_combo.set_value(Funding.PAYER_PAID)
    assert dialog.payer_combo.isEnabled()
    save(qtbot, dialog)
    assert "needs a payer" in dialog.errors.message("payer_id")
    assert pf.engagements.for_client(client.id) == []

    payer = pf.payers.create(PayerDraft(name="Gemeente Utrecht"))
    dialog.payer_combo.load(payer.id)
    dialog.rate_edit.setText("eighty")
    save(qtbot, dialog)
    assert dialog.errors.message("rate_cents") == (
        "“eighty” is not an amount. Type it like 85,00 or 1.250."
    )
    dialog.rate_edit.setText("1.250,5")
    dialog.package_edit.setText("€ 900")
    dialog.end_date.set_date(TODAY - dt.timedelta(days=400))
    save(qtbot, dialog)
    assert "lies before the start date" in dialog.errors.message("end_date")
    dialog.end_date.set_date(None)
    qtbot.keyClicks(dialog.reference_edit, "PO 42")
    dialog.planned_spin.setValue(8)
    save(qtbot, dialog)
    assert not dialog.isVisible()
    engagement = pf.engagements.get(saved[0])
    assert (engagement.funding, engagement.payer_id, engagement.payer_reference) == (
        Funding.PAYER_PAID,
        payer.id,
        "PO 42",
    )
    assert (engagement.rate_cents, engagement.package_price_cents) == (125050, 90000)
    assert engagement.planned_sessions == 8
    assert engagement.cadence_weeks is None


def test_editing_an_engagement_round_trips(qtbot: QtBot, pf: PracticeFile) -> None:
    client = pf.clients.create(ClientDraft(name="Anna"))
    original = pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.PERSONAL_GROWTH,
            funding=Funding.PRO_BONO,
            start_date=TODAY - dt.timedelta(days=30),
            end_date=TODAY + dt.timedelta(days=60),
            agreement_date=TODAY - dt.timedelta(days=31),
            rate_cents=8500,
            planned_sessions=6,
            cadence_weeks=3,
            title="Rust & ruimte",
            notes="notes",
        )
    )
    dialog = EngagementDialog.for_edit(pf, original.id)
    shown(qtbot, dialog)
    assert not dialog.payer_combo.isEnabled()
    assert "Never invoiced" in dialog.funding_hint.text()
    save(qtbot, dialog)
    assert pf.engagements.get(original.id) == original


def test_amounts_are_read_without_floats() -> None:
    assert parse_cents("") is None
    assert parse_cents("85") == 8500
    assert parse_cents("85,5") == 8550
    assert parse_cents("85.50") == 8550
    assert parse_cents("1.234,56") == 123456
    assert parse_cents("1,234.56") == 123456
    assert parse_cents("€\xa01.250") == 125000
    assert parse_cents("0,07") == 7
    for bad in ("abc", "-5", "1,2,3", "12.345.6789", "1e3"):
        with pytest.raises(ValueError):
            parse_cents(bad)


# -- goal -------------------------------------------------------------------------------------
def test_goal_with_actions_added_ticked_and_removed(qtbot: QtBot, pf: PracticeFile) -> None:
    client = pf.clients.create(ClientDraft(name="Anna"))
    engagement = pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            start_date=TODAY,
        )
    )
    dialog = GoalDialog.for_new(pf, engagement.id)
    shown(qtbot, dialog)
    saved: list[int] = []
    dialog.goal_saved.connect(saved.append)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.add_error.text() == "Type the action first, then add it."
    qtbot.keyClicks(dialog.new_action_edit, "Call three people")
    dialog.new_due.set_date(TODAY + dt.timedelta(days=7))
    qtbot.keyClick(dialog.new_action_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.new_action_edit, "Rewrite the CV")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [r.text_edit.text() for r in dialog.action_rows] == [
        "Call three people",
        "Rewrite the CV",
    ]
    assert dialog.action_rows[0].due.date() == TODAY + dt.timedelta(days=7)
    save(qtbot, dialog)
    assert dialog.errors.message("title") == "The title is required."
    assert pf.goals.for_engagement(engagement.id) == []

    qtbot.keyClicks(dialog.title_edit, "A role with purpose")
    dialog.life_area_combo.set_value(LifeArea.MEANING)
    dialog.status_combo.set_value(GoalStatus.IN_PROGRESS)
    dialog.action_rows[1].text_edit.clear()
    save(qtbot, dialog)
    assert "Action 2 has no text" in dialog.errors.message("actions")
    assert pf.goals.for_engagement(engagement.id) == []
    dialog.action_rows[1].text_edit.setText("Rewrite the CV")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    goal = pf.goals.get(saved[0])
    assert (goal.title, goal.life_area, goal.status) == (
        "A role with purpose",
        LifeArea.MEANING,
        GoalStatus.IN_PROGRESS,
    )
    assert [(a.text, a.due_date) for a in goal.actions] == [
        ("Call three people", TODAY + dt.timedelta(days=7)),
        ("Rewrite the CV", None),
    ]

    dialog = GoalDialog.for_edit(pf, goal.id)
    shown(qtbot, dialog)
    first, second = dialog.action_rows
    first.done_check.setChecked(True)
    qtbot.mouseClick(second.remove_button, Qt.MouseButton.LeftButton)
    assert not second.isVisible()
    save(qtbot, dialog)
    assert [(a.text, a.done) for a in pf.goals.get(goal.id).actions] == [
        ("Call three people", True)
    ]


def test_goal_on_an_archived_client_is_refused_in_words(qtbot: QtBot, pf: PracticeFile) -> None:
    client = pf.clients.create(ClientDraft(name="Anna de Vries"))
    engagement = pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            start_date=TODAY,
        )
    )
    goal = pf.goals.save(None, GoalDraft(engagement_id=engagement.id, title="X"), [ActionEdit("a")])
    pf.clients.archive(client.id)
    dialog = GoalDialog.for_edit(pf, goal.id)
    shown(qtbot, dialog)
    dialog.title_edit.setText("Y")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Anna de Vries is archived" in dialog.general_error.text()
    assert pf.goals.get(goal.id).title == "X"
