"""The documents that left the practice about one client: a row per saved or printed PDF.

Each row, two lines per cell: when, and whether it was saved or printed; which document, to
whom; what went in (goals, sessions, and how many confidential sessions the mentor ticked); the
file (or printer) and the SHA-256 of the exact bytes, short on screen and whole in the tooltip,
so the mentor can show what was shared with whom.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.documents import (
    Channel,
    DocumentKind,
    DocumentLogEntry,
    DocumentService,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui import labels, messages
from mentordesk.ui.documents.consent_dialog import recipient_kind_text
from mentordesk.ui.form_parts import mute

WHEN, DOCUMENT, INCLUDED, FILE = range(4)
SHORT_HASH = 8


def document_kind_text(kind: str) -> str:
    texts = {
        DocumentKind.PROGRESS_LETTER.value: QCoreApplication.translate(
            "DocumentLogView", "Progress letter"
        ),
        DocumentKind.SESSION_SUMMARY.value: QCoreApplication.translate(
            "DocumentLogView", "Session summary"
        ),
        DocumentKind.INVOICE.value: QCoreApplication.translate("DocumentLogView", "Invoice"),
        DocumentKind.CREDIT_NOTE.value: QCoreApplication.translate(
            "DocumentLogView", "Credit note"
        ),
        DocumentKind.PAYMENT_REMINDER.value: QCoreApplication.translate(
            "DocumentLogView", "Payment reminder"
        ),
        DocumentKind.PRO_BONO_STATEMENT.value: QCoreApplication.translate(
            "DocumentLogView", "Pro bono statement"
        ),
        DocumentKind.YEAR_OVERVIEW.value: QCoreApplication.translate(
            "DocumentLogView", "Year overview"
        ),
        DocumentKind.YEAR_OVERVIEW_CSV.value: QCoreApplication.translate(
            "DocumentLogView", "Year overview (CSV)"
        ),
        DocumentKind.HOURS_LOG_CSV.value: QCoreApplication.translate(
            "DocumentLogView", "Hours log (CSV)"
        ),
        "access_request": QCoreApplication.translate("DocumentLogView", "Access request"),
    }
    return texts.get(kind, kind.replace("_", " ").capitalize())


def channel_text(channel: Channel) -> str:
    if channel is Channel.PRINTED:
        return QCoreApplication.translate("DocumentLogView", "Printed")
    return QCoreApplication.translate("DocumentLogView", "Saved")


def included_text(entry: DocumentLogEntry, *, with_confidential: bool = True) -> str:
    """``2 goals · 3 sessions · 1 confidential ticked``."""
    parts = []
    goals = len(entry.goal_ids)
    sessions = len(entry.session_ids)
    if goals == 1:
        parts.append(QCoreApplication.translate("DocumentLogView", "1 goal"))
    elif goals:
        parts.append(
            QCoreApplication.translate("DocumentLogView", "{count} goals").format(count=goals)
        )
    if sessions == 1:
        parts.append(QCoreApplication.translate("DocumentLogView", "1 session"))
    elif sessions:
        parts.append(
            QCoreApplication.translate("DocumentLogView", "{count} sessions").format(count=sessions)
        )
    if entry.confidential_ids and with_confidential:
        parts.append(
            QCoreApplication.translate("DocumentLogView", "{count} confidential ticked").format(
                count=len(entry.confidential_ids)
            )
        )
    return " · ".join(parts) or QCoreApplication.translate(
        "DocumentLogView", "no goals or sessions"
    )


class TwoLineDelegate(QStyledItemDelegate):
    """A cell's first line as usual and its second line softer, each elided to the width."""

    PADDING = 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        lines = max(2, str(index.data() or "").count("\n") + 1)
        height = option.fontMetrics.lineSpacing() * lines + 2 * self.PADDING
        return QSize(size.width() + 2 * self.PADDING, max(size.height(), height))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        lines = style_option.text.replace("\u2028", "\n").split("\n")  # Qt's line separator
        style_option.text = ""
        widget = style_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        selected = bool(style_option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        strong = style_option.palette.color(role)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(foreground, QBrush) and not selected:
            strong = foreground.color()
        soft = QColor(strong)
        soft.setAlpha(165)
        area = style_option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, 0)
        metrics = style_option.fontMetrics
        top = area.top() + max(
            0, (area.height() - self.PADDING - metrics.lineSpacing() * len(lines)) // 2
        )
        painter.save()
        painter.setFont(style_option.font)
        for number, line in enumerate(lines):
            painter.setPen(strong if number == 0 else soft)
            mode = Qt.TextElideMode.ElideMiddle if number == 0 else Qt.TextElideMode.ElideRight
            text = metrics.elidedText(line, mode, area.width())
            painter.drawText(
                area.left(), top + metrics.ascent() + number * metrics.lineSpacing(), text
            )
        painter.restore()


