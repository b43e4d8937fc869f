"""Human-readable, translated labels for the domain's enums, and the date format on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

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
    """A date in the interface locale's short form: ``23-11-2026`` in Dutch, ``23/11/2026``
    in English (Irish English: day first, euro)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), _short_date_format())


def _short_date_format() -> str:
    # Qt's short formats differ per locale ("d/MM/yyyy" in Flemish); always two-digit day.
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if fmt.startswith("dd") else "d" + fmt


def long_date_text(value: dt.date) -> str:
    """``dinsdag 3 november 2026`` / ``Tuesday 3 November 2026``."""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )


def weekday_text(value: dt.date) -> str:
    """``di 3 nov`` / ``Tue 3 Nov``: a day heading in the agenda."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM")


def time_text(value: dt.time | None) -> str:
    """``09:05`` in both languages."""
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def money_text(cents: int) -> str:
    """An amount in whole cents as the locale writes euros: ``€ 1.234,56`` / ``€1,234.56``.

    Built from integers (no float on the way); only the layout comes from ``QLocale``.
    """
    locale = QLocale()
    euros, rest = divmod(abs(int(cents)), 100)
    number = f"{locale.toString(euros)}{locale.decimalPoint()}{rest:02d}"
    one = locale.toString(1.0, "f", 2)
    template = locale.toCurrencyString(1.0, "€", 2)
    text = template.replace(one, number, 1) if one in template else f"€ {number}"
    return f"-{text}" if cents < 0 else text


def hours_text(minutes: int) -> str:
    """Hours with one decimal in the locale: ``12,5 u`` / ``12.5 h``."""
    value = QLocale().toString(minutes / 60, "f", 1)
    return QCoreApplication.translate("labels", "{hours} h").format(hours=value)


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
