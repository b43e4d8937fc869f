"""The reports page: a year at a glance for the mentor, the accountant and the credential body.

Key figures (invoiced, VAT, received, still to receive, paid and pro bono hours, the value of
pro bono work at the standard rate), revenue and hours per month as charts, VAT per quarter for
the VAT return, and the hours log with each client's "may be listed" consent. The year overview
(PDF and CSV), the practice's pro bono statement of the year and the hours log (CSV) are saved
or printed from here; every file is logged. Figures come from ``ReportService.year_overview``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from mentordesk.domain.enums import Language
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService, file_name
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.reports import HoursLog, ReportService, YearOverview
from mentordesk.ui import labels, messages
from mentordesk.ui.money.money_output import MoneyOutput
from mentordesk.ui.money.reports_layout import ReportsLayout
from mentordesk.ui.reveal import RevealState


class ReportsPage(ReportsLayout):
    """``document_saved(log_id)`` / ``document_printed(log_id)``: a report left the app;
    ``listed_changed(client_id, listed)``: a client's "may be listed" consent was recorded."""

    document_saved = Signal(int)
    document_printed = Signal(int)
    listed_changed = Signal(int, bool)

    def __init__(
        self, pf: PracticeFile, reveal: RevealState, parent: QWidget | None = None
    ) -> None:
        super().__init__(pf, parent)
        self.pf = pf
        self._reveal = reveal  # nothing here is masked: names and figures only
        self._reports = ReportService(pf)
        self._documents = MoneyDocumentService(pf)
        self.output = MoneyOutput(pf, self)
        self.overview: YearOverview | None = None
        self.today = dt.date.today()
        self._loaded = False
        self.year_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.all_years_check.toggled.connect(self._on_all_years_check_toggled)
        self.hours_log.listed_changed.connect(self.listed_changed)
        self.overview_save_action.triggered.connect(self._on_overview_save_action_triggered)
        self.overview_print_action.triggered.connect(self._on_overview_print_action_triggered)
        self.overview_csv_button.clicked.connect(self._on_overview_csv_button_clicked)
        self.pro_bono_save_action.triggered.connect(self._on_pro_bono_save_action_triggered)
        self.pro_bono_print_action.triggered.connect(self._on_pro_bono_print_action_triggered)
        self.hours_csv_button.clicked.connect(self._on_hours_csv_button_clicked)
        self.output.saved.connect(self._on_output_saved)
        self.output.printed.connect(self._on_output_printed)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self._on_refresh_triggered)
        self.addAction(refresh)

    # -- slots without the "checked" argument ------------------------------------------------
    def _on_refresh_triggered(self) -> None:
        self.refresh()

    def _on_overview_save_action_triggered(self) -> None:
        self.save_overview_pdf()

    def _on_overview_print_action_triggered(self) -> None:
        self.print_overview()

    def _on_overview_csv_button_clicked(self) -> None:
        self.save_overview_csv()

    def _on_pro_bono_save_action_triggered(self) -> None:
        self.save_pro_bono()

    def _on_pro_bono_print_action_triggered(self) -> None:
        self.print_pro_bono()

    def _on_hours_csv_button_clicked(self) -> None:
        self.save_hours_csv()

    # -- what is chosen -----------------------------------------------------------------------
    def year(self) -> int:
        return int(self.year_combo.currentData() or self.today.year)

    def set_year(self, year: int) -> None:
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def hours_year(self) -> int | None:
        return None if self.all_years_check.isChecked() else self.year()

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        try:
            years = InvoiceService(self.pf).years(self.today)
            if not self._loaded:
                language = self.pf.practice.get().default_language
                self.language_combo.setCurrentIndex(self.language_combo.findData(language.value))
        except Exception as exc:
            messages.show_error(self, exc)
            return
        current = self.year_combo.currentData() or self.today.year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(current)))
        self.year_combo.blockSignals(False)
        self._loaded = True
        self._load()

    def clear(self) -> None:
        """Forget every figure and name (on lock); ``refresh()`` reads them again."""
        self.output.cancel()
        self.overview = None
        self.revenue_chart.set_months([])
        self.hours_chart.set_months([])
        self.hours_log.clear_log()
        for label in self.figure_values.values():
            label.clear()
        self.vat_table.clearContents()
        self._loaded = False

    def _load(self) -> None:
        try:
            overview = self._reports.year_overview(self.year(), today=self.today)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.show_overview(overview)
        self.hours_log.load(self.hours_year(), self.language())

    def show_overview(self, overview: YearOverview) -> None:
        self.overview = overview
        months = overview.months
        current = self.today.month if overview.year == self.today.year else 12
        self.revenue_chart.set_months(
            [m.revenue_cents for m in months], [m.received_cents for m in months], current
        )
        self.hours_chart.set_months(
            [(m.paid_minutes, m.pro_bono_minutes) for m in months], current_month=current
        )
        total = overview.total
        values = {
            "revenue": labels.money_text(total("revenue_cents")),
            "vat": labels.money_text(total("vat_cents")),
            "received": labels.money_text(total("received_cents")),
            "outstanding": labels.money_text(overview.outstanding_cents),
            "paid_hours": labels.hours_text(total("paid_minutes")),
            "pro_bono_hours": labels.hours_text(total("pro_bono_minutes")),
            "pro_bono_value": labels.money_text(total("pro_bono_value_cents")),
        }
        for name, text in values.items():
            self.figure_values[name].setText(text)
        self.hours_label.setText(
            self.tr(
                "Paid: {paid} in {paid_sessions} sessions · pro bono and free intakes: "
                "{unpaid} in {unpaid_sessions} sessions"
            ).format(
                paid=labels.hours_text(total("paid_minutes")),
                paid_sessions=total("paid_sessions"),
                unpaid=labels.hours_text(total("pro_bono_minutes")),
                unpaid_sessions=total("pro_bono_sessions"),
            )
        )
        self._fill_vat(overview)

    def _fill_vat(self, overview: YearOverview) -> None:
        rows = [
            (
                self.tr("Q{quarter}").format(quarter=q.quarter),
                q.high_net_cents + q.low_net_cents + q.other_net_cents,
                q.vat_cents,
                q.reverse_charge_net_cents,
                q.untaxed_net_cents,
            )
            for q in overview.quarters
        ]
        rows.append(
            (
                str(overview.year),
                sum(r[1] for r in rows),
                sum(r[2] for r in rows),
                sum(r[3] for r in rows),
                sum(r[4] for r in rows),
            )
        )
        bold = QFont(self.vat_table.font())
        bold.setBold(True)
        for index, (caption, *amounts) in enumerate(rows):
            items = [QTableWidgetItem(caption)]
            items += [QTableWidgetItem(labels.money_text(a)) for a in amounts]
            for column, item in enumerate(items):
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if index == len(rows) - 1:
                    item.setFont(bold)
                self.vat_table.setItem(index, column, item)
        self.vat_note.setText(
            self.tr(
                "By invoice date, credit notes subtracted. Taxed turnover and VAT go in 1a/1b "
                "of the VAT return, reverse-charged services to EU businesses in 3b."
            )
        )

    def vat_cell(self, row: int, column: int) -> str:
        item = self.vat_table.item(row, column)
        return item.text() if item is not None else ""

    def _on_choice_changed(self) -> None:
        if self._loaded:
            self._load()

    def _on_language_combo_changed(self) -> None:
        if self._loaded:
            self.hours_log.load(self.hours_year(), self.language())

    def _on_all_years_check_toggled(self) -> None:
        if self._loaded:
            self.hours_log.load(self.hours_year(), self.language())

    # -- documents ----------------------------------------------------------------------------
    def save_overview_pdf(self, path: Path | str | None = None) -> None:
        year, language = self.year(), self.language()
        self.output.save_pdf(
            lambda: self._documents.prepare_year_overview(year, language=language),
            path,
            title=self.tr("Save the year overview"),
        )

    def print_overview(self, printer: QPrinter | None = None) -> None:
        year, language = self.year(), self.language()
        self.output.print_pdf(
            lambda: self._documents.prepare_year_overview(year, language=language), printer
        )

    def save_pro_bono(self, path: Path | str | None = None) -> None:
        year, language = self.year(), self.language()
        self.output.save_pdf(
            lambda: self._documents.prepare_pro_bono(year=year, language=language),
            path,
            title=self.tr("Save the pro bono statement"),
        )

    def print_pro_bono(self, printer: QPrinter | None = None) -> None:
        year, language = self.year(), self.language()
        self.output.print_pdf(
            lambda: self._documents.prepare_pro_bono(year=year, language=language), printer
        )

    def save_overview_csv(self, path: Path | str | None = None) -> None:
        year, language = self.year(), self.language()

        def write(target: Path) -> object:
            overview = self._reports.year_overview(year, today=self.today)
            return self._documents.save_overview_csv(overview, target, language)

        name = file_name(self.tr("Year overview {year}").format(year=year)) + ".csv"
        self.output.save_text(
            write,  # type: ignore[arg-type]
            name,
            path,
            title=self.tr("Save the year overview as CSV"),
        )

    def save_hours_csv(self, path: Path | str | None = None) -> None:
        year, language = self.hours_year(), self.language()

        def write(target: Path) -> object:
            log: HoursLog = self._reports.hours_log(year, language)
            return self._documents.save_hours_csv(log, target)

        period = str(year) if year is not None else self.tr("all years")
        name = file_name(self.tr("Hours log {period}").format(period=period)) + ".csv"
        self.output.save_text(
            write,  # type: ignore[arg-type]
            name,
            path,
            title=self.tr("Save the hours log as CSV"),
        )

    def _on_output_saved(self, log_id: int, name: str) -> None:
        self.status_label.setText(
            self.tr("Saved as {name} and noted in the document log.").format(name=name)
        )
        self.document_saved.emit(log_id)

    def _on_output_printed(self, log_id: int) -> None:
        self.status_label.setText(self.tr("Printed and noted in the document log."))
        self.document_printed.emit(log_id)
