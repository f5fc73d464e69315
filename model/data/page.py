"""The sheet of paper in an opened image: a photo of a page on a desk, a scan that missed the bed.

Outside the sheet is neither paper nor ink: a dark desk around a page made
the page itself look like the ink (light on a dark background), and the dark
edge of a scanner's bed along a side of a scan was one more mark beside the
digit. Only for opened images (:func:`model.data.preprocess.to_gray_ink` with
``photo``); a canvas is all paper.
"""

from __future__ import annotations

import numpy as np

from model.data.components import label_runs, paint_runs

MIN_SIDE = 100  # smaller: a crop of one digit, never a photo of a page
WORK_SIDE = 200  # the page is looked for at this size: its edges, not its strokes
MIN_CONTRAST = 0.25  # the sheet is at least this much brighter than what is around it
MIN_SHARE = 0.2  # of the image: a sheet photographed to be read, not a chalk stroke
SQUARE = 0.9  # of the smallest rectangle around it: a sheet's edges are straight
WRITTEN = 0.003  # of the sheet is dark: something is written on it
MIN_MARGIN = 0.02  # of a side: less left out, and the sheet fills the image
DARK_BORDER = 0.9  # share of the image's edge beside the sheet that is the desk
SHARP = 0.15  # of the contrast: the desk is as dark beside the sheet as at the image's edge
INSET_PX = 2  # at the working size: the sheet's edge is blurred or shaded


def _threshold(values: np.ndarray) -> tuple[float, float, float]:
    """Otsu's threshold between the dark and the bright, and the two means."""
    counts, edges = np.histogram(values, bins=64, range=(0.0, 1.0))
    centres = (edges[:-1] + edges[1:]) / 2
    dark = np.cumsum(counts)[:-1]
    bright = counts.sum() - dark
    mass = np.cumsum(counts * centres)[:-1]
    valid = (dark > 0) & (bright > 0)
    if not valid.any():
        return 1.0, 0.0, 0.0
    dark_mean = mass / np.maximum(dark, 1)
    bright_mean = (float(np.sum(counts * centres)) - mass) / np.maximum(bright, 1)
    between = np.where(valid, dark * bright * (bright_mean - dark_mean) ** 2, -1.0)
    best = int(np.argmax(between))
    return float(edges[best + 1]), float(dark_mean[best]), float(bright_mean[best])


def sheet_mask(gray: np.ndarray) -> np.ndarray | None:
    """Where the sheet of paper is, when the image shows more than the sheet.

    The sheet is the largest bright region, with the desk (dark) along every
    edge of the image it does not reach and a sharp edge between them; the
    sheet's mask is everything but the dark that reaches the image's edge, so a
    digit on the sheet is part of it and a sheet lying askew leaves the desk out.

    Args:
        gray: Brightness in [0, 1], 2-D.

    Returns:
        A boolean mask of the image's shape, a little inside the sheet's edges;
        None when the image is all sheet (a scan, a crop, a canvas, a photo
        with a shadow) or shows no sheet.
    """
    height, width = gray.shape
    if max(height, width) < MIN_SIDE:
        return None
    step = max(1, int(np.ceil(max(height, width) / WORK_SIDE)))
    small = gray[::step, ::step]
    threshold, dark_mean, bright_mean = _threshold(small)
    if bright_mean - dark_mean < MIN_CONTRAST:
        return None
    bright = small > threshold
    rows, starts, ends, labels = label_runs(bright)
    if labels.size == 0:
        return None
    area = np.bincount(labels, weights=ends - starts)
    sheet = int(np.argmax(area))
    runs = labels == sheet
    top, bottom = int(rows[runs].min()), int(rows[runs].max()) + 1
    left, right = int(starts[runs].min()), int(ends[runs].max())
    if area[sheet] < MIN_SHARE * small.size:
        return None
    whole = ~_desk(~bright)  # the sheet with what is written on it
    if np.count_nonzero(whole & ~bright) < WRITTEN * np.count_nonzero(whole):
        return None  # nothing written on it: a broad chalk stroke, not a sheet
    if np.count_nonzero(whole) < SQUARE * _rectangle_area(whole):
        return None  # not a sheet's four straight edges: a thick chalk 0 or 8
    tall, wide = small.shape
    # The image's edges the sheet leaves out, and the strip just outside the sheet there.
    sides = [(top, small[0, left:right], small[top - 1, left:right]),
             (tall - bottom, small[-1, left:right], small[bottom % tall, left:right]),
             (left, small[top:bottom, 0], small[top:bottom, left - 1]),
             (wide - right, small[top:bottom, -1], small[top:bottom, right % wide])]
    beside = [(edge, strip) for margin, edge, strip in sides if margin >= MIN_MARGIN * tall
              and margin >= MIN_MARGIN * wide]
    if not beside:
        return None  # the sheet fills the image
    for edge, strip in beside:
        if np.mean(edge <= threshold) < DARK_BORDER:
            return None
        if np.mean(strip) - np.mean(edge) > SHARP * (bright_mean - dark_mean):
            return None  # light fading into shadow, not a sheet's edge on a desk
    return _upsampled(_erode(whole, INSET_PX), step, gray.shape)


