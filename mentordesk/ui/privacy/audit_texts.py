"""What the audit trail says about each entry, in the interface language: the group, the
short "what" and a sentence with the stored detail (context ``AuditTexts``). Built from the
action and its detail, so the file stores no language-bound text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PureWindowsPath

from PySide6.QtCore import QCoreApplication

from mentordesk.services.audit_trail import AuditEntry, AuditGroup
from mentordesk.ui import labels


def group_text(group: AuditGroup) -> str:
    texts = {
        AuditGroup.EXPORT: QCoreApplication.translate("AuditTexts", "Exports"),
        AuditGroup.DOCUMENT: QCoreApplication.translate("AuditTexts", "Documents"),
        AuditGroup.ERASURE: QCoreApplication.translate("AuditTexts", "Erasures"),
        AuditGroup.RESTORE: QCoreApplication.translate("AuditTexts", "Restores and imports"),
        AuditGroup.PASSPHRASE: QCoreApplication.translate("AuditTexts", "Passphrase changes"),
        AuditGroup.OTHER: QCoreApplication.translate("AuditTexts", "Other changes"),
    }
    return texts[group]


def document_text(kind: str) -> str:
    texts = {
        "progress_letter": QCoreApplication.translate("AuditTexts", "Progress letter"),
        "session_summary": QCoreApplication.translate("AuditTexts", "Session summary"),
        "invoice": QCoreApplication.translate("AuditTexts", "Invoice"),
        "credit_note": QCoreApplication.translate("AuditTexts", "Credit note"),
        "payment_reminder": QCoreApplication.translate("AuditTexts", "Payment reminder"),
        "pro_bono_statement": QCoreApplication.translate("AuditTexts", "Pro bono statement"),
        "year_overview": QCoreApplication.translate("AuditTexts", "Year overview"),
        "year_overview_csv": QCoreApplication.translate("AuditTexts", "Year overview (CSV)"),
        "hours_log_csv": QCoreApplication.translate("AuditTexts", "Hours log (CSV)"),
        "access_request": QCoreApplication.translate("AuditTexts", "Access request export"),
    }
    return texts.get(kind, QCoreApplication.translate("AuditTexts", "Document"))


def _actions() -> dict[str, str]:
    return {
        "access_request_exported": QCoreApplication.translate(
            "AuditTexts", "Access request exported"
        ),
        "practice_exported": QCoreApplication.translate("AuditTexts", "Whole practice exported"),
        "practice_imported": QCoreApplication.translate(
            "AuditTexts", "Practice imported from an export"
        ),
        "clients_imported_csv": QCoreApplication.translate(
            "AuditTexts", "Clients imported from CSV"
        ),
        "calendar_exported": QCoreApplication.translate("AuditTexts", "Calendar exported"),
        "handover_created": QCoreApplication.translate("AuditTexts", "Hand-over package made"),
        "audit_trail_exported": QCoreApplication.translate("AuditTexts", "Audit trail exported"),
        "client_erased": QCoreApplication.translate("AuditTexts", "Client erased"),
        "engagement_notes_erased": QCoreApplication.translate(
            "AuditTexts", "Notes of an engagement erased"
        ),
        "erasures_reapplied": QCoreApplication.translate("AuditTexts", "Erasures applied again"),
        "invoices_deleted_retention": QCoreApplication.translate(
            "AuditTexts", "Old invoices deleted"
        ),
        "retention_changed": QCoreApplication.translate("AuditTexts", "Retention periods changed"),
        "backup_restored": QCoreApplication.translate("AuditTexts", "Backup restored"),
        "passphrase_changed": QCoreApplication.translate("AuditTexts", "Passphrase changed"),
        "file_created": QCoreApplication.translate("AuditTexts", "Practice file created"),
        "client_created": QCoreApplication.translate("AuditTexts", "Client added"),
        "client_listed": QCoreApplication.translate(
            "AuditTexts", "Client may be named in the hours log"
        ),
        "client_unlisted": QCoreApplication.translate(
            "AuditTexts", "Client no longer named in the hours log"
        ),
        "consent_recorded": QCoreApplication.translate("AuditTexts", "Consent recorded"),
        "consent_withdrawn": QCoreApplication.translate("AuditTexts", "Consent withdrawn"),
        "practice_updated": QCoreApplication.translate("AuditTexts", "Practice details changed"),
        "practice_logo_set": QCoreApplication.translate("AuditTexts", "Logo added"),
        "practice_logo_cleared": QCoreApplication.translate("AuditTexts", "Logo removed"),
        "practice_signature_set": QCoreApplication.translate("AuditTexts", "Signature added"),
        "practice_signature_cleared": QCoreApplication.translate("AuditTexts", "Signature removed"),
        "invoice_drafted": QCoreApplication.translate("AuditTexts", "Draft invoice made"),
        "invoice_draft_deleted": QCoreApplication.translate("AuditTexts", "Draft invoice deleted"),
        "invoice_issued": QCoreApplication.translate("AuditTexts", "Invoice issued"),
        "credit_note_drafted": QCoreApplication.translate("AuditTexts", "Draft credit note made"),
        "payment_registered": QCoreApplication.translate("AuditTexts", "Payment registered"),
        "payment_deleted": QCoreApplication.translate("AuditTexts", "Payment deleted"),
    }


def what_text(entry: AuditEntry) -> str:
    """The short "what" of an entry: ``Progress letter printed``, ``Client erased``."""
    if entry.action == "document_saved":
        return QCoreApplication.translate("AuditTexts", "{document} saved").format(
            document=document_text(entry.document_kind)
        )
    if entry.action == "document_printed":
        return QCoreApplication.translate("AuditTexts", "{document} printed").format(
            document=document_text(entry.document_kind)
        )
    known = _actions().get(entry.action)
    if known is not None:
        return known
    words = entry.action.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _file_name(where: str) -> str:
    """The last part of a path, whichever system wrote it."""
    return PureWindowsPath(where).name if where else ""


def _value(entry: AuditEntry, key: str) -> str:
    value = entry.detail.get(key)
    return "" if value is None else str(value)


def _date(text: str) -> str:
    try:
        return labels.date_text(dt.date.fromisoformat(text[:10]))
    except ValueError:
        return text


def details_text(entry: AuditEntry) -> str:
    """A sentence with what the stored detail says, in the interface language."""
    action, detail = entry.action, entry.detail
    parts: list[str] = []
    if entry.action in ("document_saved", "document_printed", "access_request_exported"):
        if entry.recipient:
            parts.append(
                QCoreApplication.translate("AuditTexts", "to {recipient}").format(
                    recipient=entry.recipient
                )
            )
        if entry.where:
            if entry.action == "document_printed":
                parts.append(
                    QCoreApplication.translate("AuditTexts", "on printer {printer}").format(
                        printer=entry.where
                    )
                )
            else:
                parts.append(
                    QCoreApplication.translate("AuditTexts", "saved as {file}").format(
                        file=_file_name(entry.where)
                    )
                )
        if action == "access_request_exported":
            if detail.get("include_private") is False:
                reason = _value(entry, "reason")
                parts.append(
                    QCoreApplication.translate(
                        "AuditTexts", "private working notes left out: {reason}"
                    ).format(reason=reason)
                    if reason
                    else QCoreApplication.translate("AuditTexts", "private working notes left out")
                )
            elif detail.get("include_private") is True:
                parts.append(
                    QCoreApplication.translate("AuditTexts", "private working notes included")
                )
    elif action in ("client_erased", "engagement_notes_erased"):
        reason = _value(entry, "reason")
        if reason == "retention":
            parts.append(
                QCoreApplication.translate("AuditTexts", "the retention period had passed")
            )
        elif reason == "request":
            parts.append(QCoreApplication.translate("AuditTexts", "at the client's request"))
        if detail.get("again"):
            parts.append(QCoreApplication.translate("AuditTexts", "applied again"))
    elif action == "erasures_reapplied":
        clients = detail.get("clients")
        engagements = detail.get("engagements")
        count = (len(clients) if isinstance(clients, list) else 0) + (
            len(engagements) if isinstance(engagements, list) else 0
        )
        parts.append(
            QCoreApplication.translate(
                "AuditTexts",
                "{count} erasures brought back by a backup or import were erased again",
            ).format(count=count)
        )
    elif action == "invoices_deleted_retention":
        numbers = detail.get("numbers")
        if isinstance(numbers, list):
            parts.append(
                QCoreApplication.translate("AuditTexts", "{count} deleted: {numbers}").format(
                    count=len(numbers), numbers=", ".join(str(n) for n in numbers)
                )
            )
    elif action == "retention_changed":
        parts.append(
            QCoreApplication.translate(
                "AuditTexts", "notes {months} months after an engagement, invoices {years} years"
            ).format(months=_value(entry, "note_months"), years=_value(entry, "invoice_years"))
        )
    elif action == "backup_restored":
        made = _value(entry, "backup_made")
        parts.append(
            QCoreApplication.translate("AuditTexts", "from {backup}").format(
                backup=_value(entry, "backup")
            )
        )
        if made:
            parts.append(
                QCoreApplication.translate("AuditTexts", "made on {date}").format(date=_date(made))
            )
    elif action == "handover_created":
        parts.append(
            QCoreApplication.translate(
                "AuditTexts", "for {colleague}, {clients} clients, file {file}"
            ).format(
                colleague=_value(entry, "colleague"),
                clients=_value(entry, "clients"),
                file=_value(entry, "file"),
            )
        )
    elif action == "passphrase_changed":
        if detail.get("keyring_remembered"):
            parts.append(
                QCoreApplication.translate(
                    "AuditTexts", "the passphrase remembered on this computer was updated"
                )
            )
    elif action == "calendar_exported":
        parts.append(
            QCoreApplication.translate(
                "AuditTexts", "{events} planned sessions, file {file}"
            ).format(events=_value(entry, "events"), file=_value(entry, "file"))
        )
    elif action == "practice_exported":
        parts.append(
            QCoreApplication.translate("AuditTexts", "file {file}").format(
                file=_value(entry, "file_name")
            )
        )
    elif action == "practice_imported":
        parts.append(
            QCoreApplication.translate("AuditTexts", "from {file}").format(
                file=_value(entry, "source_file")
            )
        )
    elif action == "audit_trail_exported":
        parts.append(
            QCoreApplication.translate("AuditTexts", "{lines} lines, file {file}").format(
                lines=_value(entry, "lines"), file=_value(entry, "file")
            )
        )
    elif "number" in detail:
        parts.append(
            QCoreApplication.translate("AuditTexts", "number {number}").format(
                number=_value(entry, "number")
            )
        )
    elif "amount_cents" in detail and isinstance(detail["amount_cents"], int):
        parts.append(labels.money_text(detail["amount_cents"]))
    return "; ".join(p for p in parts if p)


def describe(entry: AuditEntry) -> tuple[str, str]:
    """``(what, details)`` for the CSV file, in the interface language."""
    return what_text(entry), details_text(entry)


def when_text(at: dt.datetime) -> str:
    """``23-11-2026  14:05``."""
    if at == dt.datetime.min:
        return ""
    return f"{labels.date_text(at.date())}  {labels.time_text(at.time())}"
