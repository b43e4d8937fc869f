"""The editable part of the invoice editor: the addressee, the sessions ticked, the lines and
their order, the language of the session lines, and reading it all into an ``InvoiceDraft``.

Ticking a session puts its line among the session lines (by date, before free lines); unticking
or removing the line takes it off again. Changing the addressee shows only the sessions that
party pays for. Changing the language rewrites the session lines the mentor did not retype.
The reference follows the addressee (the engagement's or payer's PO number) until typed over.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from mentordesk.domain.enums import Language, VatRegime
from mentordesk.domain.vat import STANDARD_RATE
from mentordesk.errors import UserError, ValidationError
from mentordesk.services.invoice_records import Invoice, InvoiceDraft
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Client, Payer
from mentordesk.ui.money.invoice_editor_views import EditorViews
from mentordesk.ui.money.session_picker import PickableSession


class EditorLines(EditorViews):
    """``edited()`` after any change the mentor made to the invoice."""

    edited = Signal()
    shortcut_context = Qt.ShortcutContext.WidgetWithChildrenShortcut

    def __init__(
        self, pf: PracticeFile, service: InvoiceService, client: Client, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._pf = pf
        self._service = service
        self.client = client
        self.engagement_id: int | None = None
        self.reference_edited = False
        self._language = client.language
        self._credit_note = False
        self.setFocusProxy(self.addressee_combo)

    def connect_lines(self) -> None:
        self.addressee_combo.currentIndexChanged.connect(self._on_addressee_combo_changed)
        self.reference_edit.textEdited.connect(self._on_reference_edit_text_edited)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.reverse_charge_check.toggled.connect(self._on_reverse_charge_check_toggled)
        self.picker.changed.connect(self._on_picker_changed)
        self.lines_table.edited.connect(self._on_form_changed)
        self.note_edit.textChanged.connect(self._on_form_changed)
        self.qr_check.toggled.connect(self._on_form_changed)
        self.add_line_button.clicked.connect(self.add_free_line)
        self.remove_line_button.clicked.connect(self.remove_current_line)

    # -- what the draft holds -----------------------------------------------------------------
    def payer_id(self) -> int | None:
        value = self.addressee_combo.currentData()
        return int(value) if value is not None else None

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def current_draft(self) -> InvoiceDraft:
        """The invoice as it is on screen; ``ValidationError`` when a cell cannot be read."""
        lines = self.lines_table.lines()
        sessions = [line.session_id for line in lines if line.session_id is not None]
        engagements = {
            entry.engagement_id
            for entry in (self.picker.entry(s) for s in sessions)
            if entry is not None
        }
        engagement = self.engagement_id
        if sessions:
            engagement = next(iter(engagements)) if len(engagements) == 1 else None
        reference = self.reference_edit.text().strip() if self.reference_edited else None
        return InvoiceDraft(
            client_id=self.client.id,
            lines=lines,
            payer_id=self.payer_id(),
            engagement_id=engagement,
            language=self.language(),
            reference=reference,
            note=self.note_edit.toPlainText().strip(),
            payment_qr=self.qr_check.isChecked(),
            reverse_charge=self.reverse_charge_check.isChecked()
            and self.reverse_charge_check.isEnabled(),
        )

    def current_draft_or_none(self) -> InvoiceDraft | None:
        try:
            return self.current_draft()
        except UserError:
            return None

    # -- what can be chosen -------------------------------------------------------------------
    def payers_of(self, draft: InvoiceDraft) -> list[Payer]:
        """The parties that pay for this client's work (and the draft's own addressee)."""
        wanted = {e.payer_id for e in self._pf.engagements.for_client(self.client.id)}
        wanted |= {self.client.payer_id, draft.payer_id}
        payers = {p.id: p for p in self._pf.payers.list(include_archived=True)}
        return sorted(
            (payers[i] for i in wanted if i is not None and i in payers),
            key=lambda p: p.name.casefold(),
        )

    def entries(self, language: Language, invoice: Invoice | None) -> list[PickableSession]:
        """The billable sessions in ``language``, and the sessions already on this draft."""
        self._language = language
        self._credit_note = invoice is not None and invoice.is_credit_note
        if self._credit_note:
            return []
        found = [
            PickableSession.of(s)
            for s in self._service.billable_sessions(self.client.id, language=language)
        ]
        if invoice is None:
            return found
        titles = {e.id: e.title for e in self._pf.engagements.for_client(self.client.id)}
        for line in invoice.lines:
            if line.session_id is None:
                continue
            try:
                session = self._pf.sessions.get(line.session_id)
            except UserError:
                continue
            found.append(
                PickableSession(
                    session_id=line.session_id,
                    payer_id=invoice.payer_id,
                    engagement_id=session.engagement_id,
                    date=session.date,
                    minutes=session.duration_minutes,
                    engagement_title=titles.get(session.engagement_id, ""),
                    missed=False,
                    line=line,
                )
            )
        return found

    def update_line_defaults(self, credit: Invoice | None) -> None:
        """The VAT column shows only when the invoice charges VAT; new lines get its rate."""
        practice = self._pf.practice.get()
        if credit is not None:
            charges = credit.vat_treatment.charges_vat
        else:
            charges = practice.vat_regime is VatRegime.STANDARD
            self.reverse_charge_check.setEnabled(charges and self.payer_id() is not None)
            charges = charges and not self.reverse_charge_check.isChecked()
        self.lines_table.default_rate = STANDARD_RATE if charges else 0
        self.lines_table.set_vat_visible(charges)

    def show_composed(self, invoice: Invoice) -> None:
        """The totals and the reference the service worked out for the draft on screen."""
        self.show_totals(invoice.totals, invoice.vat_treatment, invoice.vat_note)
        if not self.reference_edited and self.reference_edit.text() != invoice.reference:
            self.reference_edit.setText(invoice.reference)

    def point_at(self, exc: UserError) -> None:
        field = getattr(exc, "field", "") if isinstance(exc, ValidationError) else ""
        parts = field.split(".")
        if len(parts) > 1 and parts[0] == "lines" and parts[1].isdigit():
            self.lines_table.mark_row(int(parts[1]))

    # -- changing the lines -------------------------------------------------------------------
    def add_free_line(self) -> int:
        """A new free line, its description ready to type."""
        row = self.lines_table.add_line()
        self.lines_table.setCurrentCell(row, 0)
        self.lines_table.setFocus()
        self.lines_table.edit(self.lines_table.model().index(row, 0))
        return row

    def remove_current_line(self) -> None:
        row = self.lines_table.currentRow()
        removed = self.lines_table.remove_row(row)
        if removed is not None and removed.session_id is not None:
            self.picker.set_checked(removed.session_id, False, notify=False)

    def _session_date(self, session_id: int | None) -> dt.date:
        entry = self.picker.entry(session_id) if session_id is not None else None
        return entry.date if entry is not None and entry.date is not None else dt.date.min

    def _on_picker_changed(self) -> None:
        checked = self.picker.checked_ids()
        table = self.lines_table
        present = table.session_rows()
        for session_id, row in sorted(present.items(), key=lambda item: -item[1]):
            if session_id not in checked:
                table.removeRow(row)
        table.fit_height()
        present = table.session_rows()
        for session_id in checked:
            if session_id in present:
                continue
            entry = self.picker.entry(session_id)
            if entry is None:
                continue
            day = self._session_date(session_id)
            rows = sorted(table.session_rows().items(), key=lambda item: item[1])
            position = next(
                (row for sid, row in rows if self._session_date(sid) > day),
                (rows[-1][1] + 1) if rows else 0,
            )
            table.insert_line(position, entry.line)
        self._on_form_changed()

    def _on_form_changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def _on_addressee_combo_changed(self) -> None:
        if self._filling:
            return
        self.show_payer_sessions()
        self._on_picker_changed()
        self.reference_edited = False
        self.reference_edit.clear()
        self.update_line_defaults(None)

    def _on_reverse_charge_check_toggled(self) -> None:
        if not self._filling:
            self.update_line_defaults(None)
        self._on_form_changed()

    def _on_reference_edit_text_edited(self) -> None:
        self.reference_edited = True
        self._on_form_changed()

    def _on_language_combo_changed(self) -> None:
        if self._filling or self._credit_note:
            return
        language = self.language()
        old = {
            s.session_id: s.line.description
            for s in self._service.billable_sessions(self.client.id, language=self._language)
        }
        fresh = self.entries(language, None)
        new = {e.session_id: e.line.description for e in fresh}
        for session_id, row in self.lines_table.session_rows().items():
            if self.lines_table.description(row) == old.get(session_id):
                self.lines_table.set_description(row, new[session_id])
        checked = set(self.picker.checked_ids())
        kept = [e for e in self._own_entries() if e.session_id not in new]
        self._filling = True
        try:
            self.picker.load(fresh + kept, checked)
        finally:
            self._filling = False
        self.show_payer_sessions()
        self._on_form_changed()

    def _own_entries(self) -> list[PickableSession]:
        """The picker's sessions that are on this draft already (not billable any more)."""
        entries = (self.picker.entry(s) for s in self.lines_table.session_rows())
        return [e for e in entries if e is not None]
