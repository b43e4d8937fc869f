"""The client page's "Invoices" tab: the client's invoices and credit notes, a new invoice,
the client's pro bono statement, and whether the client may be named in the hours log.

Double-click or Enter opens an invoice in the editor. The "may be listed" box records the
client's consent at once (``ReportService.set_listed``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.invoice_records import InvoiceRow, InvoiceState
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.pro_bono import ProBonoService
from mentordesk.services.reports import ReportService
from mentordesk.ui import labels, messages
from mentordesk.ui.client_sections import TONES
from mentordesk.ui.form_parts import mute
from mentordesk.ui.money.money_labels import number_text, row_state_text
from mentordesk.ui.money.money_output import MoneyOutput

ID_ROLE = Qt.ItemDataRole.UserRole


class ClientInvoicesView(QWidget):
    """``invoice_requested(invoice_id)``, ``new_invoice_requested()``,
    ``document_logged(log_id)`` (a pro bono statement left the app), ``listed_changed()``."""

    invoice_requested = Signal(int)
    new_invoice_requested = Signal()
    document_logged = Signal(int)
    listed_changed = Signal()

    def __init__(self, pf: PracticeFile, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pf = pf
        self.client_id = client_id
        self._service = InvoiceService(pf)
        self._reports = ReportService(pf)
        self._documents = MoneyDocumentService(pf)
        self.output = MoneyOutput(pf, self)
        self.rows: list[InvoiceRow] = []
        self.pro_bono_sessions = 0
        self._filling = False

        self.table = QTreeWidget()
        self.table.setColumnCount(4)
        self.table.setHeaderLabels(
            [self.tr("Number"), self.tr("Date"), self.tr("Total"), self.tr("Status")]
        )
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("The client's invoices"))
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = mute(QLabel(self.tr("No invoices for this client yet.")))
        self.summary_label = mute(QLabel())
        self.summary_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New invoi&ce…"))
        self.new_button.setAccessibleName(self.tr("New invoice for this client"))
        self.pro_bono_button = QPushButton(self.tr("Pro &bono statement"))
        self.pro_bono_button.setAccessibleName(self.tr("Pro bono statement for this client"))
        self.pro_bono_menu = QMenu(self)
        self.pro_bono_save_action = self.pro_bono_menu.addAction(self.tr("Save as PDF…"))
        self.pro_bono_print_action = self.pro_bono_menu.addAction(self.tr("Print…"))
        self.pro_bono_button.setMenu(self.pro_bono_menu)
        self.listed_check = QCheckBox(self.tr("May be listed by name in the hours log"))
        self.listed_check.setAccessibleName(self.tr("May be listed by name in the hours log"))
        self.listed_check.setToolTip(
            self.tr(
                "Tick when the client agreed to be named in the hours log for credential "
                "bodies; otherwise the log lists them anonymously."
            )
        )
        self.status_label = mute(QLabel())
        self.status_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.pro_bono_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.listed_check)
        layout.addWidget(self.status_label)

        self.table.itemActivated.connect(self._on_table_item_activated)
        self.new_button.clicked.connect(self.new_invoice_requested)
        self.pro_bono_save_action.triggered.connect(self._on_pro_bono_save_action_triggered)
        self.pro_bono_print_action.triggered.connect(self._on_pro_bono_print_action_triggered)
        self.listed_check.toggled.connect(self._on_listed_check_toggled)
        self.output.saved.connect(self._on_output_saved)
        self.output.printed.connect(self.document_logged)
        self.reload()

    def reload(self, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        try:
            self.rows = self._service.list(client_id=self.client_id, today=today)
            listed = self._reports.is_listed(self.client_id)
            self.pro_bono_sessions = len(
                ProBonoService(self._pf).summary(client_id=self.client_id).sessions
            )
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.table.clear()
        alert_back, alert_text = (QColor(c) for c in TONES["alert"])
        for row in self.rows:
            item = QTreeWidgetItem(
                [
                    number_text(row.number),
                    labels.date_text(row.issue_date or row.created),
                    labels.money_text(row.total_cents),
                    row_state_text(row, today),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, ID_ROLE, row.id)
            if row.state is InvoiceState.OVERDUE:
                for column in range(4):
                    item.setBackground(column, alert_back)
                    item.setForeground(column, alert_text)
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(self.rows))
        self.empty_label.setVisible(not self.rows)
        totals = self._service.totals(self.rows)
        self.summary_label.setText(
            self.tr("Invoiced {invoiced} · received {paid} · still to receive {open}").format(
                invoiced=labels.money_text(totals.invoiced_cents),
                paid=labels.money_text(totals.paid_cents),
                open=labels.money_text(totals.outstanding_cents),
            )
        )
        self.summary_label.setVisible(bool(self.rows))
        self.pro_bono_button.setVisible(self.pro_bono_sessions > 0)
        self._filling = True
        self.listed_check.setChecked(listed)
        self._filling = False

    def count(self) -> int:
        return len(self.rows)

    def _on_table_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.invoice_requested.emit(int(item.data(0, ID_ROLE)))

    def _on_listed_check_toggled(self, listed: bool) -> None:
        if self._filling:
            return
        try:
            self._reports.set_listed(self.client_id, listed)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.listed_changed.emit()

    def _on_pro_bono_save_action_triggered(self) -> None:
        self.save_pro_bono()

    def _on_pro_bono_print_action_triggered(self) -> None:
        self.print_pro_bono()

    def save_pro_bono(self, path: str | None = None) -> None:
        client_id = self.client_id
        self.output.save_pdf(
            lambda: self._documents.prepare_pro_bono(client_id=client_id),
            path,
            title=self.tr("Save the pro bono statement"),
        )

    def print_pro_bono(self) -> None:
        client_id = self.client_id
        self.output.print_pdf(lambda: self._documents.prepare_pro_bono(client_id=client_id))

    def _on_output_saved(self, log_id: int, name: str) -> None:
        self.status_label.setText(
            self.tr("Saved as {name} and noted in the document log.").format(name=name)
        )
        self.document_logged.emit(log_id)
