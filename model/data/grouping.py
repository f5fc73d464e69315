"""Grouping a drawing's items into digits: undo the slant, merge what lies over each other.

An item is a stroke (the canvas) or an ink component (an image); see
:mod:`model.data.segment`, which groups them here and then cuts the groups into pieces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from model.data.components import union
from model.data.marks import POINT_OF_HEIGHT, SPECK_OF_HEIGHT, is_point, is_round

# Two groups are one digit when their slant-corrected column ranges overlap by
# at least this share of the narrower one (a digit's parts lie over each other).
_OVERLAP_SHARE = 0.5
_NEAR_SHARE = 0.06  # or their gap under this of the digit height (between digits: 15 %+)
# Shears tried for the slant (x shift per unit of height): about +-27 degrees.
_SHEARS = np.linspace(-0.5, 0.5, 21)
_ORDER = np.argsort(np.abs(_SHEARS), kind="stable")
# A dot on the baseline is part of a group when the group's ink comes down over
# its middle: within this share of the digit height above it (the dot of a ? or
# a !; a 7's bar is higher, its slanted stem beside).
_ABOVE_A_DOT = 0.2


@dataclass
class Item:
    """A stroke or a component: segments (x0, y0, x1, y1) widened by ``margin``.

    ``box`` bounds its pixels: left, top, right, bottom (exclusive), unclipped.
    """

    segments: np.ndarray
    margin: float
    box: tuple[int, int, int, int]


def sheared(items: Sequence[Item], shear: float, y_ref: float) -> tuple[np.ndarray, ...]:
    """Left, right, top, bottom of every segment after undoing the slant."""
    segs = np.vstack([item.segments for item in items])
    margin = np.concatenate([np.full(len(item.segments), item.margin) for item in items])
    x0 = segs[:, 0] - shear * (segs[:, 1] - y_ref)
    x1 = segs[:, 2] - shear * (segs[:, 3] - y_ref)
    top = np.minimum(segs[:, 1], segs[:, 3]) - margin
    bottom = np.maximum(segs[:, 1], segs[:, 3]) + margin
    return np.minimum(x0, x1) - margin, np.maximum(x0, x1) + margin, top, bottom


def extent(items: Sequence[Item], shear: float, y_ref: float) -> np.ndarray:
    """[left, right, top, bottom] of items after undoing the slant."""
    left, right, top, bottom = sheared(items, shear, y_ref)
    return np.array([left.min(), right.max(), top.min(), bottom.max()])


def extents_of(items: Sequence[Item], shear: float, y_ref: float) -> np.ndarray:
    """(n, 4): each item's [left, right, top, bottom] after undoing the slant."""
    return np.array([extent([item], shear, y_ref) for item in items])


def group_extents(item_extents: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """(g, 4): each group's [left, right, top, bottom] from its items' extents."""
    out = np.empty((len(groups), 4))
    for index, group in enumerate(groups):
        member = item_extents[group]
        out[index] = (member[:, 0].min(), member[:, 1].max(), member[:, 2].min(),
                      member[:, 3].max())
    return out


def estimate_shear(items: Sequence[Item]) -> float:
    """The writing's slant: the shear under which the ink covers the fewest columns.

    Undoing it makes each digit narrowest and the gaps between digits widest
    (the classic deslant criterion, on the items' segments).

    Returns:
        x shift per pixel of height (positive: the tops lean right); 0 when
        no shear narrows the ink compared with upright writing.
    """
    segs = np.vstack([item.segments for item in items])
    margin = np.concatenate([np.full(len(item.segments), item.margin) for item in items])
    y_ref = np.median(segs[:, 1::2])
    shears = _SHEARS[:, None]
    x0 = segs[:, 0] - shears * (segs[:, 1] - y_ref)
    x1 = segs[:, 2] - shears * (segs[:, 3] - y_ref)
    lo = np.floor(np.minimum(x0, x1) - margin).astype(np.int64)
    hi = np.ceil(np.maximum(x0, x1) + margin).astype(np.int64)
    origin = lo.min(axis=1, keepdims=True)
    lo, hi = lo - origin, hi - origin
    span = int(hi.max()) + 2
    # Every shear's coverage in its own stretch of one bincount.
    offset = (np.arange(len(_SHEARS)) * span)[:, None]
    size = span * len(_SHEARS)
    cover = np.bincount((lo + offset).ravel(), minlength=size)
    cover -= np.bincount((hi + 1 + offset).ravel(), minlength=size)
    covered = np.cumsum(cover.reshape(len(_SHEARS), span), axis=1) > 0
    width = covered.sum(axis=1)
    # Ties keep the smaller slant: a shear must save at least one more column.
    best = _ORDER[0]
    for index in _ORDER[1:]:
        if width[index] < width[best]:
            best = index
    return float(_SHEARS[best])


def group_items(items: Sequence[Item], shear: float, y_ref: float,
                item_extents: np.ndarray | None = None, near: bool = True) -> list[list[int]]:
    """Merge items whose slant-corrected column ranges overlap (transitively).

    Two groups are one digit when the narrower one's columns lie at least half
    over the other's (a 5's bar, a 7's crossbar, a 1's flag), or when they
    nearly touch side by side (an open 9's loop beside its stem; not when
    ``near`` is False): the gap between digits is several times wider.

    Returns:
        Lists of item indices, one per group.
    """
    if item_extents is None:
        item_extents = extents_of(items, shear, y_ref)
    groups = [[index] for index in range(len(items))]
    while len(groups) > 1:
        ext = group_extents(item_extents, groups)
        left, right = ext[:, 0], ext[:, 1]
        overlap = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None],
                                                                          left[None, :])
        width = right - left
        narrower = np.minimum(width[:, None], width[None, :])
        close = near & (-overlap < _NEAR_SHARE * reference_height(ext[:, 3] - ext[:, 2]))
        rows_shared = np.minimum(ext[:, None, 3], ext[None, :, 3]) > np.maximum(
            ext[:, None, 2], ext[None, :, 2])
        joined = (overlap >= _OVERLAP_SHARE * narrower) | (close & rows_shared)
        np.fill_diagonal(joined, False)
        if not joined.any():
            break
        a, b = np.nonzero(joined)
        labels = union(len(groups), a, b)
        merged: dict[int, list[int]] = {}
        for group, label in zip(groups, labels, strict=True):
            merged.setdefault(int(label), []).extend(group)
        groups = list(merged.values())
    return groups


