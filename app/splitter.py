"""A splitter whose divider can be seen and caught: wider than Qt's, with a grip drawn on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

from app.theme import tokens

HANDLE_WIDTH = 8
"""Pixels: Qt's 3-5 px divider was missed by a pointer on a laptop's touchpad."""
_DOTS = 3
_DOT_RADIUS = 1.5
_DOT_GAP = 6


class _Handle(QSplitterHandle):
    """Three dots across the middle of the divider, as a grip is drawn."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        colours = tokens(self.palette())  # muted text: seen in light and dark themes alike
        painter.setBrush(colours.accent if self.underMouse() else colours.muted)
        centre = QPointF(self.rect().center()) + QPointF(0.5, 0.5)
        across = self.orientation() == Qt.Orientation.Horizontal
        for k in range(_DOTS):
            offset = (k - (_DOTS - 1) / 2) * _DOT_GAP
            painter.drawEllipse(centre + (QPointF(0, offset) if across else QPointF(offset, 0)),
                                _DOT_RADIUS, _DOT_RADIUS)

    def enterEvent(self, event: object) -> None:
        self.update()  # the grip lights up: this can be dragged
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.update()
        super().leaveEvent(event)


class Splitter(QSplitter):
    """QSplitter with a divider HANDLE_WIDTH px wide and a grip; children never collapse."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None,
                 objectName: str = "") -> None:  # noqa: N803 (Qt's keyword)
        super().__init__(orientation, parent, objectName=objectName)
        self.setHandleWidth(HANDLE_WIDTH)
        self.setChildrenCollapsible(False)

    def createHandle(self) -> QSplitterHandle:
        """Qt asks for each divider here."""
        return _Handle(self.orientation(), self)
