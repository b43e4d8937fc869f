"""The start page's figures: what needs the mentor's attention today, and the year's hours.

No note content comes out of here, except the texts of action items (normal-level text the
mentor and client agreed on). Clients appear by display name: initials when sensitive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentordesk.domain.enums import Funding
from mentordesk.domain.names import display_name
from mentordesk.services.agenda import AgendaItem, item_from_slot, week_days
from mentordesk.store import agenda_queries

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

UNWRITTEN_DAYS = 90  # how far back "held, but no summary yet" looks


@dataclass(frozen=True)
class IdleClient:
    """An active client in active work with no session planned from today on."""

    client_id: int
    client_name: str
    last_held: dt.date | None


@dataclass(frozen=True)
class OverdueAction:
    """An open action item whose due date has passed."""

    action_id: int
    text: str
    due_date: dt.date
    goal_id: int
    session_id: int | None
    client_id: int
    client_name: str


@dataclass(frozen=True)
class MonthHours:
    """Held sessions in one month: paid work and unpaid work (pro bono and free intakes)."""

    month: int  # 1..12
    paid_minutes: int = 0
    pro_bono_minutes: int = 0
    paid_sessions: int = 0
    pro_bono_sessions: int = 0


@dataclass(frozen=True)
class YearHours:
    year: int
    months: tuple[MonthHours, ...]  # January to December

    @property
    def paid_minutes(self) -> int:
        return sum(m.paid_minutes for m in self.months)

    @property
    def pro_bono_minutes(self) -> int:
        return sum(m.pro_bono_minutes for m in self.months)

    @property
    def paid_sessions(self) -> int:
        return sum(m.paid_sessions for m in self.months)

    @property
    def pro_bono_sessions(self) -> int:
        return sum(m.pro_bono_sessions for m in self.months)


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    week_start: dt.date
    this_week: tuple[AgendaItem, ...]  # every session Monday to Sunday
    held_without_summary: tuple[AgendaItem, ...]  # the last 90 days, newest first
    idle_clients: tuple[IdleClient, ...]  # longest waiting first
    overdue_actions: tuple[OverdueAction, ...]  # oldest due date first
    hours: YearHours


def year_hours(year: int, rows: list[agenda_queries.MonthMinutes]) -> YearHours:
    """Sum query rows (per month and funding) into paid and unpaid work for ``year``."""
    paid = [0] * 13
    unpaid = [0] * 13
    paid_n = [0] * 13
    unpaid_n = [0] * 13
    for row in rows:
        if row.year != year:
            continue
        if Funding(row.funding).billable:
            paid[row.month] += row.minutes
            paid_n[row.month] += row.sessions
        else:
            unpaid[row.month] += row.minutes
            unpaid_n[row.month] += row.sessions
    months = tuple(MonthHours(m, paid[m], unpaid[m], paid_n[m], unpaid_n[m]) for m in range(1, 13))
    return YearHours(year, months)


class DashboardService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def load(self, today: dt.date | None = None) -> Dashboard:
        """Everything the start page shows, read in one transaction."""
        today = today or dt.date.today()
        days = week_days(today)
        year_start = dt.date(today.year, 1, 1)
        year_end = dt.date(today.year, 12, 31)
        since = today - dt.timedelta(days=UNWRITTEN_DAYS)
        with self._pf.transaction():
            conn = self._pf.connection
            week = agenda_queries.sessions_between(conn, days[0], days[-1])
            months, unwritten_ids = agenda_queries.held_overview(
                conn, min(year_start, since), max(year_end, today), since
            )
            unwritten = agenda_queries.sessions_by_id(conn, unwritten_ids)
            idle = agenda_queries.idle_clients(conn, today)
            overdue = agenda_queries.overdue_actions(conn, today)
        return Dashboard(
            today=today,
            week_start=days[0],
            this_week=tuple(item_from_slot(s) for s in week),
            held_without_summary=tuple(
                item_from_slot(s) for s in unwritten if since <= s.date <= today
            ),
            idle_clients=tuple(
                IdleClient(
                    c.client_id,
                    display_name(c.name, c.preferred_name, sensitive=c.sensitive),
                    c.last_held,
                )
                for c in idle
            ),
            overdue_actions=tuple(
                OverdueAction(
                    action_id=a.action_id,
                    text=a.text,
                    due_date=a.due_date,
                    goal_id=a.goal_id,
                    session_id=a.session_id,
                    client_id=a.client_id,
                    client_name=display_name(a.name, a.preferred_name, sensitive=a.sensitive),
                )
                for a in overdue
            ),
            hours=year_hours(today.year, months),
        )
