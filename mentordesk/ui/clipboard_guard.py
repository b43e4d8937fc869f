"""Text copied out of MentorDesk does not stay on the clipboard.

When text copied inside MentorDesk lands on the clipboard (Ctrl+C in any field, a context
menu, or code that calls ``copied(text)``), it is cleared after ``timeout_ms`` (30 seconds by
default) and at ``clear_now()`` (the main window calls it at quit and at lock), but only while
the clipboard still holds that very text: what another program put there is never touched.

"Copied inside MentorDesk" means the clipboard changed while this application owns it
(``QClipboard.ownsClipboard``). Platforms without a shared clipboard (offscreen, minimal) keep
the clipboard inside this process, so every change there is MentorDesk's own. The X11
selection (text that is merely selected) is not guarded.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT_MS = 30_000
PRIVATE_CLIPBOARD_PLATFORMS = frozenset({"offscreen", "minimal"})


class ClipboardGuard(QObject):
    """Clears MentorDesk's own text from the clipboard after ``timeout_ms`` and on request."""

    def __init__(self, parent: QObject | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._text = ""  # the text we put there and have not cleared yet
        self._clearing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, timeout_ms))
        self.timer.timeout.connect(self._on_timer_timeout)
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    @property
    def guarded_text(self) -> str:
        """The copied text that will be cleared ("" when nothing is guarded)."""
        return self._text

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self.timer.setInterval(max(1, timeout_ms))

    # -- what lands on the clipboard --------------------------------------------------------
    def copied(self, text: str) -> None:
        """``text`` was just put on the clipboard by MentorDesk: clear it in a while."""
        if not text:
            return
        self._text = text
        self.timer.start()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard and guard it."""
        self._clipboard.setText(text, QClipboard.Mode.Clipboard)
        self.copied(text)

    def owns_clipboard(self) -> bool:
        """Whether the clipboard's current content came from this application."""
        if QGuiApplication.platformName() in PRIVATE_CLIPBOARD_PLATFORMS:
            return True
        return self._clipboard.ownsClipboard()

    def _on_clipboard_data_changed(self) -> None:
        if self._clearing:
            return
        text = self._clipboard.text(QClipboard.Mode.Clipboard)
        if text and self.owns_clipboard():
            self.copied(text)
        elif text != self._text:
            # another program took over the clipboard: nothing of ours is left to clear
            self._forget()

    # -- clearing -------------------------------------------------------------------------------
    def clear_now(self) -> bool:
        """Clear the clipboard if it still holds our text; True when something was cleared."""
        text, self._text = self._text, ""
        self.timer.stop()
        if not text:
            return False
        try:
            if self._clipboard.text(QClipboard.Mode.Clipboard) != text:
                return False  # someone else's text by now
            self._clearing = True
            try:
                self._clipboard.clear(QClipboard.Mode.Clipboard)
            finally:
                self._clearing = False
        except RuntimeError:  # the application is already going away
            return False
        log.info("cleared copied text from the clipboard")
        return True

    def _on_timer_timeout(self) -> None:
        self.clear_now()

    def _forget(self) -> None:
        self._text = ""
        self.timer.stop()

    def stop(self) -> None:
        """Stop watching (the text already guarded is left alone; call ``clear_now`` first)."""
        self._forget()
        with contextlib.suppress(RuntimeError, TypeError):
            self._clipboard.dataChanged.disconnect(self._on_clipboard_data_changed)
