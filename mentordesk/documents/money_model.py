"""What the money documents print: invoices and credit notes, payment reminders, pro bono
statements and the year overview. Plain frozen records filled by the services; text fields hold
raw user text (the builders escape it). Nothing here imports reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from mentordesk.documents.model import PracticeBlock
from mentordesk.domain.billing import LineUnit
from mentordesk.domain.enums import Funding, Language
from mentordesk.domain.vat import RateTotal, VatTreatment


@dataclass(frozen=True)
class LineBlock:
    description: str
    quantity: Decimal
    unit: LineUnit
    unit_price_cents: int
    rate_permille: int
    net_cents: int


@dataclass(frozen=True)
class InvoiceContent:
    """An invoice or credit note as issued (or a draft, for the preview)."""

    language: Language
    practice: PracticeBlock  # the supplier as frozen on the invoice (and today's logo)
    credit_note: bool
    draft: bool
    number: str  # "" for a draft
    issue_date: dt.date  # a draft: the day of the preview
    due_date: dt.date
    payment_term_days: int
    period_start: dt.date
    period_end: dt.date
    addressee: tuple[str, ...]  # name, t.a.v., street, postal code and town, country
    customer_vat_id: str
    reference: str  # the customer's reference / PO number
    about: str  # whom the work was for, when a payer pays
    lines: tuple[LineBlock, ...]
    per_rate: tuple[RateTotal, ...]
    net_cents: int
    vat_cents: int
    total_cents: int
    treatment: VatTreatment
    vat_note: str  # the practice's exemption text (exempt treatment)
    iban: str
    credited_number: str = ""  # a credit note: the invoice it corrects
    credited_date: dt.date | None = None
    note: str = ""
    qr_payload: str = ""  # the EPC QR text; "" for none


@dataclass(frozen=True)
class ReminderContent:
    """A payment reminder (herinnering) about one invoice."""

    language: Language
    practice: PracticeBlock
    addressee: tuple[str, ...]
    reference: str
    date: dt.date
    number: str
    issue_date: dt.date
    due_date: dt.date
    total_cents: int
    paid_cents: int
    credited_cents: int  # negative: what credit notes took off
    open_cents: int
    iban: str
    reminder: int  # 1: the first reminder, 2: the second, ...
    pay_within_days: int
    signer: str
    salutation: str = ""  # "" for the formal greeting
    about: str = ""
    qr_payload: str = ""


@dataclass(frozen=True)
class ProBonoLine:
    date: dt.date
    client: str  # the client's label (name when listed, else "Cliënt 7"); "" for one client
    funding: Funding  # PRO_BONO or FREE_INTAKE
    minutes: int
    value_cents: int


@dataclass(frozen=True)
class ProBonoContent:
    """A statement of unpaid work: for one client, or for the practice over a year."""

    language: Language
    practice: PracticeBlock
    date: dt.date
    start: dt.date
    end: dt.date
    rate_cents: int  # the standard hourly rate (excl. VAT)
    lines: tuple[ProBonoLine, ...]
    client_name: str = ""  # set for one client's statement
    addressee: tuple[str, ...] = ()  # one client's statement is addressed to them
    year: int | None = None
    signer: str = ""


@dataclass(frozen=True)
class MonthRow:
    month: int
    revenue_cents: int
    vat_cents: int
    received_cents: int
    paid_minutes: int
    paid_sessions: int
    pro_bono_minutes: int
    pro_bono_sessions: int
    pro_bono_value_cents: int


@dataclass(frozen=True)
class QuarterRow:
    quarter: int
    high_net_cents: int
    high_vat_cents: int
    low_net_cents: int
    low_vat_cents: int
    other_net_cents: int
    other_vat_cents: int
    reverse_charge_net_cents: int
    untaxed_net_cents: int


@dataclass(frozen=True)
class OpenRow:
    number: str
    addressee: str
    issue_date: dt.date
    due_date: dt.date
    total_cents: int
    open_cents: int
    days_overdue: int


@dataclass(frozen=True)
class OverviewContent:
    language: Language
    practice: PracticeBlock
    year: int
    as_of: dt.date
    made_on: dt.date
    rate_cents: int
    months: tuple[MonthRow, ...]
    quarters: tuple[QuarterRow, ...]
    outstanding: tuple[OpenRow, ...]
    treatments: tuple[VatTreatment, ...]
