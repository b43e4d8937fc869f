"""What a document prints: plain frozen records, already filtered for confidentiality.

The services fill these (``services/document_content.py`` decides, through the domain rule,
which text may leave the practice); the builders only lay them out. Text fields hold the
mentor's raw text; the builders escape it (``markup``). Nothing here imports reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.domain.enums import GoalStatus, Language, SessionMode


@dataclass(frozen=True)
class PracticeBlock:
    """The letterhead, the footer and the signature."""

    name: str
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
    logo: bytes | None = None  # PNG or JPEG
    signature: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class ScorePoint:
    date: dt.date
    score: int  # 0-10


@dataclass(frozen=True)
class GoalBlock:
    title: str
    status: GoalStatus
    description: str = ""
    target_date: dt.date | None = None
    scores: tuple[ScorePoint, ...] = ()  # oldest first

    @property
    def last_score(self) -> ScorePoint | None:
        return self.scores[-1] if self.scores else None


@dataclass(frozen=True)
class SessionBlock:
    """One session's facts and the texts that may be shown ("" where left out)."""

    date: dt.date
    start_time: dt.time | None
    duration_minutes: int
    mode: SessionMode
    topics: str = ""
    summary: str = ""
    agreed_actions: str = ""

    @property
    def has_text(self) -> bool:
        return bool(self.topics or self.summary or self.agreed_actions)


@dataclass(frozen=True)
class Appointment:
    date: dt.date
    start_time: dt.time | None
    mode: SessionMode


@dataclass(frozen=True)
class LetterContent:
    language: Language
    practice: PracticeBlock
    addressee: tuple[str, ...]  # name, for the attention of, street, postal code and city, ...
    place: str
    date: dt.date
    subject: str
    salutation: str
    intro: str
    closing: str
    about: str  # the client's name, for the running header of later pages
    reference: str = ""  # the recipient's reference (a payer's PO number)
    goals: tuple[GoalBlock, ...] = ()
    sessions: tuple[SessionBlock, ...] = ()
    next_steps: str = ""
    signer: str = ""  # the name under the signature


@dataclass(frozen=True)
class SummaryContent:
    language: Language
    practice: PracticeBlock
    client_name: str
    session: SessionBlock
    next_appointment: Appointment | None = None
