"""Work ready to invoice: held, billable sessions of paid work that no invoice holds yet,
grouped per client and per party that pays. Enter, a double-click or "Invoice…" starts an
invoice for that group. Names only (initials for sensitive clients): no note content."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.vat import line_net
from mentordesk.services.invoice_records import BillableSession
from mentordesk.ui import labels
from mentordesk.ui.documents.letter_layout import heading
from mentordesk.ui.form_parts import mute

GROUP_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ReadyGroup:
    client_id: int
    client_name: str
    payer_name: str  # "" when the client pays
    session_ids: tuple[int, ...]
    net_cents: int
    oldest: dt.date


def group_sessions(
    sessions: list[BillableSession], client_names: dict[int, str], payer_names: dict[int, str]
) -> list[ReadyGroup]:
    """One group per client and payer, oldest waiting work first."""
    groups: dict[tuple[int, int | None], list[BillableSession]] = {}
    for session in sessions:
        groups.setdefault((session.client_id, session.payer_id), []).append(session)
    found = [
        ReadyGroup(
            client_id=client_id,
            client_name=client_names.get(client_id, ""),
            payer_name=payer_names.get(payer_id, "") if payer_id is not None else "",
            session_ids=tuple(s.session_id for s in items),
            net_cents=sum(line_net(s.line.quantity, s.line.unit_price_cents) for s in items),
            oldest=min(s.date for s in items),
        )
        for (client_id, payer_id), items in groups.items()
    ]
    return sorted(found, key=lambda g: (g.oldest, g.client_name))


class ReadyPanel(QWidget):
    """``invoice_requested(client_id, session_ids)`` to start an invoice for a group."""

    invoice_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[ReadyGroup] = []
        self.title_label = heading(self.tr("Ready to invoice"))
        self.count_label = mute(QLabel())
        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Client"), self.tr("Amount")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Sessions ready to invoice, per client"))
        self.list.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = mute(QLabel(self.tr("Every held, billable session is on an invoice.")))
        self.empty_label.setWordWrap(True)
        self.invoice_button = QPushButton(self.tr("In&voice…"))
        self.invoice_button.setAccessibleName(self.tr("Invoice the selected sessions"))
        self.invoice_button.setToolTip(self.tr("Start an invoice for these sessions (Enter)"))
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.invoice_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addLayout(bottom)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._update_button)
        self.invoice_button.clicked.connect(self.invoice_selected)
        self.load([])

    def load(self, groups: list[ReadyGroup]) -> None:
        self.groups = groups
        self.list.clear()
        for index, group in enumerate(groups):
            count = len(group.session_ids)
            sessions = (
                self.tr("1 session")
                if count == 1
                else self.tr("{count} sessions").format(count=count)
            )
            if group.payer_name:
                sessions = self.tr("{sessions} · paid by {payer}").format(
                    sessions=sessions, payer=group.payer_name
                )
            name = f"{group.client_name}\n{sessions}"
            item = QTreeWidgetItem([name, labels.money_text(group.net_cents)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(
                0,
                self.tr("{name}: sessions since {date}, amount excl. VAT").format(
                    name=name, date=labels.date_text(group.oldest)
                ),
            )
            item.setData(0, GROUP_ROLE, index)
            self.list.addTopLevelItem(item)
        total = sum(g.net_cents for g in groups)
        self.count_label.setText(labels.money_text(total) if groups else "")
        self.list.setVisible(bool(groups))
        self.empty_label.setVisible(not groups)
        self._update_button()

    def selected(self) -> ReadyGroup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.groups[int(item.data(0, GROUP_ROLE))]

    def invoice_selected(self) -> None:
        group = self.selected()
        if group is not None:
            self.invoice_requested.emit(group.client_id, list(group.session_ids))

    def _on_list_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.invoice_selected()

    def _update_button(self) -> None:
        self.invoice_button.setEnabled(self.selected() is not None)
        self.invoice_button.setVisible(bool(self.groups))
