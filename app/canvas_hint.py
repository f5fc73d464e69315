"""The empty canvas's hint ("Draw a digit or a number") and its keyboard focus frame.

Painted over the drawing, never into it (the backing store is what is read).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.theme import tokens

HINT_TEXT = QT_TRANSLATE_NOOP("DrawingCanvas", "Draw a digit or a number")
FOCUS_FRAME = 3  # px: the focus frame's width
_HINT_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # never cut at the sides


def _hint_font(canvas: QWidget) -> QFont:
    font = QFont(canvas.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.5)
    else:  # the font was given in pixels
        font.setPixelSize(round(font.pixelSize() * 1.5))
    return font


def _hint_text() -> str:
    return QCoreApplication.translate("DrawingCanvas", HINT_TEXT)


def hint_rect(canvas: QWidget) -> QRect:
    """The area the hint text covers, wrapped as painted."""
    metrics = QFontMetrics(_hint_font(canvas))
    area = canvas.rect().adjusted(12, 0, -12, 0)
    return metrics.boundingRect(area, _HINT_FLAGS, _hint_text()).adjusted(-4, -4, 4, 4)


def paint_focus(canvas: QWidget, painter: QPainter) -> None:
    """A frame in the theme's accent inside the edge: the canvas has the keyboard."""
    pen = QPen(tokens(canvas.palette()).accent, FOCUS_FRAME)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_FRAME / 2
    painter.drawRect(QRectF(canvas.rect()).adjusted(half, half, -half, -half))


def paint_hint(canvas: QWidget, painter: QPainter) -> None:
    """Paint the hint text; it is never part of the backing store."""
    painter.setFont(_hint_font(canvas))
    painter.setPen(tokens(canvas.palette()).hint)
    painter.drawText(canvas.rect().adjusted(12, 0, -12, 0), _HINT_FLAGS, _hint_text())
