"""A logo or signature image: preview, Choose… and Remove, and why a file was refused.

The file is checked as it is chosen (PNG or JPEG, at most 2 MB, and Qt can show it); a refused
file leaves the image as it was. Nothing is stored until the settings dialog saves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.services import practice as practice_service
from mentordesk.services.practice import UNCHANGED, ImageChange
from mentordesk.ui.settings.page import ERROR_STYLE

PREVIEW_WIDTH, PREVIEW_HEIGHT = 160, 64


class ImagePicker(QWidget):
    """A preview with Choose… and Remove, and a line that says why a file was not taken.

    A refused file leaves the image as it was; the message stays until the next choice.
    """

    changed = Signal()

    def __init__(self, field: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._data: bytes | None = None
        self._changed = False
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAccessibleName(accessible_name)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(
            self.tr("Choose an image for: {what}").format(what=accessible_name)
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the image for: {what}").format(what=accessible_name)
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName(f"error_{field}")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setMaximumWidth(PREVIEW_WIDTH + 60)
        self.message.hide()
        layout.addWidget(self.message)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._show()

    @property
    def data(self) -> bytes | None:
        return self._data

    def change(self) -> ImageChange:
        """What saving should do: new bytes, None to remove, or leave it unchanged."""
        return self._data if self._changed else UNCHANGED

    def set_data(self, data: bytes | None) -> None:
        """Show the stored image (not a change)."""
        self._data, self._changed = data, False
        self._show()

    def ask_path(self) -> str:
        """The image file the mentor picks ("" when cancelled). Tests replace this."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        return path

    def choose_file(self, path: str | Path) -> bool:
        """Take the image in ``path``; on a refusal say why and keep the old one."""
        try:
            data = self._read(Path(path))
        except ValidationError as exc:
            self._refuse(exc.text())
            return False
        except OSError as exc:
            self._refuse(
                self.tr("The file {name} cannot be read ({reason}).").format(
                    name=Path(path).name, reason=exc.strerror or exc
                )
            )
            return False
        if QImage.fromData(data).isNull():
            self._refuse(
                self.tr(
                    "The file {name} looks like an image but cannot be shown; it may be "
                    "damaged. Choose another file."
                ).format(name=Path(path).name)
            )
            return False
        self._data, self._changed = data, True
        self._show()
        self.changed.emit()
        return True

    def message_text(self) -> str:
        """Why the last file was refused ("" when it was not)."""
        return "" if self.message.isHidden() else self.message.text()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.choose_button.setAccessibleDescription(text)

    def _read(self, path: Path) -> bytes:
        practice_service.check_image_size(path.stat().st_size, self.field)
        with path.open("rb") as handle:
            data = handle.read(practice_service.MAX_IMAGE_BYTES + 1)
        return practice_service.check_image(data, self.field)

    def _on_choose_button_clicked(self) -> None:
        path = self.ask_path()
        if path:
            self.choose_file(path)

    def _on_remove_button_clicked(self) -> None:
        self._data, self._changed = None, True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self._data and pixmap.loadFromData(self._data):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_WIDTH - 8,
                    PREVIEW_HEIGHT - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image"))
        self.remove_button.setEnabled(self._data is not None)
        self.message.clear()
        self.message.hide()
        self.choose_button.setAccessibleDescription("")
