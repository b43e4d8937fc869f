"""The emergency hand-over package: a sealed copy under the colleague's passphrase only, an
instruction sheet, an atomic ZIP, and nothing left behind on any path."""

from __future__ import annotations

import errno
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.errors import ValidationError, WrongPassphraseError
from mentordesk.services.handover import (
    HandoverService,
    HandoverWriteError,
)
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft
from tests.conftest import PASSPHRASE
from tests.unit.services.money_setup import practice

COLLEAGUE = "Marleen de Bruijn & <Partners>"
SECRET = "vijf ongewone woorden op een rij"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder for this test: checked empty afterwards."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def pf(practice_path: Path, work: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        practice(opened)
        for name in ("José García", "Ülkü Şahin", "Anna de Vries"):
            opened.clients.create(ClientDraft(name=name, notes="CANARY-NOTE " + name))
        yield opened


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    return folder


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_the_package_opens_with_the_colleague_passphrase_only(
    pf: PracticeFile, out: Path, work: Path, tmp_path: Path
) -> None:
    result = HandoverService(pf).build(out / "overdracht", COLLEAGUE, SECRET, "nl")
    assert result.path == out / "overdracht.zip"
    assert result.client_count == 3
    assert sorted(p.name for p in out.iterdir()) == ["overdracht.zip"]  # no temporary file
    assert list(work.iterdir()) == []  # the private folder is gone
    assert oct(result.path.stat().st_mode & 0o777) == oct(0o600)
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        assert names == ["practice.mentordesk", "Instructies noodoverdracht.pdf"]
        data = archive.read("practice.mentordesk")
        sheet = archive.read("Instructies noodoverdracht.pdf")
    assert not data.startswith(b"SQLite format 3")
    assert b"CANARY-NOTE" not in data and SECRET.encode() not in data
    extracted = tmp_path / "colleague" / "practice.mentordesk"
    extracted.parent.mkdir()
    extracted.write_bytes(data)
    with pytest.raises(WrongPassphraseError):
        open_practice(extracted, PASSPHRASE)
    with open_practice(extracted, SECRET) as copy:
        names_in_copy = sorted(c.name for c in copy.clients.list_rows())
        assert names_in_copy == sorted(c.name for c in pf.clients.list_rows())
        assert copy.info().counts["client"] == pf.info().counts["client"] == 3
    text = _pdf_text(sheet)
    assert "Marleen de Bruijn & <Partners>" in text
    assert "wachtzin" in text and SECRET not in text
    assert "CANARY-NOTE" not in text
    assert "Praktijk" in text
    # the mentor's own file still opens with the mentor's passphrase
    assert pf.verify_passphrase(PASSPHRASE)


def test_the_package_is_noted_in_the_audit_trail_without_the_passphrase(
    pf: PracticeFile, out: Path
) -> None:
    result = HandoverService(pf).build(out / "handover.zip", COLLEAGUE, SECRET, "en")
    row = pf.connection.execute(
        "SELECT detail FROM audit_event WHERE action = 'handover_created'"
    ).fetchone()
    detail = json.loads(row[0])
    assert detail["colleague"] == COLLEAGUE
    assert detail["file"] == "handover.zip"
    assert detail["clients"] == 3
    assert detail["sha256"] == result.sha256
    assert SECRET not in row[0]
    with zipfile.ZipFile(result.path) as archive:
        assert "Hand-over instructions.pdf" in archive.namelist()
        text = _pdf_text(archive.read("Hand-over instructions.pdf"))
    assert "You receive the passphrase separately" in text
    assert "Inform the clients" in text


@pytest.mark.parametrize(
    ("given", "field"),
    [
        (("", SECRET, "nl"), "colleague_name"),
        (("   ", SECRET, "nl"), "colleague_name"),
        ((COLLEAGUE, "short one", "nl"), "passphrase"),
        ((COLLEAGUE, "", "nl"), "passphrase"),
        ((COLLEAGUE, "line\nbreak in the passphrase", "nl"), "passphrase"),
        ((COLLEAGUE, SECRET, "de"), "language"),
    ],
)
def test_bad_input_is_refused_at_its_field_before_anything_is_written(
    pf: PracticeFile, out: Path, work: Path, given: tuple[str, str, str], field: str
) -> None:
    name, secret, language = given
    with pytest.raises(ValidationError) as raised:
        HandoverService(pf).build(out / "p.zip", name, secret, language)
    assert raised.value.field == field
    assert raised.value.text("nl") != raised.value.text("en")
    assert list(out.iterdir()) == [] and list(work.iterdir()) == []


def test_the_mentors_own_passphrase_is_refused(pf: PracticeFile, out: Path, work: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        HandoverService(pf).build(out / "p.zip", COLLEAGUE, PASSPHRASE, "nl")
    assert raised.value.field == "passphrase"
    assert list(out.iterdir()) == [] and list(work.iterdir()) == []


def test_a_missing_folder_is_refused(pf: PracticeFile, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        HandoverService(pf).build(tmp_path / "nope" / "p.zip", COLLEAGUE, SECRET, "nl")
    assert raised.value.field == "target"


def test_a_full_disk_leaves_nothing_under_the_final_name(
    pf: PracticeFile, out: Path, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = out / "p.zip"

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(HandoverWriteError) as raised:
        HandoverService(pf).build(previous, COLLEAGUE, SECRET, "nl")
    assert "disk is full" in raised.value.text("en")
    assert "schijf is vol" in raised.value.text("nl")
    assert list(out.iterdir()) == []  # neither the package nor its temporary file
    assert list(work.iterdir()) == []  # nor the re-keyed copy
    no_event = pf.connection.execute(
        "SELECT count(*) FROM audit_event WHERE action = 'handover_created'"
    ).fetchone()[0]
    assert no_event == 0


def test_an_existing_package_is_replaced_whole(pf: PracticeFile, out: Path) -> None:
    target = out / "p.zip"
    target.write_bytes(b"an older package")
    HandoverService(pf).build(target, COLLEAGUE, SECRET, "en")
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in out.iterdir()) == ["p.zip"]


def test_a_package_that_cannot_be_noted_in_the_audit_trail_is_removed(
    pf: PracticeFile, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EIO, "input/output error")

    monkeypatch.setattr(pf, "audit", refuse)
    with pytest.raises(OSError, match="input/output"):
        HandoverService(pf).build(out / "p.zip", COLLEAGUE, SECRET, "nl")
    assert list(out.iterdir()) == []
