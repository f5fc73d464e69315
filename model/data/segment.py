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
Specks (and in an image, stray lines far thinner) are dropped; a point or a
comma between two digits is kept (model/data/marks.py: "3.14" is not 314). A
piece much wider than a digit (digits that touch) is parted between its
strokes or components if they are digits (model/data/split.py), else cut by
columns into up to five parts the classifier is most sure of (``score``) when
they really are digits touching (model/data/pieces.py): a cursive word stays whole.

NumPy only: this runs on the app's hot path and never knows the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from model.data.components import label_runs, paint_runs, shrink
from model.data.grouping import (
    Item,
    estimate_shear,
    extents_of,
    group_extents,
    group_items,
    points_apart,
    reference_height,
)
from model.data.ink import INK_THRESHOLD, MIN_MARK_PX, is_blob_group, stroke_width
from model.data.marks import SPECK_OF_HEIGHT, is_point, is_speck_beside
from model.data.pieces import SPLIT_WIDTH, Piece, Score, crop_mask, cut_wide
from model.data.split import split_by_items

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
_GRAIN_SHARE = 0.02  # of the longest mark: under it, a mark of a pixel or two is grain
_CROP_MARGIN = 2


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


def _pieces(ink: np.ndarray, mask: np.ndarray, items: list[Item], members: _Members,
            score: Score | None, image_side: int) -> list[Piece]:
    """Group the items, drop specks (not a point), cut wide pieces, crop each piece's ink."""
    shear = estimate_shear(items)
    y_ref = mask.shape[0] / 2
    item_extents = extents_of(items, shear, y_ref)
    groups, dotted = points_apart(group_items(items, shear, y_ref, item_extents), items,
                                  item_extents, shear, y_ref,
                                  isinstance(members, _StrokeMembers))
    extents = group_extents(item_extents, groups)
    height = reference_height(extents[:, 3] - extents[:, 2])
    speck_side = image_side
    if isinstance(members, _ComponentMembers):  # an image: its writing may be small in it
        longest = float(np.max(np.maximum(extents[:, 1] - extents[:, 0],
                                          extents[:, 3] - extents[:, 2])))
        speck_side = min(image_side, max(round(_WRITING_VIEW * longest), image_side // 3))
    specks = [is_speck_beside(e, height, speck_side, len(groups)) for e in extents]
    points = _points(extents, specks, height)
    keep = [k for k, speck in enumerate(specks) if not speck or k in points]
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
        if keep[index] not in points and is_blob_group(member, image_side):
            continue
        group, width = kept[index], extent[1] - extent[0]
        if width <= SPLIT_WIDTH * height:
            piece = crop_mask(ink, top, left, member)
            if piece is None:
                continue
            parts: list[tuple[float, Piece]] = []
            if keep[index] in dotted:
                piece = replace(piece, dotted=True)
            elif len(group) > 1:  # maybe two digits written close
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


def _points(extents: np.ndarray, specks: list[bool], height: float) -> set[int]:
    """The groups that are a point or a comma between two digits: kept, never a blob."""
    digits = extents[[not speck for speck in specks]]
    if len(digits) < 2:
        return set()
    return {k for k, extent in enumerate(extents) if is_point(extent, digits, height)}


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
            kept: list[list[int]], items: list[Item], members: _Members,
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
               if size >= SPECK_OF_HEIGHT * height]
    one_stroke = len(strokes) == 1
    fine = [] if one_stroke or score is None else group_items(
        [items[i] for i in group], shear, y_ref, item_extents[group], near=False)
    parts = split_by_items(ink, [[group[i] for i in sub] for sub in fine], kept, members,
                           items, item_extents, shear, y_ref, height, score, close)
    if not parts and not close:
        parts = cut_wide(ink, top, left, member, shear, y_ref, height, score, one_stroke,
                         members.path(strokes[0]) if one_stroke else None)
    return [(edge, replace(piece, wide=True)) for edge, piece in parts or []]


def _group_box(items: Sequence[Item], shape: tuple[int, int]) -> tuple[int, int, int, int]:
    """Left, top, right, bottom (exclusive) of items' pixels, clipped to the image."""
    boxes = np.array([item.box for item in items])
    left, top = max(int(boxes[:, 0].min()), 0), max(int(boxes[:, 1].min()), 0)
    right = min(int(boxes[:, 2].max()), shape[1])
    bottom = min(int(boxes[:, 3].max()), shape[0])
    return left, top, max(right, left), max(bottom, top)


class _Members:
    """Which ink pixels belong to each group (in the group's box)."""

    def set_groups(self, groups: list[list[int]], items: list[Item]) -> None:
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


def _stroke_items(mask: np.ndarray, strokes: list[np.ndarray]) -> list[Item]:
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
        items.append(Item(segs, margin, (low[0], low[1], high[0], high[1])))
    return items


class _StrokeMembers(_Members):
    """A pixel in several groups' boxes goes to the group whose strokes are nearest."""

    def __init__(self, mask: np.ndarray, strokes: list[np.ndarray], items: list[Item]) -> None:
        self._mask, self._strokes, self._items = mask, strokes, items
        self._boxes: list[tuple[int, int, int, int]] = []
        self._groups: list[list[int]] = []
        self._points: dict[int, np.ndarray] = {}

    def set_groups(self, groups: list[list[int]], items: list[Item]) -> None:
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


def _component_items(mask: np.ndarray) -> tuple[np.ndarray, list[Item]]:
    """One item per 8-connected component of the ink, and each pixel's component (-1: none)."""
    factor = max(1, int(np.ceil(np.sqrt(mask.size / _WORK_PIXELS))))
    work = shrink(mask, factor) if factor > 1 else mask
    rows, starts, ends, labels = label_runs(work)
    if rows.size == 0:
        return np.full(mask.shape, -1, dtype=np.int32), []
    keep = np.ones(labels.max() + 1, dtype=bool)
    if keep.size > _MAX_COMPONENTS:  # a noisy photo's grain: keep the largest marks
        size = np.bincount(labels, weights=ends - starts)
        keep[:] = False
        keep[np.argsort(-size, kind="stable")[:_MAX_COMPONENTS]] = True
    # Grain beside long marks (a pixel or two, in a photo) would join every digit
    # it lies above or below: the whole page became one piece.
    long = np.zeros(keep.size)
    np.maximum.at(long, labels, ends - starts)
    rows_of = [np.full(keep.size, np.inf), np.zeros(keep.size)]
    np.minimum.at(rows_of[0], labels, rows)
    np.maximum.at(rows_of[1], labels, rows + 1)
    long = np.maximum(long, rows_of[1] - rows_of[0])
    keep &= long >= min(MIN_MARK_PX, _GRAIN_SHARE * long.max())
    if not keep.all():
        renumber = np.full(keep.size, -1)
        renumber[keep] = np.arange(np.count_nonzero(keep))
        runs = keep[labels]
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
        items.append(Item(np.column_stack([x0, y, x1, y]).astype(np.float64), factor / 2, box))
    return owner, items


class _ComponentMembers(_Members):
    """A group's pixels are its components' pixels."""

    def __init__(self, mask: np.ndarray, owner: np.ndarray) -> None:
        self._mask, self._owner = mask, owner
        self._boxes: list[tuple[int, int, int, int]] = []
        self._group_of = np.full(1, -1)

    def set_groups(self, groups: list[list[int]], items: list[Item]) -> None:
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
