"""Translated words and small formats of the money screens: invoice states, payment methods,
line units, VAT rates and quantities in the interface locale, and reading typed amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from mentordesk.domain.billing import LineUnit
from mentordesk.domain.money import parse_amount
from mentordesk.domain.vat import rate_text
from mentordesk.errors import ValidationError
from mentordesk.services.invoice_records import (
    InvoiceKind,
    InvoiceRow,
    InvoiceState,
    PaymentMethod,
)

# the tone of each state's chip and row (see ``client_sections.TONES``)
STATE_TONES = {
    InvoiceState.DRAFT: "neutral",
    InvoiceState.OPEN: "info",
    InvoiceState.PARTLY_PAID: "warn",
    InvoiceState.OVERDUE: "alert",
    InvoiceState.PAID: "good",
    InvoiceState.CREDITED: "neutral",
    InvoiceState.REFUND_DUE: "warn",
    InvoiceState.CREDIT_NOTE: "gift",
}
TO_BE_PAID = (InvoiceState.OPEN, InvoiceState.PARTLY_PAID, InvoiceState.OVERDUE)


def state_text(state: InvoiceState) -> str:
    texts = {
        InvoiceState.DRAFT: QCoreApplication.translate("MoneyLabels", "Draft"),
        InvoiceState.OPEN: QCoreApplication.translate("MoneyLabels", "Open"),
        InvoiceState.PARTLY_PAID: QCoreApplication.translate("MoneyLabels", "Partly paid"),
        InvoiceState.OVERDUE: QCoreApplication.translate("MoneyLabels", "Overdue"),
        InvoiceState.PAID: QCoreApplication.translate("MoneyLabels", "Paid"),
        InvoiceState.CREDITED: QCoreApplication.translate("MoneyLabels", "Credited"),
        InvoiceState.REFUND_DUE: QCoreApplication.translate("MoneyLabels", "Refund due"),
        InvoiceState.CREDIT_NOTE: QCoreApplication.translate("MoneyLabels", "Credit note"),
    }
    return texts[state]


def row_state_text(row: InvoiceRow, today: dt.date) -> str:
    """``Overdue · 12 days`` for an overdue invoice, else the state."""
    days = row.days_overdue(today)
    if days:
        return QCoreApplication.translate("MoneyLabels", "Overdue · {days} days").format(days=days)
    return state_text(row.state)


def kind_text(kind: InvoiceKind) -> str:
    return (
        QCoreApplication.translate("MoneyLabels", "Invoice")
        if kind is InvoiceKind.INVOICE
        else QCoreApplication.translate("MoneyLabels", "Credit note")
    )


def method_text(method: PaymentMethod) -> str:
    texts = {
        PaymentMethod.BANK_TRANSFER: QCoreApplication.translate("MoneyLabels", "Bank transfer"),
        PaymentMethod.CASH: QCoreApplication.translate("MoneyLabels", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("MoneyLabels", "Card"),
        PaymentMethod.OTHER: QCoreApplication.translate("MoneyLabels", "Other"),
    }
    return texts[method]


def unit_text(unit: LineUnit) -> str:
    texts = {
        LineUnit.HOUR: QCoreApplication.translate("MoneyLabels", "hour"),
        LineUnit.SESSION: QCoreApplication.translate("MoneyLabels", "session"),
        LineUnit.ITEM: QCoreApplication.translate("MoneyLabels", "item"),
    }
    return texts[unit]


def vat_rate_text(rate_permille: int) -> str:
    """``21%`` / ``5,5%`` in the interface locale."""
    return rate_text(rate_permille, QLocale().decimalPoint())


def quantity_text(quantity: Decimal) -> str:
    """``1,5`` / ``1.5``: at most two decimals, no trailing zeros."""
    text = format(quantity.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def number_text(row_number: str | None) -> str:
    """The invoice number, or "draft" while it has none."""
    return row_number or QCoreApplication.translate("MoneyLabels", "(draft)")


def parse_quantity(text: str, field: str, line: int) -> Decimal:
    """A typed quantity (``1``, ``1,5``, ``0.75``) as a Decimal; the service checks the range."""
    cleaned = text.strip().replace("\xa0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not cleaned or not value.is_finite():
        raise ValidationError(
            field,
            "The quantity of line {n}, '{value}', is not a number.",
            "Het aantal van regel {n}, '{value}', is geen getal.",
            n=line,
            value=text.strip(),
        )
    return value


def parse_signed_amount(text: str, field: str) -> int:
    """An amount in cents; a leading minus makes it negative (a discount, a credit)."""
    shown = text.strip()
    negative = shown[:1] in ("-", "\u2212", "\u2013")
    cents = parse_amount(shown[1:] if negative else shown, field)
    return -cents if negative else cents
