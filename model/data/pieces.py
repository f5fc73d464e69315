"""Pieces of a drawing: the Piece type, cutting a piece too wide for one digit, cropping.

:mod:`model.data.segment` groups the ink; a group wider than
:data:`SPLIT_WIDTH` digit heights is two to five digits that touch, cut here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product

import numpy as np

from model.data.components import label_runs, run_boxes

Box = tuple[int, int, int, int]
"""x, y, width, height in the image's pixels."""

Score = Callable[[Sequence[np.ndarray]], Sequence[float]]
"""Ink crops -> how sure the classifier is that each is one digit (0..1), in one call."""

# Digits that touch: a piece wider than this many digit heights is cut, into
# at most _MAX_PARTS parts (a number of five touching digits), each from
# _MIN_PART_WIDTH (a 1) to _MAX_PART_WIDTH (a fat 0) heights wide. Cuts into
# as many parts as digits _PART_WIDTH heights wide fit are tried (at 0.7 three
# narrow digits touching, a 195, were only ever cut in two).
SPLIT_WIDTH = 1.2
_MAX_PARTS = 5
_PART_WIDTH = 0.6
_MIN_PART_WIDTH = 0.2
_MAX_PART_WIDTH = 1.5
_CUTS_PER_GAP = 3
# With a score, also this many evenly spaced cuts per gap (for 2..5 parts).
_GRID_CUTS = {2: 9, 3: 4, 4: 3, 5: 3}
# With a score, a cut is made only when it really is digits touching: every
# part a digit on its own (sureness at least PART_SURE; _STROKE_PART_SURE when
# the piece is one pen stroke or one ink component, since a cursive word is
# one and its arches read as 7s and 1s), the parts surer than the whole, every part
# most of the piece's height (digits of a number are about one height; the
# tail of an a or the loop of an e is not), and every join thin (the cut
# column crosses at most _JOIN_SHARE of the height in ink).
PART_SURE = 0.5
_STROKE_PART_SURE = 0.95
_PART_HEIGHT = 0.6
# A long thin part (the axis _THIN times the breadth or more) is a 1 only if it
# stands within _LEAN degrees of the number's slant.
_THIN = 3.0
_LEAN = 20.0
_JOIN_SHARE = 0.6
# A loop is at least this share of the digit height tall (less: a stroke's own crossing).
_LOOP_HEIGHT = 0.25
_CROP_MARGIN = 2


@dataclass(frozen=True)
class Piece:
    """One digit-sized piece of a drawing.

    Attributes:
        box: Where the piece's ink is, [x, y, w, h] in the image's pixels.
        ink: The piece's ink alone (other pieces' ink removed), float32 in
            [0, 1] with ink high and a blank margin, ready for
            ``model.data.preprocess.prepare``.
        wide: It comes from ink too wide for one digit (digits that touch), so
            where it was cut depends on whether the classifier chose the cut.
        joined: Strokes or components that may be two digits written close,
            left whole because no classifier was asked (a search parts them
            when the parts are surer digits than the whole).
        dotted: A dot under its ink with a gap above it, as a ! or a ? has:
            no digit has one, so it is not a digit.
    """

    box: Box
    ink: np.ndarray
    wide: bool = False
    joined: bool = False
    dotted: bool = False



# --------------------------------------------------------------------------
# Pieces: cutting wide ones, cropping
# --------------------------------------------------------------------------


