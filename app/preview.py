"""A magnified view of the exact 28x28 array the network is given."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.accessibility import describe, give_role, ink_text, set_description
from app.images import unit_gray_image
from app.theme import readable_on, tokens

INPUT_SIDE = 28
_BORDER = 1


def _validated(arr: np.ndarray) -> np.ndarray:
    """Return a float32 copy of a valid network input.

    Args:
        arr: A 28x28 array of real numbers, nominally in [0, 1], ink high.

    Returns:
        A new C-contiguous float32 28x28 array.

    Raises:
        ValueError: If the shape is not (28, 28), the dtype is not real
            numeric, or a value is not finite.
    """
    arr = np.asarray(arr)
    if arr.shape != (INPUT_SIDE, INPUT_SIDE):
        raise ValueError(f"expected shape ({INPUT_SIDE}, {INPUT_SIDE}), got {arr.shape}")
    if not (np.issubdtype(arr.dtype, np.floating) or np.issubdtype(arr.dtype, np.integer)):
        raise ValueError(f"expected a real numeric array, got {arr.dtype}")
    values = np.array(arr, dtype=np.float32, order="C")
    if not np.all(np.isfinite(values)):
        raise ValueError("the array must be finite")
    return values


def _pixel_rect(bounds: QRect) -> QRect:
    """Return the largest centred square inside ``bounds`` for the pixels.

    A whole-number scale (when there is room for one) keeps every input
    pixel the same size on screen.
    """
    side = min(bounds.width(), bounds.height())
    scale = side // INPUT_SIDE
    side = scale * INPUT_SIDE if scale >= 1 else max(side, 1)
    rect = QRect(0, 0, side, side)
    rect.moveCenter(bounds.center())
    return rect


class NetworkInputPreview(QWidget):
    """Shows the network's 28x28 input magnified with nearest-neighbour.

    White ink on black, as MNIST images look, inside a thin gray border and
    with no caption. Before any array is set it shows a dark placeholder.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty preview.

        Args:
            parent: Optional parent widget.
        """
        super().__init__(parent)
        give_role(self, QAccessible.Role.Graphic)
        self.setObjectName("preview")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._values: np.ndarray | None = None
        self._image: QImage | None = None
        describe(self, self.tr("What the network sees, 28 by 28 pixels"), ink_text(None))

    def set_array(self, arr: np.ndarray | None, why_empty: str = "") -> None:
        """Show a network input, or the placeholder for None.

        Args:
            arr: 28x28 real numbers, nominally float32 in [0, 1] with ink
                high; shown clipped to [0, 1] but kept exactly as given.
            why_empty: With None, what a screen reader hears after "Empty:"
                ("No writing found in this picture"); else "nothing drawn yet".

        Raises:
            ValueError: If the shape is not (28, 28) or values are invalid;
                the preview is left unchanged.
        """
        if arr is None:
            self._values, self._image = None, None
        else:
            values = _validated(arr)
            self._values, self._image = values, unit_gray_image(values)
        set_description(self, ink_text(self._values, why_empty))
        self.update()

    def array(self) -> np.ndarray | None:
        """Return a copy of the array shown, or None for the placeholder."""
        return None if self._values is None else self._values.copy()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Return 5x magnification plus the border."""
        side = INPUT_SIDE * 5 + 2 * _BORDER
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Return 1x magnification plus the border."""
        side = INPUT_SIDE + 2 * _BORDER
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Paint the magnified pixels (or placeholder) and the border."""
        inner = self.rect().adjusted(_BORDER, _BORDER, -_BORDER, -_BORDER)
        target = _pixel_rect(inner)
        painter = QPainter(self)
        # Nearest-neighbour: each input pixel must stay a crisp square.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        if self._image is None:
            empty = tokens(self.palette()).preview_empty
            painter.fillRect(target, empty)
            # What to do, not a black box: one line (wrapped) in the empty frame.
            painter.setPen(readable_on(empty))
            painter.drawText(target.adjusted(6, 6, -6, -6),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Draw: the network's view shows here"))
        else:
            painter.drawImage(target, self._image)
        painter.setPen(QPen(tokens(self.palette()).preview_border, _BORDER))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # A 1 px pen on an integer rect draws outside it on the right/bottom.
        border = target.adjusted(-_BORDER, -_BORDER, 0, 0)
        painter.drawRect(border)
        painter.end()
