"""The audit trail as read by the mentor: groups, dates, clients, documents with their
fingerprint, initials for sensitive clients, and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentordesk.domain.enums import Language
from mentordesk.services import document_log
from mentordesk.services.audit_trail import (
    AuditEntry,
    AuditGroup,
    AuditTrailService,
    csv_text,
    group_of,
)
from mentordesk.services.consents import RecipientKind
from mentordesk.services.document_content import IncludedItems
from mentordesk.services.document_log import Channel, DocumentKind, LoggedDocument
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.recipients import Recipient
from mentordesk.services.records import ClientDraft
from mentordesk.store.models import AuditEvent, DocumentLog
from tests.conftest import PASSPHRASE

SHA = "ab" * 32


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        yield opened


@dataclass(frozen=True)
class World:
    jose: int
    ulku: int


def _event(
    pf: PracticeFile, at: str, action: str, client_id: int | None = None, **detail: object
) -> None:
    with pf.transaction():
        pf.audit(action, client_id=client_id, **detail)
        AuditEvent.update(at=at).where(AuditEvent.id == AuditEvent.select().count()).execute()


@pytest.fixture
def world(pf: PracticeFile) -> World:
    jose = pf.clients.create(ClientDraft(name="José García")).id
    ulku = pf.clients.create(ClientDraft(name="Ülkü Şahin", sensitive=True)).id
    with pf.transaction():
        AuditEvent.update(at="2025-01-01T09:00:00").execute()  # file and clients created
    with pf.transaction():
        request = DocumentLog.create(
            created_at="2025-03-01T10:00:00",
            kind="access_request",
            client=jose,
            recipient="José García",
            file_name="/home/m/jose.zip",
            sha256="ef" * 32,
            channel="saved",
        )
    _event(
        pf,
        "2025-03-01T10:00:00",
        "access_request_exported",
        jose,
        document_log_id=request.id,
        include_private=False,
        reason="protects a third party",
        sha256="ef" * 32,
    )
    _event(pf, "2025-03-02T10:00:00", "client_erased", ulku, reason="request")
    _event(pf, "2025-03-03T10:00:00", "backup_restored", backup="x.mentordesk")
    _event(pf, "2025-03-04T10:00:00", "passphrase_changed", keyring_remembered=False)
    _event(pf, "2025-04-01T10:00:00", "invoice_issued", jose, number="2025-0001")
    for client, recipient, channel in (
        (ulku, "Ülkü Şahin", Channel.SAVED),
        (jose, "Tom & Jerry <BV>", Channel.PRINTED),
    ):
        document_log.add(
            pf,
            LoggedDocument(
                kind=DocumentKind.PROGRESS_LETTER,
                client_id=client,
                recipient=Recipient(RecipientKind.CLIENT),
                recipient_name=recipient,
                language=Language.NL,
                included=IncludedItems(session_ids=(1,)),
            ),
            channel=channel,
            where="/home/m/brief.pdf" if channel is Channel.SAVED else "Kantoorprinter",
            sha256=SHA,
        )
    with pf.transaction():
        DocumentLog.update(created_at="2025-05-01T10:00:00").execute()
        AuditEvent.update(at="2025-05-01T10:00:00").where(
            AuditEvent.action.startswith("document_")
        ).execute()
        # an older log row without its audit event
        DocumentLog.create(
            created_at="2024-12-01T08:00:00",
            kind="session_summary",
            client=jose,
            recipient="José García",
            file_name="/tmp/summary.pdf",
            sha256="cd" * 32,
            channel="saved",
        )
    return World(jose, ulku)


def test_groups_of_the_actions() -> None:
    assert group_of("practice_exported") is AuditGroup.EXPORT
    assert group_of("document_printed") is AuditGroup.DOCUMENT
    assert group_of("engagement_notes_erased") is AuditGroup.ERASURE
    assert group_of("backup_restored") is AuditGroup.RESTORE
    assert group_of("passphrase_changed") is AuditGroup.PASSPHRASE
    assert group_of("client_created") is AuditGroup.OTHER


def test_everything_newest_first_with_documents_joined(pf: PracticeFile, world: World) -> None:
    entries = AuditTrailService(pf).entries()
    assert entries == sorted(entries, key=lambda e: e.at, reverse=True)
    documents = [e for e in entries if e.group is AuditGroup.DOCUMENT]
    assert len(documents) == 3  # two with their audit event, one older without
    printed = next(e for e in documents if e.action == "document_printed")
    assert (printed.recipient, printed.where, printed.sha256) == (
        "Tom & Jerry <BV>",
        "Kantoorprinter",
        SHA,
    )
    assert printed.document_kind == "progress_letter"
    assert printed.client_name == "José García"
    saved = next(e for e in documents if e.action == "document_saved" and e.key.startswith("e"))
    # a sensitive client: initials, also as the recipient
    assert saved.client_name == "Ü.Ş." and saved.recipient == "Ü.Ş."
    orphan = next(e for e in documents if e.key.startswith("d"))
    assert orphan.document_kind == "session_summary" and orphan.sha256 == "cd" * 32
    assert orphan.at == dt.datetime(2024, 12, 1, 8)


def test_filters_by_group_dates_and_client(pf: PracticeFile, world: World) -> None:
    service = AuditTrailService(pf)
    exports = service.entries(AuditGroup.EXPORT)
    assert [e.action for e in exports] == ["access_request_exported"]
    assert exports[0].detail["include_private"] is False
    assert (exports[0].where, exports[0].sha256) == ("/home/m/jose.zip", "ef" * 32)
    # its document log row is not listed a second time as a document
    documents = service.entries(AuditGroup.DOCUMENT)
    assert "access_request" not in {e.document_kind for e in documents}
    erasures = service.entries({AuditGroup.ERASURE, AuditGroup.PASSPHRASE})
    assert [e.action for e in erasures] == ["passphrase_changed", "client_erased"]
    others = {e.action for e in service.entries(AuditGroup.OTHER)}
    assert "invoice_issued" in others and "client_created" in others
    assert not others & {"client_erased", "document_saved"}
    march = service.entries(None, dt.date(2025, 3, 2), dt.date(2025, 3, 3))
    assert [e.action for e in march] == ["backup_restored", "client_erased"]
    jose = service.entries(None, client_id=world.jose)
    assert {e.client_id for e in jose} == {world.jose}
    assert {e.action for e in jose} >= {"access_request_exported", "document_printed"}
    assert len([e for e in jose if e.group is AuditGroup.DOCUMENT]) == 2


def test_csv_export_of_the_shown_entries(pf: PracticeFile, world: World, tmp_path: Path) -> None:
    service = AuditTrailService(pf)
    shown = service.entries(AuditGroup.DOCUMENT)
    target = tmp_path / "audit.csv"
    assert service.export_csv(target) == 3
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=","))
    assert rows[0][0] == "When" and rows[0][-1] == "SHA-256"
    assert len(rows) == 1 + len(shown)
    assert {r[-1] for r in rows[1:]} == {SHA, "cd" * 32}
    assert "Ü.Ş." in {r[3] for r in rows[1:]} and "Ülkü Şahin" not in raw.decode("utf-8-sig")
    assert next(e.action for e in service.entries(AuditGroup.EXPORT)) == "audit_trail_exported"
    assert list(tmp_path.glob(".*")) == []  # no temporary file left


def test_dutch_csv_uses_semicolons_and_guards_formulas() -> None:
    entry = AuditEntry(
        key="e1",
        at=dt.datetime(2025, 1, 2, 3, 4, 5),
        group=AuditGroup.DOCUMENT,
        action="document_saved",
        client_id=1,
        client_name="=HYPERLINK(1)",
        recipient="+31 6 12345678",
    )
    text = csv_text([entry], describe=lambda e: ("Brief opgeslagen", "aan iemand"), language="nl")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][0] == "Tijdstip"
    assert rows[1][:6] == [
        "2025-01-02 03:04:05",
        "document",
        "Brief opgeslagen",
        "'=HYPERLINK(1)",
        "aan iemand",
        "'+31 6 12345678",
    ]
