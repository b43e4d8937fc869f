"""A file path typed or chosen with a Choose… button (a window-modal file dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class PathField(QWidget):
    """``path_changed(str)`` fires when the text changes (typed or chosen)."""

    path_changed = Signal(str)

    def __init__(
        self,
        title: str,
        filters: str,
        suffix: str,
        *,
        save: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title, self._filters, self._suffix, self._save = title, filters, suffix, save
        self.file_dialog: QFileDialog | None = None
        self._start_folder: Path | None = None
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(360)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose: {what}").format(what=title))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.path_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def set_start_folder(self, folder: Path) -> None:
        """Where the file dialog starts while the field is empty."""
        self._start_folder = folder

    def _on_browse_button_clicked(self) -> None:
        start = self.edit.text().strip() or str(self._start_folder or "")
        dialog = QFileDialog(self.window(), self._title, start, self._filters)
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if self._save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if self._save else QFileDialog.FileMode.ExistingFile
        )
        dialog.setDefaultSuffix(self._suffix)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.set_path)
        dialog.destroyed.connect(self._on_file_dialog_destroyed)
        self.file_dialog = dialog
        dialog.open()

    def _on_file_dialog_destroyed(self) -> None:
        self.file_dialog = None
