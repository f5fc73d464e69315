"""Confusion matrix and per-class accuracy (NumPy only, so the UI can use them cheaply)."""

from __future__ import annotations

import numpy as np

NUM_CLASSES = 10


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """10x10 counts: row = true digit, column = predicted digit."""
    matrix = np.zeros((NUM_CLASSES, NUM_CLASSES), dtype=np.int64)
    np.add.at(matrix, (np.asarray(labels, np.int64), np.asarray(predicted, np.int64)), 1)
    return matrix


def per_class_accuracy(matrix: np.ndarray) -> np.ndarray:
    """Recall of each digit from a confusion matrix (nan for a digit with no images)."""
    totals = matrix.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.diag(matrix) / totals


def class_report(labels: np.ndarray, predicted: np.ndarray) -> dict:
    """Accuracy, per-class accuracy and confusion matrix as plain Python values."""
    matrix = confusion_matrix(labels, predicted)
    return {
        "accuracy": float(np.mean(np.asarray(predicted) == np.asarray(labels))),
        "per_class": [float(a) for a in per_class_accuracy(matrix)],
        "confusion": matrix.tolist(),
        "count": int(len(labels)),
    }
