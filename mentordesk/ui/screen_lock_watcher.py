"""Noticing that the desktop locked the screen, so the window can lock too.

- **Linux**: on the session D-Bus (QtDBus), the screen savers' ``ActiveChanged(bool)`` signal
  of ``org.freedesktop.ScreenSaver`` (KDE, Xfce, Cinnamon, LXQt), ``org.gnome.ScreenSaver`` and
  ``org.mate.ScreenSaver``; on the system bus, logind's ``Lock`` signal of this session
  (``org.freedesktop.login1.Session``; ``loginctl lock-session``). The watcher listens by
  interface and signal name, from any sender and object path, because the desktops publish
  the same signal under different paths.
- **Windows**: ``WTSRegisterSessionNotification`` for a hidden native window, and a native
  event filter that sees ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``.
- **macOS**: the lock is announced as the distributed notification
  ``com.apple.screenIsLocked``, which only an ``NSDistributedNotificationCenter`` observer
  receives; that needs pyobjc (or a hand-written Objective-C block through ctypes), which
  MentorDesk does not ship. On macOS only the idle lock applies.

It never fails: no bus, no QtDBus, no session notifications all mean only that
``screen_locked`` never fires (``sources`` says what is listened to).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

SCREEN_SAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
)
LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
# QtDBus takes Qt's SLOT() strings (its type stubs say bytes, which it refuses at run time)
ACTIVE_SLOT = SLOT("_on_screen_saver_active_changed(bool)")
LOCK_SLOT = SLOT("_on_session_lock()")


def is_windows_lock_message(message: int, wparam: int) -> bool:
    """Whether a window message says that this session was locked."""
    return message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the desktop locks the screen (where it says so).

    ``session_bus`` / ``system_bus``: QtDBus connections to use instead of the desktop's own
    (tests pass a private bus). Call ``stop()`` before the watcher goes away.
    """

    screen_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: Any = None,
        system_bus: Any = None,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._buses: list[Any] = []
        self._windows: Any = None
        try:
            if platform.startswith("linux") or "bsd" in platform:
                self._listen_on_dbus(session_bus, system_bus)
            elif platform == "win32":  # pragma: no cover - Windows only
                self._listen_on_windows()
        except Exception:  # a watcher that cannot watch is no reason to fail
            log.exception("could not listen for the screen lock")
        log.info("screen lock sources: %s", ", ".join(self.sources) or "none")

    # -- what arrives -------------------------------------------------------------------------
    @Slot(bool)
    def _on_screen_saver_active_changed(self, active: bool) -> None:
        if active:
            log.info("the screen saver locked the screen")
            self.screen_locked.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        log.info("the session was locked")
        self.screen_locked.emit()

    # -- Linux: D-Bus ---------------------------------------------------------------------------
    def _listen_on_dbus(self, session_bus: Any, system_bus: Any) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.info("QtDBus is not available: no screen lock signals")
            return
        session: Any = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            for interface in SCREEN_SAVER_INTERFACES:
                if session.connect(
                    "",
                    "",
                    interface,
                    "ActiveChanged",
                    self,
                    ACTIVE_SLOT,
                ):
                    self.sources.append(interface)
            self._buses.append(session)
        system: Any = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if system.isConnected():
            # Only this session's Lock when logind tells which one that is; else any session
            # (a lock meant for another session locks this window too: harmless).
            path = _own_login1_session(system)
            if system.connect("", path, LOGIN1_SESSION, "Lock", self, LOCK_SLOT):
                self.sources.append(LOGIN1_SESSION)
                self._buses.append(system)
                self._login1_path = path

    def _stop_dbus(self) -> None:
        for bus in self._buses:
            try:
                if not bus.isConnected():
                    continue
                for interface in SCREEN_SAVER_INTERFACES:
                    bus.disconnect(
                        "",
                        "",
                        interface,
                        "ActiveChanged",
                        self,
                        ACTIVE_SLOT,
                    )
                bus.disconnect(
                    "",
                    getattr(self, "_login1_path", ""),
                    LOGIN1_SESSION,
                    "Lock",
                    self,
                    LOCK_SLOT,
                )
            except Exception:
                log.exception("could not stop listening on D-Bus")
        self._buses.clear()

    # -- Windows --------------------------------------------------------------------------------
    def _listen_on_windows(self) -> None:  # pragma: no cover - Windows only
        from mentordesk.ui.screen_lock_windows import WindowsSessionWatcher

        watcher = WindowsSessionWatcher(self._on_session_lock)
        if watcher.start():
            self._windows = watcher
            self.sources.append("WTSRegisterSessionNotification")

    # -- ending -------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop listening (at close); safe to call twice."""
        self._stop_dbus()
        if self._windows is not None:  # pragma: no cover - Windows only
            self._windows.stop()
            self._windows = None
        self.sources = []


def _own_login1_session(system: Any, timeout_ms: int = 500) -> str:
    """logind's object path of this process's session ("" when it cannot say)."""
    try:
        from PySide6.QtDBus import QDBus, QDBusMessage

        call = QDBusMessage.createMethodCall(
            LOGIN1_SERVICE,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "GetSession",
        )
        call.setArguments(["auto"])
        reply = system.call(call, QDBus.CallMode.Block, timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return ""
        value = reply.arguments()[0]
        path = value.path() if hasattr(value, "path") else str(value)
        return path if path.startswith("/org/freedesktop/login1/session/") else ""
    except Exception:
        log.exception("could not ask logind for this session")
        return ""
