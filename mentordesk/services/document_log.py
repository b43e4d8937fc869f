"""The document log: one row for every document that left the app, saved or printed.

Each row says what kind of document, when, about which client, to whom, which items went in
(goal and session ids, and which confidential sessions the mentor ticked), where it went (the
file or the printer) and the SHA-256 of exactly the bytes that left. An audit event goes with it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from mentordesk.domain.enums import Language
from mentordesk.services.clock import now_text
from mentordesk.services.consents import RecipientKind
from mentordesk.services.document_content import IncludedItems
from mentordesk.services.recipients import Recipient
from mentordesk.store import money_queries
from mentordesk.store.models import DocumentLog

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


class DocumentKind(StrEnum):
    PROGRESS_LETTER = "progress_letter"
    SESSION_SUMMARY = "session_summary"
    # money documents (services/money_documents.py)
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    PAYMENT_REMINDER = "payment_reminder"
    PRO_BONO_STATEMENT = "pro_bono_statement"
    YEAR_OVERVIEW = "year_overview"
    YEAR_OVERVIEW_CSV = "year_overview_csv"
    HOURS_LOG_CSV = "hours_log_csv"


class Channel(StrEnum):
    """How a document left the app."""

    SAVED = "saved"
    PRINTED = "printed"


@dataclass(frozen=True)
class LoggedDocument:
    """What the log records about a document, besides where it went."""

    kind: DocumentKind
    client_id: int | None  # None: about the practice as a whole (a year overview)
    recipient: Recipient
    recipient_name: str
    language: Language
    included: IncludedItems
    invoice_id: int | None = None  # the invoice a money document shows or reminds of


@dataclass(frozen=True)
class DocumentLogEntry:
    """One document that left the app."""

    id: int
    created_at: dt.datetime
    kind: str  # a DocumentKind value (other kinds may come from other features)
    client_id: int | None
    recipient: str
    recipient_kind: RecipientKind | None
    channel: Channel
    file_name: str  # the path saved to, or the printer's name
    sha256: str
    language: Language | None
    goal_ids: tuple[int, ...]
    session_ids: tuple[int, ...]
    confidential_ids: tuple[int, ...]
    invoice_id: int | None = None


def add(
    pf: PracticeFile, document: LoggedDocument, *, channel: Channel, where: str, sha256: str
) -> DocumentLogEntry:
    """Log ``document`` as gone out through ``channel`` to ``where`` (a path or a printer)."""
    included = {
        "goals": list(document.included.goal_ids),
        "sessions": list(document.included.session_ids),
        "confidential": list(document.included.confidential_ids),
        "language": document.language.value,
        "recipient_kind": document.recipient.kind.value,
        "payer_id": document.recipient.payer_id,
        "consent_id": document.recipient.consent_id,
    }
    if document.invoice_id is not None:
        included["invoice_id"] = document.invoice_id
    with pf.transaction():
        row = DocumentLog.create(
            created_at=now_text(),
            kind=document.kind.value,
            client=document.client_id,
            recipient=document.recipient_name,
            included=json.dumps(included),
            file_name=where,
            sha256=sha256,
            channel=channel.value,
        )
        pf.audit(
            f"document_{channel.value}",
            client_id=document.client_id,
            document_log_id=row.id,
            kind=document.kind.value,
            recipient_kind=document.recipient.kind.value,
            sha256=sha256,
            **({} if document.invoice_id is None else {"invoice_id": document.invoice_id}),
        )
        return _entry(row)


def for_client(pf: PracticeFile, client_id: int) -> list[DocumentLogEntry]:
    """Every logged document about this client, newest first."""
    with pf.transaction():
        rows = (
            DocumentLog.select()
            .where(DocumentLog.client == client_id)
            .order_by(DocumentLog.created_at.desc(), DocumentLog.id.desc())
        )
        return [_entry(row) for row in rows]


def for_invoice(pf: PracticeFile, invoice_id: int) -> list[DocumentLogEntry]:
    """Every logged document that shows or reminds of this invoice, oldest first."""
    with pf.transaction():
        ids = money_queries.logged_for_invoice(pf.connection, invoice_id)
        rows = DocumentLog.select().where(DocumentLog.id << ids).order_by(DocumentLog.id)
        return [_entry(row) for row in rows]


def _ids(value: Any) -> tuple[int, ...]:
    return tuple(int(v) for v in value) if isinstance(value, list) else ()


def _entry(row: Any) -> DocumentLogEntry:
    try:
        included = json.loads(row.included or "{}")
    except ValueError:
        included = {}
    if not isinstance(included, dict):
        included = {}
    kind = included.get("recipient_kind")
    language = included.get("language")
    return DocumentLogEntry(
        id=row.id,
        created_at=dt.datetime.fromisoformat(row.created_at),
        kind=row.kind,
        client_id=row.client_id,
        recipient=row.recipient,
        recipient_kind=RecipientKind(kind) if kind in set(RecipientKind) else None,
        channel=Channel(row.channel) if row.channel in set(Channel) else Channel.SAVED,
        file_name=row.file_name,
        sha256=row.sha256,
        language=Language(language) if language in set(Language) else None,
        goal_ids=_ids(included.get("goals")),
        session_ids=_ids(included.get("sessions")),
        confidential_ids=_ids(included.get("confidential")),
        invoice_id=invoice if isinstance(invoice := included.get("invoice_id"), int) else None,
    )
