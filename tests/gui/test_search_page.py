"""The search page, driven by keyboard and mouse: grouping, masks, initials, opening hits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.domain.confidentiality import MASK
from mentordesk.domain.enums import ClientStatus, SessionStatus
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import GoalDraft, SessionDraft
from mentordesk.services.search import SearchKind
from mentordesk.ui import workers
from mentordesk.ui.pages.search_lines import Column
from mentordesk.ui.pages.search_page import SearchPage
from mentordesk.ui.reveal import RevealState
from tests.conftest import PASSPHRASE
from tests.gui.conftest import (
    CONFIDENTIAL_SUMMARY,
    SENSITIVE_NAME,
    Sample,
    fill_sample,
    visible_texts,
)


@dataclass
class Opened:
    pf: PracticeFile
    sample: Sample
    page: SearchPage
    reveal: RevealState
    ulku_session: int


@pytest.fixture
def opened(practice_path: Path, qtbot: QtBot) -> Iterator[Opened]:
    pf = open_practice(practice_path, PASSPHRASE)
    sample = fill_sample(pf)
    # the sensitive client gets a goal and a session that names her in full
    [growth] = pf.engagements.for_client(sample.ulku)
    pf.goals.create(GoalDraft(engagement_id=growth.id, title="Rust vinden in de overgang"))
    session = pf.sessions.create(
        SessionDraft(
            engagement_id=growth.id,
            date=dt.date.today() - dt.timedelta(days=3),
            status=SessionStatus.HELD,
            summary=f"{SENSITIVE_NAME} sprak over rouw en de overgang",
        )
    )
    pf.clients.archive(sample.anna)
    reveal = RevealState()
    page = SearchPage(pf, reveal)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    try:
        yield Opened(pf, sample, page, reveal, session.id)
    finally:
        workers.wait_for_all()
        page.close()
        pf.close()


def type_query(qtbot: QtBot, page: SearchPage, text: str) -> None:
    page.focus_query()
    qtbot.keyClicks(page.query_edit, text)
    wait_for_results(qtbot, page)


def wait_for_results(qtbot: QtBot, page: SearchPage) -> None:
    qtbot.waitUntil(lambda: not page.searching(), timeout=10_000)


def all_texts(page: SearchPage) -> list[str]:
    """What the page shows: visible widgets' texts, every result cell and its tool tip."""
    texts = visible_texts(page)
    tree = page.tree
    for g in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(g)
        texts.append(heading.text(0))
        for i in range(heading.childCount()):
            item = heading.child(i)
            for column in range(tree.columnCount()):
                texts += [item.text(column), item.toolTip(column)]
    return texts


def headings(page: SearchPage) -> list[str]:
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def test_query_field_is_accessible_and_has_a_placeholder(opened: Opened) -> None:
    edit = opened.page.query_edit
    assert edit.accessibleName() == "Search"
    assert "session notes" in edit.placeholderText()
    assert opened.page.tree.accessibleName() == "Search results"
    assert opened.page.reveal_button.accessibleName()
    assert opened.page.open_button.accessibleName()


