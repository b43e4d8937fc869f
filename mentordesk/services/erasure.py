"""The right to erasure: a client's personal content goes, the invoices stay.

``ErasureService(pf).preview_client(id)`` says what an erasure takes and what it leaves;
``erase_client(id)`` erases, in one transaction: contact details, notes, tags, referral and
consent scope; goals with their scores and actions; the text of every session (every level);
session drafts; the details of the document log (recipient, what went in, where; the date,
kind and fingerprint stay); the names and addresses in the consents; draft invoices. The
client row stays under a neutral name ("Gewiste cliënt 17") because issued invoices (with their
own frozen addressee) and the sessions they bill refer to it; sessions keep their date, hours
and status for the invoices and the hours log.

``erase_engagement_notes(id)`` erases the notes of one engagement when its retention period
has passed (its goals and session text; dates, hours and status stay).

Every erasure is remembered in the file's ``erasure`` table and in a register beside the data
folder (``services.erasure_register``). ``reapply_erasures(pf)`` runs after every open and
erases again whatever an older backup or an old export brought back.

The file runs with ``secure_delete`` and the search index with FTS5 ``secure-delete``, so the
erased text is overwritten in the file itself, not just unlinked.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mentordesk.errors import NotFoundError
from mentordesk.services import erasure_register
from mentordesk.services.clock import now_text
from mentordesk.store import privacy_queries as sql

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

log = logging.getLogger(__name__)

CLIENT = "client"
ENGAGEMENT = "engagement"
REASONS = ("request", "retention")


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a client takes (``*`` counts) and what stays (``kept_*``)."""

    client_id: int
    client_name: str
    neutral_name: str  # the name the client keeps once erased ("Gewiste cliënt 17")
    already_erased: bool
    contact_fields: int  # filled-in contact details, notes, tags, referral, consent scope
    engagements: int  # their titles and notes go; dates, funding and status stay
    goals: int
    action_items: int
    scores: int
    session_texts: int  # sessions whose text goes (the sessions themselves stay)
    session_drafts: int
    documents: int  # document-log rows whose details go (date, kind, fingerprint stay)
    consents: int  # their names, addresses and scope go
    draft_invoices: int  # deleted: never issued, so no fiscal duty to keep them
    kept_sessions: int  # dates, hours and status, for the invoices and the hours log
    kept_invoices: int  # issued invoices and credit notes, unchanged
    kept_payments: int
    invoices_kept_until: dt.date | None  # the end of the retention period of the newest

    @property
    def erased_total(self) -> int:
        return (
            self.contact_fields
            + self.goals
            + self.action_items
            + self.scores
            + self.session_texts
            + self.session_drafts
            + self.documents
            + self.consents
            + self.draft_invoices
        )


@dataclass(frozen=True)
class ErasureResult:
    scope: str  # "client" or "engagement"
    subject_id: int
    erased_at: str
    newly_registered: bool  # False: it had been erased before (this erased what came back)


def neutral_name(client_id: int, language: str) -> str:
    """The name an erased client keeps: "Gewiste cliënt 17" or "Erased client 17"."""
    dutch, english = sql.neutral_names(client_id)
    return dutch if language == "nl" else english


def _check_reason(reason: str) -> str:
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {REASONS}, not {reason!r}")
    return reason


