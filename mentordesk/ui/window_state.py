"""Remembering how the window looked: size, position, toolbars, splitters, the last page.

Only the look is kept (Qt's own geometry bytes, base64, in ``settings.json``); never a client
name, a tab title or anything else from the practice file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from mentordesk import config

log = logging.getLogger(__name__)
PAGES = ("dashboard", "clients", "agenda", "search", "invoices", "reports")


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii")))


def restore(window: QMainWindow) -> tuple[str, dict[str, QByteArray]]:
    """Apply the saved size and position; returns the last page's name ("" when none) and the
    saved splitter states by name (applied by whoever builds those splitters)."""
    settings = config.load_settings()
    splitters: dict[str, QByteArray] = {}
    try:
        if settings.window_geometry:
            window.restoreGeometry(_decode(settings.window_geometry))
        if settings.window_state:
            window.restoreState(_decode(settings.window_state))
        splitters = {name: _decode(text) for name, text in settings.splitters.items()}
    except (UnicodeEncodeError, ValueError):
        log.warning("saved window layout unreadable, using defaults")
    last = settings.last_page if settings.last_page in PAGES else ""
    return last, splitters


def save(window: QMainWindow, splitters: dict[str, QByteArray], last_page: str) -> None:
    settings = config.load_settings()
    settings.window_geometry = _encode(window.saveGeometry())
    settings.window_state = _encode(window.saveState())
    settings.splitters = {name: _encode(state) for name, state in splitters.items()}
    if last_page in PAGES:
        settings.last_page = last_page
    try:
        config.save_settings(settings)
    except OSError:
        log.exception("could not save the window layout")
