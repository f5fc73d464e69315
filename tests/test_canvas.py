"""Tests for app.canvas.DrawingCanvas (pytest-qt, offscreen).

Mouse input: with Qt 6.12, ``qtbot.mouseMove`` after ``qtbot.mousePress``
carries the pressed button, and ``test_qtbot_drag_draws_and_emits`` relies
on that. Older Qt versions sent moves without buttons, so the other input
tests use ``send_mouse``, which builds each QMouseEvent with explicit
``button``/``buttons`` and delivers it with ``QApplication.sendEvent``: it
works whatever QTest does and needs no real cursor.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QInputDevice,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.canvas import (
    PEN_WIDTH_DEFAULT,
    DrawingCanvas,
)
from app.canvas_history import UNDO_LIMIT

pytestmark = pytest.mark.gui

SIDE = 400
INK_MAX = 64  # a pixel this dark or darker counts as inked
PAPER_MIN = 250  # a pixel this light or lighter counts as paper


def send_mouse(
    widget: DrawingCanvas,
    kind: QEvent.Type,
    pos: tuple[float, float],
    held: bool,
) -> None:
    """Deliver one left-button mouse event with explicit button state.

    Args:
        widget: The receiver.
        kind: MouseButtonPress, MouseMove or MouseButtonRelease.
        pos: Logical widget coordinates.
        held: Whether the left button is down after this event.
    """
    local = QPointF(*pos)
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, local, widget.mapToGlobal(local), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(widget: DrawingCanvas, points: Sequence[tuple[float, float]]) -> None:
    """Press at the first point, move through the middle, release at the last."""
    send_mouse(widget, QEvent.Type.MouseButtonPress, points[0], held=True)
    for point in points[1:-1]:
        send_mouse(widget, QEvent.Type.MouseMove, point, held=True)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, points[-1], held=False)


def line_pixels(start: tuple[int, int], end: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """Yield (x, y) integer pixels sampled densely along a straight line."""
    steps = max(abs(end[0] - start[0]), abs(end[1] - start[1])) * 2
    for t in np.linspace(0.0, 1.0, steps + 1):
        yield (
            round(start[0] + t * (end[0] - start[0])),
            round(start[1] + t * (end[1] - start[1])),
        )


def dark_run(column: np.ndarray) -> int:
    """Return how many pixels of a 1-D gray profile are inked."""
    return int(np.count_nonzero(column <= INK_MAX))


def shown(qtbot, widget: DrawingCanvas) -> DrawingCanvas:
    """``widget`` shown at SIDE x SIDE, once it is on screen."""
    qtbot.addWidget(widget)
    widget.resize(SIDE, SIDE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def canvas(qtbot) -> DrawingCanvas:
    """A shown 400x400 canvas."""
    return shown(qtbot, DrawingCanvas())


class SignalLog:
    """Counts each of the canvas's signals."""

    def __init__(self, canvas: DrawingCanvas) -> None:
        """Connect to every signal of ``canvas``."""
        self.counts: dict[str, int] = {}
        self.undo: list[bool] = []
        self.redo: list[bool] = []
        for name in ("strokeStarted", "drawingChanged", "strokeFinished", "cleared"):
            self.counts[name] = 0
            getattr(canvas, name).connect(lambda name=name: self._bump(name))
        canvas.undoAvailable.connect(self.undo.append)
        canvas.redoAvailable.connect(self.redo.append)

    def _bump(self, name: str) -> None:
        self.counts[name] += 1


# ---------------------------------------------------------------- basics


def test_new_canvas_is_blank(canvas: DrawingCanvas) -> None:
    assert canvas.objectName() == "canvas"
    assert canvas.is_empty()
    assert not canvas.can_undo() and not canvas.can_redo()
    array = canvas.to_array()
    assert array.shape == (SIDE, SIDE)
    assert array.dtype == np.uint8
    assert (array == 255).all()
    assert canvas.pen_width == PEN_WIDTH_DEFAULT
    assert canvas.sizeHint().width() >= 400 and canvas.minimumSizeHint().width() >= 200


def test_to_array_is_a_copy(canvas: DrawingCanvas) -> None:
    array = canvas.to_array()
    array[:] = 0
    assert canvas.is_empty()
    assert (canvas.to_array() == 255).all()


