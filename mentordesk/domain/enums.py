"""The closed vocabularies of the domain. Values are what the client file stores."""

from __future__ import annotations

from enum import StrEnum


class ClientStatus(StrEnum):
    INTAKE = "intake"
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"
    ARCHIVED = "archived"


class EngagementKind(StrEnum):
    CAREER = "career"
    PERSONAL_GROWTH = "personal_growth"
    OTHER = "other"


class Funding(StrEnum):
    CLIENT_PAID = "client_paid"
    PAYER_PAID = "payer_paid"
    PRO_BONO = "pro_bono"
    FREE_INTAKE = "free_intake"

    @property
    def billable(self) -> bool:
        """Whether sessions under this funding can ever be invoiced."""
        return self in (Funding.CLIENT_PAID, Funding.PAYER_PAID)


class EngagementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    ARCHIVED = "archived"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    LET_GO = "let_go"


class LifeArea(StrEnum):
    WORK = "work"
    RELATIONSHIPS = "relationships"
    HEALTH = "health"
    EMOTIONAL = "emotional"
    COGNITIVE = "cognitive"
    MEANING = "meaning"
    OTHER = "other"


class SessionMode(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    WALK = "walk"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Language(StrEnum):
    NL = "nl"
    EN = "en"


class VatRegime(StrEnum):
    STANDARD = "standard"
    KOR = "kor"
    EXEMPT = "exempt"


class PayerKind(StrEnum):
    EMPLOYER = "employer"
    ORGANISATION = "organisation"
    FOUNDATION = "foundation"
    OTHER = "other"
