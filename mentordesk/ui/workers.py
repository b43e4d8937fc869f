"""Running a slow call (the SQLCipher key derivation, file creation) off the UI thread.

``run_in_background(fn, on_success, on_failure)`` runs ``fn`` on a worker thread and reports
back on the UI thread through queued signals. ``fn`` must not touch widgets.

Why a Python ``threading.Thread`` and not ``QThreadPool``: peewee keeps one connection per
thread in a ``threading.local``. On a thread that Qt created, that connection is destroyed when
PySide tears down the thread's Python state, and sqlcipher3 then closes it without the GIL:
the process aborts ("PyThreadState_Get: ... GIL is released"). A Python thread cleans up its
thread-locals properly when it ends. The signals are still Qt's, so results arrive queued.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Signal

log = logging.getLogger(__name__)

_running: set[Task] = set()


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Task:
    """One call on its own short-lived thread; the module keeps it alive until it reported."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn
        self.signals = _TaskSignals()
        self.signals.finished.connect(self._on_signals_finished)
        self.thread = threading.Thread(target=self._run, name="mentordesk-worker", daemon=True)

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def _on_signals_finished(self) -> None:
        _running.discard(self)


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Task:
    task = Task(fn)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    _running.add(task)
    task.thread.start()
    return task


def busy() -> bool:
    """Whether a background call has not reported back yet (tests wait for this)."""
    return bool(_running)


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Wait for running calls and deliver their results (at shutdown, and after each test)."""
    deadline = QDeadlineTimer(timeout_ms)
    while _running and not deadline.hasExpired():
        for task in list(_running):
            task.thread.join(timeout=0.05)
        QCoreApplication.processEvents()
    return not _running
