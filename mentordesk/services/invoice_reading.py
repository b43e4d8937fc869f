"""Reading invoices out of the file into the frozen records (call inside a transaction)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mentordesk.domain.billing import LineUnit
from mentordesk.domain.enums import Language
from mentordesk.domain.names import display_name
from mentordesk.domain.vat import VatTreatment, totals
from mentordesk.errors import NotFoundError
from mentordesk.services.invoice_lines import quantity_from_hundredths
from mentordesk.services.invoice_records import (
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceRow,
    InvoiceStatus,
    Party,
    Payment,
    PaymentMethod,
    Supplier,
    payment_state,
)
from mentordesk.store import money_queries
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Invoice as InvoiceModel
from mentordesk.store.models import InvoiceLine as LineModel
from mentordesk.store.models import Payment as PaymentModel

PARTY_FIELDS = ("name", "attention", "street", "postal_code", "city", "country", "vat_id")
SUPPLIER_FIELDS = (
    "name",
    "trade_name",
    "street",
    "postal_code",
    "city",
    "country",
    "email",
    "phone",
    "website",
    "kvk_number",
    "vat_id",
    "iban",
)


def invoice_row(invoice_id: int) -> Any:
    row = InvoiceModel.get_or_none(id=invoice_id)
    if row is None:
        raise NotFoundError(
            what="Invoice", ident=invoice_id, nl="Factuur {ident} is niet gevonden."
        )
    return row


def party(row: Any) -> Party:
    return Party(**{f: getattr(row, f"to_{f}") for f in PARTY_FIELDS})


def supplier(row: Any) -> Supplier:
    return Supplier(**{f: getattr(row, f"from_{f}") for f in SUPPLIER_FIELDS})


def line_record(row: Any) -> InvoiceLine:
    return InvoiceLine(
        description=row.description,
        quantity=quantity_from_hundredths(row.quantity_hundredths),
        unit_price_cents=row.unit_price_cents,
        vat_rate_permille=row.vat_rate_permille,
        unit=LineUnit(row.unit),
        session_id=row.session_id,
        credited_line_id=row.credited_line_id,
        id=row.id,
        position=row.position,
        net_cents=row.net_cents,
    )


def payment_record(row: Any) -> Payment:
    return Payment(
        date=row.date,
        amount_cents=row.amount_cents,
        method=PaymentMethod(row.method),
        note=row.note,
        id=row.id,
        invoice_id=row.invoice_id,
    )


def client_display(client_id: int) -> str:
    client = ClientModel.get_by_id(client_id)
    return display_name(client.name, client.preferred_name, sensitive=bool(client.sensitive))


def load(invoice_id: int, today: dt.date) -> Invoice:
    """The invoice with its lines, payments, credit notes and state on ``today``."""
    row = invoice_row(invoice_id)
    lines = tuple(
        line_record(r)
        for r in LineModel.select()
        .where(LineModel.invoice == invoice_id)
        .order_by(LineModel.position, LineModel.id)
    )
    payments = tuple(
        payment_record(r)
        for r in PaymentModel.select()
        .where(PaymentModel.invoice == invoice_id)
        .order_by(PaymentModel.date, PaymentModel.id)
    )
    credit_notes = list(
        InvoiceModel.select(InvoiceModel.id, InvoiceModel.status, InvoiceModel.total_cents)
        .where(InvoiceModel.credited_invoice == invoice_id)
        .order_by(InvoiceModel.id)
    )
    credited = sum(n.total_cents for n in credit_notes if n.status == InvoiceStatus.ISSUED)
    original = None
    if row.credited_invoice_id is not None:
        original = InvoiceModel.get_by_id(row.credited_invoice_id).number
    return record(
        row,
        lines,
        payments,
        credited_cents=credited,
        credit_note_ids=tuple(n.id for n in credit_notes),
        credited_number=original,
        client_name=client_display(row.client_id),
        today=today,
    )


def record(
    row: Any,
    lines: tuple[InvoiceLine, ...],
    payments: tuple[Payment, ...],
    *,
    credited_cents: int,
    credit_note_ids: tuple[int, ...],
    credited_number: str | None,
    client_name: str,
    today: dt.date,
) -> Invoice:
    kind, status = InvoiceKind(row.kind), InvoiceStatus(row.status)
    treatment = VatTreatment(row.vat_regime)
    sums = totals(((line.net_cents, line.vat_rate_permille) for line in lines), treatment)
    paid = sum(p.amount_cents for p in payments)
    return Invoice(
        id=row.id,
        kind=kind,
        status=status,
        state=payment_state(
            kind,
            status,
            total_cents=sums.total_cents,
            paid_cents=paid,
            credited_cents=credited_cents,
            due_date=row.due_date,
            today=today,
        ),
        number=row.number,
        client_id=row.client_id,
        client_name=client_name,
        payer_id=row.payer_id,
        engagement_id=row.engagement_id,
        language=Language(row.language),
        issue_date=row.issue_date,
        due_date=row.due_date,
        payment_term_days=row.payment_term_days,
        period_start=row.period_start,
        period_end=row.period_end,
        reference=row.reference,
        about=row.about,
        note=row.note,
        payment_qr=bool(row.payment_qr),
        vat_treatment=treatment,
        vat_note=row.vat_note,
        addressee=party(row),
        supplier=supplier(row),
        lines=lines,
        totals=sums,
        payments=payments,
        paid_cents=paid,
        credited_cents=credited_cents,
        balance_cents=sums.total_cents + credited_cents - paid
        if kind is InvoiceKind.INVOICE and status is InvoiceStatus.ISSUED
        else 0,
        credited_invoice_id=row.credited_invoice_id,
        credited_number=credited_number,
        credit_note_ids=credit_note_ids,
        year=row.year,
        seq=row.seq,
        issued_at=dt.datetime.fromisoformat(row.issued_at) if row.issued_at else None,
        session_ids=tuple(line.session_id for line in lines if line.session_id is not None),
    )


def list_record(row: money_queries.InvoiceListRow, today: dt.date) -> InvoiceRow:
    kind, status = InvoiceKind(row.kind), InvoiceStatus(row.status)
    balance = 0
    if kind is InvoiceKind.INVOICE and status is InvoiceStatus.ISSUED:
        balance = row.total_cents + row.credited_cents - row.paid_cents
    return InvoiceRow(
        id=row.id,
        kind=kind,
        status=status,
        state=payment_state(
            kind,
            status,
            total_cents=row.total_cents,
            paid_cents=row.paid_cents,
            credited_cents=row.credited_cents,
            due_date=row.due_date,
            today=today,
        ),
        number=row.number,
        client_id=row.client_id,
        client_name=display_name(row.client_name, row.preferred_name, sensitive=row.sensitive),
        addressee=row.to_name,
        issue_date=row.issue_date,
        due_date=row.due_date,
        total_cents=row.total_cents,
        paid_cents=row.paid_cents,
        credited_cents=row.credited_cents,
        balance_cents=balance,
        credited_invoice_id=row.credited_invoice_id,
        credited_number=row.credited_number,
        created=row.created,
    )
