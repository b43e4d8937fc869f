"""What the invoice editor offers for an issued invoice: register a payment, make a credit note,
save or print the invoice (and, when overdue, a payment reminder) as PDF. Every PDF is built off
the UI thread and logged when it leaves (``MoneyOutput``). Also the editor's signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import Invoice
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import (
    MoneyDocumentService,
    PreparedMoneyDocument,
    RenderedMoneyDocument,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Client
from mentordesk.ui import messages
from mentordesk.ui.money.editor_lines import EditorLines
from mentordesk.ui.money.money_output import MoneyOutput
from mentordesk.ui.money.payment_dialog import PaymentDialog


class EditorActions(EditorLines):
    invoice_changed = Signal(int)
    invoice_requested = Signal(int)
    close_requested = Signal()
    title_changed = Signal(str)
    document_saved = Signal(int)
    document_printed = Signal(int)
    settings_requested = Signal()
    client_requested = Signal(int)

    def __init__(
        self, pf: PracticeFile, service: InvoiceService, client: Client, parent: QWidget | None
    ) -> None:
        super().__init__(pf, service, client, parent)
        self.invoice: Invoice | None = None
        self.rendered: RenderedMoneyDocument | None = None  # the PDF in the preview
        self.payment_dialog: PaymentDialog | None = None
        self._documents = MoneyDocumentService(pf)
        self.output = MoneyOutput(pf, self)

    def connect_actions(self) -> None:
        self.payment_button.clicked.connect(self.register_payment)
        self.credit_button.clicked.connect(self.make_credit_note)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.reminder_save_action.triggered.connect(self._on_reminder_save_action_triggered)
        self.reminder_print_action.triggered.connect(self._on_reminder_print_action_triggered)
        self.original_button.clicked.connect(self._on_original_button_clicked)
        self.output.saved.connect(self._on_output_saved)
        self.output.printed.connect(self._on_output_printed)
        self.output.busy_changed.connect(self._on_output_busy_changed)

    def reload_if_unchanged(self) -> bool:
        """Show what the file holds now (``InvoiceEditor`` knows how)."""
        raise NotImplementedError

    # -- an issued invoice --------------------------------------------------------------------
    def register_payment(self) -> PaymentDialog | None:
        if self.invoice is None or self.invoice.is_draft:
            return None
        try:
            dialog = PaymentDialog(self._pf, self.invoice.id, self)
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.payment_registered.connect(self._on_payment_dialog_payment_registered)
        self.payment_dialog = dialog
        dialog.open()
        return dialog

    def _on_payment_dialog_payment_registered(self, invoice_id: int) -> None:
        self.reload_if_unchanged()
        self.status_label.setText(self.tr("Payment registered."))
        self.invoice_changed.emit(invoice_id)

    def make_credit_note(self) -> int | None:
        """A draft credit note for every line of this invoice, opened in its own tab."""
        if self.invoice is None or self.invoice.is_draft:
            return None
        try:
            credit = CreditNoteService(self._pf).create(self.invoice.id)
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        self.invoice_changed.emit(self.invoice.id)
        self.invoice_requested.emit(credit.id)
        return credit.id

    def save_pdf(self, path: Path | str | None = None) -> None:
        """Save the issued invoice as PDF to ``path`` (or ask where); logged."""
        if self.invoice is not None and not self.invoice.is_draft:
            self.output.save_pdf(self._issued_source(), path, title=self.tr("Save the invoice"))

    def print_pdf(self, printer: QPrinter | None = None) -> None:
        if self.invoice is not None and not self.invoice.is_draft:
            self.output.print_pdf(self._issued_source(), printer)

    def save_reminder(self, path: Path | str | None = None) -> None:
        if self.invoice is not None:
            invoice_id = self.invoice.id
            self.output.save_pdf(
                lambda: self._documents.prepare_reminder(invoice_id),
                path,
                title=self.tr("Save the payment reminder"),
            )

    def print_reminder(self, printer: QPrinter | None = None) -> None:
        if self.invoice is not None:
            invoice_id = self.invoice.id
            self.output.print_pdf(lambda: self._documents.prepare_reminder(invoice_id), printer)

    def _issued_source(self) -> PreparedMoneyDocument | RenderedMoneyDocument:
        assert self.invoice is not None
        prepared = self._documents.prepare_invoice(self.invoice.id)
        if self.rendered is not None and self.rendered.prepared == prepared:
            return self.rendered
        return prepared

    def _on_output_saved(self, log_id: int, name: str) -> None:
        self.status_label.setText(
            self.tr("Saved as {name} and noted in the document log.").format(name=name)
        )
        self.document_saved.emit(log_id)

    def _on_output_printed(self, log_id: int) -> None:
        self.status_label.setText(self.tr("Printed and noted in the document log."))
        self.document_printed.emit(log_id)

    def _on_output_busy_changed(self, busy: bool) -> None:
        self.status_label.setText(self.tr("Preparing the PDF…") if busy else "")
        for widget in (self.pdf_button, self.print_button, self.reminder_button):
            widget.setEnabled(not busy)

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()

    def _on_print_button_clicked(self) -> None:
        self.print_pdf()

    def _on_reminder_save_action_triggered(self) -> None:
        self.save_reminder()

    def _on_reminder_print_action_triggered(self) -> None:
        self.print_reminder()

    def _on_original_button_clicked(self) -> None:
        if self.invoice is not None and self.invoice.credited_invoice_id is not None:
            self.invoice_requested.emit(self.invoice.credited_invoice_id)
