"""The right to erasure: a client's personal content goes (from the file's bytes too), invoices
stay; erasures are remembered in the file and beside it, and applied again after a restore."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from mentordesk.errors import NotFoundError
from mentordesk.services import backups, erasure_register
from mentordesk.services.documents import DocumentService
from mentordesk.services.drafts import DraftService
from mentordesk.services.erasure import ErasureService, reapply_erasures
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import EngagementDraft, GoalDraft, SessionDraft
from mentordesk.store import privacy_queries
from tests import pagecrypt
from tests.conftest import PASSPHRASE
from tests.unit.services.money_setup import practice as money_practice
from tests.unit.services.test_privacy_access import Person, populate


@pytest.fixture
def world(practice_path: Path, tmp_path: Path) -> tuple[Person, Person]:
    """Two canary clients in the closed practice file."""
    with open_practice(practice_path, PASSPHRASE) as pf:
        money_practice(pf)
        return populate(pf, "Alfa", tmp_path), populate(pf, "Bravo", tmp_path)


@pytest.fixture
def pf(practice_path: Path, world: tuple[Person, Person]) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        yield opened


def _register_file(pf: PracticeFile) -> Path:
    with pf.transaction():
        key = erasure_register.practice_key(pf.connection)
    assert key is not None
    return erasure_register.register_path(key)


def _rows(pf: PracticeFile, sql: str, *args: object) -> list[tuple[object, ...]]:
    with pf.transaction():
        return list(pf.connection.execute(sql, args).fetchall())


def test_the_preview_says_what_goes_and_what_stays(
    pf: PracticeFile, world: tuple[Person, Person]
) -> None:
    alfa, _ = world
    preview = ErasureService(pf).preview_client(alfa.client_id)
    assert preview.client_name == "AlfaKanarieNaam Jansen" and not preview.already_erased
    assert preview.contact_fields == 11  # every contact field, tags, notes, referral, scope
    assert (preview.goals, preview.action_items, preview.scores) == (1, 1, 1)
    assert (preview.session_texts, preview.session_drafts) == (3, 1)
    assert (preview.documents, preview.consents, preview.draft_invoices) == (1, 1, 0)
    assert (preview.kept_sessions, preview.kept_invoices, preview.kept_payments) == (3, 1, 1)
    assert preview.invoices_kept_until == dt.date(2032, 12, 31)  # issued 2025, kept 7 years
    assert preview.erased_total > 0
    with pytest.raises(NotFoundError):
        ErasureService(pf).preview_client(999)


def test_erasing_a_client_takes_the_content_and_keeps_the_invoices(
    pf: PracticeFile, world: tuple[Person, Person], tmp_path: Path
) -> None:
    alfa, bravo = world
    row = next(r for r in InvoiceService(pf).list() if r.client_id == alfa.client_id)
    invoice_before = InvoiceService(pf).get(row.id)
    invoices = InvoiceService(pf)
    draft = invoices.create(invoices.suggest(alfa.client_id))  # the two sessions not billed
    assert ErasureService(pf).preview_client(alfa.client_id).draft_invoices == 1
    result = ErasureService(pf).erase_client(alfa.client_id)
    assert all(r.id != draft.id for r in invoices.list())  # a draft has no fiscal duty
    assert [s.client_id for s in invoices.billable_sessions(alfa.client_id)] == [alfa.client_id] * 2
    assert result.newly_registered and result.scope == "client"

    client = pf.clients.get(alfa.client_id)
    assert client.name == f"Gewiste cliënt {alfa.client_id}"
    assert (client.email, client.notes, client.tags, client.referral_source) == ("", "", (), "")
    assert client.consent_scope == "" and client.street == ""
    assert pf.goals.for_client(alfa.client_id, include_archived=True) == {}
    sessions = pf.sessions.for_client(alfa.client_id)
    assert len(sessions) == 3  # dates, hours and status stay
    assert all(
        (s.topics, s.summary, s.private_notes, s.agreed_actions, s.place) == ("",) * 5
        for s in sessions
    )
    assert sum(s.duration_minutes for s in sessions) == 180
    assert DraftService(pf).list_open() and all(
        d.client_id != alfa.client_id for d in DraftService(pf).list_open()
    )
    log = DocumentService(pf).log_for_client(alfa.client_id)[0]
    assert (log.recipient, log.file_name) == ("", "") and len(log.sha256) == 64
    assert log.kind == "session_summary"
    consent = _rows(
        pf,
        "SELECT party_name, party_address, scope FROM consent WHERE client_id = ?",
        alfa.client_id,
    )
    assert consent == [("—", "", "")]
    # the issued invoice is untouched: its own addressee, lines and totals
    invoice_after = InvoiceService(pf).get(invoice_before.id)
    assert invoice_after.addressee.name == "AlfaKanarieNaam Jansen"
    assert invoice_after.totals == invoice_before.totals
    assert invoice_after.lines == invoice_before.lines
    assert invoice_after.addressee == invoice_before.addressee
    # nothing of the other client changed
    other = pf.clients.get(bravo.client_id)
    assert other.email == bravo.email
    assert any(s.summary == bravo.note for s in pf.sessions.for_client(bravo.client_id))
    # remembered in the file and beside it, with no personal text
    rows = _rows(pf, "SELECT scope, subject_id, reason FROM erasure")
    assert rows == [("client", alfa.client_id, "request")]
    register = _register_file(pf)
    assert stat.S_IMODE(register.stat().st_mode) == 0o600
    text = register.read_text(encoding="utf-8")
    assert "Kanarie" not in text and "kanarie" not in text
    assert json.loads(text)["erasures"][0]["subject_id"] == alfa.client_id
    audit = _rows(pf, "SELECT detail FROM audit_event WHERE action = 'client_erased'")
    assert json.loads(str(audit[0][0]))["reason"] == "request"


def test_the_erased_text_is_gone_from_the_file_itself(
    practice_path: Path, world: tuple[Person, Person]
) -> None:
    alfa, bravo = world
    gone = [
        alfa.email,
        alfa.note,
        *alfa.private,
        "AlfaKanarieNotitie",
        "AlfaKanarieDoel",
        "AlfaKanarieConceptSamenvatting",
        "AlfaKanariePartijAdres",
        "AlfaKanarieBestand",
    ]
    for needle in gone:
        assert pagecrypt.contains(practice_path, PASSPHRASE, needle), needle  # there before
    with open_practice(practice_path, PASSPHRASE) as pf:
        ErasureService(pf).erase_client(alfa.client_id)
    for needle in gone:
        assert not pagecrypt.contains(practice_path, PASSPHRASE, needle), needle
    assert pagecrypt.contains(practice_path, PASSPHRASE, bravo.email)
    assert pagecrypt.contains(practice_path, PASSPHRASE, bravo.note)


def test_erasing_an_engagements_notes_keeps_what_the_invoices_and_hours_need(
    pf: PracticeFile, world: tuple[Person, Person]
) -> None:
    alfa, _ = world
    second = pf.engagements.create(
        EngagementDraft(
            client_id=alfa.client_id,
            kind=pf.engagements.get(alfa.engagement_id).kind,
            funding=pf.engagements.get(alfa.engagement_id).funding,
            start_date=dt.date(2025, 2, 1),
            notes="keep me",
        )
    )
    kept_goal = pf.goals.create(GoalDraft(engagement_id=second.id, title="Second goal"))
    pf.sessions.create(
        SessionDraft(engagement_id=second.id, date=dt.date(2025, 2, 3), summary="stays")
    )
    before = pf.sessions.for_client(alfa.client_id)

    ErasureService(pf).erase_engagement_notes(alfa.engagement_id)

    after = {s.id: s for s in pf.sessions.for_client(alfa.client_id)}
    for old in before:
        new = after[old.id]
        assert (new.date, new.duration_minutes, new.status, new.billable) == (
            old.date,
            old.duration_minutes,
            old.status,
            old.billable,
        )
        if old.engagement_id == alfa.engagement_id:
            assert (new.topics, new.summary, new.private_notes, new.agreed_actions) == ("",) * 4
        else:
            assert new.summary == "stays"
    goals = pf.goals.for_client(alfa.client_id, include_archived=True)
    assert alfa.engagement_id not in goals and goals[second.id][0].id == kept_goal.id
    assert pf.engagements.get(alfa.engagement_id).notes == ""
    assert pf.engagements.get(alfa.engagement_id).title == "AlfaKanarieTraject"
    assert pf.engagements.get(second.id).notes == "keep me"
    assert pf.clients.get(alfa.client_id).email == alfa.email  # the client is not erased
    rows = _rows(pf, "SELECT scope, subject_id, reason FROM erasure")
    assert rows == [("engagement", alfa.engagement_id, "retention")]
    with pytest.raises(NotFoundError):
        ErasureService(pf).erase_engagement_notes(999)


def test_an_erasure_is_one_transaction(
    pf: PracticeFile, world: tuple[Person, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    alfa, _ = world

    def broken(*_args: object, **_kwargs: object) -> bool:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(privacy_queries, "register", broken)
    with pytest.raises(RuntimeError):
        ErasureService(pf).erase_client(alfa.client_id)
    client = pf.clients.get(alfa.client_id)
    assert client.email == alfa.email and client.name == "AlfaKanarieNaam Jansen"
    assert any(s.summary == alfa.note for s in pf.sessions.for_client(alfa.client_id))
    assert pf.goals.for_client(alfa.client_id)
    assert _rows(pf, "SELECT count(*) FROM erasure") == [(0,)]


def _backup(practice_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "older-copy.mentordesk"
    shutil.copyfile(practice_path, copy)
    return copy


def test_restoring_an_older_backup_erases_again(
    practice_path: Path, world: tuple[Person, Person], tmp_path: Path
) -> None:
    alfa, bravo = world
    older = _backup(practice_path, tmp_path)
    with open_practice(practice_path, PASSPHRASE) as pf:
        ErasureService(pf).erase_client(alfa.client_id)
    backups.restore(older, practice_path, PASSPHRASE)
    with open_practice(practice_path, PASSPHRASE) as pf:  # opening applies the erasure again
        client = pf.clients.get(alfa.client_id)
        assert client.email == "" and client.name == f"Gewiste cliënt {alfa.client_id}"
        assert pf.clients.get(bravo.client_id).email == bravo.email
        assert _rows(pf, "SELECT scope, subject_id FROM erasure") == [("client", alfa.client_id)]
        audit = _rows(pf, "SELECT detail FROM audit_event WHERE action = 'erasures_reapplied'")
        assert json.loads(str(audit[0][0]))["clients"] == [alfa.client_id]
        assert reapply_erasures(pf) == 0  # done once
        assert len(_rows(pf, "SELECT 1 FROM audit_event WHERE action = 'erasures_reapplied'")) == 1
    assert not pagecrypt.contains(practice_path, PASSPHRASE, alfa.email)


def test_the_files_own_register_works_without_the_one_beside_it(
    pf: PracticeFile, world: tuple[Person, Person]
) -> None:
    alfa, _ = world
    ErasureService(pf).erase_client(alfa.client_id)
    register = _register_file(pf)
    register.unlink()
    # content comes back (an old export merged in, or typed again): erased again
    client = pf.clients.get(alfa.client_id)
    pf.clients.update(alfa.client_id, replace(client, email="back@example.org", notes="back"))
    assert reapply_erasures(pf) == 1
    assert pf.clients.get(alfa.client_id).email == ""
    assert register.exists()  # the register beside the file is written again
    assert json.loads(register.read_text(encoding="utf-8"))["erasures"][0]["scope"] == "client"


def test_a_register_entry_for_another_subject_does_nothing(
    practice_path: Path, world: tuple[Person, Person], tmp_path: Path
) -> None:
    alfa, _ = world
    older = _backup(practice_path, tmp_path)
    with open_practice(practice_path, PASSPHRASE) as pf:
        ErasureService(pf).erase_client(alfa.client_id)
        register = _register_file(pf)
    entries = json.loads(register.read_text(encoding="utf-8"))
    entries["erasures"][0]["subject_created_at"] = "2001-01-01T00:00:00"  # a reused id
    register.write_text(json.dumps(entries), encoding="utf-8")
    backups.restore(older, practice_path, PASSPHRASE)
    with open_practice(practice_path, PASSPHRASE) as pf:
        assert reapply_erasures(pf) == 0
        assert pf.clients.get(alfa.client_id).email == alfa.email
        assert _rows(pf, "SELECT count(*) FROM erasure") == [(0,)]
        assert _rows(
            pf, "SELECT count(*) FROM audit_event WHERE action = 'erasures_reapplied'"
        ) == [(0,)]


def test_reapplying_on_a_large_file_touches_only_what_was_erased(
    pf: PracticeFile, world: tuple[Person, Person]
) -> None:
    alfa, bravo = world
    ErasureService(pf).erase_client(alfa.client_id)
    ErasureService(pf).erase_engagement_notes(bravo.engagement_id)
    stamp = "2025-01-01T00:00:00"
    with pf.transaction():
        conn = pf.connection
        conn.executemany(
            "INSERT INTO client (name, email, notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                (f"Client {n}", f"c{n}@example.org", "notes " * 20, stamp, stamp)
                for n in range(10_000)
            ),
        )
        conn.executemany(
            "INSERT INTO engagement (client_id, kind, funding, start_date, created_at, updated_at)"
            " SELECT id, 'career', 'pro_bono', '2025-01-01', ?, ? FROM client WHERE id = ?",
            ((stamp, stamp, n) for n in range(3, 10_003)),
        )
        conn.executemany(
            "INSERT INTO session (engagement_id, date, summary, created_at, updated_at)"
            " VALUES (?, '2025-01-02', 'a note', ?, ?)",
            ((n, stamp, stamp) for n in range(3, 10_003)),
        )
    for client_id in range(3, 53):  # fifty more erased clients in both registers
        ErasureService(pf).erase_client(client_id)
    assert reapply_erasures(pf) == 0
    # a restored copy of client 60's content is left alone; an erased one is blanked again
    with pf.transaction():
        pf.connection.execute("UPDATE client SET email = 'back@example.org' WHERE id = 40")
    assert reapply_erasures(pf) == 1
    assert pf.clients.get(40).email == ""
    assert pf.clients.get(60).email == "c57@example.org"
