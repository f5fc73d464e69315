"""Tests for app.probability_chart.ProbabilityChart (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage

from app.probability_chart import ProbabilityChart, _percent_label

pytestmark = pytest.mark.gui

PROBS = [0.01, 0.02, 0.05, 0.6, 0.1, 0.02, 0.05, 0.1, 0.03, 0.02]


@pytest.fixture
def chart(qtbot) -> ProbabilityChart:
    """A shown chart at a typical size."""
    widget = ProbabilityChart()
    qtbot.addWidget(widget)
    widget.resize(440, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def assert_axis_fixed(chart: ProbabilityChart) -> None:
    """The y axis must always span exactly 0..1."""
    axis = chart.value_axis()
    assert (axis.min(), axis.max()) == (0.0, 1.0)


def bar_pixel(chart: ProbabilityChart, image: QImage, index: int) -> QColor:
    """Return the grabbed colour halfway up bar ``index``."""
    value = chart.values()[index]
    inner = chart.chart().mapToPosition(QPointF(index, value / 2), chart.series())
    point: QPoint = chart.mapFromScene(chart.chart().mapToScene(inner))
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_initial_state(chart: ProbabilityChart) -> None:
    assert chart.objectName() == "probabilityChart"
    assert chart.values() == [0.0] * 10
    assert chart.winner() is None
    assert chart.bar_set().selectedBars() == []
    assert not chart.chart().legend().isVisible()
    assert chart.chart().title() == ""
    assert chart.minimumSize().width() >= 320 and chart.minimumSize().height() >= 220


def test_structure_categories_and_axes(chart: ProbabilityChart) -> None:
    series = chart.chart().series()
    assert series == [chart.series()]
    assert chart.series().barSets() == [chart.bar_set()]
    axes = chart.series().attachedAxes()
    categories = [axis for axis in axes if isinstance(axis, QBarCategoryAxis)]
    values = [axis for axis in axes if isinstance(axis, QValueAxis)]
    assert categories[0].categories() == [str(digit) for digit in range(10)]
    assert values == [chart.value_axis()]
    assert_axis_fixed(chart)


def test_set_probabilities_shows_values_and_winner(chart: ProbabilityChart) -> None:
    chart.set_probabilities(PROBS)
    assert chart.values() == pytest.approx(PROBS, abs=1e-6)
    assert chart.winner() == 3
    # The highlight is the selected bar; only the winner is selected.
    assert chart.bar_set().selectedBars() == [3]
    assert_axis_fixed(chart)


def test_numpy_float32_input(chart: ProbabilityChart) -> None:
    probs = np.array(PROBS[::-1], dtype=np.float32)
    chart.set_probabilities(probs)
    assert chart.values() == pytest.approx(probs.tolist(), abs=1e-6)
    assert chart.winner() == 6


def test_updates_in_place_without_rebuild(chart: ProbabilityChart) -> None:
    series, bar_set, axis = chart.series(), chart.bar_set(), chart.value_axis()
    inner_chart = chart.chart()
    for winner in (3, 7, 0, 9):
        probs = np.full(10, 0.02)
        probs[winner] = 0.82
        chart.set_probabilities(probs)
        assert chart.winner() == winner
        assert chart.bar_set().selectedBars() == [winner]
        assert_axis_fixed(chart)
    assert chart.chart() is inner_chart
    assert chart.series() is series and chart.chart().series()[0] is series
    assert chart.bar_set() is bar_set and series.barSets()[0] is bar_set
    assert chart.value_axis() is axis
    assert bar_set.count() == 10


@pytest.mark.parametrize("empty", [None, [], ()])
def test_none_or_empty_clears(chart: ProbabilityChart, empty: list[float] | None) -> None:
    chart.set_probabilities(PROBS)
    chart.set_probabilities(empty)
    assert chart.values() == [0.0] * 10
    assert chart.winner() is None
    assert chart.bar_set().selectedBars() == []
    assert_axis_fixed(chart)


def test_all_zero_has_no_winner(chart: ProbabilityChart) -> None:
    chart.set_probabilities([0.0] * 10)
    assert chart.winner() is None


def test_float32_overshoot_is_clipped(chart: ProbabilityChart) -> None:
    probs = [0.0] * 10
    probs[5] = 1.0000001
    chart.set_probabilities(probs)
    assert chart.values()[5] == 1.0
    assert chart.winner() == 5


@pytest.mark.parametrize(
    "bad",
    [
        [0.1] * 9,
        [0.1] * 11,
        [0.1] * 9 + [float("nan")],
        [0.1] * 9 + [float("inf")],
        [0.1] * 9 + [-0.5],
        [0.1] * 9 + [1.5],
        ["a"] * 10,
        [[0.1] * 10],
        [0.1] * 9 + [None],
    ],
    ids=["nine", "eleven", "nan", "inf", "negative", "above-one", "strings", "2d", "none-item"],
)
def test_bad_input_raises_and_keeps_chart(chart: ProbabilityChart, bad: list) -> None:
    chart.set_probabilities(PROBS)
    with pytest.raises(ValueError):
        chart.set_probabilities(bad)
    assert chart.values() == pytest.approx(PROBS, abs=1e-6)
    assert chart.winner() == 3


def test_percent_labels() -> None:
    assert _percent_label(0.97) == "97 %"
    assert _percent_label(1.0) == "100 %"
    assert _percent_label(0.01) == "1 %"
    assert _percent_label(0.009) == ""
    assert _percent_label(0.0) == ""


def test_winner_is_drawn_in_a_distinct_colour(chart: ProbabilityChart) -> None:
    chart.set_probabilities([0.3, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6, 0.0, 0.1])
    image = chart.grab().toImage()
    winner, other = bar_pixel(chart, image, 7), bar_pixel(chart, image, 0)
    assert winner == chart.bar_set().selectedColor()
    assert other == chart.bar_set().color()
    assert winner != other
    # Moving the win moves the colour.
    chart.set_probabilities([0.6, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3, 0.0, 0.1])
    image = chart.grab().toImage()
    assert bar_pixel(chart, image, 0) == chart.bar_set().selectedColor()
    assert bar_pixel(chart, image, 7) == chart.bar_set().color()


def test_the_axis_is_in_percent_and_a_small_chart_marks_it_in_halves(chart, qtbot) -> None:
    # Six marks in a chart 150 px high are drawn as "…" (the Compare window's charts).
    # In percent, as the bars' labels and the answer write it (not 0.0-1.0).
    axis = chart.value_axis()
    assert axis.categoriesLabels() == ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]
    assert axis.endValue("60 %") == pytest.approx(0.6)
    chart.setMinimumSize(240, 150)
    chart.resize(240, 150)
    qtbot.waitUntil(lambda: axis.categoriesLabels() == ["0 %", "50 %", "100 %"])
    chart.resize(440, 260)
    qtbot.waitUntil(lambda: len(axis.categoriesLabels()) == 6)


def test_a_screen_reader_hears_that_grey_bars_are_not_trusted(chart: ProbabilityChart) -> None:
    # The grey bars and the caption said "not an answer" to the eye only: a reader heard
    # "0: 10 %, 1: 11 %, ..." as if it were one.
    chart.set_probabilities([0.1] * 9 + [0.1])
    chart.set_trusted(False)
    assert chart.accessibleDescription().startswith("Not trusted: this does not look like")
    assert chart.accessibleDescription().endswith("9: 10 %")
    chart.set_probabilities([0.0] * 9 + [1.0])
    chart.set_trusted(True)
    assert chart.accessibleDescription().startswith("0: 0 %")
