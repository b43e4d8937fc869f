"""A small practice with paid, payer-paid, pro bono and free-intake work, for the money tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from mentordesk.domain.enums import EngagementKind, Funding, SessionStatus, VatRegime
from mentordesk.services import demo_content
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, PayerDraft, SessionDraft

DAY = dt.date(2025, 3, 3)  # "today" in these tests: after every session below


@dataclass(frozen=True)
class Books:
    client_id: int
    payer_client_id: int
    payer_id: int
    paid_engagement: int
    payer_engagement: int
    pro_bono_engagement: int
    intake_engagement: int
    paid_sessions: tuple[int, ...]  # 60, 90 and 50 minutes, at 95.00 an hour
    payer_sessions: tuple[int, ...]  # a package of 4 x 125.00
    pro_bono_sessions: tuple[int, ...]
    intake_session: int


def practice(pf: PracticeFile, regime: VatRegime = VatRegime.STANDARD, **changes: object) -> None:
    details = replace(demo_content.PRACTICE, vat_regime=regime, **changes)  # type: ignore[arg-type]
    if regime is VatRegime.EXEMPT and not details.vat_exempt_text:
        details = replace(
            details,
            vat_exempt_text="Vrijgesteld van btw op grond van artikel 11 lid 1 onder o Wet OB.",
        )
    pf.practice.update(details)


def books(pf: PracticeFile, regime: VatRegime = VatRegime.STANDARD) -> Books:
    practice(pf, regime)
    payer = pf.payers.create(
        PayerDraft(
            name="Tom & Jerry <BV>",
            contact_name="Marloes Verhoef (HR)",
            street="Keizersgracht 455",
            postal_code="1017 DK",
            city="Amsterdam",
            vat_id="NL812345678B01",
            reference="PO 2025-0412",
        )
    )
    client = pf.clients.create(
        ClientDraft(
            name="José García", street="Oudegracht 1", postal_code="3511 AA", city="Utrecht"
        )
    )
    employee = pf.clients.create(
        ClientDraft(
            name="Ülkü Şahin", street="Lange Nieuwstraat 2", postal_code="3512 PA", city="Utrecht"
        )
    )

    def engagement(client_id: int, funding: Funding, **extra: object) -> int:
        draft = EngagementDraft(
            client_id=client_id,
            kind=EngagementKind.CAREER,
            funding=funding,
            start_date=dt.date(2025, 1, 1),
            **extra,  # type: ignore[arg-type]
        )
        return pf.engagements.create(draft).id

    paid = engagement(client.id, Funding.CLIENT_PAID, rate_cents=9500)
    by_payer = engagement(
        employee.id,
        Funding.PAYER_PAID,
        payer_id=payer.id,
        package_price_cents=50000,
        planned_sessions=4,
        payer_reference="PO-77 Şahin",
    )
    pro_bono = engagement(client.id, Funding.PRO_BONO)
    intake = engagement(employee.id, Funding.FREE_INTAKE)

    def held(engagement_id: int, day: int, minutes: int = 60, month: int = 1) -> int:
        draft = SessionDraft(
            engagement_id=engagement_id,
            date=dt.date(2025, month, day),
            duration_minutes=minutes,
            status=SessionStatus.HELD,
            summary="Vertrouwelijk: gesprek over de scheiding",
        )
        return pf.sessions.create(draft).id

    return Books(
        client_id=client.id,
        payer_client_id=employee.id,
        payer_id=payer.id,
        paid_engagement=paid,
        payer_engagement=by_payer,
        pro_bono_engagement=pro_bono,
        intake_engagement=intake,
        paid_sessions=(held(paid, 6), held(paid, 13, 90), held(paid, 20, 50)),
        payer_sessions=(held(by_payer, 7), held(by_payer, 21, 75)),
        pro_bono_sessions=(held(pro_bono, 8, 45), held(pro_bono, 9, 60, month=2)),
        intake_session=held(intake, 3, 45),
    )
