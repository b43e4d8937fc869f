"""One program at a time per client file: an OS lock that dies with the process.

The lock is held on a side file ``<name>.lock`` (``flock`` on POSIX, ``msvcrt.locking`` on
Windows), never on the database itself, so it cannot interfere with SQLite's own locking. The
side file says which host and process hold it, is removed on release, and a crash leaves at most
an unlocked file that the next opener simply takes over. Hand-written because the common
packages truncate the lock file before locking, which would erase the holder's details.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path

from mentordesk.errors import FileInUseError, ReadOnlyFolderError

_WINDOWS_LOCK_OFFSET = 1 << 30  # lock a byte far past the details so they stay readable


def lock_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        details = json.loads(os.read(fd, 4096).decode("utf-8"))
        return f"{details['host']}, process {details['pid']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown process"


class FileLock:
    """An exclusive, non-blocking lock on ``target``'s side file."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = lock_path_for(target)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise ``FileInUseError`` naming the holder."""
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except PermissionError as exc:
                raise ReadOnlyFolderError(path=str(self.target.parent)) from exc
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise FileInUseError(holder=holder)
            # The previous holder may have removed the file between our open and lock:
            # then we locked an orphan and must try again on the new file.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self._write_details()
                return
            os.close(fd)
        raise FileInUseError(holder="unknown process")

    def _write_details(self) -> None:
        assert self._fd is not None
        details = json.dumps({"host": socket.gethostname(), "pid": os.getpid()}).encode()
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, details)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):  # unlink while locked: nobody takes a dying file
            os.unlink(self.path)
        os.close(fd)
