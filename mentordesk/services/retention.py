"""Retention: how long notes and invoices are kept, what has passed its period, and letting go
of it.

Two periods live in the practice row (schema 5): ``retention_note_months`` (notes, goals and
session text of an engagement, counted from its end; default 24, at least 1) and
``retention_invoice_years`` (issued invoices and credit notes, counted from the end of their
issue year; default 7, the Dutch fiscal minimum, never less).

An engagement ends on its end date; one that is completed, cancelled or archived without an end
date ended with its last session. It is *due* once that lies more than the note period back,
while it still holds notes and is not in the erasure register. Erasing goes through
``services.erasure`` (which remembers the erasure so that a restored backup cannot bring the
notes back).

An issued invoice of year Y is due from 1 January of Y + period (with 7 years: a 2019 invoice
from 1 January 2026 on, exactly when the schema 5 triggers start allowing it). An invoice whose
credit note is not yet due is not due either: credit notes go first. Deleting takes its
payments, session claims, lines and credit notes along in one transaction; the sessions it
billed are marked not billable, so that they do not come back as work ready to invoice.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentordesk.domain.enums import EngagementKind
from mentordesk.domain.names import display_name
from mentordesk.errors import ValidationError
from mentordesk.store import retention_queries as queries
from mentordesk.store.models import Practice

if TYPE_CHECKING:
    from collections.abc import Iterable

    from mentordesk.services.practice_file import PracticeFile

MIN_NOTE_MONTHS = 1
MAX_NOTE_MONTHS = 1200  # a hundred years: anything more is a typing mistake
MIN_INVOICE_YEARS = 7  # the Dutch fiscal retention duty (bewaarplicht)
MAX_INVOICE_YEARS = 100


@dataclass(frozen=True)
class RetentionPeriods:
    note_months: int
    invoice_years: int


@dataclass(frozen=True)
class EngagementDue:
    """An engagement whose notes have passed the note period."""

    engagement_id: int
    client_id: int
    client_name: str  # initials for a sensitive client
    kind: EngagementKind
    title: str
    ended: dt.date
    session_count: int
    sessions_with_notes: int
    goal_count: int


@dataclass(frozen=True)
class InvoiceDue:
    """An issued invoice past the fiscal period, with its credit notes (deleted along)."""

    invoice_id: int
    number: str
    client_id: int
    client_name: str  # initials for a sensitive client
    issue_date: dt.date
    total_cents: int
    credit_notes: tuple[str, ...]  # numbers of its issued credit notes
    payment_count: int


@dataclass(frozen=True)
class RetentionDue:
    periods: RetentionPeriods
    note_cutoff: dt.date  # engagements that ended before this day are due
    invoice_cutoff: dt.date  # invoices issued before this day are due
    engagements: tuple[EngagementDue, ...]
    invoices: tuple[InvoiceDue, ...]


def months_before(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` back (the last day of a shorter month when needed)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def note_cutoff(today: dt.date, note_months: int) -> dt.date:
    return months_before(today, note_months)


def invoice_cutoff(today: dt.date, invoice_years: int) -> dt.date:
    """Invoices issued before this day have had ``invoice_years`` full years after their own."""
    return dt.date(today.year - invoice_years + 1, 1, 1)


def _name(name: str, preferred: str, sensitive: bool) -> str:
    return display_name(name, preferred, sensitive=sensitive)


def _kind(value: str) -> EngagementKind:
    return EngagementKind(value) if value in set(EngagementKind) else EngagementKind.OTHER


class RetentionService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    # -- the periods ----------------------------------------------------------------------------
    def periods(self) -> RetentionPeriods:
        with self._pf.transaction():
            row = Practice.get_by_id(1)
            return RetentionPeriods(row.retention_note_months, row.retention_invoice_years)

    def set_periods(self, note_months: int, invoice_years: int) -> RetentionPeriods:
        """Store both periods (noted in the audit trail when they change)."""
        if not MIN_NOTE_MONTHS <= note_months <= MAX_NOTE_MONTHS:
            raise ValidationError(
                "note_months",
                "Keep notes at least 1 month and at most 1200 months after an engagement ends.",
                "Bewaar aantekeningen minstens 1 maand en hoogstens 1200 maanden na het einde "
                "van een traject.",
            )
        if invoice_years < MIN_INVOICE_YEARS:
            raise ValidationError(
                "invoice_years",
                "Invoices must be kept at least 7 years (the fiscal retention duty).",
                "Facturen moeten minstens 7 jaar bewaard worden (de fiscale bewaarplicht).",
            )
        if invoice_years > MAX_INVOICE_YEARS:
            raise ValidationError(
                "invoice_years",
                "Keep invoices at most 100 years.",
                "Bewaar facturen hoogstens 100 jaar.",
            )
        with self._pf.transaction():
            row = Practice.get_by_id(1)
            before = RetentionPeriods(row.retention_note_months, row.retention_invoice_years)
            after = RetentionPeriods(note_months, invoice_years)
            if after != before:
                Practice.update(
                    retention_note_months=note_months, retention_invoice_years=invoice_years
                ).where(Practice.id == 1).execute()
                self._pf.audit(
                    "retention_changed",
                    note_months=note_months,
                    invoice_years=invoice_years,
                    note_months_before=before.note_months,
                    invoice_years_before=before.invoice_years,
                )
        return after

    # -- what is due ----------------------------------------------------------------------------
    def due(self, today: dt.date | None = None) -> RetentionDue:
        """Everything that has passed its period on ``today``."""
        today = today or dt.date.today()
        periods = self.periods()
        notes_before = note_cutoff(today, periods.note_months)
        invoices_before = invoice_cutoff(today, periods.invoice_years)
        with self._pf.transaction():
            conn = self._pf.connection
            ended = queries.ended_engagements(conn, notes_before)
            issued = queries.issued_before(conn, invoices_before)
        engagements = tuple(
            EngagementDue(
                engagement_id=e.id,
                client_id=e.client_id,
                client_name=_name(e.client_name, e.preferred_name, e.sensitive),
                kind=_kind(e.kind),
                title=e.title,
                ended=e.ended,
                session_count=e.session_count,
                sessions_with_notes=e.sessions_with_notes,
                goal_count=e.goal_count,
            )
            for e in ended
            if e.holds_notes
        )
        invoices = tuple(
            InvoiceDue(
                invoice_id=i.id,
                number=i.number,
                client_id=i.client_id,
                client_name=_name(i.client_name, i.preferred_name, i.sensitive),
                issue_date=i.issue_date,
                total_cents=i.total_cents,
                credit_notes=i.credit_note_numbers,
                payment_count=i.payment_count,
            )
            for i in issued
            if i.kind == "invoice"
            and (i.latest_credit_date is None or i.latest_credit_date < invoices_before)
        )
        return RetentionDue(periods, notes_before, invoices_before, engagements, invoices)

    # -- letting go -----------------------------------------------------------------------------
    def erase_engagements(self, ids: Iterable[int], today: dt.date | None = None) -> int:
        """Erase the notes of engagements past the note period; returns how many were erased.

        Every id is checked first: one that is not past its period (or already erased, or
        unknown) refuses the whole request before anything is erased.
        """
        wanted = list(dict.fromkeys(ids))
        due = {e.engagement_id for e in self.due(today).engagements}
        early = [i for i in wanted if i not in due]
        if early:
            raise ValidationError(
                "engagement_ids",
                "Engagement {ids} has not passed the retention period for notes (or holds no "
                "notes any more). Nothing was erased.",
                "Traject {ids} is de bewaartermijn voor aantekeningen nog niet voorbij (of "
                "bevat geen aantekeningen meer). Er is niets gewist.",
                ids=", ".join(str(i) for i in early),
            )
        from mentordesk.services.erasure import ErasureService

        erasure = ErasureService(self._pf)
        for engagement_id in wanted:
            erasure.erase_engagement_notes(engagement_id, reason="retention")
        return len(wanted)

    def delete_invoices(self, ids: Iterable[int], today: dt.date | None = None) -> list[str]:
        """Delete issued invoices past the fiscal period, each with its payments, session
        claims, lines and credit notes (credit notes first), in one transaction. Returns the
        numbers deleted (credit notes included). Refuses the whole request, deleting nothing,
        when any of them or of their credit notes is still inside the period, or when an id is
        a credit note (it goes only with its invoice) or no issued invoice.
        """
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        today = today or dt.date.today()
        years = self.periods().invoice_years
        cutoff = invoice_cutoff(today, years)
        with self._pf.transaction(immediate=True):
            conn = self._pf.connection
            found = queries.issued_by_id(conn, wanted)
            missing = [i for i in wanted if i not in found]
            if missing:
                raise ValidationError(
                    "invoice_ids",
                    "Invoice {ids} is not an issued invoice (any more). Nothing was deleted.",
                    "Factuur {ids} is geen uitgereikte factuur (meer). Er is niets verwijderd.",
                    ids=", ".join(str(i) for i in missing),
                )
            credit_notes = sorted(i.number for i in found.values() if i.kind == "credit_note")
            if credit_notes:
                raise ValidationError(
                    "invoice_ids",
                    "{numbers} is a credit note: it is deleted together with the invoice it "
                    "credits, never alone. Nothing was deleted.",
                    "{numbers} is een creditnota: die wordt samen met de gecrediteerde factuur "
                    "verwijderd, nooit los. Er is niets verwijderd.",
                    numbers=", ".join(credit_notes),
                )
            extra = [n for i in found.values() for n in i.credit_note_ids]
            everything = {**found, **queries.issued_by_id(conn, extra)}
            early = sorted(
                {i.number for i in everything.values() if i.issue_date >= cutoff},
            )
            if early:
                raise ValidationError(
                    "invoice_ids",
                    "{numbers} is still inside the retention period of {years} years after "
                    "the end of its year, so it must be kept. Nothing was deleted.",
                    "{numbers} valt nog binnen de bewaartermijn van {years} jaar na het einde "
                    "van het jaar, dus moet bewaard blijven. Er is niets verwijderd.",
                    numbers=", ".join(early),
                    years=years,
                )
            ids_to_delete = set(wanted) | set(extra)
            freed = queries.delete_invoices(conn, ids_to_delete)
            queries.mark_not_billable(conn, freed)
            numbers = sorted(i.number for i in everything.values())
            self._pf.audit(
                "invoices_deleted_retention",
                numbers=numbers,
                count=len(numbers),
                invoice_years=years,
            )
        return numbers
