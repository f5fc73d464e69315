"""What counts as ink, and which marks are not a digit: one rule for a drawing and its pieces.

:mod:`model.data.preprocess` applies it to a whole drawing ("no digit"),
:mod:`model.data.segment` to each group of ink beside a number.
"""

from __future__ import annotations

import numpy as np

from model.data.components import label_runs, paint_runs, run_boxes

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


# Ruled lines in a scan or a photo: the edge of a form's box, the lines of a
# notebook, a grid. A straight line across the whole of the ink's box, thinner
# than the pen that wrote the digits.
LINE_COVER = 0.9  # share of the box's side a ruled line covers
LINE_THINNER = 0.6  # at most this share of the strokes' width
FAINT_LINE = 0.04  # the palest ink a printed line is looked for in


def without_ruled_lines(ink: np.ndarray) -> np.ndarray:
    """The ink with straight lines right across its box removed (a copy).

    Where a stroke crosses a line (the stroke's ink on both sides of it) the
    crossing stays, so a digit written over a line is not cut in two; where
    two lines cross (a grid) nothing stays. A digit's own stroke across its
    box (a 1 as tall as the number, the bar of a 7) is kept: it is as thick
    as the other strokes. Nothing is removed when no stroke is left to
    compare with (a rectangle, a lone 1).
    """
    # Pale lines too (a grid printed in light blue is below INK_THRESHOLD, yet
    # its grey made the network refuse the digit), after the dark ones.
    return _without_lines(_without_lines(ink, INK_THRESHOLD), FAINT_LINE)


def _without_lines(ink: np.ndarray, threshold: float) -> np.ndarray:
    """``without_ruled_lines`` for the lines at least ``threshold`` dark."""
    inked = ink >= threshold
    rows, cols = np.flatnonzero(inked.any(axis=1)), np.flatnonzero(inked.any(axis=0))
    if rows.size == 0:
        return ink.copy()
    box = np.s_[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    lines = np.zeros(inked[box].shape, bool)
    found = [(turn, start, end) for turn in range(2)  # rows, then columns as rows
             for start, end in _lines(np.rot90(inked[box], turn))]
    if not found:
        return ink.copy()
    for turn, start, end in found:
        np.rot90(lines, turn)[max(start - 1, 0) : end + 1] = True  # with its fringe
    strokes = inked[box] & ~lines
    width = stroke_width(strokes)
    found = [line for line in found if width and line[2] - line[1] <= LINE_THINNER * width]
    cleaned = ink.copy()
    for turn, start, end in found:
        view, target = np.rot90(strokes, turn), np.rot90(cleaned[box], turn)
        height = view.shape[0]
        above, below = max(start - 2, 0), min(end + 1, height - 1)
        crossing = view[above] & view[below] if 0 < start and end < height else False
        target[max(start - 1, 0) : end + 1] *= crossing
    return cleaned


def _lines(inked: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) rows of each straight line across ``inked`` (a box of ink), end exclusive."""
    height, width = inked.shape
    if height < 32 or width < 32:  # too small to tell a ruled line from a stroke
        return []
    cover = inked.mean(axis=1)
    found = []
    for start, end in _runs(cover >= LINE_COVER):
        # The line with the rows beside it that are ink along half the box or more.
        while start > 0 and cover[start - 1] >= 0.5:
            start -= 1
        while end < height and cover[end] >= 0.5:
            end += 1
        found.append((start, end))
    return found


def stroke_width(inked: np.ndarray) -> float:
    """How thick the pen is: the median length of ink runs, across rows or columns, if shorter."""
    medians = []
    for lines in (inked, inked.T):
        edges = np.diff(np.pad(lines.astype(np.int8), ((0, 0), (1, 1))), axis=1)
        lengths = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)  # row by row
        if lengths.size:
            medians.append(float(np.median(lengths)))
    return min(medians, default=0.0)


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of every run of True, end exclusive."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


# A mark under this share of the darkest mark's ink (each mark's 90th percentile)
# is a shade, not writing: the soft edge of a shadow across a photographed page.
FAINT_MARK = 0.5


def without_faint_marks(ink: np.ndarray) -> np.ndarray:
    """The ink with marks far fainter than the darkest one taken out (a copy).

    Once the paper's light is followed, a shadow's soft edge stays a faint band
    (0.2-0.4) beside the writing (0.7-0.9); grouped with a 7 it read "not a digit".
    A digit written 0.6 as dark as the others stays.
    """
    inked = ink >= INK_THRESHOLD
    rows, starts, ends, labels = label_runs(inked)
    if labels.size == 0:
        return ink.copy()
    owner = paint_runs(ink.shape, rows, starts, ends, labels)
    marks, values = owner[inked], ink[inked]
    order = np.lexsort((values, marks))  # by mark, then by ink
    sizes = np.bincount(marks)
    firsts = np.cumsum(sizes) - sizes
    strength = values[order][firsts + (0.9 * (sizes - 1)).astype(int)]
    faint = strength < FAINT_MARK * strength.max()
    cleaned = ink.copy()
    cleaned[inked & faint[np.maximum(owner, 0)]] = 0
    return cleaned


def without_form_boxes(ink: np.ndarray) -> np.ndarray:
    """The ink with a form's empty boxes taken out (a copy).

    A box is a mark made of nothing but straight lines right across its own
    box, both ways (a rectangle, or a row of boxes sharing walls), thinner than
    the writing beside it. Boxes right across all the ink are
    ``without_ruled_lines``'s; these are the boxes beside the one written in
    (their walls read as 1s), or around a digit that does not touch them.
    """
    inked = ink >= INK_THRESHOLD
    runs = label_runs(inked)
    if runs[3].size == 0:
        return ink.copy()
    top, bottom, left, right = run_boxes(*runs)
    owner = paint_runs(ink.shape, *runs)
    boxes = []
    for mark in np.flatnonzero((bottom - top >= 31) & (right - left >= 32)):
        place = np.s_[top[mark] : bottom[mark] + 1, left[mark] : right[mark]]
        own = owner[place] == mark
        across, down = _lines(own), _lines(own.T)
        if len(across) < 2 or len(down) < 2:
            continue
        on_lines = np.zeros(own.shape, bool)
        for start, end in across:
            on_lines[start:end] = True
        for start, end in down:
            on_lines[:, start:end] = True
        if np.count_nonzero(own & ~on_lines) <= 0.02 * np.count_nonzero(own):
            boxes.append((place, mark, max(end - start for start, end in across + down)))
    rest = inked.copy()
    for place, mark, _ in boxes:
        rest[place] &= owner[place] != mark
    width = stroke_width(rest)
    cleaned = ink.copy()
    for place, mark, thickness in boxes:
        if width and thickness <= LINE_THINNER * width:
            wall = np.pad(owner[place] == mark, 1)  # with its fringe, as a ruled line's
            wall = (wall[1:-1, 1:-1] | wall[:-2, 1:-1] | wall[2:, 1:-1]
                    | wall[1:-1, :-2] | wall[1:-1, 2:])
            cleaned[place][wall & ~rest[place]] = 0
    return cleaned
