"""Gathering what a document prints, and deciding what may leave the practice.

Every piece of session text passes ``shown``, which asks the one domain rule
(``domain.confidentiality.render`` with ``Output.DOCUMENT``): normal text is included,
confidential text only when the mentor ticked that item for this document, private working
notes never. The document records (``documents.model``) have no field for private notes at all.
Goals and their action items carry no level of their own and count as normal, except an action
agreed at a session: it shares that session's level.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mentordesk.documents import letter_texts
from mentordesk.documents.model import (
    Appointment,
    GoalBlock,
    LetterContent,
    PracticeBlock,
    ScorePoint,
    SessionBlock,
    SummaryContent,
)
from mentordesk.domain import confidentiality
from mentordesk.domain.confidentiality import Confidentiality, Output, Visibility
from mentordesk.domain.enums import EngagementStatus, Language, SessionStatus
from mentordesk.errors import ValidationError
from mentordesk.services.consents import RecipientKind
from mentordesk.services.recipients import Addressed, Recipient, address, first_name
from mentordesk.services.records import Client, Engagement, Goal, Session

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

DEFAULT_SESSIONS = 3  # the newest held sessions a letter offers ticked


def shown(text: str, level: Confidentiality, *, ticked: bool = False) -> str | None:
    """``text`` when it may go into this document, else None (the domain rule decides)."""
    return confidentiality.render(text, level, Output.DOCUMENT, ticked=ticked)


def may_show(level: Confidentiality, *, ticked: bool = False) -> bool:
    return confidentiality.visibility(level, Output.DOCUMENT, ticked=ticked) is Visibility.SHOW


@dataclass(frozen=True)
class LetterRequest:
    """What the composer (or the command line) asks for. ``None`` texts get the default for
    the language and recipient; ``None`` goal or session ids the default choice. A confidential
    session is included only when its id is in ``include_confidential`` (ticking it chooses
    it); a private session never."""

    client_id: int
    recipient: Recipient = field(default_factory=Recipient)
    language: Language | None = None  # None: the client's language
    goal_ids: tuple[int, ...] | None = None
    session_ids: tuple[int, ...] | None = None
    include_confidential: frozenset[int] = frozenset()
    subject: str | None = None
    salutation: str | None = None
    intro: str | None = None
    next_steps: str | None = None
    closing: str | None = None
    date: dt.date | None = None  # None: today


@dataclass(frozen=True)
class IncludedItems:
    """What went into a document, for the document log."""

    goal_ids: tuple[int, ...] = ()
    session_ids: tuple[int, ...] = ()
    confidential_ids: tuple[int, ...] = ()  # the confidential sessions the mentor ticked


@dataclass(frozen=True)
class LetterTexts:
    """The editable texts of a letter."""

    subject: str
    salutation: str
    intro: str
    next_steps: str
    closing: str


def practice_block(pf: PracticeFile) -> PracticeBlock:
    details = pf.practice.get()
    return PracticeBlock(
        **{
            f: getattr(details, f)
            for f in PracticeBlock.__dataclass_fields__
            if f not in ("logo", "signature")
        },
        logo=pf.practice.get_logo(),
        signature=pf.practice.get_signature(),
    )


def current_engagement(engagements: Sequence[Engagement]) -> Engagement | None:
    """An active engagement first, else the latest started (``engagements`` newest first)."""
    active = [e for e in engagements if e.status is EngagementStatus.ACTIVE]
    chosen = active or list(engagements)
    return chosen[0] if chosen else None


def default_goal_ids(goals: Sequence[Goal], current: Engagement | None) -> tuple[int, ...]:
    live = [g for g in goals if not g.archived]
    mine = [g for g in live if current is not None and g.engagement_id == current.id]
    return tuple(g.id for g in (mine or live))


def default_session_ids(
    sessions: Sequence[Session], current: Engagement | None, *, to_client: bool = True
) -> tuple[int, ...]:
    """The newest held normal sessions of the current engagement (``sessions`` newest first).

    A letter to a payer or referrer starts with none: what was said in sessions goes to a
    third party only when the mentor chooses it.
    """
    if not to_client:
        return ()
    held = [
        s
        for s in sessions
        if s.status is SessionStatus.HELD
        and s.confidentiality is Confidentiality.NORMAL
        and (current is None or s.engagement_id == current.id)
    ]
    return tuple(s.id for s in held[:DEFAULT_SESSIONS])


def _chosen(
    ids: Iterable[int], known: dict[int, object], what: tuple[str, str], client: Client
) -> list[int]:
    chosen = list(dict.fromkeys(ids))
    for ident in chosen:
        if ident not in known:
            raise ValidationError(
                f"{what[0].lower()}_ids",
                "{what} {ident} is not one of {client}'s.",
                "{what_nl} {ident} hoort niet bij {client}.",
                what=what[0],
                what_nl=what[1],
                ident=ident,
                client=client.display_name,
            )
    return chosen


def goal_block(goal: Goal) -> GoalBlock:
    return GoalBlock(
        title=shown(goal.title, Confidentiality.NORMAL) or "",
        status=goal.status,
        description=shown(goal.description, Confidentiality.NORMAL) or "",
        target_date=goal.target_date,
        scores=tuple(ScorePoint(s.date, s.score) for s in goal.scores),
    )


def session_block(session: Session, *, ticked: bool) -> SessionBlock:
    """The session's facts and, where the rule allows, its texts ("" where left out)."""
    level = session.confidentiality
    return SessionBlock(
        date=session.date,
        start_time=session.start_time,
        duration_minutes=session.duration_minutes,
        mode=session.mode,
        topics=shown(session.topics, level, ticked=ticked) or "",
        summary=shown(session.summary, level, ticked=ticked) or "",
        agreed_actions=shown(session.agreed_actions, level, ticked=ticked) or "",
    )


