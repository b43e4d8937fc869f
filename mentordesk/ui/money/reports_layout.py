"""The widgets of the reports page and how they sit: the year's key figures, revenue and hours
per month as charts, VAT per quarter, the hours log, and the documents for the accountant.
``ReportsPage`` adds the behaviour."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import Language
from mentordesk.services.practice_file import PracticeFile
from mentordesk.ui.client_sections import card_style, language_text
from mentordesk.ui.documents.letter_layout import heading
from mentordesk.ui.form_parts import mute
from mentordesk.ui.money.hours_log_view import HoursLogView
from mentordesk.ui.money.revenue_chart import RevenueChart
from mentordesk.ui.widgets.hours_chart import HoursChart

FIGURES = (
    "revenue",
    "vat",
    "received",
    "outstanding",
    "paid_hours",
    "pro_bono_hours",
    "pro_bono_value",
)


def _card(name: str, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(card_style(name))
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


class ReportsLayout(QWidget):
    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self.tr("Reports"))
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year of the reports"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the documents"))
        for language in (Language.NL, Language.EN):
            self.language_combo.addItem(language_text(language), language.value)

        self.figure_values: dict[str, QLabel] = {}
        self.figure_captions = {
            "revenue": self.tr("Invoiced excl. VAT"),
            "vat": self.tr("VAT charged"),
            "received": self.tr("Received"),
            "outstanding": self.tr("Still to receive"),
            "paid_hours": self.tr("Paid hours"),
            "pro_bono_hours": self.tr("Pro bono hours"),
            "pro_bono_value": self.tr("Value of pro bono work"),
        }
        self.revenue_chart = RevenueChart()
        self.hours_chart = HoursChart()
        self.hours_label = mute(QLabel())
        self.hours_label.setWordWrap(True)
        self.vat_table = QTableWidget(5, 5)
        self.vat_table.setHorizontalHeaderLabels(
            [
                self.tr("Quarter"),
                self.tr("Taxed turnover"),
                self.tr("VAT"),
                self.tr("Reverse-charged"),
                self.tr("Untaxed"),
            ]
        )
        self.vat_table.setAccessibleName(self.tr("VAT per quarter"))
        self.vat_table.model().setHeaderData(
            3,
            Qt.Orientation.Horizontal,
            self.tr("Services to businesses in other EU countries, VAT reverse-charged (3b)"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.vat_table.model().setHeaderData(
            4,
            Qt.Orientation.Horizontal,
            self.tr("Turnover under the small-business scheme (KOR) or another exemption"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.vat_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vat_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.vat_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.vat_table.setShowGrid(False)
        self.vat_table.setAlternatingRowColors(True)
        self.vat_table.verticalHeader().hide()
        self.vat_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        vat_header = self.vat_table.horizontalHeader()
        vat_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vat_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.vat_note = mute(QLabel())
        self.vat_note.setWordWrap(True)
        self.hours_log = HoursLogView(pf)
        self.all_years_check = QCheckBox(self.tr("All years"))
        self.all_years_check.setAccessibleName(self.tr("Hours log over all years"))

        def button(text: str, accessible: str) -> QPushButton:
            made = QPushButton(text)
            made.setAccessibleName(accessible)
            return made

        self.overview_button = button(
            self.tr("&Year overview (PDF)"), self.tr("Year overview as PDF")
        )
        self.overview_menu = QMenu(self)
        self.overview_save_action = self.overview_menu.addAction(self.tr("Save as PDF…"))
        self.overview_print_action = self.overview_menu.addAction(self.tr("Print…"))
        self.overview_button.setMenu(self.overview_menu)
        self.overview_csv_button = button(
            self.tr("Year overview (&CSV)…"), self.tr("Save the year overview as CSV")
        )
        self.pro_bono_button = button(
            self.tr("&Pro bono statement"), self.tr("Pro bono statement of the year")
        )
        self.pro_bono_menu = QMenu(self)
        self.pro_bono_save_action = self.pro_bono_menu.addAction(self.tr("Save as PDF…"))
        self.pro_bono_print_action = self.pro_bono_menu.addAction(self.tr("Print…"))
        self.pro_bono_button.setMenu(self.pro_bono_menu)
        self.hours_csv_button = button(
            self.tr("&Hours log (CSV)…"), self.tr("Save the hours log as CSV")
        )
        self.status_label = mute(QLabel())
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self._build()

    def _build(self) -> None:
        widget: QWidget
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label)
        top.addSpacing(16)
        for caption, widget in (
            (self.tr("&Year:"), self.year_combo),
            (self.tr("Documents &in:"), self.language_combo),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
            top.addSpacing(6)
        top.addStretch(1)

        figures = QHBoxLayout()
        figures.setSpacing(10)
        for name in FIGURES:
            value = QLabel()
            value_font = QFont(value.font())
            value_font.setPointSizeF(value_font.pointSizeF() * 1.3)
            value_font.setBold(True)
            value.setFont(value_font)
            value.setAccessibleName(self.figure_captions[name])
            under = mute(QLabel(self.figure_captions[name]))
            under.setWordWrap(True)
            self.figure_values[name] = value
            figures.addWidget(_card(f"figure_{name}", value, under), 1)

        charts = QGridLayout()
        charts.setSpacing(12)
        revenue = _card("revenue_card", heading(self.tr("Revenue per month")), self.revenue_chart)
        hours = _card(
            "hours_card",
            heading(self.tr("Paid and pro bono hours")),
            self.hours_label,
            self.hours_chart,
        )
        vat = _card("vat_card", heading(self.tr("VAT per quarter")), self.vat_table, self.vat_note)
        vat_layout = vat.layout()
        if vat_layout is not None:
            vat_layout.addItem(
                QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
            )
        log_title = QHBoxLayout()
        log_title.addWidget(heading(self.tr("Hours log")))
        log_title.addStretch(1)
        log_title.addWidget(self.all_years_check)
        log_head = QWidget()
        log_head.setLayout(log_title)
        log_title.setContentsMargins(0, 0, 0, 0)
        log_note = mute(
            QLabel(
                self.tr(
                    "For credential bodies such as ICF. Clients who did not agree to be named "
                    "are listed anonymously."
                )
            )
        )
        log_note.setWordWrap(True)
        log = _card("log_card", log_head, log_note, self.hours_log)
        charts.addWidget(revenue, 0, 0)
        charts.addWidget(hours, 0, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        tables = QHBoxLayout()
        tables.setSpacing(12)
        tables.addWidget(vat, 2)
        tables.addWidget(log, 3)
        rows = self.vat_table.verticalHeader().defaultSectionSize() * 5
        header = self.vat_table.horizontalHeader().sizeHint().height()
        self.vat_table.setFixedHeight(rows + header + 2 * self.vat_table.frameWidth() + 2)
        self.hours_log.setMinimumHeight(220)

        documents = QHBoxLayout()
        documents.setSpacing(8)
        documents.addWidget(heading(self.tr("For the accountant and the credential body:")))
        for widget in (
            self.overview_button,
            self.overview_csv_button,
            self.pro_bono_button,
            self.hours_csv_button,
        ):
            documents.addWidget(widget)
        documents.addStretch(1)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 12)
        column.setSpacing(12)
        column.addLayout(top)
        column.addLayout(figures)
        column.addLayout(charts)
        column.addLayout(tables)
        column.addLayout(documents)
        column.addWidget(self.status_label)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        chain: list[QWidget] = [
            self.year_combo,
            self.language_combo,
            self.all_years_check,
            self.hours_log,
            self.overview_button,
            self.overview_csv_button,
            self.pro_bono_button,
            self.hours_csv_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
