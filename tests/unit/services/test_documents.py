"""Documents from a practice file: confidentiality, consent, the document log, atomic saving."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.documents import pdf_output
from mentordesk.documents.pdf_output import DocumentWriteError
from mentordesk.domain import confidentiality
from mentordesk.domain.confidentiality import Confidentiality, Visibility
from mentordesk.domain.enums import EngagementKind, Funding, Language, SessionStatus
from mentordesk.errors import ValidationError
from mentordesk.services import document_log
from mentordesk.services.consents import ConsentDraft, ConsentMissingError, ConsentService
from mentordesk.services.documents import (
    Channel,
    DocumentKind,
    DocumentService,
    LetterRequest,
    PreparedDocument,
    Recipient,
    RecipientKind,
    render,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    PayerDraft,
    SessionDraft,
)
from tests.unit.documents.pdf_check import annotations, contains, pdf_text, squeeze

TODAY = dt.date.today()
KINDS = ["letter to client", "letter to payer", "session summary"]


@dataclasses.dataclass(frozen=True)
class World:
    client_id: int
    other_client_id: int
    payer_id: int
    goal_id: int
    normal_id: int
    confidential_id: int
    private_id: int


def _session(pf: PracticeFile, engagement_id: int, tag: str, days_ago: int, level: str) -> int:
    return pf.sessions.create(
        SessionDraft(
            engagement_id=engagement_id,
            date=TODAY - dt.timedelta(days=days_ago),
            start_time=dt.time(10, 0),
            status=SessionStatus.HELD,
            topics=f"{tag}-CANARY-topics",
            summary=f"{tag}-CANARY-summary",
            agreed_actions=f"{tag}-CANARY-agreed",
            private_notes=f"PRIVATE-CANARY-notes-of-{tag}",
            confidentiality=Confidentiality(level),
        )
    ).id


@pytest.fixture
def world(practice: PracticeFile) -> World:
    pf = practice
    payer = pf.payers.create(
        PayerDraft(
            name="Tom & Jerry BV",
            contact_name="Marloes Verhoef (HR)",
            street="Keizersgracht 455",
            postal_code="1017 DK",
            city="Amsterdam",
            reference="PO-77",
        )
    )
    client = pf.clients.create(
        ClientDraft(
            name="José García",
            preferred_name="Pepe",
            street="Achter Sint Pieter 69",
            postal_code="3512 HT",
            city="Utrecht",
            referral_source="Huisarts",
            payer_id=payer.id,
        )
    )
    other = pf.clients.create(ClientDraft(name="Ülkü Şahin"))
    engagement = pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.PAYER_PAID,
            payer_id=payer.id,
            start_date=TODAY - dt.timedelta(days=120),
            payer_reference="PO 2025-0412",
        )
    )
    goal = pf.goals.create(
        GoalDraft(engagement_id=engagement.id, title="Rust & ruimte", description="GOAL-CANARY")
    )
    normal = _session(pf, engagement.id, "NORMAL", 60, "normal")
    secret = _session(pf, engagement.id, "CONF", 40, "confidential")
    private = _session(pf, engagement.id, "PRIVLEVEL", 20, "private")
    for days, value, session_id in ((60, 3, normal), (40, 5, secret), (20, 7, private)):
        pf.goals.record_score(goal.id, value, TODAY - dt.timedelta(days=days), session_id)
    pf.goals.add_action(goal.id, "NORMAL-CANARY-action", TODAY + dt.timedelta(days=9))
    pf.goals.add_action(goal.id, "CONF-CANARY-action", session_id=secret)
    pf.goals.add_action(goal.id, "PRIVLEVEL-CANARY-action", session_id=private)
    pf.sessions.create(
        SessionDraft(engagement_id=engagement.id, date=TODAY + dt.timedelta(days=14))
    )
    return World(client.id, other.id, payer.id, goal.id, normal, secret, private)


def _consent_to_payer(pf: PracticeFile, w: World) -> int:
    draft = ConsentDraft(
        RecipientKind.PAYER, TODAY - dt.timedelta(days=100), "Voortgang", payer_id=w.payer_id
    )
    return ConsentService(pf).record(w.client_id, draft).id


def _prepare(pf: PracticeFile, w: World, kind: str, ticked: bool) -> list[PreparedDocument]:
    service = DocumentService(pf)
    # ticking the private session too: the rule must still leave it out
    chosen = frozenset({w.confidential_id, w.private_id}) if ticked else frozenset()
    sessions = (w.normal_id, w.confidential_id, w.private_id)
    if kind == "session summary":
        return [service.prepare_summary(s, include_confidential=ticked) for s in sessions]
    recipient = Recipient()
    if kind == "letter to payer":
        _consent_to_payer(pf, w)
        recipient = Recipient(RecipientKind.PAYER)
    request = LetterRequest(
        w.client_id, recipient, session_ids=sessions, include_confidential=chosen
    )
    return [service.prepare_letter(request)]


@pytest.mark.parametrize("ticked", [False, True], ids=["unticked", "ticked"])
@pytest.mark.parametrize("kind", KINDS)
def test_confidential_only_when_ticked_and_private_never(
    practice: PracticeFile, world: World, tmp_path: Path, kind: str, ticked: bool
) -> None:
    service = DocumentService(practice)
    texts = []
    for number, prepared in enumerate(_prepare(practice, world, kind, ticked)):
        rendered = render(prepared)
        entry = service.save(rendered, tmp_path / f"doc{number}.pdf")
        texts.append(squeeze(pdf_text(rendered.pdf)))
        expected = (
            (world.confidential_id,)
            if ticked and world.confidential_id in (entry.session_ids)
            else ()
        )
        assert entry.confidential_ids == expected
        if kind != "session summary":  # a summary is about its session, texts or not
            assert world.private_id not in entry.session_ids
    text = "".join(texts)
    for part in ("topics", "summary", "agreed"):
        assert f"NORMAL-CANARY-{part}" in text
        assert (f"CONF-CANARY-{part}" in text) == ticked, part
        assert f"PRIVLEVEL-CANARY-{part}" not in text
    assert "PRIVATE-CANARY" not in text
    assert "PRIVLEVEL-CANARY-action" not in text
    if kind != "session summary":
        assert "NORMAL-CANARY-action" in text  # next steps, from the goal's open actions
        assert ("CONF-CANARY-action" in text) == ticked
        assert "GOAL-CANARY" in text


def test_every_text_decision_goes_through_the_domain_rule(
    practice: PracticeFile, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = confidentiality.visibility
    asked: list[tuple[Confidentiality, bool]] = []

    def nothing_leaves(level: Confidentiality, output: object, **flags: bool) -> Visibility:
        asked.append((level, flags.get("ticked", False)))
        assert output is confidentiality.Output.DOCUMENT
        return Visibility.OMIT

    monkeypatch.setattr(confidentiality, "visibility", nothing_leaves)
    for kind in KINDS:
        for prepared in _prepare(practice, world, kind, ticked=True):
            text = squeeze(pdf_text(render(prepared).pdf))
            assert "CANARY" not in text, kind
    assert (Confidentiality.CONFIDENTIAL, True) in asked
    assert (Confidentiality.NORMAL, False) in asked
    monkeypatch.setattr(confidentiality, "visibility", original)


def test_letter_to_the_payer_without_consent_is_refused(
    practice: PracticeFile, world: World, tmp_path: Path
) -> None:
    service = DocumentService(practice)
    out = tmp_path / "out"
    out.mkdir()
    request = LetterRequest(world.client_id, Recipient(RecipientKind.PAYER))
    with pytest.raises(ConsentMissingError) as caught:
        service.prepare_letter(request)
    assert "José García (Pepe) has not consented" in caught.value.text("en")
    assert "the payer Tom & Jerry BV" in caught.value.text("en")
    assert "heeft geen toestemming gegeven" in caught.value.text("nl")
    assert "de betaler Tom & Jerry BV" in caught.value.text("nl")
    with pytest.raises(ConsentMissingError):
        service.write_letter(request, out / "brief.pdf")
    assert list(out.iterdir()) == []
    assert service.log_for_client(world.client_id) == []


def test_letter_to_the_payer_with_consent_and_a_withdrawal(
    practice: PracticeFile, world: World, tmp_path: Path
) -> None:
    service = DocumentService(practice)
    consent_id = _consent_to_payer(practice, world)
    prepared = service.prepare_letter(
        LetterRequest(world.client_id, Recipient(RecipientKind.PAYER), language=Language.EN)
    )
    assert prepared.recipient == Recipient(RecipientKind.PAYER, world.payer_id)
    assert prepared.included.session_ids == ()  # a third party gets no sessions by default
    rendered = render(prepared)
    for expected in (
        "Tom & Jerry BV",
        "Attn. Marloes Verhoef",
        "Your reference",
        "PO 2025-0412",
        "Dear Marloes Verhoef,",
        "With the consent of José García",
    ):
        assert contains(rendered.pdf, expected), expected
    ConsentService(practice).withdraw(consent_id)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ConsentMissingError):  # withdrawn between preparing and saving
        service.save(rendered, out / "brief.pdf")
    with pytest.raises(ConsentMissingError):
        service.record_printed(rendered, "Kantoorprinter")
    assert list(out.iterdir()) == []
    assert service.log_for_client(world.client_id) == []


def test_letter_to_a_named_party_uses_the_consent_record(
    practice: PracticeFile, world: World
) -> None:
    service = DocumentService(practice)
    with pytest.raises(ConsentMissingError):
        service.prepare_letter(LetterRequest(world.client_id, Recipient(RecipientKind.REFERRER)))
    consent = ConsentService(practice).record(
        world.client_id,
        ConsentDraft(
            RecipientKind.REFERRER,
            TODAY,
            "Korte terugkoppeling",
            party_name="Dr. A. <Jansen> & partners",
            party_address="Huisartsenpraktijk Lombok\nKanaalstraat 1\n3531 CA Utrecht",
        ),
    )
    prepared = service.prepare_letter(
        LetterRequest(world.client_id, Recipient(RecipientKind.REFERRER))
    )
    assert prepared.recipient == Recipient(RecipientKind.REFERRER, consent_id=consent.id)
    pdf = render(prepared).pdf
    for expected in ("Dr. A. <Jansen> & partners", "Kanaalstraat 1", "Geachte heer, mevrouw,"):
        assert contains(pdf, expected)
    assert "Met toestemming van José García" in pdf_text(pdf).replace("\n", " ")


def test_consent_records_and_their_rules(practice: PracticeFile, world: World) -> None:
    consents = ConsentService(practice)
    refused = [
        ConsentDraft(RecipientKind.CLIENT, TODAY),
        ConsentDraft(RecipientKind.PAYER, TODAY),
        ConsentDraft(RecipientKind.OTHER, TODAY, party_name="  "),
        ConsentDraft(RecipientKind.PAYER, TODAY + dt.timedelta(days=1), payer_id=world.payer_id),
    ]
    for draft in refused:
        with pytest.raises(ValidationError):
            consents.record(world.client_id, draft)
    given = consents.record(
        world.client_id,
        ConsentDraft(RecipientKind.PAYER, TODAY - dt.timedelta(days=5), payer_id=world.payer_id),
    )
    assert given.recipient_name == "Tom & Jerry BV" and given.in_force()
    with pytest.raises(ValidationError):
        consents.withdraw(given.id, on=TODAY - dt.timedelta(days=6))
    ended = consents.withdraw(given.id)
    assert ended.withdrawn_on == TODAY and not ended.in_force()
    assert consents.in_force(world.client_id, RecipientKind.PAYER, payer_id=world.payer_id) is None
    assert [c.id for c in consents.for_client(world.client_id)] == [given.id]
    assert consents.for_client(world.other_client_id) == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        ended.scope = "x"  # type: ignore[misc]
    actions = [
        row[0] for row in practice.connection.execute("SELECT action FROM audit_event ORDER BY id")
    ]
    assert "consent_recorded" in actions and "consent_withdrawn" in actions


def test_choices_mark_confidential_and_private_sessions(
    practice: PracticeFile, world: World
) -> None:
    choices = DocumentService(practice).letter_choices(world.client_id)
    by_id = {s.id: s for s in choices.sessions}
    assert by_id[world.normal_id].chosen and by_id[world.normal_id].selectable
    assert by_id[world.confidential_id].level is Confidentiality.CONFIDENTIAL
    assert not by_id[world.confidential_id].chosen and by_id[world.confidential_id].selectable
    assert not by_id[world.private_id].selectable and not by_id[world.private_id].chosen
    assert [g.id for g in choices.goals if g.chosen] == [world.goal_id]
    kinds = [(r.recipient.kind, r.name, r.allowed) for r in choices.recipients]
    assert kinds == [
        (RecipientKind.CLIENT, "José García", True),
        (RecipientKind.PAYER, "Tom & Jerry BV", False),
        (RecipientKind.REFERRER, "Huisarts", False),
    ]
    refusal = choices.recipients[1].refusal
    assert refusal is not None and "Tom & Jerry BV" in refusal.text("en")
    _consent_to_payer(practice, world)
    again = DocumentService(practice).recipients(world.client_id)
    assert again[1].allowed and again[1].consent is not None


def test_default_texts_follow_language_and_recipient(practice: PracticeFile, world: World) -> None:
    service = DocumentService(practice)
    own = service.letter_texts(LetterRequest(world.client_id))
    assert own.salutation == "Beste Pepe,"
    assert own.subject == "Voortgang van je traject"
    assert "NORMAL-CANARY-action" in own.next_steps
    assert "CONF-CANARY-action" not in own.next_steps
    assert "Ons volgende gesprek staat gepland op" in own.next_steps
    _consent_to_payer(practice, world)
    formal = service.letter_texts(
        LetterRequest(world.client_id, Recipient(RecipientKind.PAYER), language=Language.EN)
    )
    assert formal.salutation == "Dear Marloes Verhoef,"
    assert formal.subject == "Progress of the mentoring of José García"
    assert "The next session is planned for" in formal.next_steps


def test_goals_and_sessions_of_another_client_are_refused(
    practice: PracticeFile, world: World
) -> None:
    service = DocumentService(practice)
    with pytest.raises(ValidationError) as caught:
        service.prepare_letter(LetterRequest(world.other_client_id, goal_ids=(world.goal_id,)))
    assert caught.value.field == "goal_ids"
    assert "hoort niet bij" in caught.value.text("nl")
    with pytest.raises(ValidationError):
        service.prepare_letter(
            LetterRequest(world.other_client_id, include_confidential=frozenset({world.normal_id}))
        )


def test_the_log_row_matches_the_file_and_is_audited(
    practice: PracticeFile, world: World, tmp_path: Path
) -> None:
    service = DocumentService(practice)
    target = tmp_path / "Voortgangsbrief.pdf"
    entry = service.write_letter(LetterRequest(world.client_id), target)
    data = target.read_bytes()
    assert entry.sha256 == hashlib.sha256(data).hexdigest()
    assert entry.kind == DocumentKind.PROGRESS_LETTER
    assert entry.channel is Channel.SAVED
    assert entry.file_name == str(target)
    assert entry.recipient == "José García" and entry.recipient_kind is RecipientKind.CLIENT
    assert entry.goal_ids == (world.goal_id,) and entry.session_ids == (world.normal_id,)
    assert entry.language is Language.NL
    row = practice.connection.execute(
        "SELECT sha256, included, channel FROM document_log WHERE id = ?", (entry.id,)
    ).fetchone()
    assert row[0] == hashlib.sha256(data).hexdigest() and row[2] == "saved"
    assert json.loads(row[1])["sessions"] == [world.normal_id]
    audit = practice.connection.execute(
        "SELECT client_id, detail FROM audit_event WHERE action = 'document_saved'"
    ).fetchall()
    assert len(audit) == 1 and audit[0][0] == world.client_id
    assert json.loads(audit[0][1])["sha256"] == entry.sha256
    assert annotations(data) == []


def test_printing_is_logged_with_the_printed_bytes(practice: PracticeFile, world: World) -> None:
    service = DocumentService(practice)
    rendered = render(service.prepare_summary(world.normal_id))
    entry = service.record_printed(rendered, "Kantoorprinter")
    assert entry.channel is Channel.PRINTED and entry.file_name == "Kantoorprinter"
    assert entry.sha256 == hashlib.sha256(rendered.pdf).hexdigest()
    assert entry.kind == DocumentKind.SESSION_SUMMARY
    later = service.write_summary(world.normal_id, practice.path.parent / "verslag.pdf")
    assert [e.id for e in service.log_for_client(world.client_id)] == [later.id, entry.id]
    assert service.log_for_client(world.other_client_id) == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.sha256 = "0" * 64  # type: ignore[misc]


def test_a_failed_write_leaves_no_file_and_no_log_row(
    practice: PracticeFile, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_output.os, "replace", disk_full)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brief.pdf"
    with pytest.raises(DocumentWriteError) as caught:
        DocumentService(practice).write_letter(LetterRequest(world.client_id), target)
    assert str(target) in caught.value.text("en")
    assert list(out.iterdir()) == []
    assert DocumentService(practice).log_for_client(world.client_id) == []


def test_a_document_that_cannot_be_logged_is_removed_again(
    practice: PracticeFile, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("log failed")

    monkeypatch.setattr(document_log, "add", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        DocumentService(practice).write_summary(world.normal_id, out / "verslag.pdf")
    assert list(out.iterdir()) == []


def test_suggested_names_are_safe_and_hide_sensitive_clients(
    practice: PracticeFile, world: World
) -> None:
    service = DocumentService(practice)
    letter = service.prepare_letter(LetterRequest(world.client_id, date=dt.date(2026, 11, 23)))
    assert letter.suggested_name == "Voortgangsbrief José García 2026-11-23.pdf"
    client = practice.clients.get(world.client_id)
    practice.clients.update(
        world.client_id, dataclasses.replace(client, name='A/B: "Şahin"?', sensitive=True)
    )
    summary = service.prepare_summary(world.normal_id, language=Language.EN)
    assert summary.suggested_name.startswith("Session summary A.Ş. ")
    assert not any(ch in summary.suggested_name for ch in '/\\:"?*<>|')


def test_importing_the_service_loads_no_reportlab() -> None:
    code = (
        "import sys\n"
        "import mentordesk.services.documents\n"
        "import mentordesk.services.document_content\n"
        "print('reportlab' in sys.modules, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_a_version_2_file_gains_consents_and_logs_documents(tmp_path: Path) -> None:
    import shutil

    from mentordesk.services.practice_file import open_practice
    from tests.conftest import PASSPHRASE

    stored = Path(__file__).resolve().parents[2] / "data" / "schema-v2.mentordesk"
    path = tmp_path / "old.mentordesk"
    shutil.copyfile(stored, path)
    with open_practice(path, PASSPHRASE) as pf:
        client = next(r for r in pf.clients.list_rows() if r.name == "Tom & Jerry <test>")
        payer = pf.payers.list()[0]
        service = DocumentService(pf)
        request = LetterRequest(client.id, Recipient(RecipientKind.PAYER, payer.id))
        with pytest.raises(ConsentMissingError):
            service.prepare_letter(request)
        ConsentService(pf).record(
            client.id, ConsentDraft(RecipientKind.PAYER, TODAY, payer_id=payer.id)
        )
        entry = service.write_letter(request, tmp_path / "brief.pdf")
        assert entry.recipient == "Gemeente Ûtrecht & Co"
        assert contains((tmp_path / "brief.pdf").read_bytes(), "Gemeente Ûtrecht & Co")
        assert pf.integrity_problems() == []
