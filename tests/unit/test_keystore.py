"""Remembering the passphrase: opt-in, bounded in time, never in plain text."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, KeyringLocked

from mentordesk import config, keystore
from mentordesk.errors import DamagedFileError
from mentordesk.services import practice_file as files
from tests.conftest import PASSPHRASE, MemoryKeyring


class BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class SlowKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return "too late"

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends: no safe place for a passphrase."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_remember_recall_forget(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "a.mentordesk"
    assert keystore.available()
    assert keystore.recall(path) is None
    assert keystore.remember(path, "geheim")
    assert memory_keyring.secrets == {("MentorDesk", str(path.absolute())): "geheim"}
    assert keystore.recall(path) == "geheim"
    assert keystore.forget(path)
    assert keystore.recall(path) is None
    assert keystore.forget(path)  # nothing left: still "forgotten"


@pytest.mark.parametrize("error", [KeyringError("no dbus"), KeyringLocked("locked"), OSError()])
def test_failing_or_locked_keyring_means_ask(tmp_path: Path, error: Exception) -> None:
    keyring.set_keyring(BrokenKeyring(error))
    path = tmp_path / "a.mentordesk"
    assert keystore.recall(path) is None
    assert keystore.remember(path, "geheim") is False
    assert keystore.forget(path) is False


def test_slow_keyring_is_given_up_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keystore, "TIMEOUT_SECONDS", 0.3)
    slow = SlowKeyring()
    keyring.set_keyring(slow)
    started = time.monotonic()
    try:
        assert keystore.recall(tmp_path / "a.mentordesk") is None
        assert keystore.remember(tmp_path / "a.mentordesk", "x") is False
    finally:
        slow.release.set()
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("backend", [fail.Keyring(), PlaintextKeyring()])
def test_unsafe_or_missing_keyring_is_never_used(tmp_path: Path, backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    path = tmp_path / "a.mentordesk"
    assert not keystore.available()
    assert keystore.remember(path, "geheim") is False
    if isinstance(backend, MemoryKeyring):
        assert backend.secrets == {}


def test_remembered_passphrase_opens_and_a_failing_one_is_kept(
    practice_path: Path, memory_keyring: MemoryKeyring
) -> None:
    assert files.open_with_remembered(practice_path) is None
    assert files.remember_passphrase(practice_path, PASSPHRASE)
    with files.open_with_remembered(practice_path) as pf:  # type: ignore[union-attr]
        assert pf.info().schema_version >= 1
    files.remember_passphrase(practice_path, "an old passphrase")
    assert files.open_with_remembered(practice_path) is None
    assert keystore.recall(practice_path) == "an old passphrase"  # not silently forgotten
    files.forget_if_stale(practice_path, PASSPHRASE)  # the file opened with another one
    assert memory_keyring.secrets == {}


def test_damaged_file_never_costs_the_remembered_passphrase(
    practice_path: Path, memory_keyring: MemoryKeyring
) -> None:
    files.remember_passphrase(practice_path, PASSPHRASE)
    data = bytearray(practice_path.read_bytes())
    data[100] ^= 0xFF  # page 1, past the salt: told apart from a wrong passphrase
    practice_path.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError):
        files.open_with_remembered(practice_path)
    assert keystore.recall(practice_path) == PASSPHRASE


def test_forget_if_stale_keeps_the_right_one(practice_path: Path) -> None:
    files.remember_passphrase(practice_path, PASSPHRASE)
    files.forget_if_stale(practice_path, PASSPHRASE)
    assert keystore.recall(practice_path) == PASSPHRASE


HUNG_KEYRING = """
import sys, threading, time
import keyring
from keyring.backend import KeyringBackend
from mentordesk import keystore

class Hung(KeyringBackend):
    priority = 1
    def get_password(self, service, username):
        threading.Event().wait(60)
    def set_password(self, service, username, password):
        threading.Event().wait(60)
    def delete_password(self, service, username):
        threading.Event().wait(60)

keyring.set_keyring(Hung())
keystore.TIMEOUT_SECONDS = 0.2
print(keystore.recall("/tmp/x.mentordesk"), keystore.remember("/tmp/x.mentordesk", "p"))
"""


def test_a_hung_keyring_never_keeps_the_program_from_exiting() -> None:
    import subprocess
    import sys

    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", HUNG_KEYRING],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "None False"
    assert time.monotonic() - started < 20  # not the 60 s the keyring hangs for


def test_passphrase_is_never_written_to_settings_logs_or_any_file(
    practice_path: Path, isolated_home: Path
) -> None:
    config.setup_logging(logging.DEBUG)
    files.remember_passphrase(practice_path, PASSPHRASE)
    with files.open_with_remembered(practice_path) as pf:  # type: ignore[union-attr]
        pf.backup_to(config.backup_dir() / "copy.mentordesk")
    files.remember_passphrase(practice_path, "stale passphrase")
    files.open_with_remembered(practice_path)
    settings = config.load_settings()
    settings.add_recent(practice_path)
    config.save_settings(settings)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = [p for p in isolated_home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in written)
    assert any(p.name == "settings.json" for p in written)
    for path in [*written, practice_path]:
        data = path.read_bytes()
        for secret in (PASSPHRASE, "stale passphrase"):
            assert secret.encode() not in data, path
            assert secret.encode("utf-16-le") not in data, path
