"""A PDF is complete under its name, or not there at all."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from mentordesk.documents import pdf_output
from mentordesk.documents.pdf_output import DocumentWriteError, write_pdf

DATA = b"%PDF-1.4\n" + b"x" * 50_000 + b"\n%%EOF\n"


def test_writes_the_bytes_and_returns_their_sha256(tmp_path: Path) -> None:
    target = tmp_path / "Voortgangsbrief José.pdf"
    digest = write_pdf(target, DATA)
    assert target.read_bytes() == DATA
    assert digest == hashlib.sha256(DATA).hexdigest() == pdf_output.sha256_hex(DATA)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    write_pdf(target, b"%PDF-new")  # replaces whole
    assert target.read_bytes() == b"%PDF-new"


def _fail_fsync(fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _fail_replace(src: object, dst: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_a_full_disk_leaves_no_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    target = tmp_path / "verslag.pdf"
    if where == "fsync":
        monkeypatch.setattr(pdf_output.os, "fsync", _fail_fsync)
    else:
        monkeypatch.setattr(pdf_output.os, "replace", _fail_replace)
    with pytest.raises(DocumentWriteError) as caught:
        write_pdf(target, DATA)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert str(target) in caught.value.text("en")
    assert "disk is full" in caught.value.text("en")
    assert "schijf is vol" in caught.value.text("nl")
    assert isinstance(caught.value.__cause__, OSError)


def test_a_failure_keeps_an_existing_file_of_that_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"the old letter")
    monkeypatch.setattr(pdf_output.os, "replace", _fail_replace)
    with pytest.raises(DocumentWriteError):
        write_pdf(target, DATA)
    assert target.read_bytes() == b"the old letter"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_missing_folder_and_folder_as_target_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentWriteError) as missing:
        write_pdf(tmp_path / "gone" / "brief.pdf", DATA)
    assert "folder does not exist" in missing.value.text("en")
    with pytest.raises(DocumentWriteError) as folder:
        write_pdf(tmp_path, DATA)
    assert "that is a folder" in folder.value.text("en")
    assert "dat is een map" in folder.value.text("nl")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DocumentWriteError) as caught:
            write_pdf(folder / "brief.pdf", DATA)
        assert "may not write" in caught.value.text("en")
    finally:
        folder.chmod(0o700)
