"""The MNIST test-set explorer: every test image with the model's answer (issue 6).

A paged grid of test images, each titled with the predicted digit (mistakes in
red, with the true digit), filters (mistakes, low confidence, a digit, a cell of
the confusion matrix), "go to index", and a clickable confusion matrix with
per-class and overall accuracy.

The 10,000 predictions are computed in a QThread by ``EvaluationWorker`` (a
QObject moved to the thread; results come back by signal); ``refresh()``
re-evaluates with whatever model ``classifier_getter`` returns at that moment.
Nothing here imports TensorFlow: the classifier is handed in.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.confusion_matrix import NUM_CLASSES, ConfusionMatrixView
from app.preview import gray_image
from model.metrics import confusion_matrix

if TYPE_CHECKING:
    from model.classifier import Classifier

log = logging.getLogger(__name__)

GRID_ROWS = 5
GRID_COLUMNS = 5
LOW_CONFIDENCE = 0.6  # "low confidence": the top probability is below this
EVAL_BATCH = 1000  # images per predict_batch call; cancellation is checked between batches
# The tutorial's three telling examples: a confident 9, a doubtful 8, a 6 read as 0.
TELLING_EXAMPLES = (1000, 3062, 259)
FILTER_KINDS = ("all", "mistakes", "low_confidence", "true", "predicted", "pair")
_FILTER_LABELS = {
    "all": "All images",
    "mistakes": "Only mistakes",
    "low_confidence": f"Low confidence (< {LOW_CONFIDENCE:.0%})",
    "true": "True digit =",
    "predicted": "Predicted digit =",
    "pair": "Matrix cell (click one)",
}
SIDE = 28

# ------------------------------------------------------------------ evaluation


@dataclass(frozen=True)
class Evaluation:
    """The model's answers for every test image.

    Attributes:
        probabilities: (N, 10) float32 softmax outputs.
        predicted: (N,) int64 most likely digit.
        confidence: (N,) float32 probability of the predicted digit.
        matrix: (10, 10) int64 confusion matrix, rows true, columns predicted.
        job: The refresh this answers (later refreshes supersede it).
    """

    probabilities: np.ndarray
    predicted: np.ndarray
    confidence: np.ndarray
    matrix: np.ndarray
    job: int = 0

    @classmethod
    def from_probabilities(cls, probabilities: np.ndarray, labels: np.ndarray,
                           job: int = 0) -> Evaluation:
        """Derive predictions, confidences and the confusion matrix."""
        probabilities = np.asarray(probabilities, dtype=np.float32)
        predicted = probabilities.argmax(axis=1).astype(np.int64)
        matrix = confusion_matrix(labels, predicted)
        confidence = probabilities.max(axis=1) if len(probabilities) else np.zeros(0, np.float32)
        return cls(probabilities, predicted, confidence, matrix, job)

    @property
    def accuracy(self) -> float:
        """Fraction of images whose predicted digit is the true one."""
        total = int(self.matrix.sum())
        return float(np.trace(self.matrix)) / total if total else float("nan")


def evaluate(classifier: Classifier, images: np.ndarray, labels: np.ndarray,
             cancelled: Callable[[], bool] = lambda: False, batch_size: int = EVAL_BATCH,
             job: int = 0) -> Evaluation | None:
    """Predict every image in batches; return None if ``cancelled()`` turns true."""
    parts = []
    for start in range(0, len(images), batch_size):
        if cancelled():
            return None
        parts.append(np.asarray(classifier.predict_batch(images[start:start + batch_size])))
    probabilities = np.concatenate(parts) if parts else np.zeros((0, NUM_CLASSES), np.float32)
    return Evaluation.from_probabilities(probabilities, labels, job)


def normalize_filter(kind: str, value: object = None) -> tuple[str, object]:
    """Check a filter and return it as (kind, value).

    Args:
        kind: One of ``FILTER_KINDS``.
        value: A digit 0..9 for "true" and "predicted", a (true, predicted)
            pair of digits for "pair", ignored otherwise.

    Returns:
        ``(kind, None)``, ``(kind, digit)`` or ``(kind, (true, predicted))``.

    Raises:
        ValueError: Unknown kind, or a missing or out-of-range value.
    """
    if kind not in FILTER_KINDS:
        raise ValueError(f"unknown filter {kind!r}; expected one of {', '.join(FILTER_KINDS)}")
    if kind in ("true", "predicted"):
        return kind, _digit(value, kind)
    if kind == "pair":
        if not isinstance(value, Sequence) or len(value) != 2:
            raise ValueError(f"the pair filter needs (true, predicted), got {value!r}")
        return kind, (_digit(value[0], "true"), _digit(value[1], "predicted"))
    return kind, None


def _digit(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"the {what} digit must be an integer 0..9, got {value!r}")
    if not 0 <= int(value) < NUM_CLASSES:
        raise ValueError(f"the {what} digit must be 0..9, got {value}")
    return int(value)


def filter_indices(kind: str, value: object, labels: np.ndarray,
                   evaluation: Evaluation | None) -> np.ndarray:
    """Indices of the images a (normalized) filter keeps, in display order.

    Filters on predictions keep nothing until there is an evaluation. "low
    confidence" is sorted from the least sure answer up; the rest by index.
    """
    if kind == "all":
        return np.arange(len(labels))
    if kind == "true":
        return np.flatnonzero(labels == value)
    if evaluation is None:
        return np.zeros(0, dtype=np.int64)
    predicted = evaluation.predicted
    if kind == "mistakes":
        return np.flatnonzero(predicted != labels)
    if kind == "low_confidence":
        unsure = np.flatnonzero(evaluation.confidence < LOW_CONFIDENCE)
        return unsure[np.argsort(evaluation.confidence[unsure], kind="stable")]
    if kind == "predicted":
        return np.flatnonzero(predicted == value)
    true_digit, predicted_digit = value
    return np.flatnonzero((labels == true_digit) & (predicted == predicted_digit))


def validate_test_set(images: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return private copies of uint8 images (N, 28, 28) and int64 labels (N,) in 0..9.

    Raises:
        ValueError: Wrong dtype, shape, length or label range.
    """
    images, labels = np.asarray(images), np.asarray(labels)
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (SIDE, SIDE):
        raise ValueError(f"expected uint8 images (N, 28, 28), got {images.dtype} {images.shape}")
    if len(images) == 0:
        raise ValueError("the test set is empty")
    if labels.shape != (len(images),) or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"expected {len(images)} integer labels, got {labels.dtype} "
                         f"{labels.shape}")
    if len(labels) and (labels.min() < 0 or labels.max() >= NUM_CLASSES):
        raise ValueError("labels must be digits 0..9")
    return np.array(images, order="C", copy=True), labels.astype(np.int64)


