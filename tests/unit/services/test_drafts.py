"""Drafts of the session editor: kept in the encrypted file, one per session, listed, discarded."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from mentordesk.domain.enums import EngagementKind, Funding, SessionStatus
from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.services.drafts import DraftService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft, EngagementDraft, SessionDraft
from tests.conftest import PASSPHRASE


def _engagement(pf: PracticeFile, name: str = "José Álvarez", sensitive: bool = False) -> int:
    client = pf.clients.create(ClientDraft(name=name, sensitive=sensitive))
    return pf.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            start_date=dt.date(2026, 1, 5),
        )
    ).id


def _count(pf: PracticeFile) -> int:
    with pf.transaction():
        return int(pf.connection.execute("SELECT count(*) FROM session_draft").fetchone()[0])


def test_a_new_sessions_draft_is_replaced_by_its_id(practice: PracticeFile) -> None:
    drafts = DraftService(practice)
    eid = _engagement(practice)
    first = drafts.save(eid, None, {"summary": "Eerste", "date": "2026-03-02"})
    again = drafts.save(eid, None, {"summary": "Eerste en tweede"}, draft_id=first)
    assert again == first
    assert drafts.get(first).payload == {"summary": "Eerste en tweede"}
    other = drafts.save(eid, None, {"summary": "another new session"})
    assert other != first
    assert _count(practice) == 2


def test_an_existing_session_has_one_draft(practice: PracticeFile) -> None:
    drafts = DraftService(practice)
    eid = _engagement(practice)
    session = practice.sessions.create(SessionDraft(engagement_id=eid, date=dt.date(2026, 2, 2)))
    first = drafts.save(eid, session.id, {"summary": "a"})
    assert drafts.save(eid, session.id, {"summary": "ab"}) == first
    # a new-session draft of the editor that saved this session merges into the one draft
    loose = drafts.save(eid, None, {"summary": "loose"})
    assert drafts.save(eid, session.id, {"summary": "abc"}, draft_id=loose) == first
    assert _count(practice) == 1
    assert drafts.for_session(session.id).payload == {"summary": "abc"}  # type: ignore[union-attr]


def test_refuses_a_session_of_another_engagement_and_unknown_ones(practice: PracticeFile) -> None:
    drafts = DraftService(practice)
    eid = _engagement(practice)
    other = _engagement(practice, "Anna de Vries")
    session = practice.sessions.create(SessionDraft(engagement_id=eid, date=dt.date(2026, 2, 2)))
    with pytest.raises(ValidationError):
        drafts.save(other, session.id, {"summary": "x"})
    with pytest.raises(NotFoundError):
        drafts.save(eid, 9999, {"summary": "x"})
    with pytest.raises(NotFoundError):
        drafts.save(9999, None, {"summary": "x"})
    with pytest.raises(TypeError):
        drafts.save(eid, None, {"when": dt.date(2026, 1, 1)})  # only plain JSON values
    with pytest.raises(ValidationError) as caught:
        drafts.save(eid, None, {"summary": "x" * 2_000_001})
    assert "too long" in caught.value.text("en")
    assert _count(practice) == 0


def test_list_open_names_the_client_by_initials_when_sensitive_and_holds_no_text(
    practice: PracticeFile,
) -> None:
    drafts = DraftService(practice)
    plain = _engagement(practice)
    hidden = _engagement(practice, "Ülkü Şahin", sensitive=True)
    session = practice.sessions.create(
        SessionDraft(engagement_id=plain, date=dt.date(2026, 2, 2), status=SessionStatus.HELD)
    )
    old = drafts.save(plain, session.id, {"summary": "secret words"})
    new = drafts.save(hidden, None, {"summary": "more secret words", "date": "2026-03-09"})
    with practice.transaction():  # make the order certain
        practice.connection.execute(
            "UPDATE session_draft SET updated_at = '2026-01-01T10:00:00' WHERE id = ?", (old,)
        )
    listed = drafts.list_open()
    assert [d.id for d in listed] == [new, old]
    assert listed[0].client_display_name == "Ü.Ş."
    assert listed[0].is_new_session and listed[0].date == dt.date(2026, 3, 9)
    assert listed[1].client_display_name == "José Álvarez"
    assert listed[1].date == dt.date(2026, 2, 2)  # no date in the draft: the session's
    assert listed[1].updated_at == dt.datetime(2026, 1, 1, 10, 0)
    assert "secret" not in repr(listed)


def test_discard_and_cascade_with_the_session(practice: PracticeFile) -> None:
    drafts = DraftService(practice)
    eid = _engagement(practice)
    kept = drafts.save(eid, None, {"summary": "x"})
    assert drafts.discard(kept) is True
    assert drafts.discard(kept) is False
    with pytest.raises(NotFoundError):
        drafts.get(kept)
    session = practice.sessions.create(SessionDraft(engagement_id=eid, date=dt.date(2026, 2, 2)))
    drafts.save(eid, session.id, {"summary": "y"})
    with practice.transaction():
        practice.connection.execute("DELETE FROM session WHERE id = ?", (session.id,))
    assert drafts.list_open() == []


def test_a_draft_survives_closing_and_reopening(practice_path: Path) -> None:
    with open_practice(practice_path, PASSPHRASE) as pf:
        eid = _engagement(pf)
        kept = DraftService(pf).save(eid, None, {"summary": "Niet kwijtraken: ‘José’ & <b>"})
    assert b"kwijtraken" not in practice_path.read_bytes()  # encrypted on disk
    with open_practice(practice_path, PASSPHRASE) as pf:
        (listed,) = DraftService(pf).list_open()
        assert listed.id == kept
        assert DraftService(pf).get(kept).payload["summary"] == "Niet kwijtraken: ‘José’ & <b>"


def test_an_unknown_engagement_is_named_in_dutch(practice: PracticeFile) -> None:
    with pytest.raises(NotFoundError) as caught:
        DraftService(practice).save(9999, None, {"summary": "x"})
    assert caught.value.text("nl") == "Traject 9999 is niet gevonden. Misschien is het verwijderd."
    assert caught.value.text("en").startswith("Engagement 9999 was not found")


# -- note text never reaches an unencrypted file ----------------------------------------------
def test_a_refused_search_query_logs_no_searched_words(
    practice: PracticeFile, caplog: pytest.LogCaptureFixture
) -> None:
    """The log file is not encrypted; an FTS5 error repeats the words that were searched."""
    from mentordesk.store import search_queries

    with caplog.at_level(logging.DEBUG, logger=search_queries.__name__):
        found = search_queries.search(practice.connection, "scheiding: schulden", 10)
        found_too = search_queries.search(practice.connection, '"echtscheiding', 10)
    assert found == {} and found_too == {}
    assert caplog.records, "the refusal is still logged"
    for needle in ("scheiding", "schulden"):
        assert needle not in caplog.text
        for record in caplog.records:
            assert needle not in str(record.args) and needle not in record.getMessage()
