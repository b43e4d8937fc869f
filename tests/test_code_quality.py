"""Static checks run as part of the test suite: lint, format, types, and the layer rules."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.quality


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is not installed: pip install -e '.[test]'"
    return found


def check(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"


def test_ruff_lint() -> None:
    check(tool("ruff"), "check", "mentordesk", "tests", "benchmarks")


def test_ruff_format() -> None:
    check(tool("ruff"), "format", "--check", "mentordesk", "tests", "benchmarks")


def test_mypy() -> None:
    check(tool("mypy"), "mentordesk")


def test_import_layers() -> None:
    check(tool("lint-imports"))
