"""The plain, frozen records that services hand to the front ends."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import (
    ClientStatus,
    EngagementKind,
    EngagementStatus,
    Funding,
    GoalStatus,
    Language,
    LifeArea,
    PayerKind,
    SessionMode,
    SessionStatus,
    VatRegime,
)


@dataclass(frozen=True)
class PracticeDetails:
    name: str = ""
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
    default_rate_cents: int = 0
    vat_regime: VatRegime = VatRegime.STANDARD
    vat_exempt_text: str = ""
    payment_term_days: int = 14
    invoice_number_pattern: str = "{year}-{seq:04d}"
    default_language: Language = Language.NL


@dataclass(frozen=True)
class PayerDraft:
    name: str
    kind: PayerKind = PayerKind.EMPLOYER
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    vat_id: str = ""
    reference: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Payer(PayerDraft):
    id: int = 0
    archived: bool = False


@dataclass(frozen=True)
class ClientDraft:
    name: str
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    language: Language = Language.NL
    referral_source: str = ""
    status: ClientStatus = ClientStatus.INTAKE
    consent_date: dt.date | None = None
    consent_scope: str = ""
    sensitive: bool = False
    tags: tuple[str, ...] = ()
    notes: str = ""
    payer_id: int | None = None


@dataclass(frozen=True)
class Client(ClientDraft):
    id: int = 0
    display_name: str = ""


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list."""

    id: int
    name: str
    display_name: str  # initials for a sensitive client
    status: ClientStatus
    sensitive: bool
    tags: tuple[str, ...]
    engagement_kind: EngagementKind | None
    funding: Funding | None
    last_session: dt.date | None
    next_session: dt.date | None


@dataclass(frozen=True)
class EngagementDraft:
    client_id: int
    kind: EngagementKind
    funding: Funding
    start_date: dt.date
    title: str = ""
    payer_id: int | None = None
    rate_cents: int | None = None
    package_price_cents: int | None = None
    planned_sessions: int | None = None
    cadence_weeks: int | None = None
    end_date: dt.date | None = None
    status: EngagementStatus = EngagementStatus.ACTIVE
    agreement_date: dt.date | None = None
    payer_reference: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Engagement(EngagementDraft):
    id: int = 0
    sessions_held: int = 0


@dataclass(frozen=True)
class GoalDraft:
    engagement_id: int
    title: str
    description: str = ""
    life_area: LifeArea = LifeArea.WORK
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.OPEN


@dataclass(frozen=True)
class Score:
    id: int
    goal_id: int
    date: dt.date
    score: int
    session_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ActionItem:
    id: int
    goal_id: int
    text: str
    due_date: dt.date | None = None
    done: bool = False
    session_id: int | None = None


@dataclass(frozen=True)
class Goal(GoalDraft):
    id: int = 0
    archived: bool = False
    scores: tuple[Score, ...] = field(default_factory=tuple)
    actions: tuple[ActionItem, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SessionDraft:
    engagement_id: int
    date: dt.date
    start_time: dt.time | None = None
    duration_minutes: int = 60
    mode: SessionMode = SessionMode.IN_PERSON
    place: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    billable: bool = True
    topics: str = ""
    summary: str = ""
    private_notes: str = ""
    agreed_actions: str = ""
    confidentiality: Confidentiality = Confidentiality.NORMAL


@dataclass(frozen=True)
class Session(SessionDraft):
    id: int = 0
    client_id: int = 0


@dataclass(frozen=True)
class FileInfo:
    path: str
    schema_version: int
    counts: dict[str, int]
    cipher: dict[str, str]
    size_bytes: int
