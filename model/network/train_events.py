"""Training progress events, and the JSON-lines protocol that carries them between processes.

No TensorFlow here: the window's process reads these events from the trainer
process (``main.py train --events``) and must never import TensorFlow.

The protocol, one JSON object per line on the trainer's standard output, each
with an ``"event"`` key:

    started    kind ("retrain" | "fine-tune"), pid
    status     phase ("loading" | "preparing" | "training" | "saving"), message
    progress   step, total_steps, epoch, epochs, loss, images_per_s
    epoch      epoch, epochs, test_accuracy, train_loss, seconds
    snapshot   step, path (an .npz of the weights, written atomically; the reader deletes it)
    finished   checkpoint (folder), test_accuracy, own_accuracy (or null), seconds,
               compared (with --compare-with: both models on the same held-out digits, or null)
    failed     reason (one paragraph for a person, in English), code (for the window to say
               it in its language: see cli.train.describe), and the code's values
    cancelled  step

The trainer reads its standard input: a line ``cancel`` (or the end of the
input, when the app has gone) stops the run before its next step.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np

EVENTS = ("started", "status", "progress", "epoch", "snapshot", "finished", "failed", "cancelled")
ENDINGS = ("finished", "failed", "cancelled")  # a run ends with exactly one of these


@dataclass(frozen=True)
class Preparing:
    """Work before the first step that can take a while (e.g. generating data)."""

    message: str


@dataclass(frozen=True)
class Step:
    """One training step done."""

    step: int
    total_steps: int
    epoch: int
    epochs: int
    loss: float
    images_per_second: float


@dataclass(frozen=True)
class EpochEnd:
    """An epoch done, with the test accuracy after it."""

    epoch: int
    epochs: int
    test_accuracy: float
    train_loss: float
    seconds: float


@dataclass(frozen=True)
class Cancelled:
    """The run stopped at the cancel flag; nothing was produced."""

    step: int


@dataclass(frozen=True)
class Snapshot:
    """A copy of the weights taken between steps, for watching the network learn."""

    step: int
    params: dict[str, np.ndarray]  # keyed like ConvNet.get_numpy(); never the live variables


def _finite(value: float) -> float | None:
    """JSON has no NaN: a value that is not finite travels as null."""
    return value if math.isfinite(value) else None


def encode(event: str, **fields: object) -> str:
    """One protocol line (without the newline)."""
    if event not in EVENTS:
        raise ValueError(f"unknown event {event!r}")
    clean = {k: _finite(v) if isinstance(v, float) else v for k, v in fields.items()}
    return json.dumps({"event": event, **clean}, separators=(",", ":"))


def decode(line: bytes | str) -> dict | None:
    """The event in one line, or None for a line that is not one (e.g. a library's chatter)."""
    try:
        message = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(message, dict) or message.get("event") not in EVENTS:
        return None
    return message


def step_from(message: dict) -> Step:
    """A progress message as the Step the panels show."""
    return Step(int(message["step"]), int(message["total_steps"]), int(message["epoch"]),
                int(message["epochs"]), _number(message["loss"]),
                _number(message["images_per_s"]))


def epoch_from(message: dict) -> EpochEnd:
    """An epoch message as an EpochEnd."""
    return EpochEnd(int(message["epoch"]), int(message["epochs"]),
                    _number(message["test_accuracy"]), _number(message["train_loss"]),
                    _number(message["seconds"]))


def _number(value: object) -> float:
    return float("nan") if value is None else float(value)


def write_snapshot(folder: Path, snapshot: Snapshot) -> Path:
    """Save a snapshot's weights as ``snapshot-<step>.npz``, whole or not at all."""
    path = folder / f"snapshot-{snapshot.step:07d}.npz"
    staging = folder / f".{path.stem}-{uuid.uuid4().hex[:6]}.npz"
    np.savez(staging, **snapshot.params)
    os.replace(staging, path)
    return path


def read_snapshot(message: dict) -> Snapshot:
    """Load the weights a snapshot message points at, then delete the file."""
    path = Path(message["path"])
    try:
        with np.load(path) as data:
            params = {key: data[key] for key in data.files}
    finally:
        path.unlink(missing_ok=True)
    return Snapshot(int(message["step"]), params)


class EventWriter:
    """Writes protocol lines to a stream (the trainer's stdout), one flush per line."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stdout
        self._lock = threading.Lock()

    def __call__(self, event: str, **fields: object) -> None:
        """Write one event."""
        line = encode(event, **fields)
        with self._lock:
            self.stream.write(line + "\n")
            self.stream.flush()


def listen_for_cancel(stream: IO[str], cancel: threading.Event) -> threading.Thread:
    """Set ``cancel`` when ``stream`` says ``cancel`` or ends (the app went away)."""

    def listen() -> None:
        for line in stream:
            if line.strip() == "cancel":
                break
        cancel.set()

    thread = threading.Thread(target=listen, name="cancel-listener", daemon=True)
    thread.start()
    return thread
