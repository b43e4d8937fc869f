"""The widgets of the invoice editor and how they sit: the invoice on the left (addressee,
sessions, lines, totals, note, payments), its live preview on the right, what stops issuing and
the actions along the bottom. ``InvoiceEditor`` adds the behaviour."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import Language
from mentordesk.domain.vat import Totals, VatTreatment
from mentordesk.ui import labels
from mentordesk.ui.client_sections import TONES, chip, emphasised, language_text, plain
from mentordesk.ui.documents.letter_layout import heading
from mentordesk.ui.documents.pdf_preview import PdfPreview
from mentordesk.ui.form_parts import InlineError, mute
from mentordesk.ui.money.line_table import LineTable
from mentordesk.ui.money.money_labels import vat_rate_text
from mentordesk.ui.money.session_picker import SessionPicker

_WARN_STYLE = (
    f"QFrame#issue_problems {{ background: {TONES['warn'][0]}; border: 1px solid #ecd08c;"
    f" border-radius: 6px; }} QLabel {{ color: {TONES['warn'][1]}; background: transparent; }}"
)
_BANNER_STYLE = (
    f"QLabel {{ background: {TONES['info'][0]}; color: {TONES['info'][1]}; border-radius: 6px;"
    " padding: 6px 10px; }"
)


class EditorLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = heading(self.tr("Invoice"))
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_label.setFont(title_font)
        self.name_label = mute(plain(wrap=False))
        self.state_chip = chip("", "neutral")
        self.banner = plain()
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()
        self.original_button = QPushButton(self.tr("Open the &invoice"))
        self.original_button.setAccessibleName(
            self.tr("Open the invoice this credit note corrects")
        )
        self.original_button.hide()

        self.addressee_combo = QComboBox()
        self.addressee_combo.setAccessibleName(self.tr("Who the invoice is addressed to"))
        self.addressee_combo.setMinimumWidth(260)
        self.reference_edit = QLineEdit()
        self.reference_edit.setAccessibleName(self.tr("The customer's reference or PO number"))
        self.reference_edit.setPlaceholderText(self.tr("Purchase order or cost centre"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the invoice"))
        for language in (Language.NL, Language.EN):
            self.language_combo.addItem(language_text(language), language.value)
        self.reverse_charge_check = QCheckBox(
            self.tr("VAT reverse-charged (business customer in another EU country)")
        )
        self.reverse_charge_check.setAccessibleName(self.tr("VAT reverse-charged"))

        self.picker = SessionPicker()
        self.picker_empty = mute(QLabel(self.tr("No held sessions waiting to be invoiced.")))
        self.picker_empty.setWordWrap(True)
        self.lines_table = LineTable()
        self.add_line_button = QPushButton(self.tr("&Add line"))
        self.add_line_button.setAccessibleName(self.tr("Add a line to the invoice"))
        self.remove_line_button = QPushButton(self.tr("Re&move line"))
        self.remove_line_button.setAccessibleName(self.tr("Remove the selected line"))
        self.totals_grid = QGridLayout()
        self.totals_grid.setHorizontalSpacing(16)
        self.totals_grid.setVerticalSpacing(2)
        self.total_label = emphasised(QLabel())
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(58)
        self.note_edit.setAccessibleName(self.tr("Note printed on the invoice"))
        self.note_edit.setPlaceholderText(self.tr("Printed under the lines (optional)"))
        self.qr_check = QCheckBox(self.tr("Payment QR code on the invoice"))
        self.qr_check.setAccessibleName(self.tr("Payment QR code on the invoice"))

        self.payments_heading = heading(self.tr("Payments"))
        self.payments_list = QTreeWidget()
        self.payments_list.setColumnCount(4)
        self.payments_list.setHeaderLabels(
            [self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Note")]
        )
        self.payments_list.setRootIsDecorated(False)
        self.payments_list.setAccessibleName(self.tr("Payments received"))
        self.payments_list.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.payments_list.setUniformRowHeights(True)
        self.payments_label = plain()
        self.payments_empty = mute(QLabel(self.tr("No payments registered yet.")))

        self.preview = PdfPreview()
        self.problems_box = QFrame()
        self.problems_box.setObjectName("issue_problems")
        self.problems_box.setStyleSheet(_WARN_STYLE)
        self.problems_label = plain()
        self.problems_label.setAccessibleName(self.tr("What stops issuing"))
        self.settings_button = QPushButton(self.tr("Practice &details…"))
        self.settings_button.setAccessibleName(self.tr("Open the practice details"))
        self.client_button = QPushButton(self.tr("Client's &page…"))
        self.client_button.setAccessibleName(self.tr("Open the client's page"))
        self.error_label = InlineError()
        self.status_label = mute(QLabel())
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        def button(text: str, accessible: str) -> QPushButton:
            made = QPushButton(text)
            made.setAccessibleName(accessible)
            return made

        self.delete_button = button(self.tr("De&lete draft…"), self.tr("Delete the draft"))
        self.close_button = button(self.tr("Close"), self.tr("Close the invoice"))
        self.save_button = button(self.tr("&Save draft"), self.tr("Save the draft"))
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.issue_button = button(self.tr("&Issue…"), self.tr("Issue the invoice"))
        self.issue_button.setToolTip(
            self.tr("Give the invoice its number; after that it can never change")
        )
        self.payment_button = button(self.tr("Register &payment…"), self.tr("Register a payment"))
        self.reminder_button = button(self.tr("&Reminder"), self.tr("Payment reminder"))
        self.reminder_menu = QMenu(self)
        self.reminder_save_action = self.reminder_menu.addAction(self.tr("Save as PDF…"))
        self.reminder_print_action = self.reminder_menu.addAction(self.tr("Print…"))
        self.reminder_button.setMenu(self.reminder_menu)
        self.credit_button = button(self.tr("&Credit note…"), self.tr("Make a credit note"))
        self.credit_button.setToolTip(self.tr("Correct this invoice with a credit note"))
        self.print_button = button(self.tr("&Print…"), self.tr("Print the invoice"))
        self.print_button.setToolTip(self.tr("Print with a preview (Ctrl+P)"))
        self.pdf_button = button(self.tr("Save as P&DF…"), self.tr("Save the invoice as PDF"))
        self.pdf_button.setToolTip(self.tr("Save the invoice as a PDF file (Ctrl+S)"))
        self._build()

    def _build(self) -> None:
        column = QWidget()
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 12, 8)
        left.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.name_label, 1, Qt.AlignmentFlag.AlignBaseline)
        title_row.addWidget(self.state_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        left.addLayout(title_row)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.original_button, 0, Qt.AlignmentFlag.AlignVCenter)
        left.addLayout(banner_row)

        self.to_heading = heading(self.tr("Addressed to"))
        left.addWidget(self.to_heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Invoice &to:"), self.addressee_combo)
        form.addRow(self.tr("&Reference / PO:"), self.reference_edit)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        form.addRow("", self.reverse_charge_check)
        self.to_form = form
        left.addLayout(form)

        self.sessions_heading = heading(self.tr("Sessions to invoice"))
        left.addSpacing(4)
        left.addWidget(self.sessions_heading)
        left.addWidget(self.picker)
        left.addWidget(self.picker_empty)

        left.addSpacing(4)
        left.addWidget(heading(self.tr("Lines")))
        left.addWidget(self.lines_table)
        below = QHBoxLayout()
        line_buttons = QVBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        below.addLayout(line_buttons)
        below.addStretch(1)
        below.addLayout(self.totals_grid)
        left.addLayout(below)

        left.addSpacing(4)
        self.note_heading = heading(self.tr("On the invoice"))
        left.addWidget(self.note_heading)
        left.addWidget(self.note_edit)
        left.addWidget(self.qr_check)

        left.addSpacing(4)
        left.addWidget(self.payments_heading)
        left.addWidget(self.payments_label)
        left.addWidget(self.payments_list)
        left.addWidget(self.payments_empty)
        left.addStretch(1)

        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.setAccessibleName(self.tr("The invoice"))
        self.form_area.setWidget(column)
        self.form_area.setMinimumWidth(500)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.form_area)
        self.splitter.addWidget(self.preview)
        self.preview.setMinimumWidth(340)
        self.splitter.setStretchFactor(0, 6)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([640, 520])

        problems = QHBoxLayout(self.problems_box)
        problems.setContentsMargins(12, 8, 12, 8)
        problems.addWidget(self.problems_label, 1)
        problems.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        problems.addWidget(self.client_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problems_box.hide()

        buttons = QHBoxLayout()
        for widget in (self.delete_button, self.payment_button, self.reminder_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.credit_button)
        buttons.addWidget(self.status_label, 1)
        for widget in (
            self.close_button,
            self.print_button,
            self.pdf_button,
            self.save_button,
            self.issue_button,
        ):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(8)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problems_box)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        chain: list[QWidget] = [
            self.original_button,
            self.addressee_combo,
            self.reference_edit,
            self.language_combo,
            self.reverse_charge_check,
            self.picker,
            self.lines_table,
            self.add_line_button,
            self.remove_line_button,
            self.note_edit,
            self.qr_check,
            self.payments_list,
            self.preview.view,
            self.settings_button,
            self.client_button,
            self.delete_button,
            self.payment_button,
            self.reminder_button,
            self.credit_button,
            self.close_button,
            self.print_button,
            self.pdf_button,
            self.save_button,
            self.issue_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the totals under the lines -----------------------------------------------------------
    def show_totals(self, totals: Totals | None, treatment: VatTreatment, vat_note: str) -> None:
        while self.totals_grid.count():
            taken = self.totals_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if totals is None:
            return
        rows: list[tuple[str, str]] = [
            (self.tr("Subtotal excl. VAT"), labels.money_text(totals.net_cents))
        ]
        if treatment.charges_vat:
            for rate in totals.per_rate:
                rows.append(
                    (
                        self.tr("VAT {rate} on {amount}").format(
                            rate=vat_rate_text(rate.rate_permille),
                            amount=labels.money_text(rate.net_cents),
                        ),
                        labels.money_text(rate.vat_cents),
                    )
                )
        else:
            rows.append((self.no_vat_text(treatment, vat_note), labels.money_text(0)))
        rows.append((self.tr("Total"), labels.money_text(totals.total_cents)))
        for index, (caption, amount) in enumerate(rows):
            left = plain(caption, wrap=False)
            right = plain(amount, wrap=False)
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if index == len(rows) - 1:
                emphasised(left, 1.1)
                emphasised(right, 1.1)
                self.total_label = right
            else:
                mute(left)
            self.totals_grid.addWidget(left, index, 0)
            self.totals_grid.addWidget(right, index, 1)

    def no_vat_text(self, treatment: VatTreatment, vat_note: str) -> str:
        if treatment is VatTreatment.KOR:
            return self.tr("No VAT (small-business scheme)")
        if treatment is VatTreatment.REVERSE_CHARGE:
            return self.tr("VAT reverse-charged")
        return (
            self.tr("No VAT: {reason}").format(reason=vat_note) if vat_note else self.tr("No VAT")
        )
