"""A drawing that no longer fits the canvas is scaled, never cut; an image stays centred.

A restored one on a smaller screen, or any after the window (or the splitter)
made the canvas smaller than its ink. An opened image (no strokes) that was in
the middle stays there when the canvas changes size: maximised, it was left in
the top left corner.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer
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
    An image (no strokes) centred in the canvas as it ``was`` is centred in ``size``.

    Args:
        image: The drawing's RGB32 gray store (device pixels, with its pixel ratio).
        strokes: Its strokes in logical coordinates, or None for an image.
        size: The canvas's logical size.
        was: Its size before it changed, if it did.

    Returns:
        The scaled (or centred) image and strokes, or None when nothing changes.
    """
    if size.isEmpty():
        return None
    scaled = _scaled_to_fit(image, strokes, size)
    if strokes is None and was is not None and was.isValid() and _centred(image, was) is None:
        centred = _centred(scaled[0] if scaled else image, size)
        if centred is not None:
            return centred, None
    return scaled


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


def _centred(image: QImage, size: QSize) -> QImage | None:
    """``image`` with its ink moved to the middle of ``size``; None if it is there already."""
    gray = gray_view(image, image.width(), image.height())
    ink = np.argwhere(gray < 255)
    if len(ink) == 0:
        return None
    dpr = image.devicePixelRatio()
    (top, left), (bottom, right) = ink.min(axis=0), ink.max(axis=0) + 1
    dy = round((size.height() * dpr - (bottom - top)) / 2 - top)
    dx = round((size.width() * dpr - (right - left)) / 2 - left)
    if max(abs(dx), abs(dy)) <= CENTRE_SLACK * dpr:
        return None
    # As large as the canvas too: a store scaled down may be smaller than the canvas.
    moved = blank_image(image.size().expandedTo(QSize(math.ceil(size.width() * dpr),
                                                       math.ceil(size.height() * dpr))), dpr)
    painter = QPainter(moved)  # white paper over white paper: only the ink moves
    painter.drawImage(QPointF(dx / dpr, dy / dpr), image)
    painter.end()
    return moved


CENTRE_SLACK = 2  # logical px off the middle that are left alone (rounding)
FIT_DELAY_MS = 300  # a drag is many resizes: the drawing is scaled once, when it ends
MIN_SIDE = 100  # a canvas folded away (a splitter) does not shrink the drawing to nothing


class KeepInView(QObject):
    """Scales ``canvas``'s drawing down once it has been made smaller than the ink.

    Cut, the drawing no longer matched its answer (a "317" read with its 7 out of
    view). An opened image in the middle stays in the middle. ``then`` runs after
    a change (read the drawing again).
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
