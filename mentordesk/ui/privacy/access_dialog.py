"""The access request (inzageverzoek): export one client's complete file as a ZIP with a
readable PDF and ``data.json``, for the client.

The mentor chooses where the ZIP goes (a sensible name in the Documents folder is offered),
the language of the PDF, and whether the private working notes go in; leaving them out needs a
reason, which is logged. The file is read on the interface thread, the PDF and ZIP are built on
a worker thread, and the file is written and logged on the interface thread again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import Language
from mentordesk.domain.names import initials
from mentordesk.errors import UserError, ValidationError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.privacy_access import (
    AccessExport,
    AccessRequestService,
    RenderedAccess,
    render,
    suggested_name,
)
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError, mute


class AccessRequestDialog(BusyDialog):
    """``exported(path)`` once the ZIP is written and logged (``path`` as text)."""

    exported = Signal(str)

    def __init__(self, pf: PracticeFile, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.client_id = client_id
        self.client = pf.clients.get(client_id)
        self.result_export: AccessExport | None = None
        self.file_dialog: QFileDialog | None = None
        self._target = Path()
        self.setWindowTitle(self.tr("Access request: {name}").format(name=self.client.display_name))
        self.setMinimumWidth(720)

        intro = QLabel(
            self.tr(
                "Everything this file holds about {name}, confidential notes included, as a ZIP "
                "file with a readable PDF and the same data in machine-readable form "
                "(data.json). The ZIP is not encrypted: hand it to the client yourself."
            ).format(name=self.client.display_name)
        )
        intro.setWordWrap(True)
        mute(intro)

        self.path_edit = QLineEdit(str(self._default_target(self.client.language)))
        self.path_edit.setAccessibleName(self.tr("File to save the export to"))
        self.path_edit.setMinimumWidth(480)
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the export"))
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_box = QWidget()
        path_box.setLayout(path_row)

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Dutch"), Language.NL.value)
        self.language_combo.addItem(self.tr("English"), Language.EN.value)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(self.client.language.value)
        )
        self.language_combo.setAccessibleName(self.tr("Language of the PDF"))

        self.private_check = QCheckBox(self.tr("Include my private &working notes"))
        self.private_check.setChecked(True)
        self.private_check.setAccessibleName(self.tr("Include my private working notes"))
        self.private_hint = mute(
            QLabel(
                self.tr(
                    "The client has a right to them. Leave them out only for a good reason, "
                    "such as protecting someone else; the reason is logged."
                )
            )
        )
        self.private_hint.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for leaving the working notes out"))
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the notes are about a third party")
        )
        self.reason_label = QLabel(self.tr("&Reason:"))
        self.reason_label.setBuddy(self.reason_edit)

        # a grid, not a QFormLayout: that one measures the wrapped hint too narrow and leaves a
        # gap under it
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path_edit)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addWidget(save_label, 0, 0)
        form.addWidget(path_box, 0, 1)
        form.addWidget(language_label, 1, 0)
        form.addWidget(self.language_combo, 1, 1)
        form.addWidget(self.private_check, 2, 1)
        form.addWidget(self.private_hint, 3, 1)
        form.addWidget(self.reason_label, 4, 0)
        form.addWidget(self.reason_edit, 4, 1)

        self.error = InlineError()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet(
            "QLabel { color: #1d6b35; background: #e3f4e8; border-radius: 4px; padding: 6px; }"
        )
        self.result_label.hide()
        self.busy_bar = BusyBar()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(self.tr("Export the client's data"))
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.private_check.toggled.connect(self._on_private_check_toggled)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self._on_private_check_toggled(True)
        QWidget.setTabOrder(self.path_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.private_check)
        QWidget.setTabOrder(self.private_check, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.export_button)
        QWidget.setTabOrder(self.export_button, self.close_button)
        self.export_button.setFocus()

    def sizeHint(self) -> QSize:
        """At least the minimum width, so the wrapped texts are measured at the real width
        (otherwise the window opens taller than its contents, with gaps between the rows)."""
        return super().sizeHint().expandedTo(QSize(self.minimumWidth(), 0))

    # -- the target ---------------------------------------------------------------------------
    def _folder(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _default_target(self, language: Language) -> Path:
        who = initials(self.client.name) if self.client.sensitive else self.client.name
        return self._folder() / suggested_name(language, who, dt.date.today())

    def language(self) -> Language:
        return Language(str(self.language_combo.currentData()))

    def _on_language_combo_changed(self, _index: int) -> None:
        """Follow the language in the suggested name, unless the mentor typed another."""
        current = Path(self.path_edit.text().strip())
        for other in Language:
            if current == self._default_target(other):
                self.path_edit.setText(str(self._default_target(self.language())))
                return

    def _on_browse_button_clicked(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Save the export"), self.path_edit.text(), self.tr("ZIP files (*.zip)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("zip")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.path_edit.setText)
        self.file_dialog = dialog
        dialog.open()

    def _on_private_check_toggled(self, checked: bool) -> None:
        self.reason_edit.setEnabled(not checked)
        self.reason_label.setEnabled(not checked)
        if not checked:
            self.reason_edit.setFocus()

    def confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing an existing file (tests replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace file"),
            self.tr("{path} already exists. Replace it?").format(path=str(path)),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- exporting ------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.export_button,
            self.close_button,
            self.path_edit,
            self.browse_button,
            self.language_combo,
            self.private_check,
        ):
            widget.setEnabled(not busy)
        self.reason_edit.setEnabled(not busy and not self.private_check.isChecked())

    def export(self) -> None:
        """Check the choices, then build the export off the interface thread."""
        self.error.clear_message()
        self.result_label.hide()
        text = self.path_edit.text().strip()
        if not text:
            self.error.show_message(self.tr("Choose where to save the export."))
            self.path_edit.setFocus()
            return
        target = Path(text).expanduser()
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        if target.is_file() and not self.confirm_overwrite(target):
            return
        try:
            prepared = AccessRequestService(self.pf).prepare(
                self.client_id,
                self.private_check.isChecked(),
                self.reason_edit.text(),
                self.language(),
            )
        except ValidationError as exc:
            self.error.show_message(exc.text())
            if exc.field == "leave_out_reason":
                self.reason_edit.setFocus()
            return
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self._set_busy(True)
        self._target = target
        # bound methods, so that the results arrive queued on the interface thread
        workers.run_in_background(
            lambda: render(prepared), self._on_render_succeeded, self._on_render_failed
        )

    def _on_render_succeeded(self, rendered: RenderedAccess) -> None:
        try:
            done = AccessRequestService(self.pf).save(rendered, self._target)
        except Exception as exc:
            self._set_busy(False)
            self._show_failure(exc)
            return
        self._set_busy(False)
        self.result_export = done
        self.path_edit.setText(str(done.path))
        self.result_label.setText(self.tr("Saved: {path}").format(path=str(done.path)))
        self.result_label.show()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.exported.emit(str(done.path))

    def _on_render_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        """A problem the mentor can act on goes under the form; a bug is logged as well."""
        self.error.show_message(messages.error_text(exc))
        if not isinstance(exc, UserError):
            messages.show_error(self, exc)