def test_image_matches_array(canvas: DrawingCanvas) -> None:
    canvas.draw_stroke([(100, 100), (300, 120)])
    image = canvas.image()
    assert (image.width(), image.height()) == (SIDE, SIDE)
    gray = canvas.to_array()
    assert image.pixelColor(200, 110).value() == gray[110, 200] == 0
    assert image.pixelColor(5, 5).value() == gray[5, 5] == 255


# ------------------------------------------------------------ mouse input


def test_qtbot_drag_draws_and_emits(canvas: DrawingCanvas, qtbot) -> None:
    log = SignalLog(canvas)
    path = [QPoint(50, 50), QPoint(120, 70), QPoint(200, 150), QPoint(260, 300)]
    with qtbot.waitSignal(canvas.strokeFinished, timeout=1000):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=path[0])
        for point in path[1:-1]:
            qtbot.mouseMove(canvas, point)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=path[-1])
    assert not canvas.is_empty()
    array = canvas.to_array()
    for start, end in zip(path, path[1:], strict=False):
        for x, y in line_pixels(start.toTuple(), end.toTuple()):
            assert array[y, x] <= INK_MAX, (x, y)
    assert array[350, 50] >= PAPER_MIN
    assert log.counts["strokeStarted"] == 1
    assert log.counts["strokeFinished"] == 1
    # A dot on press plus one segment per move and on release.
    assert log.counts["drawingChanged"] == len(path)


def test_fast_stroke_has_no_gaps(canvas: DrawingCanvas) -> None:
    # Two far-apart positions only, as from a very fast flick.
    drag(canvas, [(20, 30), (380, 370)])
    array = canvas.to_array()
    for x, y in line_pixels((20, 30), (380, 370)):
        assert array[y, x] <= INK_MAX, (x, y)


def test_move_without_button_does_not_draw(canvas: DrawingCanvas) -> None:
    send_mouse(canvas, QEvent.Type.MouseMove, (100, 100), held=False)
    send_mouse(canvas, QEvent.Type.MouseMove, (200, 200), held=False)
    assert canvas.is_empty()


def test_single_click_draws_round_dot(canvas: DrawingCanvas) -> None:
    log = SignalLog(canvas)
    drag(canvas, [(200, 200), (200, 200)])
    array = canvas.to_array()
    radius = canvas.pen_width / 2
    assert array[200, 200] == 0
    assert array[200, 200 + int(radius) - 2] <= INK_MAX
    assert array[200, 200 + int(radius) + 2] >= PAPER_MIN
    # Round cap: the corner of the dot's bounding square stays paper.
    corner = int(radius) - 1
    assert array[200 - corner, 200 - corner] >= PAPER_MIN
    assert log.counts["strokeFinished"] == 1
    assert not canvas.is_empty()


def test_right_button_does_not_draw(canvas: DrawingCanvas) -> None:
    QTest.mouseClick(canvas, Qt.MouseButton.RightButton, pos=QPoint(100, 100))
    assert canvas.is_empty()
    assert not canvas.can_undo()


# ----------------------------------------------------- tablet and touch


def make_stylus() -> QPointingDevice:
    """Return a synthetic pen-tablet device."""
    return QPointingDevice(
        "test stylus",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )


def send_tablet(
    canvas: DrawingCanvas,
    device: QPointingDevice,
    kind: QEvent.Type,
    pos: tuple[float, float],
    pressure: float,
) -> QTabletEvent:
    """Deliver one tablet event and return it (to check it was accepted)."""
    local = QPointF(*pos)
    held = kind != QEvent.Type.TabletRelease
    event = QTabletEvent(
        kind,
        device,
        local,
        canvas.mapToGlobal(local),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton,
    )
    event.ignore()
    QApplication.sendEvent(canvas, event)
    return event


def tablet_line(canvas: DrawingCanvas, device: QPointingDevice, y: int, pressure: float) -> bool:
    """Draw a horizontal tablet stroke; return whether all events were accepted."""
    events = [
        send_tablet(canvas, device, QEvent.Type.TabletPress, (60, y), pressure),
        send_tablet(canvas, device, QEvent.Type.TabletMove, (200, y), pressure),
        send_tablet(canvas, device, QEvent.Type.TabletRelease, (340, y), pressure),
    ]
    return all(event.isAccepted() for event in events)


