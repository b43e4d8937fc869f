"""The plain, frozen records of the money features: invoices, their lines, payments, states.

Amounts are whole cents (``int``), quantities ``Decimal``, VAT rates whole permille (210 = 21 %).
A credit note is an ``Invoice`` of kind ``credit_note`` whose amounts are negative.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from mentordesk.domain.billing import LineUnit
from mentordesk.domain.enums import Language
from mentordesk.domain.vat import STANDARD_RATE, Totals, VatTreatment

__all__ = [
    "BillableSession",
    "Invoice",
    "InvoiceDraft",
    "InvoiceKind",
    "InvoiceLine",
    "InvoiceRow",
    "InvoiceState",
    "InvoiceStatus",
    "LineDraft",
    "LineUnit",
    "ListTotals",
    "Party",
    "Payment",
    "PaymentDraft",
    "PaymentMethod",
    "Supplier",
    "VatTreatment",
    "draft_of",
    "list_totals",
    "payment_state",
]


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    """What the file stores: a draft may change; an issued invoice never does."""

    DRAFT = "draft"
    ISSUED = "issued"


class InvoiceState(StrEnum):
    """Where an invoice stands, for lists and filters (computed, with today's date)."""

    DRAFT = "draft"
    OPEN = "open"  # issued, nothing paid, not yet due
    PARTLY_PAID = "partly_paid"  # something paid, rest not yet due
    OVERDUE = "overdue"  # past the due date with something still open
    PAID = "paid"
    CREDITED = "credited"  # fully cancelled by credit notes, nothing paid
    REFUND_DUE = "refund_due"  # more paid than owed (after a credit note): pay some back
    CREDIT_NOTE = "credit_note"  # an issued credit note (it is settled through its invoice)


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    CARD = "card"
    OTHER = "other"


@dataclass(frozen=True)
class LineDraft:
    """One invoice line as the editor holds it. ``session_id`` for a session line;
    ``credited_line_id`` on a credit note, for the line of the original it credits."""

    description: str
    quantity: Decimal = Decimal(1)
    unit_price_cents: int = 0
    vat_rate_permille: int = STANDARD_RATE
    unit: LineUnit = LineUnit.ITEM
    session_id: int | None = None
    credited_line_id: int | None = None


@dataclass(frozen=True)
class InvoiceLine(LineDraft):
    id: int = 0
    position: int = 0
    net_cents: int = 0  # quantity x unit price, rounded half up to the cent (excl. VAT)


@dataclass(frozen=True)
class InvoiceDraft:
    """What the invoice editor (or the CLI, or the demo) asks for.

    ``payer_id`` None addresses the client. ``language`` None: the client's. ``reference``
    None: the engagement's payer reference, else the payer's own (a client gets none).
    ``period_start``/``period_end`` None: the first and last session on the invoice (or the
    issue date when there is no session line). ``reverse_charge``: a business customer in
    another EU country owes the VAT (btw verlegd)."""

    client_id: int
    lines: tuple[LineDraft, ...] = ()
    payer_id: int | None = None
    engagement_id: int | None = None
    language: Language | None = None
    reference: str | None = None
    note: str = ""
    payment_qr: bool = True
    reverse_charge: bool = False
    period_start: dt.date | None = None
    period_end: dt.date | None = None


@dataclass(frozen=True)
class Party:
    """The customer as the invoice names them (frozen when issued)."""

    name: str
    attention: str = ""  # t.a.v.
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    vat_id: str = ""


@dataclass(frozen=True)
class Supplier:
    """The practice as the invoice names it (frozen when issued)."""

    name: str
    trade_name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    kvk_number: str = ""
    vat_id: str = ""
    iban: str = ""


@dataclass(frozen=True)
class PaymentDraft:
    date: dt.date
    amount_cents: int  # negative: money paid back
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    note: str = ""


@dataclass(frozen=True)
class Payment(PaymentDraft):
    id: int = 0
    invoice_id: int = 0


@dataclass(frozen=True)
class Invoice:
    """An invoice or credit note, with its lines, totals, payments and state.

    ``credited_cents`` is the (negative) sum of the issued credit notes on this invoice;
    ``balance_cents`` what is still to be paid: total + credited - paid (negative: a refund
    is due). A draft's addressee and supplier are today's; an issued one's are frozen."""

    id: int
    kind: InvoiceKind
    status: InvoiceStatus
    state: InvoiceState
    number: str | None
    client_id: int
    client_name: str  # the client's display name (initials when sensitive)
    payer_id: int | None
    engagement_id: int | None
    language: Language
    issue_date: dt.date | None
    due_date: dt.date | None
    payment_term_days: int
    period_start: dt.date | None
    period_end: dt.date | None
    reference: str  # the customer's reference / PO number
    about: str  # whom the work was for, when a payer pays ("" otherwise)
    note: str
    payment_qr: bool
    vat_treatment: VatTreatment
    vat_note: str  # the exemption text (exempt treatment)
    addressee: Party
    supplier: Supplier
    lines: tuple[InvoiceLine, ...]
    totals: Totals
    payments: tuple[Payment, ...] = ()
    paid_cents: int = 0
    credited_cents: int = 0
    balance_cents: int = 0
    credited_invoice_id: int | None = None  # a credit note: the invoice it credits
    credited_number: str | None = None
    credit_note_ids: tuple[int, ...] = ()  # an invoice: its credit notes (drafts too)
    year: int | None = None
    seq: int | None = None
    issued_at: dt.datetime | None = None
    session_ids: tuple[int, ...] = field(default=())

    @property
    def is_draft(self) -> bool:
        return self.status is InvoiceStatus.DRAFT

    @property
    def is_credit_note(self) -> bool:
        return self.kind is InvoiceKind.CREDIT_NOTE


@dataclass(frozen=True)
class InvoiceRow:
    """One line of the invoices page."""

    id: int
    kind: InvoiceKind
    status: InvoiceStatus
    state: InvoiceState
    number: str | None
    client_id: int
    client_name: str  # display name: initials when sensitive
    addressee: str  # the customer on the invoice (the payer when a payer pays)
    issue_date: dt.date | None
    due_date: dt.date | None
    total_cents: int
    paid_cents: int
    credited_cents: int
    balance_cents: int
    credited_invoice_id: int | None
    credited_number: str | None
    created: dt.date

    @property
    def year(self) -> int | None:
        return self.issue_date.year if self.issue_date else None

    def days_overdue(self, today: dt.date) -> int:
        if self.state is not InvoiceState.OVERDUE or self.due_date is None:
            return 0
        return (today - self.due_date).days


@dataclass(frozen=True)
class ListTotals:
    """The sums under the invoices page (issued invoices and credit notes only)."""

    count: int
    invoiced_cents: int  # incl. VAT, credit notes subtracted
    paid_cents: int
    outstanding_cents: int  # still to be received
    overdue_cents: int


@dataclass(frozen=True)
class BillableSession:
    """A held (or missed, and billable) session of paid work, not on any invoice yet."""

    session_id: int
    client_id: int
    engagement_id: int
    engagement_title: str
    payer_id: int | None  # the payer of its engagement; None when the client pays
    date: dt.date
    duration_minutes: int
    missed: bool  # a no-show billed as agreed
    line: LineDraft  # the line it would become, priced from the engagement


def draft_of(invoice: Invoice) -> InvoiceDraft:
    """The editor's draft for an invoice it opens again. The period is kept only when no
    session line decides it (it follows the session lines otherwise)."""
    sessions = any(line.session_id is not None for line in invoice.lines)
    return InvoiceDraft(
        client_id=invoice.client_id,
        lines=tuple(
            LineDraft(
                description=line.description,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                vat_rate_permille=line.vat_rate_permille,
                unit=line.unit,
                session_id=line.session_id,
                credited_line_id=line.credited_line_id,
            )
            for line in invoice.lines
        ),
        payer_id=invoice.payer_id,
        engagement_id=invoice.engagement_id,
        language=invoice.language,
        reference=invoice.reference,
        note=invoice.note,
        payment_qr=invoice.payment_qr,
        reverse_charge=invoice.vat_treatment is VatTreatment.REVERSE_CHARGE,
        period_start=None if sessions else invoice.period_start,
        period_end=None if sessions else invoice.period_end,
    )


def payment_state(
    kind: InvoiceKind,
    status: InvoiceStatus,
    *,
    total_cents: int,
    paid_cents: int,
    credited_cents: int,
    due_date: dt.date | None,
    today: dt.date,
) -> InvoiceState:
    """Where an invoice stands on ``today``."""
    if status is InvoiceStatus.DRAFT:
        return InvoiceState.DRAFT
    if kind is InvoiceKind.CREDIT_NOTE:
        return InvoiceState.CREDIT_NOTE
    balance = total_cents + credited_cents - paid_cents
    if balance < 0:
        return InvoiceState.REFUND_DUE
    if balance == 0:
        return InvoiceState.CREDITED if paid_cents == 0 and credited_cents else InvoiceState.PAID
    if due_date is not None and today > due_date:
        return InvoiceState.OVERDUE
    return InvoiceState.PARTLY_PAID if paid_cents > 0 else InvoiceState.OPEN


def list_totals(rows: list[InvoiceRow]) -> ListTotals:
    issued = [r for r in rows if r.status is InvoiceStatus.ISSUED]
    invoices = [r for r in issued if r.kind is InvoiceKind.INVOICE]
    return ListTotals(
        count=len(issued),
        invoiced_cents=sum(r.total_cents for r in issued),
        paid_cents=sum(r.paid_cents for r in invoices),
        outstanding_cents=sum(max(0, r.balance_cents) for r in invoices),
        overdue_cents=sum(r.balance_cents for r in invoices if r.state is InvoiceState.OVERDUE),
    )
