"""The values that travel between a saved session, a kept draft and the editor's fields.

A draft's payload is plain JSON: the fields exactly as typed (``"start_time": "9.30"`` stays
so), the scores by goal id (``{"12": 6, "13": null}``) and the ids of actions ticked done.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QLocale

from mentordesk.domain.enums import SessionStatus
from mentordesk.services.records import Session
from mentordesk.services.session_work import EditorContext
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
