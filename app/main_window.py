"""The main window: canvas on the left; prediction, histogram, preview, training on the right."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QRect, QSettings, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.worker import run_in_thread
from app.canvas import PEN_WIDTH_MAX, PEN_WIDTH_MIN, DrawingCanvas
from app.desktop import icon_source
from app.memory import limit_malloc_arenas
from app.prediction_panel import PredictionPanel
from app.recovery import CanvasRecovery
from app.teach_row import TeachRow
from app.theme import follow_color_scheme
from app.trainer import TrainingController, TrainingJob, TrainingResult
from app.training_panel import TrainingPanel, read_bool
from model import preprocess
from model.number import DigitReading, Reading, read_number

log = logging.getLogger(__name__)

APP_NAME = "digit-canvas"
LIVE_PREDICTION_MS = 40  # at most ~25 predictions a second while drawing
SNAPSHOT_EVERY = 200  # training steps between the weight copies "Look inside" follows
DEFAULT_SIZE = (1280, 760)  # the canvas gets about 800x600: five digits fit
PANEL_WIDTH = 460
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"


def app_data_dir() -> Path:
    """QStandardPaths' AppDataLocation (agrees with model.paths.data_dir())."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def pil_to_qimage(image: object) -> QImage:
    """A Pillow image (any mode) as an RGBA QImage on white (transparency = paper)."""
    from PIL import Image

    rgba = image.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    paper.alpha_composite(rgba)
    data = paper.tobytes("raw", "RGBA")
    return QImage(data, paper.width, paper.height, QImage.Format.Format_RGBA8888).copy()


def load_mnist_here() -> object:
    """MNIST for the window: never from a source that would import TensorFlow here."""
    from model.data import default_sources, load_mnist

    return load_mnist(sources=default_sources(keras=False))


def add_close_keys(window: QWidget) -> None:
    """Esc and Ctrl+W close a secondary window."""
    for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
        QShortcut(keys, window, window.close)


def load_classifier(checkpoint_dir: Path, prefer_bundled: bool) -> tuple:
    """(Classifier, warnings) for the newest good user checkpoint, else the bundled model.

    Loads NumPy weights (no TensorFlow) when the checkpoint has them, so the first
    drawing is answered at once.
    """
    from model.checkpoints import BUNDLED_DIR, CheckpointStore, load_for_serving
    from model.classifier import Classifier

    if prefer_bundled:
        loaded = load_for_serving(BUNDLED_DIR)
    else:
        loaded = CheckpointStore(checkpoint_dir).load_newest(loader=load_for_serving)
    return (Classifier(loaded.model, loaded.metadata, loaded.path, tensorflow=False),
            loaded.warnings)