def next_planned(
    sessions: Iterable[Session], after: dt.datetime, engagement_id: int | None = None
) -> Session | None:
    """The first planned session after ``after`` (of one engagement, if given)."""
    planned = [
        s
        for s in sessions
        if s.status is SessionStatus.PLANNED
        and (engagement_id is None or s.engagement_id == engagement_id)
        and dt.datetime.combine(s.date, s.start_time or dt.time(23, 59)) > after
    ]
    return min(planned, key=lambda s: (s.date, s.start_time or dt.time(23, 59)), default=None)


def letter_content(
    pf: PracticeFile, request: LetterRequest
) -> tuple[LetterContent, IncludedItems, Addressed]:
    """Everything the letter prints, with the recipient checked and confidentiality applied."""
    client = pf.clients.get(request.client_id)
    language = request.language or client.language
    addressed = address(pf, client, request.recipient, language)
    goals = [g for gs in pf.goals.for_client(client.id, include_archived=True).values() for g in gs]
    sessions = pf.sessions.for_client(client.id)  # newest first
    current = current_engagement(pf.engagements.for_client(client.id))
    goals_by_id: dict[int, object] = {g.id: g for g in goals}
    sessions_by_id: dict[int, Session] = {s.id: s for s in sessions}
    goal_ids = _chosen(
        default_goal_ids(goals, current) if request.goal_ids is None else request.goal_ids,
        goals_by_id,
        ("Goal", "Doel"),
        client,
    )
    to_client = addressed.recipient.kind is RecipientKind.CLIENT
    wanted = (
        default_session_ids(sessions, current, to_client=to_client)
        if request.session_ids is None
        else request.session_ids
    )
    session_ids = _chosen(
        [*wanted, *sorted(request.include_confidential)],
        dict(sessions_by_id),
        ("Session", "Sessie"),
        client,
    )
    blocks: list[tuple[Session, SessionBlock]] = []
    for ident in session_ids:
        session = sessions_by_id[ident]
        ticked = ident in request.include_confidential
        if may_show(session.confidentiality, ticked=ticked):
            blocks.append((session, session_block(session, ticked=ticked)))
    blocks.sort(key=lambda pair: (pair[0].date, pair[0].start_time or dt.time()))
    chosen_goals = [g for g in goals if g.id in goal_ids]
    chosen_goals.sort(key=lambda g: goal_ids.index(g.id))
    ticked_ok = frozenset(
        s.id for s, _ in blocks if s.confidentiality is Confidentiality.CONFIDENTIAL
    )
    defaults = default_texts(
        client,
        addressed=addressed,
        language=language,
        goals=chosen_goals,
        sessions=sessions,
        ticked=ticked_ok,
    )
    practice = practice_block(pf)
    content = LetterContent(
        language=language,
        practice=practice,
        addressee=addressed.lines,
        place=practice.city,
        date=request.date or dt.date.today(),
        subject=defaults.subject if request.subject is None else request.subject,
        salutation=defaults.salutation if request.salutation is None else request.salutation,
        intro=defaults.intro if request.intro is None else request.intro,
        next_steps=defaults.next_steps if request.next_steps is None else request.next_steps,
        closing=defaults.closing if request.closing is None else request.closing,
        about=client.name,
        reference=addressed.reference,
        goals=tuple(goal_block(g) for g in chosen_goals),
        sessions=tuple(block for _, block in blocks),
        signer=practice.name,
    )
    included = IncludedItems(
        goal_ids=tuple(g.id for g in chosen_goals),
        session_ids=tuple(s.id for s, _ in blocks),
        confidential_ids=tuple(sorted(ticked_ok)),
    )
    return content, included, addressed


