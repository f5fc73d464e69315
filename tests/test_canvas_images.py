"""app.canvas.DrawingCanvas: images and arrays shown, pen width, resizing, repaints."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.canvas import PEN_WIDTH_MAX, PEN_WIDTH_MIN, DrawingCanvas
from tests import test_canvas
from tests.test_canvas import SIDE, dark_run, shown

pytestmark = pytest.mark.gui
canvas = test_canvas.canvas  # its fixture: a shown canvas of SIDE x SIDE


# --------------------------------------------------------- set_image/array


def test_set_image_scaled_to_fit_and_centred(canvas: DrawingCanvas) -> None:
    image = QImage(100, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    canvas.set_image(image)
    array = canvas.to_array()
    # 100x50 fits 400x400 as 400x200, centred vertically: rows 100..299.
    assert (array[105:295, 5:395] == 0).all()
    assert (array[:95] == 255).all() and (array[305:] == 255).all()
    canvas.undo()
    assert canvas.is_empty()


def test_set_image_transparent_becomes_paper_and_colour_gray(canvas: DrawingCanvas) -> None:
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.fillRect(QRect(10, 10, 20, 20), QColor("red"))
    painter.end()
    canvas.set_image(image, smooth=False)
    assert canvas.to_array()[20, 20] == 255
    assert 0 < canvas.to_array()[200, 200] < 255
    # Still gray: every channel equal, so to_array's one-channel read is exact.
    colour = canvas.image().pixelColor(200, 200)
    assert colour.red() == colour.green() == colour.blue()


def test_set_image_rejects_null(canvas: DrawingCanvas) -> None:
    with pytest.raises(ValueError):
        canvas.set_image(QImage())


def test_set_array_float_ink_high_shows_dark_on_white(canvas: DrawingCanvas) -> None:
    arr = np.zeros((28, 28), np.float32)
    arr[7:21, 7:21] = 1.0
    canvas.set_array(arr, smooth=False)
    array = canvas.to_array()
    # Rows/columns 7..20 of 28 map to 100..299 of 400.
    assert (array[105:295, 105:295] == 0).all()
    assert (array[:95] == 255).all() and (array[:, 305:] == 255).all()
    assert canvas.can_undo()


def test_set_array_uint8_and_smooth(canvas: DrawingCanvas) -> None:
    arr = np.zeros((28, 56), np.uint8)
    arr[:, 28:] = 255
    canvas.set_array(arr)
    array = canvas.to_array()
    # 56x28 fits as 400x200, centred: left half paper, right half ink.
    assert array[200, 100] == 255 and array[200, 300] == 0
    assert (array[:95] == 255).all()


@pytest.mark.parametrize(
    "bad",
    [
        np.zeros((28, 28, 1), np.float32),
        np.zeros((0, 28), np.float32),
        np.full((28, 28), 2.0),
        np.full((28, 28), np.nan),
        np.zeros((28, 28), np.int64),
    ],
    ids=["3d", "empty", "above-one", "nan", "int64"],
)
def test_set_array_rejects_bad_input(canvas: DrawingCanvas, bad: np.ndarray) -> None:
    with pytest.raises(ValueError):
        canvas.set_array(bad)
    assert canvas.is_empty() and not canvas.can_undo()


# ------------------------------------------------------------- pen width


def test_test_images_browsed_one_after_another_are_one_undo_step(canvas: DrawingCanvas) -> None:
    # The explorer's arrows show a test image at every step: three took three Ctrl+Z
    # to bring the person's drawing back.
    canvas.draw_stroke([(200, 60), (200, 340)])
    drawn = canvas.to_array().copy()
    for value in (0.5, 0.8, 1.0):
        canvas.set_array(np.full((28, 28), value, np.float32), foreign=True)
    canvas.undo()
    assert (canvas.to_array() == drawn).all() and not canvas.foreign
    canvas.redo()
    assert canvas.foreign and canvas.to_array().min() < 50  # the last one shown


def test_pen_width_changes_stroke_thickness(canvas: DrawingCanvas) -> None:
    canvas.set_pen_width(6)
    canvas.draw_stroke([(50, 100), (350, 100)])
    canvas.pen_width = 40
    canvas.draw_stroke([(50, 300), (350, 300)])
    array = canvas.to_array()
    thin, thick = dark_run(array[:200, 200]), dark_run(array[200:, 200])
    assert 4 <= thin <= 8
    assert 36 <= thick <= 42


def test_pen_width_is_clamped(canvas: DrawingCanvas) -> None:
    canvas.set_pen_width(1)
    assert canvas.pen_width == PEN_WIDTH_MIN
    canvas.set_pen_width(500)
    assert canvas.pen_width == PEN_WIDTH_MAX


# ---------------------------------------------------------------- resize


def test_resize_grows_store_and_keeps_drawing(canvas: DrawingCanvas) -> None:
    canvas.draw_stroke([(350, 350), (380, 380)])
    canvas.resize(600, 500)
    assert canvas.to_array().shape == (500, 600)
    assert canvas.to_array()[360, 360] == 0
    canvas.resize(300, 300)
    assert canvas.is_empty()  # the ink is out of sight ...
    canvas.resize(400, 400)
    assert canvas.to_array()[360, 360] == 0  # ... and back, not lost


def test_hidden_widget_resize_applies_before_show(qtbot) -> None:
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(250, 300)
    widget.draw_stroke([(240, 290)])
    assert widget.to_array().shape == (300, 250)
    assert widget.to_array()[290, 240] == 0


# ------------------------------------------------------------ dirty rect


class PaintRecorder(DrawingCanvas):
    """A canvas that records the rectangle of every paint event."""

    def __init__(self) -> None:
        """Start with an empty record."""
        super().__init__()
        self.painted: list[QRect] = []

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Record, then paint as usual."""
        self.painted.append(QRect(event.rect()))
        super().paintEvent(event)


