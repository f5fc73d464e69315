"""What counts as ink, and which marks are not a digit: one rule for a drawing and its pieces.

:mod:`model.data.preprocess` applies it to a whole drawing ("no digit"),
:mod:`model.data.segment` to each group of ink beside a number.
"""

from __future__ import annotations

import numpy as np

INK_THRESHOLD = 0.2
"""Ink below this (on a 0..1 contrast scale) is paper texture, JPEG noise, a faint smudge
or anti-aliasing fringe: it neither defines a bounding box nor reaches the network."""

# A dot or a speck: a mark whose longer side is under 3 % of the image's longer
# side (or under 3 px).
MIN_MARK_PX = 3
DOT_SHARE = 0.03
# One click of a wide pen: small, round and filled.
BLOB_SHARE = 0.08
BLOB_ROUNDNESS = 0.6
BLOB_FILL = 0.5


def is_speck(long_side: float, image_side: int) -> bool:
    """A dot or a speck: too small a mark, whatever its shape."""
    return long_side < max(MIN_MARK_PX, DOT_SHARE * image_side)


def is_blob(long_side: float, short_side: float, fill: float, image_side: int) -> bool:
    """One click of a wide pen: small, round and solid."""
    return bool(long_side < BLOB_SHARE * image_side
                and short_side >= BLOB_ROUNDNESS * long_side
                and fill >= BLOB_FILL)


def is_dot(box_mask: np.ndarray, image_side: int) -> bool:
    """True for ink (a mask cropped to its box) that is a dot, a speck or a blob, not a digit."""
    height, width = box_mask.shape
    long_side, short_side = max(height, width), min(height, width)
    if is_speck(long_side, image_side):
        return True
    fill = np.count_nonzero(box_mask) / box_mask.size
    return is_blob(long_side, short_side, fill, image_side)


def is_blob_group(member: np.ndarray, image_side: int) -> bool:
    """A group of ink (a mask over the image) that is one click of a wide pen."""
    rows, cols = np.flatnonzero(member.any(axis=1)), np.flatnonzero(member.any(axis=0))
    if rows.size == 0:
        return True
    tall, wide = rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1
    long_side, short_side = max(tall, wide), min(tall, wide)
    fill = np.count_nonzero(member) / (tall * wide)
    return is_blob(long_side, short_side, fill, image_side)


# The edge of a form's box left in a scan: a straight line along one side of
# the ink's box, across nearly all of it, thin for the drawing.
EDGE_BAND = 0.06  # of the box's side across the line: how close to the edge
EDGE_COVER = 0.97  # share of the edge's length the line covers
EDGE_THICKNESS = 0.03  # at most this share of the box's longer side


def without_edge_lines(ink: np.ndarray) -> np.ndarray:
    """The ink with straight lines along the sides of its box removed (a copy).

    A digit's own stroke along a side of its box (the bar of a 7) is kept:
    it is thicker for the drawing than a ruled line, and the rows beside it
    are ink over much of the side too. A drawing that is nothing but such
    lines (a rectangle) is kept whole.
    """
    cleaned = ink.copy()
    rows, cols = np.flatnonzero((ink >= INK_THRESHOLD).any(axis=1)), \
        np.flatnonzero((ink >= INK_THRESHOLD).any(axis=0))
    if rows.size == 0:
        return cleaned
    box = np.s_[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    for turn in range(4):  # each side in turn brought to the top (views of both arrays)
        view, target = np.rot90(ink[box], turn), np.rot90(cleaned[box], turn)
        height, width = view.shape
        if height < 32 or width < 8:  # too small to tell a ruled line from a stroke
            continue
        band = int(np.ceil(EDGE_BAND * height))
        cover = (view[: 2 * band] >= 0.5).mean(axis=1)
        lines = np.flatnonzero(cover[:band] >= EDGE_COVER)
        if lines.size == 0:
            continue
        # The line and every row next to it that is ink along half the side or more.
        end = lines[-1] + 1 + int(np.argmax(np.append(cover[lines[-1] + 1 :], 0.0) < 0.5))
        if end - lines[0] > max(1, EDGE_THICKNESS * max(height, width)):
            continue
        target[: min(height, end + 1)] = 0.0  # and its anti-aliased fringe
    if not (cleaned >= INK_THRESHOLD).any():
        return ink.copy()
    return cleaned
