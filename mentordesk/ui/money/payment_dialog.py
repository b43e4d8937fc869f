"""Registering a payment on an issued invoice: date, amount, method and a note.

The amount starts at what is still to be paid, so a payment in full is one Enter; a partial
payment is typed over it. When more was paid than is owed (after a credit note) the dialog
registers money paid back instead. Refused input is shown at its field; nothing is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.money import parse_amount
from mentordesk.services.invoice_records import Invoice, PaymentDraft, PaymentMethod
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.payments import PaymentService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels
from mentordesk.ui.client_sections import emphasised
from mentordesk.ui.dialogs.form_dialog import FormDialog
from mentordesk.ui.dialogs.form_fields import EnumCombo, date_format, from_qdate, to_qdate
from mentordesk.ui.form_parts import mute
from mentordesk.ui.money.money_labels import method_text


class PaymentDialog(FormDialog):
    """Emits ``payment_registered(invoice_id)`` once the payment is saved."""

    payment_registered = Signal(int)

    def __init__(
        self,
        pf: PracticeFile,
        invoice_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(pf, parent)
        self.today = today or dt.date.today()
        self.invoice: Invoice = InvoiceService(pf).get(invoice_id, today=self.today)
        self.refund = self.invoice.balance_cents < 0
        number = self.invoice.number or ""
        self.setWindowTitle(
            self.tr("Register money paid back — {number}").format(number=number)
            if self.refund
            else self.tr("Register a payment — {number}").format(number=number)
        )
        self.save_button.setText(self.tr("&Register"))
        self.save_button.setAccessibleName(self.tr("Register the payment"))

        title = emphasised(
            QLabel(
                self.tr("Invoice {number} to {name}").format(
                    number=number, name=self.invoice.addressee.name or self.invoice.client_name
                )
            ),
            1.1,
        )
        title.setTextFormat(Qt.TextFormat.PlainText)
        facts = QGridLayout()
        facts.setHorizontalSpacing(18)
        facts.setVerticalSpacing(3)
        rows = [(self.tr("Total"), self.invoice.totals.total_cents)]
        if self.invoice.credited_cents:
            rows.append((self.tr("Credited"), self.invoice.credited_cents))
        rows.append((self.tr("Received so far"), self.invoice.paid_cents))
        rows.append(
            (
                self.tr("Paid too much") if self.refund else self.tr("Still to pay"),
                abs(self.invoice.balance_cents),
            )
        )
        self.fact_labels: dict[str, QLabel] = {}
        for row, (caption, cents) in enumerate(rows):
            value = QLabel(labels.money_text(cents))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            facts.addWidget(mute(QLabel(caption)), row, 0)
            facts.addWidget(value, row, 1)
            self.fact_labels[caption] = value
        if rows:
            emphasised(value)
        facts.setColumnStretch(2, 1)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setDate(to_qdate(self.today))
        self.date_edit.setMaximumDate(to_qdate(self.today))
        self.amount_edit = QLineEdit(labels.money_text(abs(self.invoice.balance_cents)))
        self.amount_edit.setMaximumWidth(180)
        self.method_combo = EnumCombo(PaymentMethod, method_text)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("For example: the bank's transaction reference"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        amount_caption = self.tr("Amount paid back:") if self.refund else self.tr("&Amount:")
        for field, caption, accessible, widget in (
            ("date", self.tr("&Date:"), self.tr("Date of payment"), self.date_edit),
            ("amount_cents", amount_caption, self.tr("Amount received"), self.amount_edit),
            ("method", self.tr("&Method:"), self.tr("Payment method"), self.method_combo),
            ("note", self.tr("&Note:"), self.tr("Note about the payment"), self.note_edit),
        ):
            widget.setAccessibleName(accessible)
            form.addRow(caption, self.errors.field_row(field, widget))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(facts)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.finish_buttons()
        self.setMinimumWidth(440)
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def set_amount(self, text: str) -> None:
        self.amount_edit.setText(text)

    def set_date(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def draft(self) -> PaymentDraft:
        cents = parse_amount(self.amount_edit.text(), "amount_cents")
        return PaymentDraft(
            date=from_qdate(self.date_edit.date()),
            amount_cents=-cents if self.refund else cents,
            method=PaymentMethod(self.method_combo.value()),
            note=self.note_edit.text(),
        )

    def save(self) -> None:
        PaymentService(self.pf).add(self.invoice.id, self.draft(), today=self.today)
        self.payment_registered.emit(self.invoice.id)

    def register(self) -> bool:
        """Press Register (tests): True when the payment was saved and the dialog closed."""
        self.save_button.click()
        return self.result() == FormDialog.DialogCode.Accepted
