"""A slim warning bar: this client file (or the backup folder) sits in a cloud-sync folder or
on a network drive, where a sync or a dropped connection can damage it."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from mentordesk.services.sync_folders import LocationWarning, Subject, location_warning

log = logging.getLogger(__name__)
BANNER_STYLE = (
    "QFrame#location_banner { background: #fff4e5; border: 1px solid #f0c36d;"
    " border-radius: 4px; }"
    " QFrame#location_banner QLabel { color: #4a3000; background: transparent; }"
)


def find_warning(path: str | os.PathLike[str], subject: Subject = "file") -> LocationWarning | None:
    """``location_warning`` that never raises: an unexpected failure only means no warning."""
    try:
        return location_warning(path, subject)
    except Exception:
        log.exception("could not check where %s is", subject)
        return None


class LocationBanner(QFrame):
    """Hidden until ``show_for(path)`` finds a warning; ``Dismiss`` hides it again.

    ``dismissed`` is emitted when the mentor dismisses it.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("location_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.warning: LocationWarning | None = None
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the warning about this location"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.hide()

    def show_for(self, path: str | os.PathLike[str], subject: Subject = "file") -> bool:
        """Show the warning for ``path`` (a client file; or the backup folder with
        ``subject="backups"``); hide the bar when there is none. Returns whether it shows."""
        self.warning = find_warning(path, subject)
        if self.warning is None:
            self.text_label.clear()
            self.hide()
            return False
        self.text_label.setText(self.warning.text())
        self.setAccessibleDescription(self.warning.text())
        self.show()
        return True

    def text(self) -> str:
        """The warning shown ("" when hidden)."""
        return self.text_label.text() if self.warning is not None else ""

    def _on_dismiss_button_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()