def reference_height(heights: np.ndarray) -> float:
    """The digit height of a number: the median of the groups at least half the tallest."""
    heights = np.asarray(heights, dtype=np.float64)
    return float(np.median(heights[heights >= 0.5 * heights.max()]))


def points_apart(groups: list[list[int]], items: Sequence[Item], item_extents: np.ndarray,
                 shear: float, y_ref: float, strokes: bool) -> tuple[list[list[int]], set[int]]:
    """Dots on the baseline: a point between two digits apart, a ? or a ! noted.

    A decimal point under a 7's bar, or beside the foot of a slanted digit,
    lies in the digit's columns but not under its ink: a group of its own
    (model.data.marks.is_point). A dot drawn under a group's ink, apart from
    it (a ! or a ?), stays with it: no digit has one. Only ``strokes``
    are noted: in an image, faint ink breaks a digit's stroke into such bits.

    Returns:
        The groups, and the indices of those with a dot under them.
    """
    extents = group_extents(item_extents, groups)
    height = reference_height(extents[:, 3] - extents[:, 2])
    out, dotted = [], set()
    for group, (_, _, _, bottom) in zip(groups, extents, strict=True):
        apart, under = [], False
        for item in group if len(group) > 1 else []:
            left, right, top, low = item_extents[item]
            size = max(right - left, low - top)
            if size >= POINT_OF_HEIGHT * height or bottom - low > SPECK_OF_HEIGHT * height:
                continue
            rest = [items[i] for i in group if i != item and i not in apart]
            if not rest:
                break
            x0, x1, lowest = _ink_below(rest, top - _ABOVE_A_DOT * height, shear, y_ref)
            middle, quarter = (left + right) / 2, (right - left) / 4
            over = (x1 > middle - quarter) & (x0 < middle + quarter)
            if over.any():
                # Apart from the ink above, however little: the dot of a ? drawn close
                # under its hook was read 7 (a gap as large as the dot was asked).
                under = under or (strokes and is_round(right - left, low - top)
                                  and top > lowest[over].max())
            elif is_point(item_extents[item], extents, height):
                apart.append(item)
        if under:
            dotted.add(len(out))
        out.append([i for i in group if i not in apart])
        out += [[i] for i in apart]
    return out, dotted


def _ink_below(items: Sequence[Item], cut: float, shear: float,
               y_ref: float) -> tuple[np.ndarray, ...]:
    """Each segment's part below ``cut`` (y down): its left, right (slant undone), bottom."""
    segs = np.vstack([item.segments for item in items])
    margin = np.concatenate([np.full(len(item.segments), item.margin) for item in items])
    (xa, ya, xb, yb), cut = segs.T, cut - margin
    # The part of each segment below the cut, as a range of its parameter t in [0, 1].
    dy = np.where(yb == ya, 1e-9, yb - ya)
    t_cut = np.clip((cut - ya) / dy, 0.0, 1.0)
    t0 = np.where(yb >= ya, t_cut, 0.0)
    t1 = np.where(yb >= ya, 1.0, t_cut)
    keep = np.maximum(ya, yb) >= cut
    ends = [(xa + t * (xb - xa)) - shear * ((ya + t * (yb - ya)) - y_ref) for t in (t0, t1)]
    lo, hi = np.minimum(*ends) - margin, np.maximum(*ends) + margin
    return lo[keep], hi[keep], (np.maximum(ya, yb) + margin)[keep]
