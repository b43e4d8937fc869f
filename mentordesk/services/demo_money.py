"""The demo practice's money: monthly invoices for paid work, payments, a credit note, drafts.

Every engagement of paid work is invoiced per month for its held (and billable missed) sessions,
early in the next month; the current month is left to invoice, and some of last month's
invoices are still drafts. Invoices go to whoever pays (the client, or the employer or
foundation with its reference). The practice used the small-business scheme (KOR) until the
year before last and charges 21 % VAT since; a Belgian employer gets its invoices with the VAT
reverse-charged. Most invoices are paid on time, some in part, some are overdue; one is
credited and replaced by a corrected invoice. The same seed and day give the same rows.

Rows go in through bulk inserts inside the demo's transaction and are issued in number order,
so the schema's triggers (gapless numbers, frozen issued invoices) check them like any other.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from mentordesk.domain import invoice_numbers
from mentordesk.domain.enums import Language
from mentordesk.domain.vat import VatTreatment, totals
from mentordesk.services.invoice_compose import supplier_of
from mentordesk.services.invoice_lines import quantity_hundredths, session_line
from mentordesk.services.records import PracticeDetails
from mentordesk.store import bulk, money_bulk, money_queries
from mentordesk.store.models import Client as ClientModel
from mentordesk.store.models import Payer as PayerModel


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


INVOICE_COLUMNS = _names(
    "id kind client_id payer_id engagement_id credited_invoice_id language payment_term_days "
    "period_start period_end reference about note payment_qr vat_regime vat_note to_name "
    "to_attention to_street to_postal_code to_city to_country to_vat_id from_name "
    "from_trade_name from_street from_postal_code from_city from_country from_email from_phone "
    "from_website from_kvk_number from_vat_id from_iban net_cents vat_cents total_cents "
    "created_at updated_at"
)
LINE_COLUMNS = _names(
    "id invoice_id position description quantity_hundredths unit unit_price_cents "
    "vat_rate_permille net_cents session_id credited_line_id"
)
PAYMENT_COLUMNS = _names("id invoice_id date amount_cents method note created_at")
_REPLACES = {
    Language.NL: "Vervangt factuur {number}, waarop per abuis het oude tarief stond.",
    Language.EN: "Replaces invoice {number}, which showed the old rate by mistake.",
}
_METHODS = (("bank_transfer", 90), ("card", 6), ("cash", 4))
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class MoneyCounts:
    invoices: int  # credit notes included
    payments: int


@dataclass
class _Invoice:
    id: int
    client_id: int
    engagement_id: int
    payer_id: int | None
    issue_date: dt.date
    lines: list[tuple[Any, int]]  # (LineDraft, net)
    treatment: VatTreatment
    total: int = 0
    line_ids: list[int] = field(default_factory=list)
    number: str = ""
    draft: bool = False
    credited: bool = False
    corrected: list[tuple[Any, int]] = field(default_factory=list)  # the right lines


def _stamp(day: dt.date, clock: str) -> str:
    return f"{day.isoformat()}T{clock}:00"


def _weekday_on_or_after(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += DAY
    return day


class _Books:
    """Buffers and counters for the money rows of one demo."""

    def __init__(self, conn: Any, practice: PracticeDetails, today: dt.date) -> None:
        self.conn = conn
        self.practice = practice
        self.today = today
        self.supplier = supplier_of(practice)
        self.ids = {"invoice": 0, "invoice_line": 0, "payment": 0}
        self.seq: dict[int, int] = defaultdict(int)
        self.clients = {r.id: r for r in ClientModel.select()}
        self.payers = {r.id: r for r in PayerModel.select()}
        self.dates: dict[int, dt.date] = {}  # session id -> date
        self.buffers: dict[str, list[Sequence[object]]] = {
            "invoice": [], "invoice_line": [], "invoiced_session": [], "issue": []
        }  # fmt: skip

    def flush(self) -> None:
        """Write the buffered rows: drafts, their lines and claims, then issue in order."""
        rows = self.buffers
        bulk.insert_rows(self.conn, "invoice", INVOICE_COLUMNS, rows["invoice"])
        bulk.insert_rows(self.conn, "invoice_line", LINE_COLUMNS, rows["invoice_line"])
        claim_columns = ("session_id", "line_id")
        bulk.insert_rows(self.conn, "invoiced_session", claim_columns, rows["invoiced_session"])
        money_bulk.issue_rows(self.conn, rows["issue"])
        for buffer in rows.values():
            buffer.clear()

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def party(self, client_id: int, payer_id: int | None) -> dict[str, object]:
        if payer_id is not None:
            p = self.payers[payer_id]
            attention = p.contact_name.split("(")[0].strip()
            values = (p.name, attention, p.street, p.postal_code, p.city, p.country, p.vat_id)
        else:
            c = self.clients[client_id]
            values = (c.name, "", c.street, c.postal_code, c.city, c.country, "")
        names = ("name", "attention", "street", "postal_code", "city", "country", "vat_id")
        return {f"to_{n}": v for n, v in zip(names, values, strict=True)}

    def insert(
        self,
        invoice: _Invoice,
        *,
        kind: str = "invoice",
        credits: int | None = None,
        reference: str = "",
        note: str = "",
    ) -> None:
        """The invoice as a draft, its lines, and (an invoice) its session claims."""
        client = self.clients[invoice.client_id]
        sums = totals(
            ((net, line.vat_rate_permille) for line, net in invoice.lines), invoice.treatment
        )
        invoice.total = sums.total_cents
        dates = [self._session_date(line.session_id) for line, _ in invoice.lines]
        found = [d for d in dates if d is not None] or [invoice.issue_date]
        values: dict[str, object] = {
            "id": invoice.id,
            "kind": kind,
            "client_id": invoice.client_id,
            "payer_id": invoice.payer_id,
            "engagement_id": invoice.engagement_id,
            "credited_invoice_id": credits,
            "language": client.language,
            "payment_term_days": self.practice.payment_term_days,
            "period_start": min(found).isoformat(),
            "period_end": max(found).isoformat(),
            "reference": reference,
            "about": client.name if invoice.payer_id is not None else "",
            "note": note,
            "payment_qr": int(kind == "invoice"),
            "vat_regime": invoice.treatment.value,
            "vat_note": "",
            **self.party(invoice.client_id, invoice.payer_id),
            **{f"from_{k}": v for k, v in vars(self.supplier).items()},
            "net_cents": sums.net_cents,
            "vat_cents": sums.vat_cents,
            "total_cents": sums.total_cents,
            "created_at": _stamp(invoice.issue_date, "16:00"),
            "updated_at": _stamp(invoice.issue_date, "16:05"),
        }
        self.buffers["invoice"].append([values[c] for c in INVOICE_COLUMNS])
        rows, claims = self.buffers["invoice_line"], self.buffers["invoiced_session"]
        for position, (line, net) in enumerate(invoice.lines):
            line_id = self.next_id("invoice_line")
            invoice.line_ids.append(line_id)
            rows.append(
                (
                    line_id,
                    invoice.id,
                    position,
                    line.description,
                    quantity_hundredths(line.quantity),
                    line.unit.value,
                    line.unit_price_cents,
                    line.vat_rate_permille,
                    net,
                    line.session_id,
                    line.credited_line_id,
                )
            )
            if kind == "invoice" and line.session_id is not None:
                claims.append((line.session_id, line_id))

    def issue(self, invoice: _Invoice) -> None:
        year = invoice.issue_date.year
        self.seq[year] += 1
        seq = self.seq[year]
        invoice.number = invoice_numbers.format_number(
            self.practice.invoice_number_pattern, year, seq
        )
        due = invoice.issue_date + dt.timedelta(days=self.practice.payment_term_days)
        stamp = _stamp(invoice.issue_date, "16:10")
        row = (
            invoice.number,
            year,
            seq,
            invoice.issue_date.isoformat(),
            due.isoformat(),
            stamp,
            stamp,
            invoice.id,
        )
        self.buffers["issue"].append(row)

    def _session_date(self, session_id: int | None) -> dt.date | None:
        return None if session_id is None else self.dates.get(session_id)


def add_invoices(conn: Any, practice: PracticeDetails, today: dt.date, seed: int) -> MoneyCounts:
    """Invoice the demo's paid work (call inside the demo's transaction, after the sessions)."""
    rng = random.Random(seed * 7919 + 5)
    books = _Books(conn, practice, today)
    rows = money_queries.billable_sessions(conn, until=today - DAY)
    books.dates = {r.session_id: r.date for r in rows}
    groups: dict[tuple[int, int, int], list[Any]] = defaultdict(list)
    for r in rows:
        groups[(r.date.year, r.date.month, r.engagement_id)].append(r)
    last_month = (today.replace(day=1) - DAY).replace(day=1)
    invoices: list[_Invoice] = []
    drafted = False
    for (year, month, _engagement), sessions in sorted(groups.items()):
        first = sessions[0]
        if (year, month) == (today.year, today.month):
            # some clients who pay themselves get an invoice right after their sessions
            if first.payer_id is not None or rng.random() < 0.5:
                continue
            issue_day = max(sessions[-1].date, today - rng.randint(0, 4) * DAY)
        else:
            month_end = dt.date(year + month // 12, month % 12 + 1, 1)
            issue_day = min(today, _weekday_on_or_after(month_end) + rng.randint(0, 3) * DAY)
        roll = rng.random()
        if (year, month) == (last_month.year, last_month.month):
            if roll < 0.2:  # last month's work, still to invoice
                continue
            if roll < 0.45 or not drafted:
                draft = _new_invoice(books, first, sessions, issue_day)
                draft.draft = drafted = True
                invoices.append(draft)
                continue
        invoices.append(_new_invoice(books, first, sessions, issue_day))
    issued = sorted((i for i in invoices if not i.draft), key=lambda i: (i.issue_date, i.id))
    older = [i for i in issued if i.issue_date < today - dt.timedelta(days=60)]
    credited = {older[len(older) // 3].id} if older else set()
    credited |= {i.id for i in older[::60]} if len(older) > 40 else set()
    for invoice in sorted(invoices, key=lambda i: i.id):
        if invoice.id in credited:  # billed at last year's rate by mistake
            invoice.corrected = invoice.lines
            invoice.lines = [_dearer(line) for line, _net in invoice.lines]
        books.insert(invoice, reference=_reference(books, invoice))
    books.flush()
    # numbers follow the dates: invoices and credit notes are issued in date order
    events = [(i.issue_date, n, i) for n, i in enumerate(issued)]
    heapq.heapify(events)
    order = len(events)
    replacements: list[_Invoice] = []
    while events:
        day, _n, invoice = heapq.heappop(events)
        if invoice.credited:  # the day to credit it (and issue the corrected one) has come
            replacements.append(_credit_and_replace(books, invoice, day))
            continue
        books.issue(invoice)
        if invoice.id in credited:
            invoice.credited = True
            day = min(today, _weekday_on_or_after(invoice.issue_date + rng.randint(3, 12) * DAY))
            order += 1
            heapq.heappush(events, (day, order, invoice))
    books.flush()
    payments = _payments(books, [*issued, *replacements], rng)
    bulk.insert_rows(conn, "payment", PAYMENT_COLUMNS, payments)
    return MoneyCounts(books.ids["invoice"], len(payments))


def _new_invoice(books: _Books, first: Any, sessions: list[Any], issued: dt.date) -> _Invoice:
    client = books.clients[first.client_id]
    language = Language(client.language)
    payer = books.payers.get(first.payer_id) if first.payer_id is not None else None
    if payer is not None and payer.vat_id.startswith("BE"):
        treatment = VatTreatment.REVERSE_CHARGE
    elif issued.year < books.today.year - 1:
        treatment = VatTreatment.KOR
    else:
        treatment = VatTreatment.STANDARD
    from mentordesk.domain.vat import line_net

    lines = []
    for session in sessions:
        line = session_line(session, language, books.practice.default_rate_cents, treatment)
        lines.append((line, line_net(line.quantity, line.unit_price_cents)))
    return _Invoice(
        books.next_id("invoice"),
        first.client_id,
        first.engagement_id,
        first.payer_id,
        issued,
        lines,
        treatment,
    )


def _dearer(line: Any) -> tuple[Any, int]:
    from dataclasses import replace

    from mentordesk.domain.vat import line_net

    dearer = replace(line, unit_price_cents=line.unit_price_cents + 1000)
    return dearer, line_net(dearer.quantity, dearer.unit_price_cents)


def _reference(books: _Books, invoice: _Invoice) -> str:
    if invoice.payer_id is None:
        return ""
    return str(books.payers[invoice.payer_id].reference)


def _credit_and_replace(books: _Books, invoice: _Invoice, day: dt.date) -> _Invoice:
    """Credit ``invoice`` in full on ``day`` and issue a corrected one the same day."""
    from dataclasses import replace

    lines = [
        (replace(line, unit_price_cents=-line.unit_price_cents, credited_line_id=line_id), -net)
        for (line, net), line_id in zip(invoice.lines, invoice.line_ids, strict=True)
    ]
    credit = _Invoice(
        books.next_id("invoice"),
        invoice.client_id,
        invoice.engagement_id,
        invoice.payer_id,
        day,
        lines,
        invoice.treatment,
    )
    reference = _reference(books, invoice)
    books.flush()  # the invoice and those before it are issued first
    books.insert(credit, kind="credit_note", credits=invoice.id, reference=reference)
    books.issue(credit)
    books.flush()
    money_bulk.release_claims(books.conn, invoice.line_ids)
    language = Language(books.clients[invoice.client_id].language)
    fixed = _Invoice(
        books.next_id("invoice"),
        invoice.client_id,
        invoice.engagement_id,
        invoice.payer_id,
        day,
        invoice.corrected,
        invoice.treatment,
    )
    note = _REPLACES[language].format(number=invoice.number)
    books.insert(fixed, reference=reference, note=note)
    books.issue(fixed)
    return fixed


def _payments(
    books: _Books, issued: list[_Invoice], rng: random.Random
) -> list[tuple[object, ...]]:
    """Most invoices paid on time; some in part, some late or not yet; never a credited one."""
    today, term = books.today, books.practice.payment_term_days
    found: list[tuple[object, ...]] = []
    payable = [i for i in issued if not i.credited]
    fresh = [i for i in payable if i.issue_date >= today - 120 * DAY] or payable
    overdue_pick = fresh[0].id if len(payable) > 4 else None
    partly_pick = max(payable, key=lambda i: (i.issue_date, i.id)).id if payable else None
    for invoice in payable:
        roll = rng.random()
        recent = invoice.issue_date >= today - 120 * DAY  # older debts were paid in the end
        if invoice.id == overdue_pick or (recent and roll < 0.04):
            continue  # nothing paid: overdue once past the due date
        if invoice.id == partly_pick or (recent and roll < 0.09):
            half = invoice.total // 200 * 100
            day = min(today, invoice.issue_date + rng.randint(1, term) * DAY)
            if half > 0:
                found.append(_payment(books, invoice, day, half, rng))
            continue
        late = rng.random() < (0.25 if roll < 0.09 else 0.1)
        wait = rng.randint(term + 1, term + 45) if late else rng.randint(2, term)
        day = invoice.issue_date + wait * DAY
        if day < today:
            found.append(_payment(books, invoice, day, invoice.total, rng))
    return found


def _payment(
    books: _Books, invoice: _Invoice, day: dt.date, amount: int, rng: random.Random
) -> tuple[object, ...]:
    method = rng.choices([m for m, _ in _METHODS], [w for _, w in _METHODS])[0]
    return (
        books.next_id("payment"),
        invoice.id,
        day.isoformat(),
        amount,
        method,
        "",
        _stamp(day, "09:40"),
    )
