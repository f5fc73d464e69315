"""Look inside's side panel: the saliency map with its digit picker, and the chosen map.

The window (app/inspector.py) keeps what is chosen (the map, its cell, the
saliency digit) and the network's values; this panel only shows them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.accessibility import describe
from app.inspector_cell import CellView, MapView, layer_title
from app.inspector_panels import PixelView
from app.language import number, percent
from app.teach_row import a_digit
from app.theme import tokens
from model.look_inside import activations
from model.look_inside.cell import cell as cell_of
from model.look_inside.images import (
    KERNEL_GAP,
    activation_scale,
    fit_kernels,
    input_scale,
    saliency_overlay,
    signed_scale,
    tile,
)

BIG = 224  # side of the saliency and enlarged-map pictures (28 x 8)
SMALL = 112  # the input with the receptive field (28 x 4)
WIDTH = 330


_ARROW_STEPS = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}


class SidePanel(QWidget):
    """Saliency toward a digit, and the map chosen in the layers, enlarged with its cell.

    Signals:
        targetPicked(digit): the saliency digit picked; -1 for the most likely one.
        cellChosen(row, column): a cell of the enlarged map was chosen.
    """

    targetPicked = Signal(int)  # noqa: N815 - Qt signal naming
    cellChosen = Signal(int, int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setAccessibleName(self.tr("What mattered, and the chosen map"))
        self.setFixedWidth(WIDTH)  # wider in a tab of its own: set_fills
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(_heading(self.tr("What mattered")))
        self.saliency_view = PixelView(BIG, "saliencyView")
        self.saliency_view.placeholder = self.tr("Draw a digit on the canvas: the ink that "
                                                 "mattered lights up here")
        column.addWidget(self.saliency_view, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self._build_picker())
        self.saliency_label = _note("", "saliencyLabel")
        column.addWidget(self.saliency_label)
        column.addWidget(_note(self.tr("Bright: the ink that made the network more sure of "
                                       "this digit. Ink that is missing cannot show."),
                               "saliencyHelp"))
        self.method_label = _note(self.tr("Method: gradient × input (positive part) of the "
                                          "digit's log-probability."), "methodLabel")
        column.addWidget(self.method_label)
        column.addSpacing(8)
        column.addWidget(_heading(self.tr("Selected map")))
        self.detail_label = _note(self.tr("Click a map (or Tab to a layer and use the arrow "
                                          "keys) to enlarge it."), "detailLabel")
        column.addWidget(self.detail_label)
        self.detail_view = MapView(BIG, "detailView")
        self.detail_view.placeholder = self.tr("Click a map in Layers to enlarge it here")
        self.detail_view.cellChosen.connect(self.cellChosen)
        column.addWidget(self.detail_view, alignment=Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        self.field_view = PixelView(SMALL, "fieldView")
        self.field_view.setToolTip(self.tr("The input pixels the strongest position can see"))
        self.detail_filters = PixelView(SMALL * 2 - 20, "detailFilters")
        self.detail_filters.setFixedSize(SMALL * 2 - 20, SMALL)
        row.addWidget(self.field_view)
        row.addWidget(self.detail_filters)
        column.addLayout(row)
        self.filter_note = _note("", "filterNote")
        column.addWidget(self.filter_note)
        self.cell_view = CellView()
        column.addWidget(self.cell_view)
        column.addStretch(1)

    def set_fills(self, fills: bool) -> None:
        """In a tab of its own it takes the tab's width; beside the layers, a fixed column.

        (Narrow, its tab had the column's width and an empty half beside it.)
        """
        self.setMaximumWidth((1 << 24) - 1 if fills else WIDTH)  # Qt's QWIDGETSIZE_MAX

    def _build_picker(self) -> QWidget:
        # Radio buttons: one choice of eleven, said as such; Tab reaches the chosen one and
        # the arrow keys move between them.
        picker = QWidget(objectName="saliencyPicker")
        picker.setAccessibleName(self.tr("What mattered for"))
        self.picker = QButtonGroup(self)
        self.answer_button = QRadioButton(self.tr("the most likely"), objectName="towardAnswer",
                                          checked=True)
        self.answer_button.setToolTip(self.tr("What mattered for the digit the network picks"))
        self.picker.addButton(self.answer_button, -1)
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(QLabel(self.tr("Toward")))
        first.addWidget(self.answer_button)
        first.addWidget(QLabel(self.tr("or")))
        first.addStretch(1)
        digits = QHBoxLayout()
        digits.setContentsMargins(0, 0, 0, 0)
        digits.setSpacing(0)
        self.digit_buttons: list[QRadioButton] = []
        for digit in range(10):
            button = QRadioButton(str(digit), objectName=f"toward{digit}")
            button.setToolTip(self.tr("Which ink speaks for %1").replace("%1", a_digit(digit)))
            describe(button, self.tr("Toward %1").replace("%1", str(digit)))
            self.picker.addButton(button, digit)
            digits.addWidget(button)
            self.digit_buttons.append(button)
        digits.addStretch(1)
        self.picker.idClicked.connect(self.targetPicked)
        for button in self.picker.buttons():
            button.installEventFilter(self)
        rows = QVBoxLayout(picker)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(first)
        rows.addLayout(digits)
        return picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The arrows walk the choice in its order (the most likely, 0 ... 9), not on screen."""
        if event.type() == QEvent.Type.KeyPress and event.key() in _ARROW_STEPS:
            order = [self.answer_button, *self.digit_buttons]
            if watched in order:
                index = order.index(watched) + _ARROW_STEPS[event.key()]
                if 0 <= index < len(order):
                    order[index].setFocus(Qt.FocusReason.TabFocusReason)  # keeps the ring
                    order[index].click()
                return True
        return super().eventFilter(watched, event)

    def show_saliency(self, params: dict | None, inside: activations.Inside | None,
                      target: int | None) -> np.ndarray | None:
        """Saliency toward ``target`` (None: the most likely digit); returns the map."""
        answer = None if inside is None else inside.digit
        self.answer_button.setText(self.tr("the most likely") if answer is None
                                   else self.tr("the most likely (%1)").replace("%1", str(answer)))
        if inside is None or params is None:
            self.saliency_view.set_pixels(None)
            self.saliency_label.setText("")
            return None
        digit = answer if target is None else target
        saliency_map = activations.saliency(params, inside, digit)
        which = self.tr("the most likely digit") if digit == answer else self.tr("your pick")
        self.saliency_label.setText(
            self.tr("Ink that pushed the network toward %1 (%2, %3 sure)").replace(
                "%1", str(digit)).replace("%2", which).replace(
                "%3", percent(float(inside.probabilities[digit]), 1)))
        self.saliency_view.set_pixels(saliency_overlay(inside.input, saliency_map, 1), 8,
                                      description=self.saliency_label.text())
        return saliency_map

    def show_detail(self, params: dict | None, inside: activations.Inside | None,
                    selected: tuple[str, int] | None,
                    cell: tuple[int, int] | None) -> tuple[int, int] | None:
        """Enlarge map ``selected`` with ``cell`` (None: its strongest); returns the cell."""
        chosen = selected is not None and inside is not None and params is not None
        for view in (self.field_view, self.detail_filters):  # two black boxes, unlabelled
            view.setVisible(chosen)
        if not chosen:
            for view in (self.detail_view, self.field_view, self.detail_filters):
                view.set_pixels(None)
            self.filter_note.setText("")
            self.cell_view.show_cell(None)
            return None
        layer, index = selected
        layer_maps = inside.layers[layer]
        feature_map = layer_maps[:, :, index]
        strongest = activations.strongest(feature_map)[:2]
        row, column = cell if cell is not None else strongest
        factor = BIG // feature_map.shape[0]
        # The layer's own colour scale, so the enlarged map matches its strip.
        pixels = activation_scale(layer_maps).colours(feature_map)
        mark = QRect(column * factor, row * factor, factor, factor)
        marked = tokens(self.palette()).mark_bright
        self.detail_view.set_pixels(pixels, factor, [(mark.adjusted(-1, -1, 1, 1), marked)],
                                    map_text(layer, index, feature_map, (row, column), strongest))
        self.detail_view.cell = (row, column)
        self.detail_view.said = cell_said(feature_map, (row, column), strongest)
        self.detail_label.setText(self.tr("%1, map %2: click a cell (or use the arrow keys) "
                                          "to see how it is computed.").replace(
            "%1", layer_title(layer)).replace("%2", str(index + 1)))
        self._show_field(inside, layer, row, column)
        self._show_map_filters(params, layer, index)
        self.cell_view.show_cell(cell_of(params, inside, layer, index, row, column))
        return row, column

    def _show_field(self, inside: activations.Inside, layer: str, row: int, column: int) -> None:
        top, left, bottom, right = activations.receptive_field(layer, row, column)
        box = QRect(left * 4, top * 4, (right - left + 1) * 4, (bottom - top + 1) * 4)
        self.field_view.set_pixels(input_scale().colours(inside.input), 4,
                                   [(box, tokens(self.palette()).mark_bright)],
                                   self.tr("The image, its %1 by %2 pixels that the cell "
                                           "sees marked: rows %3 to %4, columns %5 to %6")
                                   .replace("%1", str(right - left + 1))
                                   .replace("%2", str(bottom - top + 1))
                                   .replace("%3", str(top + 1)).replace("%4", str(bottom + 1))
                                   .replace("%5", str(left + 1)).replace("%6", str(right + 1)))

    def _show_map_filters(self, params: dict, layer: str, index: int) -> None:
        conv = activations.POOL_OF.get(layer, layer)
        kernels = activations.filters_of_map(params, conv, index)  # (3, 3, in)
        view = self.detail_filters
        columns, factor = fit_kernels(kernels.shape[2], view.width(), view.height())
        pixels, _ = tile(kernels, signed_scale(activations.filters(params, conv)),
                         columns, factor, 2, KERNEL_GAP)
        view.set_pixels(pixels, description=self.tr(
            "The %n kernel(s) of 3 by 3 weights behind map %1 (blue: negative, red: positive).",
            "", kernels.shape[2]).replace("%1", str(index + 1)))
        if conv != layer:
            text = self.tr("This layer has no kernels: each cell is the largest of a 2 by 2 "
                           "window of map %1 %2, made by these %n kernel(s) (blue: negative "
                           "weights, red: positive).", "", kernels.shape[2]).replace(
                "%2", layer_title(conv, of=True))
        else:
            text = self.tr("Left: the part of the image the chosen cell sees. Right: the "
                           "%n kernel(s) of 3 by 3 weights that make map %1, one per map it "
                           "reads (blue: negative, red: positive).", "", kernels.shape[2])
        self.filter_note.setText(text.replace("%1", str(index + 1)))


def map_text(layer: str, index: int, feature_map: np.ndarray, cell: tuple[int, int],
             strongest: tuple[int, int]) -> str:
    """The enlarged map in words: which one, its size, the chosen cell and its value."""
    row, column = cell
    text = QCoreApplication.translate(
        "Accessibility", "%1, map %2, %3 by %4 cells. Chosen cell: row %5, column %6, "
        "value %7.").replace("%1", layer_title(layer)).replace("%2", str(index + 1)).replace(
        "%3", str(feature_map.shape[0])).replace("%4", str(feature_map.shape[1])).replace(
        "%5", str(row + 1)).replace("%6", str(column + 1)).replace(
        "%7", number(float(feature_map[row, column]), 2))
    if (row, column) == tuple(strongest):
        text += " " + QCoreApplication.translate("Accessibility", "The strongest of the map.")
    return text


def cell_said(feature_map: np.ndarray, cell: tuple[int, int], strongest: tuple[int, int]
              ) -> str:
    """A cell of the enlarged map in a few words, said as the arrows reach it."""
    row, column = cell
    text = QCoreApplication.translate("Accessibility", "Row %1, column %2: %3").replace(
        "%1", str(row + 1)).replace("%2", str(column + 1)).replace(
        "%3", number(float(feature_map[row, column]), 2))
    if (row, column) == tuple(strongest):
        text += " " + QCoreApplication.translate("Accessibility", "The strongest of the map.")
    return text


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _note(text: str, name: str) -> QLabel:
    return QLabel(text, objectName=name, wordWrap=True)
