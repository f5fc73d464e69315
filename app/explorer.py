"""The MNIST test-set explorer: every test image with the model's answer (issue 6).

A paged grid of test images, each titled with the predicted digit (mistakes in
red, with the true digit), filters (mistakes, low confidence, a digit, a cell of
the confusion matrix), "go to index", and a clickable confusion matrix with
per-class and overall accuracy.

The 10,000 predictions are computed by a worker, one run at a time (``LatestRun``),
with the model ``classifier_getter`` returns then (NumPy: app/evaluation.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.accessibility import announce
from app.evaluation import (
    FILTER_KINDS,
    LOW_CONFIDENCE,
    Evaluation,
    evaluate,
    filter_indices,
    normalize_filter,
    validate_test_set,
)
from app.explorer_export import ExplorerExport
from app.explorer_layout import ExplorerLayout
from app.explorer_text import card_title, describe
from app.image_grid import GridCell, card_percent
from app.images import gray_image
from app.language import number, percent
from app.memory import return_freed_memory
from app.session import Session
from app.worker import FunctionWorker, LatestRun

if TYPE_CHECKING:
    from model.network.classifier import Classifier

log = logging.getLogger(__name__)

class ExplorerWindow(ExplorerExport, ExplorerLayout, QWidget):
    """The test-set explorer window.

    Args:
        classifier_getter: Returns the classifier in use (or None while none is
            loaded); called at every ``refresh``.
        parent: Optional parent; the view is a window of its own either way.

    Signals:
        imageChosen(index, image, true_label): an image was clicked or gone to;
            ``image`` is a uint8 28x28 copy.
        cellChosen(true, predicted): a confusion-matrix cell was clicked.
        ready: the evaluation of the latest ``refresh`` has arrived.
        evaluationFailed(message): it failed.
    """

    __test__ = False  # not a pytest test class, whatever its name

    imageChosen = Signal(int, object, int)  # noqa: N815 - Qt signal naming
    cellChosen = Signal(int, int)  # noqa: N815 - Qt signal naming
    ready = Signal()
    evaluationFailed = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, classifier_getter: Callable[[], Classifier | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorer")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("MNIST test set"))
        self._get_classifier = classifier_getter
        self._images: np.ndarray | None = None
        self._labels: np.ndarray | None = None
        self._evaluation: Evaluation | None = None
        self._filter: tuple[str, object] = ("all", None)
        self._indices = np.zeros(0, dtype=np.int64)
        self._page = 0
        self._selected: int | None = None
        self._pair = (0, 0)  # the last matrix cell filtered to
        self._stale = False  # a refresh is owed (no model yet, or closed mid-evaluation)
        self._status = ""
        self._runner = LatestRun(self)
        self._build()
        self._connect()
        self.resize(1000, 700)
        self._set_status(self.tr("Loading the MNIST test set (%1 digits)…").replace(
            "%1", number(10_000)))
        self._show_page()

    def _connect(self) -> None:
        self._runner.returned.connect(self._on_evaluated)
        self._runner.errored.connect(self._on_failed)
        self.filter_combo.activated.connect(self._on_filter_controls)
        self.digit_spin.valueChanged.connect(self._on_filter_controls)
        self.goto_button.clicked.connect(lambda: self.go_to(self.goto_spin.value()))
        self.goto_spin.editingFinished.connect(self._on_goto_edited)
        for index, button in self.quick_buttons.items():
            button.clicked.connect(lambda _=False, i=index: self.go_to(i))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.grid.chosen.connect(self.choose)
        self.grid.opened.connect(self.open_in_main_window)
        self.grid.pageRequested.connect(self._on_page_requested)
        self.matrix_view.cellChosen.connect(self._on_cell_chosen)
        self.export_grid_button.clicked.connect(lambda: self._ask_export("grid"))
        self.export_matrix_button.clicked.connect(lambda: self._ask_export("matrix"))

    # ------------------------------------------------------------------ data

    def set_data(self, images: np.ndarray, labels: np.ndarray) -> None:
        """Use this test set (uint8 images (N, 28, 28), labels (N,)) and evaluate it.

        Raises:
            ValueError: If the arrays are not a valid test set.
        """
        self._images, self._labels = validate_test_set(images, labels)
        self._runner.cancel()  # a running evaluation is of the old images
        self._evaluation = None
        self._selected = None
        self.matrix_view.set_matrix(None)
        self.goto_spin.setMaximum(max(len(self._labels) - 1, 0))
        self._page = 0
        self._apply_filter()
        self.refresh()

    def has_data(self) -> bool:
        """True once ``set_data`` has been called."""
        return self._labels is not None

    def refresh(self) -> None:
        """Re-evaluate the test set with the classifier in use now (in the background)."""
        if self._images is None:
            return
        if not self.isVisible():
            # evaluated when shown again (showEvent): not 10,000 images nobody would see
            self._stale = True
            return
        classifier = self._get_classifier()
        if classifier is None:
            self._stale = True
            self._set_status(self.tr("Waiting for the model…"))
            return
        self._stale = False
        self._runner.start(self._evaluation_worker(classifier, self._images, self._labels))
        self._set_status(self.tr("Evaluating %1 test images…").replace(
            "%1", number(len(self._labels))))
        self.matrix_view.set_placeholder(self.tr("Evaluating…"))
        if self._evaluation is None:
            self._show_page()

    def _evaluation_worker(self, classifier: Classifier, images: np.ndarray,
                           labels: np.ndarray) -> Callable[[], FunctionWorker]:
        """What makes the worker that evaluates ``classifier`` (called when it may run)."""
        def make() -> FunctionWorker:
            job = self._runner.job
            return (worker := FunctionWorker(
                lambda: evaluate(classifier, images, labels, worker.abort_requested, job=job),
                "explorer-evaluation"))

        return make

    def is_evaluating(self) -> bool:
        """True while an evaluation thread is running."""
        return self._runner.is_running()

    def is_ready(self) -> bool:
        """True when the shown results come from the latest ``refresh``."""
        return self._evaluation is not None and self._evaluation.job == self._runner.job

    def wait_until_ready(self, timeout_ms: int = 60_000) -> bool:
        """Block (a local event loop) until ready; False on timeout, failure or no evaluation."""
        if self.is_ready() or not self._runner.is_running():
            return self.is_ready()
        loop = QEventLoop()
        QTimer.singleShot(timeout_ms, loop, loop.quit)
        self.ready.connect(loop.quit)
        self.evaluationFailed.connect(loop.quit)
        try:
            loop.exec()
        finally:
            self.ready.disconnect(loop.quit)
            self.evaluationFailed.disconnect(loop.quit)
        return self.is_ready()

    def predictions(self) -> np.ndarray | None:
        """Predicted digit of every test image (int64, (N,)), or None before the first result."""
        return None if self._evaluation is None else self._evaluation.predicted.copy()

    def probabilities(self) -> np.ndarray | None:
        """All ten probabilities of every test image ((N, 10) float32), or None."""
        return None if self._evaluation is None else self._evaluation.probabilities.copy()

    def confusion(self) -> np.ndarray | None:
        """The 10x10 confusion matrix (rows true, columns predicted), or None."""
        return None if self._evaluation is None else self._evaluation.matrix.copy()

    def accuracy(self) -> float | None:
        """Overall accuracy of the model evaluated last, or None."""
        return None if self._evaluation is None else self._evaluation.accuracy

    def stop(self) -> None:
        """Cancel any evaluation and wait for its thread (call before the app quits)."""
        if self._runner.is_running():
            self._runner.stop_and_wait()
            if not self.is_ready():
                self._stale = True  # re-evaluate when shown again
                self._set_status(self.tr("Evaluation stopped."))

    @Slot(object)
    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        return_freed_memory()
        self.matrix_view.set_matrix(evaluation.matrix)
        wrong = int(evaluation.matrix.sum() - np.trace(evaluation.matrix))
        text = (self.tr("Accuracy <b>%1</b> · %2 mistakes in %3 images · %4 called not a digit")
                .replace("%1", percent(evaluation.accuracy, 2)).replace("%2", number(wrong))
                .replace("%3", number(len(evaluation.predicted)))
                .replace("%4", number(int(evaluation.refused.sum()))))
        if evaluation.refused.any():  # within the mistakes or beside them: it read both ways
            among = int((evaluation.refused & (evaluation.predicted != self._labels)).sum())
            text += " " + self.tr("(%n of them among the mistakes)", "", among)
        self.accuracy_label.setText(text)
        self._set_status("")
        self._apply_filter(keep_page=True)
        # After 15 s of "Evaluating…", the figures came in silence for a screen reader; but
        # only where the person is (behind, after a Retrain, it talked over the main window).
        if self.isActiveWindow():
            announce(self.accuracy_label, text.replace("<b>", "").replace("</b>", ""))
        self.ready.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_status(self.tr("Evaluation failed: %1").replace("%1", message))
        self.matrix_view.set_placeholder(self.tr("Evaluation failed"))
        self.evaluationFailed.emit(message)

    def _set_status(self, text: str) -> None:
        self._status = text
        self.status_label.setText(text)

    # --------------------------------------------------------------- filters

    def set_filter(self, kind: str, value: int | tuple | None = None) -> None:
        """Show only some images and go to the first page.

        Args:
            kind: "all", "mistakes", "low_confidence" (top probability < 0.6,
                least sure first), "true" or "predicted" (``value`` a digit), or
                "pair" (``value`` = (true, predicted), as a matrix click sets).
            value: See ``kind``.

        Raises:
            ValueError: Unknown kind or bad value.
        """
        self._filter = normalize_filter(kind, value)
        self._sync_filter_controls()
        self._page = 0
        self._apply_filter()
        announce(self.page_label, self.page_label.text())  # seen at once; said too

    def current_filter(self) -> tuple[str, object]:
        """Return the filter as (kind, value)."""
        return self._filter

    def _sync_filter_controls(self) -> None:
        kind, value = self._filter
        for widget in (self.filter_combo, self.digit_spin):
            widget.blockSignals(True)
        if kind == "pair":
            self._pair = value
            self._pair_item().setEnabled(True)
            self._pair_item().setText(self.tr("Matrix cell: true %1 → pred %2").replace(
                "%1", str(value[0])).replace("%2", str(value[1])))
        self.filter_combo.setCurrentIndex(FILTER_KINDS.index(kind))
        if kind in ("true", "predicted"):
            self.digit_spin.setValue(value)
        self.digit_spin.setEnabled(kind in ("true", "predicted"))
        for widget in (self.filter_combo, self.digit_spin):
            widget.blockSignals(False)
        self.matrix_view.set_highlight(value if kind == "pair" else None)

    @Slot()
    def _on_filter_controls(self) -> None:
        kind = self.filter_combo.currentData()
        if kind in ("true", "predicted"):
            self.set_filter(kind, self.digit_spin.value())
        elif kind == "pair":
            self.set_filter(kind, self._pair)
        else:
            self.set_filter(kind)

    @Slot(int, int)
    def _on_cell_chosen(self, true_digit: int, predicted: int) -> None:
        self.set_filter("pair", (true_digit, predicted))
        self.cellChosen.emit(true_digit, predicted)

    def _apply_filter(self, keep_page: bool = False) -> None:
        labels = self._labels if self._labels is not None else np.zeros(0, np.int64)
        self._indices = filter_indices(*self._filter, labels, self._evaluation)
        self._page = min(self._page, self.page_count - 1) if keep_page else 0
        self._show_page()

    def filtered_indices(self) -> list[int]:
        """All images the filter keeps, in display order."""
        return [int(i) for i in self._indices]

    # ----------------------------------------------------------------- pages

    @property
    def per_page(self) -> int:
        """Images per page (rows x columns)."""
        return self.grid.rows * self.grid.columns

    @property
    def page(self) -> int:
        """The current page, counted from 0 (shown to the person from 1)."""
        return self._page

    @property
    def page_count(self) -> int:
        """Number of pages (at least 1, even when nothing matches)."""
        return max(1, -(-len(self._indices) // self.per_page))

    def set_page(self, page: int) -> bool:
        """Show page ``page`` (0-based, clamped); return True if it changed."""
        page = min(max(page, 0), self.page_count - 1)
        if page == self._page:
            return False
        self._page = page
        self._show_page()
        announce(self.page_label, self.page_label.text())
        return True

    def next_page(self) -> bool:
        """Show the next page; False on the last one."""
        return self.set_page(self._page + 1)

    def previous_page(self) -> bool:
        """Show the previous page; False on the first one."""
        return self.set_page(self._page - 1)

    @Slot(int)
    def _on_page_requested(self, delta: int) -> None:
        self.set_page(self._page + delta)

    def visible_indices(self) -> list[int]:
        """Dataset indices on the current page, in reading order."""
        start = self._page * self.per_page
        return [int(i) for i in self._indices[start:start + self.per_page]]

    def titles(self) -> list[str]:
        """Titles of the cells on the current page ("read 7", "read 0 · true 6")."""
        return [cell.title for cell in self.grid.cells()]

    def _show_page(self) -> None:
        cells = [self._make_cell(i) for i in self.visible_indices()]
        self.grid.set_cells(cells, self._placeholder_text())
        self.grid.set_selected(self._selected)
        count = len(self._indices)
        self.page_label.setText(self.tr("page %1 of %2 · %n image(s)", "", count).replace(
            "%1", str(self._page + 1)).replace("%2", str(self.page_count)))
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < self.page_count - 1)
        self._describe_selection()

    def _placeholder_text(self) -> str:
        if self._labels is None:
            return self.tr("Loading the MNIST test set: its digits appear here in a moment.")
        if self._evaluation is None and self._filter[0] not in ("all", "true"):
            return self._status or self.tr("Evaluating…")
        return self.tr("No test image matches this filter.")

    def _make_cell(self, index: int) -> GridCell:
        image = gray_image(self._images[index])
        truth = int(self._labels[index])
        evaluation = self._evaluation
        if evaluation is None:
            return GridCell(index, image, card_title(None, index, truth), f"#{index}")
        confidence = float(evaluation.confidence[index])
        wrong = bool(evaluation.refused[index]) or int(evaluation.predicted[index]) != truth
        return GridCell(index, image, card_title(evaluation, index, truth), f"#{index}",
                        card_percent(confidence), wrong, confidence < LOW_CONFIDENCE,
                        self._describe(index))

    def _describe(self, index: int) -> str:
        """One line about an image (app/explorer_text.py)."""
        return describe(self._evaluation, index, int(self._labels[index]))

    # ------------------------------------------------------------- selection

    def selected_index(self) -> int | None:
        """The dataset index last clicked or gone to, if any."""
        return self._selected

    @Slot(int)
    def choose(self, index: int, said: bool = True) -> None:
        """Select an image shown in the grid and emit ``imageChosen``."""
        self._selected = index
        self.grid.set_selected(index)
        self._describe_selection()
        if said:
            announce(self.grid, self.selection_label.text())  # the main window keeps quiet
        self.imageChosen.emit(index, self._images[index].copy(), int(self._labels[index]))

    @Slot(int)
    def open_in_main_window(self, index: int) -> None:
        """Choose an image and bring the main window (maybe under this one) forward."""
        self.choose(index, said=index != self._selected)  # the arrow to it said it
        if (main := self.parentWidget()) is not None:
            main.raise_()
            main.activateWindow()

    def go_to(self, index: int) -> None:
        """Show the page holding test image ``index`` and choose it.

        If the current filter hides it, the filter goes back to "all".

        Raises:
            ValueError: If there is no such image.
        """
        if self._labels is None or not 0 <= index < len(self._labels):
            raise ValueError(f"no test image {index}")
        positions = np.flatnonzero(self._indices == index)
        if len(positions) == 0:
            self.set_filter("all")
            positions = np.array([index])
        self.goto_spin.setValue(index)
        self._page = int(positions[0]) // self.per_page
        self._show_page()
        self.choose(index)

    @Slot()
    def _on_goto_edited(self) -> None:
        if self.goto_spin.hasFocus() and self._labels is not None:
            self.go_to(self.goto_spin.value())

    def _describe_selection(self) -> None:
        if self._selected is None or self._labels is None:
            self.selection_label.setText(self.tr(
                "Click an image to show it in the main window; double-click to go there."))
        elif self._selected in self.visible_indices():
            self.selection_label.setText(self._describe(self._selected))
        else:  # the line under the grid read as if about an image in it
            self.selection_label.setText(self.tr("Chosen, not on this page: %1").replace(
                "%1", self._describe(self._selected)))

    # ----------------------------------------------------------------- events

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-evaluate if a refresh was owed while hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Stop the evaluation thread before the window goes."""
        self.stop()
        super().closeEvent(event)


def open_window(session: Session, parent: QWidget) -> ExplorerWindow:
    """The test-set explorer, re-evaluating whenever the session's classifier changes."""
    window = ExplorerWindow(lambda: session.classifier, parent)
    window.imageChosen.connect(session.choose_test_image)
    session.classifierChanged.connect(window.refresh)

    def on_test_set(mnist: object) -> None:
        if not window.has_data():
            window.set_data(mnist.x_test, mnist.y_test)

    session.testSetLoaded.connect(on_test_set)
    session.load_test_set()
    return window
