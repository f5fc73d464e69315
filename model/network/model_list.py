"""Every model a person has, with the facts to compare them: the Models window and ``models``.

Read from each checkpoint's metadata (checked: a damaged field shows as
unknown) without loading weights, except for the accuracy on the person's
drawings, which runs the NumPy network (:func:`drawings_accuracy`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from model.network.calibration import answers
from model.network.checkpoint_metadata import check_metadata
from model.network.checkpoints import (
    BUNDLED,
    BUNDLED_DIR,
    METADATA,
    CheckpointStore,
    load_for_serving,
    read_metadata,
)
from model.network.decision import RejectRule, softmax
from model.network.errors import CheckpointError
from model.network.numpy_net import NumpyNet

if TYPE_CHECKING:
    from model.network.classifier import Classifier


@dataclass(frozen=True)
class ModelFacts:
    """One model as the Models window and ``models`` show it."""

    path: Path
    id: str  # the folder's name, or "bundled"
    name: str  # the name the person gave it ("" if none)
    date: str
    kind: str  # "retrain", "fine-tune" or "bundled"
    recipe: dict
    train_seconds: float | None
    test_accuracy: float | None
    refused: float | None  # share of held-out digits called not a digit
    calibration_error: float | None  # expected calibration error after calibration
    pinned: bool
    in_use: bool
    history: list[dict] = field(default_factory=list)
    comparison: dict | None = None
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """The facts as plain JSON values (``models --json``)."""
        return {**asdict(self), "path": str(self.path)}


def kind_of(metadata: dict) -> str:
    """A kept model's kind, "retrain" or "fine-tune" (older metadata: told from fine_tuned)."""
    return metadata.get("kind", "fine-tune" if metadata.get("fine_tuned") else "retrain")


def facts_of(folder: Path, in_use: bool = False) -> ModelFacts:
    """The facts of one checkpoint folder.

    Raises:
        CheckpointError: its metadata is unusable (no hidden width, not JSON...).
    """
    metadata, warnings = check_metadata(read_metadata(folder), folder / METADATA)
    bundled = folder == BUNDLED_DIR
    calibration = metadata.get("calibration", {})
    kind = "bundled" if bundled else kind_of(metadata)
    return ModelFacts(
        folder, BUNDLED if bundled else folder.name, metadata.get("name", ""),
        metadata.get("date", ""), kind, metadata.get("recipe", {}),
        metadata.get("train_seconds"), metadata.get("test_accuracy"),
        calibration.get("rejected"), calibration.get("ece"),
        metadata.get("pinned") is True, in_use, metadata.get("history", []),
        metadata.get("comparison"), warnings)


def in_use_path(store: CheckpointStore) -> Path:
    """The model in use as :func:`load_in_use` finds it, without loading weights."""
    chosen = store.chosen()
    if chosen is not None and store.path_of(chosen).is_dir():
        return store.path_of(chosen)
    for folder in store.checkpoints():
        try:
            read_metadata(folder)
        except CheckpointError:
            continue
        return folder
    return BUNDLED_DIR


def list_models(root: str | os.PathLike[str], in_use: Path | None = None) -> list[ModelFacts]:
    """Every model in the store, newest first, then the bundled one; unreadable ones left out.

    ``in_use`` marks the model in use (default: as :func:`in_use_path` finds it).
    """
    return listing(root, in_use)[0]


def listing(root: str | os.PathLike[str], in_use: Path | None = None
            ) -> tuple[list[ModelFacts], list[str]]:
    """``list_models``, and the folder names of the checkpoints left out (unreadable)."""
    store = CheckpointStore(root)
    in_use = in_use_path(store) if in_use is None else in_use
    found, unreadable = [], []
    for folder in [*store.checkpoints(), BUNDLED_DIR]:
        try:
            found.append(facts_of(folder, folder == in_use))
        except CheckpointError:
            unreadable.append(folder.name)
    return found, unreadable


def find(models: list[ModelFacts], key: str) -> ModelFacts:
    """The model a person named: its id ("bundled", a folder name) or the name they gave it.

    Raises:
        CheckpointError: no model, or more than one, answers to ``key``.
    """
    matches = [m for m in models if key in (m.id, m.name)] or [
        m for m in models if m.id.startswith(key)]
    if len(matches) != 1:
        what = "no model" if not matches else f"{len(matches)} models"
        raise CheckpointError(f"{what} called {key!r} (see the list: models)")
    return matches[0]


def drawings_accuracy(folder: Path, images: np.ndarray, labels: np.ndarray) -> float | None:
    """The share of the person's drawings the model answers right (NumPy), None with none.

    Answered as the app answers: one taught as not a digit is right when refused.
    """
    if not len(labels):
        return None
    loaded = load_for_serving(folder, tensorflow=False)
    logits = NumpyNet(loaded.model).logits(images)
    return float(np.mean(answers(logits, RejectRule.from_metadata(loaded.metadata)) == labels))


@dataclass(frozen=True)
class Disagreements:
    """Where two models give different answers on a set of images."""

    indices: np.ndarray  # the images they disagree on
    probabilities_a: np.ndarray  # (len(indices), 10), calibrated, model A
    probabilities_b: np.ndarray
    said_a: np.ndarray  # (len(indices),) what each answers there: a digit, or -1 (not a digit)
    said_b: np.ndarray
    right_a: int  # of all the images, how many each reads right (a refusal is wrong)
    right_b: int
    total: int
    guessed_a: int = 0  # how many each one's best guess gets right (the Models table's count)
    guessed_b: int = 0


def disagreements(a: Classifier, b: Classifier, images: np.ndarray, labels: np.ndarray,
                  chunk: int = 500) -> Iterator[float]:
    """Both models on every image (NumPy); yields the share done, returns Disagreements."""
    found, probs_a, probs_b, said = [], [], [], []
    right_a = right_b = guessed_a = guessed_b = 0
    for start in range(0, len(labels), chunk):
        la, lb = (c.logits_batch(images[start:start + chunk]) for c in (a, b))
        said_a, said_b = answers(la, a.rule), answers(lb, b.rule)  # a refusal is an answer too
        truth = labels[start:start + chunk]
        right_a += int(np.sum(said_a == truth))
        right_b += int(np.sum(said_b == truth))
        guessed_a += int(np.sum(la.argmax(axis=1) == truth))
        guessed_b += int(np.sum(lb.argmax(axis=1) == truth))
        differ = np.flatnonzero(said_a != said_b)
        found.append(differ + start)
        probs_a.append(softmax(la[differ], a.rule.temperature))
        probs_b.append(softmax(lb[differ], b.rule.temperature))
        said.append(np.stack([said_a[differ], said_b[differ]]))
        yield min(1.0, (start + chunk) / len(labels))
    empty = np.zeros((0, 10), np.float32)
    answered = np.concatenate(said, axis=1) if said else np.zeros((2, 0), np.int64)
    return Disagreements(np.concatenate(found) if found else np.zeros(0, np.int64),
                         np.concatenate(probs_a) if probs_a else empty,
                         np.concatenate(probs_b) if probs_b else empty,
                         *answered, right_a, right_b, len(labels), guessed_a, guessed_b)