def cut_wide(ink: np.ndarray, top: int, left: int, member: np.ndarray, shear: float, y_ref: float,
             height: float, score: Score | None,
             one_stroke: bool = False, path: np.ndarray | None = None
             ) -> list[tuple[float, Piece]]:
    """The parts of a group much wider than a digit (digits that touch), or the group whole.

    ``one_stroke``: the group is a single pen stroke (the canvas knows) or, in
    an image, a single ink component (a cursive word is one too), which is
    cut only when its parts are very sure digits. ``path``: the pen stroke's
    points (N, 2) when known; it is cut only where the pen crossed an odd
    number of times, between where it started and where it ended, as
    digits written without lifting it are (the ∞ ends where it started).

    Returns:
        (slant-corrected left edge, piece) pairs; empty if the group has no ink.
    """
    ys, xs = np.nonzero(member)
    if ys.size == 0:
        return []
    ys, xs = ys + top, xs + left
    columns = np.floor(xs - shear * (ys - y_ref)).astype(int)
    origin = columns.min()
    columns -= origin
    out = []
    crossings = None if path is None else _crossings(path, shear, y_ref, origin)
    loops = _loop_columns(ys, xs, height, shear, y_ref, origin) if (
        one_stroke and path is not None) else frozenset()
    for part in _best_cut(ink, ys, xs, columns, height, score, one_stroke, crossings, loops):
        piece = _crop(ink, ys[part], xs[part])
        out.append((float(columns[part].min() + origin), piece))
    return out


def _best_cut(ink: np.ndarray, ys: np.ndarray, xs: np.ndarray, columns: np.ndarray,
              height: float, score: Score | None, one_stroke: bool = False,
              crossings: Callable[[int], int] | None = None,
              loops: frozenset[int] = frozenset()) -> list[np.ndarray]:
    """Masks (over the group's pixels) of the parts of the most plausible cut.

    For k = 2 up to as many parts as digits could fit, cut j of k is looked
    for near j/k of the width: at the thinnest ink columns there and (with a
    score) at evenly spaced columns too, since round digits touching side by
    side are thickest, not thinnest, where they touch. With a score see
    _surest_cut; without one (the live preview) the thinnest cut wins.
    """
    profile = np.bincount(columns, weights=ink[ys, xs])
    width = profile.size
    most = min(_MAX_PARTS, max(2, int(round(width / (_PART_WIDTH * height)))))
    plans = [[[c for c in _cut_columns(profile, width * k / parts, width / (2 * parts),
                                       grid=_GRID_CUTS[parts] if score is not None else 0)
               if c not in loops] for k in range(1, parts)] for parts in range(2, most + 1)]
    if score is not None:
        if crossings is not None:
            plans = [[[c for c in choices if crossings(c) % 2 == 1] for choices in plan]
                     for plan in plans]
        best = _surest_cut(ink, ys, xs, columns, height, plans, score, one_stroke)
    else:
        candidates = [c for plan in plans for c in product(*plan)
                      if _wide_enough(c, width, height)]
        best = min(candidates, key=lambda c: float(profile[list(c)].sum()), default=())
    return [(columns >= lo) & (columns < hi) for lo, hi in _edges(best, width)]


def _surest_cut(ink: np.ndarray, ys: np.ndarray, xs: np.ndarray, columns: np.ndarray,
                height: float, plans: list[list[list[int]]], score: Score,
                one_stroke: bool) -> tuple[int, ...]:
    """The cut (its columns) whose parts the score likes best; () for none.

    Every digit-wide part between candidates of neighbouring cuts is scored
    in one batch; for each k, dynamic programming over the candidates finds
    the k parts with the highest product of scores (the chance that every
    part is read right: more parts are not surer for being more) among cuts
    that are really digits touching (see PART_SURE). The best k wins; no
    cut at all when none qualifies or the whole is a surer digit.
    """
    width = int(columns.max()) + 1
    rows = _row_spans(ys, columns, width)
    tall = rows[:, 1].max() - rows[:, 0].min() + 1
    layers = [[[0], *[[c for c in choices if rows[c, 2] <= _JOIN_SHARE * height]
                      for choices in plan], [width]] for plan in plans]
    parts = {(lo, hi) for layer in layers for left, right in zip(layer[:-1], layer[1:],
                                                                   strict=True)
             for lo in left for hi in right if _part_fits(hi - lo, height)}
    scores = _part_scores(ink, ys, xs, columns, sorted(parts | {(0, width)}), score)
    sure = _STROKE_PART_SURE if one_stroke else PART_SURE
    gains = {(lo, hi): float(np.log(scores[(lo, hi)])) for lo, hi in parts
             if scores[(lo, hi)] >= sure
             and _digit_like(columns, ys, (columns >= lo) & (columns < hi), tall)}
    best, best_value = (), float(np.log(scores[(0, width)]))
    for layer in layers:
        # paths[c]: (sum of log scores, cut columns) of the best first parts ending at c.
        paths: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
        for choices in layer[1:]:
            paths = {hi: max((total + gains[(lo, hi)], (*cuts, hi))
                             for lo, (total, cuts) in paths.items() if (lo, hi) in gains)
                     for hi in choices if any((lo, hi) in gains for lo in paths)}
        if width in paths and paths[width][0] > best_value:
            best, best_value = paths[width][1][:-1], paths[width][0]
    return best


