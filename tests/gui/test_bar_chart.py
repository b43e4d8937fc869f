"""The shared month bar chart (widgets/bar_chart.py) through its two charts: the revenue chart
on the reports page and the hours chart on the dashboard and the reports page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from mentordesk.ui import labels
from mentordesk.ui.money.revenue_chart import RECEIVED_COLOUR, REVENUE_COLOUR, RevenueChart
from mentordesk.ui.widgets.bar_chart import MONTHS, MonthBarChart, nice_step, twelve
from mentordesk.ui.widgets.hours_chart import PAID_COLOUR, PRO_BONO_COLOUR, HoursChart


def shown(qtbot: QtBot, chart: MonthBarChart) -> QImage:
    qtbot.addWidget(chart)
    chart.resize(560, 240)
    chart.show()
    qtbot.waitExposed(chart)
    return chart.grab().toImage()


def colours_in_month(chart: MonthBarChart, image: QImage, month: int, y: float) -> set[str]:
    """The colours on the row ``y`` across ``month``'s slot."""
    plot = chart.plot_rect()
    slot = plot.width() / MONTHS
    left = plot.left() + slot * (month - 1)
    return {image.pixelColor(round(left + dx), round(y)).name() for dx in range(1, int(slot) - 1)}


def zero_line(chart: MonthBarChart) -> float:
    plot: QRectF = chart.plot_rect()
    _step, up, down = chart.scale()
    return plot.top() + plot.height() * up / (up + down)


@pytest.mark.parametrize(
    ("top", "step"), [(1, 1), (4, 1), (10, 5), (30, 10), (100, 50), (3100, 1000), (250, 100)]
)
def test_nice_step_gives_about_four_round_lines(top: float, step: int) -> None:
    assert nice_step(top) == step


def test_twelve_pads_and_cuts() -> None:
    assert twelve([5, 6]) == [5, 6] + [0] * 10
    assert twelve(range(20)) == list(range(12))


def test_revenue_bars_above_and_below_zero(qtbot: QtBot) -> None:
    chart = RevenueChart()
    chart.set_months([120000, 0, 0, 0, 0, 0, -40000], [100000], current_month=9)
    image = shown(qtbot, chart)
    assert chart.scale() == (500, 3, 1)  # € 0 to € 1.500 and one line down to -€ 500
    zero = zero_line(chart)
    january = colours_in_month(chart, image, 1, zero - 4)
    assert {REVENUE_COLOUR.name(), RECEIVED_COLOUR.name()} <= january
    july_below = colours_in_month(chart, image, 7, zero + 4)
    assert REVENUE_COLOUR.name() in july_below
    assert REVENUE_COLOUR.name() not in colours_in_month(chart, image, 7, zero - 4)
    assert REVENUE_COLOUR.name() not in colours_in_month(chart, image, 2, zero - 4)


def test_revenue_data_description_and_tooltip(qtbot: QtBot) -> None:
    chart = RevenueChart()
    qtbot.addWidget(chart)
    assert chart.accessibleName() == "Revenue per month"
    chart.set_months([9500, 19000], [5000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7])
    assert chart.values() == [9500, 19000] + [0] * 10
    assert chart.received() == [5000] + [0] * 11
    assert labels.money_text(28500) in chart.accessibleDescription()
    text = chart.tooltip_text(2)
    assert labels.money_text(19000) in text and labels.money_text(0) in text
    assert [s.caption for s in chart.series()] == ["Invoiced excl. VAT", "Received"]
    assert chart.axis_text(1000) == labels.money_text(100000).split(".")[0]


def test_hours_bars_side_by_side_and_never_negative(qtbot: QtBot) -> None:
    chart = HoursChart()
    chart.set_months([(600, 120), (-60, -30), (1500, 0)], current_month=3)
    image = shown(qtbot, chart)
    assert chart.months()[:3] == [(600, 120), (0, 0), (1500, 0)]
    assert chart.scale() == (10, 3, 0)  # 25 hours: lines at 0, 10, 20, 30
    zero = zero_line(chart)
    assert {PAID_COLOUR.name(), PRO_BONO_COLOUR.name()} <= colours_in_month(
        chart, image, 1, zero - 3
    )
    assert PAID_COLOUR.name() not in colours_in_month(chart, image, 2, zero - 3)
    assert "Paid: " in chart.accessibleDescription()
    assert chart.accessibleName() == "Paid and pro bono hours per month"


def test_an_empty_chart_still_has_an_axis(qtbot: QtBot) -> None:
    chart = HoursChart()
    image = shown(qtbot, chart)
    assert chart.scale() == (1, 1, 0)
    zero = zero_line(chart)
    assert PAID_COLOUR.name() not in colours_in_month(chart, image, 1, zero - 3)
    assert chart.tooltip_text(1).startswith("January")


def test_tooltip_follows_the_month_under_the_mouse(qtbot: QtBot) -> None:
    chart = HoursChart()
    chart.set_months([(0, 0), (0, 0), (90, 60)])
    shown(qtbot, chart)
    plot = chart.plot_rect()
    slot = plot.width() / MONTHS
    march = QPoint(round(plot.left() + slot * 2.5), round(plot.center().y()))
    assert chart.month_at(march) == 3
    assert chart.month_at(QPoint(1, 5)) is None
    help_event = QHelpEvent(QEvent.Type.ToolTip, march, chart.mapToGlobal(march))
    assert chart.event(help_event)
    QApplication.processEvents()
    assert QToolTip.text() == chart.tooltip_text(3)
    assert labels.hours_text(90) in QToolTip.text()
    QToolTip.hideText()


def test_current_month_greys_the_months_to_come(qtbot: QtBot) -> None:
    chart = RevenueChart()
    chart.set_months([100], current_month=6)
    image = shown(qtbot, chart)
    plot = chart.plot_rect()
    slot = plot.width() / MONTHS
    line = chart.fontMetrics().height()

    def darkest(month: int) -> int:
        left = plot.left() + slot * (month - 1)
        return min(
            image.pixelColor(round(left + dx), round(plot.bottom() + 4 + dy)).lightness()
            for dx in range(int(slot))
            for dy in range(line)
        )

    assert darkest(6) < darkest(7) - 40  # June is written, July still greyed
    assert darkest(1) == pytest.approx(darkest(6), abs=30)
