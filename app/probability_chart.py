"""The histogram of the network's ten class probabilities (QtCharts)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
)
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QWidget

from app.accessibility import describe, give_role, probabilities_text, set_description
from app.language import percent
from app.theme import chart_theme, is_dark, paint_focus_ring, tokens

NUM_CLASSES = 10
# Softmax in float32 can overshoot 1 by an ulp or so; accept and clip that.
_TOLERANCE = 1e-5
_LABEL_MIN = 0.01  # bars under 1 % get no label: "0%" everywhere is noise
# (bar, winner, label) colours on a light and on a dark chart
# Not trusted (not a digit): grey bars, so nobody reads them as an answer.


def validate_probabilities(probs: Sequence[float] | np.ndarray) -> np.ndarray:
    """Check ten finite probabilities and return them as float64.

    Args:
        probs: Exactly ten numbers in [0, 1].

    Returns:
        A new 1-D float64 array of length 10, clipped to [0, 1].

    Raises:
        ValueError: If there are not exactly ten finite numbers in [0, 1].
    """
    try:
        values = np.asarray(probs, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise ValueError(f"probabilities must be numbers: {error}") from error
    if values.shape != (NUM_CLASSES,):
        raise ValueError(f"expected {NUM_CLASSES} probabilities, got shape {values.shape}")
    if not np.all(np.isfinite(values)):
        raise ValueError("probabilities must be finite")
    if values.min() < -_TOLERANCE or values.max() > 1.0 + _TOLERANCE:
        raise ValueError("probabilities must lie in [0, 1]")
    return np.clip(values, 0.0, 1.0)


def _percent_label(value: float) -> str:
    """Return a bar's label, e.g. "97 %" (in the person's locale), or "" below 1 %."""
    return percent(value) if value >= _LABEL_MIN else ""


class ProbabilityChart(QChartView):
    """A bar chart of the ten digit probabilities with the winner highlighted.

    One QBarSet of ten values in one QBarSeries; the winning bar is the
    set's selected bar, drawn in ``selectedColor``. Updates replace the
    set's values in place, so nothing is rebuilt and nothing flickers.
    Percent labels are painted over the bars in ``drawForeground`` because
    QtCharts' own labels can only print the raw value (0.97, not 97%).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create a chart showing ten zero bars and no winner.

        Args:
            parent: Optional parent widget.
        """
        super().__init__(parent)
        give_role(self, QAccessible.Role.Chart)
        self.setObjectName("probabilityChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumSize(320, 220)
        self._winner: int | None = None
        self._trusted = True
        # While this says so (a stroke is being drawn), the bars move but what a screen
        # reader is told waits for the settled answer: not a description every 40 ms.
        self.hold_description: Callable[[], bool] = lambda: False
        self._bar_set = self._make_bar_set()
        self._series = QBarSeries()
        self._series.setBarWidth(0.7)
        self._series.append(self._bar_set)
        self._axis_x = self._make_x_axis()
        self._axis_y = self._make_y_axis()
        self.setChart(self._make_chart())
        # A screen reader reads the bars as text; Tab stops here to read them.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        describe(self, self.tr("Probabilities of each digit"), probabilities_text(None))

    # ----------------------------------------------------------------- API

    def set_probabilities(self, probs: Sequence[float] | np.ndarray | None) -> None:
        """Show new probabilities, or clear the chart.

        Args:
            probs: Ten numbers in [0, 1] (need not sum to 1), or None or an
                empty sequence to show all-zero bars and no winner.

        Raises:
            ValueError: If ``probs`` is not ten finite numbers in [0, 1];
                the chart is left unchanged.
        """
        if probs is None or len(probs) == 0:
            values = np.zeros(NUM_CLASSES)
            winner = None
        else:
            values = validate_probabilities(probs)
            # All zeros has no meaningful winner.
            winner = int(np.argmax(values)) if values.max() > 0.0 else None
        for index, value in enumerate(values):
            if self._bar_set.at(index) != value:
                self._bar_set.replace(index, float(value))
        self._set_winner(winner)
        self._describe()
        # Percent labels live in the foreground layer, which Qt does not know
        # depends on the bars: repaint it explicitly.
        self.viewport().update()

    def set_trusted(self, trusted: bool) -> None:
        """Draw the bars in colour (trusted) or in grey (not a digit: not an answer)."""
        self._trusted = bool(trusted)
        self._apply_colors()
        # A selected bar keeps the colour it was selected with: select it again.
        self._bar_set.deselectAllBars()
        self._set_winner(self._winner)
        self._describe()
        self.viewport().update()

    def _describe(self) -> None:
        # Grey bars say "not an answer" to the eye; a screen reader hears it too.
        if self.hold_description():
            return
        text = probabilities_text(self.values())
        if not self._trusted:
            text = self.tr("Not trusted: this does not look like a digit. %1").replace("%1", text)
        set_description(self, text)

    def is_trusted(self) -> bool:
        """Return whether the bars are shown as a trusted answer."""
        return self._trusted

    def values(self) -> list[float]:
        """Return the ten values currently shown."""
        return [self._bar_set.at(index) for index in range(NUM_CLASSES)]

    def winner(self) -> int | None:
        """Return the highlighted digit, or None when there is none."""
        return self._winner

    def bar_set(self) -> QBarSet:
        """Return the chart's only bar set (for tests and styling)."""
        return self._bar_set

    def series(self) -> QBarSeries:
        """Return the chart's only series (for tests and styling)."""
        return self._series

    def value_axis(self) -> QCategoryAxis:
        """Return the y axis (for tests and styling)."""
        return self._axis_y

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Return the preferred size."""
        return QSize(420, 260)

    # -------------------------------------------------------- construction

    @staticmethod
    def _make_bar_set() -> QBarSet:
        """Return the set of ten zero bars (coloured by ``_apply_theme``)."""
        bar_set = QBarSet("probability")
        bar_set.append([0.0] * NUM_CLASSES)
        return bar_set

    @staticmethod
    def _make_x_axis() -> QBarCategoryAxis:
        """Return the digit axis "0".."9"."""
        axis = QBarCategoryAxis()
        axis.append([str(digit) for digit in range(NUM_CLASSES)])
        axis.setGridLineVisible(False)
        font = QFont(axis.labelsFont())
        font.setBold(True)
        axis.setLabelsFont(font)
        return axis

    @staticmethod
    def _make_y_axis() -> QCategoryAxis:
        """Return the probability axis, fixed to 0..1 and marked in percent, as bars are."""
        axis = QCategoryAxis()
        axis.setRange(0.0, 1.0)
        axis.setStartValue(0.0)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        _mark(axis, 0.2)
        return axis

    def _make_chart(self) -> QChart:
        """Return a title-less, legend-less, un-animated chart, light or dark like the palette."""
        chart = QChart()
        chart.setLocalizeNumbers(True)  # axis labels "0,5" in German
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        # Let the white chart fill the view: no gray window showing around it.
        chart.layout().setContentsMargins(0, 0, 0, 0)
        # Room above the plot for the label of a bar that reaches 1.0.
        top = math.ceil(QFontMetricsF(self._label_font()).height()) + 4
        chart.setMargins(QMargins(6, top, 12, 4))
        chart.addSeries(self._series)
        chart.addAxis(self._axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._axis_y, Qt.AlignmentFlag.AlignLeft)
        self._series.attachAxis(self._axis_x)
        self._series.attachAxis(self._axis_y)
        self._apply_theme(chart)
        return chart

    def _apply_theme(self, chart: QChart) -> None:
        """The chart theme for the current palette, then the bar colours."""
        chart.setTheme(chart_theme(self.palette()))
        # The theme resets colours and fonts: style the set and the digits after it.
        self._apply_colors()
        # No outline: a zero bar would otherwise show as a hairline.
        self._bar_set.setPen(Qt.PenStyle.NoPen)
        font = QFont(self._axis_x.labelsFont())
        font.setBold(True)
        self._axis_x.setLabelsFont(font)

    def _apply_colors(self) -> None:
        """Colour the bars for the palette and for a trusted or an untrusted answer."""
        colours = tokens(self.palette())
        bar, winner, self._label_color = colours.bars if self._trusted else colours.bars_untrusted
        self._bar_set.setColor(bar)
        self._bar_set.setSelectedColor(winner)

    def is_dark(self) -> bool:
        """Whether the chart is drawn dark (it follows the palette)."""
        return self.chart().theme() == QChart.ChartTheme.ChartThemeDark

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow a change between a light and a dark palette."""
        super().changeEvent(event)
        built = hasattr(self, "_label_color")  # not during __init__
        if event.type() == QEvent.Type.PaletteChange and built:
            if is_dark(self.palette()) != self.is_dark():
                self._apply_theme(self.chart())
                self.viewport().update()

    # ------------------------------------------------------------- winner

    def _set_winner(self, winner: int | None) -> None:
        """Select exactly the winning bar (selection is the highlight)."""
        self._winner = winner
        wanted = [] if winner is None else [winner]
        if self._bar_set.selectedBars() != wanted:
            self._bar_set.deselectAllBars()
            if winner is not None:
                self._bar_set.selectBar(winner)

    # ------------------------------------------------------------- labels

    def _label_font(self) -> QFont:
        """Return the font of the percent labels."""
        font = QFont(self.font())
        font.setBold(True)
        return font

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt override)
        """Paint a percent label above each bar of at least 1 %."""
        super().drawForeground(painter, rect)
        font = self._label_font()
        metrics = QFontMetricsF(font)
        painter.save()
        painter.setFont(font)
        painter.setPen(self._label_color)
        slot = self.chart().plotArea().width() / NUM_CLASSES
        for index, value in enumerate(self.values()):
            text = _percent_label(value)
            # in a narrow chart the labels would run into each other: the winner's stays
            if text and (index == self._winner or metrics.horizontalAdvance(text) < slot):
                self._draw_label(painter, metrics, text, index, value)
        if self.hasFocus():  # the window's focus frame is hidden by the chart's own edges
            painter.resetTransform()
            paint_focus_ring(painter, self,
                             QRectF(self.viewport().rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.restore()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Draw the focus ring."""
        super().focusInEvent(event)
        self.viewport().update()  # the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Take the focus ring away."""
        super().focusOutEvent(event)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fewer marks on a short axis: six labels in a small chart are drawn as "…"."""
        super().resizeEvent(event)
        _mark(self._axis_y, 0.2 if event.size().height() >= 180 else 0.5)

    def _draw_label(
        self, painter: QPainter, metrics: QFontMetricsF, text: str, index: int, value: float
    ) -> None:
        """Draw one label centred just above its bar (in scene coordinates)."""
        chart = self.chart()
        top = chart.mapToScene(chart.mapToPosition(QPointF(index, value), self._series))
        height = metrics.height()
        width = metrics.horizontalAdvance(text)
        box = QRectF(top.x() - width / 2, top.y() - height - 2, width, height)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _mark(axis: QCategoryAxis, step: float) -> None:
    """Marks every ``step`` from 0 to 1, labelled "0 %", "20 %" ... "100 %"."""
    marks = [k * step for k in range(round(1 / step) + 1)]
    if len(axis.categoriesLabels()) == len(marks):
        return
    for label in axis.categoriesLabels():
        axis.remove(label)
    for value in marks:
        axis.append(QCoreApplication.translate("Numbers", "%1 %").replace(
            "%1", QLocale().toString(round(value * 100))), value)
