"""Pro bono and free work: counted in hours and valued at the practice's standard rate.

Pro bono sessions and free intakes are never invoiced (the invoice services refuse them), but
they are real work. Here they are gathered for a client or a year: each held session with its
length and its value at the practice's default hourly rate (half up to the cent per session;
the total is the sum of those values, so the statement's column adds up). The statement
(``money_documents.MoneyDocumentService.prepare_pro_bono``) is not an invoice and takes no
number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentordesk.domain.billing import minutes_value
from mentordesk.domain.enums import Funding, Language
from mentordesk.domain.names import display_name
from mentordesk.services.practice import PracticeService
from mentordesk.store import money_queries

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

_ANONYMOUS = {Language.NL: "Cliënt {id}", Language.EN: "Client {id}"}


def client_label(
    client_id: int,
    name: str,
    preferred_name: str,
    *,
    listed: bool,
    sensitive: bool,
    language: Language,
) -> str:
    """The client's name when they agreed to be listed (initials when sensitive); else
    ``Cliënt 7`` / ``Client 7`` by the client's number in the file."""
    if not listed:
        return _ANONYMOUS[language].format(id=client_id)
    return display_name(name, preferred_name, sensitive=sensitive)


@dataclass(frozen=True)
class UnpaidSession:
    session_id: int
    client_id: int
    client_label: str  # see ``client_label``
    date: dt.date
    minutes: int
    funding: Funding  # PRO_BONO or FREE_INTAKE
    value_cents: int  # at the standard rate


@dataclass(frozen=True)
class ProBonoSummary:
    start: dt.date
    end: dt.date
    client_id: int | None  # None: every client
    client_name: str  # the client's full name for a client's statement; "" otherwise
    rate_cents: int  # the practice's standard hourly rate
    sessions: tuple[UnpaidSession, ...]  # oldest first

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)

    @property
    def value_cents(self) -> int:
        return sum(s.value_cents for s in self.sessions)

    @property
    def pro_bono_sessions(self) -> int:
        return sum(s.funding is Funding.PRO_BONO for s in self.sessions)

    @property
    def intake_sessions(self) -> int:
        return sum(s.funding is Funding.FREE_INTAKE for s in self.sessions)

    @property
    def clients(self) -> int:
        return len({s.client_id for s in self.sessions})


def year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


class ProBonoService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def summary(
        self,
        *,
        year: int | None = None,
        client_id: int | None = None,
        language: Language = Language.NL,
    ) -> ProBonoSummary:
        """Held pro bono and free-intake sessions of ``year`` (every year for None), of one
        client or of all (unlisted clients anonymous in a practice-wide summary)."""
        start, end = year_span(year) if year is not None else (dt.date.min, dt.date.max)
        rate = PracticeService(self._pf).get().default_rate_cents
        with self._pf.transaction():
            rows = money_queries.unpaid_sessions(self._pf.connection, start, end, client_id)
            name = ""
            if client_id is not None:
                name = self._pf.clients.get(client_id).name
        sessions = tuple(
            UnpaidSession(
                session_id=r.session_id,
                client_id=r.client_id,
                client_label=name
                or client_label(
                    r.client_id,
                    r.name,
                    r.preferred_name,
                    listed=r.listed,
                    sensitive=r.sensitive,
                    language=language,
                ),
                date=r.date,
                minutes=r.duration_minutes,
                funding=Funding(r.funding),
                value_cents=minutes_value(r.duration_minutes, rate),
            )
            for r in rows
        )
        if year is None and sessions:
            start, end = sessions[0].date, sessions[-1].date
        elif year is None:
            start = end = dt.date.today()
        return ProBonoSummary(start, end, client_id, name, rate, sessions)
