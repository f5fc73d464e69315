"""The canvas remembers its strokes, in step with undo, redo, clear and images."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from app.canvas import DrawingCanvas

pytestmark = pytest.mark.gui


@pytest.fixture
def canvas(qtbot) -> DrawingCanvas:
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_strokes_are_recorded_in_the_arrays_pixels(canvas):
    canvas.draw_stroke([(10, 20), (30, 40), (50, 60)])
    canvas.draw_stroke([(200, 100)])
    strokes = canvas.strokes()
    dpr = canvas.devicePixelRatioF()
    assert len(strokes) == 2
    np.testing.assert_allclose(strokes[0], np.array([(10, 20), (30, 40), (50, 60)]) * dpr)
    np.testing.assert_allclose(strokes[1], np.array([(200, 100)]) * dpr)
    x, y = strokes[0][1].round().astype(int)
    assert canvas.to_array()[y, x] < 64  # ink where the stroke went


def test_mouse_strokes_are_recorded(canvas, qtbot):
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 50))
    qtbot.mouseMove(canvas, QPoint(120, 150))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(140, 250))
    strokes = canvas.strokes()
    dpr = canvas.devicePixelRatioF()
    assert len(strokes) == 1
    np.testing.assert_allclose(strokes[0][[0, -1]], np.array([(100, 50), (140, 250)]) * dpr)


def test_undo_redo_and_clear_keep_the_strokes_in_step(canvas):
    canvas.draw_stroke([(10, 20), (30, 40)])
    canvas.draw_stroke([(100, 20), (100, 140)])
    canvas.undo()
    assert len(canvas.strokes()) == 1
    canvas.redo()
    assert len(canvas.strokes()) == 2
    canvas.clear()
    assert canvas.strokes() == []
    canvas.undo()  # the clear
    assert len(canvas.strokes()) == 2


def test_an_image_has_no_strokes_until_cleared(canvas):
    canvas.draw_stroke([(10, 20), (30, 40)])
    image = QImage(50, 50, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    canvas.set_image(image)
    assert canvas.strokes() is None
    canvas.draw_stroke([(100, 20), (100, 140)])  # drawing over an image: still an image
    assert canvas.strokes() is None
    canvas.undo()
    canvas.undo()  # back before the image: the stroke again
    assert len(canvas.strokes()) == 1
    canvas.redo()
    canvas.clear()
    assert canvas.strokes() == []