def test_typing_shows_hits_grouped_by_kind_with_counts(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    # "overgang": a goal and a session of the sensitive client; "rotterdam": José's tag
    page.set_query("overgang")
    wait_for_results(qtbot, page)
    assert headings(page) == ["Goals (1)", "Sessions (1)"]
    kinds = [hit.kind for _item, hit in page.hit_items()]
    assert kinds == [SearchKind.GOAL, SearchKind.SESSION]

    page.query_edit.clear()
    type_query(qtbot, page, "rotterdam")
    assert headings(page) == ["Clients (1)"]
    [(item, hit)] = page.hit_items()
    assert hit.client_id == opened.sample.jose
    assert item.text(Column.FOUND) == "José Álvarez"


def test_diacritics_are_ignored_as_you_type(opened: Opened, qtbot: QtBot) -> None:
    type_query(qtbot, opened.page, "alvar")
    found = [(hit.kind, hit.ref_id) for _item, hit in opened.page.hit_items()]
    assert found == [(SearchKind.CLIENT, opened.sample.jose)]


@pytest.mark.parametrize("text", ['"', "NOT", '"walk*', "(divorce", "a:b", "NEAR(x", "-", "*"])
def test_fts_syntax_characters_do_not_crash_the_page(
    opened: Opened, qtbot: QtBot, text: str
) -> None:
    type_query(qtbot, opened.page, text)
    assert opened.page.status_label.text()  # "nothing found" or results, never an error
    assert "went wrong" not in opened.page.status_label.text()


def test_confidential_and_private_hits_are_masked_until_revealed(
    opened: Opened, qtbot: QtBot
) -> None:
    page = opened.page
    type_query(qtbot, page, "divorce")
    [(item, hit)] = page.hit_items()
    assert hit.kind is SearchKind.SESSION and hit.maskable
    assert MASK in item.text(Column.TEXT)
    assert "debts" not in " ".join(all_texts(page))  # "divorce" is in the box itself
    assert page.hint_label.isVisible()

    page.tree.setFocus()
    page.tree.setCurrentItem(item)
    qtbot.keyClick(
        page.tree,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert item.text(Column.TEXT) == CONFIDENTIAL_SUMMARY
    assert not page.hint_label.isVisible()
    assert page.reveal_button.text() == "&Hide again"

    opened.reveal.clear()  # the lock
    assert MASK in item.text(Column.TEXT)
    assert "debts" not in " ".join(all_texts(page))
    assert page.reveal_button.text() == "&Reveal"

    # private notes: masked, revealed by the button, masked again by a second click
    page.query_edit.clear()
    type_query(qtbot, page, "working")
    [(item, hit)] = page.hit_items()
    assert hit.kind is SearchKind.PRIVATE_NOTES
    assert MASK in item.text(Column.TEXT)
    assert "working notes" not in " ".join(all_texts(page))
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert "working notes" in item.text(Column.TEXT)
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert MASK in item.text(Column.TEXT)


def test_revealing_one_hit_leaves_the_others_masked(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    type_query(qtbot, page, "debts")
    [(_item, hit)] = page.hit_items()
    page.query_edit.clear()
    type_query(qtbot, page, "my own")
    [(private_item, private_hit)] = page.hit_items()
    assert private_hit.ref_id == hit.ref_id  # the same session, another entry
    opened.reveal.reveal(("search", hit.key))
    assert MASK in private_item.text(Column.TEXT)


def test_a_sensitive_clients_name_never_shows(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    for query in ("rouw", "overgang", "sahin", "ulku"):
        page.query_edit.clear()
        type_query(qtbot, page, query)
        assert page.hit_items(), query
        assert {hit.client_id for _item, hit in page.hit_items()} == {opened.sample.ulku}
        shown = " ".join(all_texts(page))
        for word in SENSITIVE_NAME.split():
            assert word not in shown, (query, word)
        assert "Ü.Ş." in shown
    # the session text names her in full: the snippet (normal text) shows her initials instead
    page.query_edit.clear()
    type_query(qtbot, page, "rouw")
    [(item, _hit)] = page.hit_items()
    assert item.text(Column.TEXT).startswith("Ü. Ş. sprak over rouw")


def test_enter_opens_the_right_item(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    type_query(qtbot, page, "purpose")  # José's goal
    with qtbot.waitSignal(page.client_requested) as opened_client:
        qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert opened_client.args == [opened.sample.jose]

    page.query_edit.clear()
    type_query(qtbot, page, "rouw")  # Ülkü's session
    page.tree.setFocus()
    page.tree.setCurrentItem(page.hit_items()[0][0])
    with qtbot.waitSignal(page.session_requested) as opened_session:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened_session.args == [opened.ulku_session]


def test_arrow_keys_in_the_box_choose_the_hit_that_enter_opens(
    opened: Opened, qtbot: QtBot
) -> None:
    page = opened.page
    type_query(qtbot, page, "overgang")  # a goal of Ülkü, then her session
    items = page.hit_items()
    assert page.current_hit() == items[0][1]
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Down)
    assert page.current_hit() == items[1][1]  # over the "Sessions" heading
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Up)
    assert page.current_hit() == items[0][1]
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Down)
    assert page.query_edit.hasFocus()
    with qtbot.waitSignal(page.session_requested) as signal:
        qtbot.keyClick(page.query_edit, Qt.Key.Key_Enter)
    assert signal.args == [opened.ulku_session]


def test_double_click_opens_a_client_hit(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    type_query(qtbot, page, "rotterdam")
    [(item, _hit)] = page.hit_items()
    rect = page.tree.visualItemRect(item)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.client_requested) as signal:
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [opened.sample.jose]


def test_archived_clients_are_found_and_marked(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    assert opened.pf.clients.get(opened.sample.anna).status is ClientStatus.ARCHIVED
    type_query(qtbot, page, "vries")
    [(item, hit)] = page.hit_items()
    assert hit.client_id == opened.sample.anna and hit.client_archived
    assert hit.kind is SearchKind.CLIENT
    assert item.text(Column.FOUND) == "Anna de Vries (archived)"
    assert item.text(Column.CLIENT) == ""  # the client is the hit itself


def test_empty_text_shows_nothing_and_escape_clears(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    type_query(qtbot, page, "   ")
    assert page.tree.topLevelItemCount() == 0
    type_query(qtbot, page, "rotterdam")
    assert page.tree.topLevelItemCount() == 1
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Escape)
    assert page.query_edit.text() == ""
    assert page.tree.topLevelItemCount() == 0


def test_stale_results_are_dropped_while_typing(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    page.focus_query()
    for ch in "rotterdam":  # faster than the pause: one search at most per pause
        qtbot.keyClick(page.query_edit, ch)
    page.set_query("purpose")
    wait_for_results(qtbot, page)
    workers.wait_for_all()
    assert [hit.kind for _i, hit in page.hit_items()] == [SearchKind.GOAL]


def test_clear_forgets_text_and_results(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    type_query(qtbot, page, "rotterdam")
    page.clear()
    assert page.query_edit.text() == "" and page.tree.topLevelItemCount() == 0
    assert "rotterdam" not in " ".join(all_texts(page)).lower()


def test_enter_on_private_notes_opens_their_session(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    [with_notes] = [s for s in opened.pf.sessions.for_client(opened.sample.jose) if s.private_notes]
    type_query(qtbot, page, "working")
    [(item, hit)] = page.hit_items()
    assert hit.kind is SearchKind.PRIVATE_NOTES
    page.tree.setFocus()
    page.tree.setCurrentItem(item)
    with qtbot.waitSignal(page.session_requested) as signal:
        qtbot.keyClick(page.tree, Qt.Key.Key_Enter)
    assert signal.args == [with_notes.id]


def test_enter_typed_before_the_results_arrive_opens_the_first_hit(
    opened: Opened, qtbot: QtBot
) -> None:
    page = opened.page
    page.focus_query()
    qtbot.keyClicks(page.query_edit, "rotterdam")
    assert page.searching()  # the pause has not passed yet
    with qtbot.waitSignal(page.client_requested) as signal:
        qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert signal.args == [opened.sample.jose]


def test_focus_results_waits_for_the_results(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    page.activateWindow()
    page.set_query("rotterdam")
    page.focus_results()  # the search still runs: the focus follows when it is done
    wait_for_results(qtbot, page)
    qtbot.waitUntil(page.tree.hasFocus, timeout=2_000)
    assert page.current_hit() is not None
    assert page.current_hit().client_id == opened.sample.jose  # type: ignore[union-attr]
