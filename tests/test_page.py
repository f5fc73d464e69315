"""The sheet of paper in an opened image (model/data/page.py), and reading what is on it."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from model.data.ink import INK_THRESHOLD
from model.data.page import sheet_mask
from model.data.preprocess import to_gray_ink


def _four(size: tuple[int, int], paper: float) -> np.ndarray:
    """A 4 written on paper of this brightness, as a gray array in [0, 1]."""
    image = Image.new("L", size, round(paper * 255))
    width, height = size
    points = [(0.6, 0.85), (0.6, 0.15), (0.3, 0.6), (0.78, 0.6)]
    ImageDraw.Draw(image).line([(x * width, y * height) for x, y in points], fill=35,
                               width=max(3, height // 18))
    return np.asarray(image, np.float32) / 255


def test_a_page_lying_askew_on_a_dark_desk_is_the_sheet_and_the_desk_is_not_ink() -> None:
    page = Image.fromarray(np.uint8(_four((300, 360), 0.92) * 255)).rotate(
        8, Image.BILINEAR, expand=True, fillcolor=0)
    desk = np.full((560, 640), 0.3, np.float32)
    sheet = np.asarray(page, np.float32) / 255
    spot = np.s_[80 : 80 + sheet.shape[0], 120 : 120 + sheet.shape[1]]
    desk[spot] = np.where(sheet > 0, sheet, desk[spot])
    mask = sheet_mask(desk)
    assert mask is not None
    assert not mask[:70].any() and not mask[:, :110].any()  # the desk beside the page
    assert mask[280, 270]  # the page's middle, where the 4 is written
    ink = to_gray_ink(desk, photo=True)
    inked = ink >= INK_THRESHOLD
    assert 0.005 < inked.mean() < 0.05  # the 4's strokes, not the desk or the page
    assert not inked[spot][sheet == 0].any()  # the desk's corners inside the page's box


def test_a_scan_with_the_bed_s_dark_edge_along_two_sides_leaves_the_edge_out() -> None:
    scan = _four((400, 480), 0.95)
    scan[:30] = 0.05
    scan[:, :45] = 0.05
    ink = to_gray_ink(scan, photo=True)
    assert not (ink[:30] >= INK_THRESHOLD).any() and not (ink[:, :45] >= INK_THRESHOLD).any()
    assert (ink >= INK_THRESHOLD).mean() < 0.1


def test_images_that_are_all_sheet_have_no_sheet_to_find() -> None:
    _, cols = np.mgrid[0:400, 0:300]
    # Light fading into a deep shadow on the left: as dark there as a desk, but no edge.
    shadow = _four((300, 400), 1.0) * (0.3 + 0.67 * np.clip(cols / 150, 0, 1))
    chalk = 1 - _four((300, 400), 0.9)  # light strokes on a dark board
    # Bold chalk as large as a sheet: a 1 (nothing written on it), a 0 (its edges not straight).
    board = Image.new("L", (300, 400), 40)
    ImageDraw.Draw(board).rectangle([110, 40, 190, 360], fill=235)
    one = np.asarray(board, np.float32) / 255
    board = Image.new("L", (300, 400), 40)
    ImageDraw.Draw(board).ellipse([50, 40, 250, 360], outline=235, width=60)
    zero = np.asarray(board, np.float32) / 255
    for image in (_four((300, 400), 0.95), shadow, chalk, one, zero, _four((60, 80), 0.2)):
        assert sheet_mask(image) is None
