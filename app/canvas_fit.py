"""A drawing that no longer fits the canvas is scaled, never cut; an image keeps its place.

A restored one on a smaller screen, or any after the window (or the splitter)
made the canvas smaller than its ink. An opened image drawn on (no strokes of
its own) keeps its place relative to the canvas's middle when the canvas changes
size: maximised, it was left in the top left corner; one not drawn on is fitted
again from the picture itself (``DrawingCanvas.fit_drawing_to_view``). A drawing
stays where it was drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from app.canvas_history import Strokes
from app.images import blank_image, gray_view

EDGE = 8  # px kept clear at the right and bottom edges (the canvas's frame is drawn there)


def fit_drawing(image: QImage, strokes: Strokes | None, size: QSize,
                was: QSize | None = None) -> tuple[QImage, Strokes | None] | None:
    """The drawing scaled down so all its ink lies within ``size`` (logical pixels).

    Ink reaching past the canvas, or into its last ``EDGE`` pixels (under the focus
    frame: a 1 at the edge looked cut), is scaled to end that far from the edge.
    An image (no strokes) keeps its place relative to the middle of the canvas as it
    ``was``: a centred one stays centred.

    Args:
        image: The drawing's RGB32 gray store (device pixels, with its pixel ratio).
        strokes: Its strokes in logical coordinates, or None for an image.
        size: The canvas's logical size.
        was: Its size before it changed, if it did.

    Returns:
        The scaled (or placed) image and strokes, or None when nothing changes.
    """
    if size.isEmpty():
        return None
    if strokes is None and was is not None and min(was.width(), was.height()) >= MIN_SIDE:
        placed = _placed(image, was, size)
        return None if placed is None else (placed, None)
    return _scaled_to_fit(image, strokes, size)


def _scaled_to_fit(image: QImage, strokes: Strokes | None,
                   size: QSize) -> tuple[QImage, Strokes | None] | None:
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


def _placed(image: QImage, was: QSize, size: QSize) -> QImage | None:
    """An image's ink as far from the middle of ``size`` as it was from the middle of ``was``.

    Scaled down (about that middle) only if it is larger than the canvas, and kept
    whole on it; None if it stays where it is.
    """
    ink = np.argwhere(gray_view(image, image.width(), image.height()) < 255)
    if len(ink) == 0:
        return None
    dpr = image.devicePixelRatio()
    (top, left), (bottom, right) = ink.min(axis=0), ink.max(axis=0) + 1
    width, height, edge = size.width() * dpr, size.height() * dpr, EDGE * dpr
    factor = min(1.0, (width - edge) / (right - left), (height - edge) / (bottom - top))
    new_w, new_h = (right - left) * factor, (bottom - top) * factor
    x = width / 2 + ((left + right) / 2 - was.width() * dpr / 2) * factor - new_w / 2
    y = height / 2 + ((top + bottom) / 2 - was.height() * dpr / 2) * factor - new_h / 2
    x = min(max(x, 0.0), width - edge - new_w)
    y = min(max(y, 0.0), height - edge - new_h)
    if factor == 1 and round(x) == left and round(y) == top:
        return None
    # As large as the canvas too: the store may be smaller than a grown canvas.
    placed = blank_image(image.size().expandedTo(QSize(math.ceil(width), math.ceil(height))),
                         dpr)
    painter = QPainter(placed)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, bool(factor < 1))
    painter.drawImage(QRectF(round(x) / dpr, round(y) / dpr, new_w / dpr, new_h / dpr), image,
                      QRectF(left, top, right - left, bottom - top))
    painter.end()
    return placed


FIT_DELAY_MS = 300  # a drag is many resizes: the drawing is scaled once, when it ends
MIN_SIDE = 100  # a canvas folded away (a splitter) does not shrink the drawing to nothing


class KeepInView(QObject):
    """Scales ``canvas``'s drawing down once it has been made smaller than the ink.

    Cut, the drawing no longer matched its answer (a "317" read with its 7 out of
    view). An opened image keeps its place relative to the middle. ``then`` runs
    after a change (read the drawing again).
    """

    def __init__(self, canvas: QWidget, then: Callable[[], object]) -> None:
        super().__init__(canvas)
        self._canvas, self._then = canvas, then
        self._timer = QTimer(self, singleShot=True, interval=FIT_DELAY_MS)
        self._timer.timeout.connect(self._fit)
        self._was = QSize()  # the canvas's size before this resizing
        canvas.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Wait for the resizing to end."""
        if watched is self._canvas and event.type() == QEvent.Type.Resize:
            if not (self._timer.isActive() and self._was.isValid()):  # invalid when first shown
                self._was = event.oldSize()
            self._timer.start()
        return False

    def _fit(self) -> None:
        canvas = self._canvas
        if (canvas.isVisible() and min(canvas.width(), canvas.height()) >= MIN_SIDE
                and canvas.fit_drawing_to_view(self._was)):
            self._then()
