"""Pieces of a drawing: the Piece type, cutting a piece too wide for one digit, cropping.

:mod:`model.data.segment` groups the ink; a group wider than
:data:`SPLIT_WIDTH` digit heights is two or three digits that touch, cut here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product

import numpy as np

Box = tuple[int, int, int, int]
"""x, y, width, height in the image's pixels."""

Score = Callable[[Sequence[np.ndarray]], Sequence[float]]
"""Ink crops -> how sure the classifier is that each is one digit (0..1), in one call."""

# Digits that touch: a piece wider than this many digit heights is cut, into
# at most _MAX_PARTS parts, each at least _MIN_PART_WIDTH heights wide.
SPLIT_WIDTH = 1.2
_MAX_PARTS = 3
_PART_WIDTH = 0.7
_MIN_PART_WIDTH = 0.2
_CUTS_PER_GAP = 3
# With a score, also this many evenly spaced cuts per gap (for 2 and 3 parts).
_GRID_CUTS = {2: 9, 3: 4}
# With a score, a cut is made only when it really is digits touching: every
# part a digit on its own (sureness at least _PART_SURE; _STROKE_PART_SURE when
# the piece is one pen stroke, since a cursive word is one stroke and its
# arches read as 7s and 1s), the parts surer than the whole, every part
# most of the piece's height (digits of a number are about one height; the
# tail of an a or the loop of an e is not), and every join thin (the cut
# column crosses at most _JOIN_SHARE of the height in ink).
_PART_SURE = 0.5
_STROKE_PART_SURE = 0.9
_PART_HEIGHT = 0.6
_JOIN_SHARE = 0.6
_CROP_MARGIN = 2


@dataclass(frozen=True)
class Piece:
    """One digit-sized piece of a drawing.

    Attributes:
        box: Where the piece's ink is, [x, y, w, h] in the image's pixels.
        ink: The piece's ink alone (other pieces' ink removed), float32 in
            [0, 1] with ink high and a blank margin, ready for
            ``model.data.preprocess.prepare``.
    """

    box: Box
    ink: np.ndarray



# --------------------------------------------------------------------------
# Pieces: cutting wide ones, cropping
# --------------------------------------------------------------------------


def cut_wide(ink: np.ndarray, top: int, left: int, member: np.ndarray, shear: float, y_ref: float,
             height: float, score: Score | None,
             one_stroke: bool = False) -> list[tuple[float, Piece]]:
    """The parts of a group much wider than a digit (digits that touch), or the group whole.

    ``one_stroke``: the group is a single pen stroke (the canvas knows), which
    is cut only when its parts are very sure digits.

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
    for part in _best_cut(ink, ys, xs, columns, height, score, one_stroke):
        piece = _crop(ink, ys[part], xs[part])
        out.append((float(columns[part].min() + origin), piece))
    return out


def _best_cut(ink: np.ndarray, ys: np.ndarray, xs: np.ndarray, columns: np.ndarray,
              height: float, score: Score | None, one_stroke: bool = False) -> list[np.ndarray]:
    """Masks (over the group's pixels) of the parts of the most plausible cut.

    Candidate cuts: the thinnest ink columns near where a cut is expected, and
    (with a score) evenly spaced columns too, since round digits touching side
    by side are thickest, not thinnest, where they touch. With a score, the
    cut whose parts it likes best (geometric mean) wins among those that are
    really digits touching (see _PART_SURE), and no cut at all when none is or
    the whole piece is a surer digit; without a score, the thinnest cut.
    """
    profile = np.bincount(columns, weights=ink[ys, xs])
    width = profile.size
    most = min(_MAX_PARTS, max(2, int(round(width / (_PART_WIDTH * height)))))
    candidates: list[tuple[int, ...]] = []
    for parts in range(2, most + 1):
        choices = [_cut_columns(profile, width * k / parts, width / (2 * parts),
                                grid=_GRID_CUTS[parts] if score is not None else 0)
                   for k in range(1, parts)]
        candidates += [c for c in product(*choices) if _wide_enough(c, width, height)]
    if not candidates:
        return [np.ones(ys.size, dtype=bool)]
    if score is not None:
        candidates.append(())  # a wide digit (a fat 0, a long-barred 7) may stay whole
        scores = _part_scores(ink, ys, xs, columns, width, candidates, score)
        sure = _STROKE_PART_SURE if one_stroke else _PART_SURE
        rows = _row_spans(ys, columns, width)
        candidates = [c for c in candidates
                      if not c or _really_touching(c, width, height, rows, scores, sure)]

    def value(cuts: tuple[int, ...]) -> float:
        if score is None:
            return -float(profile[list(cuts)].sum())
        edges = _edges(cuts, width)
        return float(np.mean([np.log(scores[edge]) for edge in edges]))

    best = max(candidates, key=value)
    return [(columns >= lo) & (columns < hi) for lo, hi in _edges(best, width)]


def _row_spans(ys: np.ndarray, columns: np.ndarray, width: int) -> np.ndarray:
    """(width, 3): per column its top row, bottom row and count of ink pixels."""
    top = np.full(width, np.iinfo(np.int64).max)
    bottom = np.full(width, np.iinfo(np.int64).min)
    np.minimum.at(top, columns, ys)
    np.maximum.at(bottom, columns, ys)
    return np.column_stack([top, bottom, np.bincount(columns, minlength=width)])


def _really_touching(cuts: tuple[int, ...], width: int, height: float, rows: np.ndarray,
                     scores: dict[tuple[int, int], float], sure: float) -> bool:
    """Whether a cut's parts are digits that touch (see _PART_SURE), not a letter cut up."""
    tall = rows[:, 1].max() - rows[:, 0].min() + 1
    for lo, hi in _edges(cuts, width):
        span = rows[lo:hi]
        if scores[(lo, hi)] < sure:
            return False
        if span[:, 1].max() - span[:, 0].min() + 1 < _PART_HEIGHT * tall:
            return False
    return all(rows[c, 2] <= _JOIN_SHARE * height for c in cuts)


def _edges(cuts: tuple[int, ...], width: int) -> list[tuple[int, int]]:
    """(first column, end column) of each part of a cut."""
    bounds = (0, *cuts, width)
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def _part_scores(ink: np.ndarray, ys: np.ndarray, xs: np.ndarray, columns: np.ndarray,
                 width: int, candidates: list[tuple[int, ...]],
                 score: Score) -> dict[tuple[int, int], float]:
    """The score of every part of every candidate cut, all in one call of ``score``.

    One batch instead of a call per part: a wide drawing has dozens of parts,
    and scoring them one by one held the window up for 50-150 ms.
    """
    parts = sorted({edge for cuts in candidates for edge in _edges(cuts, width)})
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
