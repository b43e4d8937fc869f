"""Human-readable, translated labels for the domain's enums, and the date format on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import (
    ClientStatus,
    EngagementKind,
    EngagementStatus,
    Funding,
    GoalStatus,
    LifeArea,
    SessionMode,
    SessionStatus,
)


def client_status(value: ClientStatus) -> str:
    texts = {
        ClientStatus.INTAKE: QCoreApplication.translate("labels", "Intake"),
        ClientStatus.ACTIVE: QCoreApplication.translate("labels", "Active"),
        ClientStatus.PAUSED: QCoreApplication.translate("labels", "Paused"),
        ClientStatus.CLOSED: QCoreApplication.translate("labels", "Closed"),
        ClientStatus.ARCHIVED: QCoreApplication.translate("labels", "Archived"),
    }
    return texts[value]


def engagement_kind(value: EngagementKind | None) -> str:
    if value is None:
        return ""
    texts = {
        EngagementKind.CAREER: QCoreApplication.translate("labels", "Career"),
        EngagementKind.PERSONAL_GROWTH: QCoreApplication.translate("labels", "Personal growth"),
        EngagementKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return texts[value]


def funding(value: Funding | None) -> str:
    if value is None:
        return ""
    texts = {
        Funding.CLIENT_PAID: QCoreApplication.translate("labels", "Paid by client"),
        Funding.PAYER_PAID: QCoreApplication.translate("labels", "Paid by employer"),
        Funding.PRO_BONO: QCoreApplication.translate("labels", "Pro bono"),
        Funding.FREE_INTAKE: QCoreApplication.translate("labels", "Free intake"),
    }
    return texts[value]


def engagement_status(value: EngagementStatus) -> str:
    texts = {
        EngagementStatus.PLANNED: QCoreApplication.translate("labels", "Planned"),
        EngagementStatus.ACTIVE: QCoreApplication.translate("labels", "Active"),
        EngagementStatus.PAUSED: QCoreApplication.translate("labels", "Paused"),
        EngagementStatus.COMPLETED: QCoreApplication.translate("labels", "Completed"),
        EngagementStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
        EngagementStatus.ARCHIVED: QCoreApplication.translate("labels", "Archived"),
    }
    return texts[value]


def goal_status(value: GoalStatus) -> str:
    texts = {
        GoalStatus.OPEN: QCoreApplication.translate("labels", "Open"),
        GoalStatus.IN_PROGRESS: QCoreApplication.translate("labels", "In progress"),
        GoalStatus.ACHIEVED: QCoreApplication.translate("labels", "Achieved"),
        GoalStatus.LET_GO: QCoreApplication.translate("labels", "Let go"),
    }
    return texts[value]


def life_area(value: LifeArea) -> str:
    texts = {
        LifeArea.WORK: QCoreApplication.translate("labels", "Work"),
        LifeArea.RELATIONSHIPS: QCoreApplication.translate("labels", "Relationships"),
        LifeArea.HEALTH: QCoreApplication.translate("labels", "Health"),
        LifeArea.EMOTIONAL: QCoreApplication.translate("labels", "Emotional"),
        LifeArea.COGNITIVE: QCoreApplication.translate("labels", "Cognitive"),
        LifeArea.MEANING: QCoreApplication.translate("labels", "Meaning"),
        LifeArea.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return texts[value]


def session_mode(value: SessionMode) -> str:
    texts = {
        SessionMode.IN_PERSON: QCoreApplication.translate("labels", "In person"),
        SessionMode.VIDEO: QCoreApplication.translate("labels", "Video"),
        SessionMode.PHONE: QCoreApplication.translate("labels", "Phone"),
        SessionMode.WALK: QCoreApplication.translate("labels", "Walk"),
    }
    return texts[value]


def session_status(value: SessionStatus) -> str:
    texts = {
        SessionStatus.PLANNED: QCoreApplication.translate("labels", "Planned"),
        SessionStatus.HELD: QCoreApplication.translate("labels", "Held"),
        SessionStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
        SessionStatus.NO_SHOW: QCoreApplication.translate("labels", "No-show"),
    }
    return texts[value]


def confidentiality(value: Confidentiality) -> str:
    texts = {
        Confidentiality.NORMAL: QCoreApplication.translate("labels", "Normal"),
        Confidentiality.CONFIDENTIAL: QCoreApplication.translate("labels", "Confidential"),
        Confidentiality.PRIVATE: QCoreApplication.translate("labels", "Private"),
    }
    return texts[value]


def date_text(value: dt.date | None) -> str:
    """Dates on screen: ``23-11-2026`` (the Dutch habit, also used in the English interface)."""
    return value.strftime("%d-%m-%Y") if value else ""


def minutes_text(minutes: int) -> str:
    """``45 min``, ``1 h``, ``1 h 30`` (``u`` for hours in Dutch)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("labels", "{minutes} min").format(minutes=rest)
    if not rest:
        return QCoreApplication.translate("labels", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("labels", "{hours} h {minutes:02d}").format(
        hours=hours, minutes=rest
    )
