"""A small practice for the money screens: complete practice details, a client who pays, a
sensitive client who pays, an employee whose employer pays (with a PO number), pro bono work,
and (optionally) invoices in several states on fixed dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding, SessionStatus
from mentordesk.services import demo_content
from mentordesk.services.invoice_records import PaymentDraft
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.payments import PaymentService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, PayerDraft, SessionDraft

# "today" for the invoices page and the reports: fixed, so that the states do not drift
TODAY = dt.date(2026, 6, 15)
LAST_YEAR = TODAY.year - 1
PO = "PO-77 Şahin"


@dataclass(frozen=True)
class World:
    jose: int  # pays himself, 95.00 an hour
    ulku: int  # sensitive, pays herself
    anna: int  # her employer pays
    payer_id: int
    jose_engagement: int
    pro_bono_engagement: int
    billable: tuple[int, ...]  # José's held sessions not on any invoice (60 and 90 min)
    pro_bono_session: int
    invoices: dict[str, int] = field(default_factory=dict)


def make_world(pf: PracticeFile, *, details: dict[str, object] | None = None) -> World:
    pf.practice.update(replace(demo_content.PRACTICE, **(details or {})))  # type: ignore[arg-type]
    payer = pf.payers.create(
        PayerDraft(
            name="Tom & Jerry BV",
            contact_name="Marloes Verhoef",
            street="Keizersgracht 455",
            postal_code="1017 DK",
            city="Amsterdam",
            vat_id="NL812345678B01",
            reference="PO 2025-0412",
        )
    )

    def client(name: str, **extra: object) -> int:
        draft = ClientDraft(
            name=name,
            street="Oudegracht 1",
            postal_code="3511 AA",
            city="Utrecht",
            status=ClientStatus.ACTIVE,
            **extra,  # type: ignore[arg-type]
        )
        return pf.clients.create(draft).id

    jose, ulku, anna = (
        client("José Álvarez"),
        client("Ülkü Şahin", sensitive=True),
        client("Anna de Vries"),
    )

    def engagement(client_id: int, funding: Funding, **extra: object) -> int:
        draft = EngagementDraft(
            client_id=client_id,
            kind=EngagementKind.CAREER,
            funding=funding,
            start_date=dt.date(LAST_YEAR, 1, 1),
            title="Volgende stap",
            **extra,  # type: ignore[arg-type]
        )
        return pf.engagements.create(draft).id

    jose_paid = engagement(jose, Funding.CLIENT_PAID, rate_cents=9500)
    ulku_paid = engagement(ulku, Funding.CLIENT_PAID, rate_cents=9500)
    anna_paid = engagement(
        anna, Funding.PAYER_PAID, payer_id=payer.id, rate_cents=12000, payer_reference=PO
    )
    pro_bono = engagement(jose, Funding.PRO_BONO)

    def held(engagement_id: int, day: dt.date, minutes: int = 60) -> int:
        draft = SessionDraft(
            engagement_id=engagement_id,
            date=day,
            duration_minutes=minutes,
            status=SessionStatus.HELD,
            summary="CANARY what was said stays here",
        )
        return pf.sessions.create(draft).id

    today = dt.date.today()
    billable = (
        held(jose_paid, today - dt.timedelta(days=14)),
        held(jose_paid, today - dt.timedelta(days=7), 90),
    )
    pro_bono_session = held(pro_bono, today - dt.timedelta(days=10), 45)
    held(ulku_paid, today - dt.timedelta(days=12))
    held(anna_paid, today - dt.timedelta(days=5))
    return World(
        jose=jose,
        ulku=ulku,
        anna=anna,
        payer_id=payer.id,
        jose_engagement=jose_paid,
        pro_bono_engagement=pro_bono,
        billable=billable,
        pro_bono_session=pro_bono_session,
    )


def add_invoices(pf: PracticeFile, world: World) -> World:
    """Invoices on fixed dates, seen on ``TODAY``: last year's one paid, this year one overdue,
    one partly paid, one open for the sensitive client, and a draft."""
    invoices = InvoiceService(pf)
    payments = PaymentService(pf)

    def session(engagement_id: int, day: dt.date, minutes: int = 60) -> int:
        draft = SessionDraft(
            engagement_id=engagement_id,
            date=day,
            duration_minutes=minutes,
            status=SessionStatus.HELD,
        )
        return pf.sessions.create(draft).id

    def issued(client_id: int, engagement_id: int, held_on: dt.date, on: dt.date) -> int:
        sid = session(engagement_id, held_on)
        draft = invoices.suggest(client_id, [sid])
        invoice = invoices.create(draft)
        return invoices.issue(invoice.id, on=on, today=TODAY).id

    ulku_engagement = pf.engagements.for_client(world.ulku)[0].id
    paid = issued(
        world.jose, world.jose_engagement, dt.date(LAST_YEAR, 3, 2), dt.date(LAST_YEAR, 3, 9)
    )
    payments.pay_in_full(paid, dt.date(LAST_YEAR, 3, 20), today=TODAY)
    overdue = issued(
        world.jose, world.jose_engagement, dt.date(TODAY.year, 4, 20), dt.date(TODAY.year, 5, 1)
    )
    partly = issued(
        world.jose, world.jose_engagement, dt.date(TODAY.year, 5, 25), dt.date(TODAY.year, 6, 5)
    )
    payments.add(partly, PaymentDraft(dt.date(TODAY.year, 6, 10), 5000), today=TODAY)
    sensitive = issued(
        world.ulku, ulku_engagement, dt.date(TODAY.year, 6, 1), dt.date(TODAY.year, 6, 12)
    )
    draft_session = session(world.jose_engagement, dt.date(TODAY.year, 6, 13))
    draft = invoices.create(invoices.suggest(world.jose, [draft_session])).id
    found = {
        "paid": paid,
        "overdue": overdue,
        "partly": partly,
        "sensitive": sensitive,
        "draft": draft,
    }
    return replace(world, invoices=found)
