"""The "Look inside" window: every layer for the current input, the filters, saliency.

Live for whatever the main window shows (the drawing, or a test-set image), from
the served model; while Retrain runs it can follow the model being trained,
from weight snapshots the training loop copies between steps. All the numbers
come from model.inspect (NumPy); this file only lays them out and paints them.
On a laptop it opens beside the canvas (app.windows), narrow: saliency and the
enlarged map are then a third tab, so a person can draw and watch at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.inspector_cell import filter_captions, layer_texts
from app.inspector_panels import FilterStrip, LayerStrip, SoftmaxStrip
from app.inspector_side import SidePanel
from app.keyboard import FramedFocus
from app.language import number
from app.screen_fit import scrolling
from app.session import Session
from model.look_inside import activations
from model.look_inside.images import (
    as_maps,
    atlas,
    bank_grid,
    filter_bank,
    layer_grid,
    layer_scale,
    signed_scale,
)
from model.network.numpy_net import NumpyNet

_DIGITS = [str(d) for d in range(10)]
_LAYERS = ("input", "c1", "c2", "p1", "c3", "c4", "p2", "d1", "logits")
_FILTER_FACTOR = {"c1": 16, "c2": 5, "c3": 5, "c4": 5}
_FILTER_GAP = {"c1": 6, "c2": 2, "c3": 2, "c4": 2}
_FILTER_CHANNELS = {"c1": (1, 16), "c2": (16, 16), "c3": (16, 32), "c4": (32, 32)}
MAP_LAYERS = ("c1", "c2", "p1", "c3", "c4", "p2")
# Narrower than this, the side panel becomes a tab of its own: Look inside then fits
# beside the canvas on a laptop (LEAST_WIDTH), so a person can draw and watch at once.
COMPACT_BELOW = 960
LEAST_WIDTH = 480


@dataclass(frozen=True)
class Source:
    """The weights the view shows, and how to say where they come from."""

    net: NumpyNet
    temperature: float
    caption: str


def _show_reached(area: QScrollArea, widget: QWidget, sideways: int) -> None:
    """Scroll ``area`` to ``widget`` (Tab reached it), not sideways if it is wider than the view.

    A filter bank is wider than the view: scrolled to it, its caption stayed behind.
    """
    area.ensureWidgetVisible(widget)
    if widget.width() > area.viewport().width():
        area.horizontalScrollBar().setValue(sideways)


class _Pane(QScrollArea):
    """A tab's scrolled page: Tab within it shows what it reached as ``_show_reached`` does."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Qt's own scrolls to the widget reached, sideways too: undone for a wide one."""
        sideways = self.horizontalScrollBar().value()
        moved = super().focusNextPrevChild(forward)
        reached = QApplication.focusWidget()
        if moved and reached is not None and self.isAncestorOf(reached):
            _show_reached(self, reached, sideways)
        return moved


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
        # A dialog's window stays above the main window's: beside the canvas, a click on it
        # must not bury Look inside. Not modal, and it can be maximised like any window.
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.WindowMinMaxButtonsHint
                            | Qt.WindowType.WindowCloseButtonHint)
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
        self._compact = False
        self.keep_in_view: QWidget | None = None  # the canvas: open beside it (app.windows)
        self.least_width = LEAST_WIDTH
        self._build()
        FramedFocus(self, [self.side.detail_view, *self.strips.values(),  # they draw none
                           *self.filter_strips.values(), self.softmax_strip,
                           self.side.cell_view,
                           self.tabs.tabBar()])  # Fusion tints its tab by 1.05:1
        self._show_captions(False)
        self.resize(1320, 940)
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)  # opens on the layers, not "Details"

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.source_label = QLabel(objectName="sourceLabel")
        font = self.source_label.font()
        font.setBold(True)
        self.source_label.setFont(font)
        self.model_label = QLabel(objectName="modelLabel", wordWrap=True)  # never widens it
        # Two words side by side read as tabs to click: each says what it names.
        self.source_label.setToolTip(self.tr("What is shown: the drawing on the canvas, or a "
                                             "test image chosen in the test-set explorer"))
        self.model_label.setToolTip(self.tr("Whose layers: the model in use, or the one being "
                                            "trained while Follow training is on"))
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
        # What and whose, one under the other: side by side in a narrow window the model's
        # line ("Verwendetes Modell · Softmax-Temperatur 0,49") was five lines high.
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.source_label)
        names.addWidget(self.model_label)
        header = QHBoxLayout()
        header.addLayout(names, stretch=1)
        header.addWidget(self.details_box)
        header.addWidget(self.follow_box)

        self.tabs = QTabWidget(objectName="inspectorTabs")
        self.tabs.setAccessibleName(self.tr("Layers and filters"))
        self.tabs.addTab(self._scrolling(self._build_layers()), self.tr("Layers"))
        self.tabs.addTab(self._scrolling(self._build_filters()), self.tr("Filters"))
        self._body = QHBoxLayout()
        self.side = SidePanel()
        self.side.targetPicked.connect(self._on_target_picked)
        self.side.cellChosen.connect(self.select_cell)
        self.side_area = scrolling(self.side)  # scrolls on a short screen
        self._body.addWidget(self.side_area, stretch=0)
        self._body.addWidget(self.tabs, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addLayout(self._body)

    def _arrange(self, compact: bool) -> None:
        """Wide: the side panel beside the tabs. Narrow: a tab after them, logits above softmax."""
        if compact == self._compact:
            return
        self._compact = compact
        self._outputs.setDirection(QBoxLayout.Direction.TopToBottom if compact
                                   else QBoxLayout.Direction.LeftToRight)
        self._outputs.setSpacing(6 if compact else 24)
        self.tabs.setAccessibleName(self.tr("Layers, filters, what mattered and a map") if compact
                                    else self.tr("Layers and filters"))
        self.side.set_fills(compact)
        if compact:
            self._body.removeWidget(self.side_area)
            self.tabs.addTab(self.side_area, self.tr("What mattered"))
        else:
            if self.tabs.currentWidget() is self.side_area:
                self.tabs.setCurrentIndex(0)  # the layers, not the next tab (Filters)
            self.tabs.removeTab(self.tabs.indexOf(self.side_area))
            self._body.insertWidget(0, self.side_area, stretch=0)
            self.side_area.show()  # the tabs had hidden it unless it was their current page
        # Tab reaches it where it shows: a page after its tab (it came before the tabs),
        # or beside them, after the header.
        previous = self.tabs.tabBar() if compact else self.follow_box
        for widget in self._side_stops():
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _side_stops(self) -> list[QWidget]:
        """The side panel's Tab stops, in the order Tab reaches them."""
        stops, widget = [], self.side_area.nextInFocusChain()
        while widget is not self.side_area:
            if self.side_area.isAncestorOf(widget) and widget.focusPolicy() & \
                    Qt.FocusPolicy.TabFocus:
                stops.append(widget)
            widget = widget.nextInFocusChain()
        return stops

    @staticmethod
    def _scrolling(inner: QWidget) -> QScrollArea:
        area = _Pane()
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
            strip.mapOpened.connect(self._open_detail)
            self.strips[name] = strip
            if name != "logits":
                column.addWidget(strip)
        # The logits and their softmax side by side: the two ends of the network.
        self.softmax_strip = SoftmaxStrip(layer_texts()["softmax"][0])
        # (one above the other in a narrow window: _arrange)
        self._outputs = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._outputs.setSpacing(24)
        self._outputs.addWidget(self.strips["logits"])
        self._outputs.addWidget(self.softmax_strip)
        column.addLayout(self._outputs)
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
            strip.mapOpened.connect(self._open_detail)
            self.filter_strips[name] = strip
            column.addWidget(strip)
        column.addStretch(1)
        return panel

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

    @Slot()
    def _open_detail(self) -> None:
        """A click, Enter or Space on a map: narrow, its tab shows it (the arrows stay)."""
        if self._compact:
            if self.focusWidget() is not None:  # else hiding its page passed the keyboard to
                self.focusWidget().clearFocus()  # "Details" first, a reader saying each
            self.tabs.setCurrentWidget(self.side_area)
            self.side_area.ensureWidgetVisible(self.side.detail_view)  # not the saliency
            # The keyboard goes with it: left on the hidden strip, Qt gave it to the
            # saliency's first choice.
            self.side.detail_view.setFocus(Qt.FocusReason.OtherFocusReason)

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
            strip.setAccessibleName(strip.caption)  # Details for a screen reader too
            strip.help = help_text
            strip.setToolTip("" if name != "softmax" else help_text)
            strip.updateGeometry()  # a caption on two lines now, or one again
            strip.update()
        self.side.method_label.setVisible(details)
        self._show_model(self._source())

    def _show_model(self, source: Source | None) -> None:
        # "Model in use", and with Details its softmax temperature.
        text = self.tr("Loading model...") if source is None else source.caption
        self.model_label.setText(text if self.details_box.isChecked() else text.split(" · ")[0])

    @Slot(str, int)
    def _on_filter_clicked(self, layer: str, index: int) -> None:
        for strip in self.filter_strips.values():  # where the arrows go on from
            strip.selected = index if strip.name == layer else None
            strip.update()
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

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab into a scrolled pane shows what it reached (Qt follows moves inside it only)."""
        moved = super().focusNextPrevChild(forward)
        reached = self.focusWidget()
        area = reached.parentWidget() if moved and reached is not None else None
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            _show_reached(area, reached, area.horizontalScrollBar().value())
        return moved

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Narrow or wide: the layout follows (beside the canvas on a laptop, it is narrow)."""
        super().resizeEvent(event)
        self._arrange(event.size().width() < COMPACT_BELOW)

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
        params = None if source is None else source.net.params
        self.saliency_map = self.side.show_saliency(params, self.inside, self.target)
        self._show_detail(source)
        self.refreshed.emit()

    def _show_detail(self, source: Source | None) -> None:
        params = None if source is None else source.net.params
        self.cell = self.side.show_detail(params, self.inside, self.selected, self.cell)

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

def open_window(session: Session, parent: QWidget) -> InspectorWindow:
    """The "Look inside" window, following the session's input and the trainer's snapshots."""
    window = InspectorWindow(lambda: session.classifier, parent)
    window.keep_in_view = parent.findChild(QWidget, "canvas")
    window.show_input(*session.input_in_focus)
    session.inputChanged.connect(window.show_input)
    session.trainer.snapshot.connect(window.follow_snapshot)
    session.trainer.finished.connect(window.training_ended)
    return window