# ---------------------------------------------------------------- the thread


class EvaluationWorker(QObject):
    """Evaluates one model on the test set; lives in its own QThread.

    Emits ``evaluated(Evaluation)`` or ``failed(message, job)``, then always
    ``done``. ``cancel`` may be called from any thread.
    """

    evaluated = Signal(object)
    failed = Signal(str, int)
    done = Signal()

    def __init__(self, classifier: Classifier, images: np.ndarray, labels: np.ndarray,
                 job: int) -> None:
        super().__init__()
        self.classifier, self.images, self.labels, self.job = classifier, images, labels, job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next batch."""
        self._cancel.set()

    def _cancelled(self) -> bool:
        return self._cancel.is_set() or QThread.currentThread().isInterruptionRequested()

    @Slot()
    def run(self) -> None:
        """Evaluate and emit the result (in the worker thread)."""
        try:
            result = evaluate(self.classifier, self.images, self.labels, self._cancelled,
                              job=self.job)
            if result is not None:
                self.evaluated.emit(result)
        except Exception as exc:  # noqa: BLE001 - reported in the view; the app stays up
            log.exception("test-set evaluation failed")
            self.failed.emit(str(exc) or type(exc).__name__, self.job)
        finally:
            self.done.emit()


class EvaluationRunner(QObject):
    """Runs at most one ``EvaluationWorker`` at a time; a new request supersedes the old.

    ``start`` while a run is going cancels it and starts the new one once the
    old thread has ended. Only the latest request's result is passed on.
    """

    evaluated = Signal(object)  # Evaluation of the latest request
    failed = Signal(str)
    runningChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: EvaluationWorker | None = None
        self._pending: tuple | None = None
        self._retired: list[QThread] = []  # ended threads whose ``finished`` is still queued
        self.job = 0  # the latest request
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: never let the app quit under a running thread
            app.aboutToQuit.connect(self.stop_and_wait)

    def is_running(self) -> bool:
        """True from ``start`` until the last thread has ended."""
        return self._thread is not None

    def start(self, classifier: Classifier, images: np.ndarray, labels: np.ndarray) -> int:
        """Evaluate in the background; returns the job number of this request."""
        self.job += 1
        request = (classifier, images, labels, self.job)
        if self._thread is None:
            self._launch(request)
        else:
            self._pending = request
            self._worker.cancel()
        return self.job

    def cancel(self) -> None:
        """Discard the current and pending requests (their results will not be passed on)."""
        self.job += 1
        self._pending = None
        if self._worker is not None:
            self._worker.cancel()

    def stop_and_wait(self, timeout_ms: int = 30_000) -> bool:
        """Cancel, drop any pending request, and block until the thread has ended."""
        self._pending = None
        thread = self._thread
        if thread is None:
            return True
        self._worker.cancel()
        ended = thread.wait(timeout_ms)
        if ended:
            self._retired.append(thread)  # its queued ``finished`` must find it alive
            self._end_current(restart=False)
        return ended

    def _launch(self, request: tuple) -> None:
        thread = QThread()
        thread.setObjectName("explorer-evaluation")
        worker = EvaluationWorker(*request)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Direct: quit() must run even while the GUI thread is blocked in stop_and_wait().
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.evaluated.connect(self._on_evaluated)
        worker.failed.connect(self._on_failed)
        thread.finished.connect(self._on_thread_finished)
        was_running = self._thread is not None
        self._thread, self._worker = thread, worker
        thread.start(QThread.Priority.LowPriority)
        if not was_running:
            self.runningChanged.emit(True)

    @Slot(object)
    def _on_evaluated(self, evaluation: Evaluation) -> None:
        if evaluation.job == self.job:
            self.evaluated.emit(evaluation)

    @Slot(str, int)
    def _on_failed(self, message: str, job: int) -> None:
        if job == self.job:
            self.failed.emit(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        for retired in self._retired:
            if retired is thread:
                self._retired.remove(retired)
                return
        if thread is self._thread:
            self._end_current(restart=True)

    def _end_current(self, restart: bool) -> None:
        self._thread, self._worker = None, None
        pending, self._pending = self._pending, None
        if restart and pending is not None:
            self._launch(pending)
        else:
            self.runningChanged.emit(False)


# ------------------------------------------------------------------ the grid

_GRID_BACKGROUND = QColor("#e9ecf0")
_CARD = QColor("#ffffff")
_CARD_HOVER = QColor("#f3f6fa")
_CARD_BORDER = QColor("#d3d8de")
_WRONG = QColor("#c62828")
_WRONG_CARD = QColor("#fdecec")
_SELECTED = QColor("#1f6fd1")
_TEXT = QColor("#202428")
_MUTED = QColor("#6b737c")
_UNSURE = QColor("#b26a00")


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


def percent(confidence: float) -> str:
    """"97%", but "99.7%" rather than a misleading "100%" for anything short of certain."""
    if 0.995 <= confidence < 1.0:
        return f"{math.floor(confidence * 1000) / 10:.1f}%"  # floor: 0.9996 is not "100.0%"
    return f"{confidence:.0%}"


def fitted_font(font: QFont, text: str, width: int, smallest: float = 6.0) -> QFont:
    """``font``, made smaller if needed so that ``text`` fits in ``width`` pixels."""
    needed = QFontMetrics(font).horizontalAdvance(text)
    if needed <= width or needed == 0:
        return font
    smaller = QFont(font)
    smaller.setPointSizeF(max(font.pointSizeF() * width / needed * 0.98, smallest))
    return smaller


class ImageGrid(QWidget):
    """Paints a page of test images as cards; a click emits ``chosen(index)``.

    Arrow keys move the selection (and emit ``chosen``), Page Up / Page Down
    emit ``pageRequested(-1 / +1)``.
    """

    chosen = Signal(int)  # dataset index
    pageRequested = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, rows: int = GRID_ROWS, columns: int = GRID_COLUMNS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    # ------------------------------------------------------------------ API

    def set_cells(self, cells: list[GridCell], placeholder: str = "") -> None:
        """Show these cells (at most rows x columns); ``placeholder`` when there are none."""
        self._cells = list(cells[: self.rows * self.columns])
        self._placeholder = placeholder
        self._hover = None
        self.update()

    def cells(self) -> list[GridCell]:
        """Return the cells shown, in reading order."""
        return list(self._cells)

    def set_selected(self, index: int | None) -> None:
        """Outline the cell of this dataset index (if it is on the page)."""
        if index != self._selected:
            self._selected = index
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
            painter.fillRect(event.rect(), _GRID_BACKGROUND)
            if not self._cells:
                painter.setPen(_MUTED)
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
                return
            fonts = self._fonts()
            for slot, cell in enumerate(self._cells):
                rect = self.cell_rect(slot)
                if rect.intersects(event.rect()):
                    self._paint_cell(painter, rect, cell, slot, fonts)

    def _paint_cell(self, painter: QPainter, rect: QRect, cell: GridCell, slot: int,
                    fonts: tuple[QFont, QFont]) -> None:
        card = rect.adjusted(3, 3, -3, -3)
        selected = cell.index == self._selected
        fill = _WRONG_CARD if cell.wrong else (_CARD_HOVER if slot == self._hover else _CARD)
        border = _SELECTED if selected else (_WRONG if cell.wrong else _CARD_BORDER)
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
        painter.setPen(_WRONG if cell.wrong else _TEXT)
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
        painter.setPen(_MUTED)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         cell.footer)
        painter.setPen(_UNSURE if cell.unsure else _MUTED)
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         cell.confidence)

    # ------------------------------------------------------------ interaction

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Choose the clicked image."""
        slot = self.slot_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and slot is not None:
            self.chosen.emit(self._cells[slot].index)
            event.accept()
            return
        super().mousePressEvent(event)

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
        """Arrows move the selection; Page Up/Down ask for another page."""
        key = event.key()
        pages = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,
                 Qt.Key.Key_Up: -self.columns, Qt.Key.Key_Down: self.columns}
        if key in pages:
            self.pageRequested.emit(pages[key])
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


