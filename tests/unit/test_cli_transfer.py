"""``mentordesk export`` and ``mentordesk import``: exit codes, messages, the files they make."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from mentordesk.__main__ import main
from mentordesk.cli import wants_cli
from mentordesk.services.practice_file import open_practice
from mentordesk.services.records import ClientDraft
from tests.conftest import PASSPHRASE

NEW = "nieuwe wachtzin voor de geïmporteerde praktijk"


@pytest.fixture
def filled(practice_path: Path) -> Path:
    with open_practice(practice_path, PASSPHRASE) as pf:
        pf.clients.create(ClientDraft(name="José Álvarez", notes="vertrouwelijk & <privé>"))
    return practice_path


def test_export_then_import_round_trip(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert wants_cli(["export"]) and wants_cli(["import"])
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "export.zip"
    assert main(["export", str(filled), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Wrote {out}" in printed and "Not encrypted" in printed
    with zipfile.ZipFile(out) as archive:
        data = json.loads(archive.read("data.json"))
    assert data["tables"]["client"]["rows"][0]["name"] == "José Álvarez"

    secret = tmp_path / "secret.txt"
    secret.write_text(NEW + "\n", encoding="utf-8")
    monkeypatch.delenv("MENTORDESK_PASSPHRASE")
    target = tmp_path / "kopie"  # the suffix is added
    code = main(["import", str(out), "--out", str(target), "--passphrase-file", str(secret)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "kopie.mentordesk" in printed and "1 clients" in printed
    with open_practice(tmp_path / "kopie.mentordesk", NEW) as pf:
        (client,) = pf.clients.list_rows()
        assert client.name == "José Álvarez"


def test_import_errors_exit_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", NEW)
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    assert main(["import", str(junk), "--out", str(tmp_path / "new.mentordesk")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a ZIP file" in err
    assert main(["import", str(tmp_path / "gone.zip"), "--out", str(tmp_path / "n")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.mentordesk"))


def test_export_errors_and_usage(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", "wrong")
    assert main(["export", str(filled), "--out", str(tmp_path / "x.zip")]) == 1
    assert "passphrase does not open this file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["export", str(filled)])
    assert caught.value.code == 2
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MENTORDESK_LANG", "nl")
    assert main(["export", str(filled), "--out", str(tmp_path / "no-such-folder" / "x.zip")]) == 1
    assert "de map bestaat niet" in capsys.readouterr().err
