"""A drawing's strokes or an image's ink -> digit pieces, left to right.

Two sources of evidence, one set of rules:

- The canvas knows its strokes: strokes are grouped into digits.
- An opened or pasted image only has ink: its connected components are.

Both become *items* (a stroke, or a component) described by line segments
plus a margin (the pen's half width, or half a pixel for the runs of a
component). Items are grouped by horizontal overlap, measured after undoing
the writing's slant (the shear under which the ink covers the fewest columns):
the parts of one digit (a 5's bar, a 4's or a 7's second stroke, a 0's slash,
a 1's flag and foot) lie over each other; neighbouring digits leave a gap.
Specks (and in an image, stray lines far thinner) are dropped. A
piece much wider than a digit (digits that touch) is parted between its
strokes or components if they are digits (model/data/split.py), else cut by
columns into up to five parts the classifier is most sure of (``score``) when
they really are digits touching (model/data/pieces.py): a cursive word stays whole.

NumPy only: this runs on the app's hot path and never knows the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from model.data.components import label_runs, paint_runs, shrink, union
from model.data.ink import INK_THRESHOLD, is_blob_group, is_speck, stroke_width
from model.data.pieces import SPLIT_WIDTH, Piece, Score, crop_mask, cut_wide
from model.data.split import split_by_items

# Two groups are one digit when their slant-corrected column ranges overlap by
# at least this share of the narrower one (a digit's parts lie over each other).
_OVERLAP_SHARE = 0.5
_NEAR_SHARE = 0.06  # or their gap under this of the digit height (between digits: 15 %+)
# Shears tried for the slant (x shift per unit of height): about +-27 degrees.
_SHEARS = np.linspace(-0.5, 0.5, 21)
_ORDER = np.argsort(np.abs(_SHEARS), kind="stable")
# A group is a dot or a speck beside the number below this share of the digit
# height; on its own, by model.data.ink's rule (as a whole drawing).
_SPECK_OF_HEIGHT = 0.25
# In an image, specks are judged as if it were cropped to this many times its
# longest mark (to a third of it at most: dust alone stays a speck): a number
# written small in a photo of a page is not a speck in it.
_WRITING_VIEW = 4
# In an image, a group whose strokes are under this share of the thickest
# group's is a stray line of the paper, not a digit.
_THIN_MARK = 0.5
_THIN_PEN_PX = 3
# Images with more pixels are grouped at a reduced resolution.
_WORK_PIXELS = 2_500_000
# More marks than a page of numbers has: the rest (the smallest) are grain, and
# grouping them all would take memory by the square of their count.
_MAX_COMPONENTS = 500
_CROP_MARGIN = 2


@dataclass
class _Item:
    """A stroke or a component: segments (x0, y0, x1, y1) widened by ``margin``.

    ``box`` bounds its pixels: left, top, right, bottom (exclusive), unclipped.
    """

    segments: np.ndarray
    margin: float
    box: tuple[int, int, int, int]


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------


def segment(ink: np.ndarray, strokes: Sequence[np.ndarray] | None = None,
            score: Score | None = None, image_side: int | None = None) -> list[Piece]:
    """Split a drawing into digit pieces, left to right.

    Args:
        ink: Ink intensities, float in [0, 1] with ink high
            (``model.data.preprocess.to_gray_ink`` of the image).
        strokes: The drawing's strokes as (N, 2) arrays of x, y in the
            image's pixels, when they are known; None for an image.
        score: Scores the candidate cuts of a piece much wider than a digit;
            without it the thinnest cut is kept.
        image_side: The longer side of the whole image when ``ink`` is a crop
            of it (dots and specks are judged against the whole image).

    Returns:
        The pieces in reading order; empty when there is no digit-sized ink.
    """
    mask = ink >= INK_THRESHOLD
    if not mask.any():
        return []
    strokes = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes or []]
    strokes = [s for s in strokes if len(s)]
    if strokes:
        items = _stroke_items(mask, strokes)
        members = _StrokeMembers(mask, strokes, items)
    else:
        owner, items = _component_items(mask)
        members = _ComponentMembers(mask, owner)
    if not items:
        return []
    return _pieces(ink, mask, items, members, score, image_side or max(mask.shape))


def _pieces(ink: np.ndarray, mask: np.ndarray, items: list[_Item], members: _Members,
            score: Score | None, image_side: int) -> list[Piece]:
    """Group the items, drop specks, cut wide pieces, crop each piece's ink."""
    shear = estimate_shear(items)
    y_ref = mask.shape[0] / 2
    item_extents = _item_extents(items, shear, y_ref)
    groups = group_items(items, shear, y_ref, item_extents)
    extents = _group_extents(item_extents, groups)
    height = reference_height(extents[:, 3] - extents[:, 2])
    speck_side = image_side
    if isinstance(members, _ComponentMembers):  # an image: its writing may be small in it
        longest = float(np.max(np.maximum(extents[:, 1] - extents[:, 0],
                                          extents[:, 3] - extents[:, 2])))
        speck_side = min(image_side, max(round(_WRITING_VIEW * longest), image_side // 3))
    keep = [k for k, e in enumerate(extents) if not _is_speck(e, height, speck_side, len(groups))]
    kept = [groups[k] for k in keep]
    members.set_groups(kept, items)
    if isinstance(members, _ComponentMembers) and len(kept) > 1:
        thick = _thick_groups(members, len(kept))
        if len(thick) < len(kept):
            keep = [keep[index] for index in thick]
            kept = [groups[k] for k in keep]
            members.set_groups(kept, items)
    pieces: list[tuple[float, Piece]] = []
    for index, extent in enumerate(extents[keep]):
        top, left, member = members.of(index)
        if is_blob_group(member, image_side):
            continue
        group, width = kept[index], extent[1] - extent[0]
        if width <= SPLIT_WIDTH * height:
            piece = crop_mask(ink, top, left, member)
            if piece is None:
                continue
            parts: list[tuple[float, Piece]] = []
            if len(group) > 1:  # maybe two digits written close
                if score is None:
                    piece = replace(piece, joined=True)
                else:  # two digits, if surer than the whole
                    parts = _parted(ink, top, left, member, group, kept, items, members,
                                    item_extents, shear, y_ref, height, score, close=True)
            pieces += parts or [(float(extent[0]), piece)]
        else:
            pieces += _parted(ink, top, left, member, group, kept, items, members,
                              item_extents, shear, y_ref, height, score)
    pieces.sort(key=lambda entry: entry[0])
    return [piece for _, piece in pieces]



def _thick_groups(members: _Members, count: int) -> list[int]:
    """The groups written with the pen of the digits: not stray lines far thinner.

    In a scanned form the crop of a digit can hold a bit of the box's edge or
    of a neighbour's stroke, a hairline beside the digit ("9" read 91).
    """
    widths = [stroke_width(members.of(index)[2]) for index in range(count)]
    if max(widths) < _THIN_PEN_PX:  # too few pixels across a stroke to compare
        return list(range(count))
    return [index for index, width in enumerate(widths) if width >= _THIN_MARK * max(widths)]


def _parted(ink: np.ndarray, top: int, left: int, member: np.ndarray, group: list[int],
            kept: list[list[int]], items: list[_Item], members: _Members,
            item_extents: np.ndarray, shear: float, y_ref: float, height: float,
            score: Score | None, close: bool = False) -> list[tuple[float, Piece]]:
    """A group's digits: parted between its items if they are digits, else cut by columns.

    ``close``: the group is no wider than one digit can be, so it is only
    parted between its items (a column cut there would cut a letter).
    """
    # A dot on a stroke (a click that gave the canvas the keyboard) does not make it two.
    sizes = np.maximum(np.ptp(item_extents[group][:, :2], axis=1),
                       np.ptp(item_extents[group][:, 2:], axis=1))
    strokes = [item for item, size in zip(group, sizes, strict=True)
               if size >= _SPECK_OF_HEIGHT * height]
    one_stroke = len(strokes) == 1
    fine = [] if one_stroke or score is None else group_items(
        [items[i] for i in group], shear, y_ref, item_extents[group], near=False)
    parts = split_by_items(ink, [[group[i] for i in sub] for sub in fine], kept, members,
                           items, item_extents, shear, y_ref, height, score, close)
    if not parts and not close:
        parts = cut_wide(ink, top, left, member, shear, y_ref, height, score, one_stroke,
                         members.path(strokes[0]) if one_stroke else None)
    return [(edge, replace(piece, wide=True)) for edge, piece in parts or []]


def _group_box(items: Sequence[_Item], shape: tuple[int, int]) -> tuple[int, int, int, int]:
    """Left, top, right, bottom (exclusive) of items' pixels, clipped to the image."""
    boxes = np.array([item.box for item in items])
    left, top = max(int(boxes[:, 0].min()), 0), max(int(boxes[:, 1].min()), 0)
    right = min(int(boxes[:, 2].max()), shape[1])
    bottom = min(int(boxes[:, 3].max()), shape[0])
    return left, top, max(right, left), max(bottom, top)


class _Members:
    """Which ink pixels belong to each group (in the group's box)."""

    def set_groups(self, groups: list[list[int]], items: list[_Item]) -> None:
        """Fix the groups (lists of item indices) that ``of`` describes."""
        raise NotImplementedError

    def of(self, index: int) -> tuple[int, int, np.ndarray]:
        """Top, left and the boolean mask of group ``index``'s pixels in its box."""
        raise NotImplementedError

    def path(self, item: int) -> np.ndarray | None:
        """The pen's points (N, 2) of a stroke item; None for an image's component."""
        return None


# --------------------------------------------------------------------------
# Items from strokes
# --------------------------------------------------------------------------


def _stroke_items(mask: np.ndarray, strokes: list[np.ndarray]) -> list[_Item]:
    """One item per stroke.

    The margin is half the pen width, estimated from the ink's area and the
    strokes' length.
    """
    segments = [np.hstack([p[:-1], p[1:]]) if len(p) > 1 else np.hstack([p, p]) for p in strokes]
    length = sum(float(np.hypot(s[:, 2] - s[:, 0], s[:, 3] - s[:, 1]).sum()) for s in segments)
    # Ink area = pen * length + one round cap's area per stroke; solve for pen.
    caps = np.pi / 4 * len(strokes)
    pen = (np.sqrt(length**2 + 4 * caps * np.count_nonzero(mask)) - length) / (2 * caps)
    margin = float(np.clip(pen, 2.0, 0.25 * max(mask.shape))) / 2
    items = []
    for points, segs in zip(strokes, segments, strict=True):
        low = np.floor(points.min(axis=0) - margin - 2).astype(int)
        high = np.ceil(points.max(axis=0) + margin + 2).astype(int) + 1
        items.append(_Item(segs, margin, (low[0], low[1], high[0], high[1])))
    return items


class _StrokeMembers(_Members):
    """A pixel in several groups' boxes goes to the group whose strokes are nearest."""

    def __init__(self, mask: np.ndarray, strokes: list[np.ndarray], items: list[_Item]) -> None:
        self._mask, self._strokes, self._items = mask, strokes, items
        self._boxes: list[tuple[int, int, int, int]] = []
        self._groups: list[list[int]] = []
        self._points: dict[int, np.ndarray] = {}

    def set_groups(self, groups: list[list[int]], items: list[_Item]) -> None:
        """Fix the groups and their boxes."""
        self._boxes = [_group_box([items[i] for i in g], self._mask.shape) for g in groups]
        self._groups, self._points = groups, {}

    def path(self, item: int) -> np.ndarray:
        """The stroke's points, (N, 2)."""
        return self._strokes[item]

    def _points_of(self, index: int) -> np.ndarray:
        """Points along group ``index``'s strokes (made when boxes overlap)."""
        if index not in self._points:
            step = max(2.0, self._items[0].margin / 2)
            self._points[index] = np.vstack([_densify(self._strokes[i], step)
                                             for i in self._groups[index]])
        return self._points[index]

    def of(self, index: int) -> tuple[int, int, np.ndarray]:
        """Top, left and the group's pixels in its box."""
        left, top, right, bottom = self._boxes[index]
        member = self._mask[top:bottom, left:right].copy()
        for other, (o_left, o_top, o_right, o_bottom) in enumerate(self._boxes):
            x0, y0 = max(left, o_left), max(top, o_top)
            x1, y1 = min(right, o_right), min(bottom, o_bottom)
            if other == index or x0 >= x1 or y0 >= y1:
                continue
            ys, xs = np.nonzero(member[y0 - top : y1 - top, x0 - left : x1 - left])
            if ys.size == 0:
                continue
            ys, xs = ys + y0, xs + x0
            mine = _min_distance(xs, ys, self._points_of(index))
            theirs = _min_distance(xs, ys, self._points_of(other))
            lost = theirs < mine
            member[ys[lost] - top, xs[lost] - left] = False
        return top, left, member


def _densify(points: np.ndarray, step: float = 2.0) -> np.ndarray:
    """Points along a polyline, at most ``step`` pixels apart."""
    if len(points) < 2:
        return points
    delta = np.diff(points, axis=0)
    counts = np.maximum(1, np.ceil(np.hypot(delta[:, 0], delta[:, 1]) / step).astype(int))
    segment_of = np.repeat(np.arange(len(delta)), counts)
    t = (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + 1) / np.repeat(
        counts, counts)
    return np.vstack([points[:1], points[segment_of] + t[:, None] * delta[segment_of]])


def _min_distance(xs: np.ndarray, ys: np.ndarray, points: np.ndarray,
                  chunk: int = 2048) -> np.ndarray:
    """Distance from each pixel to the nearest of ``points``, in chunks of pixels."""
    out = np.empty(xs.size, dtype=np.float32)
    px, py = points[:, 0].astype(np.float32), points[:, 1].astype(np.float32)
    for start in range(0, xs.size, chunk):
        dx = xs[start : start + chunk, None].astype(np.float32) - px
        dy = ys[start : start + chunk, None].astype(np.float32) - py
        out[start : start + chunk] = np.sqrt((dx * dx + dy * dy).min(axis=1))
    return out


# --------------------------------------------------------------------------
# Items from connected components
# --------------------------------------------------------------------------


def _component_items(mask: np.ndarray) -> tuple[np.ndarray, list[_Item]]:
    """One item per 8-connected component of the ink, and each pixel's component (-1: none)."""
    factor = max(1, int(np.ceil(np.sqrt(mask.size / _WORK_PIXELS))))
    work = shrink(mask, factor) if factor > 1 else mask
    rows, starts, ends, labels = label_runs(work)
    if rows.size == 0:
        return np.full(mask.shape, -1, dtype=np.int32), []
    if labels.max() >= _MAX_COMPONENTS:  # a noisy photo's grain: keep the largest marks
        size = np.bincount(labels, weights=ends - starts)
        kept = np.argsort(-size, kind="stable")[:_MAX_COMPONENTS]
        renumber = np.full(size.size, -1)
        renumber[np.sort(kept)] = np.arange(kept.size)
        runs = renumber[labels] >= 0
        rows, starts, ends, labels = rows[runs], starts[runs], ends[runs], renumber[labels][runs]
    owner = paint_runs(work.shape, rows, starts, ends, labels)
    if factor > 1:
        owner = np.repeat(np.repeat(owner, factor, axis=0), factor, axis=1)
        owner = owner[: mask.shape[0], : mask.shape[1]]
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    items = []
    for run in np.split(order, bounds):
        y = rows[run] * factor + (factor - 1) / 2
        x0, x1 = starts[run] * factor, (ends[run] - 1) * factor + factor - 1
        box = (int(starts[run].min()) * factor, int(rows[run].min()) * factor,
               int(ends[run].max()) * factor, (int(rows[run].max()) + 1) * factor)
        items.append(_Item(np.column_stack([x0, y, x1, y]).astype(np.float64), factor / 2, box))
    return owner, items


class _ComponentMembers(_Members):
    """A group's pixels are its components' pixels."""

    def __init__(self, mask: np.ndarray, owner: np.ndarray) -> None:
        self._mask, self._owner = mask, owner
        self._boxes: list[tuple[int, int, int, int]] = []
        self._group_of = np.full(1, -1)

    def set_groups(self, groups: list[list[int]], items: list[_Item]) -> None:
        """Fix the groups; which group each component (item) is in."""
        self._boxes = [_group_box([items[i] for i in g], self._mask.shape) for g in groups]
        # One extra entry at the end: owner -1 (no component) maps to no group.
        self._group_of = np.full(len(items) + 1, -1)
        for index, group in enumerate(groups):
            self._group_of[group] = index

    def of(self, index: int) -> tuple[int, int, np.ndarray]:
        """Top, left and the group's pixels in its box."""
        left, top, right, bottom = self._boxes[index]
        region = self._owner[top:bottom, left:right]
        return top, left, (self._group_of[region] == index) & self._mask[top:bottom, left:right]


# --------------------------------------------------------------------------
# Slant, grouping, reference height
# --------------------------------------------------------------------------


def _sheared(items: Sequence[_Item], shear: float, y_ref: float) -> tuple[np.ndarray, ...]:
    """Left, right, top, bottom of every segment after undoing the slant."""
    segs = np.vstack([item.segments for item in items])
    margin = np.concatenate([np.full(len(item.segments), item.margin) for item in items])
    x0 = segs[:, 0] - shear * (segs[:, 1] - y_ref)
    x1 = segs[:, 2] - shear * (segs[:, 3] - y_ref)
    top = np.minimum(segs[:, 1], segs[:, 3]) - margin
    bottom = np.maximum(segs[:, 1], segs[:, 3]) + margin
    return np.minimum(x0, x1) - margin, np.maximum(x0, x1) + margin, top, bottom


def _extent(items: Sequence[_Item], shear: float, y_ref: float) -> np.ndarray:
    """[left, right, top, bottom] of items after undoing the slant."""
    left, right, top, bottom = _sheared(items, shear, y_ref)
    return np.array([left.min(), right.max(), top.min(), bottom.max()])


def _item_extents(items: Sequence[_Item], shear: float, y_ref: float) -> np.ndarray:
    """(n, 4): each item's [left, right, top, bottom] after undoing the slant."""
    return np.array([_extent([item], shear, y_ref) for item in items])


def _group_extents(item_extents: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """(g, 4): each group's [left, right, top, bottom] from its items' extents."""
    out = np.empty((len(groups), 4))
    for index, group in enumerate(groups):
        member = item_extents[group]
        out[index] = (member[:, 0].min(), member[:, 1].max(), member[:, 2].min(),
                      member[:, 3].max())
    return out


def estimate_shear(items: Sequence[_Item]) -> float:
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


def group_items(items: Sequence[_Item], shear: float, y_ref: float,
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
        item_extents = _item_extents(items, shear, y_ref)
    groups = [[index] for index in range(len(items))]
    while len(groups) > 1:
        ext = _group_extents(item_extents, groups)
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


def _is_speck(extent: np.ndarray, height: float, image_side: int, groups: int) -> bool:
    """A dot or a speck: small beside the number's digits, or on its own in the image."""
    long_side = max(extent[1] - extent[0], extent[3] - extent[2])
    if is_speck(long_side, image_side):
        return True
    return groups > 1 and long_side < _SPECK_OF_HEIGHT * height

