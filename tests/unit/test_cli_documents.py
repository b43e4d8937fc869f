"""``mentordesk letter`` and ``mentordesk summary`` on a demo practice: written, logged, refused."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.__main__ import main
from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import SessionStatus
from mentordesk.services import demo
from mentordesk.services.documents import (
    Channel,
    DocumentKind,
    DocumentLogEntry,
    DocumentService,
)
from mentordesk.services.practice_file import open_practice
from tests.unit.documents.pdf_check import contains, pdf_text, squeeze

JOSE = 1  # the first fixed demo client: José García, paid by Tom & Jerry BV


@pytest.fixture
def demo_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "demo.mentordesk"
    demo.build_demo(path, demo.DEMO_PASSPHRASE, clients=3, seed=1)
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", demo.DEMO_PASSPHRASE)
    yield path


def _held(path: Path, client_id: int, level: Confidentiality) -> list[int]:
    with open_practice(path, demo.DEMO_PASSPHRASE) as pf:
        return [
            s.id
            for s in pf.sessions.for_client(client_id)
            if s.status is SessionStatus.HELD and s.confidentiality is level and s.summary
        ]


def _log(path: Path, client_id: int) -> list[DocumentLogEntry]:
    with open_practice(path, demo.DEMO_PASSPHRASE) as pf:
        return list(DocumentService(pf).log_for_client(client_id))


def test_letter_is_written_and_logged(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    normal = _held(demo_file, JOSE, Confidentiality.NORMAL)[:2]
    secret = _held(demo_file, JOSE, Confidentiality.CONFIDENTIAL)[0]
    out = tmp_path / "brief.pdf"
    code = main(
        [
            "letter",
            str(demo_file),
            "--client",
            str(JOSE),
            "--out",
            str(out),
            "--lang",
            "en",
            "--sessions",
            ",".join(map(str, normal)),
            "--include-confidential",
            str(secret),
        ]
    )
    assert code == 0, capsys.readouterr().err
    data = out.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert digest in capsys.readouterr().out
    assert contains(data, "Progress of your mentoring") and contains(data, "Dear Pepe,")
    (entry,) = _log(demo_file, JOSE)
    assert entry.kind == DocumentKind.PROGRESS_LETTER
    assert entry.sha256 == digest
    assert entry.channel is Channel.SAVED
    assert sorted(entry.session_ids) == sorted([*normal, secret])
    assert entry.confidential_ids == (secret,)


def test_summary_is_written_and_logged_without_confidential_notes(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = _held(demo_file, JOSE, Confidentiality.CONFIDENTIAL)[0]
    with open_practice(demo_file, demo.DEMO_PASSPHRASE) as pf:
        summary = pf.sessions.get(secret).summary
    plain, ticked = tmp_path / "plain.pdf", tmp_path / "ticked.pdf"
    args = ["summary", str(demo_file), "--session", str(secret), "--out"]
    assert main([*args, str(plain)]) == 0
    assert main([*args, str(ticked), "--include-confidential"]) == 0
    assert "Logged" in capsys.readouterr().out
    assert squeeze(summary) not in squeeze(pdf_text(plain.read_bytes()))
    assert squeeze(summary) in squeeze(pdf_text(ticked.read_bytes()))
    entries = _log(demo_file, JOSE)
    assert [e.sha256 for e in entries] == [
        hashlib.sha256(ticked.read_bytes()).hexdigest(),
        hashlib.sha256(plain.read_bytes()).hexdigest(),
    ]
    assert [e.confidential_ids for e in entries] == [(secret,), ()]


def test_letter_to_the_payer_without_consent_is_refused(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentordesk.services.consents import ConsentService

    with open_practice(demo_file, demo.DEMO_PASSPHRASE) as pf:
        consents = ConsentService(pf)
        given = [c for c in consents.for_client(JOSE) if c.in_force()]
        assert given, "the demo records consent for letters to the employer who pays"
        for consent in given:
            consents.withdraw(consent.id)
    out = tmp_path / "werkgever.pdf"
    args = ["letter", str(demo_file), "--client", str(JOSE), "--to", "payer", "--out", str(out)]
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "has not consented" in err and "Tom & Jerry BV" in err
    monkeypatch.setenv("MENTORDESK_LANG", "nl")
    assert main(args) == 1
    assert "heeft geen toestemming gegeven" in capsys.readouterr().err
    assert not out.exists()
    assert _log(demo_file, JOSE) == []


def test_wrong_ids_are_clear_errors(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    with pytest.raises(SystemExit) as usage:
        main(["letter", str(demo_file), "--client", "1", "--goals", "twee", "--out", out])
    assert usage.value.code == 2
    capsys.readouterr()
    assert main(["letter", str(demo_file), "--client", "999", "--out", out]) == 1
    assert "not found" in capsys.readouterr().err
    foreign = _held(demo_file, 2, Confidentiality.NORMAL)[0]
    assert (
        main(["letter", str(demo_file), "--client", "1", "--sessions", str(foreign), "--out", out])
        == 1
    )
    assert "is not one of" in capsys.readouterr().err
    assert main(["summary", str(demo_file), "--session", "99999", "--out", out]) == 1
    assert not Path(out).exists()


def test_letter_command_runs_without_qt(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    code = (
        "import sys\n"
        "from mentordesk.__main__ import main\n"
        f"code = main(['letter', {str(demo_file)!r}, '--client', '1', '--out', {str(out)!r}])\n"
        "print('QT LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "NO QT" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
