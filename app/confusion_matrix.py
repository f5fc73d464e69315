"""A 10x10 confusion matrix painted as a heat map, with per-class accuracy.

Rows are the true digit, columns the predicted one. Correct answers (the
diagonal) are shaded blue and mistakes red, each on its own logarithmic scale,
so that a single mistake among ten thousand images is still clearly visible.
Clicking a cell emits ``cellChosen(true_digit, predicted_digit)``.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.accessibility import announce, describe, give_role, matrix_text, set_description
from app.evaluation import NUM_CLASSES
from app.language import percent
from app.theme import Tokens, readable_on, tokens
from model.network.metrics import per_class_accuracy

_WRONG_FLOOR = 0.22  # the lightest non-zero mistake shade: one mistake must show
_CORRECT_FLOOR = 0.12


def validate_matrix(matrix: np.ndarray) -> np.ndarray:
    """Check a confusion matrix and return it as int64.

    Args:
        matrix: 10x10 non-negative whole counts.

    Returns:
        A new int64 array of shape (10, 10).

    Raises:
        ValueError: If the shape is wrong or a count is negative or fractional.
    """
    values = np.asarray(matrix)
    if values.shape != (NUM_CLASSES, NUM_CLASSES):
        raise ValueError(f"expected a 10x10 matrix, got shape {values.shape}")
    counts = values.astype(np.int64)
    if np.any(counts != values) or np.any(counts < 0):
        raise ValueError("counts must be non-negative whole numbers")
    return counts


def shade(fraction: float, dark: QColor, base: QColor | None = None) -> QColor:
    """Blend ``base`` (default: the surface colour) towards ``dark``: 0 is ``base``, 1 ``dark``."""
    f = min(max(fraction, 0.0), 1.0)
    base = tokens().surface if base is None else base
    return QColor(
        round(base.red() + (dark.red() - base.red()) * f),
        round(base.green() + (dark.green() - base.green()) * f),
        round(base.blue() + (dark.blue() - base.blue()) * f),
    )


def log_fraction(count: int, largest: int, floor: float) -> float:
    """Position of ``count`` on a log scale up to ``largest``; 0 for 0, else >= ``floor``."""
    if count <= 0 or largest <= 0:
        return 0.0
    return floor + (1.0 - floor) * math.log1p(count) / math.log1p(largest)


def cell_color(matrix: np.ndarray, row: int, column: int,
               colours: Tokens | None = None) -> QColor:
    """Background of one cell: blue shades on the diagonal, red off it."""
    colours = colours or tokens()
    count = int(matrix[row, column])
    if count == 0:
        return colours.empty
    diagonal = np.diag(matrix)
    if row == column:
        return shade(log_fraction(count, int(diagonal.max()), _CORRECT_FLOOR), colours.right,
                     colours.surface)
    largest = int((matrix - np.diag(diagonal)).max())
    return shade(log_fraction(count, largest, _WRONG_FLOOR), colours.wrong, colours.surface)


def text_color(background: QColor) -> QColor:
    """White or near-black, whichever reads better on ``background``."""
    return readable_on(background)


class ConfusionMatrixView(QWidget):
    """Paints a confusion matrix; a click on a cell (or Enter) emits ``cellChosen``.

    The layout is a header row of predicted digits, a header column of true
    digits, the 10x10 cells, and a last column with each digit's accuracy.
    """

    cellChosen = Signal(int, int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, QAccessible.Role.Chart)  # painted: said as "filler"
        self.setObjectName("confusionMatrix")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Enter, as the mouse
        self.setMinimumSize(300, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._matrix: np.ndarray | None = None
        self._highlight: tuple[int, int] | None = None
        self._hover: tuple[int, int] | None = None
        self._placeholder = self.tr("No results yet")
        self._colours = tokens(self.palette())
        describe(self, self.tr("Confusion matrix: rows are the true digits, columns what the "
                               "network read"), matrix_text(None, self._placeholder))

    # ------------------------------------------------------------------- API

    def set_matrix(self, matrix: np.ndarray | None) -> None:
        """Show a confusion matrix (rows true, columns predicted), or none.

        Raises:
            ValueError: If ``matrix`` is not 10x10 non-negative counts.
        """
        self._matrix = None if matrix is None else validate_matrix(matrix)
        set_description(self, matrix_text(self._matrix, self._placeholder))
        self.update()

    def matrix(self) -> np.ndarray | None:
        """Return a copy of the matrix shown, or None."""
        return None if self._matrix is None else self._matrix.copy()

    def set_placeholder(self, text: str) -> None:
        """Set the text shown while there is no matrix (e.g. "Evaluating...")."""
        self._placeholder = text
        if self._matrix is None:
            set_description(self, matrix_text(None, text))
            self.update()

    def set_highlight(self, cell: tuple[int, int] | None) -> None:
        """Outline one (true, predicted) cell, e.g. the one the grid is filtered to."""
        if cell != self._highlight:
            self._highlight = cell
            self.update()

    def highlight(self) -> tuple[int, int] | None:
        """Return the outlined (true, predicted) cell, if any."""
        return self._highlight

    def cell_rect(self, true_digit: int, predicted: int) -> QRect:
        """Return the rectangle of one cell in widget coordinates."""
        left, top, side = self._geometry()
        x0, x1 = round(left + predicted * side), round(left + (predicted + 1) * side)
        y0, y1 = round(top + true_digit * side), round(top + (true_digit + 1) * side)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """Return the (true, predicted) cell under a point, or None."""
        left, top, side = self._geometry()
        column = math.floor((pos.x() - left) / side)
        row = math.floor((pos.y() - top) / side)
        if 0 <= row < NUM_CLASSES and 0 <= column < NUM_CLASSES:
            return row, column
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Return the preferred size."""
        return QSize(440, 420)

    # -------------------------------------------------------------- geometry

    def _header(self) -> float:
        """Width of the row header and height of the column header."""
        return QFontMetrics(self._header_font()).height() * 2.6 + 4

    def _accuracy_width(self) -> float:
        """Width of the per-class accuracy column (fits its header and "100.0%")."""
        header = QFontMetrics(self._header_font()).horizontalAdvance(self.tr("accuracy"))
        return max(header, QFontMetrics(self.font()).horizontalAdvance(percent(1.0, 1))) + 12

    def _legend_height(self) -> float:
        """Height of the colour legend under the cells."""
        return QFontMetrics(self.font()).height() * 2.2

    def _geometry(self) -> tuple[float, float, float]:
        """Return the left and top of cell (0, 0) and the side of a cell."""
        header = self._header()
        usable_w = self.width() - header - self._accuracy_width() - 6
        usable_h = self.height() - header - self._legend_height() - 6
        side = max(min(usable_w, usable_h) / NUM_CLASSES, 8.0)
        grid_w = side * NUM_CLASSES + self._accuracy_width()
        left = header + max((self.width() - header - grid_w) / 2, 0)
        return left, header, side

    def _header_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _cell_font(self, side: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(7, min(13, round(side * 0.34))))
        return font

    # -------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint headers, cells, counts and the accuracy column."""
        self._colours = tokens(self.palette())  # light or dark, as the window is now
        with QPainter(self) as painter:  # ends the painter even if drawing raises
            self._paint(painter)

    def card_rect(self) -> QRect:
        """The painted card (headers, cells, legend) in widget coordinates; what an export keeps."""
        return self._card().toAlignedRect().intersected(self.rect())

    def _card(self) -> QRectF:
        left, top, side = self._geometry()
        return QRectF(left - self._header(), 0, self._header() + side * NUM_CLASSES
                      + self._accuracy_width() + 4, top + side * NUM_CLASSES
                      + self._legend_height())

    def _paint(self, painter: QPainter) -> None:
        left, top, side = self._geometry()
        card = self._card()
        painter.fillRect(card, self._colours.surface)
        painter.setPen(self._colours.border)
        painter.drawRect(card.adjusted(0.5, 0.5, -0.5, -0.5))
        if self._matrix is None:
            painter.setPen(self._colours.muted)
            painter.drawText(card, Qt.AlignmentFlag.AlignCenter, self._placeholder)
            return
        self._paint_headers(painter, left, top, side)
        self._paint_cells(painter, side)
        self._paint_accuracy(painter, left, top, side)
        self._paint_legend(painter, left, top + side * NUM_CLASSES)
        self._paint_outlines(painter)

    def _paint_legend(self, painter: QPainter, left: float, top: float) -> None:
        """Explain the colours: blue right, red wrong, stronger = more (log scale: both schemes)."""
        metrics = QFontMetrics(self.font())
        swatch = metrics.height() - 4
        y = top + (self._legend_height() - swatch) / 2
        x = left
        painter.setFont(self.font())
        for fractions, dark, text in (
            ((_CORRECT_FLOOR, 0.55, 1.0), self._colours.right, self.tr("right")),
            ((_WRONG_FLOOR, 0.6, 1.0), self._colours.wrong, self.tr("wrong")),
        ):
            for fraction in fractions:
                painter.fillRect(QRectF(x, y, swatch, swatch),
                                 shade(fraction, dark, self._colours.surface))
                x += swatch
            x += 4
            painter.setPen(self._colours.muted)
            painter.drawText(QRectF(x, y - 2, metrics.horizontalAdvance(text) + 2, swatch + 4),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 14
        note = self.tr("stronger colour = more (log scale)")  # a dark scheme shades to bright
        if x + metrics.horizontalAdvance(note) < self.width() - 4:  # all of it, or nothing
            painter.drawText(QRectF(x, y - 2, self.width() - x, swatch + 4),
                             Qt.AlignmentFlag.AlignVCenter, note)

    def _paint_headers(self, painter: QPainter, left: float, top: float, side: float) -> None:
        header = self._header()
        metrics = QFontMetrics(self._header_font())
        line = metrics.height()
        painter.setFont(self._header_font())
        painter.setPen(self._colours.muted)
        span = side * NUM_CLASSES
        painter.drawText(QRectF(left, 4, span, line + 2), Qt.AlignmentFlag.AlignCenter,
                         self.tr("predicted digit →"))
        painter.drawText(QRectF(left + span, 0, self._accuracy_width(), top - 2),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         self.tr("accuracy"))
        for digit in range(NUM_CLASSES):
            painter.drawText(QRectF(left + digit * side, line, side, top - line),
                             Qt.AlignmentFlag.AlignCenter, str(digit))
            painter.drawText(QRectF(left - line * 1.3, top + digit * side, line * 1.1, side),
                             Qt.AlignmentFlag.AlignCenter, str(digit))
        painter.save()
        painter.translate(left - header + line * 0.2, top + span / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-span / 2, 0, span, line + 2), Qt.AlignmentFlag.AlignCenter,
                         self.tr("← true digit"))
        painter.restore()

    def _paint_cells(self, painter: QPainter, side: float) -> None:
        matrix = self._matrix
        painter.setFont(self._cell_font(side))
        for row in range(NUM_CLASSES):
            for column in range(NUM_CLASSES):
                rect = self.cell_rect(row, column)
                background = cell_color(matrix, row, column, self._colours)
                painter.fillRect(rect, background)
                count = int(matrix[row, column])
                painter.setPen(self._colours.faint if count == 0 else text_color(background))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setPen(QPen(self._colours.border, 1))
        first = self.cell_rect(0, 0)
        last = self.cell_rect(NUM_CLASSES - 1, NUM_CLASSES - 1)
        xs = [self.cell_rect(0, c).left() for c in range(NUM_CLASSES)] + [last.right() + 1]
        ys = [self.cell_rect(r, 0).top() for r in range(NUM_CLASSES)] + [last.bottom() + 1]
        for x in xs:
            painter.drawLine(x, first.top(), x, last.bottom() + 1)
        for y in ys:
            painter.drawLine(first.left(), y, last.right() + 1, y)

    def hardest(self) -> set[int]:
        """The digits read right least often, as written: two at "99.0 %" are both marked."""
        values = [] if self._matrix is None else per_class_accuracy(self._matrix).tolist()
        known = [v for v in values if not math.isnan(v)]
        lowest = percent(min(known), 1) if known else None
        return {d for d, v in enumerate(values) if not math.isnan(v) and percent(v, 1) == lowest}

    def _paint_accuracy(self, painter: QPainter, left: float, top: float, side: float) -> None:
        accuracies = per_class_accuracy(self._matrix)
        x = left + side * NUM_CLASSES + 4
        width = self._accuracy_width() - 4
        hardest = self.hardest()
        for digit, value in enumerate(accuracies.tolist()):
            rect = QRectF(x, top + digit * side, width, side)
            font = QFont(self.font())
            font.setBold(digit in hardest)  # the digit the model finds hardest stands out
            painter.setFont(font)
            if math.isnan(value):
                painter.setPen(self._colours.faint)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–")
                continue
            painter.setPen(self._colours.wrong if digit in hardest else self._colours.text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, percent(value, 1))

    def _paint_outlines(self, painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._highlight is not None:
            painter.setPen(QPen(self._colours.outline, 3))
            painter.drawRect(self.cell_rect(*self._highlight).adjusted(1, 1, -1, -1))
        # The keyboard's cell shows inside the chosen one's outline (it was hidden under it).
        on_chosen = self._hover == self._highlight
        if self._hover is not None and (not on_chosen or self.hasFocus()):
            inset = 4 if on_chosen else 1
            painter.setPen(QPen(self._colours.marker, 2))
            painter.drawRect(self.cell_rect(*self._hover).adjusted(inset, inset, -inset, -inset))

    # ----------------------------------------------------------------- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Emit ``cellChosen`` for a left click on a cell."""
        cell = self.cell_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and cell and self._matrix is not None:
            self.cellChosen.emit(*cell)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Outline the cell under the pointer."""
        cell = self.cell_at(event.position().toPoint()) if self._matrix is not None else None
        self._set_hover(cell)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Remove the hover outline."""
        self._set_hover(None)
        super().leaveEvent(event)

    def _set_hover(self, cell: tuple[int, int] | None) -> None:
        if cell != self._hover:
            self._hover = cell
            shape = Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            self.update()

    def event(self, event: QEvent) -> bool:
        """Show a tooltip describing the cell under the pointer."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.cell_description(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def cell_description(self, pos: QPoint) -> str:
        """One line about the cell under ``pos`` ("" when there is none)."""
        return self._cell_text(self.cell_at(pos), self.tr("click to show them"))

    def _cell_text(self, cell: tuple[int, int] | None, action: str) -> str:
        if cell is None or self._matrix is None:
            return ""
        true_digit, predicted = cell
        count = int(self._matrix[true_digit, predicted])
        total = int(self._matrix[true_digit].sum())
        text = self.tr("true %1, predicted %2: %n image(s)", "", count)
        if total:
            text += " " + self.tr("(%3 of the %1s)").replace("%3", percent(count / total, 1))
        text += " · " + action
        return text.replace("%1", str(true_digit)).replace("%2", str(predicted))

    # -------------------------------------------------------------- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows move from cell to cell; Enter or Space shows the cell's images, as a click."""
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                 Qt.Key.Key_Down: (1, 0)}
        if self._matrix is not None and self._hover is not None and event.key() in steps:
            down, right = steps[event.key()]
            self._keyboard_to((min(max(self._hover[0] + down, 0), NUM_CLASSES - 1),
                               min(max(self._hover[1] + right, 0), NUM_CLASSES - 1)))
        elif self._matrix is not None and self._hover is not None and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.cellChosen.emit(*self._hover)
        else:
            super().keyPressEvent(event)

    def _keyboard_to(self, cell: tuple[int, int]) -> None:
        self._set_hover(cell)
        announce(self, self._cell_text(cell, self.tr("Enter shows them")))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """The keyboard starts on the cell the grid is filtered to (or the first)."""
        super().focusInEvent(event)
        if self._matrix is not None:
            self._keyboard_to(self._hover or self._highlight or (0, 0))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """The outline goes; a screen reader gets the whole matrix again."""
        super().focusOutEvent(event)
        self._set_hover(None)
        set_description(self, matrix_text(self._matrix, self._placeholder))
