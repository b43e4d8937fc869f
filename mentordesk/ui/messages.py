"""Telling the user about an error: their own problem in their words, or our bug with a log path.

A ``UserError`` shows its ``text()`` (already in the user's language). Anything else is a bug:
it is logged with its traceback and shown as "Something went wrong. Details are in <log path>",
never as a traceback. Message boxes open window-modal without blocking (``open()``), so this
works from any slot and in tests.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentordesk import config
from mentordesk.errors import UserError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """What the user reads about ``exc``."""
    if isinstance(exc, UserError):
        return exc.text()
    return QCoreApplication.translate(
        "messages", "Something went wrong. Details are in {path}"
    ).format(path=config.log_file())


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Log (when it is a bug) and show ``exc``; returns the box, which is already open."""
    if isinstance(exc, UserError):
        log.info("user error shown: %s", type(exc).__name__)
        icon = QMessageBox.Icon.Warning
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        icon = QMessageBox.Icon.Critical
    return present(parent, icon, error_text(exc))


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    return present(parent, QMessageBox.Icon.Information, text)


def present(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    """Open a message box without blocking. Tests replace this function to read the text."""
    if parent is None:
        parent = QApplication.activeWindow()
    box = QMessageBox(
        icon,
        QCoreApplication.translate("messages", "MentorDesk"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    try:
        show_error(None, exc)
    except Exception:  # the last line of defence must not raise itself
        log.exception("could not show an error message")


def install_excepthook() -> None:
    """Route every uncaught exception (in slots too) to ``show_error``."""
    sys.excepthook = _excepthook
