"""The audit trail as the mentor reads it: what left the practice or changed its file, when,
about whom.

It combines the ``audit_event`` rows with the ``document_log``: a document saved or printed
carries its kind, recipient, file or printer and SHA-256 fingerprint. Each entry belongs to one
group (exports, documents, erasures, restores, passphrase changes, everything else) so the page
can filter on it. A sensitive client is named by initials, also where the recipient of a
document is that client. The detail of an event is passed on as it was stored (ids, counts,
file names; never note text); the interface turns action and detail into a sentence in its
own language.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, cast

from mentordesk.domain.names import display_name
from mentordesk.errors import current_language
from mentordesk.store.models import AuditEvent, DocumentLog
from mentordesk.store.models import Client as ClientModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


class AuditGroup(StrEnum):
    EXPORT = "export"
    DOCUMENT = "document"
    ERASURE = "erasure"
    RESTORE = "restore"
    PASSPHRASE = "passphrase"
    OTHER = "other"


DOCUMENT_ACTIONS: Final = ("document_saved", "document_printed")
GROUPS: Final[Mapping[str, AuditGroup]] = MappingProxyType(
    {
        "access_request_exported": AuditGroup.EXPORT,
        "practice_exported": AuditGroup.EXPORT,
        "calendar_exported": AuditGroup.EXPORT,
        "handover_created": AuditGroup.EXPORT,
        "audit_trail_exported": AuditGroup.EXPORT,
        "document_saved": AuditGroup.DOCUMENT,
        "document_printed": AuditGroup.DOCUMENT,
        "client_erased": AuditGroup.ERASURE,
        "engagement_notes_erased": AuditGroup.ERASURE,
        "erasures_reapplied": AuditGroup.ERASURE,
        "invoices_deleted_retention": AuditGroup.ERASURE,
        "backup_restored": AuditGroup.RESTORE,
        "practice_imported": AuditGroup.RESTORE,
        "passphrase_changed": AuditGroup.PASSPHRASE,
    }
)


def group_of(action: str) -> AuditGroup:
    return GROUPS.get(action, AuditGroup.OTHER)


def _empty() -> Mapping[str, object]:
    return MappingProxyType({})


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail."""

    key: str  # unique on the page: "e<audit id>" or "d<document log id>"
    at: dt.datetime
    group: AuditGroup
    action: str  # e.g. "document_saved", "client_erased"
    client_id: int | None
    client_name: str  # "" when about no client; initials for a sensitive client
    detail: Mapping[str, object] = field(default_factory=_empty, compare=False)
    # documents only (from the document log)
    document_kind: str = ""
    recipient: str = ""
    where: str = ""  # the file saved to, or the printer
    sha256: str = ""


def _detail(text: str) -> dict[str, object]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.min


