"""Painted panels of the "Look inside" window: one widget paints one whole layer.

Each panel gets its pixels ready-made as a NumPy RGB array (model.inspect_images)
and paints them with one drawImage call, plus a caption and a colour legend, so
a new prediction costs one paint per layer.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QToolTip, QWidget

from app.accessibility import (
    PICTURE_NAMES,
    announce,
    describe,
    give_role,
    maps_text,
    probabilities_text,
    set_description,
)
from app.images import rgb_image
from app.language import labelled, number, percent
from app.strip_caption import (
    CAPTION_HEIGHT,
    LABEL_HEIGHT,
    begin_paint,
    caption_lines,
    legend_room,
    paint_legend,
)
from app.theme import paint_focus_ring, readable_on, tokens
from model.look_inside.images import Grid, Scale


class LayerStrip(QWidget):
    """A caption, a colour legend and a layer's maps (or units) tiled in one image.

    Args:
        name: the layer's name (for the signal and tooltips).
        caption: one line above the maps.
        expected: the layer's usual grid, to size the strip before values arrive.
        clickable: whether clicking a map emits ``mapClicked``.
        labels: text under each cell (the logits' digits).
        parent: optional parent widget.

    Signals:
        mapClicked(name, index): a map of this layer was chosen (clicked, or by the keys).
        mapOpened(name, index): clicked, or Enter or Space: show it enlarged.
    """

    mapClicked = Signal(str, int)  # noqa: N815 - Qt signal naming
    mapOpened = Signal(str, int)  # noqa: N815 - Qt signal naming

    def __init__(self, name: str, caption: str, expected: Grid, clickable: bool = True,
                 labels: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, QAccessible.Role.Graphic)
        self.setObjectName(f"strip_{name}")
        self.name = name
        self.caption = caption
        self.clickable = clickable
        self.labels = labels
        self.values: np.ndarray | None = None  # the (H, W, C) maps shown
        self.image: QImage | None = None  # the maps side by side, one pixel per value
        self.tiled = False  # True: ``image`` is already laid out and enlarged
        self.grid: Grid | None = None
        self.expected = expected  # the grid to make room for before any values arrive
        self.columns = expected.columns  # the layer's own columns, before wrapping
        self.scale: Scale | None = None
        self.selected: int | None = None
        self.paints = 0  # paint events so far (the benchmark checks every panel repainted)
        self._top = 0  # where the maps begin: under a caption of one to three lines
        self._follows_view = False  # resized with the scroll area's view it is seen in
        self.help = ""  # what this layer is, in a sentence (the tooltip between maps)
        self.placeholder = QCoreApplication.translate(  # LayerStrip's, in FilterStrip too
            "LayerStrip", "Draw a digit on the canvas to see this layer.")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        describe(self, caption, maps_text(None, clickable))
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows pick a map, as a click
        else:  # a Tab stop all the same: its values are read from its description
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_maps(self, atlas: np.ndarray | None, grid: Grid | None, scale: Scale | None,
                 values: np.ndarray | None = None) -> None:
        """Show a layer, or nothing.

        Args:
            atlas: the maps coloured side by side (model.inspect_images.atlas).
            grid: where each map goes on screen (cell size = the enlarged map).
            scale: the colour scale, for the legend.
            values: the maps' values (H, W, C), for tooltips.
        """
        self.image = None if atlas is None else rgb_image(atlas)
        self.tiled = False
        self._set_layout(grid, scale, values)

    def set_tiled(self, pixels: np.ndarray, grid: Grid, scale: Scale,
                  values: np.ndarray | None = None) -> None:
        """Show a picture already tiled and enlarged (model.inspect_images.tile)."""
        self.image = rgb_image(pixels)
        if not self.tiled:  # as wide as the picture now: a narrow window scrolls sideways
            self.tiled = True
            self.updateGeometry()
        self._set_layout(grid, scale, values)

    def _set_layout(self, grid: Grid | None, scale: Scale | None,
                    values: np.ndarray | None) -> None:
        if grid is not None:
            self.columns = grid.columns
        self.grid, self.scale, self.values = self._fitted(grid), scale, values
        set_description(self, maps_text(values, self.clickable, self.labels))
        if self.grid is not None and self.grid != self.expected:  # e.g. another dense width
            self.expected = self.grid
            self.updateGeometry()
        self.update()

    def _fitted(self, grid: Grid | None) -> Grid | None:
        """``grid`` wrapped into as many rows as the width needs (a laptop shows 8 a row)."""
        if grid is None or self.tiled:
            return grid
        columns = max(1, (self.width() + grid.gap) // (grid.cell_width + grid.gap))
        columns = min(self.columns, columns)
        rows = -(-grid.count // columns)
        columns = -(-grid.count // rows)  # rows as even as they can be: 8 and 8, not 14 and 2
        return dataclasses.replace(grid, columns=columns) if columns != grid.columns else grid

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Wrap the maps, and the caption, into the new width."""
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        """Lay the maps and the caption out again (the strip or the view it is seen in resized)."""
        fitted = self._fitted(self.expected)
        top = self._image_top()
        if fitted != self.expected or top != self._top:
            self.expected, self._top = fitted, top
            if self.grid is not None:
                self.grid = self._fitted(self.grid)
            self.updateGeometry()
            self.update()

    def _image_top(self) -> int:
        return CAPTION_HEIGHT * len(self._caption()) + 2

    def _scrolled_in(self) -> tuple[QWidget, QWidget] | None:
        """(the scroll area's widget holding this strip, the view it is seen through)."""
        inner = self
        while inner.parentWidget() is not None and not isinstance(
                inner.parentWidget().parentWidget(), QAbstractScrollArea):
            inner = inner.parentWidget()
        view = inner.parentWidget()
        return None if inner is self or view is None else (inner, view)

    def _shown_width(self) -> int:
        """Px of the strip a person sees: in a view scrolled sideways, no more than the view.

        Beside the widest filter bank a caption ran past the view's edge, its legend too.
        """
        scrolled = self._scrolled_in()
        if scrolled is None:
            return self.width()
        inner, view = scrolled
        return max(1, min(self.width(), view.width() - self.mapTo(inner, QPoint(0, 0)).x()))

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Follow the view's width too: a strip wider than the view is not resized with it."""
        super().showEvent(event)
        scrolled = self._scrolled_in()
        if scrolled is not None and not self._follows_view:
            scrolled[1].installEventFilter(self)
            self._follows_view = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """The view resized: the caption wraps to it, the maps move under it."""
        if event.type() == QEvent.Type.Resize:
            self.refit()
            self.update()
        return False

    def _caption_room(self) -> int:
        """Px for the caption left of the legend (kept for one before values arrive)."""
        return self._shown_width() - 2 - legend_room(self.fontMetrics())

    def _caption(self) -> list[str]:
        """The caption's lines: more than one where the legend leaves too little room."""
        return caption_lines(self.fontMetrics(), self.caption, self._caption_room(),
                             self._shown_width() - 2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the caption, the tiled image and the cell labels."""
        height, width = self.expected.size
        extra = LABEL_HEIGHT * self.expected.rows if self.labels else 0  # under each row
        return QSize(max(width, 300), self._image_top() + height + extra + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the maps need; as narrow as a few maps (the rest wrap)."""
        hint = self.sizeHint()
        if self.tiled:
            return hint
        return QSize(min(hint.width(), 4 * (self.expected.cell_width + self.expected.gap)),
                     hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Caption and legend on one line, the tiled maps below."""
        painter, metrics, text, muted = begin_paint(self, self._caption())
        if self.scale is not None:
            paint_legend(painter, self._shown_width() - 2, 1, self.scale, muted)
        top = self._image_top()
        if self.image is None:
            painter.setPen(muted)
            painter.drawText(0, top + metrics.ascent() + 4, self.placeholder)
            painter.end()
            return
        self._paint_cells(painter, top)
        if self.selected is not None and self.grid is not None:
            self._outline(painter, self.selected, top)
        if self.labels:
            painter.setPen(muted)
            self._paint_labels(painter, top)
        painter.end()

    def _paint_cells(self, painter: QPainter, top: int) -> None:
        grid = self.grid
        if self.tiled:
            painter.drawImage(QPoint(0, top), self.image)
            return
        source_height = self.image.height()
        source_width = self.image.width() // grid.count
        for index in range(grid.count):  # nearest-neighbour: every value a crisp square
            painter.drawImage(self._cell_rect(index, top), self.image,
                              QRect(index * source_width, 0, source_width, source_height))

    def _cell_rect(self, index: int, top: int) -> QRect:
        y, x = self.grid.origin(index)
        if self.labels:  # each row's labels under it (wrapped, both rows' were under the last)
            y += index // self.grid.columns * LABEL_HEIGHT
        return QRect(x, top + y, self.grid.cell_width, self.grid.cell_height)

    def _outline(self, painter: QPainter, index: int, top: int) -> None:
        painter.setPen(QPen(tokens(self.palette()).mark, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._cell_rect(index, top).adjusted(-1, -1, 1, 1))

    def label_rect(self, index: int, top: int) -> QRect:
        """Where cell ``index``'s label is painted: right under the cell."""
        cell = self._cell_rect(index, top)
        return QRect(cell.x(), cell.bottom() + 1, cell.width(), LABEL_HEIGHT)

    def _paint_labels(self, painter: QPainter, top: int) -> None:
        for index, text in enumerate(self.labels):
            painter.drawText(self.label_rect(index, top), Qt.AlignmentFlag.AlignCenter, text)

    def index_at(self, point: QPoint) -> int | None:
        """The map under a point of the widget, or None."""
        if self.grid is None or self.image is None:
            return None
        if self.labels:  # rows apart by their labels: the grid's own rows are not
            top = self._image_top()
            return next((index for index in range(self.grid.count)
                         if self._cell_rect(index, top).contains(point)), None)
        return self.grid.index_at(point.y() - self._image_top(), point.x())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Clicking a map selects it."""
        index = self.index_at(event.position().toPoint())
        if self.clickable and index is not None:
            self.mapClicked.emit(self.name, index)
            self.mapOpened.emit(self.name, index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows move to the next map (a row up or down); Enter or Space open it, as a click."""
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if self.grid is not None:
            steps |= {Qt.Key.Key_Up: -self.grid.columns, Qt.Key.Key_Down: self.grid.columns}
        opens = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if not self.clickable or self.grid is None or (event.key() not in steps and not opens):
            super().keyPressEvent(event)
            return
        before = self.selected
        index = 0 if before is None else before + steps.get(event.key(), 0)
        index = min(max(index, 0), self.grid.count - 1)
        self.mapClicked.emit(self.name, index)
        # A screen reader hears which map the arrows reached, before Enter takes it to the
        # enlarged map; Enter on the map they reached said it again.
        if self.values is not None and (not opens or index != before):
            announce(self, self.summary(index))
        if opens:
            self.mapOpened.emit(self.name, index)

    def event(self, event: QEvent) -> bool:
        """Tooltips: which map or unit, and its largest value."""
        if (event.type() == QEvent.Type.ShortcutOverride and self.clickable
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            event.accept()  # Enter picks a map here, not the window's default action
            return True
        if event.type() == QEvent.Type.ToolTip:
            index = self.index_at(event.pos())
            text = self.help  # and the whole caption where a narrow window wrapped or cut it
            if self.fontMetrics().horizontalAdvance(self.caption) > self._caption_room():
                text = f"{self.caption}\n{self.help}".strip()
            if (index is None or self.values is None) and text:
                QToolTip.showText(event.globalPos(), text, self)
            elif index is None or self.values is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(index), self)
            return True
        return super().event(event)

    def summary(self, index: int) -> str:
        """What a map or unit is, and its values."""
        cell = self.values[:, :, index]
        if cell.size == 1:
            label = self.labels[index] if self.labels else str(index + 1)
            return labelled(label, number(float(cell.ravel()[0]), 3))
        # A literal context: FilterStrip inherits this class, and self.tr would use its name.
        return QCoreApplication.translate("LayerStrip", "Map %1: largest %2, average %3").replace(
            "%1", str(index + 1)).replace("%2", number(float(cell.max()), 3)).replace(
            "%3", number(float(cell.mean()), 3))

    def tooltip(self, index: int) -> str:
        """The summary, and what a click does."""
        if self.values[:, :, index].size == 1:
            return self.summary(index)
        return QCoreApplication.translate("LayerStrip", "%1 (click to see it enlarged)").replace(
            "%1", self.summary(index))


class FilterStrip(LayerStrip):
    """A conv layer's kernels: column = the output map they make, row = their input map."""

    def summary(self, index: int) -> str:
        """Which kernel, and its weights' range."""
        source, target = divmod(index, self.grid.columns)
        kernel = self.values[:, :, index]
        origin = (self.tr("the image") if self.grid.count == self.grid.columns
                  else self.tr("input map %1").replace("%1", str(source + 1)))
        return self.tr("Kernel from %1 to map %2: weights %3 to %4").replace(
            "%1", origin).replace("%2", str(target + 1)).replace(
            "%3", number(float(kernel.min()), 3)).replace("%4", number(float(kernel.max()), 3))

    def tooltip(self, index: int) -> str:
        """The summary, and the map a click enlarges."""
        return self.tr("%1 (click: map %2)").replace("%1", self.summary(index)).replace(
            "%2", str(index % self.grid.columns + 1))


class SoftmaxStrip(QWidget):
    """The ten probabilities as bars under their digits, the winner highlighted."""

    BAR_WIDTH = 26
    BAR_HEIGHT = 44

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, QAccessible.Role.Chart)
        self.setObjectName("strip_softmax")
        self.caption = caption
        self.probabilities: np.ndarray | None = None
        self.paints = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the probabilities, read by Tab too
        describe(self, caption, probabilities_text(None))

    def set_probabilities(self, probabilities: np.ndarray | None) -> None:
        """Show ten probabilities, or nothing."""
        self.probabilities = None if probabilities is None else np.asarray(probabilities)
        set_description(self, probabilities_text(self.probabilities))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Caption, bars and digit labels."""
        return QSize(10 * (self.BAR_WIDTH + 3) + 90,
                     CAPTION_HEIGHT + self.BAR_HEIGHT + LABEL_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The size hint."""
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """One bar per digit, 0 to 1 tall."""
        painter, metrics, text, muted = begin_paint(self, [self.fontMetrics().elidedText(
            self.caption, Qt.TextElideMode.ElideRight, self.width() - 2)])
        base = CAPTION_HEIGHT + 4 + self.BAR_HEIGHT
        step = self.BAR_WIDTH + 3
        painter.fillRect(QRect(0, base, 10 * step - 3, 1), muted)
        if self.probabilities is not None:
            best = int(np.argmax(self.probabilities))
            colours = tokens(self.palette())
            for digit, p in enumerate(self.probabilities):
                height = int(round(float(p) * self.BAR_HEIGHT))
                colour = colours.winner if digit == best else colours.other
                painter.fillRect(QRect(digit * step, base - height, self.BAR_WIDTH, height),
                                 colour)
            painter.setPen(text)
            painter.drawText(10 * step + 6, base - 4,
                             labelled(best, percent(float(self.probabilities[best]), 1)))
        painter.setPen(muted)
        for digit in range(10):
            painter.drawText(QRect(digit * step, base + 2, self.BAR_WIDTH, LABEL_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, str(digit))
        painter.end()


class PixelView(QWidget):
    """A fixed-size picture (NumPy RGB) with optional outlined rectangles over it."""

    def __init__(self, side: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, QAccessible.Role.Graphic)
        self.setObjectName(name)
        self.image: QImage | None = None
        self.factor = 1
        self.marks: list[tuple[QRect, QColor]] = []
        self.paints = 0
        self.placeholder = ""  # one line of what to do, shown while there is no picture
        self.setFixedSize(side, side)
        describe(self, QCoreApplication.translate("Accessibility", PICTURE_NAMES.get(name, name)))

    def set_pixels(self, pixels: np.ndarray | None, factor: int = 1,
                   marks: list[tuple[QRect, QColor]] | None = None,
                   description: str = "") -> None:
        """Show a picture enlarged ``factor`` times, and rectangles in display pixels.

        ``description`` says what it shows to a screen reader (else only its size).
        """
        self.image = None if pixels is None else rgb_image(pixels)
        self.factor = factor
        self.marks = marks or []
        # A literal context: MapView (app/inspector_cell.py) inherits this class.
        set_description(self, description or QCoreApplication.translate(
            "PixelView", "A picture of %1 by %2 pixels").replace(
            "%1", str(pixels.shape[1])).replace("%2", str(pixels.shape[0]))
            if pixels is not None else QCoreApplication.translate(
                "PixelView", "Empty: nothing to show yet."))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The picture centred, then the marks."""
        self.paints += 1
        painter = QPainter(self)
        if self.image is None:
            ground = tokens(self.palette()).picture_ground
            painter.fillRect(self.rect(), ground)
            if self.placeholder:
                painter.setPen(readable_on(ground))
                painter.drawText(self.rect().adjusted(10, 10, -10, -10),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 self.placeholder)
            self._ring(painter)
            painter.end()
            return
        size = self.image.size() * self.factor
        origin = QPoint((self.width() - size.width()) // 2, (self.height() - size.height()) // 2)
        painter.drawImage(QRect(origin, size), self.image)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, colour in self.marks:
            painter.setPen(QPen(colour, 2))
            painter.drawRect(rect.translated(origin))
        self._ring(painter)
        painter.end()

    def _ring(self, painter: QPainter) -> None:
        if self.hasFocus():  # the window's focus frame is dark: lost around a dark picture
            paint_focus_ring(painter, self, QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))


