"""A small line chart of the 0-10 scores of the chosen goals over time, with a legend.

Drawn with reportlab's graphics shapes (vector, crisp in print). Each goal is one line in its
own colour, its last score written beside the last point; the legend names the goals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from mentordesk.documents import fonts
from mentordesk.documents import styles as st
from mentordesk.documents.letterhead import fit
from mentordesk.documents.model import GoalBlock
from mentordesk.documents.wording import short_month
from mentordesk.domain.enums import Language

PLOT_HEIGHT = 38 * st.MM
AXIS_LEFT = 9 * st.MM
AXIS_BOTTOM = 7 * st.MM
LEGEND_ROW = 5 * st.MM
MAX_TICKS = 6


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    months = []
    day = dt.date(first.year, first.month, 1)
    if day < first:
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    while day <= last:
        months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    step = max(1, -(-len(months) // MAX_TICKS))
    return months[::step]


def charted(goals: Sequence[GoalBlock]) -> list[GoalBlock]:
    """The goals that have at least one score."""
    return [goal for goal in goals if goal.scores]


def score_chart(goals: Sequence[GoalBlock], language: Language, width: float) -> Any:
    """A ``Drawing`` of the score trend of ``goals`` (those without scores are left out)."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
    from reportlab.lib import colors

    faces = fonts.register()
    shown = charted(goals)
    legend_rows = -(-len(shown) // 2)
    height = AXIS_BOTTOM + PLOT_HEIGHT + 4 * st.MM + legend_rows * LEGEND_ROW
    drawing = Drawing(width, height, initialFontName=faces.regular, initialFontSize=8)
    base = legend_rows * LEGEND_ROW + 2 * st.MM + AXIS_BOTTOM
    left, right = AXIS_LEFT, width - 8 * st.MM
    dates = [p.date for goal in shown for p in goal.scores]
    first, last = min(dates), max(dates)
    if first == last:
        first, last = first - dt.timedelta(days=14), last + dt.timedelta(days=14)
    span = (last - first).days

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / span

    def y_of(score: int) -> float:
        return base + PLOT_HEIGHT * score / 10

    muted, rule = colors.HexColor(st.MUTED), colors.HexColor(st.RULE)
    drawing.add(
        Rect(
            left,
            base,
            right - left,
            PLOT_HEIGHT,
            fillColor=colors.HexColor("#f7fafa"),
            strokeColor=None,
        )
    )
    for score in range(0, 11, 2):
        drawing.add(Line(left, y_of(score), right, y_of(score), strokeColor=rule, strokeWidth=0.4))
    for score in (0, 5, 10):
        drawing.add(
            String(
                left - 2 * st.MM,
                y_of(score) - 2.5,
                str(score),
                fontName=faces.regular,
                fontSize=7,
                fillColor=muted,
                textAnchor="end",
            )
        )
    for month in _month_starts(first, last):
        x = x_of(month)
        drawing.add(Line(x, base, x, base - 1.5 * st.MM, strokeColor=muted, strokeWidth=0.5))
        drawing.add(
            String(
                x,
                base - 4.5 * st.MM,
                short_month(month, language),
                fontName=faces.regular,
                fontSize=7,
                fillColor=muted,
                textAnchor="middle",
            )
        )
    for index, goal in enumerate(shown):
        colour = colors.HexColor(st.SERIES[index % len(st.SERIES)])
        points = [(x_of(p.date), y_of(p.score)) for p in goal.scores]
        if len(points) > 1:
            flat = [coordinate for point in points for coordinate in point]
            drawing.add(
                PolyLine(
                    flat, strokeColor=colour, strokeWidth=1.6, strokeLineJoin=1, strokeLineCap=1
                )
            )
        for x, y in points:
            drawing.add(
                Circle(x, y, 1.9, fillColor=colour, strokeColor=colors.white, strokeWidth=0.6)
            )
        x, y = points[-1]
        drawing.add(
            String(
                x + 2.4 * st.MM,
                y - 2.6,
                str(goal.scores[-1].score),
                fontName=faces.bold,
                fontSize=8,
                fillColor=colour,
            )
        )
        column, row = index % 2, index // 2
        lx = column * width / 2
        ly = (legend_rows - 1 - row) * LEGEND_ROW + 1.2 * st.MM
        drawing.add(Rect(lx, ly, 3 * st.MM, 2 * st.MM, fillColor=colour, strokeColor=None))
        label, size = fit(goal.title, faces.regular, 8, width / 2 - 6 * st.MM)
        drawing.add(
            String(
                lx + 4.5 * st.MM,
                ly + 0.2,
                label,
                fontName=faces.regular,
                fontSize=size,
                fillColor=colors.HexColor(st.INK),
            )
        )
    return drawing
