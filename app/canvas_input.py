"""Mouse, pen tablet and touch on the canvas: each kind of pointer draws strokes.

A mixin for DrawingCanvas: it turns Qt's pointer events into the canvas's
``_begin_stroke`` / ``_extend_stroke`` / ``_end_stroke``, one source at a time
(a pen stroke is not interrupted by a synthesised mouse event).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QMouseEvent, QTabletEvent, QTouchEvent

_TOUCH_EVENTS = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


class PointerInput:
    """Pointer events to strokes (mixed into DrawingCanvas, before QWidget)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Start a stroke on a left press."""
        if event.button() == Qt.MouseButton.LeftButton and self._stroke_source is None:
            self._begin_stroke(event.position(), self._pen_width, "mouse")
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Extend the mouse stroke while the left button is held."""
        if event.buttons() & Qt.MouseButton.LeftButton and self._stroke_source == "mouse":
            self._extend_stroke(event.position(), self._pen_width)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Finish the mouse stroke at the release point."""
        if event.button() == Qt.MouseButton.LeftButton and self._stroke_source == "mouse":
            self._extend_stroke(event.position(), self._pen_width)
            self._end_stroke()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 (Qt override)
        """Draw with a pen tablet; accepting stops Qt synthesising mouse events."""
        width = self._pressure_width(event.pressure())
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._stroke_source is None:
            self._begin_stroke(event.position(), width, "tablet")
        elif kind == QEvent.Type.TabletMove and self._stroke_source == "tablet":
            self._extend_stroke(event.position(), width)
        elif kind == QEvent.Type.TabletRelease and self._stroke_source == "tablet":
            self._extend_stroke(event.position(), width)
            self._end_stroke()
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Route touch events to the stroke path; everything else to Qt."""
        if event.type() in _TOUCH_EVENTS:
            self._touch_event(event)
            return True
        return super().event(event)

    def _touch_event(self, event: QTouchEvent) -> None:
        """Draw with the first finger; accepting stops mouse synthesis."""
        event.accept()
        points = event.points()
        if not points:
            return
        position = points[0].position()
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and self._stroke_source is None:
            self._begin_stroke(position, self._pen_width, "touch")
        elif self._stroke_source == "touch":
            if kind != QEvent.Type.TouchCancel:
                self._extend_stroke(position, self._pen_width)
            if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self._end_stroke()

    def _pressure_width(self, pressure: float) -> float:
        """Return the pen width for a tablet pressure, within +-25 %."""
        pressure = min(1.0, max(0.0, pressure))
        return self._pen_width * (0.75 + 0.5 * pressure)
