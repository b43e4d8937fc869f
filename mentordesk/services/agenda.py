"""The agenda: a week of sessions, Monday to Sunday, and marking them held, cancelled or no-show.

Items carry who, when, how and the status, never note content: the agenda is a list a visitor
may glimpse on the mentor's screen. A sensitive client appears by initials.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from mentordesk.domain.enums import Funding, SessionMode, SessionStatus
from mentordesk.domain.names import display_name
from mentordesk.errors import NotFoundError
from mentordesk.services import validation as check
from mentordesk.store import agenda_queries

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

DAYS_IN_WEEK = 7


@dataclass(frozen=True)
class AgendaItem:
    """One session in the agenda."""

    session_id: int
    engagement_id: int
    client_id: int
    client_name: str  # the display name: initials for a sensitive client
    funding: Funding
    date: dt.date
    start_time: dt.time | None
    duration_minutes: int
    mode: SessionMode
    status: SessionStatus

    @property
    def actionable(self) -> bool:
        """Still planned: it waits to be marked held, cancelled or no-show."""
        return self.status is SessionStatus.PLANNED


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the (ISO) week that holds ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_days(monday: dt.date) -> list[dt.date]:
    """Monday to Sunday of the week that starts on ``monday`` (or holds it)."""
    first = monday_of(monday)
    return [first + dt.timedelta(days=n) for n in range(DAYS_IN_WEEK)]


def item_from_slot(slot: agenda_queries.SessionSlot) -> AgendaItem:
    return AgendaItem(
        session_id=slot.session_id,
        engagement_id=slot.engagement_id,
        client_id=slot.client_id,
        client_name=display_name(slot.client_name, slot.preferred_name, sensitive=slot.sensitive),
        funding=Funding(slot.funding),
        date=slot.date,
        start_time=slot.start_time,
        duration_minutes=slot.duration_minutes,
        mode=SessionMode(slot.mode),
        status=SessionStatus(slot.status),
    )


class AgendaService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def week(self, monday: dt.date) -> list[AgendaItem]:
        """Every session of the week from Monday to Sunday, in day and time order.

        ``monday`` may be any day: the week that holds it is meant. Planned sessions and held,
        cancelled and no-show ones alike; sessions without a start time come first on their day.
        """
        days = week_days(monday)
        return self.between(days[0], days[-1])

    def between(self, first: dt.date, last: dt.date) -> list[AgendaItem]:
        """Every session dated ``first`` to ``last`` (both included)."""
        with self._pf.transaction():
            slots = agenda_queries.sessions_between(self._pf.connection, first, last)
        return [item_from_slot(s) for s in slots]

    def item(self, session_id: int) -> AgendaItem:
        with self._pf.transaction():
            found = agenda_queries.sessions_by_id(self._pf.connection, [session_id])
        if not found:
            raise NotFoundError(
                what="Session", ident=session_id, nl="Sessie {ident} is niet gevonden."
            )
        return item_from_slot(found[0])

    def set_status(self, session_id: int, status: SessionStatus | str) -> AgendaItem:
        """Mark a session held, cancelled or no-show (or planned again, to undo a slip).

        The session service's rules apply unchanged: a session in the future cannot have been
        held, and an archived client's work does not change.
        """
        chosen = check.choice("status", status, SessionStatus)
        session = self._pf.sessions.get(session_id)
        if session.status is not chosen:
            self._pf.sessions.update(session_id, replace(session, status=chosen))
        return self.item(session_id)
