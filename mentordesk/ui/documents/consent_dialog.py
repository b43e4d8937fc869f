"""Recording a client's consent to documents going to one recipient: a payer, the referrer or
another named party, with the date it was given and what it covers (its scope)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.consents import ConsentDraft, ConsentService, RecipientKind
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui.dialogs.form_dialog import FormDialog
from mentordesk.ui.dialogs.form_errors import FieldProblemError
from mentordesk.ui.dialogs.form_fields import EnumCombo, date_format, from_qdate, to_qdate
from mentordesk.ui.form_parts import mute

THIRD_PARTIES = (RecipientKind.PAYER, RecipientKind.REFERRER, RecipientKind.OTHER)


def recipient_kind_text(kind: RecipientKind) -> str:
    texts = {
        RecipientKind.CLIENT: QCoreApplication.translate("ConsentDialog", "Client"),
        RecipientKind.PAYER: QCoreApplication.translate("ConsentDialog", "Payer"),
        RecipientKind.REFERRER: QCoreApplication.translate("ConsentDialog", "Referrer"),
        RecipientKind.OTHER: QCoreApplication.translate("ConsentDialog", "Other party"),
    }
    return texts[kind]


class ConsentDialog(FormDialog):
    """Emits ``consent_recorded(consent_id)`` once the consent is saved.

    ``kind``, ``payer_id`` and ``party_name`` preset the recipient (the letter composer opens
    it for the recipient it could not write to)."""

    consent_recorded = Signal(int)

    def __init__(
        self,
        pf: PracticeFile,
        client_id: int,
        *,
        kind: RecipientKind = RecipientKind.PAYER,
        payer_id: int | None = None,
        party_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(pf, parent)
        self.client_id = client_id
        client = pf.clients.get(client_id)
        self.setWindowTitle(self.tr("Record consent"))
        intro = QLabel(
            self.tr(
                "{client} agrees that documents about the mentoring may go to this recipient."
            ).format(client=client.display_name)
        )
        intro.setWordWrap(True)
        mute(intro)
        self.kind_combo = EnumCombo(THIRD_PARTIES, recipient_kind_text)
        self.payer_combo = QComboBox()
        self.party_edit = QLineEdit()
        self.party_edit.setPlaceholderText(self.tr("For example: Dr. A. Jansen, huisarts"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(64)
        self.address_edit.setPlaceholderText(self.tr("Street and number\nPostal code and city"))
        self.given_edit = QDateEdit()
        self.given_edit.setCalendarPopup(True)
        self.given_edit.setDisplayFormat(date_format())
        self.given_edit.setDate(to_qdate(dt.date.today()))
        self.given_edit.setMaximumDate(to_qdate(dt.date.today()))
        self.scope_edit = QLineEdit()
        self.scope_edit.setMinimumWidth(340)
        self.scope_edit.setPlaceholderText(
            self.tr("For example: progress letters about the career engagement")
        )
        self._fill_payers(client.payer_id, payer_id)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, str, QWidget]] = [
            (
                "recipient_kind",
                self.tr("&Recipient:"),
                self.tr("Kind of recipient"),
                self.kind_combo,
            ),
            ("payer_id", self.tr("&Payer:"), self.tr("Payer"), self.payer_combo),
            ("party_name", self.tr("&Name:"), self.tr("Name of the recipient"), self.party_edit),
            (
                "party_address",
                self.tr("&Address:"),
                self.tr("Address of the recipient"),
                self.address_edit,
            ),
            (
                "given_on",
                self.tr("&Given on:"),
                self.tr("Date the consent was given"),
                self.given_edit,
            ),
            ("scope", self.tr("&Scope:"), self.tr("What the consent covers"), self.scope_edit),
        ]
        self._rows: dict[str, QWidget] = {}
        for field, caption, accessible, widget in rows:
            widget.setAccessibleName(accessible)
            row = self.errors.field_row(field, widget)
            self._rows[field] = row
            self.form.addRow(caption, row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.finish_buttons()

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.kind_combo.set_value(kind if kind in THIRD_PARTIES else RecipientKind.PAYER)
        self.party_edit.setText(party_name)
        self._on_kind_combo_changed()
        self.kind_combo.setFocus()

    def _fill_payers(self, client_payer: int | None, wanted: int | None) -> None:
        """The client's payers first (of the client and its engagements), then the others."""
        own = {client_payer} if client_payer is not None else set()
        own |= {e.payer_id for e in self.pf.engagements.for_client(self.client_id) if e.payer_id}
        payers = sorted(self.pf.payers.list(), key=lambda p: (p.id not in own, p.name.casefold()))
        for payer in payers:
            self.payer_combo.addItem(payer.name, payer.id)
        index = self.payer_combo.findData(wanted) if wanted is not None else 0
        self.payer_combo.setCurrentIndex(max(index, 0))

    def kind(self) -> RecipientKind:
        return RecipientKind(self.kind_combo.value())

    def _on_kind_combo_changed(self, _index: int = 0) -> None:
        payer = self.kind() is RecipientKind.PAYER
        for field, shown in (
            ("payer_id", payer),
            ("party_name", not payer),
            ("party_address", not payer),
        ):
            self.form.setRowVisible(self._rows[field], shown)

    def draft(self) -> ConsentDraft:
        kind = self.kind()
        payer_id = self.payer_combo.currentData() if kind is RecipientKind.PAYER else None
        if kind is RecipientKind.PAYER and payer_id is None:
            raise FieldProblemError(
                "payer_id",
                self.tr("There is no payer yet. Add the payer on the client's engagement first."),
            )
        return ConsentDraft(
            recipient_kind=kind,
            given_on=from_qdate(self.given_edit.date()),
            scope=self.scope_edit.text(),
            payer_id=int(payer_id) if payer_id is not None else None,
            party_name=self.party_edit.text() if kind is not RecipientKind.PAYER else "",
            party_address=(
                self.address_edit.toPlainText() if kind is not RecipientKind.PAYER else ""
            ),
        )

    def save(self) -> None:
        consent = ConsentService(self.pf).record(self.client_id, self.draft())
        self.consent_recorded.emit(consent.id)
