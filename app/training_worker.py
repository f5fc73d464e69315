"""Runs model.train's generator in a QThread and turns its events into signals.

The worker never touches widgets. Cancel is cooperative: a threading.Event that
the training loop checks before every step. The checkpoint is written in the
worker thread, and the new network is handed to the UI only after it is on disk.
"""

from __future__ import annotations

import functools
import gc
import logging
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainingJob:
    """What to train: a recipe, where to start from, where to save, extra samples."""

    config: object  # model.train.TrainConfig (TensorFlow is imported in the worker thread)
    checkpoint_dir: Path
    start_from: object | None = None  # model.convnet.ConvNet to fine-tune, or None
    data_dir: Path | None = None
    extra: tuple[np.ndarray, np.ndarray] | None = None
    mnist: object | None = None  # model.data.Mnist already loaded (loading is GIL-heavy)
    keep: int = 5
    snapshot_every: int | None = None  # steps between weight snapshots (None: none)


@dataclass(frozen=True)
class TrainingResult:
    """A finished run: the new network, its metadata and its checkpoint folder."""

    model: object
    metadata: dict
    path: Path
    own_accuracy: float | None = None


class TrainingWorker(QObject):
    """Trains in whatever thread it is moved to; talks only through signals."""

    status = Signal(str)  # "Loading MNIST from ...", "Saving checkpoint..."
    dataLoaded = Signal(object)  # model.data.Mnist, so the next run can skip loading
    step = Signal(object)  # model.train.Step
    epochEnded = Signal(object)  # model.train.EpochEnd
    snapshot = Signal(object)  # model.train.Snapshot: numpy copies of the weights
    succeeded = Signal(object)  # TrainingResult
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()  # always last, whatever happened

    def __init__(self, job: TrainingJob) -> None:
        super().__init__()
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the loop to stop before its next step (safe from any thread)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Load data, train, save; report through signals."""
        try:
            self._run()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the UI, not kill the app
            log.error("training failed:\n%s", traceback.format_exc())
            self.failed.emit(_describe(exc))
        finally:
            self.done.emit()

    def _run(self) -> None:
        from model.data import load_mnist
        from model.train import Cancelled, EpochEnd, Finished, Preparing, Snapshot, Step, train

        freeze_long_lived_objects()
        job = self.job
        mnist = job.mnist
        if mnist is None:
            mnist = load_mnist(job.data_dir, on_source=self._announce_source)
            self.dataLoaded.emit(mnist)
        if self._cancel.is_set():
            self.cancelled.emit()
            return
        self.status.emit("Training...")
        events = train(job.config, mnist, job.start_from, self._cancel, job.extra,
                       snapshot_every=job.snapshot_every)
        for event in events:
            if isinstance(event, Step):
                self.step.emit(event)
            elif isinstance(event, Preparing):
                self.status.emit(event.message + "...")
            elif isinstance(event, Snapshot):
                self.snapshot.emit(event)
            elif isinstance(event, EpochEnd):
                self.epochEnded.emit(event)
            elif isinstance(event, Cancelled):
                self.cancelled.emit()
            elif isinstance(event, Finished):
                self.succeeded.emit(self._save(event, mnist.source))

    def _announce_source(self, description: str) -> None:
        self.status.emit(f"Loading MNIST: {description}")

    def _save(self, finished: object, source: str) -> TrainingResult:
        from model.checkpoints import CheckpointStore
        from model.evaluate import accuracy
        from model.train import metadata_for

        job = self.job
        own = None
        if job.extra is not None and len(job.extra[1]):
            own = accuracy(finished.model, job.extra[0], job.extra[1])
        self.status.emit("Saving checkpoint...")
        metadata = metadata_for(
            finished, data=source, samples=0 if job.extra is None else len(job.extra[1]),
            fine_tuned=job.start_from is not None, own_accuracy=own,
        )
        store = CheckpointStore(job.checkpoint_dir, keep=job.keep)
        path = store.save(finished.model, metadata, finished.optimizer)
        return TrainingResult(finished.model, metadata, path, own)


@functools.cache
def freeze_long_lived_objects() -> None:
    """Once, when TensorFlow has just been imported: keep its objects out of collections.

    TensorFlow's many long-lived objects would make every full collection stall
    the window; frozen, they are skipped. Only once, after a collection: what
    is frozen is never collected again, so freezing at every run would keep
    each finished run's cyclic garbage (traced graphs, the old network) for good.
    """
    gc.collect()
    gc.freeze()


def _describe(exc: BaseException) -> str:
    """A one-paragraph message for the person, not a traceback."""
    name = type(exc).__name__
    if isinstance(exc, MemoryError) or "ResourceExhausted" in name:
        return "Training ran out of memory. Try a smaller batch size."
    if isinstance(exc, OSError) and exc.errno == 28:
        return f"The disk is full: the checkpoint could not be saved ({exc})."
    return f"{exc}" if str(exc) else name


class TrainingController(QObject):
    """Owns at most one training thread; starts, cancels and waits for it.

    The worker's signals are re-emitted by the controller (in the GUI thread).
    Listeners connect to the controller once; each worker is wired to it before
    its thread starts, so not even a run that fails at once goes unheard.
    """

    started = Signal()
    finished = Signal()  # the thread has ended (after succeeded/cancelled/failed)
    status = Signal(str)
    dataLoaded = Signal(object)  # noqa: N815 - Qt signal naming, as on the worker
    step = Signal(object)
    epochEnded = Signal(object)  # noqa: N815
    snapshot = Signal(object)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self.worker: TrainingWorker | None = None

    def is_running(self) -> bool:
        """True from start() until the thread has finished."""
        return self._thread is not None

    def start(self, job: TrainingJob) -> TrainingWorker | None:
        """Start a run; returns None (and does nothing) if one is already running."""
        if self.is_running():
            return None
        thread = QThread()
        thread.setObjectName("training")
        worker = TrainingWorker(job)
        worker.moveToThread(thread)
        for name in ("status", "dataLoaded", "step", "epochEnded", "snapshot", "succeeded",
                     "cancelled", "failed"):
            getattr(worker, name).connect(getattr(self, name))  # queued to the GUI thread
        thread.started.connect(worker.run)
        # Direct: quit() must run even while the GUI thread is blocked in stop_and_wait().
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self.worker = thread, worker
        thread.start(QThread.Priority.LowPriority)
        self.started.emit()
        return worker

    def cancel(self) -> None:
        """Ask the running worker to stop."""
        if self.worker is not None:
            self.worker.cancel()

    def stop_and_wait(self, timeout_ms: int = 60_000) -> bool:
        """Cancel and block until the thread has ended (used when closing the window)."""
        thread = self._thread
        if thread is None:
            return True
        self.cancel()
        ended = thread.wait(timeout_ms)
        if ended:
            self._on_thread_finished()
        return ended

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is None:
            return
        self._thread.deleteLater()
        # Not worker.deleteLater(): the worker lives in the thread, which has ended, so a
        # deferred delete would never run and the worker, its job and the network it started
        # from would stay for good. Python owns it: the last reference going deletes it here.
        self._thread, self.worker = None, None
        self.finished.emit()
