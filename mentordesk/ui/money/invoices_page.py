"""The invoices page: every invoice and credit note of a year, filtered by status and by any
word of the number, client or addressee; overdue ones highlighted; the totals of what is shown;
and, beside it, the work ready to invoice.

Enter or a double-click opens an invoice in the editor. Under the list: register a payment,
a payment reminder (overdue invoices), a credit note from an issued invoice, delete a draft.
Sensitive clients are shown by their initials, also as addressee. Nothing here shows notes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.domain.names import display_name
from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoice_records import (
    InvoiceKind,
    InvoiceRow,
    InvoiceState,
    InvoiceStatus,
    ListTotals,
)
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.money.client_chooser import ClientChooser
from mentordesk.ui.money.invoices_layout import InvoicesLayout
from mentordesk.ui.money.money_labels import TO_BE_PAID, state_text
from mentordesk.ui.money.money_output import MoneyOutput
from mentordesk.ui.money.payment_dialog import PaymentDialog
from mentordesk.ui.money.ready_panel import group_sessions
from mentordesk.ui.reveal import RevealState

ALL = "all"
TO_PAY = "to_pay"


class InvoicesPage(InvoicesLayout):
    """``invoice_requested(invoice_id)``: open it in the editor;
    ``new_invoice_requested(client_id, session_ids or None)``: start an invoice;
    ``invoices_changed()``: a payment, credit note or deletion was made here;
    ``document_saved(log_id)`` / ``document_printed(log_id)``: a reminder left the app."""

    invoice_requested = Signal(int)
    new_invoice_requested = Signal(int, object)
    invoices_changed = Signal()
    document_saved = Signal(int)
    document_printed = Signal(int)

    def __init__(
        self, pf: PracticeFile, reveal: RevealState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pf = pf
        self._reveal = reveal  # nothing here is masked: no note content is shown
        self._service = InvoiceService(pf)
        self._documents = MoneyDocumentService(pf)
        self.output = MoneyOutput(pf, self)
        self.dialog: QWidget | None = None
        self.today = dt.date.today()
        self._loaded = False
        self._sensitive: dict[int, str] = {}  # full names of sensitive clients, by id
        self.status_combo.addItem(self.tr("All"), ALL)
        self.status_combo.addItem(self.tr("To be paid"), TO_PAY)
        for state in (
            InvoiceState.OVERDUE,
            InvoiceState.OPEN,
            InvoiceState.PARTLY_PAID,
            InvoiceState.PAID,
            InvoiceState.DRAFT,
            InvoiceState.CREDITED,
            InvoiceState.REFUND_DUE,
            InvoiceState.CREDIT_NOTE,
        ):
            self.status_combo.addItem(state_text(state), state.value)
        self._connect()

    def _connect(self) -> None:
        self.year_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.choose_client)
        self.open_button.clicked.connect(self.open_selected)
        self.payment_button.clicked.connect(self.register_payment)
        self.credit_button.clicked.connect(self.make_credit_note)
        self.delete_button.clicked.connect(self.delete_draft)
        self.reminder_save_action.triggered.connect(self._on_reminder_save_action_triggered)
        self.reminder_print_action.triggered.connect(self._on_reminder_print_action_triggered)
        self.ready.invoice_requested.connect(self.new_invoice_requested)
        self.output.saved.connect(self._on_output_saved)
        self.output.printed.connect(self.document_printed)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self._on_refresh_triggered)
        self.addAction(refresh)

    def _on_refresh_triggered(self) -> None:
        self.refresh()

    def _on_reminder_save_action_triggered(self) -> None:
        self.save_reminder()

    def _on_reminder_print_action_triggered(self) -> None:
        self.print_reminder()

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, today: dt.date | None = None) -> None:
        """Read the invoices and the work ready to invoice again."""
        self.today = today or dt.date.today()
        try:
            years = self._service.years(self.today)
            self._fill_years(years)
            client_rows = self.pf.clients.list_rows(self.today)
            self._sensitive = {r.id: r.name for r in client_rows if r.sensitive}
            rows = self._rows()
            billable = self._service.billable_sessions()
            clients = {r.id: r.display_name for r in client_rows}
            payers = {p.id: p.name for p in self.pf.payers.list(include_archived=True)}
        except Exception as exc:
            messages.show_error(self, exc)
            return
        selected = self.selected_invoice()
        self.model.set_rows(rows, self.today)
        self.ready.load(group_sessions(billable, clients, payers))
        self._loaded = True
        self._after_filter(selected.id if selected is not None else None)

    def clear(self) -> None:
        """Forget every name and amount shown (on lock); ``refresh()`` reads them again."""
        self.output.cancel()
        self.model.clear()
        self.filter_edit.clear()  # a name typed there is client data too; the model matches it
        self.ready.load([])
        self.totals_label.clear()
        self._sensitive = {}
        self._loaded = False

    def _fill_years(self, years: list[int]) -> None:
        current = self.year_combo.currentData() if self.year_combo.count() else self.today.year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.addItem(self.tr("All years"), 0)
        index = self.year_combo.findData(current)
        self.year_combo.setCurrentIndex(index if index >= 0 else 0)
        self.year_combo.blockSignals(False)

    def _rows(self) -> list[InvoiceRow]:
        year = self.year_combo.currentData() or None
        wanted = self.status_combo.currentData()
        states: tuple[InvoiceState, ...] | None = None
        if wanted == TO_PAY:
            states = TO_BE_PAID
        elif wanted not in (ALL, None):
            states = (InvoiceState(wanted),)
        rows = self._service.list(year=year, states=states, today=self.today)
        return self._with_initials(rows)

    def _with_initials(self, rows: list[InvoiceRow]) -> list[InvoiceRow]:
        """A sensitive client addressed by name shows initials as addressee too."""
        sensitive = self._sensitive
        fixed = []
        for row in rows:
            name = sensitive.get(row.client_id)
            if name is not None and row.addressee == name:
                fixed.append(dataclasses.replace(row, addressee=display_name(name, sensitive=True)))
            else:
                fixed.append(row)
        return fixed

    def set_year(self, year: int | None) -> None:
        """Show ``year`` (None: every year)."""
        self.year_combo.setCurrentIndex(self.year_combo.findData(year or 0))

    def set_status(self, value: InvoiceState | str) -> None:
        """Show one state (an ``InvoiceState``), ``"to_pay"`` or ``"all"``."""
        self.status_combo.setCurrentIndex(self.status_combo.findData(str(value)))

    def _on_filter_changed(self) -> None:
        if not self._loaded:
            return
        try:
            rows = self._rows()
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.model.set_rows(rows, self.today)
        self._after_filter(None)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._after_filter(None)

    def _after_filter(self, keep: int | None) -> None:
        totals = self.totals()
        parts = [
            self.tr("{count} issued").format(count=totals.count),
            self.tr("invoiced {amount}").format(amount=labels.money_text(totals.invoiced_cents)),
            self.tr("received {amount}").format(amount=labels.money_text(totals.paid_cents)),
            self.tr("still to receive {amount}").format(
                amount=labels.money_text(totals.outstanding_cents)
            ),
        ]
        self.totals_label.setText(" · ".join(parts))
        self.overdue_label.setText(
            self.tr("overdue {amount}").format(amount=labels.money_text(totals.overdue_cents))
            if totals.overdue_cents
            else ""
        )
        self.overdue_label.setVisible(bool(totals.overdue_cents))
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.select_row(row)
        self._update_buttons()

    def totals(self) -> ListTotals:
        """The sums of the invoices shown (after every filter)."""
        return self._service.totals(self.model.visible_rows())

    # -- selection ----------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_invoice(self, invoice_id: int) -> bool:
        row = self.model.row_of(invoice_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def selected_invoice(self) -> InvoiceRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _update_buttons(self) -> None:
        row = self.selected_invoice()
        issued = row is not None and row.status is InvoiceStatus.ISSUED
        invoice = issued and row is not None and row.kind is InvoiceKind.INVOICE
        self.open_button.setEnabled(row is not None)
        self.payment_button.setEnabled(invoice and row is not None and row.balance_cents != 0)
        self.reminder_button.setEnabled(
            invoice and row is not None and row.state is InvoiceState.OVERDUE
        )
        self.credit_button.setEnabled(
            invoice and row is not None and row.total_cents + row.credited_cents > 0
        )
        self.delete_button.setEnabled(row is not None and row.status is InvoiceStatus.DRAFT)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.invoice_requested.emit(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        row = self.selected_invoice()
        if row is not None:
            self.invoice_requested.emit(row.id)

    # -- actions ------------------------------------------------------------------------------
    def choose_client(self) -> ClientChooser:
        dialog = ClientChooser(self.pf, self)
        dialog.client_chosen.connect(
            lambda client_id: self.new_invoice_requested.emit(client_id, None)
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def register_payment(self) -> PaymentDialog | None:
        row = self.selected_invoice()
        if row is None or not self.payment_button.isEnabled():
            return None
        try:
            dialog = PaymentDialog(self.pf, row.id, self, today=self.today)
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.payment_registered.connect(self._on_changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def make_credit_note(self) -> int | None:
        row = self.selected_invoice()
        if row is None or not self.credit_button.isEnabled():
            return None
        try:
            credit = CreditNoteService(self.pf).create(row.id)
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        self._on_changed()
        self.invoice_requested.emit(credit.id)
        return credit.id

    def delete_draft(self) -> bool:
        row = self.selected_invoice()
        if row is None or row.status is not InvoiceStatus.DRAFT or not self.confirm_delete(row):
            return False
        try:
            self._service.delete(row.id)
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        self._on_changed()
        return True

    def confirm_delete(self, row: InvoiceRow) -> bool:
        """Ask before deleting a draft (tests replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete the draft?"),
            self.tr(
                "Delete the draft invoice for {name} of {amount}? Its sessions can then be "
                "invoiced again."
            ).format(name=row.client_name, amount=labels.money_text(row.total_cents)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_reminder(self, path: Path | str | None = None) -> None:
        """A payment reminder for the selected overdue invoice, saved as PDF (logged)."""
        row = self.selected_invoice()
        if row is not None and row.state is InvoiceState.OVERDUE:
            invoice_id = row.id
            self.output.save_pdf(
                lambda: self._documents.prepare_reminder(invoice_id, today=self.today),
                path,
                title=self.tr("Save the payment reminder"),
            )

    def print_reminder(self, printer: QPrinter | None = None) -> None:
        row = self.selected_invoice()
        if row is not None and row.state is InvoiceState.OVERDUE:
            invoice_id = row.id
            self.output.print_pdf(
                lambda: self._documents.prepare_reminder(invoice_id, today=self.today), printer
            )

    def _on_output_saved(self, log_id: int, name: str) -> None:
        self.status_label.setText(
            self.tr("Saved as {name} and noted in the document log.").format(name=name)
        )
        self.document_saved.emit(log_id)

    def _on_changed(self, *_args: object) -> None:
        self.refresh(self.today)
        self.invoices_changed.emit()
