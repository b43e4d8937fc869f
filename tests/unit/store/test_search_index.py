"""FTS5 inside the encrypted file, kept by triggers; erased text is gone from the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import EngagementKind, Funding, SessionStatus
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft, EngagementDraft, GoalDraft, SessionDraft


def hits(pf: PracticeFile, query: str) -> list[tuple[Any, ...]]:
    with pf.transaction():
        return list(
            pf.connection.execute(
                "SELECT kind, ref_id, client_id, level FROM search_index WHERE search_index MATCH ?"
                " ORDER BY kind, ref_id",
                (query,),
            )
        )


def test_index_follows_inserts_updates_and_levels(practice: PracticeFile) -> None:
    client = practice.clients.create(ClientDraft(name="José García", tags=("loopbaan",)))
    engagement = practice.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            start_date=dt.date(2026, 1, 1),
        )
    )
    goal = practice.goals.create(GoalDraft(engagement_id=engagement.id, title="Zingeving vinden"))
    practice.goals.add_action(goal.id, "Waardenkaart invullen")
    session = practice.sessions.create(
        SessionDraft(
            engagement_id=engagement.id,
            date=dt.date(2026, 2, 1),
            status=SessionStatus.HELD,
            summary="Gesprek over leidinggevende",
            private_notes="vermoedelijk overbelast",
            confidentiality=Confidentiality.CONFIDENTIAL,
        )
    )

    assert hits(practice, "jose") == [("client", client.id, client.id, "normal")]
    assert hits(practice, "garcia") == hits(practice, "GARCÍA")
    assert hits(practice, "zingeving") == [("goal", goal.id, client.id, "normal")]
    assert hits(practice, "waardenkaart") == [("action", 1, client.id, "normal")]
    assert hits(practice, "leidinggevende") == [("session", session.id, client.id, "confidential")]
    assert hits(practice, "overbelast") == [("session_private", session.id, client.id, "private")]

    from dataclasses import replace

    practice.sessions.update(session.id, replace(session, summary="Nieuwe tekst", private_notes=""))
    assert hits(practice, "leidinggevende") == []
    assert hits(practice, "overbelast") == []
    assert [h[0] for h in hits(practice, "nieuwe")] == ["session"]


def test_deleted_text_is_gone_from_the_file_bytes(practice: PracticeFile) -> None:
    """secure_delete plus FTS5 secure-delete: erased words do not linger in free pages."""
    client = practice.clients.create(ClientDraft(name="Test Cliënt"))
    engagement = practice.engagements.create(
        EngagementDraft(
            client_id=client.id,
            kind=EngagementKind.CAREER,
            funding=Funding.PRO_BONO,
            start_date=dt.date(2026, 1, 1),
        )
    )
    secret = "zeldzaamgeheimwoord"
    session = practice.sessions.create(
        SessionDraft(
            engagement_id=engagement.id,
            date=dt.date(2026, 1, 2),
            private_notes=" ".join([secret] * 50),
        )
    )
    assert hits(practice, secret)
    with practice.transaction():
        practice.connection.execute("DELETE FROM session WHERE id = ?", (session.id,))
    assert hits(practice, secret) == []
    # the file is encrypted, so look at the decrypted pages through a plaintext export
    plain = Path(str(practice.path) + ".plain")
    conn = practice.connection
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    try:
        assert secret.encode() not in plain.read_bytes()
        assert b"Test Cli" in plain.read_bytes()  # the export itself worked
    finally:
        plain.unlink()
