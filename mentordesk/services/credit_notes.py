"""Credit notes (creditfacturen): the one way to correct an issued invoice.

A credit note is an invoice of its own, with its own number from the same gapless sequence, that
names the invoice it corrects. It is made as a draft that mirrors the chosen lines of the invoice
with negated prices (every line by default: a full credit); the mentor may change it, then
issues it like any invoice. It keeps the invoice's customer and VAT treatment, so a credit note
under a later VAT regime still reverses the VAT the invoice charged. Sessions whose lines are
credited in full may be invoiced again afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from mentordesk.errors import ValidationError
from mentordesk.services.invoice_compose import prepare
from mentordesk.services.invoice_reading import invoice_row, load
from mentordesk.services.invoice_records import (
    Invoice,
    InvoiceDraft,
    InvoiceKind,
    InvoiceStatus,
    LineDraft,
)
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice import PracticeService

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


class CreditNoteService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def create(
        self,
        invoice_id: int,
        *,
        line_ids: Collection[int] | None = None,
        extra_lines: tuple[LineDraft, ...] = (),
        note: str = "",
    ) -> Invoice:
        """A draft credit note for issued invoice ``invoice_id``: the lines ``line_ids`` (all
        for None) negated, then ``extra_lines`` (negative amounts, e.g. a price correction)."""
        practice = PracticeService(self._pf).get()
        invoices = InvoiceService(self._pf)
        with self._pf.transaction():
            original = self._creditable_row(invoice_id)
            invoice = load(invoice_id, dt.date.today())
            chosen = [
                line for line in invoice.lines if line_ids is None or line.id in set(line_ids)
            ]
            if line_ids is not None and len(chosen) != len(set(line_ids)):
                raise ValidationError(
                    "line_ids",
                    "Choose lines of invoice {number} to credit.",
                    "Kies regels van factuur {number} om te crediteren.",
                    number=invoice.number,
                )
            lines = tuple(
                LineDraft(
                    description=line.description,
                    quantity=line.quantity,
                    unit_price_cents=-line.unit_price_cents,
                    vat_rate_permille=line.vat_rate_permille,
                    unit=line.unit,
                    session_id=line.session_id,
                    credited_line_id=line.id,
                )
                for line in chosen
            )
            draft = InvoiceDraft(
                client_id=original.client_id,
                lines=lines + tuple(extra_lines),
                language=invoice.language,
                note=note,
                payment_qr=False,
            )
            prepared = prepare(draft, practice, original=original)
            credit_id = invoices.write(None, prepared)
            self._pf.audit(
                "credit_note_drafted",
                client_id=original.client_id,
                invoice_id=credit_id,
                credits=invoice.number,
            )
        return invoices.get(credit_id)

    def credit_in_full(
        self, invoice_id: int, *, on: dt.date | None = None, note: str = ""
    ) -> Invoice:
        """Make and issue a credit note for everything left of ``invoice_id`` (one step for
        the common case: the invoice should not have gone out)."""
        invoices = InvoiceService(self._pf)
        invoice = invoices.get(invoice_id)
        if invoice.credited_cents:
            raise ValidationError(
                "invoice_id",
                "Invoice {number} has been credited in part already; make the rest as a "
                "credit note with the lines still to credit.",
                "Factuur {number} is al deels gecrediteerd; maak de rest als creditfactuur met "
                "de regels die nog gecrediteerd moeten worden.",
                number=invoice.number,
            )
        draft = self.create(invoice_id, note=note)
        try:
            return invoices.issue(draft.id, on=on)
        except BaseException:
            invoices.delete(draft.id)
            raise

    def for_invoice(self, invoice_id: int) -> list[Invoice]:
        """The credit notes (drafts too) that refer to ``invoice_id``, oldest first."""
        invoices = InvoiceService(self._pf)
        return [invoices.get(i) for i in invoices.get(invoice_id).credit_note_ids]

    def _creditable_row(self, invoice_id: int) -> Any:
        row = invoice_row(invoice_id)
        if row.kind != InvoiceKind.INVOICE or row.status != InvoiceStatus.ISSUED:
            raise ValidationError(
                "invoice_id",
                "Only an issued invoice can be credited; a draft can simply be changed or deleted.",
                "Alleen een verstuurde factuur kan worden gecrediteerd; een concept kunt u "
                "gewoon wijzigen of verwijderen.",
            )
        return row
