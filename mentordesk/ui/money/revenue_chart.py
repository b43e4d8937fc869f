"""Revenue per month (invoiced, excluding VAT, credit notes subtracted) as bars, drawn by
``widgets/bar_chart.py``: a few euro lines, month names, a tooltip per month. A month with
more credited than invoiced shows its bar below the zero line; a thin bar beside it shows what
was received that month."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from mentordesk.ui import labels
from mentordesk.ui.widgets.bar_chart import BarSeries, MonthBarChart, twelve

REVENUE_COLOUR = QColor("#3f6fa8")
RECEIVED_COLOUR = QColor("#c98a2b")


class RevenueChart(MonthBarChart):
    """``set_months(revenue_cents, received_cents)`` for January to December."""

    unit = 100  # cents per euro on the axis
    least_top = 100
    bar_limits = (3.0, 22.0, 0.42)
    hint = QSize(480, 230)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._revenue = twelve([])
        self._received = twelve([])
        self.setMinimumHeight(190)
        self.setAccessibleName(self.tr("Revenue per month"))

    def set_months(
        self,
        revenue: Sequence[int],
        received: Sequence[int] = (),
        current_month: int = 12,
    ) -> None:
        self._revenue = twelve(revenue)
        self._received = twelve(received)
        self._set_current_month(current_month)
        self.setAccessibleDescription(
            self.tr("Invoiced excl. VAT: {revenue}. Received: {received}.").format(
                revenue=labels.money_text(sum(self._revenue)),
                received=labels.money_text(sum(self._received)),
            )
        )
        self.update()

    def values(self) -> list[int]:
        """Revenue per month in cents, January first."""
        return list(self._revenue)

    def received(self) -> list[int]:
        return list(self._received)

    def series(self) -> list[BarSeries]:
        return [
            BarSeries(self.tr("Invoiced excl. VAT"), REVENUE_COLOUR, self._revenue),
            BarSeries(self.tr("Received"), RECEIVED_COLOUR, self._received, width=1 / 3),
        ]

    def axis_text(self, value: int) -> str:
        """Whole euros: ``€ 1.000``."""
        return labels.money_text(value * 100).split(QLocale().decimalPoint())[0]

    def tooltip_text(self, month: int) -> str:
        name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        return self.tr("{month}: invoiced {revenue} excl. VAT, received {received}").format(
            month=name,
            revenue=labels.money_text(self._revenue[month - 1]),
            received=labels.money_text(self._received[month - 1]),
        )
