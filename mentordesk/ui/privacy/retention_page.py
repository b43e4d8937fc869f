"""The retention page: the two periods, and what has been kept longer than them.

On top the periods (notes: months after an engagement ends; invoices: years after the end of
their year, never under 7) with Save. Below, two lists with a check box per line: engagements
whose notes passed their period ("Erase notes of selected…") and issued invoices past the
fiscal period ("Delete selected invoices…"). Both ask first through ``ask_confirm`` (tests
replace it) and announce ``data_erased()`` afterwards. A sensitive client shows initials.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.retention import (
    EngagementDue,
    InvoiceDue,
    RetentionDue,
    RetentionService,
)
from mentordesk.ui import labels, messages
from mentordesk.ui.privacy.retention_layout import (
    ID_ROLE,
    RetentionLayout,
    check_all,
    checked_ids,
    fit_columns,
)
from mentordesk.ui.reveal import RevealState


class RetentionPage(RetentionLayout):
    """``data_erased()``: notes were erased or invoices deleted here (other views reload)."""

    data_erased = Signal()

    def __init__(
        self, pf: PracticeFile, reveal: RevealState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pf = pf
        self._reveal = reveal  # nothing here is masked: no note text is shown
        self._service = RetentionService(pf)
        self.today = dt.date.today()
        self.due: RetentionDue | None = None

        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.notes_spin.valueChanged.connect(self._on_spin_value_changed)
        self.invoices_spin.valueChanged.connect(self._on_spin_value_changed)
        self.engagements_list.itemChanged.connect(self._on_list_item_changed)
        self.invoices_list.itemChanged.connect(self._on_list_item_changed)
        self.engagements_all_button.clicked.connect(self._on_engagements_all_button_clicked)
        self.invoices_all_button.clicked.connect(self._on_invoices_all_button_clicked)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self._on_refresh_triggered)
        self.addAction(refresh)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, today: dt.date | None = None) -> None:
        """Read the periods and what has passed them again."""
        self.today = today or dt.date.today()
        try:
            due = self._service.due(self.today)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.due = due
        for spin, value in (
            (self.notes_spin, due.periods.note_months),
            (self.invoices_spin, due.periods.invoice_years),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._fill_engagements(due.engagements)
        self._fill_invoices(due.invoices)
        self.engagements_heading.setText(
            self.tr("Engagements past the note period ({count})").format(count=len(due.engagements))
        )
        self.invoices_heading.setText(
            self.tr("Invoices past the fiscal period ({count})").format(count=len(due.invoices))
        )
        self._update_buttons()

    def clear(self) -> None:
        """Forget every name shown (on lock); ``refresh()`` reads them again."""
        self.due = None
        self.engagements_list.clear()
        self.invoices_list.clear()
        self.status_label.clear()
        self._update_buttons()

    def _fill_engagements(self, rows: tuple[EngagementDue, ...]) -> None:
        tree = self.engagements_list
        tree.blockSignals(True)
        tree.clear()
        for row in rows:
            what = labels.engagement_kind(row.kind)
            if row.title.strip():
                what = f"{what}: {row.title.strip()}"
            notes = self.notes_text(row.sessions_with_notes, row.goal_count)
            item = QTreeWidgetItem([row.client_name, what, labels.date_text(row.ended), notes])
            item.setToolTip(0, row.client_name)
            item.setToolTip(1, what)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, ID_ROLE, row.engagement_id)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        fit_columns(tree, capped=(0,))
        tree.setVisible(bool(rows))
        self.engagements_empty.setVisible(not rows)
        self.share_room()

    def notes_text(self, sessions: int, goals: int) -> str:
        """``1 session with notes, 0 goals``: what erasing would take away."""
        with_notes = (
            self.tr("1 session with notes")
            if sessions == 1
            else self.tr("{count} sessions with notes").format(count=sessions)
        )
        goal_text = (
            self.tr("1 goal") if goals == 1 else self.tr("{count} goals").format(count=goals)
        )
        return self.tr("{sessions}, {goals}").format(sessions=with_notes, goals=goal_text)

    def _fill_invoices(self, rows: tuple[InvoiceDue, ...]) -> None:
        tree = self.invoices_list
        tree.blockSignals(True)
        tree.clear()
        for row in rows:
            number = row.number
            if row.credit_notes:
                number = self.tr("{number} (with {credit_notes})").format(
                    number=row.number, credit_notes=", ".join(row.credit_notes)
                )
            item = QTreeWidgetItem(
                [
                    number,
                    row.client_name,
                    labels.date_text(row.issue_date),
                    labels.money_text(row.total_cents),
                ]
            )
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, number)
            item.setToolTip(1, row.client_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, ID_ROLE, row.invoice_id)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        fit_columns(tree, capped=(0,))
        tree.setVisible(bool(rows))
        self.invoices_empty.setVisible(not rows)
        self.share_room()

    def _on_refresh_triggered(self) -> None:
        self.refresh()

    # -- selection ----------------------------------------------------------------------------
    def checked_engagements(self) -> list[int]:
        return checked_ids(self.engagements_list)

    def checked_invoices(self) -> list[int]:
        return checked_ids(self.invoices_list)

    def _on_list_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._update_buttons()

    def _on_engagements_all_button_clicked(self) -> None:
        check_all(self.engagements_list)

    def _on_invoices_all_button_clicked(self) -> None:
        check_all(self.invoices_list)

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(bool(self.checked_engagements()))
        self.delete_button.setEnabled(bool(self.checked_invoices()))
        self.engagements_all_button.setEnabled(self.engagements_list.topLevelItemCount() > 0)
        self.invoices_all_button.setEnabled(self.invoices_list.topLevelItemCount() > 0)

    # -- the periods --------------------------------------------------------------------------
    def _on_spin_value_changed(self) -> None:
        self.periods_error.clear_message()

    def _on_save_button_clicked(self) -> None:
        self.save_periods()

    def save_periods(self) -> bool:
        try:
            self._service.set_periods(self.notes_spin.value(), self.invoices_spin.value())
        except ValidationError as exc:
            self.periods_error.show_message(exc.text())
            spin = self.notes_spin if exc.field == "note_months" else self.invoices_spin
            spin.setFocus()
            return False
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        self.refresh(self.today)
        self.status_label.setText(self.tr("The retention periods were saved."))
        return True

    # -- letting go ---------------------------------------------------------------------------
    def ask_confirm(self, text: str) -> bool:
        """Ask before erasing or deleting (tests replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Retention periods"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_erase_button_clicked(self) -> None:
        self.erase_selected()

    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    def erase_selected(self) -> int:
        """Erase the notes of the ticked engagements (after asking); returns how many."""
        ids = self.checked_engagements()
        if not ids:
            return 0
        if len(ids) == 1:
            question = self.tr(
                "Erase the notes of 1 engagement? Session texts, goals, scores and actions are "
                "erased for good; dates, hours and invoices stay. This cannot be undone."
            )
        else:
            question = self.tr(
                "Erase the notes of {count} engagements? Session texts, goals, scores and "
                "actions are erased for good; dates, hours and invoices stay. This cannot be "
                "undone."
            ).format(count=len(ids))
        if not self.ask_confirm(question):
            return 0
        try:
            count = self._service.erase_engagements(ids, today=self.today)
        except Exception as exc:
            messages.show_error(self, exc)
            self.refresh(self.today)
            return 0
        self.refresh(self.today)
        self.status_label.setText(
            self.tr("The notes of 1 engagement were erased.")
            if count == 1
            else self.tr("The notes of {count} engagements were erased.").format(count=count)
        )
        self.data_erased.emit()
        return count

    def delete_selected(self) -> list[str]:
        """Delete the ticked invoices (after asking); returns the numbers deleted."""
        ids = self.checked_invoices()
        if not ids or self.due is None:
            return []
        chosen = [i for i in self.due.invoices if i.invoice_id in set(ids)]
        numbers = [n for i in chosen for n in (i.number, *i.credit_notes)]
        if len(numbers) == 1:
            question = self.tr(
                "Delete invoice {number} with its payments? It has passed the fiscal retention "
                "period. This cannot be undone."
            ).format(number=numbers[0])
        else:
            question = self.tr(
                "Delete {count} invoices and credit notes ({numbers}) with their payments? "
                "They have passed the fiscal retention period. This cannot be undone."
            ).format(count=len(numbers), numbers=", ".join(numbers))
        if not self.ask_confirm(question):
            return []
        try:
            deleted = self._service.delete_invoices(ids, today=self.today)
        except Exception as exc:
            messages.show_error(self, exc)
            self.refresh(self.today)
            return []
        self.refresh(self.today)
        self.status_label.setText(
            self.tr("1 invoice was deleted.")
            if len(deleted) == 1
            else self.tr("{count} invoices and credit notes were deleted.").format(
                count=len(deleted)
            )
        )
        self.data_erased.emit()
        return deleted