def test_tablet_pressure_mildly_modulates_width(canvas: DrawingCanvas) -> None:
    device = make_stylus()
    canvas.set_pen_width(40)
    log = SignalLog(canvas)
    assert tablet_line(canvas, device, 100, pressure=0.0)
    assert tablet_line(canvas, device, 300, pressure=1.0)
    array = canvas.to_array()
    light, firm = dark_run(array[:200, 200]), dark_run(array[200:, 200])
    assert 0 < light < firm
    assert light >= 0.6 * 40 and firm <= 1.4 * 40
    assert log.counts["strokeStarted"] == log.counts["strokeFinished"] == 2


def test_touch_draws(canvas: DrawingCanvas) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(canvas, device).press(0, QPoint(50, 200), canvas).commit()
    QTest.touchEvent(canvas, device).move(0, QPoint(350, 200), canvas).commit()
    QTest.touchEvent(canvas, device).release(0, QPoint(350, 200), canvas).commit()
    array = canvas.to_array()
    assert (array[200, 50:351] <= INK_MAX).all()
    assert canvas.can_undo()


# --------------------------------------------------------------- signals


def test_draw_stroke_signals_per_segment(canvas: DrawingCanvas) -> None:
    log = SignalLog(canvas)
    canvas.draw_stroke([(50, 50), (80, 60), (120, 90), (150, 140)])
    assert log.counts == {
        "strokeStarted": 1,
        "drawingChanged": 4,
        "strokeFinished": 1,
        "cleared": 0,
    }
    assert log.undo == [True] and log.redo == []


def test_draw_stroke_rejects_no_points(canvas: DrawingCanvas) -> None:
    with pytest.raises(ValueError):
        canvas.draw_stroke([])


# ----------------------------------------------------------- undo / redo


def test_undo_redo_restore_exact_pixels(canvas: DrawingCanvas) -> None:
    log = SignalLog(canvas)
    blank = canvas.to_array()
    canvas.draw_stroke([(60, 60), (300, 90)])
    after_first = canvas.to_array()
    canvas.draw_stroke([(100, 300), (320, 200), (330, 330)])
    after_second = canvas.to_array()

    canvas.undo()
    np.testing.assert_array_equal(canvas.to_array(), after_first)
    assert canvas.can_redo()
    canvas.undo()
    np.testing.assert_array_equal(canvas.to_array(), blank)
    assert canvas.is_empty() and not canvas.can_undo()
    canvas.undo()  # nothing left: a no-op
    np.testing.assert_array_equal(canvas.to_array(), blank)

    canvas.redo()
    np.testing.assert_array_equal(canvas.to_array(), after_first)
    canvas.redo()
    np.testing.assert_array_equal(canvas.to_array(), after_second)
    assert not canvas.can_redo()
    assert log.undo == [True, False, True]
    assert log.redo == [True, False]


def test_new_stroke_discards_redo(canvas: DrawingCanvas) -> None:
    canvas.draw_stroke([(60, 60), (300, 90)])
    canvas.undo()
    assert canvas.can_redo()
    canvas.draw_stroke([(100, 300)])
    assert not canvas.can_redo()


def test_clear_is_undoable(canvas: DrawingCanvas, qtbot) -> None:
    canvas.draw_stroke([(60, 60), (300, 300)])
    before = canvas.to_array()
    with qtbot.waitSignal(canvas.cleared, timeout=1000):
        canvas.clear()
    assert canvas.is_empty()
    assert (canvas.to_array() == 255).all()
    canvas.undo()
    np.testing.assert_array_equal(canvas.to_array(), before)
    canvas.redo()
    assert canvas.is_empty()


def test_clear_when_blank_adds_no_history(canvas: DrawingCanvas) -> None:
    log = SignalLog(canvas)
    canvas.clear()
    assert log.counts["cleared"] == 1
    assert not canvas.can_undo()


def test_undo_history_is_capped(canvas: DrawingCanvas) -> None:
    for index in range(UNDO_LIMIT + 5):
        canvas.draw_stroke([(20 + (index % 20) * 18, 40 + (index // 20) * 60)])
    undone = 0
    while canvas.can_undo():
        canvas.undo()
        undone += 1
    assert undone == UNDO_LIMIT
    # The oldest five dots are beyond the cap and stay.
    assert not canvas.is_empty()
