"""Texts a session summary can start from: free, GROW, or the last session's actions.

Pure text building. The caller passes every heading in the interface language, so the words
come from the translated UI and this module stays free of any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum

OPEN_BOX = "☐"
_LEADER = re.compile(r"^\s*(?:[-*•·–—☐☑☒✓✔]|\[[ xX]?\]|\d{1,3}[.)])\s*")


class NoteTemplate(StrEnum):
    FREE = "free"
    GROW = "grow"  # Goal, Reality, Options, Way forward
    LAST_ACTIONS = "last_actions"  # the last session's actions as a checklist


GROW_PARTS = 4


def grow_text(headings: Sequence[str]) -> str:
    """The four GROW headings, each followed by an empty line to write on."""
    if len(headings) != GROW_PARTS:
        raise ValueError("GROW has four headings: Goal, Reality, Options, Way forward")
    return "\n\n".join(f"{heading.strip()}\n" for heading in headings)


def action_lines(text: str) -> list[str]:
    """The actions in a free text, one per line, without bullets, numbers or tick boxes."""
    lines = []
    for raw in text.splitlines():
        line = _LEADER.sub("", raw, count=1).strip()
        if line:
            lines.append(line)
    return lines


def checklist(items: Iterable[str]) -> str:
    """``☐ item`` per line; repeated items (ignoring case and spacing) appear once."""
    seen: set[str] = set()
    lines = []
    for item in items:
        text = " ".join(item.split())
        key = text.casefold()
        if text and key not in seen:
            seen.add(key)
            lines.append(f"{OPEN_BOX} {text}")
    return "\n".join(lines)


def last_actions_text(previous_agreed_actions: str, open_action_items: Iterable[str]) -> str:
    """The previous held session's agreed actions, then the engagement's open action items."""
    return checklist([*action_lines(previous_agreed_actions), *open_action_items])


def build(
    template: NoteTemplate,
    *,
    grow_headings: Sequence[str] = ("Goal", "Reality", "Options", "Way forward"),
    previous_agreed_actions: str = "",
    open_action_items: Iterable[str] = (),
) -> str:
    """The starting text for ``template`` (empty for FREE)."""
    if template is NoteTemplate.GROW:
        return grow_text(grow_headings)
    if template is NoteTemplate.LAST_ACTIONS:
        return last_actions_text(previous_agreed_actions, open_action_items)
    return ""
