"""The audit trail page: what left the practice or changed its file, and when.

A group filter (exports, documents, erasures, restores and imports, passphrase changes, other
changes), a date range, a text filter, and the list: when, what, client, details (recipient,
file or printer; the SHA-256 fingerprint in the tooltip). Enter or a double-click on a line
about a client asks to open that client. "Export CSV…" writes the lines shown.

Nothing here shows note content; a sensitive client is shown by initials.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.audit_trail import AuditGroup, AuditTrailService
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import messages
from mentordesk.ui.dialogs.form_fields import date_format, from_qdate, to_qdate
from mentordesk.ui.form_parts import mute
from mentordesk.ui.privacy.audit_model import AuditTableModel, Column
from mentordesk.ui.privacy.audit_texts import describe, group_text
from mentordesk.ui.reveal import RevealState
from mentordesk.ui.widgets.list_table import setup_list_table

ALL = "all"
DEFAULT_DAYS = 365


class AuditPage(QWidget):
    """``client_requested(client_id)``: open that client (Enter or double-click on a line)."""

    client_requested = Signal(int)

    def __init__(
        self, pf: PracticeFile, reveal: RevealState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pf = pf
        self._reveal = reveal  # nothing here is masked: the trail holds no note content
        self._service = AuditTrailService(pf)
        self.today = dt.date.today()
        self._until_is_today = True

        self.title_label = QLabel(self.tr("Audit trail"))
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = mute(
            QLabel(
                self.tr(
                    "Everything that left the practice or changed the file: exports, saved and "
                    "printed documents with their fingerprint, erasures, restores and "
                    "passphrase changes."
                )
            )
        )
        self.intro_label.setWordWrap(True)
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Kind of entries shown"))
        self.group_combo.addItem(self.tr("Everything"), ALL)
        for group in AuditGroup:
            self.group_combo.addItem(group_text(group), group.value)
        self.since_edit = self._date_edit(self.tr("From date"))
        self.until_edit = self._date_edit(self.tr("To date"))
        self.since_edit.setDate(to_qdate(self.today - dt.timedelta(days=DEFAULT_DAYS)))
        self.until_edit.setDate(to_qdate(self.today))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, file or fingerprint…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the audit trail"))
        self.filter_edit.setClearButtonEnabled(True)
        placeholder = self.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
        self.filter_edit.setMinimumWidth(
            max(200, placeholder + 48)
        )  # the text and its clear button
        self.filter_edit.setMaximumWidth(max(360, placeholder + 48))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the lines shown as a CSV file"))

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_list_table(self.table, self.tr("Audit trail"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.WHEN, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = self.fontMetrics().horizontalAdvance
        header.resizeSection(Column.WHEN, width("00-00-0000  00:00") + 24)
        header.resizeSection(Column.WHAT, width("M") * 22)
        header.resizeSection(Column.CLIENT, width("M") * 13)
        self.empty_label = mute(
            QLabel(self.tr("Nothing in the audit trail matches these filters."))
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.count_label = mute(QLabel())
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = mute(QLabel())
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self._build()
        self._connect()

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(accessible)
        return edit

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.title_label)
        filters.addSpacing(16)
        for caption, widget in (
            (self.tr("&Show:"), self.group_combo),
            (self.tr("&From:"), self.since_edit),
            (self.tr("&To:"), self.until_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(self.filter_edit)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(footer)
        chain: list[QWidget] = [
            self.group_combo,
            self.since_edit,
            self.until_edit,
            self.filter_edit,
            self.export_button,
            self.table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_changed)
        self.since_edit.dateChanged.connect(self._on_dates_changed)
        self.until_edit.dateChanged.connect(self._on_dates_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.activated.connect(self._on_table_activated)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self._on_refresh_triggered)
        self.addAction(refresh)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, today: dt.date | None = None) -> None:
        """Read the trail again for the date range shown."""
        self.today = today or dt.date.today()
        if self._until_is_today and from_qdate(self.until_edit.date()) != self.today:
            self.until_edit.blockSignals(True)
            self.until_edit.setDate(to_qdate(self.today))
            self.until_edit.blockSignals(False)
        since, until = self.date_range()
        try:
            entries = self._service.entries(None, since, until)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.model.set_entries(entries)
        self._after_filter()

    def clear(self) -> None:
        """Forget every line shown (on lock); ``refresh()`` reads them again."""
        self.model.clear()
        self.status_label.clear()
        self._after_filter()

    def date_range(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.since_edit.date()), from_qdate(self.until_edit.date())

    def set_date_range(self, since: dt.date, until: dt.date) -> None:
        """Show the entries from ``since`` to ``until`` (inclusive), read afresh."""
        for edit, day in ((self.since_edit, since), (self.until_edit, until)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self._on_dates_changed()

    def set_group(self, group: AuditGroup | None) -> None:
        """Show one group (None: everything)."""
        wanted = ALL if group is None else group.value
        self.group_combo.setCurrentIndex(self.group_combo.findData(wanted))

    def _on_refresh_triggered(self) -> None:
        self.refresh()

    def _on_group_combo_changed(self) -> None:
        value = self.group_combo.currentData()
        self.model.set_groups(None if value in (ALL, None) else {AuditGroup(value)})
        self._after_filter()

    def _on_dates_changed(self) -> None:
        self._until_is_today = from_qdate(self.until_edit.date()) == self.today
        self.refresh(self.today)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._after_filter()

    def _after_filter(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        self.count_label.setText(
            self.tr("{shown} of {total} entries").format(shown=shown, total=total)
            if shown != total
            else self.tr("{total} entries").format(total=total)
        )
        self.empty_label.setVisible(shown == 0)
        self.table.setVisible(shown > 0)
        self.export_button.setEnabled(shown > 0)

    # -- actions ------------------------------------------------------------------------------
    def _on_table_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        client_id = self.model.entry_at(index.row()).client_id
        if client_id is not None:
            self.client_requested.emit(client_id)

    def _on_export_button_clicked(self) -> None:
        self.export_csv()

    def ask_save_path(self) -> Path | None:
        """Where to save the CSV file (tests replace this method)."""
        name = self.tr("audit-trail-{date}.csv").format(date=self.today.isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), name, self.tr("CSV files (*.csv)")
        )
        return Path(chosen) if chosen else None

    def export_csv(self, path: Path | str | None = None) -> Path | None:
        """Write the lines shown (after every filter) as CSV; returns the file, or None."""
        target = Path(path) if path is not None else self.ask_save_path()
        if target is None:
            return None
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        try:
            count = self._service.export_csv(
                target, self.model.visible_entries(), describe=describe
            )
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        self.refresh(self.today)  # the export itself is a new line
        self.status_label.setText(
            self.tr("{count} lines saved as {name}.").format(count=count, name=target.name)
        )
        return target
