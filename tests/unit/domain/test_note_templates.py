"""Texts a session summary can start from."""

from __future__ import annotations

import pytest

from mentordesk.domain import note_templates as nt
from mentordesk.domain.note_templates import NoteTemplate


def test_free_starts_empty() -> None:
    assert nt.build(NoteTemplate.FREE) == ""


def test_grow_uses_the_callers_headings_in_order_with_room_to_write() -> None:
    text = nt.build(NoteTemplate.GROW, grow_headings=("Doel", "Realiteit", "Opties", "Weg vooruit"))
    lines = text.splitlines()
    assert [line for line in lines if line] == ["Doel", "Realiteit", "Opties", "Weg vooruit"]
    assert lines[1] == ""  # a line to write on under each heading
    assert text.index("Doel") < text.index("Realiteit") < text.index("Weg vooruit")


def test_grow_needs_exactly_four_headings() -> None:
    with pytest.raises(ValueError, match="four"):
        nt.grow_text(("Goal", "Reality"))


def test_last_actions_become_a_checklist_without_old_bullets_or_repeats() -> None:
    agreed = (
        "- Call the manager\n* Update CV\n\n1. Book the course\n☐ Walk daily\n[x] Call the manager"
    )
    text = nt.build(
        NoteTemplate.LAST_ACTIONS,
        previous_agreed_actions=agreed,
        open_action_items=["Update  cv", "Keep a journal & <notes>"],
    )
    assert text.splitlines() == [
        "☐ Call the manager",
        "☐ Update CV",
        "☐ Book the course",
        "☐ Walk daily",
        "☐ Keep a journal & <notes>",
    ]


def test_last_actions_with_nothing_to_carry_over_is_empty() -> None:
    assert nt.build(NoteTemplate.LAST_ACTIONS, previous_agreed_actions=" \n\n") == ""


def test_action_lines_keep_text_that_merely_starts_with_a_number_word() -> None:
    assert nt.action_lines("2026 plan opstellen\n10) Bel Ülkü") == [
        "2026 plan opstellen",
        "Bel Ülkü",
    ]
