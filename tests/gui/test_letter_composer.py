"""The letter composer: what is ticked by default, what reaches the PDF, consent, the preview."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import MASK, Confidentiality
from mentordesk.domain.enums import EngagementKind, Funding, Language, SessionMode, SessionStatus
from mentordesk.services.consents import ConsentDraft, ConsentService, consent_missing
from mentordesk.services.documents import Channel, DocumentService, RecipientKind
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    PayerDraft,
    SessionDraft,
)
from mentordesk.ui import workers
from mentordesk.ui.documents.letter_choices import TEXT, letter_key
from mentordesk.ui.documents.letter_composer import LetterComposer
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.translations import install_translators, locale_for
from tests.conftest import PASSPHRASE
from tests.gui.conftest import visible_texts
from tests.unit.documents.pdf_check import contains, page_count, pdf_text

TODAY = dt.date.today()
NORMAL = "NORMALCANARY Walked along the river and named three strengths"
SECRET = "CONFCANARY The divorce weighs on everything"
PRIVATE = "PRIVCANARY Only for my own supervision"
PAYER = "Havenbedrijf Rotterdam"


@dataclasses.dataclass(frozen=True)
class World:
    client_id: int
    payer_id: int
    goal_id: int
    normal_id: int
    confidential_id: int
    private_id: int


def make_world(pf: PracticeFile) -> World:
    payer = pf.payers.create(
        PayerDraft(name=PAYER, contact_name="Marloes Verhoef", city="Rotterdam")
    )
    client = pf.clients.create(
        ClientDraft(
            name="José García",
            street="Achter Sint Pieter 69",
            postal_code="3512 HT",
            city="Utrecht",
            language=Language.EN,
            referral_source="Huisarts Jansen",
        )
    )
    engagement = pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.PAYER_PAID,
            payer_id=payer.id,
            start_date=TODAY - dt.timedelta(days=90),
            title="Next step",
        )
    )
    goal = pf.goals.create(GoalDraft(engagement_id=engagement.id, title="Find a role with purpose"))

    def held(days: int, summary: str, level: Confidentiality) -> int:
        return pf.sessions.create(
            SessionDraft(
                engagement_id=engagement.id,
                date=TODAY - dt.timedelta(days=days),
                start_time=dt.time(10, 0),
                status=SessionStatus.HELD,
                mode=SessionMode.VIDEO,
                summary=summary,
                private_notes=PRIVATE + " notes",
                confidentiality=level,
            )
        ).id

    normal = held(40, NORMAL, Confidentiality.NORMAL)
    secret = held(20, SECRET, Confidentiality.CONFIDENTIAL)
    private = held(10, PRIVATE, Confidentiality.PRIVATE)
    pf.goals.record_score(goal.id, 4, TODAY - dt.timedelta(days=40), normal)
    pf.goals.record_score(goal.id, 7, TODAY - dt.timedelta(days=20), secret)
    return World(client.id, payer.id, goal.id, normal, secret, private)


@pytest.fixture
def world_pf(practice_path: Path) -> Iterator[tuple[PracticeFile, World]]:
    pf = open_practice(practice_path, PASSPHRASE)
    try:
        yield pf, make_world(pf)
    finally:
        pf.close()


Factory = Callable[..., LetterComposer]


@pytest.fixture
def open_composer(qtbot: QtBot, world_pf: tuple[PracticeFile, World]) -> Iterator[Factory]:
    pf, world = world_pf

    def make(reveal: RevealState | None = None) -> LetterComposer:
        composer = LetterComposer(pf, reveal or RevealState(), world.client_id)
        qtbot.addWidget(composer)
        composer.resize(1200, 800)
        composer.show()
        qtbot.waitExposed(composer)
        wait_for_preview(qtbot, composer)
        return composer

    yield make
    for widget in QApplication.topLevelWidgets():
        widget.close()


def wait_for_preview(qtbot: QtBot, composer: LetterComposer) -> None:
    qtbot.waitUntil(lambda: not composer.preview_pending() and not workers.busy(), timeout=15_000)


def save(qtbot: QtBot, composer: LetterComposer, path: Path) -> int:
    with qtbot.waitSignal(composer.document_saved, timeout=15_000) as blocker:
        composer.save_to(path)
    log_id = blocker.args[0]
    assert isinstance(log_id, int)
    return log_id


def tick(qtbot: QtBot, composer: LetterComposer, session_id: int) -> None:
    """Tick a session with the keyboard, as a mentor would (Space on the row)."""
    sessions = composer.session_list
    item = sessions.item_for(session_id)
    assert item is not None
    sessions.setCurrentItem(item)
    sessions.setFocus()
    qtbot.keyClick(sessions, Qt.Key.Key_Space)


# -- what the composer offers ---------------------------------------------------------------
def test_defaults_tick_normal_work_and_mask_confidential_text(
    qtbot: QtBot, open_composer: Factory, world_pf: tuple[PracticeFile, World]
) -> None:
    _pf, w = world_pf
    reveal = RevealState()
    composer = open_composer(reveal)
    sessions = composer.session_list
    assert composer.recipient_bar.language() is Language.EN  # the client's language
    assert composer.recipient_bar.option().recipient.kind is RecipientKind.CLIENT
    assert composer.goal_list.checked_ids() == (w.goal_id,)
    assert sessions.is_checked(w.normal_id)
    assert not sessions.is_checked(w.confidential_id)
    shown = sessions.shown_text(w.confidential_id)
    assert "Confidential" in shown and MASK in shown and "CONFCANARY" not in shown
    assert "NORMALCANARY" in sessions.shown_text(w.normal_id)
    assert composer.reveal_button.isVisible()

    # a click on the masked text reveals it here, a lock masks it again
    item = sessions.item_for(w.confidential_id)
    assert item is not None
    rect = sessions.visualItemRect(item)
    text_x = sessions.header().sectionPosition(TEXT) + 40
    qtbot.mouseClick(
        sessions.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(text_x, rect.center().y())
    )
    assert reveal.is_revealed(letter_key(w.confidential_id))
    assert "CONFCANARY" in sessions.shown_text(w.confidential_id)
    assert not sessions.is_checked(w.confidential_id)  # revealing is not ticking
    reveal.clear()
    assert "CONFCANARY" not in sessions.shown_text(w.confidential_id)

    # nothing confidential or private reached the preview
    assert composer.rendered is not None
    text = pdf_text(composer.rendered.pdf)
    assert "NORMALCANARY" in text and "CONFCANARY" not in text and "PRIVCANARY" not in text


def test_private_sessions_are_listed_but_never_selectable(
    qtbot: QtBot, open_composer: Factory, world_pf: tuple[PracticeFile, World]
) -> None:
    _pf, w = world_pf
    composer = open_composer()
    sessions = composer.session_list
    item = sessions.item_for(w.private_id)
    assert item is not None
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert sessions.shown_text(w.private_id) == "Private working notes never leave the app"
    assert "PRIVCANARY" not in item.toolTip(TEXT)
    sessions.set_checked(w.private_id, True)  # ignored
    tick(qtbot, composer, w.private_id)  # ignored too
    normal, confidential = sessions.checked()
    assert w.private_id not in normal and w.private_id not in confidential
    assert "private working notes never leave the app" in composer.sessions_note.text()


# -- what reaches the PDF ---------------------------------------------------------------------
def test_a_ticked_confidential_session_is_in_the_pdf_and_an_unticked_one_is_not(
    qtbot: QtBot,
    open_composer: Factory,
    world_pf: tuple[PracticeFile, World],
    tmp_path: Path,
) -> None:
    pf, w = world_pf
    composer = open_composer()
    without = tmp_path / "without.pdf"
    save(qtbot, composer, without)
    tick(qtbot, composer, w.confidential_id)
    assert composer.session_list.is_checked(w.confidential_id)
    with_secret = tmp_path / "with.pdf"
    save(qtbot, composer, with_secret)

    assert contains(without.read_bytes(), "NORMALCANARY")
    assert not contains(without.read_bytes(), "CONFCANARY")
    assert contains(with_secret.read_bytes(), "CONFCANARY")
    for path in (without, with_secret):
        assert not contains(path.read_bytes(), "PRIVCANARY")
    logged = {e.file_name: e for e in DocumentService(pf).log_for_client(w.client_id)}
    assert logged[str(with_secret)].confidential_ids == (w.confidential_id,)
    assert logged[str(without)].confidential_ids == ()


def test_save_to_writes_the_file_and_a_log_row_with_its_sha256(
    qtbot: QtBot,
    open_composer: Factory,
    world_pf: tuple[PracticeFile, World],
    tmp_path: Path,
) -> None:
    pf, w = world_pf
    composer = open_composer()
    target = tmp_path / "letter.pdf"
    log_id = save(qtbot, composer, target)
    (entry,) = DocumentService(pf).log_for_client(w.client_id)
    assert entry.id == log_id
    assert entry.channel is Channel.SAVED
    assert entry.file_name == str(target)
    assert entry.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert entry.goal_ids == (w.goal_id,) and entry.session_ids == (w.normal_id,)
    assert "letter.pdf" in composer.status_label.text()
    assert not composer.error_label.isVisible()


def test_save_as_offers_the_suggested_name_and_saves_where_the_mentor_chose(
    qtbot: QtBot,
    open_composer: Factory,
    world_pf: tuple[PracticeFile, World],
    tmp_path: Path,
) -> None:
    pf, w = world_pf
    composer = open_composer()
    dialog = composer.choose_file_and_save()
    assert dialog is not None and dialog.isVisible()
    (offered,) = dialog.selectedFiles()
    assert Path(offered).name == f"Progress letter José García {TODAY.isoformat()}.pdf"
    target = tmp_path / "chosen.pdf"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(composer.document_saved, timeout=15_000):
        dialog.accept()
    assert target.is_file()
    assert [e.file_name for e in DocumentService(pf).log_for_client(w.client_id)] == [str(target)]


def test_a_save_that_fails_says_why_and_logs_nothing(
    qtbot: QtBot,
    open_composer: Factory,
    world_pf: tuple[PracticeFile, World],
    tmp_path: Path,
) -> None:
    pf, w = world_pf
    composer = open_composer()
    target = tmp_path / "gone" / "letter.pdf"
    composer.save_to(target)
    qtbot.waitUntil(composer.error_label.isVisible, timeout=15_000)
    assert "was not saved" in composer.error_label.text()
    assert "folder does not exist" in composer.error_label.text()
    assert not target.exists()
    assert DocumentService(pf).log_for_client(w.client_id) == []


# -- recipients and consent -------------------------------------------------------------------
def test_a_letter_to_the_payer_needs_consent_and_works_once_it_is_recorded(
    qtbot: QtBot,
    open_composer: Factory,
    world_pf: tuple[PracticeFile, World],
    tmp_path: Path,
) -> None:
    pf, w = world_pf
    composer = open_composer()
    composer.save_to(tmp_path / "before.pdf")  # a save to the client ticks along
    qtbot.waitUntil(lambda: not workers.busy())
    assert composer.recipient_bar.select(RecipientKind.PAYER)
    wait_for_preview(qtbot, composer)

    expected = consent_missing("José García", RecipientKind.PAYER, PAYER).text()
    assert composer.recipient_bar.refusal_text() == expected
    assert composer.recipient_bar.consent_bar.isVisible()
    assert not composer.save_button.isEnabled() and not composer.print_button.isEnabled()
    assert "consent" in composer.preview.message()
    refused = tmp_path / "refused.pdf"
    composer.save_to(refused)
    assert composer.error_label.text() == expected
    assert not refused.exists()
    assert len(DocumentService(pf).log_for_client(w.client_id)) == 1  # only the first one

    qtbot.mouseClick(composer.recipient_bar.consent_button, Qt.MouseButton.LeftButton)
    dialog = composer.consent_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind() is RecipientKind.PAYER
    assert dialog.payer_combo.currentData() == w.payer_id
    qtbot.keyClicks(dialog.scope_edit, "Progress letters to HR")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert composer.recipient_bar.option().recipient.kind is RecipientKind.PAYER
    assert composer.recipient_bar.option().allowed
    assert not composer.recipient_bar.consent_bar.isVisible()
    assert composer.save_button.isEnabled()
    assert composer.session_list.checked() == ((), frozenset())  # a third party starts with none
    assert composer.texts.text("subject") == "Progress of the mentoring of José García"
    target = tmp_path / "to-payer.pdf"
    save(qtbot, composer, target)
    assert contains(target.read_bytes(), PAYER)
    assert not contains(target.read_bytes(), "NORMALCANARY")
    newest = DocumentService(pf).log_for_client(w.client_id)[0]
    assert newest.recipient == PAYER and newest.recipient_kind is RecipientKind.PAYER


def test_the_referrer_is_offered_with_its_refusal_and_a_way_to_record_consent(
    qtbot: QtBot, open_composer: Factory, world_pf: tuple[PracticeFile, World]
) -> None:
    pf, w = world_pf
    composer = open_composer()
    assert composer.recipient_bar.select(RecipientKind.REFERRER)
    assert "Huisarts Jansen" in composer.recipient_bar.refusal_text()
    assert "no consent yet" in composer.recipient_bar.recipient_combo.currentText()
    dialog = composer.record_consent()
    assert dialog is not None
    assert dialog.kind() is RecipientKind.REFERRER
    assert dialog.party_edit.text() == "Huisarts Jansen"
    with qtbot.waitSignal(composer.consent_changed) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [w.client_id]
    option = composer.recipient_bar.option()
    assert option.recipient.kind is RecipientKind.REFERRER and option.allowed
    assert ConsentService(pf).in_force(w.client_id, RecipientKind.REFERRER) is not None


# -- texts and preview ------------------------------------------------------------------------
def test_texts_follow_language_and_recipient_unless_edited(
    qtbot: QtBot, open_composer: Factory, world_pf: tuple[PracticeFile, World]
) -> None:
    pf, w = world_pf
    ConsentService(pf).record(
        w.client_id, ConsentDraft(RecipientKind.PAYER, TODAY, "letters", payer_id=w.payer_id)
    )
    composer = open_composer()
    texts = composer.texts
    assert texts.text("subject") == "Progress of your mentoring"
    assert texts.text("salutation") == "Dear José,"
    texts.intro_edit.clear()
    qtbot.keyClicks(texts.intro_edit, "My own words & <b>thanks</b>")
    composer.recipient_bar.set_language(Language.NL)
    assert texts.text("subject") == "Voortgang van je traject"
    assert texts.text("salutation") == "Beste José,"
    assert texts.text("intro") == "My own words & <b>thanks</b>"  # edited: kept
    composer.recipient_bar.select(RecipientKind.PAYER)
    assert texts.text("subject") == "Voortgang traject José García"
    assert texts.text("intro") == "My own words & <b>thanks</b>"
    wait_for_preview(qtbot, composer)
    assert composer.rendered is not None
    assert contains(composer.rendered.pdf, "My own words & <b>thanks</b>")
    assert contains(composer.rendered.pdf, "Voortgang traject José García")


def test_the_preview_follows_edits_after_a_pause_and_shows_every_page(
    qtbot: QtBot, open_composer: Factory
) -> None:
    composer = open_composer()
    assert composer.rendered is not None
    first = composer.rendered
    assert composer.preview.page_count() == page_count(first.pdf)
    assert composer.preview.data == first.pdf
    assert not composer.preview.is_updating()

    composer.texts.subject_edit.clear()
    qtbot.keyClicks(composer.texts.subject_edit, "A fresh subject")
    assert composer.preview.is_updating()  # debounced: nothing rebuilt while typing
    assert composer.rendered is first
    with qtbot.waitSignal(composer.preview_updated, timeout=15_000) as blocker:
        pass
    wait_for_preview(qtbot, composer)
    assert composer.rendered is not first
    assert contains(composer.rendered.pdf, "A fresh subject")
    assert blocker.args == [page_count(composer.rendered.pdf)]
    assert composer.preview.page_count() == page_count(composer.rendered.pdf)
    assert not composer.preview.is_updating()

    # a long letter: the preview shows as many pages as the PDF has
    composer.texts.closing_edit.setPlainText("\n".join(f"Line {n}" for n in range(160)))
    wait_for_preview(qtbot, composer)
    pages = page_count(composer.rendered.pdf)
    assert pages >= 3
    assert composer.preview.page_count() == pages


def test_unticking_a_goal_leaves_it_out(
    qtbot: QtBot, open_composer: Factory, world_pf: tuple[PracticeFile, World]
) -> None:
    _pf, w = world_pf
    composer = open_composer()
    assert composer.rendered is not None
    assert contains(composer.rendered.pdf, "Find a role with purpose")
    goals = composer.goal_list
    goals.setCurrentItem(goals.topLevelItem(0))
    goals.setFocus()
    qtbot.keyClick(goals, Qt.Key.Key_Space)
    assert goals.checked_ids() == ()
    wait_for_preview(qtbot, composer)
    assert not contains(composer.rendered.pdf, "Find a role with purpose")
    assert not goals.is_checked(w.goal_id)


# -- in the main window -----------------------------------------------------------------------
def test_the_composer_opens_as_a_tab_and_a_lock_closes_it(
    qtbot: QtBot, practice_path: Path, tmp_path: Path
) -> None:
    pf = open_practice(practice_path, PASSPHRASE)
    w = make_world(pf)
    window = MainWindow(pf, idle_interval_ms=3_600_000)  # closes the file when it closes
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        page = window.open_client(w.client_id)
        assert page is not None
        qtbot.mouseClick(page.header.letter_button, Qt.MouseButton.LeftButton)
        composer = window.tabs.currentWidget()
        assert isinstance(composer, LetterComposer)
        assert window.tabs.tabText(window.tabs.currentIndex()) == "Letter · José García"
        assert window.work.open_letter(w.client_id) is composer  # one per client
        composer.session_list.set_checked(w.confidential_id, True)
        late = tmp_path / "late.pdf"
        composer.save_to(late)  # the PDF is being built when the lock comes
        assert workers.busy()
        window.lock()
        assert window.work.pages_of(LetterComposer) == []
        qtbot.waitUntil(lambda: not workers.busy(), timeout=15_000)
        qtbot.wait(50)
        assert not late.exists()  # the composer is gone: nothing saved behind the lock
        assert DocumentService(pf).log_for_client(w.client_id) == []
        window.lock_screen.passphrase_edit.setText(PASSPHRASE)
        qtbot.keyClick(window.lock_screen.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=15_000)
        assert window.work.pages_of(LetterComposer) == []  # not reopened with its content
        assert [p.client_id for p in window.client_pages()] == [w.client_id]
    finally:
        window.close()


# -- accessibility and language ---------------------------------------------------------------
def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.metaObject().className() in ("QScrollArea", "QTabBar", "QStackedWidget"):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            missing.append(f"{widget.metaObject().className()} {widget.objectName()!r}")
    return missing


def test_every_control_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, open_composer: Factory
) -> None:
    composer = open_composer()
    composer.recipient_bar.select(RecipientKind.REFERRER)  # shows the consent bar too
    assert composer.recipient_bar.consent_button.isVisible()
    assert _unnamed(composer) == []
    chain = []
    widget: QWidget = composer.recipient_bar.recipient_combo
    for _ in range(40):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for wanted in (
        composer.goal_list,
        composer.session_list,
        composer.texts.intro_edit,
        composer.texts.closing_edit,
        composer.save_button,
    ):
        assert wanted in chain
    assert chain.index(composer.session_list) < chain.index(composer.texts.subject_edit)


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale_for("en"))


def test_the_dutch_composer_speaks_dutch(
    qtbot: QtBot, dutch: None, open_composer: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_LANG", "nl")
    composer = open_composer()
    composer.recipient_bar.select(RecipientKind.REFERRER)
    assert composer.save_button.text() == "Opslaan als &PDF…"
    assert "heeft geen toestemming" in composer.recipient_bar.refusal_text()
    data = {"Find a role with purpose", "NORMALCANARY", "Huisarts Jansen", "Video"}
    english = [
        "Save",
        "Print",
        "Close",
        "Goals",
        "Sessions",
        "Summary",
        "Confidential",
        "Private",
        "Preview",
        "Subject",
        "Language",
        "Recipient",
        "Reveal",
        "consent",
    ]
    found = set()
    for text in visible_texts(composer):
        if not text or any(d in text for d in data):
            continue
        for word in english:
            if re.search(rf"\b{word}\b", text.replace("&", "")):
                found.add(f"{word!r} in {text!r}")
    assert not sorted(found)
