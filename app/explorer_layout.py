"""The explorer window's widgets and their layout: filters, go-to, the grid, the matrix.

A mixin for ExplorerWindow (before QWidget), which owns the data and the behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.confusion_matrix import ConfusionMatrixView
from app.evaluation import FILTER_KINDS, LOW_CONFIDENCE, TELLING_EXAMPLES
from app.image_grid import ImageGrid
from app.language import percent
from app.screen_fit import WrappedLabel, scrolling
from app.splitter import Splitter
from app.theme import css, tokens

# lupdate reads translate("Context", "text") as QCoreApplication.translate; the context is
# the window's (these methods run on an ExplorerWindow, so they are its strings).
translate = QCoreApplication.translate
_FILTER_LABELS = {  # translated where shown
    "all": QT_TRANSLATE_NOOP("ExplorerWindow", "All images"),
    "mistakes": QT_TRANSLATE_NOOP("ExplorerWindow", "Only mistakes"),
    "refused": QT_TRANSLATE_NOOP("ExplorerWindow", "Called not a digit"),
    "low_confidence": QT_TRANSLATE_NOOP("ExplorerWindow", "Low confidence (< %1)"),
    "true": QT_TRANSLATE_NOOP("ExplorerWindow", "True digit ="),
    "predicted": QT_TRANSLATE_NOOP("ExplorerWindow", "Predicted digit ="),
    "pair": QT_TRANSLATE_NOOP("ExplorerWindow", "Matrix cell (click one)"),
}

def _button(text: str, name: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAccessibleName(text.strip("◀▶ "))  # the arrows are seen, not said
    if tooltip:
        button.setToolTip(tooltip)
    return button


class ExplorerLayout:
    """Builds the explorer's widgets as attributes of the window."""

    def _build(self) -> None:
        self.grid = ImageGrid()
        self.matrix_view = ConfusionMatrixView()
        splitter = Splitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_grid_panel())
        splitter.addWidget(self._build_matrix_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([570, 430])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # On a short screen (1366x768 at 150 %: 512 px) it scrolls: its least height was
        # taller than the screen, its page buttons below the edge and its title bar above.
        layout.addWidget(scrolling(splitter, "explorerScroll"))

    def _build_filter_row(self) -> QHBoxLayout:
        self.filter_combo = QComboBox(objectName="filterCombo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in FILTER_KINDS:
            label = translate("ExplorerWindow", _FILTER_LABELS[kind])
            self.filter_combo.addItem(label.replace("%1", percent(LOW_CONFIDENCE)), kind)
        self._pair_item().setEnabled(False)
        self.digit_spin = QSpinBox(objectName="digitSpin", minimum=0, maximum=9)
        self.digit_spin.setAccessibleName(translate("ExplorerWindow", "Digit to show"))
        self.digit_spin.setEnabled(False)
        row = QHBoxLayout()
        # its buddy: on Linux a screen reader names a list by its label (Qt: labelled-by)
        row.addWidget(QLabel(translate("ExplorerWindow", "Show"), buddy=self.filter_combo))
        row.addWidget(self.filter_combo)
        row.addWidget(self.digit_spin)
        row.addStretch(1)
        return row

    def _build_goto_row(self) -> QHBoxLayout:
        self.goto_spin = QSpinBox(objectName="gotoSpin", minimum=0, maximum=9999)
        self.goto_spin.setAccessibleName(translate("ExplorerWindow", "Test image number"))
        self.goto_spin.setToolTip(translate(
            "ExplorerWindow", "Index of a test image (0-based, as in the tutorial)"))
        self.goto_button = _button(translate("ExplorerWindow", "Go"), "gotoButton",
                                   translate("ExplorerWindow", "Show and select this test image"))
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ExplorerWindow", "Go to index")))
        row.addWidget(self.goto_spin)
        row.addWidget(self.goto_button)
        row.addStretch(1)
        return row

    def _build_examples_row(self) -> QHBoxLayout:
        # A row of its own: beside "Go to" it made the window wider than a laptop at 150 %.
        self.quick_buttons = {
            n: _button(str(n), f"goto{n}", tip) for n, tip in zip(TELLING_EXAMPLES, (
                translate("ExplorerWindow", "Test image 1000: the tutorial's confident 9"),
                translate("ExplorerWindow", "Test image 3062: the tutorial's doubtful 8"),
                translate("ExplorerWindow", "Test image 259: the tutorial's 6 read as 0"),
            ), strict=True)
        }
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ExplorerWindow", "Tutorial examples:")))
        for button in self.quick_buttons.values():
            button.setMaximumWidth(56)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_grid_panel(self) -> QWidget:
        self.previous_button = _button(translate("ExplorerWindow", "◀ Previous"), "previousPage",
                                       translate("ExplorerWindow", "Previous page (Page Up)"))
        self.next_button = _button(translate("ExplorerWindow", "Next ▶"), "nextPage",
                                   translate("ExplorerWindow", "Next page (Page Down)"))
        self.page_label = WrappedLabel(objectName="pageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wrapped, these lines never widen the window (in Spanish the accuracy line ran
        # past a laptop's screen, taking the close button with it).
        self.selection_label = WrappedLabel(objectName="selectionLabel")
        colours = tokens(self.palette())
        self.selection_label.setStyleSheet(f"color: {css(colours.muted)};")
        self.export_grid_button = _button(translate("ExplorerWindow", "Export grid…"), "exportGrid",
                                          translate("ExplorerWindow", "Save this page as PNG"))
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label, stretch=1)
        pager.addWidget(self.next_button)
        pager.addSpacing(8)
        pager.addWidget(self.export_grid_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(self._build_filter_row())
        layout.addLayout(self._build_goto_row())
        layout.addLayout(self._build_examples_row())
        layout.addWidget(self.grid, stretch=1)
        layout.addWidget(self.selection_label)
        layout.addLayout(pager)
        return panel

    def _build_matrix_panel(self) -> QWidget:
        title = QLabel(translate("ExplorerWindow", "Confusion matrix"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.accuracy_label = WrappedLabel(objectName="accuracyLabel")
        self.status_label = QLabel("", objectName="statusLabel")
        colours = tokens(self.palette())
        self.status_label.setStyleSheet(f"color: {css(colours.unsure)};")
        # A line of its own, always there: the matrix does not jump when it empties.
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().height())
        hint = WrappedLabel(translate("ExplorerWindow", "Click a cell to show those images."))
        hint.setStyleSheet(f"color: {css(colours.muted)};")
        self.export_matrix_button = _button(
            translate("ExplorerWindow", "Export matrix…"), "exportMatrix",
            translate("ExplorerWindow", "Save the confusion matrix as PNG"))
        bottom = QHBoxLayout()
        bottom.addWidget(hint, stretch=1)
        bottom.addWidget(self.export_matrix_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.accuracy_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.matrix_view, stretch=1)
        layout.addLayout(bottom)
        return panel

    def _pair_item(self) -> QStandardItem:
        model = self.filter_combo.model()
        assert isinstance(model, QStandardItemModel)
        return model.item(FILTER_KINDS.index("pair"))
