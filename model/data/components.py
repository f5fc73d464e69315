"""Connected components of a boolean image, found as labelled horizontal runs.

NumPy only (no SciPy): a drawing's or an opened image's ink components for
:mod:`model.data.segment`.
"""

from __future__ import annotations

import numpy as np


def shrink(mask: np.ndarray, factor: int) -> np.ndarray:
    """Block-wise 'any ink' at 1/factor of the resolution."""
    height, width = mask.shape
    pad = np.zeros((-(-height // factor) * factor, -(-width // factor) * factor), dtype=bool)
    pad[:height, :width] = mask
    blocks = pad.reshape(pad.shape[0] // factor, factor, pad.shape[1] // factor, factor)
    return blocks.any(axis=(1, 3))


def label_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """8-connected components of a boolean image, as labelled horizontal runs.

    Args:
        mask: A 2-D boolean image.

    Returns:
        rows, starts, ends (exclusive) and labels of the runs of True, in
        row-major order; labels are 0..n-1, numbered in order of first run.
    """
    height, width = mask.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1)
    rows, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)
    if rows.size == 0:
        return rows, starts, ends, rows
    stride = width + 3
    key_start, key_end = rows * stride + starts, rows * stride + ends
    # The runs of the row above that touch run b (8-connected) are contiguous.
    low = np.searchsorted(key_end, (rows - 1) * stride + starts, side="left")
    high = np.searchsorted(key_start, (rows - 1) * stride + ends, side="right")
    count = np.maximum(high - low, 0)
    below = np.repeat(np.arange(rows.size), count)
    above = np.repeat(low, count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count,
                                                                        count))
    return rows, starts, ends, union(rows.size, above, below)


def encloses(mask: np.ndarray, area: float) -> bool:
    """Whether the ink of ``mask`` closes round a hole of at least ``area`` pixels (a loop).

    The paper is labelled 8-connected, as ink is: ink is thickened by a pixel down and
    right first, or paper would pass between two ink pixels that touch at a corner.
    """
    ink = np.zeros((mask.shape[0] + 4, mask.shape[1] + 4), dtype=bool)
    ink[2:-2, 2:-2] = mask
    thick = ink.copy()
    thick[1:] |= ink[:-1]
    thick[:, 1:] |= ink[:, :-1]
    thick[1:, 1:] |= ink[:-1, :-1]
    rows, starts, ends, labels = label_runs(~thick)
    sizes = np.bincount(labels, weights=ends - starts)
    sizes[labels[0]] = 0  # round the ink: its first run is the padding's top row
    return bool(sizes.max() >= area)


def run_boxes(rows: np.ndarray, starts: np.ndarray, ends: np.ndarray, labels: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each component's box (``label_runs``): top, bottom (inclusive), left, right (exclusive)."""
    count = labels.max() + 1
    top, bottom = np.full(count, rows.max()), np.zeros(count, dtype=int)
    left, right = np.full(count, ends.max()), np.zeros(count, dtype=int)
    np.minimum.at(top, labels, rows)
    np.maximum.at(bottom, labels, rows)
    np.minimum.at(left, labels, starts)
    np.maximum.at(right, labels, ends)
    return top, bottom, left, right


def union(count: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected components of a graph on 0..count-1: min-label hooking and jumping."""
    labels = np.arange(count)
    while True:
        la, lb = labels[a], labels[b]
        if np.array_equal(la, lb):
            break
        low = np.minimum(la, lb)
        np.minimum.at(labels, la, low)
        np.minimum.at(labels, lb, low)
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
    _, dense = np.unique(labels, return_inverse=True)
    return dense.reshape(-1)


def paint_runs(shape: tuple[int, int], rows: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                labels: np.ndarray) -> np.ndarray:
    """An image holding each run's label on its pixels, -1 elsewhere."""
    owner = np.full(shape, -1, dtype=np.int32)
    lengths = ends - starts
    offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    owner[np.repeat(rows, lengths), np.repeat(starts, lengths) + offsets] = np.repeat(
        labels, lengths)
    return owner
