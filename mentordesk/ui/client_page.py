"""One client's working page: details, engagements with goals and actions, and the sessions.

Every edit goes through a dialog (``ui/dialogs``) that saves on confirmation; the page then
reloads the section it touched and emits ``client_changed``. Action items are ticked on the
page itself and saved at once. Session summaries go through ``RevealState.screen_text``, so
confidential and private ones stay masked until the mentor reveals that one session; private
working notes are never shown here. The header shows a sensitive client's full name (the mentor
opened the page deliberately); the tab title uses the initials.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import ClientStatus, EngagementStatus
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Client, Engagement, Goal, Payer
from mentordesk.ui import messages
from mentordesk.ui.client_sections import ClientDetails, ClientHeader, card_style, emphasised
from mentordesk.ui.dialogs.client_dialog import ClientDialog
from mentordesk.ui.dialogs.engagement_dialog import EngagementDialog
from mentordesk.ui.dialogs.goal_dialog import GoalDialog
from mentordesk.ui.documents.consent_view import ConsentView
from mentordesk.ui.documents.document_log_view import DocumentLogView
from mentordesk.ui.engagement_block import EngagementBlock
from mentordesk.ui.form_parts import mute
from mentordesk.ui.money.client_invoices import ClientInvoicesView
from mentordesk.ui.privacy.client_privacy_menu import ClientPrivacyMenu
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.session_timeline import SessionTimeline

log = logging.getLogger(__name__)
EDIT_SHORTCUT = "Ctrl+E"


class ClientPage(QWidget):
    """``client_changed(client_id)`` after any edit saved here (the window refreshes its list
    and the tab title); ``session_requested(session_id)`` to open a session in the editor;
    ``new_session_requested(engagement_id)`` to plan or note a new one;
    ``letter_requested(client_id)`` to open the letter composer; ``consent_changed(client_id)``
    after a consent was recorded or withdrawn on the page; ``invoice_requested(invoice_id)`` to
    open an invoice; ``new_invoice_requested(client_id, None)`` to start one;
    ``document_logged(log_id)`` after a pro bono statement left the app from here."""

    client_changed = Signal(int)
    session_requested = Signal(int)
    new_session_requested = Signal(int)
    letter_requested = Signal(int)
    consent_changed = Signal(int)
    invoice_requested = Signal(int)
    new_invoice_requested = Signal(int, object)
    document_logged = Signal(int)

    def __init__(
        self,
        pf: PracticeFile,
        client_id: int,
        reveal: RevealState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pf = pf
        self.client_id = client_id
        self.reveal = reveal if reveal is not None else RevealState(self)
        self.client: Client = pf.clients.get(client_id)  # NotFoundError before any widget
        self.engagements: list[Engagement] = []
        self.goals: dict[int, list[Goal]] = {}
        self.dialog: QDialog | None = None  # the dialog this page opened last
        self._focus_after_reload = ""

        self.header = ClientHeader()
        self.privacy_menu = ClientPrivacyMenu(pf, client_id)  # access request and erasure
        self.privacy_menu.place_in(self.header)
        self.details = ClientDetails()
        self.engagements_heading = emphasised(QLabel(self.tr("Engagements")), 1.15)
        self.engagements_count = mute(QLabel())
        self.engagements_empty = mute(
            QLabel(self.tr("No engagements yet. Start one with “New engagement…”."))
        )
        self.engagement_blocks: list[EngagementBlock] = []
        self.timeline = SessionTimeline(self.reveal)
        self.timeline.heading.hide()  # the tab says "Sessions"
        self.documents_view = DocumentLogView(pf, client_id)
        self.consent_view = ConsentView(pf, client_id)
        self.invoices_view = ClientInvoicesView(pf, client_id)
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.setAccessibleName(self.tr("Sessions, documents, consent and invoices"))
        self.side_tabs.tabBar().setAccessibleName(
            self.tr("Sessions, documents, consent and invoices")
        )
        self.side_tabs.addTab(self.timeline, self.tr("Sessions"))
        self.side_tabs.addTab(self.documents_view, "")
        self.side_tabs.addTab(self.consent_view, "")
        self.side_tabs.addTab(self.invoices_view, "")
        self._title_side_tabs()

        column = QWidget()
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(0, 0, 10, 12)
        self._column.setSpacing(12)
        self._column.addWidget(self.details)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.engagements_heading)
        heading_row.addWidget(self.engagements_count, 1)
        self._column.addLayout(heading_row)
        self._column.addWidget(self.engagements_empty)
        self._column.addStretch(1)
        self.left_scroll = QScrollArea()
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setMinimumWidth(440)
        self.left_scroll.setAccessibleName(self.tr("Client details and engagements"))
        self.left_scroll.setWidget(column)
        timeline_card = QFrame()
        timeline_card.setObjectName("timeline")
        timeline_card.setStyleSheet(card_style("timeline"))
        timeline_layout = QVBoxLayout(timeline_card)
        timeline_layout.setContentsMargins(12, 10, 12, 10)
        timeline_layout.addWidget(self.side_tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(timeline_card)
        timeline_card.setMinimumWidth(380)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

        self.edit_shortcut = QShortcut(QKeySequence(EDIT_SHORTCUT), self)
        self.edit_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_shortcut.activated.connect(self.edit_details)
        self.header.edit_requested.connect(self.edit_details)
        self.header.new_engagement_requested.connect(self.new_engagement)
        self.header.archive_requested.connect(self.archive_client)
        self.timeline.session_requested.connect(self.session_requested)
        self.header.letter_requested.connect(self._on_header_letter_requested)
        self.consent_view.consent_changed.connect(self._on_consent_view_consent_changed)
        self.header.invoice_requested.connect(self._on_invoice_new_requested)
        self.invoices_view.new_invoice_requested.connect(self._on_invoice_new_requested)
        self.invoices_view.invoice_requested.connect(self.invoice_requested)
        self.invoices_view.document_logged.connect(self._on_invoices_view_document_logged)
        self.privacy_menu.access_exported.connect(self.refresh_documents)
        self.privacy_menu.client_erased.connect(self._on_privacy_menu_client_erased)

        self._load_client()
        self._load_engagements()
        self._load_sessions()

    # -- what the window reads ----------------------------------------------------------------
    @property
    def tab_title(self) -> str:
        """The client's name for the tab: initials for a sensitive client."""
        return self.client.display_name

    @property
    def header_label(self) -> QLabel:
        return self.header.header_label

    @property
    def sessions_table(self) -> QTableWidget:
        return self.timeline.sessions_table

    def block_for(self, engagement_id: int) -> EngagementBlock | None:
        return next((b for b in self.engagement_blocks if b.engagement.id == engagement_id), None)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload everything (after a session was saved elsewhere, for instance)."""
        try:
            self._load_client()
            self._load_engagements()
            self._load_sessions()
        except Exception as exc:
            messages.show_error(self, exc)
        self.refresh_documents()
        self.refresh_invoices()

    def refresh_invoices(self) -> None:
        """Reload the client's invoices and the hours-log consent."""
        self.invoices_view.reload()
        self._title_side_tabs()

    def _on_invoice_new_requested(self) -> None:
        self.new_invoice_requested.emit(self.client_id, None)

    def _on_invoices_view_document_logged(self, log_id: int) -> None:
        self.refresh_documents()
        self.document_logged.emit(log_id)

    def refresh_documents(self) -> None:
        """Reload the document log and the consents (a letter was saved, a consent changed)."""
        self.documents_view.reload()
        self.consent_view.reload()
        self._title_side_tabs()

    def _title_side_tabs(self) -> None:
        documents = len(self.documents_view.entries)
        consents = self.consent_view.in_force_count()
        self.side_tabs.setTabText(
            1,
            self.tr("Documents ({count})").format(count=documents)
            if documents
            else self.tr("Documents"),
        )
        self.side_tabs.setTabText(
            2,
            self.tr("Consent ({count})").format(count=consents) if consents else self.tr("Consent"),
        )
        invoices = self.invoices_view.count()
        self.side_tabs.setTabText(
            3,
            self.tr("Invoices ({count})").format(count=invoices)
            if invoices
            else self.tr("Invoices"),
        )

    def _on_privacy_menu_client_erased(self, _client_id: int) -> None:
        self.refresh()
        self.client_changed.emit(self.client_id)

    def _on_header_letter_requested(self) -> None:
        self.letter_requested.emit(self.client_id)

    def _on_consent_view_consent_changed(self, client_id: int) -> None:
        self._title_side_tabs()
        self.consent_changed.emit(client_id)

    def _payers(self) -> dict[int, Payer]:
        return {p.id: p for p in self.pf.payers.list(include_archived=True)}

    def _load_client(self) -> None:
        self.client = self.pf.clients.get(self.client_id)
        payer_id = self.client.payer_id
        payer = self._payers().get(payer_id) if payer_id is not None else None
        self.header.show_client(self.client)
        self.details.show_client(self.client, payer)

    def _load_engagements(self) -> None:
        scroll = self.left_scroll.verticalScrollBar().value()
        self.engagements = self.pf.engagements.for_client(self.client_id)
        self.goals = self.pf.goals.for_client(self.client_id)
        payers = self._payers()
        for block in self.engagement_blocks:
            self._column.removeWidget(block)
            block.hide()
            block.deleteLater()
        self.engagement_blocks = []
        can_add_work = self.client.status is not ClientStatus.ARCHIVED
        for index, engagement in enumerate(self.engagements):
            payer = payers.get(engagement.payer_id) if engagement.payer_id is not None else None
            block = EngagementBlock(
                engagement,
                self.goals.get(engagement.id, []),
                payer.name if payer else "",
                can_add_work,
            )
            block.edit_requested.connect(self.edit_engagement)
            block.new_goal_requested.connect(self.new_goal)
            block.new_session_requested.connect(self.new_session_requested)
            block.goal_edit_requested.connect(self.edit_goal)
            block.action_toggled.connect(self._on_block_action_toggled)
            self._column.insertWidget(3 + index, block)
            self.engagement_blocks.append(block)
        self.engagements_empty.setVisible(not self.engagements)
        active = sum(1 for e in self.engagements if e.status is EngagementStatus.ACTIVE)
        self.engagements_count.setText(
            self.tr("{total} in all, {active} active").format(
                total=len(self.engagements), active=active
            )
            if self.engagements
            else ""
        )
        self._fix_tab_order()
        self._restore_focus()
        QTimer.singleShot(0, self.left_scroll, lambda: self._restore_scroll(scroll))

    def _restore_scroll(self, value: int) -> None:
        self.left_scroll.verticalScrollBar().setValue(value)

    def _load_sessions(self) -> None:
        self.timeline.load(self.pf.sessions.for_client(self.client_id))

    def _fix_tab_order(self) -> None:
        """Tab runs top to bottom: header, details, engagements (as shown), the timeline."""
        chain: list[QWidget] = [
            self.header.invoice_button,
            self.header.letter_button,
            self.header.edit_button,
            self.header.new_engagement_button,
            self.header.archive_button,
            self.privacy_menu,
        ]
        for block in self.engagement_blocks:
            chain += [block.edit_button, block.new_goal_button, block.new_session_button]
            for goal_card in block.goal_cards:
                chain.append(goal_card.edit_button)
                chain += list(goal_card.action_checks.values())
        chain += [self.side_tabs.tabBar(), self.timeline.sessions_table]
        chain += [self.timeline.reveal_button, self.timeline.open_button]
        chain += [self.documents_view.table, self.consent_view.table]
        chain += [self.consent_view.withdraw_button, self.consent_view.record_button]
        view = self.invoices_view
        chain += [view.table, view.new_button, view.pro_bono_button, view.listed_check]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _remember_focus(self) -> None:
        focused = QApplication.focusWidget()
        self._focus_after_reload = (
            focused.objectName() if focused is not None and self.isAncestorOf(focused) else ""
        )

    def _restore_focus(self) -> None:
        if self._focus_after_reload:
            found = self.findChild(QWidget, self._focus_after_reload)
            if found is not None:
                found.setFocus()
            self._focus_after_reload = ""

    # -- the client ---------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self._remember_focus()
        self.dialog = dialog
        dialog.rejected.connect(self._on_dialog_rejected)
        dialog.open()
        return dialog

    def _on_dialog_rejected(self) -> None:
        self._focus_after_reload = ""  # nothing reloads: Qt gives the focus back itself

    def edit_details(self) -> ClientDialog | None:
        try:
            dialog = ClientDialog.for_edit(self.pf, self.client_id, self)
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.client_saved.connect(self._on_dialog_client_saved)
        self._open(dialog)
        return dialog

    def _on_dialog_client_saved(self, _client_id: int) -> None:
        self._load_client()
        self._load_engagements()  # the payer's name or archiving may show there
        self.client_changed.emit(self.client_id)

    def confirm_archive(self) -> bool:
        """Ask before archiving (tests replace this method with their answer)."""
        answer = QMessageBox.question(
            self,
            self.tr("Archive client"),
            self.tr(
                "Archive {name}? The client leaves the active lists and gets no new work; "
                "notes, goals and invoices stay. You can reopen the client later by changing "
                "the status."
            ).format(name=self.client.display_name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def archive_client(self) -> None:
        if not self.confirm_archive():
            return
        try:
            self.pf.clients.archive(self.client_id)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self._load_client()
        self._load_engagements()
        self.client_changed.emit(self.client_id)

    # -- engagements and goals ----------------------------------------------------------------
    def new_engagement(self) -> EngagementDialog | None:
        return self._engagement_dialog(
            lambda: EngagementDialog.for_new(self.pf, self.client_id, self)
        )

    def edit_engagement(self, engagement_id: int) -> EngagementDialog | None:
        return self._engagement_dialog(
            lambda: EngagementDialog.for_edit(self.pf, engagement_id, self)
        )

    def _engagement_dialog(self, make: Callable[[], EngagementDialog]) -> EngagementDialog | None:
        try:
            dialog = make()
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.engagement_saved.connect(self._on_dialog_work_saved)
        self._open(dialog)
        return dialog

    def new_goal(self, engagement_id: int) -> GoalDialog | None:
        return self._goal_dialog(lambda: GoalDialog.for_new(self.pf, engagement_id, self))

    def edit_goal(self, goal_id: int) -> GoalDialog | None:
        return self._goal_dialog(lambda: GoalDialog.for_edit(self.pf, goal_id, self))

    def _goal_dialog(self, make: Callable[[], GoalDialog]) -> GoalDialog | None:
        try:
            dialog = make()
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        dialog.goal_saved.connect(self._on_dialog_work_saved)
        self._open(dialog)
        return dialog

    def _on_dialog_work_saved(self, _record_id: int) -> None:
        try:
            self._load_engagements()
        except Exception as exc:
            messages.show_error(self, exc)
        self.client_changed.emit(self.client_id)

    def _on_block_action_toggled(self, action_id: int, done: bool) -> None:
        card = next(
            (
                c
                for block in self.engagement_blocks
                for c in block.goal_cards
                if action_id in c.action_checks
            ),
            None,
        )
        try:
            self.pf.goals.set_action_done(action_id, done)
        except Exception as exc:
            if card is not None:
                card.set_action_done(action_id, not done)
            messages.show_error(self, exc)
            return
        if card is not None:
            card.restyle_action(action_id)
        self.client_changed.emit(self.client_id)