class MainWindow(QMainWindow):
    """The app. ``classifier`` is None until the model has loaded."""

    def __init__(self, data_dir: Path | None = None, load_model: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Digit Canvas")
        self.setWindowIcon(QIcon(str(icon_source())))
        self.setAcceptDrops(True)
        self.data_dir = data_dir or app_data_dir()
        self.classifier = None
        self.model_error: str | None = None
        self.training = TrainingController(self)
        self._samples = None
        self._samples_view = None
        # What Ctrl+Z right after a save takes back: sample ids, whether the canvas
        # was cleared, and the digit of a number that was saved.
        self._last_saved: tuple[list[int], bool, int | None] | None = None
        self._explorer = None
        self._inspector = None  # app.inspector.InspectorWindow, made on first Ctrl+I
        self.mnist = None  # model.data.Mnist once the explorer has loaded it
        self._threads = []
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_PREDICTION_MS)
        self._live_timer.timeout.connect(self._update_live_prediction)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self._restore_settings()
        self.model_label = QLabel("Loading model...", objectName="modelLabel")
        self.statusBar().addPermanentWidget(self.model_label)
        self.show_reading(None)
        self.recovery = CanvasRecovery(self.canvas, self.data_dir)
        if self.recovery.restore():
            self.statusBar().showMessage(
                "Your drawing is back: Digit Canvas did not close normally last time.", 20_000)
        self.recovery.watch()
        if load_model:
            self.load_model(prefer_bundled=read_bool(QSettings(), "model/use_bundled", False))

    # ------------------------------------------------------------------ layout

    def _build_widgets(self) -> None:
        self.canvas = DrawingCanvas()
        self.prediction_panel = PredictionPanel()
        self.teach_row = TeachRow()
        self.prediction_panel.add_row(self.teach_row)
        self.training_panel = TrainingPanel()
        # The names tests and scripts use.
        panel = self.prediction_panel
        self.prediction_label = panel.prediction_label
        self.confidence_label = panel.confidence_label
        self.chart, self.preview = panel.chart, panel.preview
        self.correction_row, self.digit_buttons = self.teach_row, self.teach_row.digit_buttons
        self.add_example_button = self.teach_row.add_example_button

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.prediction_panel, stretch=3)
        right_layout.addWidget(self.training_panel, stretch=2)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        splitter.addWidget(self.canvas)
        splitter.addWidget(right)
        # A wide canvas: room for a five-digit number; the panel keeps its width.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([DEFAULT_SIZE[0] - PANEL_WIDTH, PANEL_WIDTH])
        self.setCentralWidget(splitter)
        self.resize(*DEFAULT_SIZE)

    def _action(self, text: str, slot: object, shortcuts: list | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.open_action = self._action("&Open image...", self.open_image_dialog, [keys.Open])
        self.paste_action = self._action("&Paste image", self.paste_image, [keys.Paste])
        self.quit_action = self._action("&Quit", self.close, [keys.Quit])
        self.undo_action = self._action("&Undo", self.undo, [keys.Undo])
        self.redo_action = self._action("&Redo", self.canvas.redo,
                                        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.clear_action = self._action("&Clear", self.canvas.clear,
                                         [QKeySequence(Qt.Key.Key_Delete),
                                          QKeySequence(Qt.Key.Key_Escape)])
        self.retrain_action = self._action("&Retrain", self.start_retrain)
        self.cancel_action = self._action("&Cancel training", self.training.cancel)
        self.reset_action = self._action("Reset to &bundled model", self.reset_to_bundled)
        self.test_set_action = self._action("&Test-set explorer...", self.show_test_set,
                                            [QKeySequence("Ctrl+T")])
        self.samples_action = self._action("My &drawings...", self.show_samples,
                                           [QKeySequence("Ctrl+D")])
        self.inspect_action = self._action("&Look inside...", self.show_inspector,
                                           [QKeySequence("Ctrl+I")])
        self.about_action = self._action("&About", self.show_about)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.cancel_action.setEnabled(False)

        self.pen_width = QSpinBox(objectName="penWidth", minimum=PEN_WIDTH_MIN,
                                  maximum=PEN_WIDTH_MAX, suffix=" px")
        self.pen_width.setToolTip("Pen width")
        self.pen_width.valueChanged.connect(self.canvas.set_pen_width)

        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.open_action, self.paste_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action, self.clear_action])
        model_menu = menus.addMenu("&Model")
        model_menu.addActions([self.retrain_action, self.cancel_action, self.reset_action])
        model_menu.addSeparator()
        model_menu.addActions([self.samples_action, self.test_set_action, self.inspect_action])
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.clear_action, self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Pen "))
        toolbar.addWidget(self.pen_width)
        toolbar.addSeparator()
        toolbar.addActions([self.open_action, self.samples_action, self.test_set_action,
                            self.inspect_action,
                            self.retrain_action, self.about_action])

    def _connect(self) -> None:
        self.teach_row.install_shortcuts(self)
        self.teach_row.labelChosen.connect(self.save_sample)
        self.teach_row.exampleRequested.connect(self.save_as_example)
        self.prediction_panel.tileSelected.connect(self._on_tile_selected)
        # Drawing takes the keyboard back from e.g. the pen spin box, so digit keys save.
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.canvas.strokeStarted.connect(self.canvas.setFocus)
        self.canvas.strokeStarted.connect(self._forget_last_saved)
        self.canvas.drawingChanged.connect(self._schedule_live_prediction)
        self.canvas.strokeFinished.connect(self.update_prediction)
        self.canvas.undoAvailable.connect(self.undo_action.setEnabled)
        self.canvas.redoAvailable.connect(self.redo_action.setEnabled)
        panel = self.training_panel
        panel.retrainRequested.connect(self.start_retrain)
        panel.fineTuneRequested.connect(self.start_fine_tune)
        panel.cancelRequested.connect(self.training.cancel)
        training = self.training  # connected once, never per run: no signal can come too early
        training.status.connect(panel.on_status)
        training.step.connect(panel.on_step)
        training.epochEnded.connect(panel.on_epoch)
        training.snapshot.connect(self._on_snapshot)
        training.succeeded.connect(self._on_training_succeeded)
        training.cancelled.connect(self._on_training_cancelled)
        training.failed.connect(self._on_training_failed)
        training.finished.connect(self._on_training_thread_finished)

    # ---------------------------------------------------------------- settings

    def _restore_settings(self) -> None:
        from PySide6.QtCore import QByteArray

        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):  # a hand-edited value is ignored
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        try:
            width = int(settings.value("canvas/pen_width", self.canvas.pen_width))
        except (TypeError, ValueError):
            width = self.canvas.pen_width
        self.pen_width.setValue(width)  # the spin box clamps a hand-edited value into range

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("canvas/pen_width", self.pen_width.value())
        self.training_panel.save_settings()

    # ------------------------------------------------------------------- model

    def load_model(self, prefer_bundled: bool = False) -> None:
        """Import TensorFlow and load the model in the background."""
        checkpoint_dir = self.data_dir / "checkpoints"
        self._threads.append(run_in_thread(
            lambda: load_classifier(checkpoint_dir, prefer_bundled), self,
            self._on_model_loaded, self._on_model_failed, "model-loader"))

    @Slot(object)
    def _on_model_loaded(self, result: tuple) -> None:
        self.classifier, warnings = result
        self._show_model_status()
        for warning in warnings:
            log.warning("%s", warning)
        if warnings:
            self.show_message("Some checkpoints could not be loaded",
                              "\n\n".join(warnings), QMessageBox.Icon.Warning)
        self.update_prediction()
        self._model_changed()

    @Slot(str)
    def _on_model_failed(self, message: str) -> None:
        self.model_error = message
        self.model_label.setText("No model: " + message.splitlines()[0])
        self.show_message("The model could not be loaded", message, QMessageBox.Icon.Critical)

    def model_description(self) -> str:
        """One line: which model is in use and how good it is."""
        if self.classifier is None:
            return "Loading model..."
        from model.checkpoints import BUNDLED_DIR

        meta = self.classifier.metadata
        which = "bundled model" if self.classifier.path == BUNDLED_DIR else "your model"
        accuracy = meta.get("test_accuracy")
        date = str(meta.get("date", ""))[:10]
        score = f"MNIST test accuracy {accuracy:.2%}" if accuracy is not None else "accuracy ?"
        return f"Model: {which} · {score} · {date}"

    def _show_model_status(self) -> None:
        self.model_label.setText(self.model_description())

    def reset_to_bundled(self) -> None:
        """Use the model shipped in assets/ again (user checkpoints are kept on disk)."""
        from model.checkpoints import BUNDLED_DIR, load_for_serving

        loaded = load_for_serving(BUNDLED_DIR)
        self.classifier.swap(loaded.model, loaded.metadata, loaded.path)
        QSettings().setValue("model/use_bundled", True)
        self._show_model_status()
        self.update_prediction()
        self._model_changed()

    # -------------------------------------------------------------- prediction

    @Slot()
    def _schedule_live_prediction(self) -> None:
        if not self._live_timer.isActive():
            self._live_timer.start()

    @Slot()
    def update_prediction(self, search_cuts: bool = True) -> None:
        """Read what is on the canvas (a digit, a number, or not a digit) and show it."""
        self._live_timer.stop()
        if self.classifier is None:
            return
        reading = None if self.canvas.is_empty() else read_number(
            self.canvas.to_array(), self.classifier, self.canvas.strokes(), search_cuts)
        self.show_reading(reading)

    @Slot()
    def _update_live_prediction(self) -> None:
        # Mid-stroke, at up to 25 Hz: the classifier's search for where touching
        # digits meet (up to 200 ms on a wide drawing) waits for the release.
        self.update_prediction(search_cuts=False)

    def show_reading(self, reading: Reading | None, truth: int | None = None) -> None:
        """Show a reading (or none) in the prediction panel and log it."""
        placeholder = "Draw a digit or a number" if self.classifier else "Loading model..."
        self.prediction_panel.show_reading(reading, placeholder, truth)
        if self._inspector is not None:
            self._inspector.show_input(self.last_input, _source_caption(truth))
        log.info("prediction: %s", (reading or Reading("blank")).log_text())

    @property
    def last_prediction(self) -> object:
        """The Decision for the digit shown (the selected one of a number), or None."""
        selected = self.prediction_panel.selected()
        return None if selected is None else selected.decision

    @property
    def last_input(self) -> np.ndarray | None:
        """The network input of the digit shown (the selected one of a number), or None."""
        selected = self.prediction_panel.selected()
        return None if selected is None else selected.network_input

    @Slot(int)
    def _on_tile_selected(self, index: int) -> None:
        panel = self.prediction_panel
        self.teach_row.set_target(index if panel.is_number() else None,
                                  len(panel.reading.digits) if panel.reading else 0)
        if self._inspector is not None and panel.is_number():
            self._inspector.show_input(self.last_input, f"The canvas · digit {index + 1}")

    # ---------------------------------------------------------------- teaching

    @property
    def samples(self) -> object:
        """The person's saved drawings (model.samples.SampleStore), opened on first use."""
        if self._samples is None:
            from model.samples import SampleStore

            self._samples = SampleStore(self.data_dir / "samples.sqlite3")
            if self._samples.recovered_from is not None:
                self.show_message(
                    "Saved drawings database was damaged",
                    f"It was kept aside as {self._samples.recovered_from}; "
                    f"{self._samples.salvaged} drawings were recovered into a new one.",
                    QMessageBox.Icon.Warning,
                )
            elif self._samples.read_only:
                self.show_message("Your drawings cannot be saved", self._samples.problem or "",
                                  QMessageBox.Icon.Warning)
            self.purge_deleted_drawings()  # left from a session that ended abruptly
        return self._samples

    def purge_deleted_drawings(self) -> None:
        """Remove deleted drawings for good (nothing can bring them back any more)."""
        from model.samples import SampleStoreError

        if self._samples is None or self._samples.read_only:
            return
        try:
            self._samples.purge_deleted()
        except SampleStoreError as exc:
            log.warning("deleted drawings not purged: %s", exc)

    def show_samples(self) -> None:
        """Open the "My drawings" window."""
        from model.samples import SampleStoreError

        try:
            store = self.samples
        except SampleStoreError as exc:
            self.show_message("Your drawings cannot be opened", str(exc),
                              QMessageBox.Icon.Warning)
            return
        if self._samples_view is None:
            from app.samples_view import SamplesView

            self._samples_view = SamplesView(store, self)
            add_close_keys(self._samples_view)
        self._samples_view.show()
        self._samples_view.raise_()

    def _drawing_png(self, box: tuple[int, int, int, int] | None = None) -> bytes:
        """The drawing (or the part of it in ``box``, with a margin) as PNG bytes."""
        image = self.canvas.image()
        if box is not None:
            x, y, w, h = box
            margin = max(w, h) // 8
            image = image.copy(QRect(x - margin, y - margin, w + 2 * margin, h + 2 * margin))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data())

    def _add_sample(self, digit: DigitReading, label: int, whole: bool) -> int | None:
        """Save one digit with its true label; a message box if it cannot be saved."""
        from model.samples import SampleStoreError

        predicted = digit.decision.digit
        png = self._drawing_png(None if whole else digit.box)
        try:
            sample_id = self.samples.add(digit.network_input, label, png, predicted)
        except (SampleStoreError, ValueError) as exc:
            self.show_message("The drawing could not be saved", str(exc),
                              QMessageBox.Icon.Warning)
            return None
        log.info("sample saved: id=%d label=%d predicted=%s", sample_id, label, predicted)
        return sample_id

    def save_sample(self, label: int) -> bool:
        """Keep the drawing (or the selected digit of a number) with its true label.

        A single digit is saved and the canvas cleared for the next one; a digit
        of a number is saved and the next digit selected, the number staying.
        """
        panel = self.prediction_panel
        digit, index = panel.selected(), panel.selected_index()
        if digit is None:
            self.statusBar().showMessage("Draw a digit first", 3000)
            return False
        number = panel.is_number()
        sample_id = self._add_sample(digit, label, whole=not number)
        if sample_id is None:
            return False
        if number:
            panel.mark_saved(index, label)
            what = f"Saved digit {index + 1} of {len(panel.reading.digits)} as a {label}"
            if index + 1 < len(panel.reading.digits):
                panel.select(index + 1)
        else:
            what = f"Saved as a {label}"
        self._after_save([sample_id], what, clear=not number, index=index if number else None)
        return True

    def _after_save(self, ids: list[int], what: str, clear: bool, index: int | None) -> None:
        count = len(self.samples)
        self.statusBar().showMessage(
            f"{what} · {count} drawing{'s' if count != 1 else ''} of yours · "
            "Ctrl+Z takes it back", 6000)
        if self._samples_view is not None:
            self._samples_view.refresh()
        if clear:
            self.canvas.clear()
            self.update_prediction()
        self._last_saved = (ids, clear, index)

    def undo(self) -> None:
        """Undo the last stroke; right after a save, take that save back instead."""
        if self._last_saved is not None:
            ids, cleared, index = self._last_saved
            for sample_id in ids:
                self.samples.delete(sample_id)
            self.statusBar().showMessage("The drawing just saved was removed again", 5000)
            self._last_saved = None
            if self._samples_view is not None:
                self._samples_view.refresh()
            if not cleared:  # a digit of a number: the drawing is still there
                if index is not None:
                    self.prediction_panel.unmark_saved(index)
                    self.prediction_panel.select(index)
                return
        self.canvas.undo()

    @Slot()
    def _forget_last_saved(self) -> None:
        self._last_saved = None

    def save_as_example(self) -> bool:
        """The reading is right: keep the drawing (every digit of a number) as read."""
        reading = self.prediction_panel.reading
        if reading is None:
            return False
        if reading.status not in ("digit", "number"):
            self.statusBar().showMessage(
                "Not read as a digit: press the right digit key instead", 4000)
            return False
        if reading.status == "digit":
            return self.save_sample(reading.digits[0].decision.digit)
        ids = []
        for digit in reading.digits:
            sample_id = self._add_sample(digit, digit.decision.digit, whole=False)
            if sample_id is None:
                break
            ids.append(sample_id)
        if ids:
            self._after_save(ids, f"Saved {reading.number} as {len(ids)} examples", clear=True,
                             index=None)
        return len(ids) == len(reading.digits)

    # ---------------------------------------------------------------- test set

    def show_test_set(self) -> None:
        """Open the MNIST test-set explorer (loads the test images in the background)."""
        if self._explorer is None:
            from app.explorer import ExplorerWindow

            self._explorer = ExplorerWindow(lambda: self.classifier, self)
            add_close_keys(self._explorer)
            self._explorer.imageChosen.connect(self.show_test_image)
            if self.mnist is not None:
                self._on_mnist(self.mnist)
            else:
                self._threads.append(run_in_thread(
                    load_mnist_here, self, self._on_mnist, self._on_test_data_failed,
                    "mnist-loader"))
        self._explorer.show()
        self._explorer.raise_()

    @Slot(object)
    def _on_mnist(self, mnist: object) -> None:
        self.mnist = mnist
        if self._explorer is not None and not self._explorer.has_data():
            self._explorer.set_data(mnist.x_test, mnist.y_test)

    @Slot(str)
    def _on_test_data_failed(self, message: str) -> None:
        self.show_message("MNIST could not be loaded", message, QMessageBox.Icon.Warning)

    @Slot(int, object, int)
    def show_test_image(self, index: int, image: np.ndarray, truth: int) -> None:
        """Show an MNIST test image as a drawing would be shown, with its true label."""
        if self.classifier is None:
            return
        network_input = image.astype(np.float32) / 255.0  # already in the network's format
        self.canvas.set_array(network_input)
        self._live_timer.stop()  # show the test image itself, not the upscaled canvas
        decision = self.classifier.predict(network_input)
        status = "digit" if decision.status == "digit" else "not_a_digit"
        self.show_reading(Reading(status, (DigitReading((0, 0, 28, 28), network_input, decision),)),
                          truth)
        self.statusBar().showMessage(f"MNIST test image #{index}, true label {truth}", 8000)

    def _model_changed(self) -> None:
        if self._explorer is not None:
            self._explorer.refresh()

    # ------------------------------------------------------------ open / paste

    def open_image_dialog(self) -> None:
        """Ask for an image file and show it."""
        path, _ = QFileDialog.getOpenFileName(self, "Open image", "", IMAGE_FILTER)
        if path:
            self.open_image(Path(path))

    def open_image(self, path: Path) -> bool:
        """Show an image file on the canvas and classify it; a bad file gives a message."""
        try:
            image = preprocess.load_image(path)
            qimage = pil_to_qimage(image)
        except (ValueError, OSError) as exc:
            self.show_message("Cannot open image", str(exc), QMessageBox.Icon.Warning)
            return False
        self.canvas.set_image(qimage)
        self.update_prediction()
        return True

    def paste_image(self) -> None:
        """Show an image from the clipboard (image data or a file URL)."""
        if not self._show_mime(QApplication.clipboard().mimeData()):
            self.statusBar().showMessage("The clipboard holds no image", 4000)

    def _show_mime(self, mime: object) -> bool:
        """Show dropped or pasted image data or a local image file; False if there is none."""
        if mime.hasImage():
            image = QImage(mime.imageData())
            if image.isNull():
                return False
            self.canvas.set_image(image)
            self.update_prediction()
            return True
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            self.open_image(Path(mime.urls()[0].toLocalFile()))
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped files and images."""
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Show a dropped image file or image."""
        if self._show_mime(event.mimeData()):
            event.acceptProposedAction()

    # ---------------------------------------------------------------- training

    def training_config(self) -> object:
        """The panel's settings as a validated model.train.TrainConfig."""
        from model.recipe import PRESETS

        chosen = self.training_panel.settings()
        base = PRESETS["tutorial"] if chosen.tutorial else PRESETS["default"]
        return dataclasses.replace(
            base, epochs=chosen.epochs, batch_size=chosen.batch_size,
            learning_rate=chosen.learning_rate, augment=chosen.augment,
        ).validate()

    def start_retrain(self) -> bool:
        """One click: train from scratch with the panel's settings (ignored while running)."""
        if self.training.is_running():
            return False
        try:
            config = self.training_config()
        except ValueError as exc:
            self.show_message("Invalid training settings", str(exc), QMessageBox.Icon.Warning)
            return False
        extra = self.user_samples() if self.training_panel.settings().include_samples else None
        return self._start(TrainingJob(config, self.data_dir / "checkpoints", extra=extra))

    def start_fine_tune(self) -> bool:
        """A quick run on the person's drawings (mixed with MNIST) from the current model."""
        if self.training.is_running() or self.classifier is None:
            return False
        extra = self.user_samples()
        if extra is None:
            self.show_message("No drawings yet",
                              "Correct a few predictions first: they are what fine-tuning "
                              "learns from.", QMessageBox.Icon.Information)
            return False
        from model.recipe import fine_tune_config

        job = TrainingJob(fine_tune_config(len(extra[1])), self.data_dir / "checkpoints",
                          start_from=self.classifier.params, extra=extra)
        return self._start(job)

    def user_samples(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The person's saved drawings as training arrays, or None when there are none."""
        from model.samples import SampleStoreError

        try:
            images, labels = self.samples.training_arrays()
        except SampleStoreError as exc:
            log.warning("drawings not used for training: %s", exc)
            return None
        return (images, labels) if len(labels) else None

    def _start(self, job: TrainingJob) -> bool:
        job = dataclasses.replace(job, snapshot_every=SNAPSHOT_EVERY)
        if self.training.start(job) is None:
            return False
        self.training_panel.on_started(job.config.epochs)
        self.retrain_action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        return True

    @Slot(object)
    def _on_training_succeeded(self, result: TrainingResult) -> None:
        if self.classifier is None:  # no model could be loaded: this run gives the first one
            from model.classifier import Classifier

            self.classifier, self.model_error = Classifier(result.model, tensorflow=False), None
        previous = self.classifier.metadata.get("test_accuracy")
        self.classifier.swap(result.model, result.metadata, result.path)
        QSettings().remove("model/use_bundled")
        accuracy = result.metadata["test_accuracy"]
        message = f"Done: test accuracy {accuracy:.2%}"
        if previous is not None:
            message += f" ({(accuracy - previous) * 100:+.2f} points)"
        if result.own_accuracy is not None:
            message += f" · your drawings {result.own_accuracy:.0%}"
        self.training_panel.on_ended(message)
        self._show_model_status()
        self.update_prediction()
        self._model_changed()

    @Slot()
    def _on_training_cancelled(self) -> None:
        self.training_panel.on_ended("Cancelled")

    @Slot(str)
    def _on_training_failed(self, message: str) -> None:
        self.training_panel.on_ended("Failed: " + message.splitlines()[0])
        box = self.show_message("Training stopped",
                                message + "\n\nThe model in use has not changed.",
                                QMessageBox.Icon.Warning)
        retry = box.addButton("Try again", QMessageBox.ButtonRole.AcceptRole)
        job = self.training.job
        retry.clicked.connect(lambda: self._start(job) if job is not None else None)

    @Slot()
    def _on_training_thread_finished(self) -> None:
        self.retrain_action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        if self._inspector is not None:
            self._inspector.training_ended()

    # ------------------------------------------------------------ look inside

    def show_inspector(self) -> None:
        """Open the "Look inside" window on what the canvas shows now."""
        if self._inspector is None:
            from app.inspector import InspectorWindow

            self._inspector = InspectorWindow(lambda: self.classifier, self)
            add_close_keys(self._inspector)
            self._inspector.show_input(self.last_input)
        self._inspector.show()
        self._inspector.raise_()

    @Slot(object)
    def _on_snapshot(self, snapshot: object) -> None:
        if self._inspector is not None:
            self._inspector.follow_snapshot(snapshot)

    # ------------------------------------------------------------------- misc

    def show_message(self, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
        """A non-blocking message box (the event loop, and drawing, go on)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_about(self) -> None:
        """The model's recipe, accuracy and date."""
        meta = self.classifier.metadata if self.classifier else {}
        recipe = meta.get("recipe", {})
        lines = [
            "<h3>Digit Canvas</h3>",
            "<p>Draw a digit; a small ConvNet written with TensorFlow's low-level API "
            "recognises it.</p>",
            f"<p>{self.model_description()}</p>",
        ]
        if recipe:
            keys = ("epochs", "batch_size", "learning_rate", "schedule", "augment", "hidden")
            lines.append("<p>Recipe: " + ", ".join(f"{k} {recipe.get(k)}" for k in keys) + "</p>")
        if self.classifier and self.classifier.path:
            lines.append(f"<p>Checkpoint: {self.classifier.path}</p>")
        self.show_message("About Digit Canvas", "".join(lines), QMessageBox.Icon.Information)

    def confirm_stop_training(self) -> bool:
        """Ask whether to stop a running training before closing."""
        answer = QMessageBox.question(
            self, "Training is running",
            "Stop training and quit? The model in use stays as it is.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Stop training cooperatively (after asking) and wait for the threads."""
        if self.training.is_running():
            if not self.confirm_stop_training():
                event.ignore()
                return
            self.statusBar().showMessage("Stopping training...")
            self.training.stop_and_wait()
        if self._explorer is not None:
            self._explorer.stop()
        for thread in self._threads:
            thread.wait()
        self.purge_deleted_drawings()
        self._save_settings()
        self.recovery.discard()  # a clean close: nothing to bring back next time
        super().closeEvent(event)


def _source_caption(truth: int | None) -> str:
    """What the network is looking at, for the "Look inside" window."""
    return "The canvas" if truth is None else f"MNIST test image · true label {truth}"


def tune_interpreter() -> None:
    """Interpreter settings that keep the window smooth while training runs."""
    # A background thread (loading a model, the explorer's test set) holds the GIL in
    # 5 ms slices by default; hand it over every 1 ms so the event loop never waits long.
    sys.setswitchinterval(0.001)
    limit_malloc_arenas()  # a new thread per run must not mean a new arena (bench.soak)


def run_app(args: argparse.Namespace) -> int:
    """Create the application and the window; runs until the window is closed."""
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    tune_interpreter()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("Digit Canvas")
    QApplication.setDesktopFileName(APP_NAME)  # Wayland: the menu entry's icon and name
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(icon_source())))
    follow_color_scheme(app)
    window = MainWindow()
    window.show()
    return app.exec()
