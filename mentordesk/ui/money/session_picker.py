"""The sessions an invoice can bill: held (or missed) billable sessions of paid work that no
invoice holds yet, each with a tick box. Only the sessions of the chosen addressee are shown:
an invoice goes to whoever pays for them. Pro bono and free-intake sessions never appear
(``InvoiceService.billable_sessions`` leaves them out)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from mentordesk.domain.vat import line_net
from mentordesk.services.invoice_records import BillableSession, LineDraft
from mentordesk.ui import labels

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PickableSession:
    """A session the picker offers: a billable one, or one already on the draft."""

    session_id: int
    payer_id: int | None
    engagement_id: int | None
    date: dt.date | None
    minutes: int
    engagement_title: str
    missed: bool
    line: LineDraft

    @classmethod
    def of(cls, session: BillableSession) -> PickableSession:
        return cls(
            session.session_id,
            session.payer_id,
            session.engagement_id,
            session.date,
            session.duration_minutes,
            session.engagement_title,
            session.missed,
            session.line,
        )


class SessionPicker(QTreeWidget):
    """``changed()`` when the mentor ticks or unticks a session."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[int, PickableSession] = {}
        self._items: dict[int, QTreeWidgetItem] = {}
        self._filling = False
        self.setColumnCount(4)
        self.setHeaderLabels(
            [self.tr("Session"), self.tr("Length"), self.tr("Engagement"), self.tr("Amount")]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Sessions to invoice"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._on_item_changed)

    def load(self, entries: list[PickableSession], checked: set[int]) -> None:
        self._filling = True
        try:
            self.clear()
            self._entries = {e.session_id: e for e in entries}
            self._items = {}
            ordered = sorted(entries, key=lambda e: (e.date or dt.date.min, e.session_id))
            for entry in ordered:
                when = labels.date_text(entry.date) if entry.date else entry.line.description
                if entry.missed:
                    when = self.tr("{date} (missed)").format(date=when)
                amount = line_net(entry.line.quantity, entry.line.unit_price_cents)
                item = QTreeWidgetItem(
                    [
                        when,
                        labels.minutes_text(entry.minutes) if entry.minutes else "",
                        entry.engagement_title,
                        labels.money_text(amount),
                    ]
                )
                item.setTextAlignment(
                    3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setData(0, ID_ROLE, entry.session_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0,
                    Qt.CheckState.Checked
                    if entry.session_id in checked
                    else Qt.CheckState.Unchecked,
                )
                self.addTopLevelItem(item)
                self._items[entry.session_id] = item
        finally:
            self._filling = False

    def show_payer(self, payer_id: int | None) -> int:
        """Show only the sessions paid by ``payer_id`` (None: the client); returns how many.
        Hidden sessions are unticked: they cannot go on this invoice."""
        shown = 0
        self._filling = True
        try:
            for session_id, item in self._items.items():
                ours = self._entries[session_id].payer_id == payer_id
                item.setHidden(not ours)
                if not ours:
                    item.setCheckState(0, Qt.CheckState.Unchecked)
                shown += ours
        finally:
            self._filling = False
        return shown

    def entry(self, session_id: int) -> PickableSession | None:
        return self._entries.get(session_id)

    def checked_ids(self) -> list[int]:
        """The ticked sessions, oldest first."""
        return [
            int(item.data(0, ID_ROLE))
            for item in (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
            if item is not None
            and not item.isHidden()
            and item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_checked(self, session_id: int, checked: bool, *, notify: bool = True) -> None:
        item = self._items.get(session_id)
        if item is None:
            return
        self._filling = not notify
        try:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def visible_count(self) -> int:
        return sum(not item.isHidden() for item in self._items.values())

    def set_read_only(self, read_only: bool) -> None:
        for item in self._items.values():
            flags = item.flags()
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)

    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 0:
            self.changed.emit()