def test_stroke_repaints_only_dirty_rect(qtbot) -> None:
    widget = shown(qtbot, PaintRecorder())
    qtbot.waitUntil(lambda: bool(widget.painted), timeout=10_000)
    # The first stroke also erases the hint: do it before measuring.
    widget.draw_stroke([(50, 50)])
    qtbot.waitUntil(lambda: len(widget.painted) >= 2, timeout=10_000)
    widget.painted.clear()

    widget.draw_stroke([(100, 300), (120, 305), (130, 310)])
    qtbot.waitUntil(lambda: bool(widget.painted), timeout=10_000)
    area = sum(rect.width() * rect.height() for rect in widget.painted)
    assert area < 0.05 * SIDE * SIDE
    bounds = QRect(widget.painted[0])
    for rect in widget.painted[1:]:
        bounds = bounds.united(rect)
    assert bounds.contains(QRect(100, 300, 30, 10))


def test_a_resize_paints_the_whole_canvas_again(qtbot) -> None:
    # The hint is centred and the focus frame drawn at the edges: repainting only what
    # a resize uncovered left old frames and half a hint on the canvas (a dragged splitter).
    holder = QWidget()
    holder.resize(SIDE + 200, SIDE)
    widget = PaintRecorder()
    widget.setParent(holder)
    widget.resize(SIDE, SIDE)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitUntil(lambda: bool(widget.painted), timeout=10_000)
    widget.painted.clear()
    widget.resize(widget.width() + 120, widget.height())  # as a splitter does
    qtbot.waitUntil(lambda: bool(widget.painted), timeout=10_000)
    bounds = QRect(widget.painted[0])
    for rect in widget.painted[1:]:
        bounds = bounds.united(rect)
    assert bounds == widget.rect()


def test_the_hint_wraps_on_a_narrow_canvas_never_cut_at_its_sides(qtbot) -> None:
    # Beside a panel dragged wide the hint read "chnen Sie eine Ziffer oder eine Z".
    widget = shown(qtbot, DrawingCanvas())

    def hint_rows_and_edges(width: int) -> tuple[int, bool]:
        widget.resize(width, 300)
        picture = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        pixels = np.array(picture.constBits(), dtype=np.uint8).reshape(
            picture.height(), picture.bytesPerLine())[:, :picture.width()]
        rows = np.nonzero((pixels < 250).any(axis=1))[0]
        return int(np.ptp(rows)) + 1, bool((pixels[:, :6] >= 250).all()
                                           and (pixels[:, -6:] >= 250).all())

    one_line, _ = hint_rows_and_edges(SIDE)
    rows, clear_edges = hint_rows_and_edges(120)
    assert rows > 1.5 * one_line and clear_edges  # wrapped onto lines, none cut at a side


def test_a_drawing_scaled_down_by_a_smaller_canvas_is_back_as_drawn_when_room_comes_back(
        canvas: DrawingCanvas) -> None:
    # Dragged narrow and back, "1914" stayed small in the top left (a 4 read less sure).
    canvas.draw_stroke([(40, 40), (380, 380)])
    drawn = [s.tolist() for s in canvas.strokes()]
    canvas.resize(200, 200)
    assert canvas.fit_drawing_to_view()
    assert np.max(np.concatenate(canvas.strokes())) < 200
    canvas.resize(300, 300)  # some room: scaled from the drawing as drawn, not its copy
    assert canvas.fit_drawing_to_view()
    assert 200 < np.max(np.concatenate(canvas.strokes())) < 300
    canvas.resize(SIDE, SIDE)
    assert canvas.fit_drawing_to_view()
    assert [s.tolist() for s in canvas.strokes()] == drawn
    canvas.resize(200, 200)  # drawn on once scaled down: it stays as it now is
    canvas.fit_drawing_to_view()
    canvas.draw_stroke([(20, 20), (30, 30)])
    canvas.resize(SIDE, SIDE)
    assert not canvas.fit_drawing_to_view()
    assert np.max(np.concatenate(canvas.strokes())) < 200
