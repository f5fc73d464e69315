"""Fusion, with the keyboard's focus ring drawn to be seen, and a dark palette's edges.

Fusion draws where the keyboard is faintly: a tool button's ring was a pale tint
(1.0:1 on a toolbar button, light palette), and on the app's dark palette every
ring was 2:1. Fusion's check box and radio button edges on the dark palette were
1.2:1. Over Fusion's own drawing this style draws the focus ring in the accent
colour, 2 px, in either palette, and the dark palette's marks at 3:1 or more
(WCAG's contrast for the parts of a control).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionToolButton,
    QWidget,
)

from app.theme import is_dark, tokens

_MARKS = (QStyle.PrimitiveElement.PE_IndicatorRadioButton,
          QStyle.PrimitiveElement.PE_IndicatorCheckBox)
FOCUS_WIDTH = 2


class FusionStyle(QProxyStyle):
    """Fusion, with focus rings that show and, on a dark palette, check and radio edges."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        """Fusion's drawing, then the edges it draws too faintly."""
        colours = tokens(option.palette)
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(painter, QRectF(option.rect), colours.accent, 2)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _MARKS and is_dark(option.palette):
            radius = option.rect.height() / 2 if element == _MARKS[0] else 2
            _ring(painter, QRectF(option.rect), colours.muted, radius, 1)
        elif element == QStyle.PrimitiveElement.PE_PanelButtonCommand and _keyboard_on(option):
            _ring(painter, QRectF(option.rect), colours.accent, 3)

    def drawComplexControl(self, control: QStyle.ComplexControl,  # noqa: N802 - Qt's
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        """A tool button (the toolbar's, flat) ringed where Fusion only tinted it."""
        if control != QStyle.ComplexControl.CC_ToolButton or not _keyboard_on(option):
            super().drawComplexControl(control, option, painter, widget)
            return
        plain = QStyleOptionToolButton(option)  # one ring: not Fusion's inside ours
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().drawComplexControl(control, plain, painter, widget)
        _ring(painter, QRectF(option.rect), tokens(option.palette).accent, 3)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802
                    painter: QPainter, widget: QWidget | None = None) -> None:
        """A focus frame (around painted widgets and lists) in the accent colour."""
        if element == QStyle.ControlElement.CE_FocusFrame:
            _ring(painter, QRectF(option.rect), tokens(option.palette).accent, 3)
            return
        super().drawControl(element, option, painter, widget)


def _keyboard_on(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus
                and option.state & QStyle.StateFlag.State_KeyboardFocusChange)


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