def _digit_like(columns: np.ndarray, ys: np.ndarray, member: np.ndarray, tall: int) -> bool:
    """Whether a part is shaped as a digit of the number can be.

    Its largest stretch of connected ink spans _PART_HEIGHT of the whole's
    height (the tail of an a, the loop of an e, the two dashes of an = do
    not) and, if it is long and thin, it stands upright (see ``upright``).
    """
    xs, rows = columns[member], ys[member]
    if rows.max() - rows.min() + 1 < _PART_HEIGHT * tall:
        return False
    mask = np.zeros((rows.max() - rows.min() + 1, xs.max() - xs.min() + 1), dtype=bool)
    mask[rows - rows.min(), xs - xs.min()] = True
    low, high, _, _ = run_boxes(*label_runs(mask))
    return bool((high - low + 1).max() >= _PART_HEIGHT * tall and upright(xs, rows))


def _loop_columns(ys: np.ndarray, xs: np.ndarray, height: float, shear: float, y_ref: float,
                  origin: int) -> frozenset[int]:
    """The columns (as cut_wide numbers them) through a loop of one pen stroke: never a cut.

    A cut through a loop opens it: the bowl of a cursive a, cut, read as a 6
    beside a 2 ("62"). It costs a few numbers written without lifting the pen,
    whose joins shut in paper between the digits (README); in ink alone, digits
    touching at top and bottom (22) do so too, and a cut must go through it.
    """
    top, left = int(ys.min()) - 1, int(xs.min()) - 1
    paper = np.ones((int(ys.max()) - top + 2, int(xs.max()) - left + 2), dtype=bool)
    paper[ys - top, xs - left] = False
    rows, starts, ends, labels = label_runs(paper)
    low, high, _, _ = run_boxes(rows, starts, ends, labels)
    inside = (high - low + 1 >= _LOOP_HEIGHT * height) & (np.arange(low.size) != labels[0])
    columns: set[int] = set()
    for row, start, end in zip(rows[inside[labels]], starts[inside[labels]],
                               ends[inside[labels]], strict=True):
        x = np.arange(start, end) + left
        columns.update(np.floor(x - shear * (row + top - y_ref)).astype(int) - origin)
    return frozenset(columns)


def _crossings(path: np.ndarray, shear: float, y_ref: float, origin: int
               ) -> Callable[[int], int]:
    """Column -> how many times the pen's path crosses it (columns as cut_wide numbers them)."""
    xs = path[:, 0] - shear * (path[:, 1] - y_ref) - origin
    return lambda column: int(np.count_nonzero(np.diff(np.sign(xs - column - 0.5)) != 0))


def upright(xs: np.ndarray, ys: np.ndarray) -> bool:
    """Whether ink at these points, if long and thin (a 1), stands within _LEAN degrees of upright.

    ``xs`` are slant-corrected, so a 1 of the number stands upright; the legs
    of a ^, a V or a check mark lean apart.
    """
    if xs.size < 2:
        return True
    spread, axes = np.linalg.eigh(np.cov(np.vstack([xs, ys])))
    if spread[1] < _THIN ** 2 * max(spread[0], 1e-9):
        return True
    dx, dy = axes[:, 1]
    return bool(abs(dx) <= np.sin(np.radians(_LEAN)) * np.hypot(dx, dy))


def _part_fits(part_width: int, height: float) -> bool:
    """Whether a part is as wide as one digit can be: a thin 1 up to a fat 0."""
    return _MIN_PART_WIDTH * height <= part_width <= _MAX_PART_WIDTH * height


