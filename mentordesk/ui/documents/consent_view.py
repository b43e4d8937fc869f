"""The client's consents to documents going to a third party: who, since when, for what, and
whether it is still in force. Recording goes through ``ConsentDialog``; withdrawing asks first
(``confirm_withdraw``, which tests replace) and keeps the record, marked withdrawn."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.consents import Consent, ConsentService, RecipientKind
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.documents.consent_dialog import ConsentDialog, recipient_kind_text
from mentordesk.ui.form_parts import mute

RECIPIENT, KIND, GIVEN, SCOPE, STATUS = range(5)


class ConsentView(QWidget):
    """``consent_changed(client_id)`` after a consent was recorded or withdrawn here."""

    consent_changed = Signal(int)

    def __init__(self, pf: PracticeFile, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.client_id = client_id
        self.consents: list[Consent] = []
        self.dialog: ConsentDialog | None = None

        self.explanation = mute(
            QLabel(
                self.tr(
                    "A letter to anyone but the client needs the client's consent for that "
                    "recipient. Withdrawn consents stay listed."
                )
            )
        )
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Recipient"),
                self.tr("Kind"),
                self.tr("Given on"),
                self.tr("Scope"),
                self.tr("Status"),
            ]
        )
        self.table.setAccessibleName(self.tr("Consents for documents to others"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SCOPE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = mute(
            QLabel(self.tr("No consent recorded: letters can go to the client only."))
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(12, 30, 12, 12)
        self.empty_label.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record &consent…"))
        self.record_button.setAccessibleName(self.tr("Record a consent for documents"))
        self.withdraw_button = QPushButton(self.tr("With&draw…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected consent"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)

        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    # -- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.consents = ConsentService(self.pf).for_client(self.client_id)
        except Exception as exc:
            messages.show_error(self, exc)
            self.consents = []
        selected = self.selected()
        self.table.setRowCount(len(self.consents))
        for row, consent in enumerate(self.consents):
            in_force = consent.in_force()
            if consent.withdrawn_on is not None:
                status = self.tr("Withdrawn on {date}").format(
                    date=labels.date_text(consent.withdrawn_on)
                )
            elif in_force:
                status = self.tr("In force")
            else:
                status = self.tr("From {date}").format(date=labels.date_text(consent.given_on))
            cells = [
                consent.recipient_name or "—",
                recipient_kind_text(consent.recipient_kind),
                labels.date_text(consent.given_on),
                consent.scope or "—",
                status,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, consent.id)
                item.setToolTip(text)
                if not in_force:
                    item.setForeground(QColor(128, 128, 128))
                elif column == STATUS:
                    item.setForeground(QColor("#1d6b35"))
                self.table.setItem(row, column, item)
            first = self.table.item(row, RECIPIENT)
            if consent.party_address and first is not None:
                first.setToolTip(f"{consent.recipient_name}\n{consent.party_address}")
        self.table.setVisible(bool(self.consents))
        self.empty_label.setVisible(not self.consents)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def in_force_count(self) -> int:
        return sum(1 for c in self.consents if c.in_force())

    def selected(self) -> Consent | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or not 0 <= rows[0].row() < len(self.consents):
            return None
        return self.consents[rows[0].row()]

    def select(self, consent_id: int) -> bool:
        for row, consent in enumerate(self.consents):
            if consent.id == consent_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        consent = self.selected()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    # -- recording and withdrawing ------------------------------------------------------------
    def _on_record_button_clicked(self) -> None:
        self.record_consent()

    def record_consent(
        self,
        kind: RecipientKind = RecipientKind.PAYER,
        payer_id: int | None = None,
        party_name: str = "",
    ) -> ConsentDialog | None:
        try:
            dialog = ConsentDialog(
                self.pf,
                self.client_id,
                kind=kind,
                payer_id=payer_id,
                party_name=party_name,
                parent=self,
            )
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.consent_recorded.connect(self._on_dialog_consent_recorded)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_consent_recorded(self, consent_id: int) -> None:
        self.reload()
        self.select(consent_id)
        self.consent_changed.emit(self.client_id)

    def confirm_withdraw(self, consent: Consent) -> bool:
        """Ask before withdrawing (tests replace this method with their answer)."""
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Withdraw the consent for {recipient} as of today? Documents to them are then "
                "refused; the record and the log of what was sent stay."
            ).format(recipient=consent.recipient_name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def withdraw_selected(self, on: dt.date | None = None) -> bool:
        consent = self.selected()
        if consent is None or consent.withdrawn_on is not None:
            return False
        if not self.confirm_withdraw(consent):
            return False
        try:
            ConsentService(self.pf).withdraw(consent.id, on)
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        self.reload()
        self.consent_changed.emit(self.client_id)
        return True
