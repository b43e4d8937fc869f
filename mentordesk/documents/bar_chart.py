"""A plain bar chart for the year overview: one or two series over twelve months, grouped,
with a few gridlines, rounded axis values and a legend. Vector shapes, crisp in print."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mentordesk.documents import fonts
from mentordesk.documents import styles as st

AXIS_LEFT = 16 * st.MM
AXIS_BOTTOM = 6 * st.MM
LEGEND = 6 * st.MM


@dataclass(frozen=True)
class Series:
    label: str
    colour: str
    values: tuple[int, ...]  # one per category, in the unit ``axis_text`` writes


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2, 2.5 or 5 times a power of ten) so that ``ticks`` steps reach ``top``."""
    raw = max(1, -(-top // ticks))
    power = 1
    while power * 10 <= raw:
        power *= 10
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def bar_chart(
    series: Sequence[Series],
    categories: Sequence[str],
    axis_text: Callable[[int], str],
    width: float,
    height: float = 48 * st.MM,
) -> Any:
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    faces = fonts.register()
    drawing = Drawing(width, height, initialFontName=faces.regular, initialFontSize=7)
    muted, rule = colors.HexColor(st.MUTED), colors.HexColor(st.RULE)
    base = AXIS_BOTTOM + LEGEND
    plot = height - base - 3 * st.MM
    left, right = AXIS_LEFT, width
    top = max((max(s.values, default=0) for s in series), default=0)
    step = nice_step(max(top, 1))
    ceiling = step * max(1, -(-top // step))
    for tick in range(0, ceiling + 1, step):
        y = base + plot * tick / ceiling
        drawing.add(Line(left, y, right, y, strokeColor=rule, strokeWidth=0.4))
        drawing.add(
            String(
                left - 2 * st.MM,
                y - 2.4,
                axis_text(tick),
                fontName=faces.regular,
                fontSize=7,
                fillColor=muted,
                textAnchor="end",
            )
        )
    slot = (right - left) / max(1, len(categories))
    bar = slot * 0.7 / max(1, len(series))
    for i, category in enumerate(categories):
        x0 = left + i * slot + slot * 0.15
        for j, s in enumerate(series):
            value = s.values[i] if i < len(s.values) else 0
            if value > 0:
                drawing.add(
                    Rect(
                        x0 + j * bar,
                        base,
                        bar - 0.6,
                        plot * value / ceiling,
                        fillColor=colors.HexColor(s.colour),
                        strokeColor=None,
                    )
                )
        drawing.add(
            String(
                left + i * slot + slot / 2,
                base - 4 * st.MM,
                category,
                fontName=faces.regular,
                fontSize=7,
                fillColor=muted,
                textAnchor="middle",
            )
        )
    x = left
    for s in series:
        drawing.add(
            Rect(
                x,
                1 * st.MM,
                3 * st.MM,
                2 * st.MM,
                fillColor=colors.HexColor(s.colour),
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                x + 4.5 * st.MM,
                1.2 * st.MM,
                s.label,
                fontName=faces.regular,
                fontSize=8,
                fillColor=colors.HexColor(st.INK),
            )
        )
        x += 60 * st.MM
    return drawing
