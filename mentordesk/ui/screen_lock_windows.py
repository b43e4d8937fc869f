"""Windows: hearing that the session was locked (``WTSRegisterSessionNotification``).

Windows sends ``WM_WTSSESSION_CHANGE`` only to windows registered for it. A hidden native
window (a ``QWindow`` that is created but never shown) is registered, and a native event filter
on the application picks the message out of Qt's stream of ``MSG`` structures.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtGui import QWindow

from mentordesk.ui.screen_lock_watcher import NOTIFY_FOR_THIS_SESSION, is_windows_lock_message

log = logging.getLogger(__name__)


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, hwnd: int, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._hwnd = hwnd
        self._on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG" and sys.platform == "win32":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.hWnd == self._hwnd and is_windows_lock_message(msg.message, msg.wParam):
                self._on_lock()
        return False, 0


class WindowsSessionWatcher:
    """Calls ``on_lock`` (on the UI thread) when this Windows session is locked."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        self._on_lock = on_lock
        self._window: QWindow | None = None
        self._filter: _Filter | None = None
        self._hwnd = 0

    def start(self) -> bool:
        if sys.platform != "win32":
            return False
        app = QCoreApplication.instance()
        if app is None:
            return False
        self._window = QWindow()
        self._window.create()
        self._hwnd = int(self._window.winId())
        wtsapi = ctypes.WinDLL("wtsapi32")
        if not wtsapi.WTSRegisterSessionNotification(
            ctypes.c_void_p(self._hwnd), NOTIFY_FOR_THIS_SESSION
        ):
            log.info("WTSRegisterSessionNotification failed: %s", ctypes.get_last_error())
            self._window = None
            return False
        self._filter = _Filter(self._hwnd, self._on_lock)
        app.installNativeEventFilter(self._filter)
        return True

    def stop(self) -> None:
        if sys.platform != "win32":
            return
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
        if self._hwnd:
            ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(ctypes.c_void_p(self._hwnd))
        self._filter, self._window, self._hwnd = None, None, 0
