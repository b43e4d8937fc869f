"""The hours log on the reports page: per client the first and last session, paid and pro bono
hours, and whether the client agreed to be named in it ("may be listed").

Ticking the box records the consent at once (``ReportService.set_listed``, logged in the audit
trail). The column "In the log as" shows what the CSV file will say: the name (initials for a
sensitive client) when listed, else "Client 7". On screen the mentor sees who it is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mentordesk.domain.enums import Language
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.reports import HoursLog, ReportService
from mentordesk.ui import labels, messages
from mentordesk.ui.widgets.list_table import setup_list_table

LISTED, CLIENT, AS, FIRST, LAST, PAID, PRO_BONO = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole


class HoursLogView(QTableWidget):
    """``listed_changed(client_id, listed)`` after a consent was recorded here."""

    listed_changed = Signal(int, bool)

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self._pf = pf
        self._service = ReportService(pf)
        self._filling = False
        self.log: HoursLog | None = None
        self._year: int | None = None
        self._language = Language.NL
        self.setHorizontalHeaderLabels(
            [
                self.tr("Listed"),
                self.tr("Client"),
                self.tr("In the log as"),
                self.tr("First session"),
                self.tr("Last session"),
                self.tr("Paid"),
                self.tr("Pro bono"),
            ]
        )
        setup_list_table(self, self.tr("Hours log per client"), row_padding=8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AS, QHeaderView.ResizeMode.Stretch)
        self.model().setHeaderData(
            LISTED,
            Qt.Orientation.Horizontal,
            self.tr("May be listed: the client agreed to be named in the hours log"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.itemChanged.connect(self._on_item_changed)

    def load(self, year: int | None, language: Language) -> HoursLog | None:
        """Read the hours log of ``year`` (every year for None) again."""
        self._year, self._language = year, language
        try:
            log = self._service.hours_log(year, language)
            names = {r.id: r.display_name for r in self._pf.clients.list_rows()}
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        self.show_log(log, names)
        return log

    def show_log(self, log: HoursLog, names: dict[int, str]) -> None:
        self.log = log
        self._filling = True
        try:
            self.setRowCount(0)
            for row in log.rows:
                index = self.rowCount()
                self.insertRow(index)
                listed = QTableWidgetItem()
                listed.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                listed.setCheckState(
                    Qt.CheckState.Checked if row.listed else Qt.CheckState.Unchecked
                )
                listed.setData(ID_ROLE, row.client_id)
                listed.setToolTip(
                    self.tr("The client agreed to be named in the hours log")
                    if row.listed
                    else self.tr("Listed anonymously; tick when the client agrees to be named")
                )
                texts = [
                    names.get(row.client_id, row.label),
                    row.label,
                    labels.date_text(row.first_session),
                    labels.date_text(row.last_session),
                    labels.hours_text(row.paid_minutes),
                    labels.hours_text(row.pro_bono_minutes),
                ]
                self.setItem(index, LISTED, listed)
                for column, text in enumerate(texts, start=CLIENT):
                    item = QTableWidgetItem(text)
                    if column >= PAID:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.setItem(index, column, item)
        finally:
            self._filling = False

    def clear_log(self) -> None:
        self.log = None
        self.setRowCount(0)

    def row_of(self, client_id: int) -> int:
        for row in range(self.rowCount()):
            item = self.item(row, LISTED)
            if item is not None and item.data(ID_ROLE) == client_id:
                return row
        return -1

    def set_listed(self, client_id: int, listed: bool) -> None:
        """Tick or untick a client's box, as the mentor would (records the consent)."""
        row = self.row_of(client_id)
        item = self.item(row, LISTED) if row >= 0 else None
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if listed else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != LISTED:
            return
        client_id = int(item.data(ID_ROLE))
        listed = item.checkState() == Qt.CheckState.Checked
        try:
            self._service.set_listed(client_id, listed)
        except Exception as exc:
            messages.show_error(self, exc)
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked if listed else Qt.CheckState.Checked)
            self._filling = False
            return
        current = self.currentRow()
        self.load(self._year, self._language)  # "In the log as" follows the consent
        self.setCurrentCell(current, LISTED)
        self.listed_changed.emit(client_id, listed)
