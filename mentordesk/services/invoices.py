"""Invoices: from billable sessions to a draft, from a draft to an issued invoice, and lists.

The way a front end uses it (the invoices page, the invoice editor, the CLI):

1. ``billable_sessions(client_id)``: held (or missed) billable sessions of paid work that no
   invoice holds yet, each with the line it would become. ``suggest(client_id, session_ids)``:
   an ``InvoiceDraft`` for them, addressed to whoever pays (the client, or the engagement's
   payer with its reference / PO number).
2. ``compose(draft)``: the invoice the draft would make, unsaved (for the editor's preview);
   ``create(draft)`` / ``update(invoice_id, draft)`` / ``delete(invoice_id)`` on drafts only.
3. ``issue_problems(invoice_id)`` lists what stops issuing (missing KvK number, address ...);
   ``issue(invoice_id)`` gives the number and freezes the invoice for good.
4. ``list(...)`` rows for the invoices page with their state (open, overdue ...); ``get``,
   ``by_number``; ``list_totals(rows)`` for the sums under the list.

Credit notes: ``credit_notes.CreditNoteService``; payments: ``payments.PaymentService``.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from mentordesk.domain.enums import Language
from mentordesk.errors import UserError, ValidationError
from mentordesk.services import invoice_numbering as numbering
from mentordesk.services.clock import now_text
from mentordesk.services.invoice_compose import (
    Prepared,
    client_party,
    client_row,
    party_values,
    payer_party,
    prepare,
    supplier_of,
    supplier_values,
)
from mentordesk.services.invoice_lines import quantity_hundredths, session_line
from mentordesk.services.invoice_reading import (
    client_display,
    invoice_row,
    list_record,
    load,
)
from mentordesk.services.invoice_records import (
    BillableSession,
    Invoice,
    InvoiceDraft,
    InvoiceKind,
    InvoiceRow,
    InvoiceState,
    InvoiceStatus,
    ListTotals,
    list_totals,
)
from mentordesk.services.practice import PracticeService
from mentordesk.store import money_queries
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Invoice as InvoiceModel
from mentordesk.store.models import InvoicedSession
from mentordesk.store.models import InvoiceLine as LineModel
from mentordesk.store.models import Payer as PayerModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

__all__ = ["InvoiceIssuedError", "InvoiceService", "list_totals"]


class InvoiceIssuedError(UserError):
    """An issued invoice was asked to change: it never does."""

    en = (
        "Invoice {number} has been issued and can no longer be changed or deleted. Correct it "
        "with a credit note."
    )
    nl = (
        "Factuur {number} is verstuurd en kan niet meer worden gewijzigd of verwijderd. "
        "Corrigeer hem met een creditfactuur."
    )


class InvoiceService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    # -- what can be invoiced -----------------------------------------------------------------
    def billable_sessions(
        self, client_id: int | None = None, *, language: Language | None = None
    ) -> list[BillableSession]:
        """Sessions ready to invoice (all clients for None), oldest first, each with its line
        in ``language`` (None: the client's) under the practice's current VAT regime."""
        practice = PracticeService(self._pf).get()
        with self._pf.transaction():
            rows = money_queries.billable_sessions(self._pf.connection, client_id=client_id)
            languages = _languages({r.client_id for r in rows})
        from mentordesk.domain.vat import VatTreatment

        treatment = VatTreatment.for_regime(practice.vat_regime)
        return [
            BillableSession(
                session_id=r.session_id,
                client_id=r.client_id,
                engagement_id=r.engagement_id,
                engagement_title=r.engagement_title,
                payer_id=r.payer_id,
                date=r.date,
                duration_minutes=r.duration_minutes,
                missed=r.status == "no_show",
                line=session_line(
                    r, language or languages[r.client_id], practice.default_rate_cents, treatment
                ),
            )
            for r in rows
        ]

    def suggest(
        self,
        client_id: int,
        session_ids: Collection[int] | None = None,
        *,
        language: Language | None = None,
    ) -> InvoiceDraft:
        """A draft billing ``session_ids`` (None: every billable session of the client paid
        by the same party as the oldest one), addressed to whoever pays for them, its lines
        in ``language`` (None: the client's)."""
        ready = self.billable_sessions(client_id, language=language)
        if session_ids is None:
            chosen = [s for s in ready if ready and s.payer_id == ready[0].payer_id]
        else:
            wanted = set(session_ids)
            chosen = [s for s in ready if s.session_id in wanted]
            missing = wanted - {s.session_id for s in chosen}
            if missing:
                raise ValidationError(
                    "session_ids",
                    "Session {ids} cannot be invoiced: it is not a held, billable session of "
                    "paid work of this client, or it is on an invoice already.",
                    "Sessie {ids} kan niet worden gefactureerd: het is geen gehouden, "
                    "declarabele sessie van betaald werk van deze cliënt, of hij staat al op "
                    "een factuur.",
                    ids=", ".join(str(i) for i in sorted(missing)),
                )
        payers = {s.payer_id for s in chosen}
        if len(payers) > 1:
            raise ValidationError(
                "session_ids",
                "These sessions are paid by different parties; make one invoice per payer.",
                "Deze sessies worden door verschillende partijen betaald; maak één factuur "
                "per betaler.",
            )
        engagements = {s.engagement_id for s in chosen}
        return InvoiceDraft(
            client_id=client_id,
            lines=tuple(s.line for s in chosen),
            payer_id=next(iter(payers)) if payers else None,
            engagement_id=next(iter(engagements)) if len(engagements) == 1 else None,
            language=language,
        )

    # -- drafts -------------------------------------------------------------------------------
    def compose(
        self, draft: InvoiceDraft, *, invoice_id: int | None = None, today: dt.date | None = None
    ) -> Invoice:
        """The invoice ``draft`` would make, checked but not saved (the editor's preview)."""
        practice = PracticeService(self._pf).get()
        with self._pf.transaction():
            original = self._original_of(invoice_id)
            prepared = prepare(draft, practice, invoice_id=invoice_id, original=original)
            name = client_display(draft.client_id)
        return prepared.preview(name, today or dt.date.today())

    def create(self, draft: InvoiceDraft) -> Invoice:
        practice = PracticeService(self._pf).get()
        with self._pf.transaction():
            prepared = prepare(draft, practice)
            invoice_id = self.write(None, prepared)
            self._pf.audit("invoice_drafted", client_id=draft.client_id, invoice_id=invoice_id)
        return self.get(invoice_id)

    def update(self, invoice_id: int, draft: InvoiceDraft) -> Invoice:
        """Replace a draft's details and lines; an issued invoice is refused."""
        practice = PracticeService(self._pf).get()
        with self._pf.transaction():
            row = self._draft_row(invoice_id)
            original = self._original_of(invoice_id)
            if draft.client_id != row.client_id:
                raise ValidationError(
                    "client_id",
                    "An invoice cannot move to another client.",
                    "Een factuur kan niet naar een andere cliënt.",
                )
            prepared = prepare(draft, practice, invoice_id=invoice_id, original=original)
            self.write(invoice_id, prepared)
        return self.get(invoice_id)

    def delete(self, invoice_id: int) -> None:
        """Delete a draft (its sessions become billable again); an issued one is refused."""
        with self._pf.transaction():
            row = self._draft_row(invoice_id)
            InvoiceModel.delete().where(InvoiceModel.id == invoice_id).execute()
            self._pf.audit("invoice_draft_deleted", client_id=row.client_id, invoice_id=invoice_id)

    def write(self, invoice_id: int | None, prepared: Prepared) -> int:
        """Store a prepared draft (new, or replacing draft ``invoice_id``) with its lines and
        session claims. Call inside a transaction."""
        stamp = now_text()
        if invoice_id is None:
            invoice_id = int(
                InvoiceModel.create(**prepared.values, created_at=stamp, updated_at=stamp).id
            )
        else:
            InvoiceModel.update(**prepared.values, updated_at=stamp).where(
                (InvoiceModel.id == invoice_id) & (InvoiceModel.status == "draft")
            ).execute()
            LineModel.delete().where(LineModel.invoice == invoice_id).execute()
        is_invoice = prepared.values["kind"] == InvoiceKind.INVOICE
        for position, (line, net) in enumerate(prepared.lines):
            row = LineModel.create(
                invoice=invoice_id,
                position=position,
                description=line.description,
                quantity_hundredths=quantity_hundredths(line.quantity),
                unit=line.unit.value,
                unit_price_cents=line.unit_price_cents,
                vat_rate_permille=line.vat_rate_permille,
                net_cents=net,
                session=line.session_id,
                credited_line=line.credited_line_id,
            )
            if is_invoice and line.session_id is not None:
                InvoicedSession.create(session=line.session_id, line=row.id)
        return invoice_id

    # -- issuing ------------------------------------------------------------------------------
    def issue_problems(
        self, invoice_id: int, *, on: dt.date | None = None, today: dt.date | None = None
    ) -> list[ValidationError]:
        """What stops the draft from being issued on ``on`` (default today); empty: nothing."""
        today = today or dt.date.today()
        practice = PracticeService(self._pf).get()
        with self._pf.transaction():
            self._draft_row(invoice_id)
            invoice = self._frozen_view(invoice_id, practice, today)
            return numbering.problems(
                invoice,
                practice,
                issue_date=on or today,
                today=today,
                creditable_cents=self._creditable(invoice),
            )

    def issue(
        self, invoice_id: int, *, on: dt.date | None = None, today: dt.date | None = None
    ) -> Invoice:
        """Give the draft the next number of its year and freeze it, in one ``BEGIN
        IMMEDIATE`` transaction. Refuses with the first problem ``issue_problems`` finds."""
        today = today or dt.date.today()
        issue_date = on or today
        practice = PracticeService(self._pf).get()
        with self._pf.transaction(immediate=True):
            row = self._draft_row(invoice_id)
            invoice = self._frozen_view(invoice_id, practice, today)
            found = numbering.problems(
                invoice,
                practice,
                issue_date=issue_date,
                today=today,
                creditable_cents=self._creditable(invoice),
            )
            if found:
                raise found[0]
            seq, number = numbering.number_for(practice.invoice_number_pattern, issue_date.year)
            InvoiceModel.update(
                status=InvoiceStatus.ISSUED.value,
                number=number,
                year=issue_date.year,
                seq=seq,
                issue_date=issue_date,
                payment_term_days=practice.payment_term_days,
                due_date=issue_date + dt.timedelta(days=practice.payment_term_days),
                period_start=invoice.period_start or issue_date,
                period_end=invoice.period_end or invoice.period_start or issue_date,
                issued_at=now_text(),
                updated_at=now_text(),
                **party_values(invoice.addressee),
                **supplier_values(invoice.supplier),
            ).where((InvoiceModel.id == invoice_id) & (InvoiceModel.status == "draft")).execute()
            if invoice.kind is InvoiceKind.CREDIT_NOTE:
                _release_credited_sessions(self._pf.connection, invoice)
            self._pf.audit(
                "invoice_issued",
                client_id=row.client_id,
                invoice_id=invoice_id,
                number=number,
                kind=invoice.kind.value,
                total_cents=invoice.totals.total_cents,
            )
        return self.get(invoice_id, today=today)

    # -- reading ------------------------------------------------------------------------------
    def get(self, invoice_id: int, *, today: dt.date | None = None) -> Invoice:
        with self._pf.transaction():
            return load(invoice_id, today or dt.date.today())

    def by_number(self, number: str, *, today: dt.date | None = None) -> Invoice:
        with self._pf.transaction():
            row = InvoiceModel.get_or_none(InvoiceModel.number == number.strip())
            if row is None:
                raise ValidationError(
                    "number",
                    "There is no invoice with number {number}.",
                    "Er is geen factuur met nummer {number}.",
                    number=number.strip(),
                )
            return load(row.id, today or dt.date.today())

    def list(
        self,
        *,
        year: int | None = None,
        client_id: int | None = None,
        states: Collection[InvoiceState] | None = None,
        include_drafts: bool = True,
        today: dt.date | None = None,
    ) -> list[InvoiceRow]:
        """Invoices and credit notes, drafts first, then newest first: issued in ``year``
        (every year for None), of ``client_id``, in one of ``states``."""
        today = today or dt.date.today()
        with self._pf.transaction():
            found = money_queries.invoice_rows(
                self._pf.connection, year=year, client_id=client_id, include_drafts=include_drafts
            )
        rows = [list_record(r, today) for r in found]
        if states is not None:
            wanted = set(states)
            rows = [r for r in rows if r.state in wanted]
        return rows

    def totals(self, rows: builtins.list[InvoiceRow]) -> ListTotals:
        return list_totals(rows)

    def years(self, today: dt.date | None = None) -> builtins.list[int]:
        """The years that have issued invoices, and this year; newest first."""
        with self._pf.transaction():
            found = set(money_queries.invoice_years(self._pf.connection))
        found.add((today or dt.date.today()).year)
        return sorted(found, reverse=True)

    # -- helpers ------------------------------------------------------------------------------
    def _draft_row(self, invoice_id: int) -> Any:
        row = invoice_row(invoice_id)
        if row.status != InvoiceStatus.DRAFT:
            raise InvoiceIssuedError(number=row.number)
        return row

    def _original_of(self, invoice_id: int | None) -> Any:
        if invoice_id is None:
            return None
        row = invoice_row(invoice_id)
        if row.credited_invoice_id is None:
            return None
        return invoice_row(row.credited_invoice_id)

    def _frozen_view(self, invoice_id: int, practice: Any, today: dt.date) -> Invoice:
        """The draft as it would be frozen now: today's addressee (a credit note keeps its
        invoice's) and today's practice details as supplier."""
        from dataclasses import replace

        invoice = load(invoice_id, today)
        if invoice.kind is InvoiceKind.INVOICE:
            if invoice.payer_id is not None:
                party = payer_party(PayerModel.get_by_id(invoice.payer_id))
            else:
                party = client_party(client_row(invoice.client_id))
            invoice = replace(invoice, addressee=party)
        return replace(invoice, supplier=supplier_of(practice))

    def _creditable(self, invoice: Invoice) -> int:
        """What is left to credit of a credit note's invoice (0 for an invoice)."""
        if invoice.credited_invoice_id is None:
            return 0
        original = load(invoice.credited_invoice_id, dt.date.today())
        return original.totals.total_cents + original.credited_cents


def _languages(client_ids: set[int]) -> dict[int, Language]:
    if not client_ids:
        return {}
    rows = ClientModel.select(ClientModel.id, ClientModel.language).where(
        ClientModel.id << list(client_ids)
    )
    return {r.id: Language(r.language) for r in rows}


def _release_credited_sessions(conn: Any, credit_note: Invoice) -> None:
    """A session whose line issued credit notes have credited in full may be invoiced again."""
    for line in credit_note.lines:
        if line.credited_line_id is None:
            continue
        credited = LineModel.get_by_id(line.credited_line_id)
        if credited.session_id is None:
            continue
        if money_queries.credited_net(conn, credited.id) == -credited.net_cents:
            InvoicedSession.delete().where(InvoicedSession.line == credited.id).execute()
