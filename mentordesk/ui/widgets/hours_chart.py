"""A small bar chart of paid and pro bono hours per month, drawn with QPainter.

Two bars per month (paid work, and unpaid work: pro bono plus free intakes), a few hour lines,
a legend, and a tooltip per month. QtCharts is not part of PySide6-Essentials, and twelve pairs
of bars do not need it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentordesk.ui import labels

PAID_COLOUR = QColor("#3f6fa8")
PRO_BONO_COLOUR = QColor("#4f9a78")
MONTHS = 12


def _nice_step(top_hours: float) -> int:
    """A round number of hours between grid lines, giving about four lines."""
    raw = max(top_hours / 4, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


class HoursChart(QWidget):
    """``set_months([(paid_minutes, pro_bono_minutes), ...])`` for January to December."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[tuple[int, int]] = [(0, 0)] * MONTHS
        self._current_month = 0  # months after it are still to come (drawn without bars)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(170)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Paid and pro bono hours per month"))

    # -- data -------------------------------------------------------------------------------
    def set_months(self, months: Sequence[tuple[int, int]], current_month: int = 12) -> None:
        values = [(max(0, int(p)), max(0, int(u))) for p, u in months][:MONTHS]
        self._months = values + [(0, 0)] * (MONTHS - len(values))
        self._current_month = max(0, min(MONTHS, current_month))
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

    def sizeHint(self) -> QSize:
        return QSize(460, 210)

    # -- geometry ---------------------------------------------------------------------------
    def _month_name(self, month: int) -> str:
        return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("0000") + 12
        top = metrics.height() * 2 + 6  # the legend
        bottom = metrics.height() + 8  # month names
        return QRectF(
            left, top, max(10, self.width() - left - 8), max(10, self.height() - top - bottom)
        )

    def _slot_width(self) -> float:
        return self._plot_rect().width() / MONTHS

    def month_at(self, point: QPoint) -> int | None:
        """The month (1-12) under ``point``, or None."""
        plot = self._plot_rect()
        if not (plot.left() <= point.x() < plot.right()):
            return None
        return int((point.x() - plot.left()) // self._slot_width()) + 1

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        soft = QColor(text)
        soft.setAlpha(150)
        grid = QColor(text)
        grid.setAlpha(35)
        metrics = self.fontMetrics()
        plot = self._plot_rect()

        self._paint_legend(painter, text, metrics.height())

        top_minutes = max([max(p, u) for p, u in self._months] + [60])
        step = _nice_step(top_minutes / 60)
        lines = math.ceil(top_minutes / 60 / step)
        scale_hours = max(1, lines) * step
        painter.setPen(soft)
        for n in range(max(1, lines) + 1):
            y = plot.bottom() - plot.height() * (n * step) / scale_hours
            painter.setPen(grid)
            painter.drawLine(int(plot.left()), round(y), int(plot.right()), round(y))
            painter.setPen(soft)
            label_rect = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                QLocale().toString(n * step),
            )

        slot = self._slot_width()
        bar = max(2.0, min(16.0, slot * 0.32))
        painter.setPen(Qt.PenStyle.NoPen)
        for index, (paid, unpaid) in enumerate(self._months):
            centre = plot.left() + slot * (index + 0.5)
            for offset, minutes, colour in (
                (-bar - 1, paid, PAID_COLOUR),
                (1, unpaid, PRO_BONO_COLOUR),
            ):
                if minutes <= 0:
                    continue
                height = plot.height() * (minutes / 60) / scale_hours
                painter.setBrush(colour)
                painter.drawRoundedRect(
                    QRectF(centre + offset, plot.bottom() - height, bar, height), 2, 2
                )
            painter.setPen(soft if index < self._current_month else grid)
            painter.drawText(
                QRectF(centre - slot / 2, plot.bottom() + 4, slot, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                self._month_name(index + 1),
            )
            painter.setPen(Qt.PenStyle.NoPen)
        painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor, line: int) -> None:
        x = 4.0
        painter.setPen(Qt.PenStyle.NoPen)
        for caption, colour in (
            (self.tr("Paid"), PAID_COLOUR),
            (self.tr("Pro bono and free intakes"), PRO_BONO_COLOUR),
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
        paid, unpaid = self._months[month - 1]
        name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        return self.tr("{month}: paid {paid}, pro bono {unpaid}").format(
            month=name, paid=labels.hours_text(paid), unpaid=labels.hours_text(unpaid)
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
