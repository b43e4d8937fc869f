"""Exporting the whole practice to a ZIP of JSON and CSV, with a clear "not encrypted" warning.

The tables are read on the interface thread in one transaction (a consistent snapshot that
never competes with the window's own writes); the ZIP is written on a worker; the audit line
is written back on the interface thread, and the ZIP removed again if that fails.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError
from mentordesk.services.practice_export import (
    ExportResult,
    read_practice,
    record_export,
    write_export,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError
from mentordesk.ui.transfer.path_field import PathField

log = logging.getLogger(__name__)

WARNING_STYLE = (
    "QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; padding: 8px; }"
)
DONE_STYLE = (
    "QLabel { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 4px; padding: 8px; }"
)


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialog(BusyDialog):
    """Emits ``practice_exported(str path)`` once the ZIP is written and logged."""

    practice_exported = Signal(str)

    def __init__(
        self, pf: PracticeFile, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.pf = pf
        self.export_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export the whole practice"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Everything in this practice file goes into one ZIP file in open formats "
                "(JSON and CSV): to move to another computer or program, or to keep a copy "
                "that can be read without MentorDesk. Practice › Import a practice export… turns "
                "it back into a practice file."
            )
        )
        intro.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "<b>The export is not encrypted.</b> It holds everything, including "
                "confidential notes and your private working notes. Keep it somewhere safe "
                "and delete it when it has done its job."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        name = f"{pf.path.stem}-export-{dt.date.today().isoformat()}.zip"
        self.path_field = PathField(
            self.tr("Save the export as"), self.tr("ZIP files (*.zip)"), "zip", save=True
        )
        self.path_field.set_path((folder or default_folder()) / name)
        self.path_field.set_accessible_name(self.tr("Export file"))
        self.error_label = InlineError()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(DONE_STYLE)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_label.hide()
        self.busy_bar = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(self.tr("Export"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.setAccessibleName(self.tr("Show the export in its folder"))
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.hide()

        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path_field.edit)
        form = QFormLayout()
        form.addRow(save_label, self.path_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.cancel_button.setAutoDefault(False)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.path_field.path_changed.connect(self._on_path_field_changed)
        self.path_field.setFocus()

    # -- questions (replaceable in tests) ---------------------------------------------------------
    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Export the whole practice"),
            self.tr("{name} already exists. Replace it?").format(name=path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- slots ------------------------------------------------------------------------------------
    def _on_path_field_changed(self, _text: str) -> None:
        self.error_label.clear_message()

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        if self.export_result is not None:  # the button reads "Close" once done
            self.accept()
            return
        path = self.path_field.path()
        if path is None:
            self.error_label.show_message(self.tr("Choose where to save the export."))
            return
        if not path.name.lower().endswith(".zip"):
            path = path.with_name(path.name + ".zip")
        if path.exists() and not path.is_dir() and not self.confirm_replace(path):
            return
        self.error_label.clear_message()
        try:
            snapshot = read_practice(self.pf)
        except Exception as exc:
            self._show_failure(exc)
            return
        self._set_busy(True)
        workers.run_in_background(
            lambda: write_export(snapshot, path), self._on_write_succeeded, self._on_write_failed
        )

    def _on_write_succeeded(self, result: ExportResult) -> None:
        self._set_busy(False)
        try:
            record_export(self.pf, result)
        except Exception as exc:
            self._show_failure(exc)
            return
        self.export_result = result
        self.done_label.setText(
            self.tr("Exported {rows} rows from {tables} tables to {name}.").format(
                rows=f"{result.total_rows:,}".replace(",", "\u2009"),
                tables=len(result.row_counts),
                name=Path(result.path).name,
            )
        )
        self.done_label.show()
        self.folder_button.show()
        self.path_field.setEnabled(False)
        self.export_button.setText(self.tr("&Close"))
        self.export_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.hide()
        self.practice_exported.emit(result.path)

    def _on_write_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_failure(exc)

    def _on_folder_button_clicked(self) -> None:
        if self.export_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.export_result.path).parent)))

    # -- helpers ----------------------------------------------------------------------------------
    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.error_label.show_message(exc.text())
        else:
            messages.show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.path_field.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
