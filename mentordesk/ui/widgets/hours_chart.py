"""A small bar chart of paid and pro bono hours per month, drawn by ``bar_chart.py``.

Two bars per month (paid work, and unpaid work: pro bono plus free intakes), a few hour lines,
a legend, and a tooltip per month.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from mentordesk.ui import labels
from mentordesk.ui.widgets.bar_chart import MONTHS, BarSeries, MonthBarChart

PAID_COLOUR = QColor("#3f6fa8")
PRO_BONO_COLOUR = QColor("#4f9a78")


class HoursChart(MonthBarChart):
    """``set_months([(paid_minutes, pro_bono_minutes), ...])`` for January to December."""

    unit = 60  # minutes per hour on the axis

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, current_month=0)
        self._months: list[tuple[int, int]] = [(0, 0)] * MONTHS
        self.setMinimumHeight(170)
        self.setAccessibleName(self.tr("Paid and pro bono hours per month"))

    def set_months(self, months: Sequence[tuple[int, int]], current_month: int = 12) -> None:
        values = [(max(0, int(p)), max(0, int(u))) for p, u in months][:MONTHS]
        self._months = values + [(0, 0)] * (MONTHS - len(values))
        self._set_current_month(current_month)
        paid = sum(p for p, _ in self._months)
        unpaid = sum(u for _, u in self._months)
        self.setAccessibleDescription(
            self.tr("Paid: {paid}. Pro bono and free intakes: {unpaid}.").format(
                paid=labels.hours_text(paid), unpaid=labels.hours_text(unpaid)
            )
        )
        self.update()

    def months(self) -> list[tuple[int, int]]:
        return list(self._months)

    def series(self) -> list[BarSeries]:
        return [
            BarSeries(self.tr("Paid"), PAID_COLOUR, [p for p, _ in self._months]),
            BarSeries(
                self.tr("Pro bono and free intakes"), PRO_BONO_COLOUR, [u for _, u in self._months]
            ),
        ]

    def tooltip_text(self, month: int) -> str:
        paid, unpaid = self._months[month - 1]
        name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        return self.tr("{month}: paid {paid}, pro bono {unpaid}").format(
            month=name, paid=labels.hours_text(paid), unpaid=labels.hours_text(unpaid)
        )
