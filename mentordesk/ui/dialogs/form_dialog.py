"""The base of the record dialogs: Save and Cancel, inline errors, nothing saved half."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mentordesk.errors import UserError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.dialogs.form_errors import FieldProblemError, FormErrors
from mentordesk.ui.form_parts import InlineError

log = logging.getLogger(__name__)


class FormDialog(QDialog):
    """Subclasses build their fields, then implement ``save()``: read the fields, call the
    service (one transaction), emit their ``*_saved`` signal. A refusal leaves the dialog open
    with everything as typed and the message under the field it is about."""

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.general_error = InlineError()
        self.errors = FormErrors(self.general_error, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def finish_buttons(self) -> None:
        """Call once the buttons sit in the dialog's layout: Enter then saves."""
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.save_button.setDefault(True)

    def save(self) -> None:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except FieldProblemError as problem:
            self.errors.show_problem(problem)
            return
        except UserError as exc:
            self.errors.show_error(exc)
            return
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.accept()
