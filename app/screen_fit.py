"""Windows that fit the screen they open on, from 1280x720 (with a title bar and a panel) up.

A window's first size comes from the screen's available area (most of it, up
to a cap that is the window's preferred size) and it opens centred there. A
saved geometry is restored only when it still fits the screen (a window saved
on a big monitor does not open half off a laptop's). Panels whose content is
taller than a small screen scroll (:func:`scrolling`) instead of being cut.
A window that would cover what a person works on (Look inside over the
canvas) opens beside it where the screen has room (:func:`move_beside`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QElapsedTimer, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QStyle,
    QWidget,
)

# The smallest screen a window must fit: 1280x720 less a title bar and a panel.
SMALLEST_AREA = QSize(1280, 720 - 72)
FRACTION = 0.9  # of the available area a window takes at first, up to its cap
BESIDE_GAP = 8  # px between a window moved beside a widget and that widget (its frame)


def available_area(widget: QWidget | None = None) -> QRect:
    """The available area (no panels) of ``widget``'s screen, or of the primary screen."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 648)


def first_geometry(cap: QSize, area: QRect, minimum: QSize | None = None) -> QRect:
    """Most of ``area`` (:data:`FRACTION`), no larger than ``cap``, centred in ``area``.

    ``minimum`` (the window's minimum size) wins over the fraction, never over ``area``.
    """
    width = min(cap.width(), int(area.width() * FRACTION))
    height = min(cap.height(), int(area.height() * FRACTION))
    if minimum is not None:
        width = min(max(width, minimum.width()), area.width())
        height = min(max(height, minimum.height()), area.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    return rect


def place(window: QWidget, cap: QSize, area: QRect | None = None) -> QRect:
    """Give ``window`` its first size and position on its screen; returns the geometry."""
    area = area if area is not None else available_area(window)
    rect = first_geometry(cap, area, window.minimumSizeHint().expandedTo(window.minimumSize()))
    window.setGeometry(rect)
    return rect


def beside(rect: QRect, keep: QRect, area: QRect, least_width: int) -> QRect | None:
    """``rect`` moved (and narrowed) into ``area`` beside ``keep``, on the side with more room.

    None when ``rect`` does not cover ``keep`` or neither side has ``least_width``.
    """
    if not rect.intersects(keep):
        return None
    right = area.x() + area.width() - (keep.x() + keep.width()) - 2 * BESIDE_GAP
    left = keep.x() - area.x() - 2 * BESIDE_GAP  # a gap each side: window frames
    room = max(left, right)
    if room < least_width:
        return None
    width = min(rect.width(), room)
    x = keep.x() + keep.width() + BESIDE_GAP if right >= left else keep.x() - BESIDE_GAP - width
    return QRect(x, rect.y(), width, rect.height())


def move_beside(window: QWidget, keep: QWidget, least_width: int,
                area: QRect | None = None) -> bool:
    """Move ``window`` off widget ``keep`` (the canvas) if the screen has room; True if moved."""
    area = area if area is not None else available_area(window)
    shown = QRect(keep.mapToGlobal(QPoint(0, 0)), keep.size())
    # Never narrower than the window can be: German Look inside needs 550 px, and given 537
    # beside the canvas it took 550 and went past the screen's edge.
    least_width = max(least_width, window.minimumSizeHint().width(), window.minimumWidth())
    rect = beside(window.geometry(), shown, area, least_width)
    if rect is not None:
        window.setGeometry(rect)
    return rect is not None


def fits(rect: QRect, area: QRect) -> bool:
    """Whether ``rect`` lies wholly inside ``area``."""
    return area.contains(rect)


def restore_geometry(window: QWidget, saved: object, area: QRect | None = None) -> bool:
    """Restore a saved geometry only if it is one and still fits the screen; True if restored.

    Otherwise the window keeps the geometry it has (its first one).
    """
    if not isinstance(saved, QByteArray):  # a hand-edited value is ignored
        return False
    before = window.geometry()
    if not window.restoreGeometry(saved):
        return False
    area = area if area is not None else available_area(window)
    if window.isMaximized() or window.isFullScreen() or fits(window.geometry(), area):
        return True
    window.setGeometry(before)
    return False


def scrolling(inner: QWidget, name: str = "") -> QScrollArea:
    """``inner`` in a vertical scroll area: on a short screen it scrolls instead of being cut.

    The area is as wide as ``inner`` needs (plus a scroll bar), so nothing is cut sideways.
    Its number fields and lists take the wheel only once they have the keyboard, and not
    while the panel is being scrolled: scrolling past them changed the training settings
    under the pointer (epochs 7 -> 1; a batch size the keyboard was in, 128 -> 126).
    """
    area = QScrollArea(objectName=name or f"{inner.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    inner.installEventFilter(_KeepsWidth(area))
    guard = _WheelScrollsPast(area)
    area.viewport().installEventFilter(guard)
    for field in [*inner.findChildren(QAbstractSpinBox), *inner.findChildren(QComboBox)]:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives it no focus
        field.installEventFilter(guard)
    return area


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height its words need at its width.

    In a scroll area Qt gave one a line's height: at 1024x600 the explorer's French
    hint painted its second line over the last row of images.
    """

    def __init__(self, text: str = "", **properties: object) -> None:
        super().__init__(text, wordWrap=True, **properties)
        self._height = 0

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """At least the height the words need at the label's width.

        Not a set minimum: Qt's heightForWidth never goes below one, so a label once
        narrow stayed tall.
        """
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Ask the layout again when the words need another height at the new width."""
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()


class _KeepsWidth(QObject):
    """The scroll area stays as wide as its widget needs, as that need changes.

    Measured once, it kept the width of the empty window: Spanish lines set later made
    the explorer 8 px wider than its area, the matrix's edge under the scroll bar.
    """

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False

    def _fit(self) -> None:
        bar = self._area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._area.setMinimumWidth(self._area.widget().minimumSizeHint().width() + bar)


class _WheelScrollsPast(QObject):
    """The wheel over a field goes on to the scroll area, unless the field is in use.

    In use: it has the keyboard, and the panel was not being scrolled since it got it
    (the wheel that scrolls the panel runs on over a field the pointer passes).
    """

    SCROLLING_MS = 800  # wheel events this close together are one scroll of the panel

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._scrolled = QElapsedTimer()  # since the panel last scrolled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.FocusIn:
            self._scrolled.invalidate()  # the person chose the field: the wheel is its own
        if event.type() != QEvent.Type.Wheel:
            return False
        scrolling = self._scrolled.isValid() and self._scrolled.elapsed() < self.SCROLLING_MS
        if isinstance(watched, (QAbstractSpinBox, QComboBox)) and watched.hasFocus() and (
                not scrolling):
            return False
        self._scrolled.start()
        if isinstance(watched, (QAbstractSpinBox, QComboBox)):
            event.ignore()  # not taken here: Qt offers it to the parents, the area scrolls
            return True
        return False
