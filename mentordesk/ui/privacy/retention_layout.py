"""The widgets of the retention page and how they sit: the two periods on top, the two lists
with check boxes below, one above the other (an empty one only as tall as its message).
``RetentionPage`` adds the behaviour."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.retention import (
    MAX_INVOICE_YEARS,
    MAX_NOTE_MONTHS,
    MIN_INVOICE_YEARS,
    MIN_NOTE_MONTHS,
)
from mentordesk.ui.client_sections import card_style, emphasised
from mentordesk.ui.form_parts import InlineError, mute

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_PADDING = 8  # extra pixels per row: the lists are read line by line before erasing
WIDEST_COLUMN = 220  # a longer name is cut off with "…" (in full in its tooltip)
COLUMN_PADDING = 16


class RoomyRows(QStyledItemDelegate):
    """Rows a little taller than Qt's tight default."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


def checklist(headers: list[str], accessible: str, stretch: int) -> QTreeWidget:
    """A list with a check box per line; column ``stretch`` takes the room the others leave."""
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.setItemDelegate(RoomyRows(tree))
    tree.setAccessibleName(accessible)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    return tree


def fit_columns(tree: QTreeWidget, capped: tuple[int, ...] = ()) -> None:
    """Every column but the stretching one as wide as its contents; the ``capped`` ones (names
    of any length) at most ``WIDEST_COLUMN``."""
    header = tree.header()
    for column in range(tree.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        tree.resizeColumnToContents(column)
        wanted = max(header.sectionSize(column), header.sectionSizeHint(column)) + COLUMN_PADDING
        header.resizeSection(column, min(wanted, WIDEST_COLUMN) if column in capped else wanted)


def checked_ids(tree: QTreeWidget) -> list[int]:
    found = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item is not None and item.checkState(0) == Qt.CheckState.Checked:
            found.append(int(item.data(0, ID_ROLE)))
    return found


def check_all(tree: QTreeWidget) -> None:
    rows = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())]
    items = [item for item in rows if item is not None]
    every = all(item.checkState(0) == Qt.CheckState.Checked for item in items)
    state = Qt.CheckState.Unchecked if every else Qt.CheckState.Checked
    for item in items:
        item.setCheckState(0, state)


class RetentionLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = emphasised(QLabel(self.tr("Retention periods")), 1.6)
        self.intro_label = mute(
            QLabel(
                self.tr(
                    "Keep client notes only as long as needed. Invoices must be kept at least 7 "
                    "years after the end of their year (the fiscal retention duty), even when the "
                    "notes are erased."
                )
            )
        )
        self.intro_label.setWordWrap(True)
        self.notes_spin = QSpinBox()
        self.notes_spin.setRange(MIN_NOTE_MONTHS, MAX_NOTE_MONTHS)
        self.notes_spin.setSuffix(self.tr(" months"))
        self.notes_spin.setAccessibleName(self.tr("Months to keep notes after an engagement ends"))
        self.invoices_spin = QSpinBox()
        self.invoices_spin.setRange(MIN_INVOICE_YEARS, MAX_INVOICE_YEARS)
        self.invoices_spin.setSuffix(self.tr(" years"))
        self.invoices_spin.setAccessibleName(
            self.tr("Years to keep invoices after the end of their year")
        )
        self.save_button = QPushButton(self.tr("&Save periods"))
        self.save_button.setAccessibleName(self.tr("Save the retention periods"))
        self.periods_error = InlineError()

        self.engagements_heading = emphasised(QLabel())
        self.engagements_list = checklist(
            [self.tr("Client"), self.tr("Engagement"), self.tr("Ended"), self.tr("Notes")],
            self.tr("Engagements past the note period"),
            stretch=1,
        )
        self.engagements_empty = mute(QLabel(self.tr("No engagement has passed its period.")))
        self.engagements_all_button = QPushButton(self.tr("Select all"))
        self.engagements_all_button.setAccessibleName(
            self.tr("Select all engagements past the note period")
        )
        self.erase_button = QPushButton(self.tr("&Erase notes of selected…"))
        self.erase_button.setAccessibleName(self.tr("Erase the notes of the selected engagements"))

        self.invoices_heading = emphasised(QLabel())
        self.invoices_list = checklist(
            [self.tr("Number"), self.tr("Client"), self.tr("Issued"), self.tr("Amount")],
            self.tr("Invoices past the fiscal period"),
            stretch=1,
        )
        self.invoices_empty = mute(QLabel(self.tr("No invoice has passed its period.")))
        self.invoices_all_button = QPushButton(self.tr("Select all"))
        self.invoices_all_button.setAccessibleName(
            self.tr("Select all invoices past the fiscal period")
        )
        self.delete_button = QPushButton(self.tr("&Delete selected invoices…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected invoices"))
        self.status_label = mute(QLabel())
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self._build()

    def _build(self) -> None:
        periods = QGridLayout()
        periods.setHorizontalSpacing(8)
        periods.setVerticalSpacing(6)
        for row, (caption, spin, after) in enumerate(
            (
                (self.tr("Keep &notes"), self.notes_spin, self.tr("after an engagement ends")),
                (
                    self.tr("Keep &invoices"),
                    self.invoices_spin,
                    self.tr("after the end of their year (at least 7)"),
                ),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(spin)
            periods.addWidget(label, row, 0)
            periods.addWidget(spin, row, 1)
            periods.addWidget(QLabel(after), row, 2)
        periods.addWidget(self.save_button, 1, 3)
        periods.setColumnStretch(4, 1)

        lists = QVBoxLayout()
        lists.setSpacing(12)
        self.lists_layout = lists
        for heading, tree, empty, select, act in (
            (
                self.engagements_heading,
                self.engagements_list,
                self.engagements_empty,
                self.engagements_all_button,
                self.erase_button,
            ),
            (
                self.invoices_heading,
                self.invoices_list,
                self.invoices_empty,
                self.invoices_all_button,
                self.delete_button,
            ),
        ):
            frame = QFrame()
            frame.setObjectName("retention_card")
            frame.setStyleSheet(card_style("retention_card"))
            column = QVBoxLayout(frame)
            column.setContentsMargins(12, 10, 12, 10)
            column.addWidget(heading)
            column.addWidget(tree, 1)
            column.addWidget(empty)
            buttons = QHBoxLayout()
            buttons.addWidget(select)
            buttons.addStretch(1)
            buttons.addWidget(act)
            column.addLayout(buttons)
            lists.addWidget(frame, 1)
        lists.addStretch(0)  # takes the room only when both lists are empty

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(periods)
        layout.addWidget(self.periods_error)
        layout.addLayout(lists, 1)
        layout.addWidget(self.status_label)
        chain: list[QWidget] = [
            self.notes_spin,
            self.invoices_spin,
            self.save_button,
            self.engagements_list,
            self.engagements_all_button,
            self.erase_button,
            self.invoices_list,
            self.invoices_all_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def share_room(self) -> None:
        """A list with lines gets the room; an empty one only what its message needs."""
        engagements = self.engagements_list.topLevelItemCount() > 0
        invoices = self.invoices_list.topLevelItemCount() > 0
        stretches = {
            (True, True): (3, 2, 0),
            (True, False): (1, 0, 0),
            (False, True): (0, 1, 0),
            (False, False): (0, 0, 1),
        }[(engagements, invoices)]
        for index, stretch in enumerate(stretches):
            self.lists_layout.setStretch(index, stretch)
