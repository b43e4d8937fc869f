"""Twelve months of grouped bars drawn with QPainter: a legend, a few round axis lines with
their values, month names, the bars (below the zero line for a negative value), and a tooltip
per month. QtCharts is not part of PySide6-Essentials, and twelve groups of bars do not need it.

A chart subclasses ``MonthBarChart``: it keeps its own data, says what to draw in
``series()`` (captions translated in the subclass, so they keep its translation context) and
writes ``tooltip_text(month)``; ``axis_text`` writes a grid line's value.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MONTHS = 12
_LEFT_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TOP_ALIGN = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class BarSeries:
    """One bar per month, in the chart's small unit (cents, minutes)."""

    caption: str
    colour: QColor
    values: Sequence[int]
    width: float = 1.0  # relative to the chart's bar width


def nice_step(top: float) -> int:
    """A round number between grid lines, giving about four lines up to ``top``."""
    raw = max(top / 4, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)  # pragma: no cover - the loop always returns


def twelve(values: Sequence[int]) -> list[int]:
    """``values`` as whole numbers, cut or padded with zeros to twelve months."""
    found = [int(v) for v in values][:MONTHS]
    return found + [0] * (MONTHS - len(found))


class MonthBarChart(QWidget):
    """The drawing shared by the month bar charts; see the module docstring."""

    unit = 1  # small units per axis unit: 100 cents per euro, 60 minutes per hour
    least_top = 1  # the axis reaches at least this many axis units
    bar_limits = (2.0, 16.0, 0.32)  # a bar's least and largest width, and share of its month
    hint = QSize(460, 210)

    def __init__(self, parent: QWidget | None = None, current_month: int = 12) -> None:
        super().__init__(parent)
        self._current_month = current_month  # later months are still to come (greyed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    # -- for subclasses ---------------------------------------------------------------------
    def series(self) -> Sequence[BarSeries]:
        raise NotImplementedError

    def tooltip_text(self, month: int) -> str:
        raise NotImplementedError

    def axis_text(self, value: int) -> str:
        """A grid line's value in axis units (whole euros, hours)."""
        return QLocale().toString(value)

    def _set_current_month(self, month: int) -> None:
        self._current_month = max(0, min(MONTHS, month))

    def sizeHint(self) -> QSize:
        return QSize(self.hint)

    # -- geometry ---------------------------------------------------------------------------
    def scale(self) -> tuple[int, int, int]:
        """(step, lines above zero, lines below zero) in axis units."""
        values = [v for s in self.series() for v in s.values]
        top = max([*values, 0]) / self.unit
        bottom = -min([*values, 0]) / self.unit
        step = nice_step(max(top, bottom, self.least_top))
        return step, max(1, math.ceil(top / step)), math.ceil(bottom / step)

    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        step, up, down = self.scale()
        widest = max(
            metrics.horizontalAdvance(self.axis_text(n * step)) for n in range(-down, up + 1)
        )
        left = widest + 12
        top = metrics.height() * 2 + 6  # the legend
        bottom = metrics.height() + 8  # month names
        return QRectF(
            left, top, max(10, self.width() - left - 8), max(10, self.height() - top - bottom)
        )

    def month_at(self, point: QPoint) -> int | None:
        """The month (1-12) under ``point``, or None."""
        plot = self.plot_rect()
        if not (plot.left() <= point.x() < plot.right()):
            return None
        return int((point.x() - plot.left()) // (plot.width() / MONTHS)) + 1

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        soft, grid = QColor(text), QColor(text)
        soft.setAlpha(150)
        grid.setAlpha(35)
        metrics, plot, series = self.fontMetrics(), self.plot_rect(), self.series()
        line = metrics.height()
        x = 4.0  # the legend
        for one in series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(one.colour)
            painter.drawRoundedRect(QRectF(x, line / 2 - 5, 10, 10), 2, 2)
            painter.setPen(text)
            advance = metrics.horizontalAdvance(one.caption)
            painter.drawText(QRectF(x + 16, 0, advance + 4, line), _LEFT_ALIGN, one.caption)
            x += 16 + advance + 22
        step, up, down = self.scale()
        per_step = plot.height() / (up + down)
        zero = plot.top() + per_step * up
        for n in range(-down, up + 1):  # grid lines with their values
            y = zero - per_step * n
            painter.setPen(grid)
            painter.drawLine(int(plot.left()), round(y), int(plot.right()), round(y))
            painter.setPen(soft)
            label = QRectF(0, y - line / 2, plot.left() - 6, line)
            painter.drawText(label, _RIGHT_ALIGN, self.axis_text(n * step))
        slot = plot.width() / MONTHS
        least, largest, share = self.bar_limits
        bar = max(least, min(largest, slot * share))
        widths = [max(2.0, bar * one.width) for one in series]
        group = sum(widths) + len(widths) - 1  # side by side, one pixel apart
        per_unit = per_step / step / self.unit
        for index in range(MONTHS):
            centre = plot.left() + slot * (index + 0.5)
            x = centre - group / 2
            painter.setPen(Qt.PenStyle.NoPen)
            for one, width in zip(series, widths, strict=True):
                height = abs(one.values[index]) * per_unit
                painter.setBrush(one.colour)
                top = zero - height if one.values[index] > 0 else zero
                if height:
                    painter.drawRoundedRect(QRectF(x, top, width, height), 2, 2)
                x += width + 1
            painter.setPen(soft if index < self._current_month else grid)
            painter.drawText(
                QRectF(centre - slot / 2, plot.bottom() + 4, slot, line),
                _TOP_ALIGN,
                QLocale().standaloneMonthName(index + 1, QLocale.FormatType.ShortFormat),
            )
        painter.end()

    # -- tooltips ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            month = self.month_at(event.pos())
            if month is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(month), self)
            return True
        return super().event(event)
