"""Which confidential items the mentor has deliberately revealed on screen, until the next lock.

One ``RevealState`` belongs to the main window and is handed to every page. A page shows text
through ``screen_text``: confidential and private text stays masked (``domain.confidentiality``
decides) until the mentor reveals that one item, by a click or a shortcut. Locking calls
``clear()``, which masks everything again; pages listen to ``changed`` and redraw.

Keys name one item: ``("session", 12)``, ``("search", 97)``… A page picks a kind per thing it
reveals, so revealing a session in the timeline does not reveal it in a search result.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mentordesk.domain.confidentiality import Confidentiality, Output, render

RevealKey = tuple[str, int]


class RevealState(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revealed: set[RevealKey] = set()

    def is_revealed(self, key: RevealKey) -> bool:
        return key in self._revealed

    def reveal(self, key: RevealKey) -> None:
        if key not in self._revealed:
            self._revealed.add(key)
            self.changed.emit()

    def hide(self, key: RevealKey) -> None:
        if key in self._revealed:
            self._revealed.discard(key)
            self.changed.emit()

    def toggle(self, key: RevealKey) -> bool:
        """Reveal or hide again; returns whether the item is now revealed."""
        if key in self._revealed:
            self.hide(key)
            return False
        self.reveal(key)
        return True

    def clear(self) -> None:
        """Mask everything again (on lock)."""
        if self._revealed:
            self._revealed.clear()
            self.changed.emit()

    def count(self) -> int:
        return len(self._revealed)

    def screen_text(self, text: str, level: Confidentiality, key: RevealKey) -> str:
        """``text`` as the screen may show it now: itself, or the mask until revealed."""
        shown = render(text, level, Output.SCREEN, revealed=self.is_revealed(key))
        return shown or ""
