"""A drawing that no longer fits the canvas is scaled, never cut.

A restored one on a smaller screen, or any after the window (or the splitter)
made the canvas smaller than its ink.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from app.canvas_history import Strokes
from app.images import gray_view

EDGE = 8  # px kept clear at the right and bottom edges (the canvas's frame is drawn there)


def fit_drawing(image: QImage, strokes: Strokes | None,
                size: QSize) -> tuple[QImage, Strokes | None] | None:
    """The drawing scaled down so all its ink lies within ``size`` (logical pixels).

    Ink reaching past the canvas, or into its last ``EDGE`` pixels (under the focus
    frame: a 1 at the edge looked cut), is scaled to end that far from the edge.

    Args:
        image: The drawing's RGB32 gray store (device pixels, with its pixel ratio).
        strokes: Its strokes in logical coordinates, or None for an image.
        size: The canvas's logical size.

    Returns:
        The scaled image and strokes, or None when the ink already fits.
    """
    if size.isEmpty():
        return None
    ink = np.argwhere(gray_view(image, image.width(), image.height()) < 255)
    if len(ink) == 0:
        return None
    dpr = image.devicePixelRatio()
    bottom, right = (ink.max(axis=0) + 1) / dpr
    if right <= size.width() - EDGE and bottom <= size.height() - EDGE:
        return None
    factor = min((size.width() - EDGE) / right, (size.height() - EDGE) / bottom)
    if factor >= 1:
        return None
    scaled = image.scaled(max(1, math.floor(image.width() * factor)),
                          max(1, math.floor(image.height() * factor)),
                          Qt.AspectRatioMode.IgnoreAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    scaled.setDevicePixelRatio(dpr)
    if strokes is not None:
        strokes = [[(x * factor, y * factor) for x, y in stroke] for stroke in strokes]
    return scaled, strokes


FIT_DELAY_MS = 300  # a drag is many resizes: the drawing is scaled once, when it ends
MIN_SIDE = 100  # a canvas folded away (a splitter) does not shrink the drawing to nothing


class KeepInView(QObject):
    """Scales ``canvas``'s drawing down once it has been made smaller than the ink.

    Cut, the drawing no longer matched its answer (a "317" read with its 7 out of
    view). ``then`` runs after a scaling (read the drawing again).
    """

    def __init__(self, canvas: QWidget, then: Callable[[], object]) -> None:
        super().__init__(canvas)
        self._canvas, self._then = canvas, then
        self._timer = QTimer(self, singleShot=True, interval=FIT_DELAY_MS)
        self._timer.timeout.connect(self._fit)
        canvas.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Wait for the resizing to end."""
        if watched is self._canvas and event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def _fit(self) -> None:
        canvas = self._canvas
        if (canvas.isVisible() and min(canvas.width(), canvas.height()) >= MIN_SIDE
                and canvas.fit_drawing_to_view()):
            self._then()
