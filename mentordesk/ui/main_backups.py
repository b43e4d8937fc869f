"""The main window's rolling backups: one at open, one every interval while changes are made,
one at close.

Backups run on a worker thread (``ui/workers.py``): a copy plus its verification takes seconds
for a big file. A timer asks ``BackupService.backup_if_due`` once a minute; that call is cheap
when nothing changed or the interval has not passed. Only one backup runs at a time. The close
backup runs on the UI thread, after any running one finished, because the file is closed right
after it. A failed backup never stops the work: it is shown in the status bar (and logged), and
the next attempt comes at the next tick.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from mentordesk.ui import messages, workers
from mentordesk.ui.labels import time_text

if TYPE_CHECKING:
    from mentordesk.services.backups import Backup
    from mentordesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
TICK_MS = 60_000


class WindowBackups(QObject):
    """Makes the open file's backups for ``window`` (its ``pf.backups``)."""

    backup_made = Signal(object)  # services.backups.Backup
    backup_failed = Signal(object)  # the exception

    def __init__(self, window: MainWindow, tick_ms: int = TICK_MS) -> None:
        super().__init__(window)
        self._window = window
        self._running = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """The backup at open (in the background), then the interval timer."""
        self._run(self._window.pf.backups.backup_at_open)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        if self._window.locked:
            return  # nothing changes while locked; the backup at close still comes
        self._run(self._window.pf.backups.backup_if_due)

    def backup_now(self) -> None:
        """An extra backup on request (the menu)."""
        self._run(self._window.pf.backups.make_backup)

    def _run(self, call: Callable[[], Backup | None]) -> None:
        if self._running or self._stopped:
            return
        self._running = True
        workers.run_in_background(call, self._on_backup_succeeded, self._on_backup_failed)

    def _on_backup_succeeded(self, backup: Backup | None) -> None:
        self._running = False
        if backup is None:
            return
        log.info("backup written: %s", backup.path.name)
        if not self._stopped:
            self._window.statusBar().showMessage(
                self.tr("Backup made at {time}").format(time=time_text(backup.created_at.time())),
                8_000,
            )
        self.backup_made.emit(backup)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._running = False
        log.error("backup failed: %s", exc, exc_info=exc)
        if not self._stopped:
            self._window.statusBar().showMessage(
                self.tr("The backup failed: {reason}").format(reason=messages.error_text(exc))
            )
        self.backup_failed.emit(exc)

    def resume(self) -> None:
        """The window stays open after all (the mentor chose not to close)."""
        self._stopped = False
        self.timer.start()

    def stop_and_back_up(self) -> BaseException | None:
        """At close: wait for a running backup, then make the close backup here and now.

        Returns the error when the close backup failed (the caller tells the mentor), else None.
        """
        self._stopped = True
        self.timer.stop()
        workers.wait_for_all(120_000)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        status = self._window.statusBar()
        status.showMessage(self.tr("Making a backup before closing…"))
        status.repaint()  # seconds for a big file: say why the window waits
        try:
            backup = self._window.pf.backups.backup_at_close()
        except Exception as exc:
            log.error("the backup at close failed: %s", exc, exc_info=exc)
            return exc
        finally:
            QApplication.restoreOverrideCursor()
        if backup is not None:
            log.info("backup at close written: %s", backup.path.name)
        return None
