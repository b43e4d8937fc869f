"""A full disk: the change is refused with a clear message and nothing is half-written."""

from __future__ import annotations

import dataclasses

import pytest

from mentordesk.errors import DiskFullError
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft
from tests.conftest import PASSPHRASE


def fill_up(pf: PracticeFile) -> None:
    """SQLite reports SQLITE_FULL, exactly as for a full disk, once max_page_count is reached."""
    pages = pf.connection.execute("PRAGMA page_count").fetchone()[0]
    pf.connection.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_refuses_the_change_and_keeps_everything_else(practice: PracticeFile) -> None:
    kept = practice.clients.create(ClientDraft(name="Bestaande Cliënt", notes="al opgeslagen"))
    fill_up(practice)
    with pytest.raises(DiskFullError) as caught:
        practice.clients.create(ClientDraft(name="Nieuwe Cliënt", notes="lange notitie " * 5000))
    assert "disk is full" in caught.value.text("en")
    assert "schijf is vol" in caught.value.text("nl")
    with pytest.raises(DiskFullError):
        practice.clients.update(kept.id, dataclasses.replace(kept, notes="x " * 50000))
    path = practice.path
    practice.close()
    with open_practice(path, PASSPHRASE) as reopened:
        assert [c.name for c in reopened.clients.list_rows()] == ["Bestaande Cliënt"]
        assert reopened.clients.get(kept.id).notes == "al opgeslagen"
        assert reopened.integrity_problems() == []
