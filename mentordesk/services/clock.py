"""The one way services stamp rows with the current time."""

from __future__ import annotations

import datetime as dt


def now_text() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")
