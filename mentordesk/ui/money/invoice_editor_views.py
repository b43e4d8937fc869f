"""What the invoice editor shows for each kind of invoice: an editable draft (invoice or credit
note) or an issued one, read-only, with its payments; and what stops a draft from being issued,
in words, with a way to where it can be fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from mentordesk.domain.enums import Language
from mentordesk.domain.vat import VatTreatment
from mentordesk.errors import ValidationError
from mentordesk.services.invoice_records import (
    Invoice,
    InvoiceDraft,
    InvoiceKind,
    InvoiceState,
)
from mentordesk.services.records import Client, Payer
from mentordesk.ui import labels
from mentordesk.ui.client_sections import chip_style
from mentordesk.ui.money.invoice_editor_layout import EditorLayout
from mentordesk.ui.money.money_labels import STATE_TONES, method_text, state_text
from mentordesk.ui.money.session_picker import PickableSession

# problems about the practice's details: fixed in the settings
PRACTICE_FIELDS = frozenset(
    {
        "name",
        "street",
        "city",
        "kvk_number",
        "vat_id",
        "iban",
        "vat_exempt_text",
        "vat_regime",
        "invoice_number_pattern",
    }
)


class EditorViews(EditorLayout):
    """Filling the layout; ``InvoiceEditor`` decides when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False

    # -- a draft ------------------------------------------------------------------------------
    def fill_addressees(
        self, client: Client, payers: list[Payer], chosen: int | None, credit: Invoice | None
    ) -> None:
        combo = self.addressee_combo
        combo.blockSignals(True)
        combo.clear()
        if credit is not None:  # a credit note keeps its invoice's customer
            combo.addItem(credit.addressee.name or credit.client_name, credit.payer_id)
        else:
            combo.addItem(self.tr("{name} (the client)").format(name=client.display_name), None)
            for payer in payers:
                combo.addItem(payer.name, payer.id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def fill_draft(
        self,
        draft: InvoiceDraft,
        entries: list[PickableSession],
        language: Language,
        *,
        credit: bool,
    ) -> None:
        """Show ``draft`` for editing (``credit``: a credit note's draft)."""
        self._filling = True
        try:
            self.reference_edit.setText(draft.reference or "")
            self.language_combo.setCurrentIndex(self.language_combo.findData(language.value))
            self.reverse_charge_check.setChecked(draft.reverse_charge)
            checked = {line.session_id for line in draft.lines if line.session_id is not None}
            self.picker.load(entries, checked)
            self.lines_table.set_lines(draft.lines)
            self.note_edit.setPlainText(draft.note)
            self.qr_check.setChecked(draft.payment_qr)
        finally:
            self._filling = False
        self.set_editable(True, credit=credit)
        if not credit:
            self.show_payer_sessions()

    def show_payer_sessions(self) -> int:
        shown = self.picker.show_payer(self.addressee_combo.currentData())
        self.picker.setVisible(shown > 0)
        self.picker_empty.setVisible(shown == 0)
        if shown:
            height = self.picker.sizeHintForRow(0) or self.fontMetrics().height() + 6
            header = self.picker.header().sizeHint().height()
            self.picker.setFixedHeight(min(max(shown, 2), 7) * height + header + 6)
        return shown

    def set_editable(self, editable: bool, *, credit: bool = False) -> None:
        widget: QWidget
        for widget in (self.reference_edit, self.language_combo, self.reverse_charge_check):
            widget.setEnabled(editable and not credit)
        self.addressee_combo.setEnabled(editable and not credit)
        self.reverse_charge_check.setVisible(not credit)
        self.note_edit.setReadOnly(not editable)
        self.qr_check.setEnabled(editable and not credit)
        self.qr_check.setVisible(not credit)
        self.lines_table.set_read_only(not editable)
        self.picker.set_read_only(not editable)
        for widget in (self.sessions_heading, self.picker, self.picker_empty):
            widget.setVisible(editable and not credit)
        for widget in (self.add_line_button, self.remove_line_button):
            widget.setVisible(editable)
        for widget in (self.delete_button, self.save_button, self.issue_button):
            widget.setVisible(editable)
        for widget in (self.note_heading, self.note_edit):
            widget.setVisible(editable or bool(self.note_edit.toPlainText().strip()))
        self.to_form.setRowVisible(
            self.reference_edit, editable or bool(self.reference_edit.text().strip())
        )
        for widget in (
            self.payment_button,
            self.reminder_button,
            self.credit_button,
            self.print_button,
            self.pdf_button,
        ):
            widget.setVisible(not editable)
        for widget in (
            self.payments_heading,
            self.payments_list,
            self.payments_label,
            self.payments_empty,
        ):
            widget.setVisible(False)
        self.issue_button.setText(self.tr("&Issue credit note…") if credit else self.tr("&Issue…"))

    # -- the header ---------------------------------------------------------------------------
    def show_header(self, invoice: Invoice | None, client_name: str, credited: str) -> None:
        credit = invoice is not None and invoice.is_credit_note
        self.title_label.setText(self.tr("Credit note") if credit else self.tr("Invoice"))
        name = client_name
        if invoice is not None and invoice.number:
            name = self.tr("{number} · {name}").format(number=invoice.number, name=client_name)
        self.name_label.setText(name)
        state = invoice.state if invoice is not None else InvoiceState.DRAFT
        self.state_chip.setText(state_text(state))
        self.state_chip.setStyleSheet(chip_style(STATE_TONES[state]))
        self.state_chip.setAccessibleName(
            self.tr("Status: {state}").format(state=state_text(state))
        )
        banner = ""
        if invoice is not None and not invoice.is_draft:
            banner = self.tr(
                "Issued on {date} as {number}. An issued invoice never changes: correct it "
                "with a credit note."
            ).format(date=labels.date_text(invoice.issue_date), number=invoice.number)
            if credit:
                banner = self.tr(
                    "Credit note {number}, issued on {date}, corrects invoice {credited}."
                ).format(
                    number=invoice.number,
                    date=labels.date_text(invoice.issue_date),
                    credited=credited,
                )
        elif credit:
            banner = self.tr(
                "Credit note for invoice {credited}: its amounts are negative. Remove the lines "
                "that stay charged, then issue it."
            ).format(credited=credited)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.original_button.setVisible(bool(credit and credited))
        self.original_button.setText(
            self.tr("Open invoice {number}").format(number=credited) if credited else ""
        )

    # -- an issued invoice --------------------------------------------------------------------
    def show_issued(self, invoice: Invoice) -> None:
        self._filling = True
        try:
            self.addressee_combo.blockSignals(True)
            self.addressee_combo.clear()
            self.addressee_combo.addItem(invoice.addressee.name, invoice.payer_id)
            self.addressee_combo.blockSignals(False)
            self.reference_edit.setText(invoice.reference)
            self.language_combo.setCurrentIndex(
                self.language_combo.findData(invoice.language.value)
            )
            self.lines_table.set_lines(invoice.lines)
            self.note_edit.setPlainText(invoice.note)
            self.qr_check.setChecked(invoice.payment_qr)
        finally:
            self._filling = False
        self.set_editable(False, credit=invoice.is_credit_note)
        self.qr_check.hide()
        reverse = invoice.vat_treatment is VatTreatment.REVERSE_CHARGE
        self.reverse_charge_check.setChecked(reverse)
        self.reverse_charge_check.setVisible(reverse)
        self.show_totals(invoice.totals, invoice.vat_treatment, invoice.vat_note)
        invoice_kind = invoice.kind is InvoiceKind.INVOICE
        self.payment_button.setVisible(invoice_kind and invoice.balance_cents != 0)
        self.reminder_button.setVisible(invoice.state is InvoiceState.OVERDUE)
        left_to_credit = invoice.totals.total_cents + invoice.credited_cents
        self.credit_button.setVisible(invoice_kind and left_to_credit > 0)
        if invoice_kind:
            self._show_payments(invoice)
        self.problems_box.hide()

    def _show_payments(self, invoice: Invoice) -> None:
        self.payments_list.clear()
        for payment in invoice.payments:
            item = QTreeWidgetItem(
                [
                    labels.date_text(payment.date),
                    labels.money_text(payment.amount_cents),
                    method_text(payment.method),
                    payment.note,
                ]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.payments_list.addTopLevelItem(item)
        parts = [
            self.tr("Due on {date}").format(date=labels.date_text(invoice.due_date)),
            self.tr("received {amount}").format(amount=labels.money_text(invoice.paid_cents)),
        ]
        if invoice.credited_cents:
            parts.append(
                self.tr("credited {amount}").format(
                    amount=labels.money_text(invoice.credited_cents)
                )
            )
        if invoice.balance_cents > 0:
            parts.append(
                self.tr("still to pay {amount}").format(
                    amount=labels.money_text(invoice.balance_cents)
                )
            )
        elif invoice.balance_cents < 0:
            parts.append(
                self.tr("paid too much {amount}").format(
                    amount=labels.money_text(-invoice.balance_cents)
                )
            )
        self.payments_label.setText(" · ".join(parts))
        self.payments_heading.show()
        self.payments_label.show()
        self.payments_list.setVisible(bool(invoice.payments))
        row = self.payments_list.sizeHintForRow(0) if invoice.payments else 0
        header = self.payments_list.header().sizeHint().height()
        shown = min(max(len(invoice.payments), 1), 5)
        self.payments_list.setFixedHeight(shown * max(row, 20) + header + 6)
        self.payments_empty.setVisible(not invoice.payments)

    # -- what stops issuing -------------------------------------------------------------------
    def show_problems(self, problems: list[ValidationError]) -> None:
        if not problems:
            self.problems_box.hide()
            return
        texts = [f"• {exc.text()}" for exc in problems]
        heading = self.tr("Before this invoice can be issued:")
        self.problems_label.setText("\n".join([heading, *texts]))
        fields = {exc.field for exc in problems}
        self.settings_button.setVisible(bool(fields & PRACTICE_FIELDS))
        self.client_button.setVisible(any(f.startswith("addressee") for f in fields))
        for field in fields:
            if field.startswith("lines."):
                row = field.split(".")[1]
                if row.isdigit():
                    self.lines_table.mark_row(int(row))
        self.problems_box.show()

    def problem_text(self) -> str:
        return self.problems_label.text() if not self.problems_box.isHidden() else ""
