"""One stored drawing and what a drawing must be: the checks shared by the store and import."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SIDE = 28
MAX_DRAWING_BYTES = 8 * 1024 * 1024
"""A drawing PNG larger than this is refused by :meth:`SampleStore.add`."""

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

NOT_A_DIGIT = -1
"""The label of a drawing that is not a digit: the training set's own label for
non-digits (``model.synthetic.training_set.NOT_A_DIGIT``), trained toward flat
probabilities."""
LABELS = (NOT_A_DIGIT, *range(10))


class SampleStoreError(OSError):
    """The store cannot do what was asked (read-only, disk full, bad archive...).

    The message is meant for the person; the store's previous state is intact.
    A subclass of OSError, so code that reports file errors reports these too.

    Attributes:
        reason: Why, as a stable code the window says in its language ("read-only",
            "disk-full", "busy", "cannot-open", "newer-version", "cannot-move-aside",
            "no-folder"; export and import: "cannot-export", "cannot-write-archive",
            "not-a-folder", "not-a-zip", "cannot-read-archive", "not-found",
            "too-many-files", "archive-too-large"), or None (then only the English
            message says it).
        doing: What failed, in the words of :func:`describe` ("save the drawing"...).
        path: The file or folder concerned, or None.
        detail: What the system said, or the limit passed, when there is one.
    """

    def __init__(self, message: str, reason: str | None = None, doing: str | None = None,
                 path: Path | None = None, detail: object = None) -> None:
        """The English message (command line, log) and its parts for the window."""
        super().__init__(message)
        self.reason, self.doing, self.path, self.detail = reason, doing, path, detail



@dataclass(frozen=True, eq=False)
class Sample:
    """One stored drawing (its PNG is read on demand with :meth:`SampleStore.drawing`).

    Attributes:
        id: Row id; never reused, even after a purge.
        label: The digit the person says it is, or NOT_A_DIGIT.
        predicted: The digit the network had predicted, or None.
        created: When it was stored, ISO 8601 in UTC.
        image: The network input, uint8 (28, 28), white ink on black (read-only).
        has_drawing: Whether the original drawing was stored.
    """

    id: int
    label: int
    predicted: int | None
    created: str
    image: np.ndarray
    has_drawing: bool = False




def now_iso() -> str:
    """The current time, ISO 8601 in UTC with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def to_uint8_input(network_input: np.ndarray) -> np.ndarray:
    """Validate a network input and return it as uint8 (28, 28).

    Args:
        network_input: uint8 (28, 28), or a float (28, 28) array in [0, 1].

    Returns:
        A C-contiguous uint8 copy; floats become ``round(x * 255)``.

    Raises:
        ValueError: Wrong shape or dtype, or floats outside [0, 1] or not finite.
    """
    array = np.asarray(network_input)
    if array.shape != (SIDE, SIDE):
        raise ValueError(f"a sample must be a {SIDE}x{SIDE} array, not shape {array.shape}")
    if array.dtype == np.uint8:
        return np.array(array, dtype=np.uint8, order="C")
    if not np.issubdtype(array.dtype, np.floating):
        raise ValueError(f"a sample must be uint8 or float in [0, 1], not {array.dtype}")
    if not np.all(np.isfinite(array)) or array.min() < 0.0 or array.max() > 1.0:
        raise ValueError("a float sample must hold finite values in [0, 1]")
    return np.rint(array.astype(np.float64) * 255.0).astype(np.uint8)


def check_digit(value: object, what: str) -> int:
    """The value as an int when it is a digit 0-9, else ValueError naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or not 0 <= value <= 9:
        raise ValueError(f"{what} must be a digit 0-9, not {value!r}")
    return int(value)


def check_label(value: object, what: str) -> int:
    """The value as an int when it is a label (a digit 0-9 or NOT_A_DIGIT), else ValueError."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value not in LABELS:
        raise ValueError(f"{what} must be a digit 0-9 or {NOT_A_DIGIT} (not a digit), "
                         f"not {value!r}")
    return int(value)


def check_training_arrays(images: object, labels: object) -> tuple[np.ndarray, np.ndarray]:
    """Labelled drawings for training, checked: uint8 (N, 28, 28) and int32 labels in LABELS.

    Raises:
        ValueError: What is wrong, in words (the trainer says it as its failure).
    """
    images, labels = np.asarray(images), np.asarray(labels)
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (SIDE, SIDE):
        raise ValueError(f"the drawings must be uint8 images of {SIDE}x{SIDE}, not "
                         f"{images.dtype} {images.shape}")
    if labels.shape != (len(images),) or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"the drawings need one whole-number label each, not "
                         f"{labels.dtype} {labels.shape} for {len(images)} images")
    bad = sorted({int(v) for v in labels.tolist()} - set(LABELS))
    if bad:
        raise ValueError(f"the drawings' labels must be digits 0-9 or {NOT_A_DIGIT} "
                         f"(not a digit), not {bad[:5]}")
    return images, labels.astype(np.int32)


def check_drawing(drawing_png: bytes | None) -> bytes | None:
    """The drawing's PNG bytes, checked (a PNG, not too large), or None."""
    if drawing_png is None:
        return None
    if not isinstance(drawing_png, bytes | bytearray | memoryview):
        raise ValueError(f"the drawing must be PNG bytes, not {type(drawing_png).__name__}")
    data = bytes(drawing_png)
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("the drawing is not a PNG image")
    if len(data) > MAX_DRAWING_BYTES:
        raise ValueError(f"the drawing is larger than {MAX_DRAWING_BYTES // 2**20} MB")
    return data


# SQLite's result codes -> (stable code, the English words for them).
_REASONS = {sqlite3.SQLITE_READONLY: ("read-only", "the database or its folder is read-only"),
            sqlite3.SQLITE_FULL: ("disk-full", "the disk is full"),
            sqlite3.SQLITE_BUSY: ("busy", "another program is using the database"),
            sqlite3.SQLITE_LOCKED: ("busy", "another program is using the database"),
            sqlite3.SQLITE_CANTOPEN: ("cannot-open", "the file cannot be opened")}


def describe(exc: sqlite3.Error, doing: str, path: Path, change: bool = True,
             kind: type[SampleStoreError] = SampleStoreError) -> SampleStoreError:
    """The error to raise for a failed database operation (``kind``, a SampleStoreError)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    reason, words = _REASONS.get(code, (None, str(exc)))
    return kind(f"Cannot {doing}: {words} ({path})." + (" Nothing was changed." if change else ""),
                reason, doing, path)


def row_to_sample(row: tuple) -> Sample:
    """A Sample from a row (id, label, image, has drawing, created, predicted)."""
    sample_id, label, image, has_drawing, created, predicted = row
    array = np.frombuffer(image, dtype=np.uint8).reshape(SIDE, SIDE)
    return Sample(sample_id, label, predicted, created, array, bool(has_drawing))
