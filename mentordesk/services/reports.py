"""Reports: the hours log that coaching credential bodies ask for, and the year overview for
the accountant (revenue per month, VAT per quarter, outstanding invoices, paid versus pro bono
hours, the value of pro bono work).

Hours count held sessions only. Paid work is work under paid funding (paid by the client or by
a payer); pro bono hours are pro bono sessions and free intakes, as on the dashboard.
Revenue is what was invoiced (excluding VAT) by issue date, credit notes subtracted; "received"
is payments by their date. VAT per quarter follows the Dutch VAT return: 1a (21 %), 1b (9 %),
1c (other rates), 3b (services to EU businesses, VAT reverse-charged); KOR and exempt turnover
is shown apart (it is not taxed). CSV files: ``report_csv``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentordesk.domain.billing import minutes_value
from mentordesk.domain.enums import Funding, Language
from mentordesk.domain.names import display_name
from mentordesk.domain.vat import REDUCED_RATE, STANDARD_RATE, VatTreatment, vat_on
from mentordesk.errors import NotFoundError
from mentordesk.services.clock import now_text
from mentordesk.services.practice import PracticeService
from mentordesk.services.pro_bono import client_label, year_span
from mentordesk.store import money_queries
from mentordesk.store.models import Client as ClientModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


@dataclass(frozen=True)
class HoursRow:
    client_id: int
    label: str  # the name when listed (initials when sensitive), else "Cliënt 7"
    listed: bool
    email: str  # only when listed (credential bodies may contact listed clients)
    first_session: dt.date
    last_session: dt.date
    paid_minutes: int
    paid_sessions: int
    pro_bono_minutes: int  # pro bono sessions and free intakes
    pro_bono_sessions: int


@dataclass(frozen=True)
class HoursLog:
    year: int | None  # None: every year
    language: Language
    rows: tuple[HoursRow, ...]  # by first session

    @property
    def paid_minutes(self) -> int:
        return sum(r.paid_minutes for r in self.rows)

    @property
    def pro_bono_minutes(self) -> int:
        return sum(r.pro_bono_minutes for r in self.rows)

    @property
    def paid_sessions(self) -> int:
        return sum(r.paid_sessions for r in self.rows)

    @property
    def pro_bono_sessions(self) -> int:
        return sum(r.pro_bono_sessions for r in self.rows)


@dataclass(frozen=True)
class MonthFigures:
    month: int  # 1..12
    revenue_cents: int = 0  # invoiced excl. VAT, credit notes subtracted
    vat_cents: int = 0
    received_cents: int = 0
    paid_minutes: int = 0
    paid_sessions: int = 0
    pro_bono_minutes: int = 0
    pro_bono_sessions: int = 0
    pro_bono_value_cents: int = 0

    @property
    def invoiced_cents(self) -> int:
        return self.revenue_cents + self.vat_cents


@dataclass(frozen=True)
class QuarterVat:
    """One quarter of the VAT return (by invoice date)."""

    quarter: int  # 1..4
    high_net_cents: int = 0  # 1a: 21 %
    high_vat_cents: int = 0
    low_net_cents: int = 0  # 1b: 9 %
    low_vat_cents: int = 0
    other_net_cents: int = 0  # 1c: any other rate (0 % included)
    other_vat_cents: int = 0
    reverse_charge_net_cents: int = 0  # 3b: services to EU businesses, VAT reverse-charged
    untaxed_net_cents: int = 0  # KOR or exempt: not taxed

    @property
    def vat_cents(self) -> int:
        return self.high_vat_cents + self.low_vat_cents + self.other_vat_cents

    @property
    def net_cents(self) -> int:
        return (
            self.high_net_cents
            + self.low_net_cents
            + self.other_net_cents
            + self.reverse_charge_net_cents
            + self.untaxed_net_cents
        )


@dataclass(frozen=True)
class Outstanding:
    invoice_id: int
    number: str
    addressee: str  # the customer on the invoice (initials for a sensitive client)
    issue_date: dt.date
    due_date: dt.date
    total_cents: int
    open_cents: int
    days_overdue: int  # on the overview's date; 0 when not yet due


@dataclass(frozen=True)
class YearOverview:
    year: int
    as_of: dt.date  # outstanding invoices are those open on this date
    rate_cents: int  # the standard hourly rate that values pro bono work
    months: tuple[MonthFigures, ...]  # January to December
    quarters: tuple[QuarterVat, ...]  # Q1 to Q4
    outstanding: tuple[Outstanding, ...]  # oldest first
    treatments: tuple[VatTreatment, ...]  # the VAT treatments of the year's invoices

    def total(self, name: str) -> int:
        """The year's sum of a ``MonthFigures`` field (``"revenue_cents"``, ...)."""
        return sum(int(getattr(m, name)) for m in self.months)

    @property
    def outstanding_cents(self) -> int:
        return sum(o.open_cents for o in self.outstanding)


