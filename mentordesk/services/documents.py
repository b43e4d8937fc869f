"""Documents that leave the practice: progress letters and session summaries, and their log.

The way a front end uses it (the composer, the session editor's "print summary", the CLI):

1. ``DocumentService(pf).letter_choices(client_id)``: goals, sessions (with their level) and
   recipients (with their consent) to offer; ``letter_texts(...)`` the default texts.
2. ``prepare_letter(LetterRequest(...))`` / ``prepare_summary(session_id, ...)``: reads the file
   (on the interface thread), checks consent, applies the confidentiality rule. Refusals come
   here, as ``UserError``s (``ConsentMissingError``, ``ValidationError``).
3. ``render(prepared)``: the PDF bytes and their SHA-256. Pure: no database, safe on a worker
   thread. reportlab is imported only now.
4. ``save(rendered, path)`` writes the file atomically and logs it; ``record_printed(rendered,
   printer)`` logs a print (call it when the print dialog is accepted, before printing, and do
   not print if it raises). Each writes a ``document_log`` row and an audit event.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.documents.model import LetterContent, SummaryContent
from mentordesk.documents.pdf_output import DocumentWriteError
from mentordesk.documents.wording import word
from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import GoalStatus, Language, SessionMode, SessionStatus
from mentordesk.domain.names import initials
from mentordesk.services import document_content as gather
from mentordesk.services import document_log
from mentordesk.services.consents import (
    Consent,
    ConsentMissingError,
    ConsentService,
    RecipientKind,
    consent_missing,
)
from mentordesk.services.document_content import IncludedItems, LetterRequest, LetterTexts
from mentordesk.services.document_log import (
    Channel,
    DocumentKind,
    DocumentLogEntry,
    LoggedDocument,
)
from mentordesk.services.recipients import Recipient

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

__all__ = [
    "Channel",
    "ConsentMissingError",
    "DocumentKind",
    "DocumentLogEntry",
    "DocumentService",
    "DocumentWriteError",
    "GoalChoice",
    "IncludedItems",
    "LetterChoices",
    "LetterRequest",
    "LetterTexts",
    "PreparedDocument",
    "Recipient",
    "RecipientKind",
    "RecipientOption",
    "RenderedDocument",
    "SessionChoice",
    "render",
]


@dataclass(frozen=True)
class PreparedDocument:
    """A document's content, checked and filtered, ready to render."""

    kind: DocumentKind
    client_id: int
    language: Language
    recipient: Recipient  # resolved: a payer letter names its payer, a party its consent
    recipient_name: str
    included: IncludedItems
    suggested_name: str  # a file name, e.g. "Voortgangsbrief José García 2026-11-23.pdf"
    content: LetterContent | SummaryContent


@dataclass(frozen=True)
class RenderedDocument:
    prepared: PreparedDocument
    pdf: bytes
    sha256: str  # of ``pdf``


@dataclass(frozen=True)
class GoalChoice:
    id: int
    engagement_id: int
    engagement_title: str
    title: str
    status: GoalStatus
    archived: bool
    last_score: int | None
    chosen: bool  # ticked by default


@dataclass(frozen=True)
class SessionChoice:
    """A held session to offer. ``topics``/``summary`` are the raw texts: mask them on screen
    by ``level`` like any other. Private sessions are not ``selectable``; confidential ones
    are never ``chosen`` by default."""

    id: int
    engagement_id: int
    date: dt.date
    start_time: dt.time | None
    mode: SessionMode
    level: Confidentiality
    topics: str
    summary: str
    selectable: bool
    chosen: bool  # ticked by default in a letter to the client; a third party starts with none


