"""Qt helpers for benchmarks that drive the real window: mouse strokes, answers seen, ticks.

Times are ``time.monotonic()`` seconds (system-wide on Linux, so a parent
process can compare them with its own).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.strokes import Stroke, mouse_points

PEN_LIFT_MS = 150  # pause between two strokes of one drawing
PLACEHOLDERS = ("", "–", "-")  # what the prediction label shows without an answer


def is_main_window(widget: object) -> bool:
    """Whether ``widget`` is the app's main window (canvas, prediction label and chart)."""
    return all(hasattr(widget, name) for name in ("canvas", "prediction_label", "chart"))


def find_main_window() -> QWidget | None:
    """The app's main window among the top-level widgets, if it exists yet."""
    for widget in QApplication.topLevelWidgets():
        if is_main_window(widget):
            return widget
    return None


def _point(xy: tuple[float, float]) -> QPoint:
    return QPoint(round(xy[0]), round(xy[1]))


def press(widget: QWidget, xy: tuple[float, float]) -> None:
    """A left-button press (QTest: through QApplication, as from the window system)."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _point(xy))


def move(widget: QWidget, xy: tuple[float, float]) -> None:
    """A mouse move with the left button held (QTest remembers the pressed button)."""
    QTest.mouseMove(widget, _point(xy))


def release(widget: QWidget, xy: tuple[float, float]) -> None:
    """A left-button release."""
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       _point(xy))


def draw_at_once(widget: QWidget, strokes: Sequence[Stroke]) -> float:
    """Every event of every stroke in one go; returns the time just before the last release."""
    released = time.monotonic()
    for stroke in strokes:
        points = mouse_points(stroke)
        press(widget, points[0])
        for xy in points[1:-1]:
            move(widget, xy)
        released = time.monotonic()
        release(widget, points[-1])
    return released


class MouseDrawer(QObject):
    """Draws strokes as a hand would: press, one move per 10 ms tick (~100 Hz), release.

    ``on_release(stroke_index, t)`` is called right after each release, with the
    time taken just before it; ``on_done()`` after the last stroke.
    """

    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self._timer = QTimer(self, interval=1000 // 100, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._queue: list[list[tuple[float, float]]] = []
        self._points: list[tuple[float, float]] = []
        self._stroke = -1
        self._on_release: Callable[[int, float], None] | None = None
        self._on_done: Callable[[], None] | None = None

    def busy(self) -> bool:
        """Whether a drawing is in progress."""
        return self._timer.isActive() or bool(self._queue) or bool(self._points)

    def draw(self, strokes: Sequence[Stroke], on_release: Callable[[int, float], None],
             on_done: Callable[[], None]) -> None:
        """Start drawing ``strokes`` (returns at once; the event loop does the rest)."""
        self._queue = [mouse_points(s) for s in strokes]
        self._stroke = -1
        self._on_release, self._on_done = on_release, on_done
        self._next_stroke()

    def stop(self) -> None:
        """Stop after the current event (a held button is released)."""
        self._timer.stop()
        if self._points:
            release(self.widget, self._points[-1])
        self._queue, self._points = [], []

    def _next_stroke(self) -> None:
        if not self._queue:
            self._timer.stop()
            if self._on_done is not None:
                self._on_done()
            return
        self._stroke += 1
        self._points = self._queue.pop(0)
        press(self.widget, self._points.pop(0))
        self._timer.start()

    def _tick(self) -> None:
        if len(self._points) > 1:
            move(self.widget, self._points.pop(0))
            return
        self._timer.stop()
        last = self._points.pop()
        released = time.monotonic()
        release(self.widget, last)
        if self._on_release is not None:
            self._on_release(self._stroke, released)
        QTimer.singleShot(PEN_LIFT_MS, self._next_stroke)


class AnswerWatcher(QObject):
    """Notices when the prediction label and the histogram have been painted with an answer.

    ``arm(t)`` starts a wait: the answer counts as shown at the first moment
    after ``t`` when the histogram has been painted with non-zero bars and the
    label has been painted with an answer (a label whose answer text did not
    change since ``t`` needs no new paint); a rough reading shown while the
    session searches where digits touch does not count. ``on_answered(t_shown)``
    is called once per ``arm``.
    """

    def __init__(self, window: QWidget, on_answered: Callable[[float], None]) -> None:
        super().__init__(window)
        self.label = window.prediction_label
        self.chart = window.chart
        self.on_answered = on_answered
        self.session = window.session
        self._armed_at: float | None = None
        self._text_at_arm = ""
        self._chart_shown: float | None = None
        self._label_shown: float | None = None
        self.label.installEventFilter(self)
        self.chart.viewport().installEventFilter(self)

    def arm(self, t: float) -> None:
        """Wait for an answer painted after ``t``."""
        self._armed_at = t
        self._text_at_arm = self.label.text()
        self._chart_shown = self._label_shown = None

    def disarm(self) -> None:
        """Stop waiting."""
        self._armed_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._armed_at is None or event.type() != QEvent.Type.Paint:
            return False
        if self.session.settling:  # a rough reading: the answer comes when the search ends
            return False
        now = time.monotonic()
        if watched is self.label and self.label.text() not in PLACEHOLDERS:
            self._label_shown = self._label_shown or now
        elif watched is not self.label and sum(self.chart.values()) > 0:
            self._chart_shown = self._chart_shown or now
        label_unchanged = (self.label.text() == self._text_at_arm
                           and self._text_at_arm not in PLACEHOLDERS)
        label_at = self._armed_at if label_unchanged else self._label_shown
        if self._chart_shown is not None and label_at is not None:
            self._armed_at = None
            self.on_answered(max(self._chart_shown, label_at))
        return False


class StallTicker(QObject):
    """A 10 ms timer; each tick records how late it came (gap minus 10 ms) under a phase name."""

    TICK_MS = 10

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phase: str | None = None
        self.stalls: dict[str, list[float]] = {}
        self.big: list[tuple[float, float, str]] = []  # (time, stall ms, phase)
        self._last: float | None = None
        self._timer = QTimer(self, interval=self.TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start ticking."""
        self._last = None
        self._timer.start()

    def stop(self) -> None:
        """Stop ticking."""
        self._timer.stop()

    def _tick(self) -> None:
        now = time.monotonic()
        last, self._last = self._last, now
        if last is None or self.phase is None:
            return
        stall = max(0.0, (now - last) * 1000 - self.TICK_MS)
        self.stalls.setdefault(self.phase, []).append(stall)
        if stall > 30:
            self.big.append((now, stall, self.phase))
