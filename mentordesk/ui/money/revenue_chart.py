"""Revenue per month (invoiced, excluding VAT, credit notes subtracted) as bars, drawn with
QPainter like ``widgets/hours_chart.py``: a few euro lines, month names, a tooltip per month.
A month with more credited than invoiced shows its bar below the zero line."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentordesk.ui import labels

REVENUE_COLOUR = QColor("#3f6fa8")
RECEIVED_COLOUR = QColor("#c98a2b")
MONTHS = 12


def nice_step(top: float) -> int:
    """A round number between grid lines, giving about four lines."""
    raw = max(top / 4, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


class RevenueChart(QWidget):
    """``set_months(revenue_cents, received_cents)`` for January to December."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._revenue: list[int] = [0] * MONTHS
        self._received: list[int] = [0] * MONTHS
        self._current_month = 12
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(190)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Revenue per month"))

    # -- data -------------------------------------------------------------------------------
    def set_months(
        self,
        revenue: Sequence[int],
        received: Sequence[int] = (),
        current_month: int = 12,
    ) -> None:
        def twelve(values: Sequence[int]) -> list[int]:
            found = [int(v) for v in values][:MONTHS]
            return found + [0] * (MONTHS - len(found))

        self._revenue = twelve(revenue)
        self._received = twelve(received)
        self._current_month = max(0, min(MONTHS, current_month))
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

    def sizeHint(self) -> QSize:
        return QSize(480, 230)

    # -- geometry ---------------------------------------------------------------------------
    def _scale(self) -> tuple[int, int, int]:
        """(step, lines above zero, lines below zero) in whole euros."""
        top = max([*self._revenue, *self._received, 0]) / 100
        bottom = -min([*self._revenue, 0]) / 100
        step = nice_step(max(top, bottom, 100))
        return step, max(1, math.ceil(top / step)), math.ceil(bottom / step)

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        step, up, _down = self._scale()
        widest = labels.money_text(step * up * 100).split(QLocale().decimalPoint())[0]
        left = metrics.horizontalAdvance(widest) + 12
        top = metrics.height() * 2 + 6
        bottom = metrics.height() + 8
        return QRectF(
            left, top, max(10, self.width() - left - 8), max(10, self.height() - top - bottom)
        )

    def month_at(self, point: QPoint) -> int | None:
        plot = self._plot_rect()
        if not (plot.left() <= point.x() < plot.right()):
            return None
        return int((point.x() - plot.left()) // (plot.width() / MONTHS)) + 1

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        soft = QColor(text)
        soft.setAlpha(150)
        grid = QColor(text)
        grid.setAlpha(35)
        metrics = self.fontMetrics()
        plot = self._plot_rect()
        self._paint_legend(painter, text, metrics.height())

        step, up, down = self._scale()
        span = (up + down) * step
        zero = plot.top() + plot.height() * up / (up + down)
        for n in range(-down, up + 1):
            y = zero - plot.height() * n * step / span
            painter.setPen(grid)
            painter.drawLine(int(plot.left()), round(y), int(plot.right()), round(y))
            painter.setPen(soft)
            euros = labels.money_text(n * step * 100).split(QLocale().decimalPoint())[0]
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                euros,
            )
        slot = plot.width() / MONTHS
        bar = max(3.0, min(22.0, slot * 0.42))
        for index in range(MONTHS):
            centre = plot.left() + slot * (index + 0.5)
            painter.setPen(Qt.PenStyle.NoPen)
            for offset, width, cents, colour in (
                (-bar / 2, bar, self._revenue[index], REVENUE_COLOUR),
                (bar / 2 + 1, max(2.0, bar / 3), self._received[index], RECEIVED_COLOUR),
            ):
                if cents == 0:
                    continue
                height = plot.height() * (abs(cents) / 100) / span
                y = zero - height if cents > 0 else zero
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(centre + offset, y, width, height), 2, 2)
            painter.setPen(soft if index < self._current_month else grid)
            painter.drawText(
                QRectF(centre - slot / 2, plot.bottom() + 4, slot, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                QLocale().standaloneMonthName(index + 1, QLocale.FormatType.ShortFormat),
            )
        painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor, line: int) -> None:
        x = 4.0
        painter.setPen(Qt.PenStyle.NoPen)
        for caption, colour in (
            (self.tr("Invoiced excl. VAT"), REVENUE_COLOUR),
            (self.tr("Received"), RECEIVED_COLOUR),
        ):
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, line / 2 - 5, 10, 10), 2, 2)
            painter.setPen(text)
            width = self.fontMetrics().horizontalAdvance(caption)
            painter.drawText(
                QRectF(x + 16, 0, width + 4, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                caption,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            x += 16 + width + 22

    # -- tooltips ---------------------------------------------------------------------------
    def tooltip_text(self, month: int) -> str:
        name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        return self.tr("{month}: invoiced {revenue} excl. VAT, received {received}").format(
            month=name,
            revenue=labels.money_text(self._revenue[month - 1]),
            received=labels.money_text(self._received[month - 1]),
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            month = self.month_at(event.pos())
            if month is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(month), self)
            return True
        return super().event(event)
