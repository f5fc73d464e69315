"""Segmentation: strokes and ink -> digit pieces, left to right (model/data/segment.py)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from model.data.components import encloses, label_runs
from model.data.number import read_number
from model.data.pieces import SPLIT_WIDTH, Piece
from model.data.preprocess import to_gray_ink
from model.data.segment import segment
from model.synthetic.digit_templates import STYLE_TEMPLATES
from tests.helpers import bundled_classifier

# Digits drawn in several strokes, in a unit box (y down, 1.3 tall), as people write them.
ARC = [(0.5 + 0.45 * np.cos(a), 0.65 + 0.62 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 40)]
MULTI_STROKE = {
    "4 open, two strokes": [[(0.15, 0.0), (0.05, 0.75), (0.95, 0.75)], [(0.75, 0.3), (0.75, 1.3)]],
    "4 closed, two strokes": [[(0.7, 0.0), (0.0, 0.85), (1.0, 0.85)], [(0.7, 0.0), (0.7, 1.3)]],
    "5 with a separate bar": [
        [(0.15, 0.08), (0.1, 0.6)]
        + [(0.45 + 0.45 * np.cos(a), 0.9 + 0.38 * np.sin(a)) for a in np.linspace(-2.1, 2.6, 20)],
        [(0.25, -0.02), (0.95, -0.06)],
    ],
    "7 with a bar": [[(0.0, 0.0), (1.0, 0.0), (0.35, 1.3)], [(0.3, 0.65), (0.85, 0.65)]],
    "7 in two strokes": [[(0.0, 0.0), (1.0, 0.0)], [(1.0, 0.02), (0.35, 1.3)]],
    "crossed 0": [ARC, [(0.95, -0.05), (0.05, 1.35)]],
    "1 with flag and foot": [[(0.2, 0.3), (0.55, 0.0)], [(0.55, 0.0), (0.55, 1.3)],
                             [(0.2, 1.3), (0.9, 1.3)]],
    "1 with flag, then a foot": [[(0.2, 0.3), (0.55, 0.0), (0.55, 1.3)], [(0.2, 1.3), (0.9, 1.3)]],
}
ONE = [[(0.5, 0.0), (0.5, 1.3)]]
ZERO = [ARC]
TWO = [[(0.05 + 0.9 * (0.5 + 0.5 * np.cos(a)), 0.35 + 0.33 * np.sin(a))
        for a in np.linspace(np.pi, 2.2 * np.pi, 12)] + [(0.05, 1.3), (0.95, 1.3)]]


def place(template, left, top, size, slant=0.0, rng=None, jitter=0.0):
    """Template strokes scaled to ``size`` per unit, slanted, with their ink box at left, top."""
    points = np.vstack([np.asarray(s, float) for s in template])
    x0 = points[:, 0].min() - slant * (0.65 - points[:, 1]).max()
    strokes = []
    for stroke in template:
        p = np.asarray(stroke, float)
        x = p[:, 0] + slant * (0.65 - p[:, 1]) - points[:, 0].min()
        y = p[:, 1] - points[:, 1].min()
        out = np.column_stack([left + x * size, top + y * size])
        if rng is not None and jitter:
            out = out + rng.normal(0, jitter, out.shape)
        strokes.append(out)
    del x0
    return strokes


def width_of(strokes):
    xs = np.concatenate([s[:, 0] for s in strokes])
    return xs.max() - xs.min()


def compose(templates, size, gap, slant=0.0, rng=None, jitter=0.0, wobble=0.0, left=30.0,
            top=40.0):
    """Digits left to right with ``gap`` (share of the digit height) between their ink."""
    strokes, groups, pen = [], [], 0.12 * size
    x = left
    for template in templates:
        dy = rng.normal(0, wobble * size) if rng is not None and wobble else 0.0
        placed = place(template, x, top + dy, size, slant, rng, jitter)
        groups.append(list(range(len(strokes), len(strokes) + len(placed))))
        strokes += placed
        x += width_of(placed) + pen + gap * 1.3 * size
    return strokes, groups


def render(strokes, shape, pen):
    """Dark round-capped ink on white, like the canvas (uint8, H x W)."""
    image = Image.new("L", (shape[1], shape[0]), 255)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        points = [tuple(map(float, p)) for p in stroke]
        if len(points) > 1:
            draw.line(points, fill=0, width=round(pen), joint="curve")
        for x, y in (points[0], points[-1]):
            draw.ellipse([x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2], fill=0)
    return np.asarray(image)


def both_ways(strokes, shape=(320, 900), pen=12):
    """Pieces from the strokes and from the rendered image alone."""
    ink = to_gray_ink(render(strokes, shape, pen))
    return segment(ink, strokes), segment(ink, None)


def covers(piece: Piece, stroke: np.ndarray) -> bool:
    """Whether the piece's box holds the stroke's points (a few pixels of slack)."""
    x, y, w, h = piece.box
    return bool(np.all((stroke[:, 0] >= x - 3) & (stroke[:, 0] <= x + w + 3)
                       & (stroke[:, 1] >= y - 3) & (stroke[:, 1] <= y + h + 3)))


@pytest.mark.parametrize("name", list(MULTI_STROKE))
def test_a_digit_drawn_in_several_strokes_stays_one_piece(name):
    rng = np.random.default_rng(len(name))
    for _ in range(12):
        size = rng.uniform(60, 180)
        slant = rng.uniform(-0.25, 0.25)
        strokes = place(MULTI_STROKE[name], 80, 40, size, slant, rng, jitter=1.0)
        order = rng.permutation(len(strokes))  # any stroke order
        by_strokes, by_image = both_ways([strokes[i] for i in order], shape=(340, 420),
                                         pen=rng.uniform(6, 20))
        assert len(by_strokes) == 1, (name, size, slant)
        assert len(by_image) == 1, (name, size, slant)


@pytest.mark.parametrize("name", list(MULTI_STROKE))
def test_multi_stroke_digits_stay_whole_between_close_neighbours(name):
    rng = np.random.default_rng(7)
    for gap in (0.15, 0.3, 0.6):
        slant = rng.uniform(-0.2, 0.2)
        strokes, groups = compose([ONE, MULTI_STROKE[name], ZERO, MULTI_STROKE[name], ONE],
                                  size=90, gap=gap, slant=slant, rng=rng, jitter=0.8,
                                  wobble=0.03)
        for pieces in both_ways(strokes, shape=(260, 1000), pen=11):
            assert len(pieces) == 5, (name, gap)
            for piece, group in zip(pieces, groups, strict=True):
                assert all(covers(piece, strokes[i]) for i in group), (name, gap)


def test_pieces_come_left_to_right_whatever_the_drawing_order():
    strokes, groups = compose([ONE, ZERO, TWO], size=100, gap=0.3)
    reversed_strokes = strokes[::-1]
    pieces, image_pieces = both_ways(reversed_strokes)
    for found in (pieces, image_pieces):
        lefts = [p.box[0] for p in found]
        assert lefts == sorted(lefts) and len(found) == 3
        for piece, group in zip(found, groups, strict=True):
            assert all(covers(piece, strokes[i]) for i in group)


def test_gaps_from_15_to_60_percent_of_the_height_make_two_digits():
    rng = np.random.default_rng(3)
    for gap in np.linspace(0.15, 0.6, 10):
        for first, second in ((ONE, ONE), (ZERO, ONE), (TWO, ZERO), (MULTI_STROKE["7 with a bar"],
                                                                       ONE)):
            slant = rng.uniform(-0.2, 0.2)
            strokes, _ = compose([first, second], size=100, gap=gap, slant=slant)
            by_strokes, by_image = both_ways(strokes)
            assert len(by_strokes) == 2 and len(by_image) == 2, (gap, slant)


def test_box_is_in_image_pixels_and_the_ink_is_the_piece_alone():
    strokes, _ = compose([ONE, ZERO], size=100, gap=0.4, left=50, top=60)
    image = render(strokes, (320, 700), 12)
    pieces = segment(to_gray_ink(image), strokes)
    dark = image < 128
    for piece in pieces:
        x, y, w, h = piece.box
        inside = dark[y : y + h, x : x + w]
        # The box is tight around the piece's ink...
        assert inside[0].any() and inside[-1].any() and inside[:, 0].any() and inside[:, -1].any()
        # ...and the crop holds that ink with a blank margin, nothing else.
        assert piece.ink.shape == (h + 4, w + 4)
        assert piece.ink[0].max() == 0 and piece.ink[:, -1].max() == 0
        assert piece.ink.max() > 0.9
    one, zero = pieces
    assert one.box[2] < 0.3 * zero.box[2]  # the 1's crop holds none of the 0


def test_dots_and_specks_beside_a_number_are_dropped():
    strokes, _ = compose([ONE, ZERO, ONE], size=100, gap=0.4)
    dot = [np.array([[500.0, 100.0]])]  # a click
    speck = [np.array([[560.0, 250.0], [564.0, 252.0]])]
    by_strokes, by_image = both_ways(strokes + dot + speck)
    assert len(by_strokes) == 3 and len(by_image) == 3


def test_a_lone_click_is_no_digit():
    by_strokes, by_image = both_ways([np.array([[200.0, 150.0]])], pen=16)
    assert by_strokes == [] and by_image == []


def test_blank_ink_has_no_pieces():
    assert segment(np.zeros((100, 200), np.float32)) == []
    assert segment(np.zeros((100, 200), np.float32), []) == []


def test_touching_digits_are_cut_where_the_classifier_is_most_sure():
    # Two 0s that touch: one component, twice a digit's width. The thinnest
    # columns are inside each 0 (two strokes), not where they touch.
    strokes, _ = compose([ZERO, ZERO], size=100, gap=-0.02)
    ink = to_gray_ink(render(strokes, (320, 600), 12))
    digit_width = width_of(strokes[:1]) + 12

    def knows_a_zero(crops):  # a stand-in classifier: sure of 0-sized pieces only
        # (very sure within 4 px of a 0's width: one component is cut only into very sure digits)
        return [1.0 / (1.0 + abs(crop.shape[1] - 4 - digit_width) / 40) for crop in crops]

    pieces = segment(ink, None, knows_a_zero)
    assert len(pieces) == 2
    middle = (strokes[0][:, 0].max() + strokes[1][:, 0].min()) / 2
    left, right = pieces
    assert abs(left.box[0] + left.box[2] - middle) < 12
    assert abs(right.box[0] - middle) < 12


def test_without_a_score_the_thinnest_columns_are_cut():
    # Two 0s joined by a short stroke at mid-height (one component).
    strokes, _ = compose([ZERO, ZERO], size=100, gap=0.15)
    join_from = strokes[0][:, 0].max()
    join_to = strokes[1][:, 0].min()
    bridge = np.array([[join_from, 105.0], [join_to, 105.0]])
    ink = to_gray_ink(render(strokes + [bridge], (320, 600), 12))
    pieces = segment(ink, None)
    assert len(pieces) == 2
    cut = pieces[0].box[0] + pieces[0].box[2]
    assert join_from < cut < join_to + 6


@pytest.mark.parametrize(("style", "variant", "stretch"),
                         [("0 plain", 0, 3.0), ("0 plain", 3, 2.5), ("2 plain", 0, 2.5),
                          ("7 plain", 0, 2.5)])
def test_a_single_wide_digit_is_not_cut(style: str, variant: int, stretch: float) -> None:
    # A digit from the project's own stroke templates, drawn wide (a fat 0, a long 2 or 7).
    digit, variants = STYLE_TEMPLATES[style]
    wide = [np.column_stack([stroke[:, 0] * stretch, stroke[:, 1]])
            for stroke in variants[variant]]
    strokes = place(wide, 60, 40, 150)
    image = render(strokes, (260, 700), 12)
    rows, cols = np.nonzero(image < 128)
    aspect = (np.ptp(cols) + 1) / (np.ptp(rows) + 1)
    # Wide enough that cutting is considered: wider than _SPLIT_WIDTH digit heights,
    # and without the classifier's judgement (no score) it is indeed cut, but for a 0
    # drawn in one stroke: a cut never goes through the loop of a pen stroke.
    assert aspect > SPLIT_WIDTH, aspect
    ink = to_gray_ink(image)
    assert len(segment(ink, None)) >= 2
    assert len(segment(ink, strokes)) == 1 if digit == 0 else len(segment(ink, strokes)) >= 2
    # With the classifier's score (as the app reads a drawing), it stays one digit.
    for known_strokes in (strokes, None):
        reading = read_number(image, bundled_classifier(), known_strokes)
        assert [d.decision.digit for d in reading.digits] == [digit], known_strokes is None


def test_components_are_8_connected():
    mask = np.zeros((6, 8), bool)
    mask[0, 0] = mask[1, 1] = mask[2, 2] = True  # a diagonal: one component
    mask[4, 5:8] = True  # a bar: another
    mask[0, 6] = True  # a lone pixel: a third
    rows, starts, ends, labels = label_runs(mask)
    assert len(set(labels.tolist())) == 3
    assert labels[0] == labels[2]  # the diagonal's first and third pixels


def test_a_small_zero_is_a_digit_but_a_wide_pen_click_is_not():
    small_zero = place(ZERO, 180, 120, 40)  # small and round, but a ring, not a blob
    by_strokes, by_image = both_ways(small_zero, shape=(600, 900), pen=5)
    assert len(by_strokes) == 1 and len(by_image) == 1
    by_strokes, by_image = both_ways([np.array([[200.0, 150.0], [203.0, 151.0]])],
                                     shape=(600, 900), pen=28)
    assert by_strokes == [] and by_image == []


def test_an_open_nine_beside_its_stem_is_one_digit():
    # A 9 written as an open loop and a separate stem that nearly touch it.
    open_nine = [[(0.5 + 0.45 * np.cos(a), 0.35 + 0.33 * np.sin(a))
                  for a in np.linspace(-0.7, -5.1, 20)], [(1.05, 0.0), (1.0, 1.3)]]
    rng = np.random.default_rng(5)
    for gap in (0.15, 0.3, 0.6):
        strokes, _ = compose([ONE, open_nine, ZERO], size=100, gap=gap,
                             slant=rng.uniform(-0.2, 0.2))
        by_strokes, by_image = both_ways(strokes)
        assert len(by_strokes) == 3 and len(by_image) == 3, gap


def test_one_stroke_is_cut_only_into_very_sure_digits():
    # Two 0s written without lifting the pen (one stroke, touching): the parts
    # are cut when the classifier is very sure of each, never when it only
    # half believes them (a cursive word's arches); several strokes need less.
    # An image has no strokes: one ink component is held to the one stroke's bar.
    strokes, _ = compose([ZERO, ZERO], size=100, gap=-0.02)
    one = [np.vstack(strokes)]
    ink = to_gray_ink(render(one, (320, 600), 12))
    digit_width = width_of(strokes[:1]) + 12

    def zeros(sure):  # a stand-in classifier: `sure` of 0-sized pieces, unsure of the rest
        return lambda crops: [sure if abs(crop.shape[1] - 4 - digit_width) < 12 else 0.01
                              for crop in crops]

    assert len(segment(ink, one, zeros(0.97))) == 2
    assert len(segment(ink, one, zeros(0.7))) == 1
    assert len(segment(ink, strokes, zeros(0.7))) == 2
    assert len(segment(ink, None, zeros(0.7))) == 1
    assert len(segment(ink, None, zeros(0.97))) == 2


def test_thousands_of_specks_take_little_memory() -> None:
    # A noisy photo's grain is thousands of marks; grouping each with each
    # took memory by the square of their count (gigabytes for a phone's photo).
    import tracemalloc

    ink = np.zeros((1500, 2000), np.float32)
    ink[::25, ::25] = 1.0  # 4,800 specks
    ink[500:1000, 990:1010] = 1.0  # and a 1 among them
    tracemalloc.start()
    try:
        pieces = segment(ink)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 200_000_000
    assert any(x <= 990 and x + w >= 1010 for x, _, w, _ in (piece.box for piece in pieces))


# "45190" written close (the project's own world styles, bench.numbers): the 1 touches the
# loop of a 9 whose tail leans well off the number's slant.
FORTY_FIVE_ONE_NINETY = [
    [(101, 30), (97, 57), (94, 80), (92, 103), (91, 127), (87, 151), (105, 152), (128, 151),
     (152, 146), (175, 146), (199, 145), (222, 144)],
    [(162, 33), (167, 56), (170, 66), (173, 91), (176, 102), (180, 128), (180, 138), (183, 161),
     (183, 174), (185, 197), (186, 209), (187, 225)],
    [(253, 34), (253, 68), (250, 121), (267, 122), (286, 120), (308, 120), (332, 142), (340, 198),
     (319, 219), (302, 225), (273, 225), (242, 195)],
    [(255, 29), (268, 32), (286, 36), (302, 40), (321, 40), (333, 43)],
    [(372, 39), (375, 58), (379, 76), (378, 90), (380, 118), (385, 143), (383, 162), (378, 180),
     (378, 195), (376, 202), (379, 227), (383, 246)],
    [(469, 75), (448, 35), (421, 34), (405, 55), (415, 93), (441, 94), (457, 72), (456, 65),
     (472, 108), (489, 143), (506, 197), (515, 239)],
    [(615, 29), (580, 40), (561, 81), (558, 125), (572, 187), (605, 220), (636, 221), (664, 192),
     (674, 141), (659, 91), (642, 46), (616, 28)],
    [(680, 36), (671, 56), (658, 71), (649, 89), (636, 105), (628, 119), (605, 154), (599, 169),
     (589, 186), (580, 204), (572, 223), (565, 233)]]


def test_a_nine_on_a_leaning_tail_is_parted_from_the_one_it_touches():
    # The 9's tail leans off the slant as a leg of a V does, and the two were kept one
    # piece, not a digit ("45?0"); a leg closes no loop, a 9 does.
    strokes = [np.array(stroke, float) for stroke in FORTY_FIVE_ONE_NINETY]
    image = render(strokes, (300, 760), 18)
    for known_strokes in (strokes, None):
        reading = read_number(image, bundled_classifier(), known_strokes)
        assert reading.number == "45190", known_strokes is None


def test_a_loop_is_a_hole_in_the_ink_of_some_size():
    ring = np.zeros((20, 20), bool)
    ring[3:17, 3:17] = True
    ring[6:14, 6:14] = False  # a hole of 8 by 8 pixels, 7 by 7 with the ink thickened
    assert encloses(ring, 49) and not encloses(ring, 50)
    vee = np.zeros((20, 20), bool)
    for row in range(20):
        vee[row, [row // 2, 19 - row // 2]] = True
    assert not encloses(vee, 1)
    diamond = np.zeros((21, 21), bool)  # a 1-pixel outline whose pixels touch at corners
    for step in range(11):
        rows, columns = [step, 20 - step] * 2, [10 + step] * 2 + [10 - step] * 2
        diamond[rows, columns] = True
    assert encloses(diamond, 100)