# ------------------------------------------------------------------ the view


def _button(text: str, name: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text, objectName=name)
    if tooltip:
        button.setToolTip(tooltip)
    return button


class ExplorerWindow(QWidget):
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
        self.setWindowTitle("MNIST test set")
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
        self._runner = EvaluationRunner(self)
        self._build()
        self._connect()
        self.resize(1000, 700)
        self._set_status("The MNIST test set is not loaded yet.")
        self._show_page()

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.grid = ImageGrid()
        self.matrix_view = ConfusionMatrixView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_grid_panel())
        splitter.addWidget(self._build_matrix_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([570, 430])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _build_filter_row(self) -> QHBoxLayout:
        self.filter_combo = QComboBox(objectName="filterCombo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in FILTER_KINDS:
            self.filter_combo.addItem(_FILTER_LABELS[kind], kind)
        self._pair_item().setEnabled(False)
        self.digit_spin = QSpinBox(objectName="digitSpin", minimum=0, maximum=9)
        self.digit_spin.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(QLabel("Show"))
        row.addWidget(self.filter_combo)
        row.addWidget(self.digit_spin)
        row.addStretch(1)
        return row

    def _build_goto_row(self) -> QHBoxLayout:
        self.goto_spin = QSpinBox(objectName="gotoSpin", minimum=0, maximum=9999)
        self.goto_spin.setToolTip("Index of a test image (0-based, as in the tutorial)")
        self.goto_button = _button("Go", "gotoButton", "Show and select this test image")
        self.quick_buttons = {
            n: _button(str(n), f"goto{n}", tip) for n, tip in zip(TELLING_EXAMPLES, (
                "Test image 1000: the tutorial's confident 9",
                "Test image 3062: the tutorial's doubtful 8",
                "Test image 259: the tutorial's 6 read as 0",
            ), strict=True)
        }
        row = QHBoxLayout()
        row.addWidget(QLabel("Go to index"))
        row.addWidget(self.goto_spin)
        row.addWidget(self.goto_button)
        row.addSpacing(8)
        row.addWidget(QLabel("Tutorial examples:"))
        for button in self.quick_buttons.values():
            button.setMaximumWidth(56)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_grid_panel(self) -> QWidget:
        self.previous_button = _button("◀ Previous", "previousPage", "Previous page (Page Up)")
        self.next_button = _button("Next ▶", "nextPage", "Next page (Page Down)")
        self.page_label = QLabel("", objectName="pageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.selection_label = QLabel("", objectName="selectionLabel")
        self.selection_label.setStyleSheet("color: #4a5259;")
        self.export_grid_button = _button("Export grid…", "exportGrid", "Save this page as PNG")
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
        layout.addWidget(self.grid, stretch=1)
        layout.addWidget(self.selection_label)
        layout.addLayout(pager)
        return panel

    def _build_matrix_panel(self) -> QWidget:
        title = QLabel("Confusion matrix")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.accuracy_label = QLabel("", objectName="accuracyLabel")
        self.status_label = QLabel("", objectName="statusLabel")
        self.status_label.setStyleSheet("color: #b26a00;")
        # A line of its own, always there: the matrix does not jump when it empties.
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().height())
        hint = QLabel("Click a cell to show those images.")
        hint.setStyleSheet("color: #6b737c;")
        self.export_matrix_button = _button("Export matrix…", "exportMatrix",
                                            "Save the confusion matrix as PNG")
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

    def _connect(self) -> None:
        self._runner.evaluated.connect(self._on_evaluated)
        self._runner.failed.connect(self._on_failed)
        self.filter_combo.activated.connect(self._on_filter_controls)
        self.digit_spin.valueChanged.connect(self._on_filter_controls)
        self.goto_button.clicked.connect(lambda: self.go_to(self.goto_spin.value()))
        self.goto_spin.editingFinished.connect(self._on_goto_edited)
        for index, button in self.quick_buttons.items():
            button.clicked.connect(lambda _=False, i=index: self.go_to(i))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.grid.chosen.connect(self.choose)
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
        classifier = self._get_classifier()
        if classifier is None:
            self._stale = True
            self._set_status("Waiting for the model…")
            return
        self._stale = False
        self._runner.start(classifier, self._images, self._labels)
        self._set_status(f"Evaluating {len(self._labels):,} test images…")
        self.matrix_view.set_placeholder("Evaluating…")
        if self._evaluation is None:
            self._show_page()

    def is_evaluating(self) -> bool:
        """True while an evaluation thread is running."""
        return self._runner.is_running()

    def is_ready(self) -> bool:
        """True when the shown results come from the latest ``refresh``."""
        return self._evaluation is not None and self._evaluation.job == self._runner.job

    def wait_until_ready(self, timeout_ms: int = 60_000) -> bool:
        """Block (running a local event loop) until ready; for tests and scripts.

        Returns:
            True if ready, False on timeout, failure, or when nothing is evaluating.
        """
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
                self._set_status("Evaluation stopped.")

    @Slot(object)
    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        self.matrix_view.set_matrix(evaluation.matrix)
        wrong = int(evaluation.matrix.sum() - np.trace(evaluation.matrix))
        self.accuracy_label.setText(
            f"Accuracy <b>{evaluation.accuracy:.2%}</b> · {wrong:,} mistakes in "
            f"{len(evaluation.predicted):,} images")
        self._set_status("")
        self._apply_filter(keep_page=True)
        self._describe_selection()
        self.ready.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_status(f"Evaluation failed: {message}")
        self.matrix_view.set_placeholder("Evaluation failed")
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
            self._pair_item().setText(f"Matrix cell: true {value[0]} → pred {value[1]}")
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
        """Titles of the cells on the current page ("pred 7", "pred 0 · true 6")."""
        return [cell.title for cell in self.grid.cells()]

    def _show_page(self) -> None:
        cells = [self._make_cell(i) for i in self.visible_indices()]
        self.grid.set_cells(cells, self._placeholder_text())
        self.grid.set_selected(self._selected)
        count = len(self._indices)
        noun = "image" if count == 1 else "images"
        self.page_label.setText(f"page {self._page + 1} of {self.page_count} · {count:,} {noun}")
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < self.page_count - 1)

    def _placeholder_text(self) -> str:
        if self._labels is None:
            return "The MNIST test set is not loaded yet."
        if self._evaluation is None and self._filter[0] not in ("all", "true"):
            return self._status or "Evaluating…"
        return "No test image matches this filter."

    def _make_cell(self, index: int) -> GridCell:
        image = gray_image(self._images[index])
        truth = int(self._labels[index])
        if self._evaluation is None:
            return GridCell(index, image, f"true {truth}", f"#{index}")
        probs = self._evaluation.probabilities[index]
        predicted = int(self._evaluation.predicted[index])
        confidence = float(probs[predicted])
        wrong = predicted != truth
        title = f"pred {predicted} · true {truth}" if wrong else f"pred {predicted}"
        return GridCell(index, image, title, f"#{index}", percent(confidence), wrong,
                        confidence < LOW_CONFIDENCE, self._describe(index))

    def _describe(self, index: int) -> str:
        """One line about an image: truth, the top two answers and their probabilities."""
        truth = int(self._labels[index])
        if self._evaluation is None:
            return f"Test image #{index} · true digit {truth}"
        probs = self._evaluation.probabilities[index]
        first, second = (int(d) for d in np.argsort(probs)[::-1][:2])
        verdict = "wrong" if first != truth else "right"
        return (f"Test image #{index} · true digit {truth} · predicted {first} "
                f"({probs[first]:.1%}), then {second} ({probs[second]:.1%}) · {verdict}")

    # ------------------------------------------------------------- selection

    def selected_index(self) -> int | None:
        """The dataset index last clicked or gone to, if any."""
        return self._selected

    @Slot(int)
    def choose(self, index: int) -> None:
        """Select an image shown in the grid and emit ``imageChosen``."""
        self._selected = index
        self.grid.set_selected(index)
        self._describe_selection()
        self.imageChosen.emit(index, self._images[index].copy(), int(self._labels[index]))

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
            self.selection_label.setText("Click an image to show it in the main window.")
        else:
            self.selection_label.setText(self._describe(self._selected))

    # ---------------------------------------------------------------- export

    def export_grid(self, path: str | Path) -> bool:
        """Save the grid as shown as a PNG; return False if it could not be written."""
        return self.grid.grab().save(str(path), "PNG")

    def export_matrix(self, path: str | Path) -> bool:
        """Save the confusion matrix as a PNG; return False if it could not be written."""
        return self.matrix_view.grab().save(str(path), "PNG")

    def _ask_export(self, what: str) -> None:
        default = f"mnist-test-{what}.png"
        path, _ = QFileDialog.getSaveFileName(self, f"Export {what} as PNG", default,
                                              "PNG image (*.png)")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        export = self.export_grid if what == "grid" else self.export_matrix
        if not export(path):
            QMessageBox.warning(self, "Export failed", f"Could not write {path}.")

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
