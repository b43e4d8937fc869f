"""Running a slow call (the SQLCipher key derivation, file creation) off the UI thread.

``run_in_background(fn, on_success, on_failure)`` runs ``fn`` on the global thread pool and
reports back on the UI thread through queued signals. The call must not touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_running: set[Task] = set()


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Task(QRunnable):
    """One call on the pool. Keep no reference: the module keeps it alive until it finished."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self.signals = _TaskSignals()
        self.signals.finished.connect(self._on_signals_finished)

    def run(self) -> None:
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
    QThreadPool.globalInstance().start(task)
    return task


def busy() -> bool:
    """Whether a background call is still on its way (tests wait for this to be False)."""
    return bool(_running)
