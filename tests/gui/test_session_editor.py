"""The session editor: drafts that survive crashes, closing that asks, saving all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import EngagementKind, Funding, SessionStatus
from mentordesk.domain.note_templates import NoteTemplate
from mentordesk.errors import ValidationError
from mentordesk.services.agenda import AgendaService
from mentordesk.services.drafts import DraftService
from mentordesk.services.goals import GoalService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, SessionDraft
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.session_editor import SessionEditor, UnsavedAnswer
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()
SECRET = "Zoe vertelde over de scheiding XQ-42"  # QTest types ASCII only
ACCENTS = " ‘Ψ’ Zoë & <b>"


class Setup:
    """A client with a paid engagement (cadence 2 weeks, 6 sessions), a goal, an action."""

    def __init__(self, pf: PracticeFile, funding: Funding = Funding.CLIENT_PAID) -> None:
        client = pf.clients.create(ClientDraft(name="José Álvarez"))
        self.engagement = pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.CAREER,
                funding=funding,
                start_date=TODAY - dt.timedelta(days=60),
                cadence_weeks=2,
                planned_sessions=6,
            )
        )
        self.goal = pf.goals.create(GoalDraft(engagement_id=self.engagement.id, title="Rust"))
        self.action = pf.goals.add_action(self.goal.id, "Dagboek bijhouden")
        self.earlier = pf.sessions.create(
            SessionDraft(
                engagement_id=self.engagement.id,
                date=TODAY - dt.timedelta(days=14),
                status=SessionStatus.HELD,
                start_time=dt.time(9, 30),
                place="Kantoor",
                agreed_actions="- Bel de leidinggevende\n- Cv bijwerken",
                summary="Eerder gesprek",
            )
        )


@pytest.fixture
def fast_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SessionEditor, "AUTOSAVE_MS", 30)


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    opened = open_practice(practice_path, PASSPHRASE)
    yield opened
    opened.close()


def make_editor(qtbot: QtBot, pf: PracticeFile, **which: int) -> SessionEditor:
    editor = SessionEditor(pf, RevealState(), **which)
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.show()
    qtbot.waitExposed(editor)
    with qtbot.waitActive(editor):  # shortcuts (Ctrl+S, Ctrl+Enter) reach the active window
        editor.activateWindow()
    return editor


def destroy(editor: SessionEditor) -> None:
    """Delete the widget as a crash would leave it: nothing saved, nothing asked."""
    editor.hide()
    editor.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def count(pf: PracticeFile, sql: str) -> int:
    with pf.transaction():
        return int(pf.connection.execute(sql).fetchone()[0])


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# -- drafts -----------------------------------------------------------------------------------
def test_typing_is_kept_as_a_draft_that_survives_a_crash(
    qtbot: QtBot, practice_path: Path, fast_autosave: None
) -> None:
    pf = open_practice(practice_path, PASSPHRASE)
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    qtbot.keyClicks(editor.fields.summary_edit, SECRET)
    editor.fields.summary_edit.insertPlainText(ACCENTS)  # as an input method would
    qtbot.keyClicks(editor.fields.private_edit, "alleen voor mij")
    qtbot.waitUntil(lambda: editor.status_label.text().startswith("Draft kept"), timeout=3000)
    assert editor.draft_id is not None
    destroy(editor)
    pf.close()  # what a crash leaves: the committed draft, no session saved

    with open_practice(practice_path, PASSPHRASE) as again:
        (offer,) = DraftService(again).list_open()
        assert offer.is_new_session and offer.client_display_name == "José Álvarez"
        assert offer.date == TODAY
        assert count(again, "SELECT count(*) FROM session") == 1  # only the earlier one
        restored = make_editor(qtbot, again, draft_id=offer.id)
        assert restored.fields.summary_edit.toPlainText() == SECRET + ACCENTS
        assert restored.fields.private_edit.toPlainText() == "alleen voor mij"
        assert restored.banner.isVisible()
        assert "unsaved notes kept on" in restored.banner.message.text()
        assert restored.has_unsaved_changes()
        assert restored.save()
        assert DraftService(again).list_open() == []
        saved = again.sessions.get(restored.session_id)  # type: ignore[arg-type]
        assert saved.summary == SECRET + ACCENTS
        destroy(restored)


def test_the_draft_lives_only_inside_the_encrypted_file(
    qtbot: QtBot, practice_path: Path, isolated_home: Path
) -> None:
    folder = practice_path.parent
    with open_practice(practice_path, PASSPHRASE) as setup_pf:
        session_id = Setup(setup_pf).earlier.id
    before = snapshot(folder)
    home_before = snapshot(isolated_home)
    pf = open_practice(practice_path, PASSPHRASE)
    editor = make_editor(qtbot, pf, session_id=session_id)
    qtbot.keyClicks(editor.fields.summary_edit, SECRET)
    editor.save_draft_now()
    assert editor.draft_id is not None
    after = snapshot(folder)
    assert set(after) == {*before, "practice.mentordesk.lock"}
    changed = {name for name in before if before[name] != after[name]}
    assert changed <= {"practice.mentordesk"}
    assert snapshot(isolated_home) == home_before  # no settings, caches or temporary copies
    needle = SECRET.encode()
    for path in [*folder.rglob("*"), *isolated_home.rglob("*")]:
        if path.is_file():
            assert needle not in path.read_bytes(), f"note text readable in {path}"
    destroy(editor)
    pf.close()


def test_a_hard_crash_while_typing_keeps_the_draft(practice_path: Path) -> None:
    """A real process, killed without any clean-up right after the autosave."""
    with open_practice(practice_path, PASSPHRASE) as pf:
        engagement_id = Setup(pf).engagement.id
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from PySide6.QtWidgets import QApplication
        from PySide6.QtTest import QTest
        app = QApplication([])
        from mentordesk.services.practice_file import open_practice
        from mentordesk.ui.reveal import RevealState
        from mentordesk.ui.session_editor import SessionEditor
        pf = open_practice({str(practice_path)!r}, {PASSPHRASE!r})
        editor = SessionEditor(pf, RevealState(), engagement_id={engagement_id})
        editor.show()
        QTest.keyClicks(editor.fields.summary_edit, {SECRET!r})
        deadline = time.monotonic() + 10
        while not editor.status_label.text() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        os._exit(3 if editor.draft_id else 4)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3, result.stderr
    assert practice_path.with_name("practice.mentordesk.lock").exists()  # left by the crash
    with open_practice(practice_path, PASSPHRASE) as pf:
        (offer,) = DraftService(pf).list_open()
        assert DraftService(pf).get(offer.id).payload["summary"] == SECRET


def test_an_existing_session_with_a_draft_opens_the_draft_and_says_so(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    setup = Setup(pf)
    DraftService(pf).save(
        setup.engagement.id, setup.earlier.id, {"summary": "Nieuwere tekst", "scores": {}}
    )
    editor = make_editor(qtbot, pf, session_id=setup.earlier.id)
    assert editor.fields.summary_edit.toPlainText() == "Nieuwere tekst"
    assert editor.fields.place_edit.text() == "Kantoor"  # fields the draft lacks: as saved
    assert editor.banner.isVisible() and "newer than the saved session" in (
        editor.banner.message.text()
    )
    assert editor.has_unsaved_changes()
    qtbot.mouseClick(editor.banner.saved_button, Qt.MouseButton.LeftButton)
    assert editor.fields.summary_edit.toPlainText() == "Eerder gesprek"
    assert not editor.has_unsaved_changes()
    assert DraftService(pf).list_open() == []


def test_leaving_the_editor_keeps_the_draft_at_once(
    qtbot: QtBot, pf: PracticeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SessionEditor, "AUTOSAVE_MS", 60_000)  # not the timer: the focus
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, session_id=setup.earlier.id)
    qtbot.keyClicks(editor.fields.summary_edit, " en verder")
    assert DraftService(pf).list_open() == []
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    with qtbot.waitActive(elsewhere):
        elsewhere.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: len(DraftService(pf).list_open()) == 1, timeout=2000)
    assert editor.status_label.text().startswith("Draft kept")
    destroy(editor)
    with qtbot.waitActive(elsewhere):  # focus moving after the editor is gone: no error
        elsewhere.activateWindow()
    elsewhere.clearFocus()
    elsewhere.setFocus()
    elsewhere.close()


# -- closing ----------------------------------------------------------------------------------
def test_closing_with_unsaved_changes_asks(qtbot: QtBot, pf: PracticeFile) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, session_id=setup.earlier.id)
    asked: list[str] = []
    answers = [UnsavedAnswer.CANCEL, UnsavedAnswer.DISCARD]

    def answer() -> UnsavedAnswer:
        asked.append("asked")
        return answers.pop(0)

    editor.ask_unsaved = answer  # type: ignore[method-assign]
    closed: list[bool] = []
    editor.close_requested.connect(lambda: closed.append(True))
    assert editor.confirm_close() and not asked  # nothing changed: closes without a question

    qtbot.keyClicks(editor.fields.topics_edit, "loopbaan")
    editor.save_draft_now()
    assert len(DraftService(pf).list_open()) == 1
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert asked == ["asked"] and not closed  # Cancel keeps it open, text and draft intact
    assert editor.fields.topics_edit.text() == "loopbaan"
    assert len(DraftService(pf).list_open()) == 1
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert asked == ["asked", "asked"] and closed == [True]  # Discard closes
    assert DraftService(pf).list_open() == []  # and deletes the draft
    assert pf.sessions.get(setup.earlier.id).topics == ""


def test_closing_and_choosing_save_saves(qtbot: QtBot, pf: PracticeFile) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, session_id=setup.earlier.id)
    editor.ask_unsaved = lambda: UnsavedAnswer.SAVE  # type: ignore[method-assign]
    qtbot.keyClicks(editor.fields.topics_edit, "werk & prive")
    assert editor.confirm_close()
    assert pf.sessions.get(setup.earlier.id).topics == "werk & prive"
    assert not editor.has_unsaved_changes()


# -- saving -----------------------------------------------------------------------------------
def test_save_writes_session_scores_and_done_actions(qtbot: QtBot, pf: PracticeFile) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    saved: list[int] = []
    editor.saved.connect(saved.append)
    assert editor.fields.status() is SessionStatus.HELD
    assert editor.fields.place_edit.text() == "Kantoor"  # as at the last held session
    assert editor.tab_title.startswith("New session · José Álvarez")
    qtbot.keyClicks(editor.fields.summary_edit, "Goed gesprek")
    spin = editor.goals_box.spins[setup.goal.id]
    spin.setFocus()
    for _ in range(8):  # "—", 0, 1, ... 7
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.score() == 7
    box = editor.actions_box.checks[setup.action.id]
    # on the box itself: a check box takes clicks on its box and label only
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.keyClick(editor.fields.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved and saved[0] == editor.session_id
    session = pf.sessions.get(saved[0])
    assert session.summary == "Goed gesprek" and session.status is SessionStatus.HELD
    (goal,) = pf.goals.for_engagement(setup.engagement.id)
    assert [(s.score, s.session_id) for s in goal.scores] == [(7, session.id)]
    assert goal.actions[0].done
    assert editor.actions_box.checks == {}  # done items leave the open list
    assert editor.tab_title.startswith("Session · José Álvarez")
    assert editor.status_label.text().startswith("Saved")
    with qtbot.waitSignal(editor.title_changed) as retitled:
        editor.set_date(TODAY - dt.timedelta(days=1))
    assert retitled.args == [editor.tab_title]
    assert "Session · José Álvarez · " in editor.tab_title


def test_a_failing_part_saves_nothing_and_keeps_the_text(
    qtbot: QtBot, pf: PracticeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    shown: list[BaseException] = []
    monkeypatch.setattr("mentordesk.ui.messages.show_error", lambda _p, exc: shown.append(exc))

    def broken(self: GoalService, action_id: int, done: bool) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(GoalService, "set_action_done", broken)
    qtbot.keyClicks(editor.fields.summary_edit, "Niet half opslaan")
    editor.goals_box.spins[setup.goal.id].set_score(5)
    editor.actions_box.checks[setup.action.id].setChecked(True)
    assert editor.save() is False
    assert isinstance(shown[0], RuntimeError)
    assert count(pf, "SELECT count(*) FROM session") == 1
    assert count(pf, "SELECT count(*) FROM goal_score") == 0
    assert count(pf, "SELECT count(*) FROM action_item WHERE done") == 0
    assert editor.session_id is None and editor.has_unsaved_changes()
    assert editor.fields.summary_edit.toPlainText() == "Niet half opslaan"


def test_validation_errors_show_at_the_field_in_words(qtbot: QtBot, pf: PracticeFile) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    editor.fields.time_edit.clear()
    qtbot.keyClicks(editor.fields.time_edit, "25 over")
    assert editor.save() is False
    error = editor.fields._errors["start_time"]
    assert error.isVisible() and "is not a time" in error.text()
    editor.fields.time_edit.setText("14.15")
    editor.set_date(TODAY + dt.timedelta(days=3))
    assert editor.save() is False
    assert not error.isVisible()
    status_error = editor.fields._errors["status"]
    assert status_error.text() == "A session in the future cannot have been held yet."
    assert count(pf, "SELECT count(*) FROM session") == 1
    editor.set_date(TODAY)
    assert editor.save()
    assert pf.sessions.get(editor.session_id).start_time == dt.time(14, 15)  # type: ignore[arg-type]


def test_billable_is_off_and_explained_for_pro_bono(qtbot: QtBot, pf: PracticeFile) -> None:
    setup = Setup(pf, Funding.PRO_BONO)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    check = editor.fields.billable_check
    assert not check.isChecked() and not check.isEnabled()
    assert editor.fields.billable_note.isVisible()
    assert "never invoiced" in editor.fields.billable_note.text()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert not check.isChecked()
    assert editor.save()
    assert pf.sessions.get(editor.session_id).billable is False  # type: ignore[arg-type]


# -- the next session -------------------------------------------------------------------------
def test_saving_a_held_session_offers_the_next_from_the_cadence(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    planned: list[int] = []
    editor.next_session_planned.connect(planned.append)
    closed: list[bool] = []
    editor.close_requested.connect(lambda: closed.append(True))
    qtbot.keyClicks(editor.fields.summary_edit, "Klaar")
    qtbot.keyClick(
        editor.fields.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    proposed = TODAY + dt.timedelta(weeks=2)
    assert editor.next_bar.isVisible()
    assert editor.next_bar.chosen_date() == proposed
    assert not closed  # save-and-close waits for the answer about the next session
    editor.next_bar.date_edit.setDate(editor.next_bar.date_edit.date().addDays(1))
    qtbot.mouseClick(editor.next_bar.plan_button, Qt.MouseButton.LeftButton)
    assert not editor.next_bar.isVisible() and closed == [True]
    (new,) = planned
    session = pf.sessions.get(new)
    assert session.status is SessionStatus.PLANNED
    assert session.date == proposed + dt.timedelta(days=1)
    assert (session.start_time, session.place) == (dt.time(9, 30), "Kantoor")


def test_no_offer_when_a_later_session_is_planned_and_not_now_hides_it(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    assert editor.save()
    assert editor.next_bar.isVisible()
    qtbot.mouseClick(editor.next_bar.later_button, Qt.MouseButton.LeftButton)
    assert not editor.next_bar.isVisible()
    assert count(pf, "SELECT count(*) FROM session WHERE status = 'planned'") == 0
    pf.sessions.create(
        SessionDraft(engagement_id=setup.engagement.id, date=TODAY + dt.timedelta(days=5))
    )
    qtbot.keyClicks(editor.fields.topics_edit, "x")
    assert editor.save()
    assert not editor.next_bar.isVisible()


# -- templates --------------------------------------------------------------------------------
def test_templates_fill_the_summary_and_ask_before_replacing(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    answers: list[bool] = []
    editor.ask_replace_summary = lambda: answers.pop(0)  # type: ignore[method-assign]
    combo = editor.fields.template_combo
    combo.setCurrentIndex(combo.findData(NoteTemplate.GROW.value))
    qtbot.mouseClick(editor.fields.template_button, Qt.MouseButton.LeftButton)
    text = editor.fields.summary_edit.toPlainText()
    assert text.startswith("Goal — what do you want?") and "Way forward" in text
    combo.setCurrentIndex(combo.findData(NoteTemplate.LAST_ACTIONS.value))
    answers.append(False)
    qtbot.mouseClick(editor.fields.template_button, Qt.MouseButton.LeftButton)
    assert editor.fields.summary_edit.toPlainText() == text  # "no": left as it was
    answers.append(True)
    qtbot.mouseClick(editor.fields.template_button, Qt.MouseButton.LeftButton)
    assert editor.fields.summary_edit.toPlainText().splitlines() == [
        "☐ Bel de leidinggevende",
        "☐ Cv bijwerken",
        "☐ Dagboek bijhouden",
    ]
    assert answers == []
    editor.fields.summary_edit.undo()  # the replacement is one step to undo
    assert editor.fields.summary_edit.toPlainText() == text


def test_keyboard_and_accessible_names(qtbot: QtBot, pf: PracticeFile) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    fields = editor.fields
    for widget in (
        fields.date_edit,
        fields.time_edit,
        fields.duration_spin,
        fields.mode_combo,
        fields.place_edit,
        fields.status_combo,
        fields.billable_check,
        fields.topics_edit,
        fields.summary_edit,
        fields.confidentiality_combo,
        fields.template_combo,
        fields.private_edit,
        fields.actions_edit,
        *editor.goals_box.spins.values(),
        *editor.actions_box.checks.values(),
        editor.save_button,
    ):
        assert widget.accessibleName(), widget
    assert fields.private_marker.text() == "Only for you — never in any document"
    assert isinstance(fields.time_edit, QLineEdit)
    fields.topics_edit.setFocus()
    order = []
    for _ in range(6):  # Tab walks the form in reading order, also out of the text boxes
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        fields.template_combo,
        fields.template_button,
        fields.confidentiality_combo,
        fields.summary_edit,
        fields.private_edit,
        fields.actions_edit,
    ]


# -- review fixes -----------------------------------------------------------------------------
def _fill_last_actions(qtbot: QtBot, editor: SessionEditor) -> None:
    combo = editor.fields.template_combo
    combo.setCurrentIndex(combo.findData(NoteTemplate.LAST_ACTIONS.value))
    qtbot.mouseClick(editor.fields.template_button, Qt.MouseButton.LeftButton)


def _set_level(pf: PracticeFile, session_id: int, level: Confidentiality) -> None:
    session = pf.sessions.get(session_id)
    pf.sessions.update(session_id, dataclasses.replace(session, confidentiality=level))


def test_last_actions_from_a_protected_session_stay_as_protected(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    setup = Setup(pf)
    _set_level(pf, setup.earlier.id, Confidentiality.PRIVATE)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    level = editor.fields.confidentiality_combo
    assert level.currentData() == Confidentiality.NORMAL.value
    _fill_last_actions(qtbot, editor)
    assert "☐ Bel de leidinggevende" in editor.fields.summary_edit.toPlainText()
    assert level.currentData() == Confidentiality.PRIVATE.value
    assert editor.status_label.text() == (
        "Confidentiality raised to “Private”, as set on the session these actions come from."
    )
    assert editor.save()
    saved = pf.sessions.get(editor.session_id)  # type: ignore[arg-type]
    assert saved.confidentiality is Confidentiality.PRIVATE
    destroy(editor)

    # confidential source, editor at normal: raised to confidential; at private: never lowered
    _set_level(pf, setup.earlier.id, Confidentiality.CONFIDENTIAL)
    pf.sessions.update(saved.id, dataclasses.replace(saved, status=SessionStatus.CANCELLED))
    second = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    second.ask_replace_summary = lambda: True  # type: ignore[method-assign]
    _fill_last_actions(qtbot, second)
    assert second.fields.confidentiality_combo.currentData() == Confidentiality.CONFIDENTIAL.value
    assert "“Confidential”" in second.status_label.text()
    second.fields.confidentiality_combo.setCurrentIndex(
        second.fields.confidentiality_combo.findData(Confidentiality.PRIVATE.value)
    )
    second.status_label.clear()
    _fill_last_actions(qtbot, second)
    assert second.fields.confidentiality_combo.currentData() == Confidentiality.PRIVATE.value
    assert "raised" not in second.status_label.text()


@pytest.mark.parametrize("answer_button", ["plan_button", "later_button"])
def test_text_typed_while_the_next_session_bar_shows_is_not_thrown_away(
    qtbot: QtBot, pf: PracticeFile, answer_button: str
) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, engagement_id=setup.engagement.id)
    asked: list[str] = []
    answers = [UnsavedAnswer.CANCEL, UnsavedAnswer.SAVE]

    def answer() -> UnsavedAnswer:
        asked.append("asked")
        return answers.pop(0)

    editor.ask_unsaved = answer  # type: ignore[method-assign]
    closed: list[bool] = []
    editor.close_requested.connect(lambda: closed.append(True))
    qtbot.keyClicks(editor.fields.summary_edit, "Klaar")
    qtbot.keyClick(
        editor.fields.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert editor.next_bar.isVisible() and not closed
    qtbot.keyClicks(editor.fields.summary_edit, " en nog iets")
    qtbot.mouseClick(getattr(editor.next_bar, answer_button), Qt.MouseButton.LeftButton)
    assert asked == ["asked"] and not closed  # Cancel: the editor stays, with the text
    assert editor.fields.summary_edit.toPlainText() == "Klaar en nog iets"
    assert editor.has_unsaved_changes()
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert asked == ["asked", "asked"] and closed == [True]  # Save, then close
    saved = pf.sessions.get(editor.session_id)  # type: ignore[arg-type]
    assert saved.summary == "Klaar en nog iets"


def test_saving_keeps_what_changed_elsewhere_since_the_editor_opened(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    setup = Setup(pf)
    planned = pf.sessions.create(
        SessionDraft(engagement_id=setup.engagement.id, date=TODAY, start_time=dt.time(10, 0))
    )
    editor = make_editor(qtbot, pf, session_id=planned.id)
    assert editor.fields.status() is SessionStatus.PLANNED
    AgendaService(pf).set_status(planned.id, SessionStatus.HELD)  # in the agenda
    pf.goals.record_score(setup.goal.id, 6, TODAY, session_id=planned.id)  # on the client page
    qtbot.keyClicks(editor.fields.summary_edit, "Alleen de samenvatting")
    assert editor.save()
    stored = pf.sessions.get(planned.id)
    assert stored.status is SessionStatus.HELD  # not back to planned
    assert stored.summary == "Alleen de samenvatting"
    assert stored.start_time == dt.time(10, 0)
    (goal,) = pf.goals.for_engagement(setup.engagement.id)
    assert [(s.score, s.session_id) for s in goal.scores] == [(6, planned.id)]
    # the editor now shows what is stored, and counts it as saved
    assert editor.fields.status() is SessionStatus.HELD
    assert editor.goals_box.spins[setup.goal.id].score() == 6
    assert not editor.has_unsaved_changes()
    # the mentor changes the status back here: that change is theirs, and it is saved
    editor.fields.status_combo.setCurrentIndex(
        editor.fields.status_combo.findData(SessionStatus.CANCELLED.value)
    )
    assert editor.save()
    assert pf.sessions.get(planned.id).status is SessionStatus.CANCELLED


def test_reload_if_unchanged_shows_the_file_and_keeps_unsaved_text(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, session_id=setup.earlier.id)
    stored = pf.sessions.get(setup.earlier.id)
    moved = stored.date + dt.timedelta(days=1)
    pf.sessions.update(stored.id, dataclasses.replace(stored, place="Park", date=moved))
    with qtbot.waitSignal(editor.title_changed):
        assert editor.reload_if_unchanged() is True
    assert editor.fields.place_edit.text() == "Park" and editor.fields.date() == moved
    assert not editor.has_unsaved_changes()

    # unsaved text: nothing is reloaded, the draft stays; saving merges
    qtbot.keyClicks(editor.fields.topics_edit, "loopbaan")
    editor.save_draft_now()
    pf.sessions.update(stored.id, dataclasses.replace(stored, place="Thuis", date=moved))
    assert editor.reload_if_unchanged() is False
    assert editor.fields.place_edit.text() == "Park"
    assert editor.fields.topics_edit.text() == "loopbaan"
    assert len(DraftService(pf).list_open()) == 1
    assert editor.save()
    saved = pf.sessions.get(stored.id)
    assert (saved.place, saved.topics) == ("Thuis", "loopbaan")
    assert editor.fields.place_edit.text() == "Thuis"

    # typed, kept, then undone: no unsaved changes, so the stale draft goes with the reload
    qtbot.keyClicks(editor.fields.topics_edit, "x")
    editor.save_draft_now()
    assert editor.draft_id is not None
    qtbot.keyClick(editor.fields.topics_edit, Qt.Key.Key_Backspace)
    assert not editor.has_unsaved_changes()
    assert editor.reload_if_unchanged() is True
    assert editor.draft_id is None and DraftService(pf).list_open() == []

    # a new goal elsewhere gets its score row; a removed session says so and keeps the editor
    goal = pf.goals.create(GoalDraft(engagement_id=setup.engagement.id, title="Werk"))
    assert editor.reload_if_unchanged() is True
    assert set(editor.goals_box.spins) == {setup.goal.id, goal.id}
    with pf.transaction():
        pf.connection.execute("DELETE FROM session WHERE id = ?", (stored.id,))
    assert editor.reload_if_unchanged() is False
    assert editor.error_label.isVisible() and "not found" in editor.error_label.text()


def test_a_huge_paste_is_never_silently_lost(qtbot: QtBot, pf: PracticeFile) -> None:
    setup = Setup(pf)
    editor = make_editor(qtbot, pf, session_id=setup.earlier.id)
    huge = "Lange plak. " * 175_000  # 2,100,000 characters
    editor.fields.summary_edit.selectAll()
    editor.fields.summary_edit.insertPlainText(huge)  # as Ctrl+V would
    with pytest.raises(ValidationError):
        editor.save_draft_now()
    problem = editor.draft_problem
    assert problem.isVisible()
    assert problem.text().startswith(
        "Not kept as a draft: These notes are too long to keep as a draft (over 2,000,000 "
        "characters)."
    )
    assert "only on this screen" in problem.text()
    assert editor.save() is False
    error = editor.fields._errors["summary"]
    assert error.isVisible()
    assert error.text().startswith(
        "The summary is too long: 2,099,999 characters, at most 200,000."
    )
    assert problem.isVisible()  # the failed save does not hide that nothing is kept
    assert editor.fields.summary_edit.toPlainText() == huge
    assert pf.sessions.get(setup.earlier.id).summary == "Eerder gesprek"
    assert editor.has_unsaved_changes()
    editor.fields.summary_edit.setPlainText("Korter")
    editor.save_draft_now()
    assert not problem.isVisible() and editor.draft_id is not None
    assert editor.save()


def test_a_restored_draft_brings_back_only_what_was_typed(
    qtbot: QtBot, practice_path: Path
) -> None:
    """Quit with unsaved notes; next time the agenda marks the session held before the mentor
    opens the kept notes: saving them does not set the session back to planned."""
    pf = open_practice(practice_path, PASSPHRASE)
    setup = Setup(pf)
    planned = pf.sessions.create(SessionDraft(engagement_id=setup.engagement.id, date=TODAY))
    editor = make_editor(qtbot, pf, session_id=planned.id)
    qtbot.keyClicks(editor.fields.summary_edit, "Getypt voor het afsluiten")
    editor.goals_box.spins[setup.goal.id].set_score(4)
    editor.save_draft_now()
    destroy(editor)
    pf.close()

    with open_practice(practice_path, PASSPHRASE) as again:
        AgendaService(again).set_status(planned.id, SessionStatus.HELD)
        (offer,) = DraftService(again).list_open()
        restored = make_editor(qtbot, again, draft_id=offer.id)
        assert restored.fields.summary_edit.toPlainText() == "Getypt voor het afsluiten"
        assert restored.goals_box.spins[setup.goal.id].score() == 4
        assert restored.fields.status() is SessionStatus.HELD  # as stored now
        assert restored.save()
        saved = again.sessions.get(planned.id)
        assert saved.status is SessionStatus.HELD
        assert saved.summary == "Getypt voor het afsluiten"
        destroy(restored)
