"""An engagement (traject), new or edited: kind, funding and price, planned sessions, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import EngagementKind, EngagementStatus, Funding
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import Engagement, EngagementDraft
from mentordesk.ui import labels
from mentordesk.ui.dialogs.form_dialog import FormDialog
from mentordesk.ui.dialogs.form_fields import (
    CountSpin,
    EnumCombo,
    MoneyEdit,
    OptionalDateEdit,
    date_format,
    from_qdate,
    to_qdate,
)
from mentordesk.ui.dialogs.payer_dialog import PayerCombo, PayerDialog
from mentordesk.ui.form_parts import mute


class EngagementDialog(FormDialog):
    """Emits ``engagement_saved(engagement_id)`` once saved, then closes."""

    engagement_saved = Signal(int)

    def __init__(
        self,
        pf: PracticeFile,
        client_id: int,
        engagement: Engagement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(pf, parent)
        self.client_id = client_id
        self.engagement = engagement
        self.payer_dialog: PayerDialog | None = None
        client = pf.clients.get(client_id)
        self._client_payer = client.payer_id
        if engagement is None:
            title = self.tr("New engagement — {name}")
        else:
            title = self.tr("Edit engagement — {name}")
        self.setWindowTitle(title.format(name=client.display_name))
        self._build()
        if engagement is None:
            self._fill_new()
        else:
            self._fill(engagement)
        self._on_funding_combo_changed()
        self.kind_combo.setFocus()

    @classmethod
    def for_new(
        cls, pf: PracticeFile, client_id: int, parent: QWidget | None = None
    ) -> EngagementDialog:
        return cls(pf, client_id, None, parent)

    @classmethod
    def for_edit(
        cls, pf: PracticeFile, engagement_id: int, parent: QWidget | None = None
    ) -> EngagementDialog:
        engagement = pf.engagements.get(engagement_id)
        return cls(pf, engagement.client_id, engagement, parent)

    # -- the form -----------------------------------------------------------------------------
    def _build(self) -> None:
        amount_problem = self.tr("“{text}” is not an amount. Type it like 85,00 or 1.250.")
        self.kind_combo = EnumCombo(EngagementKind, labels.engagement_kind)
        self.title_edit = QLineEdit()
        self.title_edit.setMinimumWidth(240)
        self.title_edit.setPlaceholderText(self.tr("Optional, for example: Next career step"))
        self.status_combo = EnumCombo(EngagementStatus, labels.engagement_status)
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_format())
        self.end_date = OptionalDateEdit(self.tr("Ends on"))
        self.end_date.set_accessible_name(self.tr("End date"))
        self.agreement_date = OptionalDateEdit(self.tr("Signed on"))
        self.agreement_date.set_accessible_name(self.tr("Agreement date"))
        self.funding_combo = EnumCombo(Funding, labels.funding)
        self.funding_combo.setMinimumWidth(240)
        self.funding_hint = QLabel()
        self.funding_hint.setWordWrap(True)
        mute(self.funding_hint)
        self.payer_combo = PayerCombo(self.pf)
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Purchase order or cost centre"))
        self.rate_edit = MoneyEdit("rate_cents", amount_problem)
        self.package_edit = MoneyEdit("package_price_cents", amount_problem)
        self.planned_spin = CountSpin(self.tr("not set"), 500)
        self.cadence_spin = CountSpin(self.tr("not set"), 52)
        self.cadence_spin.setPrefix(self.tr("every "))
        self.cadence_spin.setSuffix(self.tr(" weeks"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.notes_edit.setPlaceholderText(self.tr("What was agreed, with whom"))

        work = self._group(
            self.tr("Engagement"),
            [
                ("kind", self.tr("&Kind:"), self.tr("Kind of engagement"), self.kind_combo),
                ("title", self.tr("&Title:"), self.tr("Title"), self.title_edit),
                ("status", self.tr("St&atus:"), self.tr("Engagement status"), self.status_combo),
                ("start_date", self.tr("Start &date:"), self.tr("Start date"), self.start_edit),
                ("end_date", self.tr("&End:"), self.tr("End date"), self.end_date),
                (
                    "agreement_date",
                    self.tr("A&greement:"),
                    self.tr("Agreement date"),
                    self.agreement_date,
                ),
            ],
        )
        money = self._group(
            self.tr("Funding and price"),
            [
                ("funding", self.tr("&Funding:"), self.tr("Funding"), self.funding_combo),
                ("", "", "", self.funding_hint),
                ("payer_id", self.tr("Pa&yer:"), self.tr("Payer"), self.payer_combo),
                (
                    "payer_reference",
                    self.tr("Payer &reference:"),
                    self.tr("Payer reference"),
                    self.reference_edit,
                ),
                (
                    "rate_cents",
                    self.tr("&Hourly rate (€):"),
                    self.tr("Hourly rate in euros"),
                    self.rate_edit,
                ),
                (
                    "package_price_cents",
                    self.tr("&Package price (€):"),
                    self.tr("Package price in euros"),
                    self.package_edit,
                ),
                (
                    "planned_sessions",
                    self.tr("P&lanned sessions:"),
                    self.tr("Planned number of sessions"),
                    self.planned_spin,
                ),
                (
                    "cadence_weeks",
                    self.tr("&Cadence:"),
                    self.tr("Weeks between sessions"),
                    self.cadence_spin,
                ),
            ],
        )
        notes = QGroupBox(self.tr("Notes"))
        self.notes_edit.setAccessibleName(self.tr("Engagement notes"))
        QVBoxLayout(notes).addWidget(self.errors.field_row("notes", self.notes_edit))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(work, 0, 0)
        grid.addWidget(money, 0, 1, 2, 1)
        grid.addWidget(notes, 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.finish_buttons()
        self.funding_combo.currentIndexChanged.connect(self._on_funding_combo_changed)
        self.payer_combo.new_payer_requested.connect(self._on_payer_combo_new_payer_requested)

    def _group(self, title: str, rows: list[tuple[str, str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, caption, accessible, widget in rows:
            if not field:
                form.addRow(caption, widget)
                continue
            widget.setAccessibleName(accessible)
            form.addRow(caption, self.errors.field_row(field, widget))
        return box

    def _fill_new(self) -> None:
        self.payer_combo.load(None)
        self.start_edit.setDate(to_qdate(dt.date.today()))
        self.status_combo.set_value(EngagementStatus.ACTIVE)
        default_rate = self.pf.practice.get().default_rate_cents
        self.rate_edit.set_cents(default_rate or None)

    def _fill(self, engagement: Engagement) -> None:
        self.kind_combo.set_value(engagement.kind)
        self.title_edit.setText(engagement.title)
        self.status_combo.set_value(engagement.status)
        self.start_edit.setDate(to_qdate(engagement.start_date))
        self.end_date.set_date(engagement.end_date)
        self.agreement_date.set_date(engagement.agreement_date)
        self.funding_combo.set_value(engagement.funding)
        self.payer_combo.load(engagement.payer_id)
        self.reference_edit.setText(engagement.payer_reference)
        self.rate_edit.set_cents(engagement.rate_cents)
        self.package_edit.set_cents(engagement.package_price_cents)
        self.planned_spin.set_count(engagement.planned_sessions)
        self.cadence_spin.set_count(engagement.cadence_weeks)
        self.notes_edit.setPlainText(engagement.notes)

    def _funding(self) -> Funding:
        return Funding(self.funding_combo.value())

    def _on_funding_combo_changed(self) -> None:
        funding = self._funding()
        paid_by_payer = funding is Funding.PAYER_PAID
        self.payer_combo.setEnabled(paid_by_payer)
        self.reference_edit.setEnabled(paid_by_payer)
        if paid_by_payer and self.payer_combo.payer_id() is None:
            self.payer_combo.set_payer_id(self._client_payer)
        if funding.billable:
            self.funding_hint.setText(self.tr("Sessions of this engagement can be invoiced."))
        else:
            self.funding_hint.setText(
                self.tr(
                    "Never invoiced: these sessions count in hours, and in value at the "
                    "hourly rate."
                )
            )

    # -- saving -------------------------------------------------------------------------------
    def draft(self) -> EngagementDraft:
        paid_by_payer = self._funding() is Funding.PAYER_PAID
        return EngagementDraft(
            client_id=self.client_id,
            kind=EngagementKind(self.kind_combo.value()),
            funding=self._funding(),
            start_date=from_qdate(self.start_edit.date()),
            title=self.title_edit.text(),
            payer_id=self.payer_combo.payer_id() if paid_by_payer else None,
            rate_cents=self.rate_edit.cents(),
            package_price_cents=self.package_edit.cents(),
            planned_sessions=self.planned_spin.count(),
            cadence_weeks=self.cadence_spin.count(),
            end_date=self.end_date.date(),
            status=EngagementStatus(self.status_combo.value()),
            agreement_date=self.agreement_date.date(),
            payer_reference=self.reference_edit.text() if paid_by_payer else "",
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        if self.engagement is None:
            saved = self.pf.engagements.create(self.draft())
        else:
            saved = self.pf.engagements.update(self.engagement.id, self.draft())
        self.engagement = saved
        self.engagement_saved.emit(saved.id)

    def _on_payer_combo_new_payer_requested(self) -> None:
        self.payer_dialog = PayerDialog.for_new(self.pf, self)
        self.payer_dialog.payer_saved.connect(self._on_payer_dialog_payer_saved)
        self.payer_dialog.open()

    def _on_payer_dialog_payer_saved(self, payer_id: int) -> None:
        self.payer_combo.load(payer_id)
        self.payer_combo.setFocus()
