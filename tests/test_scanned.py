"""Scanned digits opened as image files: the edge of a form's box is not a digit."""

from __future__ import annotations

import numpy as np
import pytest

from model.data.ink import INK_THRESHOLD, without_form_boxes, without_ruled_lines
from model.data.number import read_number
from model.data.preprocess import to_gray_ink
from model.data.scanned import LOOKS, scanned_image
from tests.helpers import mnist
from tests.test_number import classifier  # noqa: F401  (the bundled model, a fixture)


def ink_of(image) -> np.ndarray:
    return 1.0 - np.asarray(image.convert("L"), np.float32) / 255.0


def test_a_ruled_line_along_an_edge_is_removed_and_the_digit_kept():
    digits = mnist()
    scan = ink_of(scanned_image(digits.x_test[3], "clean scan", np.random.default_rng(1)))
    with_line = scan.copy()
    with_line[:, :2] = 1.0  # the cell's left border caught in the crop
    cleaned = without_ruled_lines(with_line)
    assert not cleaned[:, :2].any()
    np.testing.assert_array_equal(cleaned[:, 4:], scan[:, 4:])


def test_a_stroke_across_a_notebook_line_is_not_cut_and_a_grid_leaves_nothing():
    ink = np.zeros((120, 100), np.float32)
    ink[:, 30:32] = ink[:, 70:72] = 0.4  # squared paper: light lines both ways
    ink[40:42] = ink[80:82] = 0.4
    ink[20:100, 48:56] = 1.0  # a 1 written over two of them
    cleaned = without_ruled_lines(ink)
    assert cleaned[20:100, 48:56].min() == 1.0  # the stroke is whole where it crosses
    assert not cleaned[:, 30:32].any() and not cleaned[:, 70:72].any()
    assert not np.delete(cleaned[40:42], np.s_[48:56], axis=1).any()


def test_a_pale_grid_broken_beside_the_stroke_is_left_out_too():
    # Light blue squares are paler than INK_THRESHOLD, yet their grey made the
    # network refuse the digit; following the paper's brightness breaks a line
    # where it passes the stroke, so it covers less than the whole box.
    ink = np.zeros((120, 100), np.float32)
    ink[:, 30] = ink[:, 70] = 0.12
    ink[40] = ink[80] = 0.12
    ink[80, 40:47] = 0.0
    ink[20:100, 48:56] = 1.0  # a 1 written over them
    cleaned = without_ruled_lines(ink)
    assert cleaned[20:100, 48:56].min() == 1.0
    assert not cleaned[:, 30].any() and not cleaned[:, 70].any()
    assert not np.delete(cleaned[[40, 80]], np.s_[48:56], axis=1).any()


def test_a_digit_cropped_tight_keeps_the_stroke_that_reaches_the_edge():
    digits = mnist()
    sevens = np.flatnonzero(digits.y_test == 7)[:40]
    rng = np.random.default_rng(2)
    for index in sevens:  # the bar of a 7 runs along the top of a tight crop
        ink = ink_of(scanned_image(digits.x_test[index], "tight crop", rng))
        np.testing.assert_array_equal(without_ruled_lines(ink), ink)


def test_a_rectangle_cropped_tight_is_not_erased():
    box = np.zeros((60, 90), np.float32)
    box[:2], box[-2:], box[:, :2], box[:, -2:] = 1.0, 1.0, 1.0, 1.0
    np.testing.assert_array_equal(without_ruled_lines(box), box)


def row_of_boxes(count: int, apart: int) -> np.ndarray:
    """Ink of a form's ``count`` empty 80 px boxes, 2 px walls, ``apart`` px between them."""
    ink = np.zeros((100, 20 + count * (80 + apart)), np.float32)
    for i in range(count):
        x = 10 + i * (80 + apart)
        box = ink[10:90, x : x + 80]
        box[:2], box[-2:], box[:, :2], box[:, -2:] = 1.0, 1.0, 1.0, 1.0
    return ink


@pytest.mark.parametrize("apart", [-2, 15])  # walls shared, or boxes apart
def test_a_forms_empty_boxes_are_taken_out_and_the_digit_kept(apart):
    ink = row_of_boxes(3, apart)
    x = 10 + 80 + apart + 36
    ink[25:75, x : x + 8] = 1.0  # a 1 in the middle box, touching no wall
    cleaned = without_form_boxes(ink)
    np.testing.assert_array_equal(cleaned[25:75, x : x + 8], 1.0)
    assert np.count_nonzero(cleaned) == 50 * 8  # the walls beside it read as 1s


def test_a_box_as_thick_as_the_writing_or_alone_is_not_a_forms():
    ink = row_of_boxes(1, 0)
    np.testing.assert_array_equal(without_form_boxes(ink), ink)  # nothing to compare with
    ink = np.zeros((100, 200), np.float32)
    ink[10:90, 10:90] = 1.0
    ink[16:84, 16:84] = 0.0  # a square 0, 6 px strokes ...
    ink[20:80, 130:136] = 1.0  # ... beside a 1 as thick
    np.testing.assert_array_equal(without_form_boxes(ink), ink)


def test_only_an_opened_image_follows_the_papers_brightness():
    # A page darkening to the left: as a photo the shadow is paper; a drawing (or
    # a piece the cutter scores) is measured against one background, cheaply.
    page = np.tile(np.linspace(0.35, 0.95, 300, dtype=np.float32), (200, 1))
    page[60:140, 180:190] = 0.1  # a stroke
    shadow = np.s_[:, :40]
    assert to_gray_ink(page, photo=True)[shadow].max() < INK_THRESHOLD
    assert to_gray_ink(page, photo=True)[60:140, 182:188].min() > 0.5
    assert to_gray_ink(page)[shadow].min() > INK_THRESHOLD


def test_a_shadow_over_one_corner_of_a_photo_is_paper():
    # Under a quarter of the border: its quartiles were one value, so the paper's
    # light was not followed and the corner was one great mark of ink.
    rows, cols = np.mgrid[0:240, 0:220]
    page = np.where(rows + cols < 90, 0.4, 0.9).astype(np.float32)
    page[60:180, 120:132] = 0.1  # a stroke
    ink = to_gray_ink(page, photo=True)
    assert ink[:30, :30].max() < INK_THRESHOLD
    assert ink[60:180, 122:130].min() > 0.5


@pytest.mark.parametrize("look", LOOKS)
def test_scanned_digits_are_read_in_every_look(classifier, look):  # noqa: F811
    digits = mnist()
    rng = np.random.default_rng([5, LOOKS.index(look)])
    chosen = rng.choice(len(digits.y_test), size=60, replace=False)
    right = sum(read_number(scanned_image(digits.x_test[i], look, rng), classifier).number
                == str(digits.y_test[i]) for i in chosen)
    # 95 %: before ruled lines were left out, the edge of the box read 23 %, lined
    # paper 54 %, squared paper 17 %; before the paper's own brightness was
    # followed, a photo in uneven light 45 %; before the ink's side was told from
    # the paper's grain, a photo lit by a flash 50 %.
    assert right >= 57
