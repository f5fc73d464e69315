"""The MNIST look: a digit's ink brought to MNIST's stroke width, 20 px box and centre of mass.

:func:`model.data.preprocess.prepare` finds the digit's ink; this module makes it
look like an MNIST digit on the 28x28 field.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

INPUT_SIZE = 28
"""Side of the square image the network takes."""

# MNIST geometry. The centre of mass of MNIST training digits, measured in
# pixel-index coordinates, is (13.99, 14.00) with a spread of 0.29 px on each
# axis: that is 14.0 plus an integer-rounding error, so we do the same.
_BOX_SIDE = 20
_CENTRE = 14.0

# Strokes are re-weighted at 4x the final resolution so that thickening and
# thinning have sub-pixel granularity once downscaled.
_WORK_SIDE = 4 * _BOX_SIDE

# Stroke width as a share of the box's longer side, measured by stroke_width
# on the ink at half intensity (so that blur does not count). On MNIST this
# share has median 0.14 and 5th-95th percentiles 0.10-0.22; a crisp pen of
# 0.14 of the box indeed comes out looking like a median MNIST digit. Thinner
# and bolder strokes are brought to the nearest end of MNIST's range,
# continuously, so that a slightly different pen never makes a jump.
STROKE_LEVEL = 0.5
_THINNEST = 0.11
_BOLDEST = 0.24



def stroke_width(mask: np.ndarray) -> float:
    """Estimate the stroke width in pixels as 2 * area / edge pixels.

    A stroke of width w and length l has area w*l and about 2*l edge pixels
    (pixels with a background 4-neighbour). Strokes of 1 and 2 px both read
    as 2, an error that only matters far from where it is used.
    """
    padded = np.pad(mask, 1)
    interior = mask & padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
    area = np.count_nonzero(mask)
    edge = area - np.count_nonzero(interior)
    return 2.0 * area / max(edge, 1)


def normalise(box: np.ndarray, stroke: float) -> np.ndarray:
    """Cropped ink -> longer side 20 px, MNIST-like strokes, max 1.0."""
    scale = _WORK_SIDE / max(box.shape)
    work = _resize(box, scale)
    stroke_work = stroke * scale
    if stroke_work < 1:
        # A hairline is now a faint trace whose value says how much of each
        # pixel it covers: make it a solid 1 px line before widening it.
        work = clip_unit(work / np.median(work[work > 0]))
        stroke_work = 1.0
    if stroke_work < _THINNEST * _WORK_SIDE:
        work = _thicken(work, _radius_to(_THINNEST, stroke_work))
    elif stroke_work > _BOLDEST * _WORK_SIDE:
        work = _thin(work, -_radius_to(_BOLDEST, stroke_work))
    work = work[_ink_slices(work > 0.05 * work.max())]
    digit = _resize(work, _BOX_SIDE / max(work.shape))
    return digit / digit.max()


def _radius_to(share: float, stroke: float) -> float:
    """Dilation radius (negative: erosion) giving stroke = share of the box.

    Dilating by r adds 2r to both the stroke and the box's longer side, so
    (stroke + 2r) / (_WORK_SIDE + 2r) = share is solved for r.
    """
    return (share * _WORK_SIDE - stroke) / (2 * (1 - share))


def _resize(values: np.ndarray, scale: float) -> np.ndarray:
    """Resize a float image by scale: area-averaging down, bilinear up."""
    height, width = values.shape
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if size == (width, height):
        return values
    method = Image.Resampling.BOX if scale < 1 else Image.Resampling.BILINEAR
    image = Image.fromarray(np.ascontiguousarray(values, dtype=np.float32))
    return np.asarray(image.resize(size, method), dtype=np.float32)


def _ink_slices(mask: np.ndarray) -> tuple[slice, slice]:
    """Bounding box of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def _thicken(work: np.ndarray, radius: float) -> np.ndarray:
    """Widen thin strokes by a grey dilation of the given radius."""
    work = np.pad(work, math.ceil(radius))  # room to grow past the box
    return _morph(work, radius, np.maximum)


def _thin(work: np.ndarray, radius: float) -> np.ndarray:
    """Slim very bold strokes by a grey erosion of the given radius."""
    return _morph(work, radius, np.minimum)


def _morph(work: np.ndarray, radius: float, op: np.ufunc) -> np.ndarray:
    """Grey dilation (op=maximum) or erosion (minimum) by a fractional radius.

    Whole steps are 3x3 filter steps; the fraction blends in one more step so
    that the stroke width changes continuously with the radius. An erosion
    stops before it would wipe the ink out.
    """
    steps = math.floor(radius)
    fraction = radius - steps
    for step in range(steps + 1):
        spread = _spread(work, op, square=step % 2 == 1)
        if spread.max() < 0.5:  # eroded away: keep what is left
            break
        work = spread if step < steps else work + fraction * (spread - work)
    return work


def _spread(values: np.ndarray, op: np.ufunc, square: bool) -> np.ndarray:
    """One 3x3 max/min filter step, alternating square and cross shapes.

    Alternating the two approximates a round pen (an octagon) with a few
    cheap shifted numpy operations instead of a slow rank filter.
    """
    padded = np.pad(values, 1)
    if square:
        columns = op(op(padded[:-2], padded[1:-1]), padded[2:])
        return op(op(columns[:, :-2], columns[:, 1:-1]), columns[:, 2:])
    centre = padded[1:-1, 1:-1]
    vertical = op(padded[:-2, 1:-1], padded[2:, 1:-1])
    horizontal = op(padded[1:-1, :-2], padded[1:-1, 2:])
    return op(centre, op(vertical, horizontal))


def place_in_field(digit: np.ndarray) -> np.ndarray:
    """Paste into 28x28 with the centre of mass at the MNIST centre.

    The shift is a whole number of pixels, as in MNIST, and is limited so
    that no ink falls off the field.
    """
    height, width = digit.shape
    total = digit.sum()
    centre_y = digit.sum(axis=1) @ np.arange(height) / total
    centre_x = digit.sum(axis=0) @ np.arange(width) / total
    top = _offset(centre_y, height)
    left = _offset(centre_x, width)
    field = np.zeros((INPUT_SIZE, INPUT_SIZE), dtype=np.float32)
    field[top : top + height, left : left + width] = digit
    return clip_unit(field)


def _offset(centre: float, length: int) -> int:
    """Integer offset that brings centre nearest _CENTRE, staying in bounds."""
    offset = math.floor(_CENTRE - centre + 0.5)
    return min(max(offset, 0), INPUT_SIZE - length)

def clip_unit(values: np.ndarray) -> np.ndarray:
    """Clip float32 values to [0, 1] in place.

    float32 bounds keep numpy on its fast path (several times faster than
    np.maximum/np.minimum or int bounds on numpy 2.x).
    """
    return np.clip(values, np.float32(0), np.float32(1), out=values)
