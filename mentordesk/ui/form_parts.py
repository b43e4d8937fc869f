"""Small widgets the dialogs share: an inline error line, a busy bar, a passphrase field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QProgressBar, QWidget


class InlineError(QLabel):
    """A message under a form, in the palette's warning colour; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #f5c2c0;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        window = self.window()
        if window is not self and window.isWindow():
            window.adjustSize()  # a wrapped message needs the dialog to grow in height

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class BusyBar(QProgressBar):
    """An indeterminate progress bar shown while a background call runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(6)
        self.hide()


class PassphraseEdit(QLineEdit):
    """A password-echo field that never offers its text to the clipboard or undo history."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMinimumWidth(320)

    def set_revealed(self, revealed: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)


def mute(label: QLabel) -> QLabel:
    """Secondary text: the normal text colour, softened (readable in light and dark themes)."""
    palette = label.palette()
    colour = palette.color(QPalette.ColorRole.WindowText)
    colour.setAlpha(165)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


class BusyDialog(QDialog):
    """A dialog that cannot be closed while its background call runs: the file being opened
    or created would otherwise stay open with nobody to close it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)
