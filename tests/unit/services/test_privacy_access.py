"""The right of access: one client's complete file as a ZIP with a PDF and data.json; every
record of that client, none of anyone else's; private working notes left out only with a
logged reason. Checked with canary strings in two clients."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding, SessionStatus
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.consents import ConsentDraft, ConsentService, RecipientKind
from mentordesk.services.documents import DocumentService, DocumentWriteError
from mentordesk.services.drafts import DraftService
from mentordesk.services.invoice_records import PaymentDraft
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.payments import PaymentService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.privacy_access import AccessRequestService
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, SessionDraft
from tests.conftest import PASSPHRASE
from tests.unit.documents.pdf_check import pdf_text, squeeze
from tests.unit.services.money_setup import practice as money_practice

DAY = dt.date(2025, 3, 3)


@dataclass(frozen=True)
class Person:
    """A client whose every text field holds a canary starting with ``tag``."""

    tag: str
    client_id: int
    engagement_id: int
    invoiced_session_id: int
    canaries: tuple[str, ...]  # everything but the private ones
    private: tuple[str, ...]  # the working notes and the text of a private session
    email: str
    note: str  # a session summary (normal level)


_FIELDS = (
    *("Naam", "Roepnaam", "Telefoon", "Straat", "Stad", "Land", "Verwijzer", "Reikwijdte"),
    *("Label", "Notitie", "Traject", "TrajectNotitie", "Doel", "DoelTekst", "Onderwerp"),
    *("Samenvatting", "Afspraak", "Plek", "Vertrouwelijk", "Score", "Actie"),
    *("ConceptSamenvatting", "Partij", "PartijAdres", "Toestemming", "Bestand", "Betaling"),
)


def populate(pf: PracticeFile, tag: str, folder: Path) -> Person:
    """One client with a canary in every kind of record (``tag`` is "Alfa" or "Bravo")."""

    def c(name: str) -> str:
        return f"{tag}Kanarie{name}"

    email = f"{tag.lower()}.kanarie@example.org"
    client = pf.clients.create(
        ClientDraft(
            name=f"{c('Naam')} Jansen",
            preferred_name=c("Roepnaam"),
            email=email,
            phone=c("Telefoon"),
            street=c("Straat"),
            postal_code="1234 AB",
            city=c("Stad"),
            country=c("Land"),
            referral_source=c("Verwijzer"),
            status=ClientStatus.ACTIVE,
            consent_scope=c("Reikwijdte"),
            tags=(c("Label"),),
            notes=c("Notitie"),
        )
    )
    engagement = pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            rate_cents=9500,
            start_date=dt.date(2025, 1, 1),
            title=c("Traject"),
            notes=c("TrajectNotitie"),
        )
    )
    goal = pf.goals.create(
        GoalDraft(engagement_id=engagement.id, title=c("Doel"), description=c("DoelTekst"))
    )

    def session(day: int, level: Confidentiality, **texts: str) -> int:
        draft = SessionDraft(
            engagement_id=engagement.id,
            date=dt.date(2025, 1, day),
            status=SessionStatus.HELD,
            confidentiality=level,
            **texts,  # type: ignore[arg-type]
        )
        return pf.sessions.create(draft).id

    normal = session(
        6,
        Confidentiality.NORMAL,
        topics=c("Onderwerp"),
        summary=c("Samenvatting"),
        agreed_actions=c("Afspraak"),
        place=c("Plek"),
        private_notes=c("Werkaantekening"),
    )
    session(13, Confidentiality.CONFIDENTIAL, summary=c("Vertrouwelijk"))
    session(20, Confidentiality.PRIVATE, summary=c("PriveSessie"))
    pf.goals.record_score(goal.id, 6, dt.date(2025, 1, 6), session_id=normal, note=c("Score"))
    pf.goals.add_action(goal.id, c("Actie"), session_id=normal)
    DraftService(pf).save(
        engagement.id,
        normal,
        {"summary": c("ConceptSamenvatting"), "private_notes": c("ConceptPrive")},
    )
    ConsentService(pf).record(
        client.id,
        ConsentDraft(
            RecipientKind.OTHER,
            given_on=dt.date(2025, 1, 2),
            party_name=c("Partij"),
            party_address=c("PartijAdres"),
            scope=c("Toestemming"),
        ),
    )
    DocumentService(pf).write_summary(normal, folder / f"{c('Bestand')}.pdf")
    invoices = InvoiceService(pf)
    invoice = invoices.create(invoices.suggest(client.id, [normal]))
    invoices.issue(invoice.id, on=DAY, today=DAY)
    PaymentService(pf).add(
        invoice.id, PaymentDraft(date=DAY, amount_cents=1000, note=c("Betaling")), today=DAY
    )
    canaries = tuple(c(n) for n in _FIELDS)
    return Person(
        tag=tag,
        client_id=client.id,
        engagement_id=engagement.id,
        invoiced_session_id=normal,
        canaries=(*canaries, email),
        private=(c("Werkaantekening"), c("PriveSessie"), c("ConceptPrive")),
        email=email,
        note=c("Samenvatting"),
    )


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        money_practice(opened)
        yield opened


@pytest.fixture
def people(pf: PracticeFile, tmp_path: Path) -> tuple[Person, Person]:
    return populate(pf, "Alfa", tmp_path), populate(pf, "Bravo", tmp_path)


def _read(path: Path) -> tuple[str, str, dict[str, object]]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        pdf_name = next(n for n in names if n.endswith(".pdf"))
        raw = archive.read("data.json").decode("utf-8")
        return squeeze(pdf_text(archive.read(pdf_name))), raw, json.loads(raw)


def test_the_export_holds_every_record_of_the_client_and_none_of_another(
    pf: PracticeFile, people: tuple[Person, Person], tmp_path: Path
) -> None:
    alfa, bravo = people
    target = tmp_path / "inzage.zip"
    export = AccessRequestService(pf).export(alfa.client_id, target, include_private=True)
    assert export.path == target.absolute()
    assert len(export.sha256) == 64
    pdf, raw, data = _read(target)
    for canary in (*alfa.canaries, *alfa.private):
        assert canary in raw, canary
        assert squeeze(canary) in pdf, canary
    for canary in (*bravo.canaries, *bravo.private):
        assert canary not in raw, canary
        assert squeeze(canary) not in pdf, canary
    assert "Bravo" not in raw and "Bravo" not in pdf
    counts = export.counts
    assert counts["sessions"] == 3 and counts["goals"] == 1 and counts["session_drafts"] == 1
    assert counts["invoices"] == 1 and counts["invoice_lines"] == 1 and counts["payments"] == 1
    assert counts["consents"] == 1 and counts["documents"] == 1
    sessions = data["sessions"]
    assert isinstance(sessions, list)
    assert {s["confidentiality"] for s in sessions} == {"normal", "confidential", "private"}
    assert data["private_notes_included"] is True


def test_leaving_private_notes_out_needs_a_reason_and_drops_every_private_text(
    pf: PracticeFile, people: tuple[Person, Person], tmp_path: Path
) -> None:
    alfa, _ = people
    service = AccessRequestService(pf)
    target = tmp_path / "zonder.zip"
    with pytest.raises(ValidationError) as refused:
        service.export(alfa.client_id, target, include_private=False, leave_out_reason="  ")
    assert refused.value.field == "leave_out_reason"
    assert not target.exists()

    reason = "Notes would harm a third party"
    export = service.export(alfa.client_id, target, include_private=False, leave_out_reason=reason)
    pdf, raw, data = _read(export.path)
    for canary in alfa.private:
        assert canary not in raw, canary
        assert squeeze(canary) not in pdf, canary
    for canary in alfa.canaries:  # the rest, confidential included, is all there
        assert canary in raw, canary
        assert squeeze(canary) in pdf, canary
    assert data["private_notes_included"] is False
    assert data["private_notes_left_out_reason"] == reason
    assert squeeze(reason) in pdf

    log = DocumentService(pf).log_for_client(alfa.client_id)[0]
    assert log.kind == "access_request" and log.sha256 == export.sha256
    with pf.transaction():
        row = pf.connection.execute(
            "SELECT detail FROM audit_event WHERE action = 'access_request_exported' "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
    detail = json.loads(row[0])
    assert detail["include_private"] is False and detail["reason"] == reason
    assert detail["document_log_id"] == export.document_log_id


def test_the_pdf_is_in_the_clients_language_unless_asked_otherwise(
    pf: PracticeFile, people: tuple[Person, Person], tmp_path: Path
) -> None:
    alfa, _ = people
    service = AccessRequestService(pf)
    dutch = service.export(alfa.client_id, tmp_path / "nl.zip", True)
    english = service.export(alfa.client_id, tmp_path / "en.zip", True, language="en")
    assert "Inzageinuwgegevens" in _read(dutch.path)[0]
    assert "Yourpersonaldata" in _read(english.path)[0]
    prepared = service.prepare(alfa.client_id, True, today=DAY)
    assert (
        prepared.suggested_name
        == f"Inzage in uw gegevens {alfa.tag}KanarieNaam Jansen 2025-03-03.zip"
    )


def test_user_text_is_printed_literally(pf: PracticeFile, tmp_path: Path) -> None:
    client = pf.clients.create(
        ClientDraft(name='Tom & <b>Jerry</b> "Ülkü" Şahin', notes='<img src="/etc/passwd"/>')
    )
    export = AccessRequestService(pf).export(client.id, tmp_path / "x.zip", True)
    pdf, _, _ = _read(export.path)
    assert squeeze('Tom & <b>Jerry</b> "Ülkü" Şahin') in pdf
    assert squeeze('<img src="/etc/passwd"/>') in pdf


def test_a_failed_write_leaves_nothing_and_logs_nothing(
    pf: PracticeFile, people: tuple[Person, Person], tmp_path: Path
) -> None:
    alfa, _ = people
    folder = tmp_path / "a folder"
    folder.mkdir()
    service = AccessRequestService(pf)
    with pytest.raises(DocumentWriteError):  # the target is a folder
        service.export(alfa.client_id, folder, True)
    with pytest.raises(DocumentWriteError):  # the folder does not exist
        service.export(alfa.client_id, tmp_path / "gone" / "inzage.zip", True)
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "gone").exists()
    assert all(
        e.kind != "access_request" for e in DocumentService(pf).log_for_client(alfa.client_id)
    )


def test_an_unknown_client_is_refused(pf: PracticeFile, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        AccessRequestService(pf).export(999, tmp_path / "x.zip", True)
    assert not (tmp_path / "x.zip").exists()
