"""Creating a new practice file: a passphrase typed twice, a warning, an optional name."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserError
from mentordesk.services import practice_file
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError
from mentordesk.ui.widgets.new_passphrase import NewPassphrase

log = logging.getLogger(__name__)


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.mentordesk`` (appended when the name lacks it)."""
    suffix = practice_file.FILE_SUFFIX
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


class NewPracticeDialog(BusyDialog):
    """Emits ``file_opened(PracticeFile)`` once the new file exists and is open."""

    file_opened = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = with_suffix(Path(path))
        self.setWindowTitle(self.tr("New practice file"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        where = QLabel(
            self.tr("The new file will be <b>{name}</b> in {folder}.").format(
                name=html.escape(self.path.name), folder=html.escape(str(self.path.parent))
            )
        )
        where.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("For example: Praktijk de Wegwijzer"))
        self.name_edit.setAccessibleName(self.tr("Practice name"))
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
                "<b>Nobody can recover a forgotten passphrase</b>, not even MentorDesk: without "
                "it the file cannot be opened. Write it down and keep it somewhere safe, away "
                "from this computer."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px;"
            " padding: 8px; }"
        )
        self.remember_check = QCheckBox(self.tr("Remember on this computer"))
        self.remember_check.setAccessibleName(self.tr("Remember on this computer"))
        self.remember_check.setEnabled(practice_file.keyring_available())
        self.busy_bar = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Create practice file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Create practice file"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Practice name (optional):"), self.name_edit)
        self.new_passphrase.add_rows(form, self.tr("Passphrase:"), self.tr("Repeat passphrase:"))
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        # Enter creates the file. Only once the buttons sit in this dialog does setDefault
        # reach it; before that, Qt makes Cancel the default and Enter threw the form away.
        cancel.setAutoDefault(False)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        if self.new_passphrase.refuse():
            return
        passphrase = self.passphrase_edit.text()
        path, name = self.path, self.name_edit.text().strip()
        self._set_busy(True)
        workers.run_in_background(
            lambda: practice_file.create_practice(path, passphrase, name),
            self._on_create_succeeded,
            self._on_create_failed,
        )

    def _on_create_succeeded(self, pf: PracticeFile) -> None:
        self._set_busy(False)
        if self.remember_check.isChecked() and self.remember_check.isEnabled():
            try:
                practice_file.remember_passphrase(self.path, self.passphrase_edit.text())
            except Exception:
                log.exception("could not remember the passphrase")
        self.new_passphrase.clear()
        self.file_opened.emit(pf)
        self.accept()

    def _on_create_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UserError):
            self.error_label.show_message(exc.text())
        else:
            messages.show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.new_passphrase.set_enabled(not busy)
        for widget in (self.name_edit, self.buttons):
            widget.setEnabled(not busy)
