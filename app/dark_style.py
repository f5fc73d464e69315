"""Fusion with edges a dark palette shows: check and radio marks, the keyboard's focus.

Fusion draws a check box's and a radio button's edge a little darker than the
window and its focus rings in a darkened selection colour: on the app's dark
palette they are 1.2:1 and 2:1, so a radio button's circle and where the
keyboard is could not be seen. Over Fusion's own drawing this style draws them
again at 3:1 or more (WCAG's contrast for the parts of a control), only when
the palette is dark; the light palette is Fusion's, untouched.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from app.theme import is_dark, tokens

_MARKS = (QStyle.PrimitiveElement.PE_IndicatorRadioButton,
          QStyle.PrimitiveElement.PE_IndicatorCheckBox)
FOCUS_WIDTH = 2


class DarkFusion(QProxyStyle):
    """Fusion, with visible check and radio edges and focus rings on a dark palette."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        """Fusion's drawing, then the edges it draws too faintly on a dark palette."""
        dark = is_dark(option.palette)
        if dark and element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(painter, QRectF(option.rect), tokens(option.palette).accent, 2)
            return
        super().drawPrimitive(element, option, painter, widget)
        if not dark:
            return
        colours = tokens(option.palette)
        if element in _MARKS:
            radius = option.rect.height() / 2 if element == _MARKS[0] else 2
            _ring(painter, QRectF(option.rect), colours.muted, radius, 1)
        elif (element == QStyle.PrimitiveElement.PE_PanelButtonCommand
              and option.state & QStyle.StateFlag.State_HasFocus
              and option.state & QStyle.StateFlag.State_KeyboardFocusChange):
            _ring(painter, QRectF(option.rect), colours.accent, 3)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802
                    painter: QPainter, widget: QWidget | None = None) -> None:
        """A focus frame (around painted widgets) in the dark palette's accent."""
        if element == QStyle.ControlElement.CE_FocusFrame and is_dark(option.palette):
            _ring(painter, QRectF(option.rect), tokens(option.palette).accent, 3)
            return
        super().drawControl(element, option, painter, widget)


def _ring(painter: QPainter, rect: QRectF, colour: QColor, radius: float,
          width: int = FOCUS_WIDTH) -> None:
    """An outline of ``width`` just inside ``rect``, corners rounded by ``radius``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)
    painter.restore()
