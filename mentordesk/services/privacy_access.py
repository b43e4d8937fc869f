"""The right of access: one client's complete file, as a ZIP with a readable PDF and
``data.json``.

``AccessRequestService(pf).export(client_id, target, include_private, leave_out_reason)``
gathers every record of that client and of no one else (``store.privacy_queries``), applies the
one confidentiality rule with ``Output.ACCESS_REQUEST`` (confidential items are in: that flag
protects against third parties, not against the client; private working notes are in unless
the mentor leaves them out, which needs a reason), builds the PDF in the client's language, and
writes the ZIP atomically (a hidden temporary name in the target folder, fsync, rename: nothing
under the final name when it fails). The export is logged: a ``document_log`` row of kind
``access_request`` and an ``access_request_exported`` audit event with the choice and reason.

A front end that runs the slow part on a worker thread calls the three steps itself:
``prepare`` (reads the file; interface thread), ``render`` (pure: JSON, PDF and ZIP bytes) and
``save`` (writes and logs; interface thread).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentordesk.domain import confidentiality
from mentordesk.domain.confidentiality import Confidentiality, Output
from mentordesk.domain.enums import Language
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.store import privacy_queries as sql
from mentordesk.store.models import DocumentLog

if TYPE_CHECKING:
    from mentordesk.documents.model import PracticeBlock
    from mentordesk.services.practice_file import PracticeFile

DOCUMENT_KIND = "access_request"
FORMAT = "mentordesk-access-request"
FORMAT_VERSION = 1
DATA_NAME = "data.json"
_SESSION_TEXTS = ("topics", "summary", "agreed_actions", "place")
_JSON_COLUMNS = {"documents": "included", "audit_events": "detail", "session_drafts": "payload"}
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


@dataclass(frozen=True)
class AccessExport:
    """A written access-request ZIP."""

    path: Path
    sha256: str  # of the ZIP file's bytes
    counts: dict[str, int] = field(default_factory=dict)  # records per kind in data.json
    document_log_id: int = 0


@dataclass(frozen=True)
class PreparedAccess:
    """What goes into the ZIP, read and filtered, ready to render (no database needed)."""

    client_id: int
    client_name: str
    language: Language
    include_private: bool
    leave_out_reason: str
    data: dict[str, Any]  # what data.json holds
    practice: PracticeBlock
    day: dt.date
    suggested_name: str  # e.g. "Inzage José García 2026-11-23.zip"

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.data["counts"])


@dataclass(frozen=True)
class RenderedAccess:
    prepared: PreparedAccess
    zip_bytes: bytes
    pdf: bytes
    sha256: str  # of ``zip_bytes``


def _language(value: Language | str | None, fallback: str) -> Language:
    try:
        return Language(str(value if value else fallback))
    except ValueError:
        raise ValidationError(
            "language",
            "'{value}' is not a document language (nl or en).",
            "'{value}' is geen documenttaal (nl of en).",
            value=value,
        ) from None


def _decode(text: Any) -> Any:
    try:
        return json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return text


def _level(value: Any) -> Confidentiality:
    try:
        return Confidentiality(str(value))
    except ValueError:
        return Confidentiality.PRIVATE  # unknown: the strictest


def _shown(text: Any, level: Confidentiality, include_private: bool) -> Any:
    if not isinstance(text, str):
        return text
    return confidentiality.render(
        text, level, Output.ACCESS_REQUEST, private_included=include_private
    )


def _filter_private(records: dict[str, list[dict[str, Any]]], include_private: bool) -> None:
    """Apply the confidentiality rule for an access request (in place): with private notes
    left out, the working notes of every session and draft go, and so does all text of a
    session at the private level, with the actions and score notes agreed at it."""
    levels: dict[int, Confidentiality] = {}
    for session in records["sessions"]:
        level = _level(session["confidentiality"])
        levels[session["id"]] = level
        session["private_notes"] = _shown(
            session["private_notes"], Confidentiality.PRIVATE, include_private
        )
        for name in _SESSION_TEXTS:
            session[name] = _shown(session[name], level, include_private)
    for draft in records["session_drafts"]:
        payload = draft["payload"]
        if not isinstance(payload, dict):
            payload = draft["payload"] = {}
        level = max(
            _level(payload.get("confidentiality", "normal")),
            levels.get(draft["session_id"], Confidentiality.NORMAL),
            key=list(Confidentiality).index,
        )
        for name in list(payload):
            kept = Confidentiality.PRIVATE if name == "private_notes" else level
            if name in (*_SESSION_TEXTS, "private_notes"):
                payload[name] = _shown(payload[name], kept, include_private)
    for kind, text in (("action_items", "text"), ("goal_scores", "note")):
        for row in records[kind]:
            level = levels.get(row["session_id"], Confidentiality.NORMAL)
            row[text] = _shown(row[text], level, include_private)


def gather(pf: PracticeFile, client_id: int, include_private: bool) -> dict[str, Any]:
    """What ``data.json`` holds for this client (read in one transaction)."""
    with pf.transaction():
        records = sql.client_records(pf.connection, client_id)
    if not records["client"]:
        raise NotFoundError(what="Client", ident=client_id)
    for kind, column in _JSON_COLUMNS.items():
        for row in records[kind]:
            row[column] = _decode(row[column])
    _filter_private(records, include_private)
    lines = records.pop("invoice_lines")
    payments = records.pop("payments")
    for invoice in records["invoices"]:
        invoice["lines"] = [line for line in lines if line["invoice_id"] == invoice["id"]]
        invoice["payments"] = [p for p in payments if p["invoice_id"] == invoice["id"]]
    client = records.pop("client")[0]
    counts = {"client": 1, **{kind: len(rows) for kind, rows in records.items()}}
    counts["invoice_lines"] = len(lines)
    counts["payments"] = len(payments)
    return {"client": client, **records, "counts": counts}


def suggested_name(language: Language, who: str, day: dt.date) -> str:
    from mentordesk.documents.access_request import word

    text = f"{word('title', language)} {who} {day.isoformat()}"
    name = " ".join(_UNSAFE_IN_NAMES.sub(" ", text).split())
    return f"{name[:150].strip(' .')}.zip"


def render(prepared: PreparedAccess) -> RenderedAccess:
    """Build the PDF, the JSON and the ZIP. No database access: safe on a worker thread."""
    from mentordesk.documents import access_request
    from mentordesk.services import privacy_content

    content = privacy_content.content(prepared)
    pdf = access_request.build(content)
    data = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_on": prepared.day.isoformat(),
        "language": prepared.language.value,
        "private_notes_included": prepared.include_private,
        "private_notes_left_out_reason": prepared.leave_out_reason,
        **prepared.data,
    }
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    buffer = io.BytesIO()
    stamp = (prepared.day.year, prepared.day.month, prepared.day.day, 0, 0, 0)
    pdf_name = f"{access_request.word('file_name', prepared.language)}.pdf"
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(pdf_name, stamp), pdf, zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo(DATA_NAME, stamp), body, zipfile.ZIP_DEFLATED)
    zipped = buffer.getvalue()
    return RenderedAccess(prepared, zipped, pdf, hashlib.sha256(zipped).hexdigest())


class AccessRequestService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def prepare(
        self,
        client_id: int,
        include_private: bool,
        leave_out_reason: str = "",
        language: Language | str | None = None,
        today: dt.date | None = None,
    ) -> PreparedAccess:
        """Read and filter; refuses leaving private notes out without a reason."""
        from mentordesk.domain.names import initials
        from mentordesk.services.document_content import practice_block

        reason = check.text("leave_out_reason", leave_out_reason)
        if not include_private and not reason:
            raise ValidationError(
                "leave_out_reason",
                "Say why the working notes are left out: the reason is logged.",
                "Geef aan waarom de werkaantekeningen worden weggelaten: de reden wordt "
                "vastgelegd.",
            )
        if include_private:
            reason = ""
        client = self._pf.clients.get(client_id)
        lang = _language(language, client.language.value)
        day = today or dt.date.today()
        who = initials(client.name) if client.sensitive else client.name
        return PreparedAccess(
            client_id=client_id,
            client_name=client.name,
            language=lang,
            include_private=include_private,
            leave_out_reason=reason,
            data=gather(self._pf, client_id, include_private),
            practice=practice_block(self._pf),
            day=day,
            suggested_name=suggested_name(lang, who, day),
        )

    def save(self, rendered: RenderedAccess, target: Path) -> AccessExport:
        """Write the ZIP to ``target`` (atomically) and log it; ``DocumentWriteError`` when it
        cannot be written (then nothing is under that name)."""
        from mentordesk.documents import pdf_output

        path = Path(target).absolute()
        digest = pdf_output.write_pdf(path, rendered.zip_bytes)
        try:
            log_id = self._log(rendered.prepared, path, digest)
        except BaseException:
            path.unlink(missing_ok=True)  # not logged, so it must not exist
            raise
        return AccessExport(path, digest, rendered.prepared.counts, log_id)

    def export(
        self,
        client_id: int,
        target: Path,
        include_private: bool,
        leave_out_reason: str = "",
        language: Language | str | None = None,
    ) -> AccessExport:
        """Prepare, render and save in one call."""
        prepared = self.prepare(client_id, include_private, leave_out_reason, language)
        return self.save(render(prepared), target)

    def _log(self, prepared: PreparedAccess, path: Path, digest: str) -> int:
        pf = self._pf
        included = {
            "language": prepared.language.value,
            "recipient_kind": "client",
            "include_private": prepared.include_private,
            "reason": prepared.leave_out_reason,
            "counts": prepared.counts,
        }
        with pf.transaction():
            row = DocumentLog.create(
                created_at=now_text(),
                kind=DOCUMENT_KIND,
                client=prepared.client_id,
                recipient=prepared.client_name,
                included=json.dumps(included, ensure_ascii=False),
                file_name=str(path),
                sha256=digest,
                channel="saved",
            )
            pf.audit(
                "access_request_exported",
                client_id=prepared.client_id,
                document_log_id=row.id,
                include_private=prepared.include_private,
                reason=prepared.leave_out_reason,
                sha256=digest,
            )
            return int(row.id)
