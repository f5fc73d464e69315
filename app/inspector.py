"""The "Look inside" window: every layer for the current input, the filters, saliency.

Live for whatever the main window shows (the drawing, or a test-set image), from
the served model; while Retrain runs it can follow the model being trained,
from weight snapshots the training loop copies between steps. All the numbers
come from model.inspect (NumPy); this file only lays them out and paints them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.inspector_cell import CellView, MapView, filter_captions, layer_texts, layer_title
from app.inspector_panels import FilterStrip, LayerStrip, PixelView, SoftmaxStrip
from app.keyboard import FramedFocus
from app.language import number, percent
from app.screen_fit import scrolling
from app.session import Session
from app.teach_row import a_digit
from app.theme import tokens
from model.look_inside import activations
from model.look_inside.cell import cell as cell_of
from model.look_inside.images import (
    KERNEL_GAP,
    activation_scale,
    as_maps,
    atlas,
    bank_grid,
    filter_bank,
    fit_kernels,
    input_scale,
    layer_grid,
    layer_scale,
    saliency_overlay,
    signed_scale,
    tile,
)
from model.network.numpy_net import NumpyNet

BIG = 224  # side of the saliency and enlarged-map pictures (28 x 8)
SMALL = 112  # the input with the receptive field (28 x 4)
_DIGITS = [str(d) for d in range(10)]
_LAYERS = ("input", "c1", "c2", "p1", "c3", "c4", "p2", "d1", "logits")
_FILTER_FACTOR = {"c1": 16, "c2": 5, "c3": 5, "c4": 5}
_FILTER_GAP = {"c1": 6, "c2": 2, "c3": 2, "c4": 2}
_FILTER_CHANNELS = {"c1": (1, 16), "c2": (16, 16), "c3": (16, 32), "c4": (32, 32)}
MAP_LAYERS = ("c1", "c2", "p1", "c3", "c4", "p2")


@dataclass(frozen=True)
class Source:
    """The weights the view shows, and how to say where they come from."""

    net: NumpyNet
    temperature: float
    caption: str


class InspectorWindow(QWidget):
    """Every layer of the network for one input, its filters and a saliency map.

    Args:
        classifier_getter: returns the classifier in use (None while loading).
        parent: optional; the view is a window of its own either way.

    Signals:
        refreshed: every panel has new contents (after a new input or weights).
    """

    refreshed = Signal()

    def __init__(self, classifier_getter: Callable[[], object | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Look inside the network"))
        self._get_classifier = classifier_getter
        self.image: np.ndarray | None = None
        self.source_caption = self.tr("Draw a digit")
        self.snapshot: object | None = None  # the latest model.train.Snapshot
        self._snapshot_net: NumpyNet | None = None
        self.selected: tuple[str, int] | None = None
        self.cell: tuple[int, int] | None = None  # of the selected map; None: its strongest
        self.target: int | None = None  # saliency digit; None: the most likely digit
        self.inside: activations.Inside | None = None
        self.saliency_map: np.ndarray | None = None
        self._filters_of: object = None  # the params the filter banks show
        self._stale = True
        self._build()
        FramedFocus(self, [self.detail_view, *self.strips.values()])  # they draw none
        self._show_captions(False)
        self.resize(1320, 940)

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.source_label = QLabel(objectName="sourceLabel")
        font = self.source_label.font()
        font.setBold(True)
        self.source_label.setFont(font)
        self.model_label = QLabel(objectName="modelLabel")
        self.follow_box = QCheckBox(self.tr("Follow training"), objectName="followBox",
                                    checked=True)
        self.follow_box.setToolTip(self.tr("While Retrain runs, show the model being trained "
                                           "(weights copied between steps every few hundred "
                                           "steps)"))
        self.follow_box.toggled.connect(self._on_follow_toggled)
        self.details_box = QCheckBox(self.tr("Details"), objectName="detailsBox")
        self.details_box.setToolTip(self.tr("Show the technical names: conv, ReLU, logits, "
                                            "softmax temperature, the saliency method"))
        self.details_box.toggled.connect(self._show_captions)
        header = QHBoxLayout()
        header.addWidget(self.source_label)
        header.addSpacing(16)
        header.addWidget(self.model_label, stretch=1)
        header.addWidget(self.details_box)
        header.addWidget(self.follow_box)

        self.tabs = QTabWidget(objectName="inspectorTabs")
        self.tabs.setAccessibleName(self.tr("Layers and filters"))
        self.tabs.addTab(self._scrolling(self._build_layers()), self.tr("Layers"))
        self.tabs.addTab(self._scrolling(self._build_filters()), self.tr("Filters"))
        body = QHBoxLayout()
        body.addWidget(scrolling(self._build_side()), stretch=0)  # scrolls on a short screen
        body.addWidget(self.tabs, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addLayout(body)

    @staticmethod
    def _scrolling(inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area

    def _build_layers(self) -> QWidget:
        self.strips: dict[str, LayerStrip] = {}
        panel = QWidget(objectName="layersPanel", accessibleName=self.tr("Layers"))
        column = QVBoxLayout(panel)
        column.setSpacing(6)
        self.empty_label = QLabel(self.tr("Draw a digit on the canvas: here you will see how "
                                          "the network reads it, layer by layer."),
                                  objectName="emptyLabel", wordWrap=True)
        column.addWidget(self.empty_label)
        for name in _LAYERS:
            shape = (28, 28) if name == "input" else activations.LAYER_SHAPES[name]
            strip = LayerStrip(name, layer_texts()[name][0], layer_grid(name, shape),
                               clickable=name in MAP_LAYERS,
                               labels=_DIGITS if name == "logits" else None)
            strip.mapClicked.connect(self.select_map)
            self.strips[name] = strip
            if name != "logits":
                column.addWidget(strip)
        # The logits and their softmax side by side: the two ends of the network.
        self.softmax_strip = SoftmaxStrip(layer_texts()["softmax"][0])
        outputs = QHBoxLayout()
        outputs.addWidget(self.strips["logits"])
        outputs.addSpacing(24)
        outputs.addWidget(self.softmax_strip)
        column.addLayout(outputs)
        column.addStretch(1)
        return panel

    def _build_filters(self) -> QWidget:
        self.filter_strips: dict[str, LayerStrip] = {}
        panel = QWidget(objectName="filtersPanel", accessibleName=self.tr("Filters"))
        column = QVBoxLayout(panel)
        column.setSpacing(12)
        for name, caption in filter_captions().items():
            channels_in, channels_out = _FILTER_CHANNELS[name]
            strip = FilterStrip(name, caption,
                                bank_grid(channels_in, channels_out, _FILTER_FACTOR[name],
                                          _FILTER_GAP[name]))
            strip.mapClicked.connect(self._on_filter_clicked)
            self.filter_strips[name] = strip
            column.addWidget(strip)
        column.addStretch(1)
        return panel

    def _build_side(self) -> QWidget:
        side = QWidget(objectName="sidePanel",
                       accessibleName=self.tr("Saliency and the chosen map"))
        side.setFixedWidth(330)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(_heading(self.tr("Saliency")))
        self.saliency_view = PixelView(BIG, "saliencyView")
        self.saliency_view.placeholder = self.tr("Draw a digit on the canvas: the ink that "
                                                 "mattered lights up here")
        column.addWidget(self.saliency_view, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addLayout(self._build_picker())
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
        self.detail_view.cellChosen.connect(self.select_cell)
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
        return side

    def _build_picker(self) -> QVBoxLayout:
        self.picker = QButtonGroup(self)
        self.picker.setExclusive(True)
        self.answer_button = QToolButton(objectName="towardAnswer", text=self.tr("the most likely"),
                                         checkable=True, checked=True)
        self.answer_button.setToolTip(self.tr("Saliency toward the digit the network picks"))
        self.picker.addButton(self.answer_button, -1)
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Toward")))
        first.addWidget(self.answer_button)
        first.addWidget(QLabel(self.tr("or")))
        first.addStretch(1)
        digits = QHBoxLayout()
        digits.setSpacing(2)
        self.digit_buttons = []
        for digit in range(10):
            button = QToolButton(objectName=f"toward{digit}", text=str(digit), checkable=True)
            button.setToolTip(self.tr("Which ink speaks for %1").replace("%1", a_digit(digit)))
            self.picker.addButton(button, digit)
            digits.addWidget(button)
            self.digit_buttons.append(button)
        digits.addStretch(1)
        self.picker.idClicked.connect(self._on_target_picked)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(digits)
        return rows

    # ---------------------------------------------------------------- inputs

    def show_input(self, image: np.ndarray | None, caption: str = "") -> None:
        """Show a new network input (28x28 in [0, 1]) or none; repaints when visible."""
        self.image = None if image is None else activations.as_input(image)
        self.source_caption = ((caption or self.tr("The canvas")) if image is not None
                               else self.tr("Draw a digit"))
        self.refresh()

    @Slot(object)
    def follow_snapshot(self, snapshot: object) -> None:
        """A model.train.Snapshot from a running training: show it if following."""
        self.snapshot, self._snapshot_net = snapshot, NumpyNet(snapshot.params)
        if self.follow_box.isChecked():
            self.refresh()

    @Slot()
    def training_ended(self) -> None:
        """Training is over: show the served model again."""
        was_following = self.snapshot is not None and self.follow_box.isChecked()
        self.snapshot, self._snapshot_net = None, None
        if was_following:
            self.refresh()

    @Slot(str, int)
    def select_map(self, layer: str, index: int) -> None:
        """Enlarge one feature map with its filters and strongest position."""
        self.selected, self.cell = (layer, index), None
        for strip in self.strips.values():
            strip.selected = index if strip.name == layer else None
            strip.update()
        self._show_detail(self._source())

    @Slot(int, int)
    def select_cell(self, row: int, column: int) -> None:
        """Show how cell (row, column) of the selected map is computed."""
        self.cell = (row, column)
        self._show_detail(self._source())

    @Slot(bool)
    def _show_captions(self, details: bool) -> None:
        """Plain captions; with Details, the technical name after each."""
        texts = layer_texts()
        for name, strip in [*self.strips.items(), ("softmax", self.softmax_strip)]:
            caption, help_text, technical = texts[name]
            strip.caption = f"{caption}  ({technical})" if details else caption
            strip.help = help_text
            strip.setToolTip("" if name != "softmax" else help_text)
            strip.update()
        self.method_label.setVisible(details)
        self._show_model(self._source())

    def _show_model(self, source: Source | None) -> None:
        # "Model in use", and with Details its softmax temperature.
        text = self.tr("Loading model...") if source is None else source.caption
        self.model_label.setText(text if self.details_box.isChecked() else text.split(" · ")[0])

    @Slot(str, int)
    def _on_filter_clicked(self, layer: str, index: int) -> None:
        self.select_map(layer, index % self.filter_strips[layer].grid.columns)

    @Slot(int)
    def _on_target_picked(self, digit: int) -> None:
        self.target = None if digit < 0 else digit
        self.refresh()

    @Slot(bool)
    def _on_follow_toggled(self, _checked: bool) -> None:
        if self.snapshot is not None:
            self.refresh()

    # --------------------------------------------------------------- refresh

    def _source(self) -> Source | None:
        if self.snapshot is not None and self.follow_box.isChecked():
            return Source(self._snapshot_net, 1.0,
                          self.tr("Following training, step %1").replace(
                              "%1", str(self.snapshot.step)))
        classifier = self._get_classifier()
        if classifier is None:
            return None
        temperature = float(classifier.rule.temperature)
        return Source(classifier.net, temperature,
                      self.tr("Model in use · softmax temperature %1").replace(
                          "%1", number(temperature, 2)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Catch up on what changed while the window was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute every panel for the current input and weights (only when visible)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        source = self._source()
        self.source_label.setText(self.source_caption)
        self._show_model(source)
        self._show_filters(source)
        self.inside = None
        if source is not None and self.image is not None:
            self.inside = activations.look_inside(source.net, self.image, source.temperature)
        self._show_layers()
        self._show_saliency(source)
        self._show_detail(source)
        self.refreshed.emit()

    def _show_filters(self, source: Source | None) -> None:
        params = None if source is None else source.net.params
        if params is self._filters_of:
            return
        self._filters_of = params
        for name, strip in self.filter_strips.items():
            if params is None:
                strip.set_maps(None, None, None)
                continue
            weights = activations.filters(params, name)
            # Drawn once per set of weights: one pre-tiled image, not a thousand cells.
            pixels, grid = filter_bank(weights, _FILTER_FACTOR[name], _FILTER_GAP[name])
            strip.set_tiled(pixels, grid, signed_scale(weights), weights.reshape(3, 3, -1))

    def _show_layers(self) -> None:
        inside = self.inside
        for name, strip in self.strips.items():
            if inside is None:
                strip.set_maps(None, None, None)
                continue
            maps = as_maps(inside.input if name == "input" else inside.layers[name])
            scale = layer_scale(name, maps)
            strip.set_maps(atlas(maps, scale), layer_grid(name, maps.shape), scale, maps)
        self.softmax_strip.set_probabilities(None if inside is None else inside.probabilities)
        self.empty_label.setVisible(inside is None)

    def _show_saliency(self, source: Source | None) -> None:
        inside = self.inside
        answer = None if inside is None else inside.digit
        self.answer_button.setText(self.tr("the most likely") if answer is None
                                   else self.tr("the most likely (%1)").replace("%1", str(answer)))
        if inside is None:
            self.saliency_map = None
            self.saliency_view.set_pixels(None)
            self.saliency_label.setText("")
            return
        digit = answer if self.target is None else self.target
        self.saliency_map = activations.saliency(source.net.params, inside, digit)
        self.saliency_view.set_pixels(saliency_overlay(inside.input, self.saliency_map, 1), 8)
        which = self.tr("the most likely digit") if digit == answer else self.tr("your pick")
        self.saliency_label.setText(
            self.tr("Ink that pushed the network toward %1 (%2; p = %3)").replace(
                "%1", str(digit)).replace("%2", which).replace(
                "%3", percent(float(inside.probabilities[digit]), 1)))

    def _show_detail(self, source: Source | None) -> None:
        if self.selected is None or self.inside is None or source is None:
            self.detail_view.set_pixels(None)
            self.field_view.set_pixels(None)
            self.detail_filters.set_pixels(None)
            self.filter_note.setText("")
            self.cell_view.show_cell(None)
            return
        layer, index = self.selected
        feature_map = self.inside.layers[layer][:, :, index]
        if self.cell is None:
            self.cell = activations.strongest(feature_map)[:2]
        row, column = self.cell
        factor = BIG // feature_map.shape[0]
        # The layer's own colour scale, so the enlarged map matches its strip.
        pixels = activation_scale(self.inside.layers[layer]).colours(feature_map)
        mark = QRect(column * factor, row * factor, factor, factor)
        marked = tokens(self.palette()).mark_bright
        self.detail_view.set_pixels(pixels, factor, [(mark.adjusted(-1, -1, 1, 1), marked)])
        self.detail_view.cell = self.cell
        self.detail_label.setText(self.tr("%1, map %2: click a cell (or use the arrow keys) "
                                          "to see how it is computed.").replace(
            "%1", layer_title(layer)).replace("%2", str(index + 1)))
        self._show_field(layer, row, column)
        self._show_map_filters(source, layer, index)
        self.cell_view.show_cell(cell_of(source.net.params, self.inside, layer, index, row,
                                         column))

    def _show_field(self, layer: str, row: int, column: int) -> None:
        top, left, bottom, right = activations.receptive_field(layer, row, column)
        box = QRect(left * 4, top * 4, (right - left + 1) * 4, (bottom - top + 1) * 4)
        self.field_view.set_pixels(input_scale().colours(self.inside.input), 4,
                                   [(box, tokens(self.palette()).mark_bright)])

    def _show_map_filters(self, source: Source, layer: str, index: int) -> None:
        conv = activations.POOL_OF.get(layer, layer)
        kernels = activations.filters_of_map(source.net.params, conv, index)  # (3, 3, in)
        view = self.detail_filters
        columns, factor = fit_kernels(kernels.shape[2], view.width(), view.height())
        pixels, _ = tile(kernels, signed_scale(activations.filters(source.net.params, conv)),
                         columns, factor, 2, KERNEL_GAP)
        self.detail_filters.set_pixels(pixels)
        if conv != layer:
            text = self.tr("This layer has no kernels: each cell is the largest of a 2 by 2 "
                           "window of map %1 %2, made by these %n kernel(s) (blue: negative "
                           "weights, red: positive).", "", kernels.shape[2]).replace(
                "%2", layer_title(conv, of=True))
        else:
            text = self.tr("Left: the part of your drawing the chosen cell sees. Right: the "
                           "%n kernel(s) of 3 by 3 weights that make map %1, one per map it "
                           "reads (blue: negative, red: positive).", "", kernels.shape[2])
        self.filter_note.setText(text.replace("%1", str(index + 1)))


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _note(text: str, name: str) -> QLabel:
    return QLabel(text, objectName=name, wordWrap=True)


def open_window(session: Session, parent: QWidget) -> InspectorWindow:
    """The "Look inside" window, following the session's input and the trainer's snapshots."""
    window = InspectorWindow(lambda: session.classifier, parent)
    window.show_input(*session.input_in_focus)
    session.inputChanged.connect(window.show_input)
    session.trainer.snapshot.connect(window.follow_snapshot)
    session.trainer.finished.connect(window.training_ended)
    return window