def _rectangle_area(mask: np.ndarray) -> float:
    """The area of the smallest rectangle, turned any way, around the mask's pixels."""
    rows = np.flatnonzero(mask.any(axis=1))
    left = mask[rows].argmax(axis=1)
    right = mask.shape[1] - 1 - mask[rows, ::-1].argmax(axis=1)
    # Each row's outermost pixels, by their corners: the convex hull needs no others.
    xs = np.concatenate([left - 0.5, right + 0.5] * 2)
    ys = np.concatenate([rows - 0.5, rows - 0.5, rows + 0.5, rows + 0.5])
    hull = _hull(np.column_stack([xs, ys]))
    best = np.inf
    for dx, dy in np.diff(np.vstack([hull, hull[:1]]), axis=0):
        length = np.hypot(dx, dy)  # the smallest rectangle has a side along a hull edge
        if length > 0:
            along = hull @ np.array([dx, dy]) / length
            across = hull @ np.array([-dy, dx]) / length
            best = min(best, float(np.ptp(along) * np.ptp(across)))
    return best


def _hull(points: np.ndarray) -> np.ndarray:
    """The convex hull of 2-D points, counter-clockwise (Andrew's monotone chain)."""
    points = np.unique(points, axis=0)  # sorted by x, then y
    if len(points) < 3:
        return points

    def half(ordered: np.ndarray) -> list[np.ndarray]:
        chain: list[np.ndarray] = []
        for point in ordered:
            while len(chain) >= 2:
                (ax, ay), (bx, by) = chain[-1] - chain[-2], point - chain[-2]
                if ax * by - ay * bx > 0:  # a left turn: keep it
                    break
                chain.pop()
            chain.append(point)
        return chain[:-1]

    return np.array(half(points) + half(points[::-1]))


def _desk(dark: np.ndarray) -> np.ndarray:
    """The dark that reaches the image's edge (a digit on the sheet does not)."""
    rows, starts, ends, labels = label_runs(dark)
    tall, wide = dark.shape
    edge = (rows == 0) | (rows == tall - 1) | (starts == 0) | (ends == wide)
    return np.isin(paint_runs(dark.shape, rows, starts, ends, labels), labels[edge])


def _erode(mask: np.ndarray, by: int) -> np.ndarray:
    """The mask shrunk by ``by`` pixels on every side (the sheet's edge is blurred or shaded)."""
    out = mask.copy()
    for _ in range(by):
        inner = out.copy()
        inner[1:] &= out[:-1]
        inner[:-1] &= out[1:]
        inner[:, 1:] &= out[:, :-1]
        inner[:, :-1] &= out[:, 1:]
        out = inner
    return out


def _upsampled(mask: np.ndarray, step: int, shape: tuple[int, int]) -> np.ndarray:
    return np.repeat(np.repeat(mask, step, axis=0), step, axis=1)[: shape[0], : shape[1]]