class ReportService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    # -- the "may be listed" consent -------------------------------------------------------
    def set_listed(self, client_id: int, listed: bool) -> None:
        """Record whether the client agreed to be named in the hours log."""
        with self._pf.transaction():
            if ClientModel.get_or_none(id=client_id) is None:
                raise NotFoundError(what="Client", ident=client_id)
            ClientModel.update(listed=bool(listed), updated_at=now_text()).where(
                ClientModel.id == client_id
            ).execute()
            self._pf.audit("client_listed" if listed else "client_unlisted", client_id=client_id)

    def is_listed(self, client_id: int) -> bool:
        with self._pf.transaction():
            row = ClientModel.get_or_none(id=client_id)
            if row is None:
                raise NotFoundError(what="Client", ident=client_id)
            return bool(row.listed)

    # -- the hours log ----------------------------------------------------------------------
    def hours_log(self, year: int | None = None, language: Language = Language.NL) -> HoursLog:
        """Per client: first and last session, paid and pro bono hours (held sessions of
        ``year``, or of every year)."""
        start, end = year_span(year) if year is not None else (dt.date.min, dt.date.max)
        with self._pf.transaction():
            rows = money_queries.hours_per_client(self._pf.connection, start, end)
        return HoursLog(
            year,
            language,
            tuple(
                HoursRow(
                    client_id=r.client_id,
                    label=client_label(
                        r.client_id,
                        r.name,
                        r.preferred_name,
                        listed=r.listed,
                        sensitive=r.sensitive,
                        language=language,
                    ),
                    listed=r.listed,
                    email=r.email if r.listed else "",
                    first_session=r.first,
                    last_session=r.last,
                    paid_minutes=r.paid_minutes,
                    paid_sessions=r.paid_sessions,
                    pro_bono_minutes=r.unpaid_minutes,
                    pro_bono_sessions=r.unpaid_sessions,
                )
                for r in rows
            ),
        )

    # -- the year overview ------------------------------------------------------------------
    def year_overview(self, year: int, *, today: dt.date | None = None) -> YearOverview:
        today = today or dt.date.today()
        start, end = year_span(year)
        as_of = min(today, end)
        rate = PracticeService(self._pf).get().default_rate_cents
        with self._pf.transaction():
            conn = self._pf.connection
            amounts = money_queries.issued_lines_by_rate(conn, start, end)
            received = money_queries.payments_between(conn, start, end)
            held = money_queries.held_minutes_per_month(conn, start, end)
            unpaid = money_queries.unpaid_sessions(conn, start, end)
            open_rows = money_queries.open_invoices(conn, as_of)
        months = {m: dict.fromkeys(MonthFigures.__dataclass_fields__, 0) for m in range(1, 13)}
        quarters = {q: dict.fromkeys(QuarterVat.__dataclass_fields__, 0) for q in range(1, 5)}
        treatments: dict[VatTreatment, None] = {}
        for a in amounts:
            treatment = VatTreatment(a.vat_regime)
            treatments[treatment] = None
            vat = vat_on(a.net_cents, a.rate_permille) if treatment.charges_vat else 0
            month = months[a.issue_date.month]
            month["revenue_cents"] += a.net_cents
            month["vat_cents"] += vat
            _add_vat(quarters[(a.issue_date.month - 1) // 3 + 1], treatment, a, vat)
        for day, amount in received:
            months[day.month]["received_cents"] += amount
        for month_number, funding, minutes, count in held:
            paid = Funding(funding).billable
            month = months[month_number]
            month["paid_minutes" if paid else "pro_bono_minutes"] += minutes
            month["paid_sessions" if paid else "pro_bono_sessions"] += count
        for session in unpaid:
            value = minutes_value(session.duration_minutes, rate)
            months[session.date.month]["pro_bono_value_cents"] += value
        outstanding = tuple(
            Outstanding(
                invoice_id=r.invoice_id,
                number=r.number,
                addressee=display_name(r.to_name, sensitive=r.sensitive)
                if r.to_client
                else r.to_name,
                issue_date=r.issue_date,
                due_date=r.due_date,
                total_cents=r.total_cents,
                open_cents=r.open_cents,
                days_overdue=max(0, (as_of - r.due_date).days),
            )
            for r in open_rows
        )
        for m, values in months.items():
            values["month"] = m
        for q, values in quarters.items():
            values["quarter"] = q
        return YearOverview(
            year=year,
            as_of=as_of,
            rate_cents=rate,
            months=tuple(MonthFigures(**v) for v in months.values()),
            quarters=tuple(QuarterVat(**v) for v in quarters.values()),
            outstanding=outstanding,
            treatments=tuple(treatments),
        )


def _add_vat(
    quarter: dict[str, int],
    treatment: VatTreatment,
    amounts: money_queries.IssuedAmounts,
    vat: int,
) -> None:
    if treatment is VatTreatment.REVERSE_CHARGE:
        quarter["reverse_charge_net_cents"] += amounts.net_cents
    elif not treatment.charges_vat:
        quarter["untaxed_net_cents"] += amounts.net_cents
    elif amounts.rate_permille == STANDARD_RATE:
        quarter["high_net_cents"] += amounts.net_cents
        quarter["high_vat_cents"] += vat
    elif amounts.rate_permille == REDUCED_RATE:
        quarter["low_net_cents"] += amounts.net_cents
        quarter["low_vat_cents"] += vat
    else:
        quarter["other_net_cents"] += amounts.net_cents
        quarter["other_vat_cents"] += vat
