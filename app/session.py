"""The session: what every panel and window of the app shares, with signals to follow it.

One :class:`Session` per main window holds the classifier in use, the reading
shown, the MNIST test set, the person's drawings and the trainer process.
Panels and windows subscribe to its signals; none of them talks to another.

Nothing here imports TensorFlow: the classifier is loaded with NumPy weights
(``tensorflow=False``) and training runs in a process of its own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSettings, Signal
from PySide6.QtGui import QImage

from app.images import qimage_to_pil
from app.language import date_time, day, percent
from app.memory import return_freed_memory
from app.problems import checkpoint_warning, drawings_error, training_failure
from app.reader import CutSearch
from app.trainer import TrainingController, TrainingResult
from app.worker import WorkerBase, run_in_thread
from model.data.number import DigitReading, Reading, read_number

if TYPE_CHECKING:
    from model.network.checkpoints import CheckpointStore

log = logging.getLogger(__name__)

USE_BUNDLED = "model/use_bundled"  # QSettings key of older versions: the bundled model chosen
KEEP = "models/keep"  # QSettings key: how many of the newest models are kept
KEEP_DEFAULT, KEEP_RANGE = 5, (1, 100)


def kept_models() -> int:
    """The setting of how many newest models to keep (a bad value: the default)."""
    value = QSettings().value(KEEP, KEEP_DEFAULT)
    try:
        keep = int(value)
    except (TypeError, ValueError):
        keep = 0
    if not KEEP_RANGE[0] <= keep <= KEEP_RANGE[1]:
        log.warning("setting %s=%r is not a number from %d to %d; keeping %d",
                    KEEP, value, *KEEP_RANGE, KEEP_DEFAULT)
        return KEEP_DEFAULT
    return keep


def app_data_dir() -> Path:
    """Where the app keeps checkpoints and drawings: the command line's folder too."""
    from model.paths import data_dir

    return data_dir()


def load_classifier(checkpoint_dir: Path, prefer_bundled: bool) -> tuple:
    """(Classifier, warnings) for the model in use (:func:`load_in_use`).

    Loads NumPy weights (no TensorFlow) when the checkpoint has them, so the first
    drawing is answered at once. ``prefer_bundled`` is an older version's setting,
    honoured while the store records no choice.
    """
    from model.network.checkpoints import (
        BUNDLED_DIR,
        CheckpointStore,
        load_for_serving,
        load_in_use,
    )
    from model.network.classifier import Classifier

    if prefer_bundled and CheckpointStore(checkpoint_dir).chosen() is None:
        loaded = load_for_serving(BUNDLED_DIR)
    else:
        loaded = load_in_use(load_for_serving, checkpoint_dir)
    return (Classifier(loaded.model, loaded.metadata, loaded.path, tensorflow=False),
            loaded.warnings)


def load_mnist_here() -> object:
    """MNIST's test set for the window: never from a source that would import TensorFlow here.

    The training images (47 MB) are dropped: training happens in the trainer process.
    """
    import dataclasses

    import numpy as np

    from model.data.mnist import MnistNotFound, cache_file, default_sources, load_mnist

    try:
        mnist = load_mnist(sources=default_sources(keras=False))
    except MnistNotFound as exc:  # said in the window's language; the log lists the sources
        log.warning("%s", exc)
        raise MnistNotFound(training_failure({"code": "no-mnist", "cache": cache_file()})) from exc
    return dataclasses.replace(mnist, x_train=np.zeros((0, 28, 28), np.uint8),
                               y_train=np.zeros(0, np.uint8))


def source_caption(truth: int | None, digit: int | None = None, count: int = 0) -> str:
    """What the network is looking at, in words (for "Look inside"): digit of count."""
    if truth is not None:
        return QCoreApplication.translate("Session", "MNIST test image · true label %1").replace(
            "%1", str(truth))
    if digit is None:
        return QCoreApplication.translate("Session", "The canvas")
    return QCoreApplication.translate("Session", "The canvas · digit %1 of %2").replace(
        "%1", str(digit + 1)).replace("%2", str(max(count, digit + 1)))


