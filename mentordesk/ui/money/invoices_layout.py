"""The widgets of the invoices page and how they sit: filters on top, the list with its totals
and actions on the left, the work ready to invoice on the right. ``InvoicesPage`` adds the
behaviour."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.client_sections import card_style, chip
from mentordesk.ui.form_parts import mute
from mentordesk.ui.money.invoice_table import Column, InvoiceTableModel
from mentordesk.ui.money.ready_panel import ReadyPanel
from mentordesk.ui.widgets.list_table import setup_list_table


class InvoicesLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self.tr("Invoices"))
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year of issue"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by number or name…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the invoices"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(220)
        self.filter_edit.setMaximumWidth(300)
        self.new_button = QPushButton(self.tr("&New invoice…"))
        self.new_button.setAccessibleName(self.tr("Make a new invoice"))
        self.new_button.setToolTip(self.tr("Make a new invoice for a client (Ctrl+Shift+I)"))

        self.model = InvoiceTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_list_table(self.table, self.tr("Invoices"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ADDRESSEE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = mute(QLabel(self.tr("No invoices match these filters.")))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.totals_label = QLabel()
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.totals_label.setAccessibleName(self.tr("Totals of the invoices shown"))
        self.overdue_label = chip("", "alert")
        self.overdue_label.hide()
        self.status_label = mute(QLabel())
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        def button(text: str, accessible: str) -> QPushButton:
            made = QPushButton(text)
            made.setAccessibleName(accessible)
            return made

        self.open_button = button(self.tr("&Open"), self.tr("Open the selected invoice"))
        self.payment_button = button(
            self.tr("Register &payment…"), self.tr("Register a payment on the selected invoice")
        )
        self.reminder_button = button(self.tr("&Reminder"), self.tr("Payment reminder"))
        self.reminder_menu = QMenu(self)
        self.reminder_save_action = self.reminder_menu.addAction(self.tr("Save as PDF…"))
        self.reminder_print_action = self.reminder_menu.addAction(self.tr("Print…"))
        self.reminder_button.setMenu(self.reminder_menu)
        self.credit_button = button(
            self.tr("&Credit note…"), self.tr("Make a credit note for the selected invoice")
        )
        self.delete_button = button(self.tr("&Delete draft…"), self.tr("Delete the draft"))
        self.ready = ReadyPanel()
        self._build()

    def _build(self) -> None:
        widget: QWidget
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.title_label)
        filters.addSpacing(16)
        for caption, widget in (
            (self.tr("&Year:"), self.year_combo),
            (self.tr("&Status:"), self.status_combo),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(self.filter_edit)
        filters.addStretch(1)
        filters.addWidget(self.new_button)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_label, 1)
        totals = QHBoxLayout()
        totals.addWidget(self.totals_label)
        totals.addWidget(self.overdue_label)
        totals.addStretch(1)
        column.addLayout(totals)
        actions = QHBoxLayout()
        for widget in (
            self.open_button,
            self.payment_button,
            self.reminder_button,
            self.credit_button,
            self.delete_button,
        ):
            actions.addWidget(widget)
        actions.addWidget(self.status_label, 1)
        column.addLayout(actions)

        ready_card = QFrame()
        ready_card.setObjectName("ready_card")
        ready_card.setStyleSheet(card_style("ready_card"))
        ready_layout = QVBoxLayout(ready_card)
        ready_layout.setContentsMargins(0, 0, 0, 0)
        ready_layout.addWidget(self.ready)
        ready_card.setMinimumWidth(250)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(ready_card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 280])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        chain: list[QWidget] = [
            self.year_combo,
            self.status_combo,
            self.filter_edit,
            self.new_button,
            self.table,
            self.open_button,
            self.payment_button,
            self.reminder_button,
            self.credit_button,
            self.delete_button,
            self.ready.list,
            self.ready.invoice_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
