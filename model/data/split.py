"""Parting a wide group of several strokes or components between them.

Digits written a hair apart are one group in :mod:`model.data.segment` (the
nearness rule that keeps an open 9 beside its stem whole), and cutting
their ink by columns (:func:`model.data.pieces.cut_wide`) cuts through
digits that overlap. The group's items grouped by overlap alone are the
digits as written; this decides whether they are.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import numpy as np

from model.data.components import encloses
from model.data.pieces import PART_SURE, SPLIT_WIDTH, Piece, Score, crop_mask, cut_wide, upright

# Digits written close are about as tall as each other (a 1 is as tall as a
# 0), and side by side: overlapping left to right by at most _OVERLAP of the
# tallest one's height (the inks touching, a slanted 1 or a 7's bar over its
# neighbour). A letter's strokes overlap more: they are one group by overlap.
_HEIGHT_RATIO = 0.7
_OVERLAP = 0.35
# A loop as wide as this share of the digit height is a digit's (a 9's), not a pen's blot.
_LOOP = 0.08
# Parts of at most this many items are joined into runs every way (2^(n-1) ways).
_MAX_RUNS = 6


def split_by_items(ink: np.ndarray, fine: list[list[int]], groups: list[list[int]],
                   members: Any, items: list, item_extents: np.ndarray, shear: float,
                   y_ref: float, height: float, score: Score,
                   close: bool = False) -> list[tuple[float, Piece]] | None:
    """The parts of a group split into ``fine`` or, failing that, into runs of them.

    A digit written in two strokes that hardly overlap (the loop and the stem of
    a 9) is two parts of ``fine``, and beside a 1 the three are no digits side by
    side ("91" read 9). When ``fine`` as it is does not hold (``_split``), every
    way of joining neighbours into runs no wider than a digit is tried, and the
    surest that holds is kept. Arguments as ``_split``; None when no way holds
    (then the group is cut by columns, or kept whole).
    """
    if len(fine) < 2:
        return None
    order = sorted(fine, key=lambda sub: item_extents[sub, 0].min())
    split, _ = _split(ink, order, groups, members, items, item_extents, shear, y_ref,
                      height, score, close)
    if split is not None or len(order) > _MAX_RUNS:
        return split
    best, best_value = None, -np.inf
    score = _remembering(score)  # a run's piece is the same in every way it is in
    for way in _runs(order)[1:]:  # the first is ``order`` itself
        if any(np.ptp(item_extents[run][:, :2]) > SPLIT_WIDTH * height for run in way):
            continue  # joined to make one digit whole: never wider than one (nor slow to cut)
        split, value = _split(ink, way, groups, members, items, item_extents, shear, y_ref,
                              height, score, close)
        if split is not None and value > best_value:
            best, best_value = split, value
    return best


def _remembering(score: Score) -> Score:
    """``score``, asked only about crops it has not scored before."""
    memory: dict[tuple, float] = {}

    def scored(inks: Sequence[np.ndarray]) -> list[float]:
        keys = [(ink.shape, ink.tobytes()) for ink in inks]
        new = {key: ink for key, ink in zip(keys, inks, strict=True) if key not in memory}
        if new:
            memory.update(zip(new, score(list(new.values())), strict=True))
        return [memory[key] for key in keys]

    return scored


def _runs(order: list[list[int]]) -> list[list[list[int]]]:
    """Every way of joining neighbours of ``order`` into two or more runs."""
    ways = []
    for joins in range(2 ** (len(order) - 1)):
        way = [list(order[0])]
        for index, sub in enumerate(order[1:]):
            if joins >> index & 1:
                way[-1] += sub
            else:
                way.append(list(sub))
        if len(way) >= 2:
            ways.append(way)
    return ways


def _split(ink: np.ndarray, fine: list[list[int]], groups: list[list[int]],
           members: Any, items: list, item_extents: np.ndarray, shear: float,
           y_ref: float, height: float, score: Score,
           close: bool = False) -> tuple[list[tuple[float, Piece]] | None, float]:
    """The parts of a group split into ``fine`` and their summed log scores, or None.

    The split holds when every part is a digit on its own (PART_SURE) and
    the product of their scores (the chance that all are read right) beats
    the whole group's score; a part still much wider than a digit is cut.
    A group no wider than one digit (``close``) is split only into parts
    side by side, about as tall as each other and, when long and thin (1s),
    upright under the writing's slant or closed round a loop (a 9), as digits
    written close are: the strokes of a letter (the stem and bowl of a d, the
    legs of a ^ or a V) lie over each other, differ in height or lean apart.

    Args:
        ink: The drawing's ink (as ``model.data.segment.segment`` has it).
        fine: The group's items grouped by overlap alone (lists of item indices).
        groups: Every group of the drawing, this one too (their ink is not this one's).
        members: The segmenter's members (``of``, ``set_groups``); a copy is regrouped.
        items: The segmenter's items.
        item_extents: (n, 4) each item's slant-corrected [left, right, top, bottom].
        shear: The writing's slant.
        y_ref: The row the slant is measured from.
        height: The number's digit height.
        score: Scores crops of ink (see ``model.data.pieces.Score``).
        close: The group is no wider than one digit can be.

    Returns:
        (slant-corrected left edge, piece) pairs and their summed log scores, or
        (None, -inf).
    """
    none = None, -np.inf
    if len(fine) < 2 or close and not _side_by_side(item_extents, fine):
        return none
    leaning = [close and not upright(*_sheared_points(items, sub, shear, y_ref)) for sub in fine]
    whole = set(sum(fine, []))
    others = [group for group in groups if not whole & set(group)]
    members = copy.copy(members)
    members.set_groups([sorted(whole), *others], items)
    whole_piece = crop_mask(ink, *members.of(0))
    if whole_piece is None:
        return none
    members.set_groups([*fine, *others], items)
    split: list[tuple[float, Piece]] = []
    for index, sub in enumerate(fine):
        top, left, member = members.of(index)
        # Long, thin and leaning: a leg of a V or a ^, not a 1; unless it closes a loop,
        # as a 9 on a leaning tail does ("19" of "45190" was one piece, not a digit).
        if leaning[index] and not encloses(member, (_LOOP * height) ** 2):
            return none
        left_edge, right_edge = item_extents[sub, 0].min(), item_extents[sub, 1].max()
        if right_edge - left_edge <= SPLIT_WIDTH * height:
            piece = crop_mask(ink, top, left, member)
            split += [] if piece is None else [(float(left_edge), piece)]
        else:
            split += cut_wide(ink, top, left, member, shear, y_ref, height, score, len(sub) == 1)
    values = np.maximum(score([piece.ink for _, piece in split] + [whole_piece.ink]), 1e-6)
    if len(split) < 2 or values[:-1].min() < PART_SURE:
        return none
    value = float(np.log(values[:-1]).sum())
    return (split, value) if value > np.log(values[-1]) else none


def _side_by_side(item_extents: np.ndarray, fine: list[list[int]]) -> bool:
    """Whether the parts do not overlap left to right and are within _HEIGHT_RATIO in height."""
    extents = np.array([[item_extents[sub, 0].min(), item_extents[sub, 1].max(),
                         item_extents[sub, 2].min(), item_extents[sub, 3].max()] for sub in fine])
    extents = extents[np.argsort(extents[:, 0])]
    heights = extents[:, 3] - extents[:, 2]
    overlap = extents[:-1, 1] - extents[1:, 0]
    return bool((overlap <= _OVERLAP * heights.max()).all()
                and heights.min() >= _HEIGHT_RATIO * heights.max())



def _sheared_points(items: list, sub: list[int], shear: float, y_ref: float
                    ) -> tuple[np.ndarray, np.ndarray]:
    """The slant-corrected x and the y of the segment ends of a part's items."""
    points = np.concatenate([items[i].segments.reshape(-1, 2) for i in sub])
    return points[:, 0] - shear * (points[:, 1] - y_ref), points[:, 1]
