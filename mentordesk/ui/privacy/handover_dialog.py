"""Making the emergency hand-over package: the colleague's name, a passphrase of its own typed
twice, the language of the instructions and where to save it. The package is made in the
background; ``created(path)`` announces it."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import Language
from mentordesk.errors import UserError, ValidationError
from mentordesk.services.handover import MIN_PASSPHRASE, HandoverResult, HandoverService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages, workers
from mentordesk.ui.form_parts import BusyBar, BusyDialog, InlineError
from mentordesk.ui.widgets.new_passphrase import NewPassphrase

log = logging.getLogger(__name__)


class HandoverDialog(BusyDialog):
    """``created(path)``: the package was saved at ``path`` and noted in the audit trail."""

    created = Signal(str)

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self._service = HandoverService(pf)
        self.made: HandoverResult | None = None
        self.setWindowTitle(self.tr("Emergency hand-over package"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        intro = QLabel(
            self.tr(
                "A sealed copy of your whole practice for a colleague who takes over if you "
                "suddenly cannot (illness, an accident, death), with instructions for them. "
                "It opens only with the passphrase you choose here."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("For example: Marleen de Bruijn"))
        self.name_edit.setAccessibleName(self.tr("Name of the colleague"))
        self.error_label = InlineError()
        too_short = self.tr(
            "The passphrase for the colleague is too short: use at least {count} characters, "
            "for instance a few unusual words in a row."
        ).format(count=MIN_PASSPHRASE)
        self.new_passphrase = NewPassphrase(
            self,
            self.error_label,
            placeholder=self.tr("A passphrase only for this package"),
            accessible_name=self.tr("Passphrase for the colleague"),
            minimum=MIN_PASSPHRASE,
            hint=self.tr(
                "At least {count} characters, different from your own passphrase: a few "
                "unusual words in a row are easy to write down and hard to guess."
            ).format(count=MIN_PASSPHRASE),
            empty=too_short,
            too_short=too_short,
        )
        self.passphrase_edit = self.new_passphrase.passphrase_edit
        self.repeat_edit = self.new_passphrase.repeat_edit
        self.show_check = self.new_passphrase.show_check
        self.hint_label = self.new_passphrase.hint_label
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the instructions"))
        self.language_combo.addItem(self.tr("Dutch"), Language.NL.value)
        self.language_combo.addItem(self.tr("English"), Language.EN.value)
        self.target_edit = QLineEdit()
        self.target_edit.setAccessibleName(self.tr("Where to save the package"))
        self.target_edit.setText(str(self._default_target()))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the package"))
        warning = QLabel(
            self.tr(
                "<b>The passphrase is not in the package.</b> Give it to your colleague "
                "separately, for instance on paper in a sealed envelope or through a notary, "
                "and keep it apart from the package. Without it nobody can open the package."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px;"
            " padding: 8px; }"
        )
        self.busy_bar = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&Make package"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Make the hand-over package"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        # a grid, not a QFormLayout: that one measures the wrapped hint too narrow and leaves
        # gaps around it
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Colleague:"), self.name_edit),
            (self.tr("&Passphrase:"), self.passphrase_edit),
            (self.tr("&Repeat passphrase:"), self.repeat_edit),
            ("", self.show_check),
            ("", self.hint_label),
            (self.tr("&Instructions in:"), self.language_combo),
            (self.tr("&Save as:"), self.target_edit),
        ]
        for row, (caption, field) in enumerate(rows):
            if caption:
                label = QLabel(caption)
                label.setBuddy(field)
                form.addWidget(label, row, 0)
            if field is self.target_edit:
                form.addLayout(target_row, row, 1)
            else:
                form.addWidget(field, row, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        for first, second in (
            (self.name_edit, self.passphrase_edit),
            (self.passphrase_edit, self.repeat_edit),
            (self.repeat_edit, self.show_check),
            (self.show_check, self.language_combo),
            (self.language_combo, self.target_edit),
            (self.target_edit, self.browse_button),
            (self.browse_button, self.buttons),
        ):
            QWidget.setTabOrder(first, second)

        self._choose_language()
        self.name_edit.textEdited.connect(self.error_label.clear_message)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        cancel.setAutoDefault(False)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.setFocus()
        self.setMinimumWidth(620)

    def sizeHint(self) -> QSize:
        """At least the minimum width, so the wrapped texts are measured at the real width
        (otherwise the window opens taller than its contents, with gaps between the rows)."""
        return super().sizeHint().expandedTo(QSize(self.minimumWidth(), 0))

    def _choose_language(self) -> None:
        try:
            language = self.pf.practice.get().default_language
        except Exception:
            log.exception("could not read the practice's language")
            return
        index = self.language_combo.findData(str(getattr(language, "value", language)))
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def _default_target(self) -> Path:
        name = self.tr("handover-{date}.zip").format(date=dt.date.today().isoformat())
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return (Path(documents) if documents else Path.home()) / name

    def ask_target(self) -> Path | None:
        """Where to save the package (tests replace this method)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the hand-over package"),
            self.target_edit.text(),
            self.tr("ZIP files (*.zip)"),
        )
        return Path(chosen) if chosen else None

    def _on_browse_button_clicked(self) -> None:
        chosen = self.ask_target()
        if chosen is not None:
            self.target_edit.setText(str(chosen))

    # -- making it ----------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        if self.new_passphrase.refuse():
            return
        passphrase = self.passphrase_edit.text()
        try:
            plan = self._service.prepare(
                Path(self.target_edit.text().strip()),
                self.name_edit.text(),
                passphrase,
                str(self.language_combo.currentData()),
            )
        except ValidationError as exc:
            self._show_problem(exc)
            return
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self._set_busy(True)
        service = self._service
        workers.run_in_background(
            lambda: service.write(plan), self._on_write_succeeded, self._on_write_failed
        )

    def _show_problem(self, exc: ValidationError) -> None:
        self.error_label.show_message(exc.text())
        field = {
            "colleague_name": self.name_edit,
            "passphrase": self.passphrase_edit,
            "language": self.language_combo,
            "target": self.target_edit,
        }.get(exc.field)
        if field is not None:
            field.setFocus()

    def _on_write_succeeded(self, result: HandoverResult) -> None:
        self._set_busy(False)
        try:
            self._service.record(result)  # removes the package when it cannot be noted
        except Exception as exc:
            self._on_write_failed(exc)
            return
        self.made = result
        self.new_passphrase.clear()
        self.created.emit(str(result.path))
        self.accept()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self._show_problem(exc)
        elif isinstance(exc, UserError):
            self.error_label.show_message(exc.text())
        else:
            messages.show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.new_passphrase.set_enabled(not busy)
        for widget in (
            self.name_edit,
            self.language_combo,
            self.target_edit,
            self.browse_button,
            self.buttons,
        ):
            widget.setEnabled(not busy)
