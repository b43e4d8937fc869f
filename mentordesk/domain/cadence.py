"""The next session from an engagement's cadence (every N weeks)."""

from __future__ import annotations

import datetime as dt


def next_session_date(last: dt.date, cadence_weeks: int | None) -> dt.date | None:
    """The date ``cadence_weeks`` after ``last``, or ``None`` without a cadence."""
    if not cadence_weeks or cadence_weeks < 1:
        return None
    return last + dt.timedelta(weeks=cadence_weeks)
