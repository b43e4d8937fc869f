"""The practice's details for letterhead and invoices, with its logo and signature.

Everything here is stored in the practice file (``pf.practice``), never in settings.json.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import Language, VatRegime
from mentordesk.domain.iban import format_iban, validate_iban
from mentordesk.domain.invoice_numbers import example, validate_pattern
from mentordesk.domain.money import parse_amount
from mentordesk.errors import ValidationError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import PracticeDetails
from mentordesk.ui import labels
from mentordesk.ui.form_parts import mute
from mentordesk.ui.settings.image_picker import ImagePicker
from mentordesk.ui.settings.page import SettingsPage, align_labels, new_form

SHORT_FIELD = 150


class PracticePage(SettingsPage):
    name = "practice"

    def __init__(self, pf: PracticeFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pf = pf
        self._details = PracticeDetails()
        edits: dict[str, QLineEdit] = {}

        def line(
            field: str, accessible: str, placeholder: str = "", short: bool = False
        ) -> QLineEdit:
            edit = QLineEdit()
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(placeholder)
            if short:
                edit.setMaximumWidth(SHORT_FIELD)
            edits[field] = edit
            return edit

        identity = new_form()
        identity.addRow(
            self.tr("Name:"), self.field_row("name", line("name", self.tr("Practice name")))
        )
        identity.addRow(
            self.tr("Trade name:"),
            self.field_row("trade_name", line("trade_name", self.tr("Trade name"))),
        )
        address = new_form()
        address.addRow(
            self.tr("Street:"),
            self.field_row("street", line("street", self.tr("Street and number"))),
        )
        address.addRow(
            self.tr("Postal code:"),
            self.field_row("postal_code", line("postal_code", self.tr("Postal code"), short=True)),
        )
        address.addRow(self.tr("City:"), self.field_row("city", line("city", self.tr("City"))))
        address.addRow(
            self.tr("Country:"), self.field_row("country", line("country", self.tr("Country")))
        )
        contact = new_form()
        contact.addRow(
            self.tr("E-mail:"),
            self.field_row(
                "email", line("email", self.tr("E-mail address"), self.tr("name@example.com"))
            ),
        )
        contact.addRow(
            self.tr("Phone:"), self.field_row("phone", line("phone", self.tr("Phone number")))
        )
        contact.addRow(
            self.tr("Website:"),
            self.field_row("website", line("website", self.tr("Website"), "https://")),
        )
        registration = new_form()
        registration.addRow(
            self.tr("KvK number:"),
            self.field_row(
                "kvk_number",
                line("kvk_number", self.tr("KvK number"), "12345678", short=True),
            ),
        )
        registration.addRow(
            self.tr("btw-id (VAT id):"),
            self.field_row("vat_id", line("vat_id", self.tr("btw-id (VAT id)"), "NL123456789B01")),
        )
        registration.addRow(
            self.tr("IBAN:"),
            self.field_row("iban", line("iban", self.tr("IBAN"), "NL91 ABNA 0417 1643 00")),
        )
        self._edits = edits

        self.rate_edit = QLineEdit()
        self.rate_edit.setAccessibleName(self.tr("Default hourly rate in euros"))
        self.rate_edit.setPlaceholderText(
            self.tr("e.g. {amount}").format(amount=labels.money_text(8500))
        )
        self.rate_edit.setMaximumWidth(SHORT_FIELD)
        self.vat_combo = QComboBox()
        self.vat_combo.setAccessibleName(self.tr("VAT regime"))
        for regime, text in (
            (VatRegime.STANDARD, self.tr("21% VAT")),
            (VatRegime.KOR, self.tr("Small-business scheme (KOR): no VAT")),
            (VatRegime.EXEMPT, self.tr("Exempt from VAT")),
        ):
            self.vat_combo.addItem(text, regime.value)
        self.exempt_edit = QLineEdit()
        self.exempt_edit.setAccessibleName(self.tr("Line on invoices instead of VAT"))
        self.exempt_edit.setPlaceholderText(self.tr("Printed on invoices instead of VAT"))
        self.term_spin = QSpinBox()
        self.term_spin.setRange(0, 365)
        self.term_spin.setSuffix(self.tr(" days"))
        self.term_spin.setAccessibleName(self.tr("Payment term in days"))
        self.term_spin.setMaximumWidth(SHORT_FIELD)
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setAccessibleName(self.tr("Pattern of invoice numbers"))
        self.pattern_edit.setPlaceholderText("{year}-{seq:04d}")
        self.pattern_edit.setMaximumWidth(SHORT_FIELD + 40)
        self.pattern_example = mute(QLabel())
        pattern_row = QHBoxLayout()
        pattern_row.setContentsMargins(0, 0, 0, 0)
        pattern_row.addWidget(self.pattern_edit)
        pattern_row.addWidget(self.pattern_example, 1)
        pattern_box = QWidget()
        pattern_box.setLayout(pattern_row)
        pattern_box.setFocusProxy(self.pattern_edit)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Default language for documents"))
        self.language_combo.addItem(self.tr("Dutch"), Language.NL.value)
        self.language_combo.addItem(self.tr("English"), Language.EN.value)
        invoices = new_form()
        invoices.addRow(
            self.tr("Hourly rate:"), self.field_row("default_rate_cents", self.rate_edit)
        )
        invoices.addRow(self.tr("VAT:"), self.field_row("vat_regime", self.vat_combo))
        invoices.addRow(
            self.tr("Exemption text:"), self.field_row("vat_exempt_text", self.exempt_edit)
        )
        invoices.addRow(
            self.tr("Payment term:"), self.field_row("payment_term_days", self.term_spin)
        )
        invoices.addRow(
            self.tr("Invoice numbers:"), self.field_row("invoice_number_pattern", pattern_box)
        )
        invoices.addRow(
            self.tr("Documents in:"), self.field_row("default_language", self.language_combo)
        )

        self.logo_picker = ImagePicker("logo", self.tr("Logo"))
        self.signature_picker = ImagePicker("signature", self.tr("Signature"))
        images = QGridLayout()
        images.setHorizontalSpacing(16)
        images.setVerticalSpacing(4)
        for column, (caption, picker) in enumerate(
            ((self.tr("Logo"), self.logo_picker), (self.tr("Signature"), self.signature_picker))
        ):
            images.addWidget(QLabel(caption), 0, column)
            images.addWidget(picker, 1, column, Qt.AlignmentFlag.AlignTop)
        image_note = mute(
            QLabel(self.tr("PNG or JPEG, at most 2 MB each. Printed on letters and invoices."))
        )
        image_note.setWordWrap(True)
        images.addWidget(image_note, 2, 0, 1, 3)
        images.setColumnStretch(2, 1)

        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("Practice"), identity))
        left.addWidget(self._group(self.tr("Address"), address))
        left.addWidget(self._group(self.tr("Contact"), contact))
        left.addWidget(self._group(self.tr("Registration and bank"), registration))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Invoices and documents"), invoices))
        right.addWidget(self._group(self.tr("Letterhead"), images))
        right.addStretch(1)
        align_labels([identity, address, contact, registration])
        align_labels([invoices])

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setHorizontalSpacing(14)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.rate_edit.editingFinished.connect(self._on_rate_edit_editing_finished)
        edits["iban"].editingFinished.connect(self._on_iban_edit_editing_finished)
        self.vat_combo.currentIndexChanged.connect(self._on_vat_combo_current_index_changed)
        self.pattern_edit.textChanged.connect(self._on_pattern_edit_text_changed)

    @staticmethod
    def _group(title: str, form: QLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(form)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    def title(self) -> str:
        return self.tr("Practice details")

    def description(self) -> str:
        return self.tr(
            "Used on letters and invoices. Kept in the practice file, so they travel with it."
        )

    def line_edit(self, field: str) -> QLineEdit:
        """The text field of a ``PracticeDetails`` attribute (``rate_edit`` for the rate)."""
        return self.rate_edit if field == "default_rate_cents" else self._edits[field]

    # -- SettingsPage -------------------------------------------------------------------------
    def load(self) -> None:
        self._details = self._pf.practice.get()
        for field, edit in self._edits.items():
            edit.setText(getattr(self._details, field))
        self._edits["iban"].setText(format_iban(self._details.iban))
        for edit in self._edits.values():
            edit.setCursorPosition(0)
        cents = self._details.default_rate_cents
        self.rate_edit.setText(labels.money_text(cents) if cents else "")
        self.vat_combo.setCurrentIndex(self.vat_combo.findData(self._details.vat_regime.value))
        self.exempt_edit.setText(self._details.vat_exempt_text)
        self.term_spin.setValue(self._details.payment_term_days)
        self.pattern_edit.setText(self._details.invoice_number_pattern)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(self._details.default_language.value)
        )
        self.logo_picker.set_data(self._pf.practice.get_logo())
        self.signature_picker.set_data(self._pf.practice.get_signature())
        self._on_vat_combo_current_index_changed()
        self.clear_errors()

    def problems(self) -> list[tuple[str, str]]:
        details, found = self._collect()
        known = {field for field, _ in found}
        found += [
            (exc.field, exc.text())
            for exc in self._pf.practice.problems(details)
            if exc.field not in known
        ]
        order = list(PracticeDetails.__dataclass_fields__)
        return sorted(found, key=lambda item: order.index(item[0]) if item[0] in order else 99)

    def save(self) -> None:
        details, _ = self._collect()
        self._details = self._pf.practice.update(
            details,
            logo=self.logo_picker.change(),
            signature=self.signature_picker.change(),
        )
        self.logo_picker.set_data(self.logo_picker.data)
        self.signature_picker.set_data(self.signature_picker.data)

    # -- helpers ------------------------------------------------------------------------------
    def _collect(self) -> tuple[PracticeDetails, list[tuple[str, str]]]:
        found: list[tuple[str, str]] = []
        cents = 0
        if self.rate_edit.text().strip():
            try:
                cents = parse_amount(self.rate_edit.text(), "default_rate_cents")
            except ValidationError as exc:
                found.append((exc.field, exc.text()))
        details = replace(
            self._details,
            **{field: edit.text() for field, edit in self._edits.items()},
            default_rate_cents=cents,
            vat_regime=VatRegime(self.vat_combo.currentData()),
            vat_exempt_text=self.exempt_edit.text(),
            payment_term_days=self.term_spin.value(),
            default_language=Language(self.language_combo.currentData()),
            invoice_number_pattern=self.pattern_edit.text().strip(),
        )
        try:
            validate_pattern(details.invoice_number_pattern)
        except ValidationError as exc:
            found.append((exc.field, exc.text()))
        return details, found

    def _on_rate_edit_editing_finished(self) -> None:
        text = self.rate_edit.text()
        if not text.strip():
            self.clear_field_error("default_rate_cents")
            return
        try:
            cents = parse_amount(text, "default_rate_cents")
        except ValidationError as exc:
            self.show_field_error("default_rate_cents", exc.text())
        else:
            self.rate_edit.setText(labels.money_text(cents))
            self.clear_field_error("default_rate_cents")

    def _on_iban_edit_editing_finished(self) -> None:
        edit = self._edits["iban"]
        try:
            iban = validate_iban(edit.text())
        except ValidationError as exc:
            self.show_field_error("iban", exc.text())
        else:
            edit.setText(format_iban(iban))
            self.clear_field_error("iban")

    def _on_pattern_edit_text_changed(self, text: str) -> None:
        year = dt.date.today().year
        try:
            first = example(validate_pattern(text.strip()), year)
        except (ValidationError, ValueError):
            self.pattern_example.setText(self.tr("not a usable pattern"))
            return
        self.pattern_example.setText(
            self.tr("first of {year}: {number}").format(year=year, number=first)
        )

    def _on_vat_combo_current_index_changed(self) -> None:
        standard = self.vat_combo.currentData() == VatRegime.STANDARD.value
        self.exempt_edit.setEnabled(not standard)