class Session(QObject):
    """The classifier, the reading, the test set, the drawings and the trainer.

    Signals:
        classifierChanged(classifier): a model was loaded, adopted or swapped in.
        modelsChanged: a model was kept, renamed, pinned, deleted or brought back.
        modelFailed(message): no model could be loaded.
        readingChanged(reading, truth): what is shown was read again (reading
            None = blank; truth is the label of an MNIST test image, else None).
        inputChanged(network_input, caption): the network input in focus (the
            selected digit of a number) changed; None when there is none.
        imageChosen(index, image, truth): an MNIST test image is to be shown.
        drawingsChanged: a drawing was saved, removed or changed.
        testSetLoaded(mnist): the MNIST test set has loaded.
        warning(title, text): something the person should read.
    """

    classifierChanged = Signal(object)  # noqa: N815 - Qt signal naming
    modelFailed = Signal(str)  # noqa: N815 - Qt signal naming
    modelsChanged = Signal()  # noqa: N815 - Qt signal naming
    readingChanged = Signal(object, object)  # noqa: N815 - Qt signal naming
    inputChanged = Signal(object, str)  # noqa: N815 - Qt signal naming
    imageChosen = Signal(int, object, int)  # noqa: N815 - Qt signal naming
    drawingsChanged = Signal()  # noqa: N815 - Qt signal naming
    testSetLoaded = Signal(object)  # noqa: N815 - Qt signal naming
    warning = Signal(str, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.classifier = None  # model.network.classifier.Classifier once loaded
        self.model_error: str | None = None
        self.reading: Reading | None = None
        self.truth: int | None = None
        self.input_in_focus: tuple[np.ndarray | None, str] = (None, source_caption(None))
        self.mnist = None  # model.data.mnist.Mnist once loaded
        self.trainer = TrainingController(self)
        self._drawings = None
        self._names: dict[Path, str] = {}  # models renamed in this session
        self._workers: list[WorkerBase] = []
        self._mnist_loading = False
        self._search = CutSearch(self)  # where digits that touch meet, off the GUI thread
        self._search.found.connect(self._on_searched)
        self._search.failed.connect(self._on_search_failed)
        self.settling = False  # a rough reading is shown while the search runs
        self._searched: tuple = (None, None)  # what it reads: the image and strokes
        self._place: tuple[float, float, float] | None = None  # see read()

    @property
    def checkpoint_dir(self) -> Path:
        """Where the person's checkpoints are kept."""
        return self.data_dir / "checkpoints"

    @property
    def store(self) -> CheckpointStore:
        """The person's models (model.network.checkpoints.CheckpointStore), kept as set."""
        from model.network.checkpoints import CheckpointStore

        return CheckpointStore(self.checkpoint_dir, keep=kept_models())

    # ------------------------------------------------------------------- model

    def load_model(self, prefer_bundled: bool = False) -> None:
        """Load the newest checkpoint (or the bundled model) in the background."""
        checkpoint_dir = self.checkpoint_dir
        self._workers.append(run_in_thread(
            lambda: load_classifier(checkpoint_dir, prefer_bundled), self,
            self._on_model_loaded, self._on_model_failed, "model-loader"))

    def _on_model_loaded(self, result: tuple) -> None:
        self.classifier, warnings = result
        for warning in warnings:
            log.warning("%s", warning)
        if warnings:
            self.warning.emit(self.tr("Some checkpoints could not be loaded"),
                              "\n\n".join(checkpoint_warning(w) for w in warnings))
        self.classifierChanged.emit(self.classifier)

    def _on_model_failed(self, message: str) -> None:
        self.model_error = message
        self.modelFailed.emit(message)

    def use_bundled(self) -> None:
        """Use the model shipped in assets/ again (user checkpoints are kept on disk)."""
        from model.network.checkpoints import BUNDLED_DIR

        self.use_model(BUNDLED_DIR)

    def use_model(self, folder: Path) -> None:
        """Make a kept model (or the bundled one) the model in use, now and at the next start.

        Raises:
            CheckpointError: it cannot be loaded (the model in use stays).
        """
        from model.network.checkpoints import load_for_serving

        loaded = load_for_serving(folder, tensorflow=False)
        self._swap(loaded.model, loaded.metadata, loaded.path)

    def adopt(self, result: TrainingResult) -> float | None:
        """Swap in a trained model; returns the test accuracy of the model it replaced."""
        previous = None if self.classifier is None else self.classifier.metadata.get(
            "test_accuracy")
        self._swap(result.model, result.metadata, result.path)
        return previous

    def _swap(self, model: dict, metadata: dict, path: Path) -> None:
        from model.network.errors import CheckpointError

        if self.classifier is None:  # no model could be loaded: this one is the first
            from model.network.classifier import Classifier

            self.classifier, self.model_error = Classifier(model, tensorflow=False), None
        self.stop_search()  # its answer would be the old model's
        self.classifier.swap(model, metadata, path)
        try:
            self.store.choose(path)
        except (CheckpointError, OSError) as exc:  # in use now; the next start may differ
            log.warning("the choice of the model in use is not saved: %s", exc)
        QSettings().remove(USE_BUNDLED)
        log.info("models: in use %s", path.name)
        self.classifierChanged.emit(self.classifier)
        return_freed_memory()  # the run's and the old model's buffers (bench.soak)

    def change_model(self, folder: Path, changes: dict) -> None:
        """Rename or pin a kept model (its metadata rewritten atomically).

        Raises:
            CheckpointError: its metadata cannot be read or written.
        """
        from model.network.checkpoints import update_metadata
        from model.network.errors import CheckpointError

        try:
            update_metadata(folder, changes)
        except OSError as exc:
            raise CheckpointError(f"{folder.name}: {exc}") from exc
        if "name" in changes:  # the status line names the model in use (its metadata: a copy)
            self._names[Path(folder)] = changes["name"]
        self.modelsChanged.emit()

    def delete_model(self, folder: Path) -> None:
        """Move a kept model to the store's trash (:meth:`restore_model` brings it back).

        Raises:
            CheckpointError: it is the model in use or the bundled one.
        """
        if self.classifier is not None and folder == self.classifier.path:
            from model.network.errors import CheckpointError

            raise CheckpointError(self.tr("%1 is the model in use: use another one first")
                                  .replace("%1", folder.name))
        self.store.delete(folder)
        self.modelsChanged.emit()

    def restore_model(self, name: str) -> None:
        """Bring back a model deleted in this session."""
        self.store.restore(name)
        self.modelsChanged.emit()

    def model_description(self) -> str:
        """One line: which model is in use and how good it is."""
        if self.classifier is None:
            return self.tr("Loading model...")
        from model.network.checkpoints import BUNDLED_DIR
        from model.network.model_list import kind_of

        meta = self.classifier.metadata
        name = self._names.get(self.classifier.path, meta.get("name"))
        bundled = self.classifier.path == BUNDLED_DIR
        # A run and a fine-tune of one day were both "your model" of that day.
        kind = kind_of(meta)
        which = (self.tr("bundled model") if bundled
                 else name.strip() if isinstance(name, str) and name.strip()
                 else self.tr("your fine-tune") if kind == "fine-tune"
                 else self.tr("your retrain"))
        accuracy = meta.get("test_accuracy")
        date = day(meta.get("date", "")) if bundled else date_time(meta.get("date", ""))
        score = (self.tr("MNIST test accuracy %1").replace("%1", percent(accuracy, 2))
                 if accuracy is not None else self.tr("accuracy ?"))
        return self.tr("Model: %1 · %2 · %3").replace("%1", which).replace(
            "%2", score).replace("%3", date)

    # ----------------------------------------------------------------- reading

    def read(self, image: object, strokes: object = None, search_cuts: bool = True,
             place: tuple[float, float, float] | None = None) -> None:
        """Read a drawing or a picture (None = blank) and tell the panels.

        A drawing whose digits touch is shown cut at the thinnest ink at once
        (``settling`` is True), then as the classifier reads it best when the
        search in the background ends; a newer reading supersedes the search.
        ``place``: (scale, left, top) that put a picture's pixels where they show.
        """
        if self.classifier is None:
            return
        self.stop_search()
        self._place = place
        reading = None if image is None else self._placed(
            read_number(image, self.classifier, strokes, False))
        if search_cuts and reading is not None and reading.rough:
            self.settling, self._searched = True, (image, strokes)
            self._search.start(image, self.classifier, strokes)
        self.show_reading(reading)

    def read_picture(self, image: QImage, shown: QRectF, search_cuts: bool = True) -> None:
        """Read an opened picture as it is, its pieces placed where it is ``shown``.

        Fitted to the canvas and read there, a small scan was blurred: of MNIST's
        validation digits as scans, 97.7 % were read right as files, 96.5 % as shown.
        """
        self.read(qimage_to_pil(image), None, search_cuts,
                  (shown.width() / image.width(), shown.left(), shown.top()))

    def settle(self) -> None:
        """Finish a search under way here and now (a save keeps what it shows)."""
        if self.settling:
            image, strokes = self._searched
            self.stop_search()
            self.show_reading(self._placed(read_number(image, self.classifier, strokes, True)))

    def stop_search(self) -> None:
        """Drop the search under way: the drawing it reads has changed."""
        if self.settling:
            self._search.cancel()
            self.settling = False

    def _on_searched(self, reading: Reading) -> None:
        self.settling = False
        self.show_reading(self._placed(reading))

    def _placed(self, reading: Reading) -> Reading:
        return reading if self._place is None else reading.placed(*self._place)

    def _on_search_failed(self) -> None:
        self.settling = False  # the rough reading stays; the log has the traceback
        self.show_reading(self.reading, self.truth)

    def read_test_image(self, network_input: np.ndarray, truth: int) -> None:
        """Read an MNIST test image (already in the network's format) with its true label."""
        self.stop_search()
        decision = self.classifier.predict(network_input)
        status = "digit" if decision.status == "digit" else "not_a_digit"
        self.show_reading(
            Reading(status, (DigitReading((0, 0, 28, 28), network_input, decision),)), truth)

    def show_reading(self, reading: Reading | None, truth: int | None = None) -> None:
        """Make ``reading`` the one shown; emits ``readingChanged``."""
        self.reading, self.truth = reading, truth
        log.info("prediction: %s", (reading or Reading("blank")).log_text())
        self.readingChanged.emit(reading, truth)

    def focus_input(self, network_input: np.ndarray | None, digit: int | None = None) -> None:
        """The network input now in focus (``digit`` of a number); emits ``inputChanged``."""
        count = len(self.reading.digits) if self.reading is not None else 0
        self.input_in_focus = (network_input, source_caption(self.truth, digit, count))
        self.inputChanged.emit(*self.input_in_focus)

    def choose_test_image(self, index: int, image: np.ndarray, truth: int) -> None:
        """Ask for an MNIST test image to be shown (the main window puts it on the canvas)."""
        if self.classifier is not None:
            self.imageChosen.emit(index, image, truth)

    # ---------------------------------------------------------------- test set

    def load_test_set(self) -> None:
        """Load the MNIST test set in the background (once); ``testSetLoaded`` follows."""
        if self.mnist is not None:
            self.testSetLoaded.emit(self.mnist)
            return
        if self._mnist_loading:
            return
        self._mnist_loading = True
        self._workers.append(run_in_thread(
            load_mnist_here, self, self._on_mnist, self._on_mnist_failed, "mnist-loader"))

    def _on_mnist(self, mnist: object) -> None:
        self.mnist, self._mnist_loading = mnist, False
        self.testSetLoaded.emit(mnist)

    def _on_mnist_failed(self, message: str) -> None:
        self._mnist_loading = False
        self.warning.emit(self.tr("MNIST could not be loaded"), message)

    # ---------------------------------------------------------------- drawings

    @property
    def drawings(self) -> object:
        """The person's saved drawings (model.drawings.store.SampleStore), opened on first use.

        Raises:
            SampleStoreError: If the store cannot be opened at all.
        """
        if self._drawings is None:
            from model.drawings import SampleStore

            self._drawings = SampleStore(self.data_dir / "samples.sqlite3")
            if self._drawings.recovered_from is not None:
                self.warning.emit(
                    self.tr("Saved drawings database was damaged"),
                    self.tr("It was kept aside as %1; %n drawing(s) were recovered into a new "
                            "one.", "", self._drawings.salvaged).replace(
                        "%1", str(self._drawings.recovered_from)))
            elif self._drawings.read_only:
                self.warning.emit(self.tr("Your drawings cannot be saved"),
                                  drawings_error(self._drawings.problem))
            self.purge_deleted_drawings()  # left from a session that ended abruptly
        return self._drawings

    def purge_deleted_drawings(self) -> None:
        """Remove deleted drawings for good (nothing can bring them back any more)."""
        from model.drawings import SampleStoreError

        if self._drawings is None or self._drawings.read_only:
            return
        try:
            self._drawings.purge_deleted()
        except SampleStoreError as exc:
            log.warning("deleted drawings not purged: %s", exc)

    def training_drawings(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The person's saved drawings as training arrays, or None when there are none."""
        numbered = self.numbered_drawings()
        return None if numbered is None else numbered[1:]

    def numbered_drawings(self) -> tuple[list[int], np.ndarray, np.ndarray] | None:
        """The saved drawings' ids, images and labels (as ``training_drawings``), or None."""
        from model.drawings import SampleStoreError

        try:
            ids, images, labels = self.drawings.numbered_arrays()
        except SampleStoreError as exc:
            log.warning("drawings not used for training: %s", exc)
            return None
        return (ids, images, labels) if len(labels) else None

    def run(self, fn: object, on_returned: object, on_errored: object, name: str) -> None:
        """Run ``fn`` in a thread; the callbacks run in the GUI thread (waited for at close)."""
        self._workers = [w for w in self._workers if not w.is_finished()]
        self._workers.append(run_in_thread(fn, self, on_returned, on_errored, name))

    # ------------------------------------------------------------------- close

    def close(self) -> None:
        """Wait for the background jobs and purge deleted drawings (at the window's close)."""
        self._search.stop()
        for worker in self._workers:
            worker.wait()
        self.purge_deleted_drawings()
        self.store.purge_trash()  # deleted models: Undo was offered during the session