def _row_spans(ys: np.ndarray, columns: np.ndarray, width: int) -> np.ndarray:
    """(width, 3): per column its top row, bottom row and count of ink pixels."""
    top = np.full(width, np.iinfo(np.int64).max)
    bottom = np.full(width, np.iinfo(np.int64).min)
    np.minimum.at(top, columns, ys)
    np.maximum.at(bottom, columns, ys)
    return np.column_stack([top, bottom, np.bincount(columns, minlength=width)])


def _edges(cuts: tuple[int, ...], width: int) -> list[tuple[int, int]]:
    """(first column, end column) of each part of a cut."""
    bounds = (0, *cuts, width)
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def _part_scores(ink: np.ndarray, ys: np.ndarray, xs: np.ndarray, columns: np.ndarray,
                 parts: list[tuple[int, int]], score: Score) -> dict[tuple[int, int], float]:
    """The score of every part (first column, end column), all in one call of ``score``.

    One batch instead of a call per part: a wide drawing has dozens of parts,
    and scoring them one by one held the window up for 50-150 ms.
    """
    crops = []
    for lo, hi in parts:
        member = (columns >= lo) & (columns < hi)
        crops.append(_crop(ink, ys[member], xs[member]).ink)
    return {part: max(float(value), 1e-6) for part, value in zip(parts, score(crops), strict=True)}


def _cut_columns(profile: np.ndarray, centre: float, reach: float, grid: int) -> list[int]:
    """Columns within ``reach`` of ``centre``: the thinnest local minima, and a grid."""
    low = max(1, int(centre - reach))
    high = min(profile.size - 1, int(centre + reach) + 1)
    if low >= high:
        return []
    window = profile[low:high]
    padded = np.r_[np.inf, window, np.inf]
    minima = np.flatnonzero((window <= padded[:-2]) & (window <= padded[2:]))
    order = minima[np.argsort(window[minima], kind="stable")]
    chosen: list[int] = []
    for index in order:
        column = int(index + low)
        if all(abs(column - c) > 2 for c in chosen):
            chosen.append(column)
        if len(chosen) == _CUTS_PER_GAP:
            break
    if grid:
        chosen += [int(c) for c in np.linspace(low, high - 1, grid).round()]
    return sorted(set(chosen))


def _wide_enough(cuts: tuple[int, ...], width: int, height: float) -> bool:
    """Whether every part of a cut is at least a thin digit wide."""
    edges = (0, *cuts, width)
    return all(b - a >= _MIN_PART_WIDTH * height for a, b in zip(edges[:-1], edges[1:],
                                                                strict=True))


def crop_mask(ink: np.ndarray, top: int, left: int, member: np.ndarray) -> Piece | None:
    """The piece made of a group's pixels (``member``, placed at top, left); None if none."""
    rows, cols = np.flatnonzero(member.any(axis=1)), np.flatnonzero(member.any(axis=0))
    if rows.size == 0:
        return None
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    region = ink[top + r0 : top + r1, left + c0 : left + c1]
    crop = np.zeros((r1 - r0 + 2 * _CROP_MARGIN, c1 - c0 + 2 * _CROP_MARGIN), dtype=np.float32)
    inner = crop[_CROP_MARGIN:-_CROP_MARGIN, _CROP_MARGIN:-_CROP_MARGIN]
    np.multiply(region, member[r0:r1, c0:c1], out=inner)
    return Piece((int(left + c0), int(top + r0), int(c1 - c0), int(r1 - r0)), crop)


def _crop(ink: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> Piece:
    """The piece made of these pixels: its box, and its ink alone with a blank margin."""
    top, left = int(ys.min()), int(xs.min())
    height, width = int(ys.max()) - top + 1, int(xs.max()) - left + 1
    crop = np.zeros((height + 2 * _CROP_MARGIN, width + 2 * _CROP_MARGIN), dtype=np.float32)
    crop[ys - top + _CROP_MARGIN, xs - left + _CROP_MARGIN] = ink[ys, xs]
    return Piece((left, top, width, height), crop)
