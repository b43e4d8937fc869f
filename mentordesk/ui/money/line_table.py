"""The lines of an invoice in the editor: description, quantity, unit, price, VAT rate, amount.

Cells are typed in place; the unit and the VAT rate are chosen from a list. ``lines()`` reads
every row into ``LineDraft``s and raises a ``ValidationError`` naming the line and the field
(``lines.2.quantity``) when a cell cannot be read, so the editor can point at it. A session line
keeps its session (and a credit note line the line it credits) in the row, out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mentordesk.domain.billing import LineUnit
from mentordesk.domain.vat import COMMON_RATES, STANDARD_RATE, line_net
from mentordesk.errors import ValidationError
from mentordesk.services.invoice_records import LineDraft
from mentordesk.ui import labels
from mentordesk.ui.client_sections import TONES
from mentordesk.ui.money.money_labels import (
    parse_quantity,
    parse_signed_amount,
    quantity_text,
    unit_text,
    vat_rate_text,
)

DESCRIPTION, QUANTITY, UNIT, PRICE, VAT, AMOUNT = range(6)
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
CREDITED_ROLE = Qt.ItemDataRole.UserRole + 2
VALUE_ROLE = Qt.ItemDataRole.UserRole  # the unit's or rate's value in its cell
_Index = QModelIndex | QPersistentModelIndex
_BAD = QColor(TONES["alert"][0])


class ChoiceDelegate(QStyledItemDelegate):
    """A list to choose from in a cell (the unit, the VAT rate); the value in ``VALUE_ROLE``."""

    def __init__(self, choices: list[tuple[str, object]], name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices
        self.name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.name)
        for text, value in self.choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class LineTable(QTableWidget):
    """``edited()`` after any change made here (typing, a choice, a line added or removed)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self._filling = False
        self._read_only = False
        self.default_rate = STANDARD_RATE
        self.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Price"),
                self.tr("VAT"),
                self.tr("Amount"),
            ]
        )
        self.setAccessibleName(self.tr("Invoice lines"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (QUANTITY, UNIT, PRICE, VAT, AMOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.unit_delegate = ChoiceDelegate(
            [(unit_text(u), u.value) for u in LineUnit], self.tr("Unit of the line"), self
        )
        self.rate_delegate = ChoiceDelegate(
            [(vat_rate_text(r), r) for r in COMMON_RATES], self.tr("VAT rate of the line"), self
        )
        self.setItemDelegateForColumn(UNIT, self.unit_delegate)
        self.setItemDelegateForColumn(VAT, self.rate_delegate)
        self.itemChanged.connect(self._on_item_changed)

    # -- filling ------------------------------------------------------------------------------
    def set_lines(self, lines: tuple[LineDraft, ...] | list[LineDraft]) -> None:
        self._filling = True
        try:
            self.setRowCount(0)
            for line in lines:
                self._append(line)
        finally:
            self._filling = False
        self.fit_height()

    def _append(self, line: LineDraft) -> int:
        return self._insert(self.rowCount(), line)

    def insert_line(self, row: int, line: LineDraft) -> None:
        """Put ``line`` at ``row`` (a session ticked in the picker); no ``edited`` signal."""
        self._filling = True
        try:
            self._insert(max(0, min(row, self.rowCount())), line)
        finally:
            self._filling = False
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the lines (3 to 9 rows); more lines scroll."""
        rows = min(max(self.rowCount(), 3), 9)
        row_height = self.verticalHeader().defaultSectionSize()
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(rows * row_height + header + 2 * self.frameWidth() + 2)

    def _insert(self, row: int, line: LineDraft) -> int:
        self.insertRow(row)
        description = QTableWidgetItem(line.description)
        description.setData(SESSION_ROLE, line.session_id)
        description.setData(CREDITED_ROLE, line.credited_line_id)
        if line.session_id is not None:
            description.setToolTip(self.tr("A session on this invoice"))
        quantity = QTableWidgetItem(quantity_text(line.quantity))
        unit = QTableWidgetItem(unit_text(line.unit))
        unit.setData(VALUE_ROLE, line.unit.value)
        price = QTableWidgetItem(labels.money_text(line.unit_price_cents))
        rate = QTableWidgetItem(vat_rate_text(line.vat_rate_permille))
        rate.setData(VALUE_ROLE, line.vat_rate_permille)
        amount = QTableWidgetItem()
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        for column, item in enumerate((description, quantity, unit, price, rate, amount)):
            if column in (QUANTITY, PRICE, VAT, AMOUNT):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)
        self._update_amount(row)
        return row

    def add_line(self, line: LineDraft | None = None) -> int:
        """A free line (1 item at 0, the default VAT rate) or ``line``; returns its row."""
        self._filling = True
        try:
            row = self._append(
                line or LineDraft(description="", vat_rate_permille=self.default_rate)
            )
        finally:
            self._filling = False
        self.fit_height()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> LineDraft | None:
        """Remove line ``row``; returns what it held (None when there is no such row)."""
        if not 0 <= row < self.rowCount():
            return None
        try:
            removed = self._read(row)
        except ValidationError:
            removed = LineDraft(description="", session_id=self.session_of(row))
        self.removeRow(row)
        self.fit_height()
        self.edited.emit()
        return removed

    def set_vat_visible(self, visible: bool) -> None:
        self.setColumnHidden(VAT, not visible)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    # -- reading ------------------------------------------------------------------------------
    def session_of(self, row: int) -> int | None:
        item = self.item(row, DESCRIPTION)
        value = item.data(SESSION_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def session_rows(self) -> dict[int, int]:
        """``{session_id: row}`` of the session lines."""
        found = {}
        for row in range(self.rowCount()):
            session = self.session_of(row)
            if session is not None:
                found[session] = row
        return found

    def description(self, row: int) -> str:
        item = self.item(row, DESCRIPTION)
        return item.text() if item is not None else ""

    def set_description(self, row: int, text: str) -> None:
        item = self.item(row, DESCRIPTION)
        if item is not None:
            item.setText(text)

    def lines(self) -> tuple[LineDraft, ...]:
        return tuple(self._read(row) for row in range(self.rowCount()))

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _value(self, row: int, column: int) -> object:
        item = self.item(row, column)
        return item.data(VALUE_ROLE) if item is not None else None

    def _read(self, row: int) -> LineDraft:
        prefix = f"lines.{row}"
        quantity = parse_quantity(self._text(row, QUANTITY), f"{prefix}.quantity", row + 1)
        try:
            price = parse_signed_amount(self._text(row, PRICE), f"{prefix}.unit_price_cents")
        except ValidationError as exc:
            raise ValidationError(
                f"{prefix}.unit_price_cents",
                "Line {n}: " + exc.en,
                "Regel {n}: " + exc.nl,
                n=row + 1,
                **exc.details,
            ) from None
        item = self.item(row, DESCRIPTION)
        credited = item.data(CREDITED_ROLE) if item is not None else None
        rate = self._value(row, VAT)
        return LineDraft(
            description=self._text(row, DESCRIPTION),
            quantity=quantity,
            unit_price_cents=price,
            vat_rate_permille=int(rate) if isinstance(rate, int) else self.default_rate,
            unit=LineUnit(str(self._value(row, UNIT) or LineUnit.ITEM.value)),
            session_id=self.session_of(row),
            credited_line_id=int(credited) if credited is not None else None,
        )

    # -- reacting -----------------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            if item.column() == PRICE:
                try:
                    cents = parse_signed_amount(item.text(), "price")
                except ValidationError:
                    pass
                else:
                    item.setText(labels.money_text(cents))
            self._update_amount(item.row())
        finally:
            self._filling = False
        self.edited.emit()

    def _update_amount(self, row: int) -> None:
        amount = self.item(row, AMOUNT)
        if amount is None:
            return
        good, net = True, 0
        try:
            quantity = parse_quantity(self._text(row, QUANTITY), "quantity", row + 1)
            net = line_net(quantity, parse_signed_amount(self._text(row, PRICE), "price"))
        except (ValidationError, ArithmeticError):
            good = False
        amount.setText(labels.money_text(net) if good else "—")
        for column in (QUANTITY, PRICE):
            cell = self.item(row, column)
            if cell is not None:
                cell.setData(Qt.ItemDataRole.BackgroundRole, None if good else _BAD)
        font = QFont(amount.font())
        font.setBold(good)
        amount.setFont(font)

    def mark_row(self, row: int) -> None:
        """Select ``row`` and show it (a problem is about this line)."""
        if 0 <= row < self.rowCount():
            self.selectRow(row)
            self.scrollTo(self.model().index(row, DESCRIPTION))
