"""The drawing canvas: a person draws a digit on a QImage backing store.

Modelled on Qt's scribble example (scribblearea.cpp): strokes are painted
into an off-screen image as they happen, and ``paintEvent`` copies that image
to the screen pixel for pixel, Qt clipping it to the dirty region.

The backing store is ``QImage.Format_RGB32``: it is the raster paint engine's
and the window system's native format, so anti-aliased strokes and screen
blits are fastest (Grayscale8 measured ~5x slower to draw into and needs a
conversion on every paint). Only gray is ever painted, so R == G == B and
``to_array`` can read any one channel without a conversion.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.accessibility import describe, give_role
from app.canvas_fit import fit_drawing
from app.canvas_hint import hint_rect, paint_focus, paint_hint
from app.canvas_history import History, Step, Strokes
from app.canvas_input import PointerInput
from app.images import array_to_ink, at_most, blank_image, fit_rect, gray_image, gray_view

PEN_WIDTH_MIN = 4
PEN_WIDTH_MAX = 60
PEN_WIDTH_DEFAULT = 18
PICTURE_SIDE = 2048  # an opened picture is kept this large to fit again: any canvas is smaller

_INK = QColor(Qt.GlobalColor.black)
_PAPER_VALUE = 255


class DrawingCanvas(PointerInput, QWidget):
    """A white sheet that a person draws a digit on in black ink.

    Mouse, pen tablet (pressure mildly modulates the width) and touch input
    all go through one stroke path, as does ``draw_stroke`` for scripts and
    tests. Each stroke, ``clear`` and ``set_image`` is one undo step.

    Coordinates given to and received from Qt are logical pixels; the
    backing store is in device pixels (``devicePixelRatioF``), so strokes are
    crisp on high-DPI screens and ``to_array`` returns device pixels.

    The canvas remembers its strokes (``strokes``), in step with undo, redo
    and clear, so a number can be split into digits by its strokes; an image
    shown with ``set_image`` has none (and drawing over it adds none).

    The backing store only grows (like scribble's ``resizeImage``): the
    drawing stays at the top-left, and ink that a shrink hides comes back
    when the widget grows. ``to_array``, ``image`` and ``is_empty`` describe
    the visible part only.

    Signals:
        strokeStarted: A stroke began (press / pen down / touch down).
        drawingChanged: The pixels changed: every stroke segment, undo, redo,
            clear and set_image. Frequent while drawing; throttle it.
        strokeFinished: A stroke ended (release / pen up / touch up).
        restored: Undo or Redo put back a whole drawing (read it as a finished one).
        cleared: ``clear`` was called.
        undoAvailable: Whether ``undo`` can do something, on change.
        redoAvailable: Whether ``redo`` can do something, on change.
    """

    strokeStarted = Signal()
    drawingChanged = Signal()
    strokeFinished = Signal()
    restored = Signal()
    cleared = Signal()
    undoAvailable = Signal(bool)
    redoAvailable = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:  # noqa: D107 - an empty canvas
        super().__init__(parent)
        give_role(self, QAccessible.Role.Canvas)
        self.setObjectName("canvas")
        # Scribble's flags: old contents stay valid on resize; we paint every pixel.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._pen_width = PEN_WIDTH_DEFAULT
        self._image = blank_image(self._device_size(), self.devicePixelRatioF())
        self._history = History()
        self._strokes: Strokes | None = []
        self._last_point: QPointF | None = None
        self._stroke_source: str | None = None
        self._empty = True
        self.foreign = False  # a test image, drawn on or not: never the person's (Step)
        # The picture shown, while untouched: a resize fits it again, not its copy; and a
        # drawing as drawn, while untouched since a resize scaled it down: room again, it is back.
        self._picture: tuple[QImage, bool] | None = None
        self._drawn: tuple[QImage, Strokes] | None = None
        self._history_state = (False, False)
        # Tab reaches the canvas (a frame shows it has the keys); a click or a stroke too.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        describe(self, self.tr("Drawing canvas"), self.tr(
            "Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save "
            "the drawing as that digit, N as not a digit, Enter keeps it as an example, "
            "Delete clears it."))

    # ----------------------------------------------------------- size hints

    def sizeHint(self) -> QSize:  # noqa: N802, D102 (Qt override: the preferred size)
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802, D102 (Qt override: the least useful)
        return QSize(200, 200)

    # ----------------------------------------------------------- pen width

    @property
    def pen_width(self) -> int:
        """The pen width in logical pixels."""
        return self._pen_width

    @pen_width.setter
    def pen_width(self, width: int) -> None:
        self.set_pen_width(width)

    def set_pen_width(self, width: int) -> None:
        """Set the pen width for later strokes (logical px, clamped as a spin box is)."""
        self._pen_width = max(PEN_WIDTH_MIN, min(PEN_WIDTH_MAX, int(width)))

    # ------------------------------------------------------------- queries

    def is_empty(self) -> bool:
        """Return True if the visible canvas has no ink at all."""
        self._ensure_backing_store()
        return self._empty

    def to_array(self) -> np.ndarray:
        """The visible drawing: a new uint8 H x W array, device pixels, 255 paper, 0 ink."""
        self._ensure_backing_store()
        size = self._device_size()
        return gray_view(self._image, size.width(), size.height()).copy()

    def image(self) -> QImage:
        """Return a copy of the visible drawing (RGB32, gray, device pixels)."""
        self._ensure_backing_store()
        return self._image.copy(QRect(0, 0, *self._device_size().toTuple()))

    def strokes(self) -> list[np.ndarray] | None:
        """The strokes that made the drawing, in ``to_array``'s pixels (None: an image).

        One (N, 2) float array of x, y per stroke, oldest first; [] for a blank canvas.
        """
        if self._strokes is None:
            return None
        dpr = self._image.devicePixelRatio()
        return [np.array(stroke, dtype=np.float64).reshape(-1, 2) * dpr
                for stroke in self._strokes]

    def picture(self) -> tuple[QImage, QRectF] | None:
        """The opened picture while untouched, and where it shows in ``to_array``'s pixels."""
        if self._picture is None or self.foreign:
            return None
        dpr = self._image.devicePixelRatio()
        shown = fit_rect(self._picture[0].size(), QRectF(self.rect()))
        return self._picture[0], QRectF(shown.topLeft() * dpr, shown.size() * dpr)

    def drawing(self) -> tuple[QImage, Strokes | None]:
        """The drawing as it is now, to save: the gray store and its strokes (None: an image)."""
        self._ensure_backing_store()
        step = self._snapshot(self._image)
        return step.image, step.strokes

    def restore_drawing(self, image: QImage, strokes: Strokes | None) -> None:
        """Show a saved drawing exactly as ``drawing()`` gave it; undoable."""
        if image.isNull():
            raise ValueError("cannot restore a null image")
        self._end_stroke()
        self._ensure_backing_store()
        self._push_undo(self._image)
        self._restore(Step(image, strokes))
        self._after_replace()

    def fit_drawing_to_view(self, was: QSize | None = None) -> bool:
        """Scale the drawing down if its ink reaches past the canvas (see fit_drawing)."""
        if self._picture is not None:  # untouched since opened: fitted again, not a copy's copy
            self._image = self._compose(*self._picture)
            self._after_replace()
            return True
        drawn = self._drawn or (self._image, self._strokes)
        fitted = fit_drawing(*drawn, self.size(), was) or (drawn if self._drawn else None)
        if fitted is not None:
            self._image, self._strokes = fitted
            self._drawn = drawn if fitted is not drawn and self._strokes is not None else None
            self._after_replace()
        return fitted is not None

    def can_undo(self) -> bool:  # noqa: D102 - History's
        return self._history.can_undo()

    def can_redo(self) -> bool:  # noqa: D102 - History's
        return self._history.can_redo()

    # ----------------------------------------------------- editing commands

    def draw_stroke(self, points: Sequence[tuple[float, float]]) -> None:
        """Draw one stroke through ``points`` as if drawn with the mouse.

        Args:
            points: Logical widget coordinates; one point draws a dot.

        Raises:
            ValueError: If ``points`` is empty.
        """
        if len(points) == 0:
            raise ValueError("a stroke needs at least one point")
        first, *rest = (QPointF(float(x), float(y)) for x, y in points)
        self._begin_stroke(first, self._pen_width, "script")
        for point in rest:
            self._extend_stroke(point, self._pen_width)
        self._end_stroke()

    def clear(self) -> None:
        """Wipe the canvas to white; undoable. Always emits ``cleared``."""
        self._end_stroke()
        self._ensure_backing_store()
        if not self._store_is_blank() or self._strokes != []:
            self._push_undo(self._image)
            self._image = blank_image(self._image.size(), self._image.devicePixelRatio())
            self._strokes = []
            self._after_replace()
        self.foreign = False
        self.cleared.emit()

    def undo(self) -> None:
        """Restore the drawing as it was before the last step, if any."""
        self._end_stroke()
        step = self._history.undo(self._snapshot(self._image))
        if step is not None:
            self._restore(step)
            self._after_replace()
            self.restored.emit()

    def redo(self) -> None:
        """Re-apply the last undone step, if any."""
        self._end_stroke()
        step = self._history.redo(self._snapshot(self._image))
        if step is not None:
            self._restore(step)
            self._after_replace()
            self.restored.emit()

    def set_image(self, image: QImage, smooth: bool = True, undoable: bool = True) -> None:
        """Show ``image`` (an opened or pasted picture) fitted, centred, gray on white.

        ``smooth``: bilinear scaling, else nearest-neighbour. ``undoable``: Undo brings
        back what was shown before. Raises ValueError if null.
        """
        if image.isNull():
            raise ValueError("cannot show a null image")
        self._end_stroke()
        self._ensure_backing_store()
        if undoable:
            self._push_undo(self._image)
        self._image = self._compose(image, smooth)
        self._strokes, self.foreign = None, False
        self._picture = (at_most(image, PICTURE_SIDE), smooth)
        self._after_replace()

    def set_array(self, arr: np.ndarray, smooth: bool = True, foreign: bool = False) -> None:
        """Show a gray array with ink high as dark ink on white; undoable.

        Args:
            arr: 2-D uint8 (0..255), bool, or float in [0, 1]; ink is high
                (MNIST convention), e.g. the network's 28x28 input.
            smooth: Bilinear scaling if True, nearest-neighbour if False.
            foreign: Not the person's (a test image): :attr:`foreign` until cleared.

        Raises ValueError if the array's shape, dtype or values are invalid. A test image
        replacing another is not an undo step: Undo goes back to the person's drawing.
        """
        self.set_image(gray_image(255 - array_to_ink(arr)), smooth,
                       undoable=not (foreign and self.foreign))
        self.foreign = foreign

    # -------------------------------------------------------- Qt overrides

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Copy the backing store to the screen; Qt clips it to the dirty region.

        Pixel for pixel: a dirty rectangle mapped to the store at 150 % started and
        ended on half pixels, and a stroke showed a seam at every segment's edge.
        """
        self._ensure_backing_store()
        painter = QPainter(self)
        painter.drawImage(QPointF(0, 0), self._image)
        if self._empty:
            paint_hint(self, painter)
        if self.hasFocus():
            paint_focus(self, painter)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Grow the backing store; paint all again (the hint is centred, the frame at the edges)."""
        self._ensure_backing_store()
        self._refresh_empty()
        super().resizeEvent(event)
        self.update()

    # ---------------------------------------------------------- stroke path

    def _begin_stroke(self, position: QPointF, width: float, source: str) -> None:
        """Start a stroke: one undo step, then a dot where it touched down."""
        self._end_stroke()
        self._ensure_backing_store()
        self._push_undo(self._image)
        self._stroke_source = source
        self._last_point = QPointF(position)
        if self._strokes is not None:
            self._strokes.append([(position.x(), position.y())])
        self.strokeStarted.emit()
        self._draw_segment(position, position, width)

    def _extend_stroke(self, position: QPointF, width: float) -> None:
        """Draw a segment from the last point, so fast strokes have no gaps."""
        if self._last_point is None or position == self._last_point:
            return
        if self._strokes:
            self._strokes[-1].append((position.x(), position.y()))
        self._draw_segment(self._last_point, position, width)
        self._last_point = QPointF(position)

    def in_stroke(self) -> bool:
        """Whether a stroke is being drawn now (the pen is down)."""
        return self._last_point is not None

    def _end_stroke(self) -> None:
        """Finish the current stroke, if any."""
        if self._last_point is None:
            return
        self._last_point = None
        self._stroke_source = None
        self.strokeFinished.emit()

    def _draw_segment(self, start: QPointF, end: QPointF, width: float) -> None:
        """Paint one round-capped segment and repaint just its bounds."""
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(_INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if start == end:
            painter.drawPoint(end)
        else:
            painter.drawLine(start, end)
        painter.end()
        # +2: anti-aliasing bleeds a pixel past the pen's nominal edge.
        margin = width / 2 + 2
        dirty = QRectF(start, end).normalized().adjusted(-margin, -margin, margin, margin)
        self.update(dirty.toAlignedRect())
        if self._empty:
            self._refresh_empty()
            if not self._empty:
                self.update(hint_rect(self))
        self.drawingChanged.emit()

    # ------------------------------------------------------- backing store

    def _device_size(self) -> QSize:
        """Return the widget's size in device pixels."""
        dpr = self.devicePixelRatioF()
        return QSize(math.ceil(self.width() * dpr), math.ceil(self.height() * dpr))

    def _ensure_backing_store(self) -> None:
        """Match the store to the screen's pixel ratio and grow it to fit."""
        dpr = self.devicePixelRatioF()
        if self._image.devicePixelRatio() != dpr:
            self._image = self._rescaled(self._image, dpr)
        needed = self._device_size().expandedTo(self._image.size())
        if needed != self._image.size():
            grown = blank_image(needed, dpr)
            painter = QPainter(grown)
            painter.drawImage(QPointF(0, 0), self._image)
            painter.end()
            self._image = grown

    @staticmethod
    def _rescaled(image: QImage, dpr: float) -> QImage:
        """Return ``image`` resampled for a new device pixel ratio."""
        factor = dpr / image.devicePixelRatio()
        size = QSize(math.ceil(image.width() * factor), math.ceil(image.height() * factor))
        scaled = image.scaled(
            size,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(dpr)
        return scaled

    def _compose(self, image: QImage, smooth: bool) -> QImage:
        """Return a new gray store showing ``image`` fitted and centred."""
        store = blank_image(self._image.size(), self._image.devicePixelRatio())
        painter = QPainter(store)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        painter.drawImage(fit_rect(image.size(), QRectF(self.rect())), image)
        painter.end()
        # Keep the "only gray is painted" invariant that to_array relies on.
        gray = store.convertToFormat(QImage.Format.Format_Grayscale8)
        store = gray.convertToFormat(QImage.Format.Format_RGB32)
        store.setDevicePixelRatio(self._image.devicePixelRatio())
        return store

    def _store_is_blank(self) -> bool:
        """Return True if the whole store, hidden parts included, is paper."""
        view = gray_view(self._image, self._image.width(), self._image.height())
        return bool(view.min() == _PAPER_VALUE)

    def _refresh_empty(self) -> None:
        """Recompute whether the visible part holds any ink."""
        size = self._device_size()
        view = gray_view(self._image, size.width(), size.height())
        self._empty = view.size == 0 or bool(view.min() == _PAPER_VALUE)

    def _after_replace(self) -> None:
        """Bookkeeping after the whole store was swapped for another."""
        self._ensure_backing_store()
        self._refresh_empty()
        self.update()
        self._sync_history()
        self.drawingChanged.emit()

    # -------------------------------------------------------------- history

    def _snapshot(self, image: QImage) -> Step:
        """Return a compact copy for the history (exact: the store is gray)."""
        strokes = None if self._strokes is None else [list(s) for s in self._strokes]
        return Step(image.convertToFormat(QImage.Format.Format_Grayscale8), strokes, self.foreign,
                    self._picture)

    def _restore(self, step: Step) -> None:
        """Make a history step the current drawing."""
        image = step.image.convertToFormat(QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(step.image.devicePixelRatio())
        self._image = image
        self._strokes = None if step.strokes is None else [list(s) for s in step.strokes]
        self.foreign, self._picture, self._drawn = step.foreign, step.picture, None

    def _push_undo(self, image: QImage) -> None:
        """Record ``image`` as the state to go back to; forget the redo steps."""
        self._history.push(self._snapshot(image))
        self._picture = self._drawn = None  # drawn on, cleared or replaced
        self._sync_history()

    def _sync_history(self) -> None:
        """Emit undoAvailable / redoAvailable when they change."""
        state = (self.can_undo(), self.can_redo())
        old, self._history_state = self._history_state, state
        if state[0] != old[0]:
            self.undoAvailable.emit(state[0])
        if state[1] != old[1]:
            self.redoAvailable.emit(state[1])
