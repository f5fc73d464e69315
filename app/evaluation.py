"""The model's answers on the MNIST test set, in NumPy (no Qt, no TensorFlow).

The evaluation of every test image (batched, cancellable between batches),
the explorer's filters (mistakes, refused, low confidence, a digit, a matrix
cell) and the validation of a test set handed in. The predicted digit is the
most likely one (the confusion matrix and the accuracy are MNIST's usual
ones); "refused" marks the images the app itself would call not a digit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from model.network.calibration import rejected
from model.network.decision import softmax
from model.network.metrics import confusion_matrix

if TYPE_CHECKING:
    from model.network.classifier import Classifier

NUM_CLASSES = 10
LOW_CONFIDENCE = 0.6  # "low confidence": the top probability is below this
EVAL_BATCH = 1000  # images per predict_batch call; cancellation is checked between batches
# The tutorial's three telling examples: a confident 9, a doubtful 8, a 6 read as 0.
TELLING_EXAMPLES = (1000, 3062, 259)
FILTER_KINDS = ("all", "mistakes", "refused", "low_confidence", "true", "predicted", "pair")
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
        refused: (N,) bool: the app would answer "not a digit" (its decision rule).
        job: The refresh this answers (later refreshes supersede it).
    """

    probabilities: np.ndarray
    predicted: np.ndarray
    confidence: np.ndarray
    matrix: np.ndarray
    refused: np.ndarray
    job: int = 0

    @classmethod
    def from_probabilities(cls, probabilities: np.ndarray, labels: np.ndarray,
                           job: int = 0, refused: np.ndarray | None = None) -> Evaluation:
        """Derive predictions, confidences and the confusion matrix (nothing refused if None)."""
        probabilities = np.asarray(probabilities, dtype=np.float32)
        predicted = probabilities.argmax(axis=1).astype(np.int64)
        matrix = confusion_matrix(labels, predicted)
        confidence = probabilities.max(axis=1) if len(probabilities) else np.zeros(0, np.float32)
        refused = (np.zeros(len(predicted), bool) if refused is None
                   else np.asarray(refused, bool))
        return cls(probabilities, predicted, confidence, matrix, refused, job)

    @property
    def accuracy(self) -> float:
        """Fraction of images whose predicted digit is the true one."""
        total = int(self.matrix.sum())
        return float(np.trace(self.matrix)) / total if total else float("nan")


def evaluate(classifier: Classifier, images: np.ndarray, labels: np.ndarray,
             cancelled: Callable[[], bool] = lambda: False, batch_size: int = EVAL_BATCH,
             job: int = 0) -> Evaluation | None:
    """Predict every image in batches; return None if ``cancelled()`` turns true."""
    rule = classifier.rule  # the served rule now: a swap starts a new evaluation anyway
    parts = []
    for start in range(0, len(images), batch_size):
        if cancelled():
            return None
        parts.append(np.asarray(classifier.logits_batch(images[start:start + batch_size])))
    logits = np.concatenate(parts) if parts else np.zeros((0, NUM_CLASSES), np.float32)
    return Evaluation.from_probabilities(softmax(logits, rule.temperature), labels, job,
                                         rejected(logits, rule))


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
    if kind == "refused":
        return np.flatnonzero(evaluation.refused)
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
