"""The version: written once (mentordesk/version.py), printed by ``mentordesk --version``
without loading Qt or the database."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import mentordesk
from mentordesk import cli, version
from mentordesk.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
# PEP 440 release versions, optionally with a pre-release or dev part (0.1.0, 1.2.0rc1, 1.0.dev3)
PEP440 = re.compile(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?")


def test_the_version_is_a_release_number() -> None:
    assert PEP440.fullmatch(version.__version__), version.__version__
    assert mentordesk.__version__ == version.__version__


def test_the_version_is_written_in_one_place() -> None:
    written = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "mentordesk").rglob("*.py"))
        if re.search(r"^__version__\b[^=]*=\s*[\"']", path.read_text(encoding="utf-8"), re.M)
    ]
    assert written == ["mentordesk/version.py"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dynamic = pyproject["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "mentordesk.version.__version__"}
    assert "version" in pyproject["project"]["dynamic"]


def test_version_option_prints_the_name_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"MentorDesk {version.__version__}\n"


def test_the_cli_parser_gives_the_same_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"MentorDesk {version.__version__}"


def test_version_loads_neither_qt_nor_the_database() -> None:
    probe = (
        "import sys\n"
        "from mentordesk.__main__ import main\n"
        "code = main(['--version'])\n"
        "heavy = {'PySide6', 'shiboken6', 'sqlcipher3', 'peewee', 'keyring', 'reportlab'}\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & heavy)\n"
        "print('exit', code, 'loaded', ','.join(heavy) or '-')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"MentorDesk {version.__version__}", "exit 0 loaded -"]


def test_python_m_mentordesk_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"MentorDesk {version.__version__}\n",
        "",
    )
