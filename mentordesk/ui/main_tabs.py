"""The closable tabs of the main window: client pages, session editors, letters and invoices, and
what opens them.

Kept apart from ``main_window.py`` so that the window holds the frame (menus, lock, closing) and
this holds the work: opening, switching, closing with a question for unsaved notes, stepping to
the next client, keeping drafts on lock and reopening them afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from mentordesk.domain.enums import EngagementStatus
from mentordesk.services.drafts import DraftService
from mentordesk.ui import messages
from mentordesk.ui.client_page import ClientPage
from mentordesk.ui.dialogs.client_dialog import ClientDialog
from mentordesk.ui.documents.letter_composer import LetterComposer
from mentordesk.ui.money.invoice_editor import InvoiceEditor
from mentordesk.ui.session_editor import SessionEditor
from mentordesk.ui.settings.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from mentordesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)


class WorkTabs(QObject):
    def __init__(self, window: MainWindow, tabs: QTabWidget, fixed: int) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.fixed = fixed
        self._reopen_clients: list[int] = []
        self._parked: list[SessionEditor | InvoiceEditor] = []
        self._offered: list[int] = []
        self.dialog: QWidget | None = None

    # -- finding ------------------------------------------------------------------------------
    def pages_of(self, kind: type[W]) -> list[W]:
        found = []
        for index in range(self.fixed, self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, kind):
                found.append(widget)
        return found

    def _add(self, widget: QWidget, title: str, at: int | None = None) -> None:
        index = self.tabs.insertTab(at, widget, title) if at is not None else None
        if index is None:
            index = self.tabs.addTab(widget, title)
        self.tabs.setCurrentIndex(index)

    def add_page(self, widget: QWidget, title: str) -> None:
        """A closable page of its own (audit trail, retention); locking closes it."""
        self._add(widget, title)

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.setTabText(index, title)

    # -- client pages -------------------------------------------------------------------------
    def open_client(self, client_id: int, at: int | None = None) -> ClientPage | None:
        for page in self.pages_of(ClientPage):
            if page.client_id == client_id:
                self.tabs.setCurrentWidget(page)
                return page
        try:
            page = ClientPage(self.window.pf, client_id, self.window.reveal)
        except Exception as exc:
            messages.show_error(self.window, exc)
            return None
        state = self.window.splitter_states.get("client_page")
        if state is not None:
            page.splitter.restoreState(state)
        page.splitter.splitterMoved.connect(
            lambda *_a, p=page: self.window.splitter_states.__setitem__(
                "client_page", p.splitter.saveState()
            )
        )
        page.client_changed.connect(self._on_page_client_changed)
        page.session_requested.connect(self.open_session)
        page.new_session_requested.connect(self.new_session)
        page.letter_requested.connect(self.open_letter)
        page.consent_changed.connect(self._on_consent_changed)
        page.invoice_requested.connect(self.open_invoice)
        page.new_invoice_requested.connect(self.new_invoice)
        page.document_logged.connect(self._on_document_logged)
        self._add(page, page.tab_title, at)
        return page

    def _on_page_client_changed(self, client_id: int) -> None:
        self.window.refresh_client_list()
        for page in self.pages_of(ClientPage):
            if page.client_id == client_id:
                self._retitle(page, page.tab_title)
        self._reload_editors()
        self.window.mark_pages_stale()
        self.window.search_page.refresh()  # a name may now be sensitive, a result gone

    def step_client(self, delta: int) -> None:
        """Next/previous client in the list's current order; replaces the current client tab."""
        model = self.window.client_list.model
        if model.rowCount() == 0:
            return
        order = [model.row_at(r).id for r in range(model.rowCount())]
        current = self.tabs.currentWidget()
        if isinstance(current, ClientPage):
            position = order.index(current.client_id) if current.client_id in order else -1
            target = order[(position + delta) % len(order)]
            index = self.tabs.indexOf(current)
            if any(p.client_id == target for p in self.pages_of(ClientPage)):
                self.open_client(target)
                return
            self.tabs.removeTab(index)
            current.deleteLater()
            self.open_client(target, at=index)
            return
        table = self.window.client_list.table
        row = table.currentIndex().row()
        row = 0 if row < 0 else max(0, min(model.rowCount() - 1, row + delta))
        self.tabs.setCurrentWidget(self.window.client_list)
        table.selectRow(row)
        table.setFocus()

    def new_client(self) -> None:
        dialog = ClientDialog.for_new(self.window.pf, self.window)
        dialog.client_saved.connect(self._on_client_dialog_client_saved)
        self.dialog = dialog
        dialog.open()

    def _on_client_dialog_client_saved(self, client_id: int) -> None:
        self.window.refresh_client_list()
        self.window.open_client(client_id)

    # -- letters ------------------------------------------------------------------------------
    def open_letter(self, client_id: int) -> LetterComposer | None:
        """The letter composer for the client, in a tab (closed on lock, not reopened)."""
        for composer in self.pages_of(LetterComposer):
            if composer.client_id == client_id:
                self.tabs.setCurrentWidget(composer)
                return composer
        try:
            composer = LetterComposer(self.window.pf, self.window.reveal, client_id)
        except Exception as exc:
            messages.show_error(self.window, exc)
            return None
        composer.close_requested.connect(lambda c=composer: self._remove(c))
        composer.document_saved.connect(self._on_document_logged)
        composer.document_printed.connect(self._on_document_logged)
        composer.consent_changed.connect(self._on_consent_changed)
        self._add(composer, composer.tab_title)
        composer.setFocus()
        return composer

    def _on_document_logged(self, _log_id: int) -> None:
        for page in self.pages_of(ClientPage):
            page.refresh_documents()

    def _on_consent_changed(self, client_id: int) -> None:
        for page in self.pages_of(ClientPage):
            if page.client_id == client_id:
                page.refresh_documents()
        for composer in self.pages_of(LetterComposer):
            if composer.client_id == client_id:
                composer.reload_recipients()

    # -- invoices -----------------------------------------------------------------------------
    def connect_money_pages(self) -> None:
        window = self.window
        invoices, reports = window.invoices_page, window.reports_page
        invoices.invoice_requested.connect(self.open_invoice)
        invoices.new_invoice_requested.connect(self.new_invoice)
        invoices.invoices_changed.connect(self.on_invoices_changed)
        window.dashboard.invoice_requested.connect(self.open_invoice)
        for page in (invoices, reports):
            page.document_saved.connect(self._on_document_logged)
            page.document_printed.connect(self._on_document_logged)
        reports.listed_changed.connect(self._on_reports_listed_changed)

    def _wire_invoice_editor(self, editor: InvoiceEditor) -> InvoiceEditor:
        editor.invoice_changed.connect(self.on_invoices_changed)
        editor.invoice_requested.connect(self.open_invoice)
        editor.title_changed.connect(lambda title, e=editor: self._retitle(e, title))
        editor.close_requested.connect(lambda e=editor: self._remove(e))
        editor.document_saved.connect(self._on_document_logged)
        editor.document_printed.connect(self._on_document_logged)
        editor.settings_requested.connect(self.open_settings)
        editor.client_requested.connect(self.window.open_client)
        self._add(editor, editor.tab_title)
        editor.setFocus()
        return editor

    def open_invoice(self, invoice_id: int) -> InvoiceEditor | None:
        """The invoice or credit note in its editor (switching to it when it is open)."""
        if self.window.locked:
            return None
        for editor in self.pages_of(InvoiceEditor):
            if editor.invoice_id == invoice_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        try:
            editor = InvoiceEditor(self.window.pf, invoice_id=invoice_id)
        except Exception as exc:
            messages.show_error(self.window, exc)
            return None
        return self._wire_invoice_editor(editor)

    def new_invoice(
        self, client_id: int, session_ids: Collection[int] | None = None
    ) -> InvoiceEditor | None:
        """A new invoice for the client (from ``session_ids``, else every billable session)."""
        if self.window.locked:
            return None
        try:
            editor = InvoiceEditor(self.window.pf, client_id=client_id, session_ids=session_ids)
        except Exception as exc:
            messages.show_error(self.window, exc)
            return None
        return self._wire_invoice_editor(editor)

    def new_invoice_for_current(self) -> InvoiceEditor | None:
        """Ctrl+Shift+I: an invoice for the client on screen (or chosen from a list)."""
        current = self.tabs.currentWidget()
        client_id = None
        if isinstance(current, (ClientPage, LetterComposer)):
            client_id = current.client_id
        elif isinstance(current, InvoiceEditor):
            client_id = current.client.id
        elif current is self.window.client_list:
            index = self.window.client_list.table.currentIndex()
            if index.isValid():
                client_id = self.window.client_list.model.row_at(index.row()).id
        if client_id is None:
            self.tabs.setCurrentWidget(self.window.invoices_page)
            self.dialog = self.window.invoices_page.choose_client()
            return None
        return self.new_invoice(client_id)

    def on_invoices_changed(self, *_args: object) -> None:
        """An invoice was saved, issued, paid, credited or deleted somewhere."""
        for editor in self.pages_of(InvoiceEditor):
            if editor is not self.tabs.currentWidget():
                editor.reload_if_unchanged()
        for page in self.pages_of(ClientPage):
            page.refresh_invoices()
        self.window.mark_pages_stale()

    def _on_reports_listed_changed(self, client_id: int, _listed: bool) -> None:
        for page in self.pages_of(ClientPage):
            if page.client_id == client_id:
                page.refresh_invoices()

    # -- session editors ----------------------------------------------------------------------
    def _wire_editor(self, editor: SessionEditor) -> SessionEditor:
        editor.saved.connect(self.on_sessions_changed)
        editor.title_changed.connect(lambda title, e=editor: self._retitle(e, title))
        editor.next_session_planned.connect(self.on_sessions_changed)
        editor.close_requested.connect(lambda e=editor: self._remove(e))
        editor.document_printed.connect(self._on_document_logged)
        self._add(editor, editor.tab_title)
        editor.setFocus()
        return editor

    def open_session(self, session_id: int) -> SessionEditor | None:
        for editor in self.pages_of(SessionEditor):
            if editor.session_id == session_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        try:
            editor = SessionEditor(self.window.pf, self.window.reveal, session_id=session_id)
        except Exception as exc:
            messages.show_error(self.window, exc)
            return None
        return self._wire_editor(editor)

    def new_session(self, engagement_id: int) -> SessionEditor | None:
        try:
            editor = SessionEditor(self.window.pf, self.window.reveal, engagement_id=engagement_id)
        except Exception as exc:
            messages.show_error(self.window, exc)
            return None
        return self._wire_editor(editor)

    def new_session_for_current(self) -> SessionEditor | None:
        """Ctrl+Shift+N: a session in the newest open engagement of the client on screen."""
        current = self.tabs.currentWidget()
        client_id = None
        if isinstance(current, ClientPage):
            client_id = current.client_id
        elif current is self.window.client_list:
            index = self.window.client_list.table.currentIndex()
            if index.isValid():
                client_id = self.window.client_list.model.row_at(index.row()).id
        if client_id is None:
            self.window.statusBar().showMessage(
                self.tr("Open a client first: a session belongs to a client's engagement."), 8000
            )
            return None
        engagements = [
            e
            for e in self.window.pf.engagements.for_client(client_id)
            if e.status in (EngagementStatus.ACTIVE, EngagementStatus.PLANNED)
        ]
        if not engagements:
            self.window.statusBar().showMessage(
                self.tr("This client has no open engagement yet. Add one on the client's page."),
                8000,
            )
            self.open_client(client_id)
            return None
        newest = max(engagements, key=lambda e: (e.start_date, e.id))
        return self.new_session(newest.id)

    def on_sessions_changed(self, *_args: object) -> None:
        for page in self.pages_of(ClientPage):
            page.refresh()
        self._reload_editors()
        self.window.mark_pages_stale()
        self.window.refresh_client_list()
        self.window.search_page.refresh()  # a summary may have become confidential

    def _reload_editors(self) -> None:
        """Editors without unsaved changes show what is in the file now (and its title)."""
        for editor in self.pages_of(SessionEditor):
            if editor is not self.tabs.currentWidget():
                editor.reload_if_unchanged()
            self._retitle(editor, editor.tab_title)

    # -- closing ------------------------------------------------------------------------------
    def close_tab(self, index: int) -> None:
        if index < self.fixed:
            return
        widget = self.tabs.widget(index)
        if isinstance(widget, (SessionEditor, InvoiceEditor)) and not widget.confirm_close():
            return
        self._remove(widget)

    def _remove(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        index = self.tabs.indexOf(widget)
        if index >= self.fixed:
            self.tabs.removeTab(index)
            widget.deleteLater()

    def keep_drafts(self) -> None:
        """Keep unsaved notes as drafts in the practice file (quitting, locking)."""
        editors: list[SessionEditor | InvoiceEditor] = [
            *self.pages_of(SessionEditor),
            *self.pages_of(InvoiceEditor),
            *self._parked,
        ]
        for editor in editors:
            if editor.has_unsaved_changes():
                try:
                    editor.save_draft_now()
                except Exception:
                    log.exception("could not keep a draft")

    def close_all_for_lock(self) -> None:
        """Close the work tabs; session editors are only taken off screen (nothing to lose)."""
        self.keep_drafts()
        self._reopen_clients = [p.client_id for p in self.pages_of(ClientPage)]
        self.close_dialog()
        while self.tabs.count() > self.fixed:
            widget = self.tabs.widget(self.tabs.count() - 1)
            self.tabs.removeTab(self.tabs.count() - 1)
            if isinstance(widget, (SessionEditor, InvoiceEditor)):
                if isinstance(widget, InvoiceEditor):
                    widget.park()  # drops a PDF being built, closes its dialogs
                widget.hide()
                self._parked.insert(0, widget)
            elif widget is not None:
                if isinstance(widget, LetterComposer):
                    widget.close()  # drops a save or print still being built
                widget.deleteLater()
        self.tabs.setCurrentIndex(0)

    def close_dialog(self) -> None:
        """Close the dialog opened from the window (client, settings) and let Qt delete it."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None

    def restore_after_unlock(self) -> None:
        """Put back the client pages and session editors that were open before the lock."""
        clients, self._reopen_clients = self._reopen_clients, []
        for client_id in clients:
            self.open_client(client_id)
        parked, self._parked = self._parked, []
        for editor in parked:
            editor.reload_if_unchanged()
            self._add(editor, editor.tab_title)
            editor.show()
        if self._offered:
            self.window.drafts_button.show()

    def offer_drafts(self) -> None:
        """After opening the file: offer (not open) session notes kept from last time.

        Opening them at once would put a client's notes on screen before the mentor chose.
        """
        try:
            drafts = DraftService(self.window.pf).list_open()
        except Exception:
            log.exception("could not list session drafts")
            return
        if not drafts:
            self.window.drafts_button.hide()
            return
        self._offered = [d.id for d in drafts]
        self.window.drafts_button.setText(
            self.tr("Open unsaved session notes ({count})").format(count=len(drafts))
        )
        self.window.drafts_button.show()
        self.window.statusBar().showMessage(
            self.tr("Session notes you had not saved were kept. Open them from the status bar."),
            15000,
        )

    def open_offered_drafts(self) -> None:
        self.window.drafts_button.hide()
        offered, self._offered = self._offered, []
        open_drafts = {e.draft_id for e in self.pages_of(SessionEditor)}
        for draft_id in offered:
            if draft_id in open_drafts:
                continue
            try:
                editor = SessionEditor(self.window.pf, self.window.reveal, draft_id=draft_id)
            except Exception as exc:
                log.exception("could not reopen draft %s", draft_id)
                messages.show_error(self.window, exc)
                continue
            self._wire_editor(editor)

    # -- settings -----------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.window.pf, self.window)
        dialog.idle_lock_changed.connect(self.window.set_idle_minutes)
        dialog.language_changed.connect(self._on_settings_language_changed)
        dialog.settings_saved.connect(self.window.refresh_title)
        dialog.settings_saved.connect(self._on_settings_saved)
        self.dialog = dialog
        dialog.open()

    def _on_settings_saved(self) -> None:
        """The practice details may now be complete: check the drafts again."""
        for editor in self.pages_of(InvoiceEditor):
            editor.refresh_problems()
        self.window.mark_pages_stale()

    def _on_settings_language_changed(self, _code: str) -> None:
        messages.show_info(
            self.window,
            self.tr("The new interface language is used from the next start of MentorDesk."),
        )
