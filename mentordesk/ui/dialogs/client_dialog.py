"""A client's details, new or edited: person, contact, address, referral, consent, payer, tags."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import ClientStatus, Language
from mentordesk.services.clients import split_tags
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Client, ClientDraft
from mentordesk.ui import labels
from mentordesk.ui.dialogs.form_dialog import FormDialog
from mentordesk.ui.dialogs.form_fields import EnumCombo, OptionalDateEdit
from mentordesk.ui.dialogs.payer_dialog import PayerCombo, PayerDialog
from mentordesk.ui.form_parts import mute


class ClientDialog(FormDialog):
    """Emits ``client_saved(client_id)`` once the client is saved, then closes."""

    client_saved = Signal(int)

    def __init__(
        self, pf: PracticeFile, client: Client | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(pf, parent)
        self.client = client
        self.payer_dialog: PayerDialog | None = None
        if client is None:
            self.setWindowTitle(self.tr("New client"))
        else:
            self.setWindowTitle(self.tr("Client details — {name}").format(name=client.display_name))
        self._build()
        self.payer_combo.load(client.payer_id if client else None)
        if client is not None:
            self._fill(client)
        self.name_edit.setFocus()

    @classmethod
    def for_new(cls, pf: PracticeFile, parent: QWidget | None = None) -> ClientDialog:
        return cls(pf, None, parent)

    @classmethod
    def for_edit(
        cls, pf: PracticeFile, client_id: int, parent: QWidget | None = None
    ) -> ClientDialog:
        return cls(pf, pf.clients.get(client_id), parent)

    # -- the form -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMinimumWidth(260)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.preferred_edit = QLineEdit()
        self.preferred_edit.setPlaceholderText(self.tr("How they like to be called"))
        self.status_combo = EnumCombo(ClientStatus, labels.client_status)
        self.language_combo = EnumCombo(Language, self._language_text)
        self.sensitive_check = QCheckBox(self.tr("Sensiti&ve: lists show initials only"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.phone_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.postal_code_edit = QLineEdit()
        self.postal_code_edit.setMaximumWidth(110)
        self.city_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.referral_edit = QLineEdit()
        self.referral_edit.setMinimumWidth(260)
        self.referral_edit.setPlaceholderText(self.tr("For example: GP, employer, a former client"))
        self.consent_date = OptionalDateEdit(self.tr("Given on"))
        self.consent_scope_edit = QLineEdit()
        self.consent_scope_edit.setPlaceholderText(
            self.tr("For example: progress letters to the employer")
        )
        self.payer_combo = PayerCombo(self.pf)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas: career, Rotterdam"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering about this client"))
        self.notes_edit.setMinimumHeight(80)

        person = self._group(
            self.tr("Person"),
            [
                ("name", self.tr("&Name:"), self.tr("Name"), self.name_edit),
                (
                    "preferred_name",
                    self.tr("&Preferred name:"),
                    self.tr("Preferred name"),
                    self.preferred_edit,
                ),
                ("status", self.tr("S&tatus:"), self.tr("Status"), self.status_combo),
                (
                    "language",
                    self.tr("&Language for documents:"),
                    self.tr("Language for documents"),
                    self.language_combo,
                ),
                ("sensitive", "", self.tr("Sensitive client"), self.sensitive_check),
            ],
        )
        contact = self._group(
            self.tr("Contact"),
            [
                ("email", self.tr("&E-mail:"), self.tr("E-mail"), self.email_edit),
                ("phone", self.tr("P&hone:"), self.tr("Phone"), self.phone_edit),
                ("street", self.tr("St&reet:"), self.tr("Street and number"), self.street_edit),
                (
                    "postal_code",
                    self.tr("Postal co&de:"),
                    self.tr("Postal code"),
                    self.postal_code_edit,
                ),
                ("city", self.tr("C&ity:"), self.tr("City"), self.city_edit),
                ("country", self.tr("Co&untry:"), self.tr("Country"), self.country_edit),
            ],
        )
        self.consent_date.set_accessible_name(self.tr("Consent given on"))
        practice = self._group(
            self.tr("Referral, consent and payment"),
            [
                (
                    "referral_source",
                    self.tr("Re&ferred by:"),
                    self.tr("Referred by"),
                    self.referral_edit,
                ),
                (
                    "consent_date",
                    self.tr("&Consent:"),
                    self.tr("Consent given on"),
                    self.consent_date,
                ),
                (
                    "consent_scope",
                    self.tr("Consent sc&ope:"),
                    self.tr("Consent scope"),
                    self.consent_scope_edit,
                ),
                ("payer_id", self.tr("Pa&yer:"), self.tr("Payer"), self.payer_combo),
                ("tags", self.tr("T&ags:"), self.tr("Tags"), self.tags_edit),
            ],
        )
        sensitive_hint = QLabel(
            self.tr(
                "A sensitive client appears by initials in the client list, the agenda and "
                "calendar exports. Their page still shows the full name."
            )
        )
        sensitive_hint.setWordWrap(True)
        mute(sensitive_hint)
        person_layout = person.layout()
        assert isinstance(person_layout, QFormLayout)
        person_layout.addRow("", sensitive_hint)
        notes = QGroupBox(self.tr("Notes"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.errors.field_row("notes", self.notes_edit))

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(person, 0, 0)
        grid.addWidget(contact, 1, 0)
        grid.addWidget(practice, 0, 1)
        grid.addWidget(notes, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        required = QLabel(self.tr("Only the name is required."))
        mute(required)
        buttons.addWidget(required, 1)
        buttons.addWidget(self.buttons)
        layout.addLayout(buttons)
        self.finish_buttons()
        self.payer_combo.new_payer_requested.connect(self._on_payer_combo_new_payer_requested)

    def _group(self, title: str, rows: list[tuple[str, str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, caption, accessible, widget in rows:
            widget.setAccessibleName(accessible)
            form.addRow(caption, self.errors.field_row(field, widget))
        return box

    def _language_text(self, language: Language) -> str:
        return self.tr("Dutch") if language is Language.NL else self.tr("English")

    def _fill(self, client: Client) -> None:
        self.name_edit.setText(client.name)
        self.preferred_edit.setText(client.preferred_name)
        self.status_combo.set_value(client.status)
        self.language_combo.set_value(client.language)
        self.sensitive_check.setChecked(client.sensitive)
        self.email_edit.setText(client.email)
        self.phone_edit.setText(client.phone)
        self.street_edit.setText(client.street)
        self.postal_code_edit.setText(client.postal_code)
        self.city_edit.setText(client.city)
        self.country_edit.setText(client.country)
        self.referral_edit.setText(client.referral_source)
        self.consent_date.set_date(client.consent_date)
        self.consent_scope_edit.setText(client.consent_scope)
        self.tags_edit.setText(", ".join(client.tags))
        self.notes_edit.setPlainText(client.notes)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # the start of a long text, not its end

    # -- saving -------------------------------------------------------------------------------
    def draft(self) -> ClientDraft:
        return ClientDraft(
            name=self.name_edit.text(),
            preferred_name=self.preferred_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            street=self.street_edit.text(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text(),
            language=Language(self.language_combo.value()),
            referral_source=self.referral_edit.text(),
            status=ClientStatus(self.status_combo.value()),
            consent_date=self.consent_date.date(),
            consent_scope=self.consent_scope_edit.text(),
            sensitive=self.sensitive_check.isChecked(),
            tags=split_tags(self.tags_edit.text()),
            notes=self.notes_edit.toPlainText(),
            payer_id=self.payer_combo.payer_id(),
        )

    def save(self) -> None:
        if self.client is None:
            saved = self.pf.clients.create(self.draft())
        else:
            saved = self.pf.clients.update(self.client.id, self.draft())
        self.client = saved
        self.client_saved.emit(saved.id)

    # -- a new payer on the way ------------------------------------------------------------------
    def _on_payer_combo_new_payer_requested(self) -> None:
        self.payer_dialog = PayerDialog.for_new(self.pf, self)
        self.payer_dialog.payer_saved.connect(self._on_payer_dialog_payer_saved)
        self.payer_dialog.open()

    def _on_payer_dialog_payer_saved(self, payer_id: int) -> None:
        self.payer_combo.load(payer_id)
        self.payer_combo.setFocus()
