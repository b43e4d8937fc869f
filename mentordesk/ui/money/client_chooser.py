"""Choosing the client a new invoice is for: a list to type in (matching any part of the
name), sensitive clients by their initials. Emits ``client_chosen(client_id)``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import ClientStatus
from mentordesk.domain.names import fold
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui.form_parts import InlineError


class ClientChooser(QDialog):
    client_chosen = Signal(int)

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New invoice"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        rows = [r for r in pf.clients.list_rows() if r.status is not ClientStatus.ARCHIVED]
        rows.sort(key=lambda r: fold(r.display_name))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(self.tr("Client to invoice"))
        self.combo.setMinimumWidth(320)
        for row in rows:
            self.combo.addItem(row.display_name, row.id)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        self.combo.setCurrentIndex(-1)
        self.error = InlineError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("&Make invoice"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.tr("Make the invoice"))
        self.ok_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which client is the invoice for?")))
        layout.addWidget(self.combo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def choose(self) -> bool:
        """Accept the client typed or picked; False (and a message) when none matches."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.error.show_message(self.tr("Choose a client from the list."))
            return False
        self.client_chosen.emit(int(self.combo.itemData(index)))
        self.accept()
        return True
