"""The explorer's grid: test images as cards, painted in one widget.

Each card shows an image titled with the predicted digit (mistakes in the
theme's "wrong" colour, with the true digit), its index and confidence.
Colours come from the theme's tokens, so the grid follows a dark palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.accessibility import describe, give_role, grid_text, set_description
from app.language import percent
from app.theme import tokens

GRID_ROWS = 5
GRID_COLUMNS = 5


@dataclass(frozen=True)
class GridCell:
    """What one grid cell shows."""

    index: int
    image: QImage
    title: str
    footer: str
    confidence: str = ""
    wrong: bool = False
    unsure: bool = False
    tooltip: str = ""


def card_percent(confidence: float) -> str:
    """"97 %", but "99.7 %" rather than a misleading "100 %" for anything short of certain."""
    return percent(confidence)  # percent() never rounds up to certainty


def fitted_font(font: QFont, text: str, width: int, smallest: float = 6.0) -> QFont:
    """``font``, made smaller if needed so that ``text`` fits in ``width`` pixels."""
    needed = QFontMetrics(font).horizontalAdvance(text)
    if needed <= width or needed == 0:
        return font
    smaller = QFont(font)
    size = font.pointSizeF() * width / needed
    # Text does not shrink in proportion (hinting): "no es un dígito · real 5" was cut
    # at both ends once shrunk; smaller until it fits.
    while True:
        size = max(size * 0.98, smallest)
        smaller.setPointSizeF(size)
        if size == smallest or QFontMetrics(smaller).horizontalAdvance(text) <= width:
            return smaller


class ImageGrid(QWidget):
    """Paints a page of test images as cards; a click emits ``chosen(index)``.

    Arrow keys move the selection (and emit ``chosen``), Page Up / Page Down
    emit ``pageRequested(-1 / +1)``; a double click or Enter emits ``opened(index)``.
    """

    chosen = Signal(int)  # dataset index
    opened = Signal(int)  # dataset index: to be looked at where it is shown
    pageRequested = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, rows: int = GRID_ROWS, columns: int = GRID_COLUMNS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, QAccessible.Role.Graphic)  # painted: said as "filler"
        self.setObjectName("explorerGrid")
        self.rows, self.columns = rows, columns
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(columns * 72, rows * 88)
        self._cells: list[GridCell] = []
        self._selected: int | None = None
        self._hover: int | None = None  # slot
        self._placeholder = ""
        describe(self, self.tr("Test images"), grid_text([], None))

    # ------------------------------------------------------------------ API

    def set_cells(self, cells: list[GridCell], placeholder: str = "") -> None:
        """Show these cells (at most rows x columns); ``placeholder`` when there are none."""
        self._cells = list(cells[: self.rows * self.columns])
        self._placeholder = placeholder
        self._hover = None
        set_description(self, grid_text(self._cells, self._selected, placeholder))
        self.update()

    def cells(self) -> list[GridCell]:
        """Return the cells shown, in reading order."""
        return list(self._cells)

    def set_selected(self, index: int | None) -> None:
        """Outline the cell of this dataset index (if it is on the page)."""
        if index != self._selected:
            self._selected = index
            set_description(self, grid_text(self._cells, index, self._placeholder))
            self.update()

    def cell_rect(self, slot: int) -> QRect:
        """Rectangle of the ``slot``-th cell of the page (0 = top left)."""
        row, column = divmod(slot, self.columns)
        x0 = round(column * self.width() / self.columns)
        x1 = round((column + 1) * self.width() / self.columns)
        y0 = round(row * self.height() / self.rows)
        y1 = round((row + 1) * self.height() / self.rows)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def rect_of_index(self, index: int) -> QRect | None:
        """Rectangle of the cell showing a dataset index, or None if it is not shown."""
        for slot, cell in enumerate(self._cells):
            if cell.index == index:
                return self.cell_rect(slot)
        return None

    def slot_at(self, pos: QPoint) -> int | None:
        """The slot of the cell under ``pos`` (None over empty space)."""
        if not self.rect().contains(pos):
            return None
        column = min(pos.x() * self.columns // max(self.width(), 1), self.columns - 1)
        row = min(pos.y() * self.rows // max(self.height(), 1), self.rows - 1)
        slot = row * self.columns + column
        return slot if slot < len(self._cells) else None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Return the preferred size (cards of about 110 x 120 pixels)."""
        return QSize(self.columns * 110, self.rows * 120)

    # ------------------------------------------------------------- painting

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        footer = QFont(self.font())
        footer.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6.0))
        return title, footer

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the cards that intersect the exposed area."""
        with QPainter(self) as painter:  # ends the painter even if drawing raises
            colours = tokens(self.palette())
            painter.fillRect(event.rect(), colours.sunken)
            if not self._cells:
                painter.setPen(colours.muted)
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
                return
            fonts = self._fonts()
            for slot, cell in enumerate(self._cells):
                rect = self.cell_rect(slot)
                if rect.intersects(event.rect()):
                    self._paint_cell(painter, rect, cell, slot, fonts)
            if self.hasFocus():  # where the keyboard is, before an arrow chooses an image
                painter.setPen(QPen(colours.accent, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Show the keyboard's frame."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Take the keyboard's frame away."""
        super().focusOutEvent(event)
        self.update()

    def _paint_cell(self, painter: QPainter, rect: QRect, cell: GridCell, slot: int,
                    fonts: tuple[QFont, QFont]) -> None:
        card = rect.adjusted(3, 3, -3, -3)
        selected = cell.index == self._selected
        colours = tokens(self.palette())
        fill = (colours.wrong_surface if cell.wrong
                else colours.hover if slot == self._hover else colours.surface)
        border = (colours.accent if selected
                  else colours.wrong if cell.wrong else colours.border)
        width = 3 if selected else (2 if cell.wrong else 1)
        painter.fillRect(card, fill)
        painter.setPen(QPen(border, width))
        inset = width / 2
        painter.drawRect(QRectF(card).adjusted(inset, inset, -inset, -inset))
        title_font, footer_font = fonts
        title_h = QFontMetrics(title_font).height() + 4
        footer_h = QFontMetrics(footer_font).height() + 3
        inner = card.adjusted(4, 2, -4, -2)
        painter.setFont(fitted_font(title_font, cell.title, inner.width() - 6))
        painter.setPen(colours.wrong if cell.wrong else colours.text)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), title_h),
                         Qt.AlignmentFlag.AlignCenter, cell.title)
        side = max(min(inner.width(), inner.height() - title_h - footer_h), 8)
        image_rect = QRect(0, 0, side, side)
        image_rect.moveCenter(QPoint(inner.center().x(),
                                     inner.top() + title_h + (inner.height() - title_h
                                                              - footer_h) // 2))
        painter.drawImage(image_rect, cell.image)
        footer = QRect(inner.left(), inner.bottom() - footer_h + 1, inner.width(), footer_h)
        painter.setFont(footer_font)
        painter.setPen(colours.muted)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         cell.footer)
        painter.setPen(colours.unsure if cell.unsure else colours.muted)
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         cell.confidence)

    # ------------------------------------------------------------ interaction

    def _index_clicked(self, event: QMouseEvent) -> int | None:
        """The image under a left click (the event accepted), or None."""
        slot = self.slot_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or slot is None:
            return None
        event.accept()
        return self._cells[slot].index

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Choose the clicked image."""
        if (index := self._index_clicked(event)) is not None:
            self.chosen.emit(index)
        else:
            super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Open the image double-clicked."""
        if (index := self._index_clicked(event)) is not None:
            self.opened.emit(index)
        else:
            super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Highlight the card under the pointer."""
        self._set_hover(self.slot_at(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Remove the hover highlight."""
        self._set_hover(None)
        super().leaveEvent(event)

    def _set_hover(self, slot: int | None) -> None:
        if slot == self._hover:
            return
        for old in (self._hover, slot):
            if old is not None:
                self.update(self.cell_rect(old))
        self._hover = slot
        shape = Qt.CursorShape.PointingHandCursor if slot is not None else \
            Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows move the selection; Page Up/Down ask for another page; Enter opens."""
        key = event.key()
        pages = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,
                 Qt.Key.Key_Up: -self.columns, Qt.Key.Key_Down: self.columns}
        if key in pages:
            self.pageRequested.emit(pages[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._selected in [c.index for c in self._cells]:  # not one a filter hid
                self.opened.emit(self._selected)
        elif key in steps and self._cells:
            slots = [c.index for c in self._cells]
            current = slots.index(self._selected) if self._selected in slots else -1
            target = min(max(current + steps[key], 0), len(slots) - 1) if current >= 0 else 0
            self.chosen.emit(slots[target])
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Show the cell's tooltip (all the numbers behind the card)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            slot = self.slot_at(event.pos())
            if slot is not None and self._cells[slot].tooltip:
                QToolTip.showText(event.globalPos(), self._cells[slot].tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
