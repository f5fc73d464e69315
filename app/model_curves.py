"""A model's training curves, painted: mean loss and test accuracy after each epoch.

Small and static (a finished run's history from its metadata), so painted
directly rather than with QtCharts; the numbers are also its accessible
description.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.accessibility import describe, give_role
from app.language import in_list, percent
from app.theme import paint_focus_ring, tokens

MARGIN = 28
RING = 4  # the focus ring's width and a pixel: text stays inside it
AlignmentFlag = Qt.AlignmentFlag


def accuracy_floor(accuracies: list[float]) -> float:
    """The accuracy scale's bottom: a round half percent below the lowest epoch.

    Its label is then exact, and the lowest point shows above the frame (at the
    lowest epoch's own value, "99.0 %" was read as a point hidden in the frame).
    """
    if not accuracies:
        return 0.0
    return max(0.0, math.floor((min(accuracies) - 0.001) * 200) / 200)


class ModelCurves(QWidget):
    """Loss (left scale) and test accuracy (right scale) per epoch of one model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, QAccessible.Role.Chart)
        self.setObjectName("modelCurves")
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads its numbers there
        self.history: list[dict] = []
        self._empty = ""
        self.set_history(None)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide and low."""
        return QSize(520, 160)

    def set_history(self, history: list[dict] | None) -> None:
        """Show these epochs (``epoch``, ``loss``, ``test_accuracy``, ``seconds`` each).

        None: no one model is chosen (none, or two to compare).
        """
        self.history = [row for row in history or [] if isinstance(row.get("epoch"), int)]
        locale = QLocale()
        if history is None:
            text = self._empty = self.tr("Choose one model to see its training curves.")
        elif not self.history:
            text = self.tr("No curves: this model's training history was not recorded.")
            self._empty = self.tr("No training history recorded")
        else:
            text = in_list(
                self.tr("epoch %1: loss %2, test accuracy %3").replace(
                    "%1", locale.toString(row["epoch"])).replace(
                    "%2", "?" if row.get("loss") is None
                    else locale.toString(float(row["loss"]), "f", 3)).replace(
                    "%3", "?" if row.get("test_accuracy") is None
                    else percent(float(row["test_accuracy"]), 2))
                for row in self.history)
        describe(self, self.tr("Training curves"), text)
        self.update()

    def _line(self, key: str, area: QRectF, low: float, high: float) -> QPainterPath:
        path = QPainterPath()
        points = [(row["epoch"], row.get(key)) for row in self.history
                  if isinstance(row.get(key), int | float)]
        last = max(row["epoch"] for row in self.history)
        for n, (epoch, value) in enumerate(points):
            x = area.left() + area.width() * (epoch / last if last > 1 else 0.5)
            y = area.bottom() - area.height() * (value - low) / max(high - low, 1e-9)
            path.moveTo(x, y) if n == 0 else path.lineTo(x, y)
            path.addEllipse(QPointF(x, y), 2.5, 2.5)
            path.moveTo(x, y)
        return path

    def plot_area(self) -> QRectF:
        """The frame the lines are drawn in: room around it for the scales and titles.

        Text rows are as tall as the font and stay inside the focus ring (the ring
        hid the bottom of "epoch" and the tops of the titles).
        """
        line = self.fontMetrics().height()
        top = RING + line + line / 2  # the titles' row, then half a scale number
        bottom = RING + 2 * line + 2  # the epoch numbers, then "epoch"
        return QRectF(self.rect()).adjusted(MARGIN + 16, top, -MARGIN - 24, -bottom)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The two lines, their scales and a legend."""
        t = tokens(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), t.surface)
        area, line = self.plot_area(), self.fontMetrics().height()
        painter.setPen(QPen(t.border, 1))
        painter.drawRect(area)
        if self.hasFocus():  # as the window's other charts show it
            paint_focus_ring(painter, self, QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setPen(t.muted)
        if not self.history:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty)
            return
        losses = [row["loss"] for row in self.history if isinstance(row.get("loss"), int | float)]
        accuracies = [row["test_accuracy"] for row in self.history
                      if isinstance(row.get("test_accuracy"), int | float)]
        top_loss = max(losses, default=1.0) or 1.0
        low_accuracy = accuracy_floor(accuracies)
        locale = QLocale()
        # The loss scale left of the frame, the accuracy scale right of it, each against it.
        for y, loss, accuracy in ((area.top(), locale.toString(top_loss, "f", 2), percent(1.0)),
                                  (area.bottom(), locale.toString(0), percent(low_accuracy, 1))):
            painter.drawText(QRectF(0, y - line / 2, area.left() - 4, line),
                             AlignmentFlag.AlignRight, loss)
            painter.drawText(QRectF(area.right() + 4, y - line / 2, MARGIN + 20, line),
                             AlignmentFlag.AlignLeft, accuracy)
        last = max(row["epoch"] for row in self.history)
        for epoch in range(1, last + 1, -(-last // 10)):  # at most about ten numbers
            x = area.left() + area.width() * (epoch / last if last > 1 else 0.5)
            painter.drawText(QRectF(x - 20, area.bottom() + 2, 40, line),
                             AlignmentFlag.AlignCenter, locale.toString(epoch))
        painter.drawText(QRectF(area.left(), area.bottom() + 2 + line, area.width(), line),
                         AlignmentFlag.AlignCenter, self.tr("epoch"))
        painter.setPen(QPen(t.chart_loss, 2))
        painter.drawPath(self._line("loss", area, 0.0, top_loss))
        painter.drawText(QRectF(area.left(), RING, area.width() / 2, line),
                         AlignmentFlag.AlignLeft, self.tr("loss"))
        painter.setPen(QPen(t.chart_accuracy, 2))
        painter.drawPath(self._line("test_accuracy", area, low_accuracy, 1.0))
        painter.drawText(QRectF(area.center().x(), RING, area.width() / 2, line),
                         AlignmentFlag.AlignRight, self.tr("test accuracy"))
