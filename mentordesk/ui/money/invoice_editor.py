"""The invoice editor: a tab for one invoice or credit note, with its live preview.

A new invoice starts from the client's billable sessions (``InvoiceService.suggest``: every
held, billable, not yet invoiced session of paid work, addressed to whoever pays for the
oldest). The mentor ticks sessions, adds free lines, chooses the addressee (the client or the
engagement's payer, with its reference / PO number) and the language. Edits are kept on screen
until "Save draft" (Ctrl+S), until the mentor answers "Save" when closing, and when the window
locks or quits (a draft that can be saved is saved then). "Issue…" saves, lists what still
stops issuing (a missing KvK number or IBAN in the practice details, an incomplete address) with
a button to where it is fixed, asks for a clear confirmation, and gives the number; the editor
then turns read-only for good and offers payments, a reminder when overdue, a credit note, and
the PDF (saved or printed, and logged).

Threads: the file is read and written here on the UI thread; the PDF is built on a worker
(``money_documents.render``), one at a time; a result that no longer matches is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Collection

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from mentordesk.errors import UserError, ValidationError
from mentordesk.services.invoice_records import Invoice, InvoiceDraft, draft_of
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import (
    PreparedMoneyDocument,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.money import editor_questions as questions
from mentordesk.ui.money.editor_preview import EditorPreview

log = logging.getLogger(__name__)


class InvoiceEditor(EditorPreview):
    """``invoice_changed(invoice_id)``: saved, issued, paid, credited or deleted here;
    ``invoice_requested(invoice_id)``: open that one (a credit note made here);
    ``close_requested()``, ``title_changed(title)``, ``document_saved(log_id)``,
    ``document_printed(log_id)``, ``settings_requested()`` (fix the practice details),
    ``client_requested(client_id)``, ``preview_updated(page_count)``."""

    def __init__(
        self,
        pf: PracticeFile,
        *,
        client_id: int | None = None,
        invoice_id: int | None = None,
        session_ids: Collection[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        service = InvoiceService(pf)
        invoice = service.get(invoice_id) if invoice_id is not None else None  # NotFoundError
        if invoice is None and client_id is None:
            raise ValueError("an invoice editor needs a client or an invoice")
        client = pf.clients.get(invoice.client_id if invoice else client_id)  # type: ignore[arg-type]
        super().__init__(pf, service, client, parent)
        self._baseline: InvoiceDraft | None = None
        self._last_title = ""
        self._connect()
        if invoice is not None:
            self._load(invoice)
        else:
            self._start_new(session_ids)
        self._last_title = self.tab_title

    def _connect(self) -> None:
        self.connect_lines()
        self.edited.connect(self._on_form_edited)
        self.save_button.clicked.connect(self.save)
        self.issue_button.clicked.connect(self.issue)
        self.delete_button.clicked.connect(self.delete_draft)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.connect_actions()
        self.settings_button.clicked.connect(self.settings_requested)
        self.client_button.clicked.connect(lambda: self.client_requested.emit(self.client.id))
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self._on_save_shortcut),
            (QKeySequence.StandardKey.Print, self._on_print_shortcut),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(self.shortcut_context)
            shortcut.activated.connect(slot)

    # -- what the window reads ----------------------------------------------------------------
    @property
    def invoice_id(self) -> int | None:
        return self.invoice.id if self.invoice is not None else None

    @property
    def is_editable(self) -> bool:
        return self.invoice is None or self.invoice.is_draft

    @property
    def tab_title(self) -> str:
        credit = self.invoice is not None and self.invoice.is_credit_note
        if self.invoice is not None and self.invoice.number:
            text = self.tr("Credit note {number}") if credit else self.tr("Invoice {number}")
            return text.format(number=self.invoice.number)
        text = self.tr("Credit note · {name}") if credit else self.tr("Invoice · {name}")
        return text.format(name=self.client.display_name)

    # -- loading ------------------------------------------------------------------------------
    def _start_new(self, session_ids: Collection[int] | None) -> None:
        try:
            draft = self._service.suggest(self.client.id, session_ids)
        except ValidationError as exc:
            self.error_label.show_message(exc.text())
            draft = InvoiceDraft(client_id=self.client.id)
        self._show_draft(draft, None)
        self._baseline = None
        self.delete_button.hide()  # nothing saved yet: Close discards
        self.status_label.setText(self.tr("Not saved yet."))

    def _load(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self.rendered = None
        if invoice.is_draft:
            draft = draft_of(invoice)
            self._show_draft(draft, invoice)
            self._baseline = self.current_draft()
            self.refresh_problems()
        else:
            self.show_header(invoice, self.client.display_name, self._credited_text(invoice))
            self.show_issued(invoice)
            self.schedule_preview()
        self._emit_title()

    def _show_draft(self, draft: InvoiceDraft, invoice: Invoice | None) -> None:
        credit = invoice if invoice is not None and invoice.is_credit_note else None
        self.fill_addressees(self.client, self.payers_of(draft), draft.payer_id, credit)
        language = draft.language or self.client.language
        self.fill_draft(draft, self.entries(language, invoice), language, credit=credit is not None)
        self.engagement_id = draft.engagement_id
        self.reference_edited = invoice is not None
        self.show_header(invoice, self.client.display_name, self._credited_text(invoice))
        self.update_line_defaults(credit)
        self.schedule_preview()

    def _credited_text(self, invoice: Invoice | None) -> str:
        if invoice is None or invoice.credited_number is None:
            return ""
        return invoice.credited_number

    def reload_if_unchanged(self) -> bool:
        """Show what the file holds now, unless there are unsaved changes here."""
        if self.invoice is None or self.has_unsaved_changes():
            if not self.preview.data:
                self.schedule_preview()  # back from the lock: build it again
            return False
        try:
            invoice = self._service.get(self.invoice.id)
        except UserError:
            return False
        self._load(invoice)
        return True

    def _emit_title(self) -> None:
        title = self.tab_title
        if title != self._last_title:
            self._last_title = title
            self.title_changed.emit(title)

    # -- changes ------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if not self.is_editable:
            return False
        try:
            current = self.current_draft()
        except UserError:
            return True
        if self.invoice is None:
            return bool(current.lines or current.note.strip() or self.reference_edited)
        return current != self._baseline

    def _on_form_edited(self) -> None:
        self.status_label.clear()
        self.schedule_preview()

    def _prepare_preview(self) -> PreparedMoneyDocument | None:
        try:
            if not self.is_editable:
                assert self.invoice is not None
                return self._documents.prepare_invoice(self.invoice.id)
            invoice = self.invoice
            if invoice is not None and invoice.is_credit_note and not self.has_unsaved_changes():
                # the stored credit note names its invoice (an unsaved composition does not)
                self.show_composed(invoice)
                return self._documents.prepare_invoice(invoice.id)
            draft = self.current_draft()
            composed = self._service.compose(draft, invoice_id=self.invoice_id)
            self.show_composed(composed)
            return self._documents.prepare_preview(draft, invoice_id=self.invoice_id)
        except UserError as exc:
            self.point_at(exc)
            self.preview.show_message(self.tr("No preview: {reason}").format(reason=exc.text()))
        except Exception as exc:
            log.exception("preparing the invoice preview failed")
            self.preview.show_message(messages.error_text(exc))
        return None

    # -- saving, issuing, deleting ------------------------------------------------------------
    def save(self) -> bool:
        """Save the draft (new or changed); False when refused (the reason is shown)."""
        if not self.is_editable:
            return False
        self.error_label.clear_message()
        try:
            draft = self.current_draft()
            if self.invoice is None:
                invoice = self._service.create(draft)
            else:
                invoice = self._service.update(self.invoice.id, draft)
        except UserError as exc:
            self.point_at(exc)
            self.error_label.show_message(exc.text())
            return False
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        self.invoice = invoice
        self.delete_button.show()
        self.reference_edit.setText(invoice.reference)
        self.reference_edited = True
        self._baseline = self.current_draft()
        self.show_header(invoice, self.client.display_name, self._credited_text(invoice))
        self.status_label.setText(self.tr("Draft saved."))
        self.refresh_problems()
        self._emit_title()
        self.invoice_changed.emit(invoice.id)
        return True

    def save_draft_now(self) -> None:
        """Keep unsaved changes as the draft (the window locks or quits); quiet when it
        cannot (they stay on screen)."""
        if self.has_unsaved_changes():
            try:
                draft = self.current_draft()
                if self.invoice is None:
                    self.invoice = self._service.create(draft)
                else:
                    self.invoice = self._service.update(self.invoice.id, draft)
                self._baseline = draft
            except Exception:
                log.info("an invoice draft could not be kept", exc_info=True)

    def refresh_problems(self) -> list[ValidationError]:
        """What stops the saved draft from being issued now, shown above the buttons."""
        if self.invoice is None or not self.invoice.is_draft:
            self.show_problems([])
            return []
        try:
            found = self._service.issue_problems(self.invoice.id)
        except UserError as exc:
            found = [exc] if isinstance(exc, ValidationError) else []
        self.show_problems(found)
        return found

    def issue(self) -> bool:
        """Save, check, confirm, issue. True when the invoice now has its number."""
        if not self.is_editable:
            return False
        if (self.invoice is None or self.has_unsaved_changes()) and not self.save():
            return False
        assert self.invoice is not None
        if self.refresh_problems():
            self.status_label.setText(self.tr("Not issued: see what is missing above."))
            return False
        if not self.confirm_issue():
            return False
        try:
            invoice = self._service.issue(self.invoice.id)
        except UserError as exc:
            self.error_label.show_message(exc.text())
            self.refresh_problems()
            return False
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        self._load(invoice)
        self.status_label.setText(self.tr("Issued as {number}.").format(number=invoice.number))
        self.invoice_changed.emit(invoice.id)
        return True

    def confirm_issue(self) -> bool:
        """Ask before issuing (tests replace this method with their answer)."""
        assert self.invoice is not None
        return questions.confirm_issue(
            self,
            credit=self.invoice.is_credit_note,
            addressee=self.invoice.addressee.name or self.client.display_name,
            total=labels.money_text(self.invoice.totals.total_cents),
        )

    def delete_draft(self) -> bool:
        if not self.is_editable:
            return False
        if self.invoice is None:
            self._baseline = None
            self.reference_edited = False
            self.lines_table.set_lines([])
            self.close_requested.emit()
            return True
        if not self.confirm_delete():
            return False
        try:
            self._service.delete(self.invoice.id)
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        deleted, self.invoice = self.invoice.id, None
        self.lines_table.set_lines([])
        self.invoice_changed.emit(deleted)
        self.close_requested.emit()
        return True

    def confirm_delete(self) -> bool:
        """Ask before deleting the draft (tests replace this method)."""
        return questions.confirm_delete(self)

    def _on_save_shortcut(self) -> None:
        if self.is_editable:
            self.save()
        else:
            self.save_pdf()

    def _on_print_shortcut(self) -> None:
        if not self.is_editable:
            self.print_pdf()

    # -- closing ------------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """Whether the editor may close; asks first when there are unsaved changes."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved()
        if answer is questions.UnsavedAnswer.SAVE:
            return self.save()
        return answer is questions.UnsavedAnswer.DISCARD

    def ask_unsaved(self) -> questions.UnsavedAnswer:
        """Save, Discard or Cancel for unsaved changes (tests replace this method)."""
        return questions.ask_unsaved(self, new=self.invoice is None)

    def _on_close_button_clicked(self) -> None:
        if self.confirm_close():
            self._baseline = self.current_draft_or_none()
            self.close_requested.emit()

    def park(self) -> None:
        """The window locks: keep the draft, drop what is being built, close the dialogs."""
        self.save_draft_now()
        self._timer.stop()
        self.output.cancel()
        if self.payment_dialog is not None:
            self.payment_dialog.close()
            self.payment_dialog = None
        self.preview.clear()
        self.rendered = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._timer.stop()
        self.output.cancel()
        self.preview.clear()
        super().closeEvent(event)
