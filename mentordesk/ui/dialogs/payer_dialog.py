"""A payer (employer, organisation, foundation): new or edited; and the combo to choose one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import PayerKind
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Payer, PayerDraft
from mentordesk.ui.dialogs.form_dialog import FormDialog
from mentordesk.ui.dialogs.form_fields import EnumCombo

NEW_PAYER = -1


def payer_kind_text(kind: PayerKind) -> str:
    texts = {
        PayerKind.EMPLOYER: QCoreApplication.translate("PayerDialog", "Employer"),
        PayerKind.ORGANISATION: QCoreApplication.translate("PayerDialog", "Organisation"),
        PayerKind.FOUNDATION: QCoreApplication.translate("PayerDialog", "Foundation"),
        PayerKind.OTHER: QCoreApplication.translate("PayerDialog", "Other"),
    }
    return texts[kind]


class PayerDialog(FormDialog):
    """Emits ``payer_saved(payer_id)`` once the payer is saved."""

    payer_saved = Signal(int)

    def __init__(
        self, pf: PracticeFile, payer: Payer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(pf, parent)
        self.payer = payer
        self.setWindowTitle(self.tr("New payer") if payer is None else self.tr("Edit payer"))
        self.name_edit = QLineEdit()
        self.name_edit.setMinimumWidth(320)
        self.name_edit.setPlaceholderText(self.tr("For example: Havenbedrijf Rotterdam"))
        self.kind_combo = EnumCombo(PayerKind, payer_kind_text)
        self.contact_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.postal_code_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.vat_id_edit = QLineEdit()
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Purchase order or cost centre"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        form = QFormLayout()

        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, str, QWidget]] = [
            ("name", self.tr("&Name:"), self.tr("Payer name"), self.name_edit),
            ("kind", self.tr("&Kind:"), self.tr("Kind of payer"), self.kind_combo),
            ("contact_name", self.tr("&Contact:"), self.tr("Contact person"), self.contact_edit),
            ("email", self.tr("&E-mail:"), self.tr("Payer e-mail"), self.email_edit),
            ("phone", self.tr("&Phone:"), self.tr("Payer phone"), self.phone_edit),
            ("street", self.tr("&Street:"), self.tr("Street and number"), self.street_edit),
            (
                "postal_code",
                self.tr("Postal c&ode:"),
                self.tr("Postal code"),
                self.postal_code_edit,
            ),
            ("city", self.tr("C&ity:"), self.tr("City"), self.city_edit),
            ("country", self.tr("Co&untry:"), self.tr("Country"), self.country_edit),
            ("vat_id", self.tr("&VAT id:"), self.tr("VAT identification number"), self.vat_id_edit),
            (
                "reference",
                self.tr("&Reference:"),
                self.tr("Reference or PO number"),
                self.reference_edit,
            ),
            ("notes", self.tr("No&tes:"), self.tr("Notes about the payer"), self.notes_edit),
        ]
        for field, caption, accessible, widget in rows:
            widget.setAccessibleName(accessible)
            form.addRow(caption, self.errors.field_row(field, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.finish_buttons()
        if payer is not None:
            self._fill(payer)
        self.name_edit.setFocus()

    @classmethod
    def for_new(cls, pf: PracticeFile, parent: QWidget | None = None) -> PayerDialog:
        return cls(pf, None, parent)

    @classmethod
    def for_edit(
        cls, pf: PracticeFile, payer_id: int, parent: QWidget | None = None
    ) -> PayerDialog:
        return cls(pf, pf.payers.get(payer_id), parent)

    def _fill(self, payer: Payer) -> None:
        self.name_edit.setText(payer.name)
        self.kind_combo.set_value(payer.kind)
        self.contact_edit.setText(payer.contact_name)
        self.email_edit.setText(payer.email)
        self.phone_edit.setText(payer.phone)
        self.street_edit.setText(payer.street)
        self.postal_code_edit.setText(payer.postal_code)
        self.city_edit.setText(payer.city)
        self.country_edit.setText(payer.country)
        self.vat_id_edit.setText(payer.vat_id)
        self.reference_edit.setText(payer.reference)
        self.notes_edit.setPlainText(payer.notes)

    def draft(self) -> PayerDraft:
        return PayerDraft(
            name=self.name_edit.text(),
            kind=PayerKind(self.kind_combo.value()),
            contact_name=self.contact_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            street=self.street_edit.text(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text(),
            vat_id=self.vat_id_edit.text(),
            reference=self.reference_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        if self.payer is None:
            saved = self.pf.payers.create(self.draft())
        else:
            saved = self.pf.payers.update(self.payer.id, self.draft())
        self.payer = saved
        self.payer_saved.emit(saved.id)


class PayerCombo(QComboBox):
    """No payer, the practice's payers, and "New payer…" (which emits ``new_payer_requested``
    and keeps the previous choice until the new payer is saved)."""

    new_payer_requested = Signal()

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self._previous = 0
        self.activated.connect(self._on_activated)

    def load(self, selected: int | None) -> None:
        payers = self.pf.payers.list()
        if selected is not None and all(p.id != selected for p in payers):
            payers.append(self.pf.payers.get(selected))  # an archived payer still in use
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("— no payer —"), None)
        for payer in payers:
            self.addItem(payer.name, payer.id)
        self.insertSeparator(self.count())
        self.addItem(self.tr("New payer…"), NEW_PAYER)
        self.blockSignals(False)
        self.set_payer_id(selected)

    def payer_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None and data != NEW_PAYER else None

    def set_payer_id(self, payer_id: int | None) -> None:
        index = self.findData(payer_id) if payer_id is not None else 0
        self.setCurrentIndex(max(index, 0))
        self._previous = self.currentIndex()

    def _on_activated(self, index: int) -> None:
        if self.itemData(index) == NEW_PAYER:
            self.setCurrentIndex(self._previous)
            self.new_payer_requested.emit()
        else:
            self._previous = index
