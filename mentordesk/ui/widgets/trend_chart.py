"""A small trend line of a goal's 0-10 scores over time, drawn with QPainter (no QtCharts).

The points sit at their dates (evenly spaced when all fall on one day); the last score is
written beside the line as ``6/10``. The accessible description says the same in words, so a
screen reader hears "Scores 4, 5, 6 from 03/02/2026 to 17/03/2026; last 6 of 10".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk.ui import labels

MAX_SCORE = 10
_TEXT_WIDTH = 44
_PAD = 5.0


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[dt.date, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Score trend"))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(190, 46)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 36)

    # -- data ---------------------------------------------------------------------------------
    def set_scores(self, points: Sequence[tuple[dt.date, int]]) -> None:
        """The scores in the order they were recorded (oldest first)."""
        self._points = sorted(points, key=lambda p: p[0])
        self._describe()
        self.update()

    def points(self) -> list[tuple[dt.date, int]]:
        return list(self._points)

    @property
    def last_score(self) -> int | None:
        return self._points[-1][1] if self._points else None

    def last_text(self) -> str:
        """What stands beside the line: ``6/10``, or "" without scores."""
        last = self.last_score
        return "" if last is None else self.tr("{score}/10").format(score=last)

    def _describe(self) -> None:
        if not self._points:
            text = self.tr("No scores recorded yet.")
        else:
            text = self.tr("Scores {scores} from {first} to {last}; last {score} of 10.").format(
                scores=", ".join(str(s) for _d, s in self._points),
                first=labels.date_text(self._points[0][0]),
                last=labels.date_text(self._points[-1][0]),
                score=self._points[-1][1],
            )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # -- drawing ------------------------------------------------------------------------------
    def _positions(self, area: QRectF) -> list[QPointF]:
        count = len(self._points)
        first, last = self._points[0][0], self._points[-1][0]
        span = (last - first).days
        result = []
        for index, (day, score) in enumerate(self._points):
            if count == 1:
                share = 0.5
            elif span == 0:
                share = index / (count - 1)
            else:
                share = (day - first).days / span
            x = area.left() + share * area.width()
            y = area.bottom() - score / MAX_SCORE * area.height()
            result.append(QPointF(x, y))
        return result

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        line_colour = palette.color(QPalette.ColorRole.Highlight)
        chart = QRectF(self.rect()).adjusted(1, 1, -_TEXT_WIDTH, -1)
        grid = QColor(text_colour)
        grid.setAlpha(16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(grid))
        painter.drawRoundedRect(chart, 4, 4)
        area = chart.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        middle = QColor(text_colour)
        middle.setAlpha(45)
        painter.setPen(QPen(middle, 1, Qt.PenStyle.DotLine))
        mid_y = area.bottom() - area.height() / 2
        painter.drawLine(QPointF(area.left(), mid_y), QPointF(area.right(), mid_y))
        if not self._points:
            muted = QColor(text_colour)
            muted.setAlpha(150)
            painter.setPen(muted)
            painter.drawText(chart, Qt.AlignmentFlag.AlignCenter, self.tr("no scores yet"))
            painter.end()
            return
        positions = self._positions(area)
        if len(positions) > 1:
            fill = QPainterPath(QPointF(positions[0].x(), area.bottom()))
            for point in positions:
                fill.lineTo(point)
            fill.lineTo(QPointF(positions[-1].x(), area.bottom()))
            fill.closeSubpath()
            shade = QColor(line_colour)
            shade.setAlpha(45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawPath(fill)
            line = QPainterPath(positions[0])
            for point in positions[1:]:
                line.lineTo(point)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(line_colour, 2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(line_colour)
        for point in positions[:-1]:
            painter.drawEllipse(point, 2.2, 2.2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
        painter.drawEllipse(positions[-1], 4.0, 4.0)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        text_box = QRectF(chart.right() + 4, 0, _TEXT_WIDTH - 4, self.height())
        painter.drawText(
            text_box,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.last_text(),
        )
        painter.end()