class DocumentLogView(QWidget):
    def __init__(self, pf: PracticeFile, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pf = pf
        self.client_id = client_id
        self.entries: list[DocumentLogEntry] = []
        self.explanation = mute(
            QLabel(self.tr("Every letter and summary that was saved or printed, newest first."))
        )
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Document"),
                self.tr("Included"),
                self.tr("File and SHA-256"),
            ]
        )
        self.table.setAccessibleName(self.tr("Documents that left the practice"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegate(TwoLineDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.empty_label = mute(
            QLabel(self.tr("No letter or summary about this client has left the practice yet."))
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(12, 30, 12, 12)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.reload()

    def reload(self) -> None:
        try:
            self.entries = DocumentService(self.pf).log_for_client(self.client_id)
        except Exception as exc:
            messages.show_error(self, exc)
            self.entries = []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, (text, tip) in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(tip or text)
                if column == INCLUDED and entry.confidential_ids:
                    item.setForeground(QColor("#865400"))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.entries))
        self.empty_label.setVisible(not self.entries)

    def _cells(self, entry: DocumentLogEntry) -> list[tuple[str, str]]:
        stamp = entry.created_at
        channel = channel_text(entry.channel)
        when = f"{labels.date_text(stamp.date())} {labels.time_text(stamp.time())}"
        recipient = entry.recipient or "—"
        if entry.recipient_kind is not None:
            recipient = self.tr("{recipient} ({kind})").format(
                recipient=recipient, kind=recipient_kind_text(entry.recipient_kind).lower()
            )
        document = self.tr("{document}\nto {recipient}").format(
            document=document_kind_text(entry.kind), recipient=recipient
        )
        if entry.channel is Channel.SAVED and entry.file_name:
            place, place_tip = PurePath(entry.file_name).name, entry.file_name
        else:
            place = entry.file_name or self.tr("default printer")
            place_tip = place
        fingerprint = self.tr("SHA-256 {hash}").format(hash=entry.sha256[:SHORT_HASH] + "…")
        counts = included_text(entry, with_confidential=False)
        if entry.confidential_ids:
            ticked = self.tr("{count} confidential ticked").format(
                count=len(entry.confidential_ids)
            )
            included = f"{counts}\n{ticked}"
            included_tip = self.tr(
                "{included}. Confidential sessions the mentor ticked for this document: {count}."
            ).format(included=counts, count=len(entry.confidential_ids))
        else:
            included = included_tip = counts
        return [
            (f"{when}\n{channel}", ""),
            (document, ""),
            (included, included_tip),
            (
                f"{place}\n{fingerprint}",
                self.tr("{channel}: {place}\nSHA-256: {hash}").format(
                    channel=channel, place=place_tip, hash=entry.sha256
                ),
            ),
        ]

    def row_texts(self, row: int) -> list[str]:
        items = [self.table.item(row, c) for c in range(self.table.columnCount())]
        return [item.text() if item is not None else "" for item in items]
