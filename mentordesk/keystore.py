"""Remembering a passphrase on this computer, in the operating system's keyring (opt-in).

Every call is bounded in time: a missing, locked, failing or slow keyring simply means the user
is asked for the passphrase. There is never a plaintext fallback: a backend that would write the
secret to a plain file is treated as no keyring at all. Passphrases are never logged.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

SERVICE = "MentorDesk"
TIMEOUT_SECONDS = 3.0
log = logging.getLogger(__name__)

# Backends that are no safe place for a passphrase.
_UNSAFE_BACKENDS = ("fail", "null", "plaintext", "file.", "keyrings.alt", "uncrypted")


def _account(path: Path) -> str:
    return str(Path(path).absolute())


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def _is_safe(backend: Any) -> bool:
    kind = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if any(word in kind for word in _UNSAFE_BACKENDS):
        return False
    children = getattr(backend, "backends", None)  # a ChainerBackend
    if children is not None:
        return bool(children) and all(_is_safe(child) for child in children)
    return True


def _bounded(action: str, func: Any, *args: Any) -> tuple[bool, Any]:
    """Run ``func`` with a time limit. Returns (succeeded, result); never raises.

    The call runs on a daemon thread of its own: a keyring that hangs (say, on an unlock
    prompt nobody answers) is abandoned and never keeps the program from exiting.
    """
    outcome: list[tuple[bool, Any]] = []

    def call() -> None:
        try:
            outcome.append((True, func(*args)))
        except Exception as exc:  # any backend failure means: ask the user
            outcome.append((False, exc))

    worker = threading.Thread(target=call, name=f"keystore-{action}", daemon=True)
    worker.start()
    worker.join(TIMEOUT_SECONDS)
    if not outcome:
        log.warning("keyring did not answer within %.0f s (%s)", TIMEOUT_SECONDS, action)
        return False, None
    ok, value = outcome[0]
    if not ok:
        log.warning("keyring unavailable for %s: %s", action, type(value).__name__)
        return False, None
    return True, value


def _safe_backend(action: str) -> Any | None:
    ok, backend = _bounded(action, _backend)
    if not ok or backend is None or not _is_safe(backend):
        if ok:
            log.info("no safe keyring on this computer (%s)", type(backend).__name__)
        return None
    return backend


def available() -> bool:
    """Whether a safe keyring answers at all (for enabling "remember on this computer")."""
    return _safe_backend("check") is not None


def remember(path: Path, passphrase: str) -> bool:
    """Store the passphrase for ``path``. False when no safe keyring took it."""
    backend = _safe_backend("remember")
    if backend is None:
        return False
    ok, _ = _bounded("remember", backend.set_password, SERVICE, _account(path), passphrase)
    return ok


def recall(path: Path) -> str | None:
    """The remembered passphrase for ``path``, or None (not remembered, or no keyring)."""
    backend = _safe_backend("recall")
    if backend is None:
        return None
    ok, value = _bounded("recall", backend.get_password, SERVICE, _account(path))
    return value if ok and isinstance(value, str) and value else None


def forget(path: Path) -> bool:
    """Remove a remembered passphrase. True when nothing is remembered any more."""
    backend = _safe_backend("forget")
    if backend is None:
        return False
    ok, _ = _bounded("forget", backend.delete_password, SERVICE, _account(path))
    if not ok:
        # delete_password raises when there was nothing to delete; check what is left.
        ok2, value = _bounded("forget", backend.get_password, SERVICE, _account(path))
        return ok2 and value is None
    return True
