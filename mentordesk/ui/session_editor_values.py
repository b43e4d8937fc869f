"""The values that travel between a saved session, a kept draft and the editor's fields.

A draft's payload is plain JSON: the fields exactly as typed (``"start_time": "9.30"`` stays
so), the scores by goal id (``{"12": 6, "13": null}``) and the ids of actions ticked done. It
also names the fields (``"changed"``) and scores (``"changed_scores"``) the mentor changed, so
that a draft restored later brings back only those over a session that changed meanwhile.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QLocale

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import SessionStatus
from mentordesk.services.records import Session
from mentordesk.services.session_work import EditorContext, GoalToScore
from mentordesk.ui.form_parts import InlineError

PAYLOAD_VERSION = 1
_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.hu]\s*(\d{2}))?\s*$")


def parse_time(text: str) -> dt.time | None:
    """``9:30``, ``09.30``, ``930``, ``9`` -> 09:30 / 09:00; empty -> None; else ValueError."""
    raw = text.strip()
    if not raw:
        return None
    if raw.isdigit() and len(raw) in (3, 4):
        raw = f"{raw[:-2]}:{raw[-2:]}"
    match = _TIME.match(raw)
    if match is None:
        raise ValueError(text)
    return dt.time(int(match.group(1)), int(match.group(2) or 0))


def date_format() -> str:
    """The locale's short date with a two-digit day (as ``labels.date_text`` shows dates)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if fmt.startswith("dd") else "d" + fmt


def show_inline(error: InlineError, text: str) -> None:
    """Show a message in a tab page (``InlineError.show_message`` would resize the window)."""
    error.setText(text)
    error.setVisible(bool(text))


def session_values(session: Session) -> dict[str, Any]:
    """A saved session in the payload's shape, to load into the fields."""
    return {
        "date": session.date.isoformat(),
        "start_time": session.start_time.strftime("%H:%M") if session.start_time else "",
        "duration_minutes": session.duration_minutes,
        "mode": session.mode.value,
        "place": session.place,
        "status": session.status.value,
        "billable": session.billable,
        "topics": session.topics,
        "summary": session.summary,
        "private_notes": session.private_notes,
        "agreed_actions": session.agreed_actions,
        "confidentiality": session.confidentiality.value,
    }


def new_session_values(context: EditorContext, today: dt.date) -> dict[str, Any]:
    """A new session: today, held, an hour; time, length, mode and place as last time."""
    values: dict[str, Any] = {
        "date": today.isoformat(),
        "status": SessionStatus.HELD.value,
        "duration_minutes": 60,
        "billable": context.billable_possible,
    }
    previous = context.previous_held
    if previous is not None:
        values.update(
            mode=previous.mode.value,
            place=previous.place,
            duration_minutes=previous.duration_minutes,
            start_time=previous.start_time.strftime("%H:%M") if previous.start_time else "",
        )
    return values


_TRIMMED = ("place", "topics", "summary", "private_notes", "agreed_actions")


def _meaning(key: str, value: Any) -> Any:
    if key in _TRIMMED and isinstance(value, str):
        return value.strip()  # the service trims texts
    if key == "start_time" and isinstance(value, str):
        try:
            return parse_time(value)  # 9.30 is stored as 09:30
        except ValueError:
            return value
    return value


def changed_values(stored: dict[str, Any], shown: dict[str, Any]) -> dict[str, Any]:
    """``stored`` without the values that mean what ``shown`` holds already, so a refresh
    leaves the mentor's spelling (and the cursor) where nothing really changed."""
    return {
        key: value
        for key, value in stored.items()
        if key not in shown or _meaning(key, value) != _meaning(key, shown[key])
    }


_NOT_FIELDS = ("version", "scores", "done_actions", "changed", "changed_scores")


def draft_payload(payload: dict[str, Any], baseline: dict[str, Any]) -> dict[str, Any]:
    """What a draft keeps: ``payload``, and what in it differs from what was stored."""
    scores = payload.get("scores") or {}
    stored_scores = baseline.get("scores") or {}
    return {
        **payload,
        "changed": sorted(
            key
            for key, value in payload.items()
            if key not in _NOT_FIELDS and baseline.get(key) != value
        ),
        "changed_scores": sorted(
            goal for goal, value in scores.items() if stored_scores.get(goal) != value
        ),
    }


def typed_part(payload: dict[str, Any]) -> dict[str, Any]:
    """Of a kept draft of a saved session, the fields and scores the mentor changed (all of
    it for a draft that does not say)."""
    changed, changed_scores = payload.get("changed"), payload.get("changed_scores")
    if not isinstance(changed, list) or not isinstance(changed_scores, list):
        return payload
    part = {key: value for key, value in payload.items() if key in changed}
    scores = payload.get("scores")
    if isinstance(scores, dict):
        part["scores"] = {goal: v for goal, v in scores.items() if goal in changed_scores}
    part["done_actions"] = payload.get("done_actions")
    return part


def score_values(goals: tuple[GoalToScore, ...]) -> dict[str, int | None]:
    """The stored scores of this session in the payload's shape."""
    return {str(goal.goal_id): goal.score for goal in goals}


def without_scores(goals: tuple[GoalToScore, ...]) -> tuple[GoalToScore, ...]:
    """The score rows without this session's scores: what decides how the rows look."""
    return tuple(dataclasses.replace(goal, score=None) for goal in goals)


_PROTECTION = (Confidentiality.NORMAL, Confidentiality.CONFIDENTIAL, Confidentiality.PRIVATE)


def at_least_as_protected(level: Confidentiality, source: Confidentiality) -> Confidentiality:
    """``level``, raised to ``source`` when that is more protected (private > confidential >
    normal): text copied from ``source`` never ends up less protected than where it came from."""
    return max(level, source, key=_PROTECTION.index)
