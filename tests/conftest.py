"""Shared fixtures: every test gets its own home folder, an in-memory keyring and a fresh file.

A practice file is created once per test run (the KDF makes creation slow-ish) and copied for
each test that needs one; the copy is a closed file, so a plain copy is safe here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only, so tests never touch the OS store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MENTORDESK_HOME", str(home))
    monkeypatch.setenv("MENTORDESK_LANG", "en")
    monkeypatch.delenv("MENTORDESK_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def template_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mentordesk.services.practice_file import create_practice

    path = tmp_path_factory.mktemp("template") / "template.mentordesk"
    create_practice(path, PASSPHRASE, "Praktijk de Wegwijzer").close()
    return path


@pytest.fixture
def practice_path(template_file: Path, tmp_path: Path) -> Path:
    """A fresh, closed practice file (passphrase ``PASSPHRASE``)."""
    target = tmp_path / "practice.mentordesk"
    shutil.copyfile(template_file, target)
    return target


@pytest.fixture
def practice(practice_path: Path) -> Iterator[object]:
    """The fresh practice file, opened."""
    from mentordesk.services.practice_file import open_practice

    pf = open_practice(practice_path, PASSPHRASE)
    yield pf
    pf.close()
