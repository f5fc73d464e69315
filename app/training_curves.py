"""The training panel's live chart: loss per step and test accuracy per epoch."""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QAccessible, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.accessibility import describe, give_role, set_description
from app.language import number, percent
from app.theme import chart_theme, tokens


class TrainingCurves(QChartView):
    """Loss per step (left axis) and test accuracy per epoch (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, QAccessible.Role.Chart)
        self.setObjectName("trainingCurves")
        chart = QChart()
        chart.setLocalizeNumbers(True)  # axis labels "0,95" in German
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setBackgroundRoundness(0)
        self.loss = QLineSeries(name=self.tr("loss"))
        self.accuracy = QLineSeries(name=self.tr("test accuracy"))
        self.accuracy.setPointsVisible(True)  # a one-epoch run is a single point
        # "%d" draws no labels once numbers are localised (Qt 6): "%.0f" does
        self.step_axis = QValueAxis(labelFormat="%.0f", titleText=self.tr("epoch"))
        self.loss_axis = QValueAxis(labelFormat="%.1f")
        self.accuracy_axis = QValueAxis(labelFormat="%.0f %")  # in percent, as the app writes it
        self.accuracy_axis.setGridLineVisible(False)  # the loss scale's lines are the grid
        for series in (self.loss, self.accuracy):
            chart.addSeries(series)
        chart.addAxis(self.step_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.loss_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.accuracy_axis, Qt.AlignmentFlag.AlignRight)
        self.loss.attachAxis(self.step_axis)
        self.loss.attachAxis(self.loss_axis)
        self.accuracy.attachAxis(self.step_axis)
        self.accuracy.attachAxis(self.accuracy_axis)
        self.setChart(chart)
        self._apply_theme()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read as text by a screen reader
        describe(self, self.tr("Training chart: loss and test accuracy by epoch"))
        self.reset(1)

    def _apply_theme(self) -> None:
        """Light or dark like the palette; the theme resets the curves' pens, so set them after."""
        self.chart().setTheme(chart_theme(self.palette()))
        colours = tokens(self.palette())
        self.loss.setPen(QPen(colours.chart_loss, 1.5))
        self.accuracy.setPen(QPen(colours.chart_accuracy, 2.5))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a change between a light and a dark palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "accuracy"):
            if self.chart().theme() != chart_theme(self.palette()):
                self._apply_theme()

    def reset(self, epochs: int) -> None:
        """Empty curves for a run of ``epochs`` epochs."""
        self.loss.clear()
        self.accuracy.clear()
        self.step_axis.setRange(0, epochs + 0.25)  # the last epoch's point not cut in half
        self.step_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.step_axis.setTickAnchor(0)
        self.step_axis.setTickInterval(max(1, math.ceil(epochs / 10)))
        self.loss_axis.setRange(0, 2.5)
        self.loss_axis.applyNiceNumbers()
        self._set_accuracy_range(0.9)
        self._max_loss = 0.0
        set_description(self, self.tr("No training run yet."))

    def _set_accuracy_range(self, low: float) -> None:
        """From ``low`` (a fraction) to 100 %, marked at round steps (2, 5 or 10 points)."""
        span = 1.0 - low
        step = 2 if span <= 0.1 + 1e-9 else 5 if span <= 0.25 + 1e-9 else 10
        self.accuracy_axis.setRange(low * 100 - 1e-4, 100 + 1e-4)  # both ends marked
        self.accuracy_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.accuracy_axis.setTickAnchor(100)
        self.accuracy_axis.setTickInterval(step)

    def add_loss(self, epoch_position: float, loss: float) -> None:
        """One loss point (x in epochs)."""
        self.loss.append(epoch_position, loss)
        if loss > self._max_loss:
            self._max_loss = loss
            self.loss_axis.setRange(0, max(0.5, loss * 1.1))
            self.loss_axis.applyNiceNumbers()  # marks at 0.5 or 1 apart, not 0.7, 1.3, 2.0

    def add_accuracy(self, epoch: int, accuracy: float) -> None:
        """One test-accuracy point after an epoch."""
        self.accuracy.append(epoch, accuracy * 100)  # plotted in percent
        low = min(p.y() for p in self.accuracy.points()) / 100
        self._set_accuracy_range(min(0.9, math.floor(low * 50) / 50))
        set_description(self, self.tr("After epoch %1: test accuracy %2, loss %3").replace(
            "%1", str(epoch)).replace("%2", percent(accuracy, 2)).replace(
            "%3", number(self.loss.at(self.loss.count() - 1).y(), 2) if self.loss.count() else "–"))

