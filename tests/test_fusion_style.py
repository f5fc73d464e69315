"""Where the keyboard is shows in either palette; the dark palette's radio circles too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from app.fusion_style import FusionStyle
from app.theme import contrast, dark_palette

pytestmark = pytest.mark.gui
PARTS = 3.0  # WCAG: the parts of a control a person needs to see


def shown_row(qtbot, kind: str, dark: bool, *children: QWidget) -> QWidget:
    """``children`` side by side in an active window, with our style or Fusion's alone."""
    style = FusionStyle() if kind == "ours" else QStyleFactory.create("Fusion")
    widget = QWidget()
    widget.setStyle(style)
    widget.setPalette(dark_palette() if dark else style.standardPalette())
    layout = QHBoxLayout(widget)
    for child in children:
        child.setStyle(style)
        layout.addWidget(child)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.kind = kind
    return widget


@pytest.fixture(params=["ours", "fusion"])
def row(request, qtbot):
    """A radio button and a button in the dark palette, with our style or Fusion's alone."""
    radio, button = QRadioButton("3"), QPushButton("Retrain")
    widget = shown_row(qtbot, request.param, True, radio, button)
    widget.radio, widget.button = radio, button
    return widget


def strongest_edge(widget: QWidget, image, rect) -> float:
    """The highest contrast against the window of the pixels on ``rect``'s edge."""
    window = widget.palette().color(widget.backgroundRole())
    ratio = image.devicePixelRatio()
    points = [(x, y) for x in range(rect.left(), rect.right() + 1)
              for y in (rect.top(), rect.top() + 1, rect.bottom() - 1, rect.bottom())]
    points += [(x, y) for y in range(rect.top(), rect.bottom() + 1)
               for x in (rect.left(), rect.left() + 1, rect.right() - 1, rect.right())]
    return max(contrast(image.pixelColor(int(x * ratio), int(y * ratio)), window)
               for x, y in points)


def test_a_radio_buttons_circle_shows_on_the_dark_palette(row):
    option = QStyleOptionButton()
    option.initFrom(row.radio)
    mark = row.radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option,
                                             row.radio)
    edge = strongest_edge(row.radio, row.radio.grab().toImage(), mark)
    assert (edge >= PARTS) == (row.kind == "ours"), edge  # Fusion's alone: about 1.2:1


def test_the_keyboards_focus_shows_on_the_dark_palette(row, qtbot):
    row.radio.setFocus()
    qtbot.keyClick(row.radio, Qt.Key.Key_Tab)  # a focus ring shows where Tab went
    qtbot.waitUntil(row.button.hasFocus)
    edge = strongest_edge(row.button, row.button.grab().toImage(), row.button.rect())
    assert (edge >= PARTS) == (row.kind == "ours"), edge  # Fusion's alone: about 2:1


@pytest.mark.parametrize("kind", ["ours", "fusion"])
def test_a_toolbar_buttons_focus_shows_on_the_light_palette(kind, qtbot):
    # Fusion tints a flat tool button with the keyboard on it (Clear, Undo, Open image on
    # the toolbar): 1.0:1, a learner at the keyboard could not tell where Tab went.
    radio, tool = QRadioButton("3"), QToolButton(text="Clear", autoRaise=True)
    tool.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    row = shown_row(qtbot, kind, False, radio, tool)  # kept: its children live with it
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Tab)
    qtbot.waitUntil(tool.hasFocus)
    edge = strongest_edge(tool, tool.grab().toImage(), tool.rect())
    assert (edge >= PARTS) == (row.kind == "ours"), edge
