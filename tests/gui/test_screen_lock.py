"""The screen lock watcher: D-Bus signals on a private session bus, and the slot logic."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from mentordesk.ui.screen_lock_watcher import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    ScreenLockWatcher,
    is_windows_lock_message,
)

BUS_NAME = "mentordesk-test-bus"


@pytest.fixture
def private_bus() -> Iterator[tuple[QDBusConnection, str]]:
    """A session bus of our own (``dbus-daemon``), connected through QtDBus."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt package dbus)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--address=unix:tmpdir=/tmp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, BUS_NAME)
        assert bus.isConnected(), address
        yield bus, address
    finally:
        QDBusConnection.disconnectFromBus(BUS_NAME)
        daemon.terminate()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


def _no_bus() -> QDBusConnection:
    return QDBusConnection.connectToBus("unix:path=/nonexistent/mentordesk-no-bus", "no-bus")


def test_screen_saver_signals_lock(qtbot: QtBot, private_bus: tuple[QDBusConnection, str]) -> None:
    bus, address = private_bus
    watcher = ScreenLockWatcher(session_bus=bus, system_bus=_no_bus())
    try:
        assert "org.gnome.ScreenSaver" in watcher.sources
        fired: list[bool] = []
        watcher.screen_locked.connect(lambda: fired.append(True))
        # unlocking (false) is not a lock
        subprocess.run(
            ["dbus-send", f"--bus={address}", "--type=signal", "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false"],
            check=True,
        )  # fmt: skip
        with qtbot.waitSignal(watcher.screen_locked, timeout=5_000):
            subprocess.run(
                ["dbus-send", f"--bus={address}", "--type=signal", "/org/gnome/ScreenSaver",
                 "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"],
                check=True,
            )  # fmt: skip
        assert fired == [True]
        message = QDBusMessage.createSignal(
            "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        message.setArguments([True])
        with qtbot.waitSignal(watcher.screen_locked, timeout=5_000):
            assert bus.send(message)
    finally:
        watcher.stop()
        QDBusConnection.disconnectFromBus("no-bus")


def test_logind_lock_on_the_system_bus(
    qtbot: QtBot, private_bus: tuple[QDBusConnection, str]
) -> None:
    bus, address = private_bus
    # no logind on this bus: it cannot name our session, so any session's Lock counts
    watcher = ScreenLockWatcher(session_bus=_no_bus(), system_bus=bus)
    try:
        assert watcher.sources == ["org.freedesktop.login1.Session"]
        with qtbot.waitSignal(watcher.screen_locked, timeout=5_000):
            subprocess.run(
                ["dbus-send", f"--bus={address}", "--type=signal",
                 "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock"],
                check=True,
            )  # fmt: skip
        watcher.stop()
        assert watcher.sources == []
        fired: list[bool] = []
        watcher.screen_locked.connect(lambda: fired.append(True))
        subprocess.run(
            ["dbus-send", f"--bus={address}", "--type=signal",
             "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock"],
            check=True,
        )  # fmt: skip
        qtbot.wait(300)
        assert fired == [], "stopped means stopped"
    finally:
        watcher.stop()
        QDBusConnection.disconnectFromBus("no-bus")


def test_no_bus_at_all_is_no_failure(qtbot: QtBot) -> None:
    watcher = ScreenLockWatcher(session_bus=_no_bus(), system_bus=_no_bus())
    try:
        assert watcher.sources == []
        watcher.stop()
        watcher.stop()
    finally:
        QDBusConnection.disconnectFromBus("no-bus")


def test_other_platforms_listen_to_nothing_and_never_fail(qtbot: QtBot) -> None:
    assert ScreenLockWatcher(platform="darwin").sources == []  # see the module: needs pyobjc


def test_the_slots_decide(qtbot: QtBot) -> None:
    watcher = ScreenLockWatcher(session_bus=_no_bus(), system_bus=_no_bus())
    QDBusConnection.disconnectFromBus("no-bus")
    fired: list[bool] = []
    watcher.screen_locked.connect(lambda: fired.append(True))
    watcher._on_screen_saver_active_changed(False)
    assert fired == []
    watcher._on_screen_saver_active_changed(True)
    watcher._on_session_lock()
    assert fired == [True, True]


def test_windows_lock_message() -> None:
    assert is_windows_lock_message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert not is_windows_lock_message(WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not is_windows_lock_message(0x0010, WTS_SESSION_LOCK)
