"""The command line: commands, exit codes, passphrase sources; never a traceback, never Qt."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import cli
from mentordesk.__main__ import main
from tests.conftest import PASSPHRASE


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_version_and_usage_errors() -> None:
    from mentordesk import __version__

    assert run("--version").stdout.strip() == f"MentorDesk {__version__}"
    for bad in (["info"], ["info", "a", "b"], ["demo", "x.mentordesk", "--clients", "many"]):
        result = run(*bad)
        assert result.returncode == 2, bad
        assert "Traceback" not in result.stderr


def test_info_check_clients_with_env_passphrase(practice_path: Path) -> None:
    env = {"MENTORDESK_PASSPHRASE": PASSPHRASE}
    info = run("info", str(practice_path), env=env)
    assert info.returncode == 0, info.stderr
    assert "schema version" in info.stdout
    assert "kdf_iter                256000" in info.stdout
    assert "client" in info.stdout
    check = run("check", str(practice_path), env=env)
    assert check.returncode == 0
    assert "OK" in check.stdout


def test_user_errors_exit_1_with_one_line(practice_path: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(practice_path.read_bytes()).hexdigest()
    wrong = run("info", str(practice_path), env={"MENTORDESK_PASSPHRASE": "nope"})
    missing = run("check", str(tmp_path / "gone.mentordesk"), env={"MENTORDESK_PASSPHRASE": "x"})
    no_passphrase = run("clients", str(practice_path))
    for result, words in (
        (wrong, "passphrase does not open"),
        (missing, "does not exist"),
        (no_passphrase, "No passphrase given"),
    ):
        assert result.returncode == 1
        assert words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
    assert hashlib.sha256(practice_path.read_bytes()).hexdigest() == before


def test_messages_follow_the_language(practice_path: Path) -> None:
    result = run(
        "info", str(practice_path), env={"MENTORDESK_PASSPHRASE": "nope", "MENTORDESK_LANG": "nl"}
    )
    assert "wachtzin" in result.stderr


def test_passphrase_file_and_clients_search(
    practice: object, practice_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentordesk.services.practice_file import PracticeFile
    from mentordesk.services.records import ClientDraft

    assert isinstance(practice, PracticeFile)
    practice.clients.create(ClientDraft(name="Ülkü Şahin", sensitive=True))
    practice.clients.create(ClientDraft(name="José García"))
    practice.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8-sig")  # as Notepad saves it
    assert main(["clients", str(practice_path), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "Ü.Ş." in out and "Şahin" not in out
    assert "José García" in out
    assert (
        main(["clients", str(practice_path), "--passphrase-file", str(secret), "--search", "sahin"])
        == 0
    )
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and "Ü.Ş." in lines[0]
    assert main(["clients", str(practice_path), "--passphrase-file", str(tmp_path / "no")]) == 1
    assert "Cannot read the passphrase file" in capsys.readouterr().err


def test_remembered_passphrase_is_used(
    practice_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentordesk.services.practice_file import remember_passphrase

    remember_passphrase(practice_path, PASSPHRASE)
    assert main(["info", str(practice_path)]) == 0
    assert "schema version" in capsys.readouterr().out


def test_file_in_use_is_reported(practice: object, practice_path: Path) -> None:
    result = run("info", str(practice_path), env={"MENTORDESK_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 1
    assert "open in another MentorDesk window" in result.stderr


def test_check_reports_damage_and_exits_1(practice_path: Path) -> None:
    data = bytearray(practice_path.read_bytes())
    data[4096 * 3 + 100] ^= 0xFF
    practice_path.write_bytes(bytes(data))
    result = run("check", str(practice_path), env={"MENTORDESK_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert (
        ("problem" in result.stdout)
        or ("damaged" in result.stderr)
        or ("does not open" in result.stderr)
    )


def test_commands_never_load_qt(practice_path: Path) -> None:
    code = (
        "import sys\n"
        "from mentordesk.__main__ import main\n"
        f"code = main(['info', {str(practice_path)!r}])\n"
        "print('QT LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MENTORDESK_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("NO QT")


def test_wants_cli_dispatch() -> None:
    assert cli.wants_cli(["info", "x"])
    assert cli.wants_cli(["--version"])
    assert not cli.wants_cli([])
    assert not cli.wants_cli(["my practice.mentordesk"])
    parsed = cli.parse_app_args(["--demo"])
    assert parsed is not None and parsed.demo and parsed.file is None
    parsed = cli.parse_app_args(["a.mentordesk"])
    assert parsed is not None and parsed.file == Path("a.mentordesk")


def test_a_reader_that_goes_away_is_not_an_error(practice_path: Path, tmp_path: Path) -> None:
    """``mentordesk clients FILE | head -1`` ends quietly, without "something went wrong"."""
    import os
    import subprocess
    import sys

    from mentordesk.services.practice_file import open_practice
    from mentordesk.services.records import ClientDraft
    from tests.conftest import PASSPHRASE

    with open_practice(practice_path, PASSPHRASE) as pf, pf.transaction():
        for number in range(3000):  # more than a pipe holds (64 KiB)
            pf.clients.create(ClientDraft(name=f"Client {number}"))
    script = (
        f"{sys.executable} -m mentordesk clients {practice_path} | head -1; exit ${{PIPESTATUS[0]}}"
    )
    env = {**os.environ, "MENTORDESK_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert result.stdout.count("\n") == 1 and "Client" in result.stdout
    assert "went wrong" not in result.stderr
    assert result.returncode == 0