def default_texts(
    client: Client,
    *,
    addressed: Addressed,
    language: Language,
    goals: Sequence[Goal],
    sessions: Sequence[Session],
    ticked: frozenset[int] = frozenset(),
) -> LetterTexts:
    """The starting texts of a letter; open actions of ``goals`` become the next steps (an
    action agreed at a session only when that session may be shown)."""
    to_client = addressed.recipient.kind is RecipientKind.CLIENT
    levels = {s.id: s.confidentiality for s in sessions}
    actions = []
    for goal in goals:
        for action in goal.actions:
            level = levels.get(action.session_id or 0, Confidentiality.NORMAL)
            text = shown(action.text, level, ticked=action.session_id in ticked)
            if not action.done and text:
                actions.append((text, action.due_date))
    upcoming = next_planned(sessions, dt.datetime.now())
    when = (upcoming.date, upcoming.start_time) if upcoming is not None else None
    name = client.name if not to_client else first_name(client)
    return LetterTexts(
        subject=letter_texts.subject(language, client.name, to_client=to_client),
        salutation=letter_texts.salutation(language, addressed.greet),
        intro=letter_texts.intro(language, name, to_client=to_client),
        next_steps=letter_texts.next_steps(language, actions, when, to_client=to_client),
        closing=letter_texts.closing(language, name, to_client=to_client),
    )


def summary_content(
    pf: PracticeFile, session_id: int, *, include_confidential: bool, language: Language | None
) -> tuple[SummaryContent, IncludedItems, Client]:
    """One session for its summary; texts left out where the rule says so."""
    session = pf.sessions.get(session_id)
    client = pf.clients.get(session.client_id)
    ticked = include_confidential and session.confidentiality is Confidentiality.CONFIDENTIAL
    after = dt.datetime.combine(session.date, session.start_time or dt.time(23, 59))
    upcoming = next_planned(pf.sessions.for_client(client.id), after, session.engagement_id)
    content = SummaryContent(
        language=language or client.language,
        practice=practice_block(pf),
        client_name=client.name,
        session=session_block(session, ticked=include_confidential),
        next_appointment=(
            Appointment(upcoming.date, upcoming.start_time, upcoming.mode) if upcoming else None
        ),
    )
    included = IncludedItems(
        session_ids=(session.id,), confidential_ids=(session.id,) if ticked else ()
    )
    return content, included, client
