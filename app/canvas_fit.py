"""A restored drawing that no longer fits the canvas (a smaller screen) is scaled, never cut."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from app.canvas_history import Strokes
from app.images import gray_view


def fit_drawing(image: QImage, strokes: Strokes | None,
                size: QSize) -> tuple[QImage, Strokes | None] | None:
    """The drawing scaled down so all its ink lies within ``size`` (logical pixels).

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
    factor = min(size.width() / right, size.height() / bottom)
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
