"""Tests for app.preview.NetworkInputPreview (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from app.preview import NetworkInputPreview

pytestmark = pytest.mark.gui


@pytest.fixture
def preview(qtbot) -> NetworkInputPreview:
    """A shown preview at its preferred 5x size."""
    widget = NetworkInputPreview()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def gray_at(image: QImage, x: int, y: int) -> int:
    """Return the gray level of a grabbed pixel, in logical coordinates."""
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio)).value()


def test_initial_state(preview: NetworkInputPreview) -> None:
    assert preview.objectName() == "preview"
    assert preview.array() is None
    hint = preview.sizeHint()
    assert hint.width() == hint.height()
    assert 130 <= hint.width() <= 150


def test_array_round_trip_is_a_copy(preview: NetworkInputPreview) -> None:
    arr = np.random.default_rng(0).random((28, 28), dtype=np.float32)
    preview.set_array(arr)
    shown = preview.array()
    assert shown is not None and shown.dtype == np.float32
    np.testing.assert_array_equal(shown, arr)
    arr[0, 0] = 5.0  # the caller's array is not shared ...
    shown[1, 1] = 5.0  # ... nor is the returned one
    again = preview.array()
    assert again is not None and again[0, 0] != 5.0 and again[1, 1] != 5.0


def test_none_shows_placeholder(preview: NetworkInputPreview) -> None:
    preview.set_array(np.ones((28, 28), np.float32))
    preview.set_array(None)
    assert preview.array() is None
    image = preview.grab().toImage()
    assert gray_at(image, 71, 71) < 40


def test_grab_is_nearest_neighbour_white_on_black(preview: NetworkInputPreview) -> None:
    arr = np.zeros((28, 28), np.float32)
    arr[5, 7] = 1.0
    arr[20, 20] = 0.5
    preview.set_array(arr)
    image = preview.grab().toImage()
    # At 142 px: 1 px border, then 5 px per input pixel from x = 1.
    cell = 5

    def origin(index: int) -> int:
        return 1 + index * cell

    x0, y0 = origin(7), origin(5)
    for dx in range(cell):
        for dy in range(cell):
            assert gray_at(image, x0 + dx, y0 + dy) == 255
    # The neighbours right at the cell's edge stay black: no smoothing.
    assert gray_at(image, x0 - 1, y0 + 2) == 0
    assert gray_at(image, x0 + cell, y0 + 2) == 0
    assert gray_at(image, x0 + 2, y0 - 1) == 0
    assert gray_at(image, x0 + 2, y0 + cell) == 0
    assert gray_at(image, origin(20) + 2, origin(20) + 2) == pytest.approx(128, abs=1)
    assert gray_at(image, origin(0) + 2, origin(27) + 2) == 0


def test_any_size_keeps_square_crisp_pixels(preview: NetworkInputPreview) -> None:
    preview.resize(300, 120)  # wide: the pixels fit the height, centred
    arr = np.zeros((28, 28), np.float32)
    arr[0, 0] = 1.0
    preview.set_array(arr)
    image = preview.grab().toImage()
    # 118 px inside the border -> 4 px per input pixel, 112 px, centred.
    left = (300 - 112) // 2
    top = (120 - 112) // 2
    assert gray_at(image, left + 1, top + 1) == 255
    assert gray_at(image, left + 4, top + 1) == 0


@pytest.mark.parametrize(
    "bad",
    [
        np.zeros((27, 28), np.float32),
        np.zeros((28, 28, 1), np.float32),
        np.zeros(784, np.float32),
        np.full((28, 28), np.nan, np.float32),
        np.full((28, 28), "x"),
    ],
    ids=["27x28", "28x28x1", "flat", "nan", "strings"],
)
def test_bad_input_raises_and_keeps_preview(preview: NetworkInputPreview, bad: np.ndarray) -> None:
    good = np.full((28, 28), 0.25, np.float32)
    preview.set_array(good)
    with pytest.raises(ValueError):
        preview.set_array(bad)
    np.testing.assert_array_equal(preview.array(), good)
