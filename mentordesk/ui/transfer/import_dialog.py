"""Importing a full export into a NEW practice file: the ZIP, where the new file goes, and its
passphrase typed twice. The import runs on a worker; the new file arrives open."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.practice_import import ExportInfo, import_practice, peek_export
from mentordesk.ui import labels, messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError, mute
from mentordesk.ui.new_practice_dialog import with_suffix
from mentordesk.ui.transfer.export_dialog import WARNING_STYLE, default_folder
from mentordesk.ui.transfer.path_field import PathField
from mentordesk.ui.widgets.new_passphrase import NewPassphrase

log = logging.getLogger(__name__)


def _when(stamp: str) -> str:
    """``2026-11-23T14:05:00+01:00`` as the locale writes a date and a time."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{labels.date_text(moment.date())} {labels.time_text(moment.time())}"


class ImportPracticeDialog(BusyDialog):
    """Emits ``practice_imported(PracticeFile)`` (open; the receiver owns and closes it) once
    the new file exists, then closes."""

    practice_imported = Signal(object)

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a practice export"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(600)
        start = folder or default_folder()

        intro = QLabel(
            self.tr(
                "Make a new practice file from a full export (the ZIP file that Practice › "
                "Export the whole practice… made). The export and any open practice file stay "
                "as they are."
            )
        )
        intro.setWordWrap(True)
        self.source_field = PathField(
            self.tr("Choose the export"), self.tr("ZIP files (*.zip)"), "zip", save=False
        )
        self.source_field.set_accessible_name(self.tr("Export to import"))
        self.source_field.set_placeholder(self.tr("Choose the ZIP file of the export"))
        self.source_field.set_start_folder(start)
        self.source_info = QLabel()
        self.source_info.setWordWrap(True)
        self.source_info.hide()
        self.source_info.setTextFormat(Qt.TextFormat.PlainText)
        mute(self.source_info)
        self.target_field = PathField(
            self.tr("Save the new practice file as"),
            self.tr("MentorDesk files (*.mentordesk)"),
            "mentordesk",
            save=True,
        )
        self.target_field.set_accessible_name(self.tr("New practice file"))
        self.target_field.set_path(start / "imported.mentordesk")
        self.error_label = InlineError()
        self.new_passphrase = NewPassphrase(
            self,
            self.error_label,
            placeholder=self.tr("Choose a passphrase"),
            accessible_name=self.tr("Passphrase of the new file"),
        )
        self.passphrase_edit = self.new_passphrase.passphrase_edit
        self.repeat_edit = self.new_passphrase.repeat_edit
        self.show_check = self.new_passphrase.show_check
        self.hint_label = self.new_passphrase.hint_label
        warning = QLabel(
            self.tr(
                "<b>Nobody can recover a forgotten passphrase</b>, not even MentorDesk. Write it "
                "down and keep it somewhere safe, away from this computer."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.busy_bar = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        source_box = QWidget()
        source_column = QVBoxLayout(source_box)
        source_column.setContentsMargins(0, 0, 0, 0)
        source_column.setSpacing(2)
        source_column.addWidget(self.source_field)
        source_column.addWidget(self.source_info)
        form = QFormLayout()
        for caption, field, buddy in (
            (self.tr("&Export (ZIP):"), source_box, self.source_field.edit),
            (self.tr("&New practice file:"), self.target_field, self.target_field.edit),
        ):
            label = QLabel(caption)
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.new_passphrase.add_rows(form, self.tr("&Passphrase:"), self.tr("&Repeat passphrase:"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.source_field.path_changed.connect(self._on_source_field_changed)
        self.target_field.path_changed.connect(self.error_label.clear_message)
        cancel.setAutoDefault(False)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.setTabOrder(self.source_field, self.target_field)
        self.setTabOrder(self.target_field, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.show_check)
        self.source_field.setFocus()

    # -- slots ------------------------------------------------------------------------------------
    def _on_source_field_changed(self, _text: str) -> None:
        self.error_label.clear_message()
        source = self.source_field.path()
        if source is None or not source.is_file():
            self.source_info.clear()
            self.source_info.hide()
            return
        try:
            info = peek_export(source)
        except UserError as exc:
            self.source_info.setText(exc.text())
        else:
            self.source_info.setText(self._describe(info))
        self.source_info.show()

    def _describe(self, info: ExportInfo) -> str:
        counts = info.row_counts
        return self.tr(
            "Exported {when} by MentorDesk {version}: {clients} clients, {sessions} sessions, "
            "{invoices} invoices."
        ).format(
            when=_when(info.exported_at),
            version=info.app_version,
            clients=counts.get("client", 0),
            sessions=counts.get("session", 0),
            invoices=counts.get("invoice", 0),
        )

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        source, target = self.source_field.path(), self.target_field.path()
        passphrase = self.passphrase_edit.text()
        problem, focus = "", cast(QWidget | None, None)
        if source is None or not source.is_file():
            problem, focus = self.tr("Choose the export to import (a ZIP file)."), self.source_field
        elif target is None:
            problem, focus = self.tr("Choose where the new practice file goes."), self.target_field
        elif self.new_passphrase.refuse():
            return
        if problem or source is None or target is None:
            self.error_label.show_message(problem)
            if focus is not None:
                focus.setFocus()
            return
        target = with_suffix(target)
        self.target_field.set_path(target)
        self._set_busy(True)
        workers.run_in_background(
            lambda: import_practice(source, target, passphrase),
            self._on_import_succeeded,
            self._on_import_failed,
        )

    def _on_import_succeeded(self, pf: PracticeFile) -> None:
        self._set_busy(False)
        self.new_passphrase.clear()
        self.practice_imported.emit(pf)
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UserError):
            self.error_label.show_message(exc.text())
        else:
            messages.show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.new_passphrase.set_enabled(not busy)
        for widget in (self.source_field, self.target_field, self.buttons):
            widget.setEnabled(not busy)