class ErasureService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    # -- what it would do -----------------------------------------------------------------------
    def preview_client(self, client_id: int) -> ErasurePreview:
        with self._pf.transaction():
            counts = sql.erasure_counts(self._pf.connection, client_id)
            years = sql.retention_invoice_years(self._pf.connection)
            language = sql.practice_language(self._pf.connection)
        if counts is None:
            raise NotFoundError(what="Client", ident=client_id)
        last_year = counts.last_invoice_year
        return ErasurePreview(
            client_id=client_id,
            client_name=counts.name,
            neutral_name=neutral_name(client_id, language),
            already_erased=counts.erased,
            contact_fields=counts.contact_fields,
            engagements=counts.engagements,
            goals=counts.goals,
            action_items=counts.action_items,
            scores=counts.scores,
            session_texts=counts.session_texts,
            session_drafts=counts.session_drafts,
            documents=counts.documents,
            consents=counts.consents,
            draft_invoices=counts.draft_invoices,
            kept_sessions=counts.sessions,
            kept_invoices=counts.issued_invoices,
            kept_payments=counts.payments,
            invoices_kept_until=None if last_year is None else dt.date(last_year + years, 12, 31),
        )

    def is_erased(self, client_id: int) -> bool:
        """Whether this client was erased (its row holds only the neutral name)."""
        return self.preview_client(client_id).already_erased

    # -- erasing --------------------------------------------------------------------------------
    def erase_client(self, client_id: int, reason: str = "request") -> ErasureResult:
        """Erase the client's personal content (see the module's doc), in one transaction."""
        _check_reason(reason)
        pf = self._pf
        stamp = now_text()
        with pf.transaction(immediate=True):
            conn = pf.connection
            created = sql.client_created_at(conn, client_id)
            if created is None:
                raise NotFoundError(what="Client", ident=client_id)
            name = neutral_name(client_id, sql.practice_language(conn))
            sql.erase_client(conn, client_id, name, stamp)
            new = sql.register(conn, CLIENT, client_id, created, erased_at=stamp, reason=reason)
            pf.audit("client_erased", client_id=client_id, reason=reason, again=not new)
        _remember_beside(pf)
        return ErasureResult(CLIENT, client_id, stamp, new)

    def erase_engagement_notes(
        self, engagement_id: int, reason: str = "retention"
    ) -> ErasureResult:
        """Erase the notes of one engagement: session text, goals with scores and actions,
        drafts, the engagement's notes. Dates, hours, status and funding stay (invoices and
        the hours log need them)."""
        _check_reason(reason)
        pf = self._pf
        stamp = now_text()
        with pf.transaction(immediate=True):
            conn = pf.connection
            subject = sql.engagement_subject(conn, engagement_id)
            if subject is None:
                raise NotFoundError(what="Engagement", ident=engagement_id)
            client_id, created = subject
            sql.erase_engagement(conn, engagement_id, stamp)
            new = sql.register(
                conn, ENGAGEMENT, engagement_id, created, erased_at=stamp, reason=reason
            )
            pf.audit(
                "engagement_notes_erased",
                client_id=client_id,
                engagement_id=engagement_id,
                reason=reason,
                again=not new,
            )
        _remember_beside(pf)
        return ErasureResult(ENGAGEMENT, engagement_id, stamp, new)


def _remember_beside(pf: PracticeFile) -> None:
    """Copy the file's register beside the data folder. A failure is logged, not raised: the
    erasure itself is done and in the file's register, and the next open copies it again."""
    try:
        with pf.transaction():
            key = erasure_register.practice_key(pf.connection)
            rows = sql.register_rows(pf.connection)
        if key is not None:
            erasure_register.add(key, rows)
    except OSError:
        log.warning("the erasure register could not be written beside the file", exc_info=True)


def reapply_erasures(pf: PracticeFile) -> int:
    """Erase again what an older backup or an old export brought back; returns how many
    erasures were applied again (0 almost always, after a single indexed query).

    The erasures are those in the file's register and in the one beside the data folder, each
    applied only to the very subject it names (same id and same creation stamp). Entries the
    file lacks are added to it; entries the register beside lacks are copied there.
    """
    with pf.transaction():
        conn = pf.connection
        key = erasure_register.practice_key(conn)
        side = erasure_register.read(key) if key is not None else []
        work = sql.register_work(conn, side)
    if not work:
        return 0
    again = [w for w in work if w.present and w.dirty]
    missing = [w for w in work if w.present and not w.in_file]
    if again or missing:
        _apply(pf, again, missing)
    if key is not None and any(not w.in_side for w in work):
        try:
            with pf.transaction():
                rows = sql.register_rows(pf.connection)
            erasure_register.add(key, rows)
        except OSError:
            log.warning("the erasure register could not be written beside the file", exc_info=True)
    return len(again)


def _apply(pf: PracticeFile, again: list[Any], missing: list[Any]) -> None:
    stamp = now_text()
    with pf.transaction(immediate=True):
        conn = pf.connection
        language = sql.practice_language(conn)
        for item in again:
            if item.scope == CLIENT:
                sql.erase_client(
                    conn, item.subject_id, neutral_name(item.subject_id, language), stamp
                )
            else:
                sql.erase_engagement(conn, item.subject_id, stamp)
        for item in missing:
            sql.register(
                conn,
                item.scope,
                item.subject_id,
                item.subject_created_at,
                erased_at=item.erased_at or stamp,
                reason=item.reason if item.reason in REASONS else "",
            )
        pf.audit(
            "erasures_reapplied",
            clients=sorted(i.subject_id for i in again if i.scope == CLIENT),
            engagements=sorted(i.subject_id for i in again if i.scope == ENGAGEMENT),
            registered=len(missing),
        )
