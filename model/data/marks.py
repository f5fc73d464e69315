"""Small marks beside a number: a speck is dropped, a point between two digits is kept.

A point kept becomes a piece of its own, far under the digits' height, so
:func:`model.data.number.read_number` calls it not a digit: "3.14" is not the
whole number 314, and saying so is honest.
"""

from __future__ import annotations

import numpy as np

from model.data.ink import is_speck

# A group is a dot or a speck beside the number below this share of the digit
# height; on its own, by model.data.ink's rule (as a whole drawing).
SPECK_OF_HEIGHT = 0.25
# A point sits on the digits' baseline: its centre at most this share of the
# digit height above their bottoms (or below them).
_ON_BASELINE = 0.3
# A point is round, not a dash; a comma reaches below the baseline by this
# share of the digit height. (In an image, dust thinner than half the pen is
# dropped with the stray lines: model.data.segment's _thick_groups.)
_ROUND = 0.5
_BELOW = 0.05
# A point or a comma is under this share of the digit height.
POINT_OF_HEIGHT = 0.4


def is_speck_beside(extent: np.ndarray, height: float, image_side: int, groups: int) -> bool:
    """A dot or a speck: small beside the number's digits, or on its own in the image."""
    long_side = max(extent[1] - extent[0], extent[3] - extent[2])
    if is_speck(long_side, image_side):
        return True
    return groups > 1 and long_side < SPECK_OF_HEIGHT * height


def is_round(wide: float, tall: float) -> bool:
    """A dot's shape: about as wide as tall (a dash or a bar is not a point)."""
    return min(wide, tall) >= _ROUND * max(wide, tall)


def is_point(extent: np.ndarray, digits: np.ndarray, height: float) -> bool:
    """A point or a comma written between two digits on their baseline (a decimal point).

    Args:
        extent: The mark's [left, right, top, bottom], slant undone.
        digits: (n, 4) extents of the other groups (under half the height: not digits).
        height: The digits' height.
    """
    left, right, top, bottom = extent
    if max(right - left, bottom - top) >= POINT_OF_HEIGHT * height:
        return False
    centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
    digits = digits[digits[:, 3] - digits[:, 2] >= 0.5 * height]
    middles = (digits[:, 0] + digits[:, 1]) / 2  # a 4's arm or a 7's bar may reach over it
    before, after = digits[middles < centre_x], digits[middles > centre_x]
    if not len(before) or not len(after):
        return False
    neighbours = (before[np.argmax(before[:, 1])], after[np.argmin(after[:, 0])])
    baseline = float(np.mean([n[3] for n in neighbours]))
    if not is_round(right - left, bottom - top) and bottom < baseline + _BELOW * height:
        return False  # a dash, not a comma
    return abs(centre_y - baseline) <= _ON_BASELINE * height
