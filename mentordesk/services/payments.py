"""Payments received on issued invoices: date, amount, method; partial payments and refunds.

A payment belongs to an issued invoice (not a credit note: a credit note is settled through the
invoice it corrects). A positive amount is money received and may be at most what is still
open; a negative amount is money paid back, at most what was paid too much (after a credit
note). A payment registered by mistake may be deleted; the invoice itself never changes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from mentordesk.domain.money import MAX_CENTS, euro_text
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.services.invoice_reading import load, payment_record
from mentordesk.services.invoice_records import (
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Payment,
    PaymentDraft,
    PaymentMethod,
)
from mentordesk.store.models import Payment as PaymentModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


def _euros(name: str, cents: int) -> dict[str, str]:
    """A message's amount in both languages: ``{name}_en`` and ``{name}_nl``."""
    return {f"{name}_en": euro_text(cents, "en"), f"{name}_nl": euro_text(cents, "nl")}


class PaymentService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def add(self, invoice_id: int, draft: PaymentDraft, *, today: dt.date | None = None) -> Payment:
        """Register a payment (or, negative, a refund) on an issued invoice."""
        today = today or dt.date.today()
        method = check.choice("method", draft.method, PaymentMethod)
        note = check.text("note", draft.note)
        amount = draft.amount_cents
        if isinstance(amount, bool) or not isinstance(amount, int) or amount == 0:
            raise ValidationError(
                "amount_cents",
                "Enter the amount received (or, negative, paid back).",
                "Vul het ontvangen bedrag in (of, negatief, het terugbetaalde).",
            )
        if abs(amount) > MAX_CENTS:
            raise ValidationError(
                "amount_cents", "That amount is too large.", "Dat bedrag is te groot."
            )
        if not isinstance(draft.date, dt.date):
            raise ValidationError("date", "Enter the date of payment.", "Vul de betaaldatum in.")
        check.not_future("date", draft.date, today)
        with self._pf.transaction():
            invoice = load(invoice_id, today)
            self._check(invoice, amount)
            row = PaymentModel.create(
                invoice=invoice_id,
                date=draft.date,
                amount_cents=amount,
                method=method.value,
                note=note,
                created_at=now_text(),
            )
            self._pf.audit(
                "payment_registered",
                client_id=invoice.client_id,
                invoice_id=invoice_id,
                payment_id=row.id,
                amount_cents=amount,
            )
            return payment_record(row)

    def pay_in_full(
        self,
        invoice_id: int,
        on: dt.date,
        method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
        *,
        today: dt.date | None = None,
    ) -> Payment:
        """Register the whole open balance as paid on ``on``."""
        with self._pf.transaction():
            balance = load(invoice_id, today or dt.date.today()).balance_cents
        return self.add(invoice_id, PaymentDraft(on, balance, method), today=today)

    def delete(self, payment_id: int) -> None:
        """Remove a payment registered by mistake (logged in the audit trail)."""
        with self._pf.transaction():
            row = PaymentModel.get_or_none(id=payment_id)
            if row is None:
                raise NotFoundError(
                    what="Payment", ident=payment_id, nl="Betaling {ident} is niet gevonden."
                )
            invoice = load(row.invoice_id, dt.date.today())
            PaymentModel.delete().where(PaymentModel.id == payment_id).execute()
            self._pf.audit(
                "payment_deleted",
                client_id=invoice.client_id,
                invoice_id=row.invoice_id,
                payment_id=payment_id,
                amount_cents=row.amount_cents,
                date=row.date,
            )

    def for_invoice(self, invoice_id: int) -> list[Payment]:
        with self._pf.transaction():
            return list(load(invoice_id, dt.date.today()).payments)

    @staticmethod
    def _check(invoice: Invoice, amount: int) -> None:
        if invoice.kind is not InvoiceKind.INVOICE or invoice.status is not InvoiceStatus.ISSUED:
            raise ValidationError(
                "invoice_id",
                "Payments are registered on issued invoices, not on drafts or credit notes.",
                "Betalingen worden geregistreerd op verstuurde facturen, niet op concepten of "
                "creditfacturen.",
            )
        balance = invoice.balance_cents
        if amount > 0 and amount > balance:
            raise ValidationError(
                "amount_cents",
                "{amount_en} is more than the {open_en} still open on invoice {number}.",
                "{amount_nl} is meer dan de {open_nl} die op factuur {number} nog openstaat.",
                **_euros("amount", amount),
                **_euros("open", max(0, balance)),
                number=invoice.number,
            )
        if amount < 0 and -amount > -min(0, balance):
            raise ValidationError(
                "amount_cents",
                "A refund of {amount_en} is more than was paid too much on invoice {number} "
                "({over_en}).",
                "Een terugbetaling van {amount_nl} is meer dan er op factuur {number} te veel is "
                "betaald ({over_nl}).",
                **_euros("amount", -amount),
                **_euros("over", max(0, -balance)),
                number=invoice.number,
            )