class AuditTrailService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf
        self._shown: list[AuditEntry] = []

    def entries(
        self,
        kind_filter: AuditGroup | Collection[AuditGroup] | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        client_id: int | None = None,
    ) -> list[AuditEntry]:
        """Entries of the groups in ``kind_filter`` (None: all) between ``since`` and ``until``
        (inclusive days; None: open), about ``client_id`` (None: anyone), newest first."""
        groups = (
            None
            if kind_filter is None
            else {kind_filter}
            if isinstance(kind_filter, AuditGroup)
            else set(kind_filter)
        )
        start = since.isoformat() if since is not None else None
        end = (until + dt.timedelta(days=1)).isoformat() if until is not None else None
        with self._pf.transaction():
            events = AuditEvent.select()
            logs = DocumentLog.select()
            if start is not None:
                events = events.where(AuditEvent.at >= start)
                logs = logs.where(DocumentLog.created_at >= start)
            if end is not None:
                events = events.where(AuditEvent.at < end)
                logs = logs.where(DocumentLog.created_at < end)
            if client_id is not None:
                events = events.where(AuditEvent.client == client_id)
                logs = logs.where(DocumentLog.client == client_id)
            if groups is not None:
                wanted = [a for a, g in GROUPS.items() if g in groups]
                if AuditGroup.OTHER in groups:
                    events = events.where(
                        AuditEvent.action.in_(wanted) | AuditEvent.action.not_in(list(GROUPS))
                    )
                else:
                    events = events.where(AuditEvent.action.in_(wanted))
            event_rows = list(events.tuples().iterator())
            log_rows = {row.id: row for row in logs}
            referenced = self._logged_ids() if log_rows else set()
            clients = self._clients()
        found = [self._event(row, log_rows, clients) for row in event_rows]
        if groups is None or AuditGroup.DOCUMENT in groups:
            found += [
                self._document(row, clients)
                for key, row in log_rows.items()
                if key not in referenced
            ]
        found.sort(key=lambda e: (e.at, e.key[0] == "e", int(e.key[1:])), reverse=True)
        self._shown = found
        return list(found)

    # -- reading --------------------------------------------------------------------------------
    def _logged_ids(self) -> set[int]:
        """Document log rows that an audit event already stands for (a document saved or
        printed, an access request exported)."""
        query = AuditEvent.select(AuditEvent.detail).where(
            AuditEvent.detail.contains("document_log_id")
        )
        rows = cast("Iterable[tuple[str]]", query.tuples())
        found = (_detail(text).get("document_log_id") for (text,) in rows)
        return {value for value in found if isinstance(value, int)}

    def _clients(self) -> dict[int, tuple[str, str]]:
        """Each client's shown name, and the full name (to spot it as a recipient)."""
        query = ClientModel.select(
            ClientModel.id, ClientModel.name, ClientModel.preferred_name, ClientModel.sensitive
        )
        rows = cast("Iterable[tuple[int, str, str, bool]]", query.tuples())
        return {
            r[0]: (display_name(r[1], r[2], sensitive=bool(r[3])), r[1] if r[3] else "")
            for r in rows
        }

    def _event(
        self, row: tuple[Any, ...], logs: dict[int, Any], clients: dict[int, tuple[str, str]]
    ) -> AuditEntry:
        event_id, at, action, client_id, detail_text = row
        detail = _detail(detail_text)
        entry = AuditEntry(
            key=f"e{event_id}",
            at=_moment(at),
            group=group_of(action),
            action=action,
            client_id=client_id,
            client_name=clients.get(client_id, ("", ""))[0] if client_id is not None else "",
            detail=MappingProxyType(detail),
            document_kind=str(detail.get("kind", "")) if action in DOCUMENT_ACTIONS else "",
            sha256=str(detail.get("sha256", "")),
        )
        log_id = detail.get("document_log_id")
        if isinstance(log_id, int) and log_id in logs:
            logged = logs[log_id]
            return _with_log(entry, logged, clients)
        return entry

    def _document(self, row: Any, clients: dict[int, tuple[str, str]]) -> AuditEntry:
        """A document log row without its audit event (written before the events named it)."""
        channel = row.channel if row.channel in ("saved", "printed") else "saved"
        entry = AuditEntry(
            key=f"d{row.id}",
            at=_moment(row.created_at),
            group=AuditGroup.DOCUMENT,
            action=f"document_{channel}",
            client_id=row.client_id,
            client_name=clients.get(row.client_id, ("", ""))[0]
            if row.client_id is not None
            else "",
            detail=MappingProxyType({"document_log_id": row.id, "kind": row.kind}),
        )
        return _with_log(entry, row, clients)

    # -- the CSV file ---------------------------------------------------------------------------
    def export_csv(
        self,
        path: Path | str,
        entries: Sequence[AuditEntry] | None = None,
        *,
        describe: Callable[[AuditEntry], tuple[str, str]] | None = None,
        language: str | None = None,
    ) -> int:
        """Write ``entries`` (None: those the last ``entries()`` call returned) as a CSV file,
        atomically; returns how many lines. ``describe`` gives the "what" and "details" texts
        of an entry in the interface language (default: the action and the raw detail).

        The file is UTF-8 with BOM and CRLF; Dutch files use ``;``, English ones ``,``. The
        export itself is noted in the audit trail (``audit_trail_exported``).
        """
        from mentordesk.documents import pdf_output

        shown = list(self._shown if entries is None else entries)
        text = csv_text(shown, describe=describe, language=language or current_language())
        target = Path(path).absolute()
        pdf_output.write_pdf(target, text.encode("utf-8"))
        with self._pf.transaction():
            self._pf.audit("audit_trail_exported", lines=len(shown), file=target.name)
        return len(shown)


def _with_log(entry: AuditEntry, logged: Any, clients: dict[int, tuple[str, str]]) -> AuditEntry:
    from dataclasses import replace

    recipient = logged.recipient or ""
    client = clients.get(logged.client_id) if logged.client_id is not None else None
    if client is not None and client[1] and recipient.strip() == client[1].strip():
        recipient = client[0]  # a sensitive client's own name: initials only
    return replace(
        entry,
        document_kind=logged.kind or entry.document_kind,
        recipient=recipient,
        where=logged.file_name or "",
        sha256=logged.sha256 or entry.sha256,
    )


_HEAD: Final = {
    "nl": ("Tijdstip", "Soort", "Wat", "Cliënt", "Details", "Ontvanger", "Bestand of printer"),
    "en": ("When", "Group", "What", "Client", "Details", "Recipient", "File or printer"),
}


def _cell(text: str) -> str:
    """A text cell that a spreadsheet will not read as a formula (``=``, ``+``, ``-``, ``@``)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _raw_description(entry: AuditEntry) -> tuple[str, str]:
    detail = ", ".join(f"{k}={v}" for k, v in entry.detail.items())
    return entry.action, detail


def csv_text(
    entries: Sequence[AuditEntry],
    *,
    describe: Callable[[AuditEntry], tuple[str, str]] | None = None,
    language: str = "en",
) -> str:
    """The entries as CSV text (with BOM), in the layout ``export_csv`` writes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language == "nl" else ",", lineterminator="\r\n")
    writer.writerow([*_HEAD["nl" if language == "nl" else "en"], "SHA-256"])
    explain = describe or _raw_description
    for entry in entries:
        what, details = explain(entry)
        writer.writerow(
            [
                entry.at.isoformat(sep=" ", timespec="seconds"),
                entry.group.value,
                _cell(what),
                _cell(entry.client_name),
                _cell(details),
                _cell(entry.recipient),
                _cell(entry.where),
                entry.sha256,
            ]
        )
    return "\ufeff" + buffer.getvalue()