@dataclass(frozen=True)
class RecipientOption:
    recipient: Recipient
    name: str
    consent: Consent | None  # the consent in force (None for the client, or when missing)
    refusal: ConsentMissingError | None  # why a letter to them is refused; None when allowed

    @property
    def allowed(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class LetterChoices:
    client_id: int
    client_name: str
    language: Language  # the client's
    goals: tuple[GoalChoice, ...]
    sessions: tuple[SessionChoice, ...]  # newest first
    recipients: tuple[RecipientOption, ...]  # the client first


_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def suggested_name(kind: DocumentKind, language: Language, who: str, day: dt.date) -> str:
    """A file name that is valid on Windows, macOS and Linux."""
    title = word(kind.value, language)
    name = " ".join(_UNSAFE_IN_NAMES.sub(" ", f"{title} {who} {day.isoformat()}").split())
    return f"{name[:150].strip(' .')}.pdf"


def render(prepared: PreparedDocument) -> RenderedDocument:
    """Build the PDF. No database access: safe to run on a worker thread."""
    from mentordesk.documents import pdf_output

    content = prepared.content
    if isinstance(content, LetterContent):
        from mentordesk.documents import progress_letter

        pdf = progress_letter.build(content)
    else:
        from mentordesk.documents import session_summary

        pdf = session_summary.build(content)
    return RenderedDocument(prepared, pdf, pdf_output.sha256_hex(pdf))


class DocumentService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    # -- what to offer ------------------------------------------------------------------------
    def letter_choices(self, client_id: int) -> LetterChoices:
        pf = self._pf
        client = pf.clients.get(client_id)
        engagements = pf.engagements.for_client(client_id)
        titles = {e.id: e.title for e in engagements}
        current = gather.current_engagement(engagements)
        goals = [
            g for gs in pf.goals.for_client(client_id, include_archived=True).values() for g in gs
        ]
        sessions = pf.sessions.for_client(client_id)
        chosen_goals = set(gather.default_goal_ids(goals, current))
        chosen_sessions = set(gather.default_session_ids(sessions, current))
        return LetterChoices(
            client_id=client_id,
            client_name=client.name,
            language=client.language,
            goals=tuple(
                GoalChoice(
                    id=g.id,
                    engagement_id=g.engagement_id,
                    engagement_title=titles.get(g.engagement_id, ""),
                    title=g.title,
                    status=g.status,
                    archived=g.archived,
                    last_score=g.scores[-1].score if g.scores else None,
                    chosen=g.id in chosen_goals,
                )
                for g in goals
            ),
            sessions=tuple(
                SessionChoice(
                    id=s.id,
                    engagement_id=s.engagement_id,
                    date=s.date,
                    start_time=s.start_time,
                    mode=s.mode,
                    level=s.confidentiality,
                    topics=s.topics,
                    summary=s.summary,
                    selectable=s.confidentiality is not Confidentiality.PRIVATE,
                    chosen=s.id in chosen_sessions,
                )
                for s in sessions
                if s.status is SessionStatus.HELD
            ),
            recipients=tuple(self.recipients(client_id)),
        )

    def recipients(self, client_id: int) -> list[RecipientOption]:
        """The client, the payers of the client's work, the referrer and named parties with a
        consent in force; a payer or referrer without consent is listed with its refusal."""
        pf = self._pf
        client = pf.clients.get(client_id)
        consents = [c for c in ConsentService(pf).for_client(client_id) if c.in_force()]
        found = [RecipientOption(Recipient(), client.name, None, None)]
        payer_ids = [client.payer_id] if client.payer_id is not None else []
        payer_ids += [e.payer_id for e in pf.engagements.for_client(client_id) if e.payer_id]
        for payer_id in dict.fromkeys(payer_ids):
            payer = pf.payers.get(payer_id)
            consent = next((c for c in consents if c.payer_id == payer_id), None)
            found.append(
                RecipientOption(
                    Recipient(RecipientKind.PAYER, payer_id),
                    payer.name,
                    consent,
                    None
                    if consent
                    else consent_missing(client.display_name, RecipientKind.PAYER, payer.name),
                )
            )
        parties = [c for c in consents if c.recipient_kind is not RecipientKind.PAYER]
        for consent in parties:
            recipient = Recipient(consent.recipient_kind, consent_id=consent.id)
            found.append(RecipientOption(recipient, consent.party_name, consent, None))
        referred = any(c.recipient_kind is RecipientKind.REFERRER for c in parties)
        if client.referral_source.strip() and not referred:
            name = client.referral_source.strip()
            refusal = consent_missing(client.display_name, RecipientKind.REFERRER, name)
            found.append(RecipientOption(Recipient(RecipientKind.REFERRER), name, None, refusal))
        return found

    def letter_texts(self, request: LetterRequest) -> LetterTexts:
        """The default texts for ``request`` (its own texts are ignored)."""
        content, _, _ = gather.letter_content(
            self._pf,
            LetterRequest(
                client_id=request.client_id,
                recipient=request.recipient,
                language=request.language,
                goal_ids=request.goal_ids,
                session_ids=request.session_ids,
                include_confidential=request.include_confidential,
            ),
        )
        return LetterTexts(
            content.subject, content.salutation, content.intro, content.next_steps, content.closing
        )

    # -- prepare ------------------------------------------------------------------------------
    def prepare_letter(self, request: LetterRequest) -> PreparedDocument:
        content, included, addressed = gather.letter_content(self._pf, request)
        client = self._pf.clients.get(request.client_id)
        who = initials(client.name) if client.sensitive else client.name
        return PreparedDocument(
            kind=DocumentKind.PROGRESS_LETTER,
            client_id=client.id,
            language=content.language,
            recipient=addressed.recipient,
            recipient_name=addressed.name,
            included=included,
            suggested_name=suggested_name(
                DocumentKind.PROGRESS_LETTER, content.language, who, content.date
            ),
            content=content,
        )

    def prepare_summary(
        self,
        session_id: int,
        *,
        include_confidential: bool = False,
        language: Language | None = None,
    ) -> PreparedDocument:
        """The summary of one session, for the client. Its confidential texts only with
        ``include_confidential``; its private notes never."""
        content, included, client = gather.summary_content(
            self._pf, session_id, include_confidential=include_confidential, language=language
        )
        who = initials(client.name) if client.sensitive else client.name
        return PreparedDocument(
            kind=DocumentKind.SESSION_SUMMARY,
            client_id=client.id,
            language=content.language,
            recipient=Recipient(),
            recipient_name=client.name,
            included=included,
            suggested_name=suggested_name(
                DocumentKind.SESSION_SUMMARY, content.language, who, content.session.date
            ),
            content=content,
        )

    # -- leaving the app ----------------------------------------------------------------------
    def save(self, document: RenderedDocument, path: Path) -> DocumentLogEntry:
        """Write the PDF to ``path`` (atomically, replacing a file of that name) and log it.

        ``DocumentWriteError`` when it cannot be written (nothing is left under that name);
        ``ConsentMissingError`` when the consent was withdrawn since preparing.
        """
        from mentordesk.documents import pdf_output

        target = Path(path).absolute()
        self._check_consent(document.prepared)
        digest = pdf_output.write_pdf(target, document.pdf)
        try:
            return self._log(document, Channel.SAVED, str(target), digest)
        except BaseException:
            with contextlib.suppress(OSError):  # not logged, so it must not exist
                target.unlink()
            raise

    def record_printed(self, document: RenderedDocument, printer: str = "") -> DocumentLogEntry:
        """Log a document that is being printed. Call it before sending it to the printer."""
        self._check_consent(document.prepared)
        return self._log(document, Channel.PRINTED, printer, document.sha256)

    def write_letter(self, request: LetterRequest, path: Path) -> DocumentLogEntry:
        return self.save(render(self.prepare_letter(request)), path)

    def write_summary(
        self,
        session_id: int,
        path: Path,
        *,
        include_confidential: bool = False,
        language: Language | None = None,
    ) -> DocumentLogEntry:
        prepared = self.prepare_summary(
            session_id, include_confidential=include_confidential, language=language
        )
        return self.save(render(prepared), path)

    def _check_consent(self, prepared: PreparedDocument) -> None:
        recipient = prepared.recipient
        ConsentService(self._pf).require(
            prepared.client_id,
            recipient.kind,
            payer_id=recipient.payer_id,
            consent_id=recipient.consent_id,
            recipient_name=prepared.recipient_name,
        )

    def _log(
        self, document: RenderedDocument, channel: Channel, where: str, digest: str
    ) -> DocumentLogEntry:
        prepared = document.prepared
        return document_log.add(
            self._pf,
            LoggedDocument(
                kind=prepared.kind,
                client_id=prepared.client_id,
                recipient=prepared.recipient,
                recipient_name=prepared.recipient_name,
                language=prepared.language,
                included=prepared.included,
            ),
            channel=channel,
            where=where,
            sha256=digest,
        )

    # -- the log ------------------------------------------------------------------------------
    def log_for_client(self, client_id: int) -> list[DocumentLogEntry]:
        """Every document that left the app about this client, newest first."""
        return document_log.for_client(self._pf, client_id)
