"""Tests for model.data.preprocess: any drawing or image -> MNIST-style 28x28 input.

Every image is drawn here with PIL.ImageDraw; nothing is downloaded.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw

from model.data import mnist_look
from model.data.preprocess import (
    INK_THRESHOLD,
    INPUT_SIZE,
    prepare,
    to_gray_ink,
)

# MNIST's centre of mass, in pixel-index coordinates, measured on the
# training set: (13.99, 14.00), spread 0.29 px (integer shifts to 14.0).
MNIST_CENTRE = 14.0


# --- drawing helpers ----------------------------------------------------------


def draw_digit(
    digit: str,
    canvas: int = 400,
    top_left: tuple[float, float] = (100, 50),
    height: float = 300,
    pen: int = 40,
    ink: int = 0,
    paper: int = 255,
) -> Image.Image:
    """Draw a stroke digit ("0", "1", "7", "4", "|") on an 'L' canvas.

    The digit is about 0.6 * height wide; pen is the stroke width in pixels.
    """
    image = Image.new("L", (canvas, canvas), paper)
    draw = ImageDraw.Draw(image)
    x, y = top_left
    h, w = height, 0.6 * height
    if digit == "0":
        half = pen / 2
        draw.ellipse([x + half, y + half, x + w - half, y + h - half], outline=ink, width=pen)
        return image
    strokes = {
        "1": [(x + 0.35 * w, y + 0.15 * h), (x + 0.55 * w, y), (x + 0.55 * w, y + h)],
        "7": [(x, y), (x + w, y), (x + 0.35 * w, y + h)],
        "4": [(x + 0.7 * w, y + h), (x + 0.7 * w, y), (x, y + 0.65 * h), (x + w, y + 0.65 * h)],
        "|": [(x, y), (x, y + h)],
    }[digit]
    draw.line(strokes, fill=ink, width=pen, joint="curve")
    return image


def mnist_like(digit: str = "7") -> np.ndarray:
    """A 28x28 uint8 digit made by the plain MNIST recipe, white on black.

    Drawn with a median-MNIST pen (0.14 of the height), cropped to the ink,
    area-averaged to a 20 px longer side and pasted with its centre of mass
    at 14.0, with nothing else done.
    """
    big = np.asarray(draw_digit(digit, canvas=400, height=280, pen=40, ink=255, paper=0))
    rows = np.flatnonzero(big.any(axis=1))
    cols = np.flatnonzero(big.any(axis=0))
    crop = Image.fromarray(big[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1])
    scale = 20 / max(crop.size)
    small = np.asarray(
        crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.BOX)
    )
    centre = centre_of_mass(small.astype(np.float64))
    top, left = (math.floor(MNIST_CENTRE - c + 0.5) for c in centre)
    field = np.zeros((28, 28), dtype=np.uint8)
    field[top : top + small.shape[0], left : left + small.shape[1]] = small
    return field


def centre_of_mass(field: np.ndarray) -> tuple[float, float]:
    total = field.sum()
    rows = field.sum(axis=1) @ np.arange(field.shape[0]) / total
    cols = field.sum(axis=0) @ np.arange(field.shape[1]) / total
    return float(rows), float(cols)


def ink_box(field: np.ndarray, level: float = 0.2) -> tuple[int, int]:
    """(height, width) of the output's ink bounding box."""
    rows = np.flatnonzero((field >= level).any(axis=1))
    cols = np.flatnonzero((field >= level).any(axis=0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def assert_valid_field(field: np.ndarray | None) -> np.ndarray:
    assert field is not None, "a digit was expected"
    assert field.shape == (INPUT_SIZE, INPUT_SIZE)
    assert field.dtype == np.float32
    assert 0.0 <= field.min() and field.max() <= 1.0
    assert field.max() == pytest.approx(1.0)
    return field


def mean_abs_diff(a: np.ndarray | None, b: np.ndarray | None) -> float:
    return float(np.abs(assert_valid_field(a) - assert_valid_field(b)).mean())


@pytest.fixture(scope="module")
def seven() -> np.ndarray:
    """Reference output: a black-on-white 7 drawn with a normal pen."""
    return assert_valid_field(prepare(draw_digit("7")))


# --- the MNIST recipe -------------------------------------------------------------


@pytest.mark.parametrize("digit", ["0", "1", "4", "7"])
@pytest.mark.parametrize("top_left, height, pen", [((100, 50), 300, 40), ((7, 301), 77, 6)])
def test_output_is_mnist_shaped(
    digit: str, top_left: tuple[int, int], height: int, pen: int
) -> None:
    field = assert_valid_field(
        prepare(draw_digit(digit, top_left=top_left, height=height, pen=pen))
    )
    box_height, box_width = ink_box(field)
    assert max(box_height, box_width) in (20, 21)  # 20 px box; the faint fringe may add one
    # Within half a pixel of MNIST's centre of mass (a tie may round either way).
    rows, cols = centre_of_mass(field)
    assert abs(rows - MNIST_CENTRE) <= 0.5 + 1e-4
    assert abs(cols - MNIST_CENTRE) <= 0.5 + 1e-4


def test_polarity_is_detected_both_ways(seven: np.ndarray) -> None:
    white_on_black = prepare(draw_digit("7", ink=255, paper=0))
    assert mean_abs_diff(white_on_black, seven) < 0.01
    assert np.abs(white_on_black - seven).max() < 0.05


def test_ink_on_grey_paper_reads_like_ink_on_white(seven: np.ndarray) -> None:
    dark_on_grey = prepare(draw_digit("7", ink=30, paper=150))
    light_on_grey = prepare(draw_digit("7", ink=250, paper=110))
    assert mean_abs_diff(dark_on_grey, seven) < 0.02
    assert mean_abs_diff(light_on_grey, seven) < 0.02


def test_to_gray_ink_is_ink_high_either_way() -> None:
    for ink, paper in ((0, 255), (255, 0)):
        gray = to_gray_ink(
            draw_digit("1", canvas=60, top_left=(20, 10), height=40, pen=4, ink=ink, paper=paper)
        )
        assert gray.dtype == np.float32 and gray.ndim == 2
        assert gray[0, 0] == 0.0 and gray.max() == 1.0


def test_small_off_centre_digit_equals_large_centred_one() -> None:
    large = prepare(draw_digit("7", top_left=(80, 50), height=300, pen=40))
    small = prepare(draw_digit("7", top_left=(20, 300), height=60, pen=8))
    assert mean_abs_diff(small, large) < 0.05


def test_small_legitimate_digit_is_accepted() -> None:
    # 40 px tall on a 400 px canvas: 10 % of the canvas, with a thin pen.
    assert_valid_field(prepare(draw_digit("7", top_left=(300, 20), height=40, pen=3)))
    assert_valid_field(prepare(draw_digit("0", top_left=(300, 20), height=40, pen=3)))


def test_tall_thin_one_keeps_its_aspect_ratio() -> None:
    field = assert_valid_field(prepare(draw_digit("|", top_left=(200, 50), height=300, pen=30)))
    height, width = ink_box(field)
    assert height in (20, 21)
    assert width <= 5  # a 20x20 stretch would make it 20 wide


@pytest.mark.parametrize("digit_name", ["1", "4", "7"])
def test_mnist_like_input_is_left_almost_unchanged(digit_name: str) -> None:
    digit = mnist_like(digit_name)
    field = prepare(digit)
    assert mean_abs_diff(field, digit / np.float32(255)) < 0.03
    # and preparing twice changes nothing more
    assert mean_abs_diff(prepare(field), field) < 0.02


def test_hairline_on_a_big_canvas_survives(seven: np.ndarray) -> None:
    hairline = draw_digit("7", canvas=1000, top_left=(250, 100), height=800, pen=1)
    normal = draw_digit("7", canvas=1000, top_left=(250, 100), height=800, pen=110)
    field = assert_valid_field(prepare(hairline))
    reference = assert_valid_field(prepare(normal))
    ratio = field.sum() / reference.sum()
    assert 0.5 <= ratio <= 2.0, ratio
    assert mean_abs_diff(field, reference) < 0.08  # it is still the same 7


def test_very_bold_digit_does_not_fill_the_box(monkeypatch: pytest.MonkeyPatch) -> None:
    # A "4" whose pen is half its height: the triangle closes into a blob.
    bold = draw_digit("4", top_left=(80, 60), height=260, pen=130)
    field = assert_valid_field(prepare(bold))
    # The ink fraction of MNIST digits: median 0.13, 99th percentile 0.24,
    # 99.9th percentile 0.29. A prepared drawing must stay inside that range.
    assert field.mean() < 0.29
    # ...because of the thinning: without it the same drawing is bolder.
    monkeypatch.setattr(mnist_look, "_BOLDEST", 1.0)
    unthinned = assert_valid_field(prepare(bold))
    assert unthinned.mean() > field.mean() + 0.03


def test_far_stray_speck_is_ignored(seven: np.ndarray) -> None:
    image = draw_digit("7")
    ImageDraw.Draw(image).rectangle([385, 385, 388, 388], fill=0)
    assert mean_abs_diff(prepare(image), seven) < 0.005


def test_faint_noise_is_ignored(seven: np.ndarray) -> None:
    rng = np.random.default_rng(0)
    noisy = np.asarray(draw_digit("7")).astype(np.int16) - rng.integers(0, 30, (400, 400))
    assert mean_abs_diff(prepare(noisy.clip(0, 255).astype(np.uint8)), seven) < 0.02
    blank = (255 - rng.integers(0, 30, (400, 400))).astype(np.uint8)
    assert prepare(blank) is None


# --- no digit --------------------------------------------------------------------------


@pytest.mark.parametrize("size", [28, 100, 400, 1000])
@pytest.mark.parametrize("value", [0, 255, 128])
def test_blank_canvas_is_no_digit(size: int, value: int) -> None:
    assert prepare(np.full((size, size), value, dtype=np.uint8)) is None


@pytest.mark.parametrize("size", [100, 400, 1000])
@pytest.mark.parametrize("ink, paper", [(0, 255), (255, 0)])
def test_dot_and_speck_are_no_digit(size: int, ink: int, paper: int) -> None:
    marks = {
        "a single pixel": (0.5, 0),
        "a small dot (2 % of the canvas)": (0.3, 0.01 * size),
        "one click of a wide pen (6 % of the canvas)": (0.6, 0.03 * size),
    }
    for mark, (where, radius) in marks.items():
        image = Image.new("L", (size, size), paper)
        centre = where * size
        ImageDraw.Draw(image).ellipse(
            [centre - radius, centre - radius, centre + radius, centre + radius], fill=ink
        )
        assert prepare(image) is None, mark


def test_fully_transparent_image_is_no_digit() -> None:
    rng = np.random.default_rng(1)
    garbage = rng.integers(0, 256, (50, 50, 4), dtype=np.uint8)
    garbage[..., 3] = 0
    assert prepare(garbage) is None
    assert prepare(Image.fromarray(garbage, "RGBA")) is None


# --- image modes and pixel formats --------------------------------------------------------


def _with_alpha(rgb: Image.Image, alpha: Image.Image) -> Image.Image:
    image = rgb.convert("RGBA")
    image.putalpha(alpha)
    return image


def test_rgba_transparent_background_opaque_ink(seven: np.ndarray) -> None:
    alpha = Image.eval(draw_digit("7"), lambda v: 255 - v)  # opaque where the ink is
    black_ink = _with_alpha(Image.new("RGB", (400, 400), "black"), alpha)
    white_ink = _with_alpha(Image.new("RGB", (400, 400), "white"), alpha)
    red_ink = _with_alpha(Image.new("RGB", (400, 400), (220, 20, 20)), alpha)
    for image in (black_ink, white_ink, red_ink):
        assert mean_abs_diff(prepare(image), seven) < 0.01
        assert mean_abs_diff(prepare(np.asarray(image)), seven) < 0.01


def test_rgba_garbage_under_transparent_pixels(seven: np.ndarray) -> None:
    rng = np.random.default_rng(2)
    alpha = Image.eval(draw_digit("7"), lambda v: 255 - v)
    garbage = Image.fromarray(rng.integers(0, 256, (400, 400, 3), dtype=np.uint8), "RGB")
    assert mean_abs_diff(prepare(_with_alpha(garbage, alpha)), seven) < 0.01


def test_rgba_opaque_background_with_transparent_holes(seven: np.ndarray) -> None:
    # A white card with black ink, and a transparent hole full of garbage.
    rgba = np.asarray(draw_digit("7").convert("RGBA")).copy()
    rgba[300:320, 20:40, :3] = 0
    rgba[300:320, 20:40, 3] = 0
    assert mean_abs_diff(prepare(rgba), seven) < 0.01


def test_pil_modes_give_the_same_digit(seven: np.ndarray) -> None:
    gray = draw_digit("7")
    gray16 = np.asarray(gray).astype(np.uint16) * 257
    twelve_bit = np.asarray(gray).astype(np.uint16) * 16
    palette = gray.convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    variants = {
        "RGB": gray.convert("RGB"),
        "P": palette,
        "I;16": Image.fromarray(gray16),
        "I;16 (12-bit data)": Image.fromarray(twelve_bit),
        "I": gray.convert("I"),
        "F": gray.convert("F"),
        "CMYK": gray.convert("RGB").convert("CMYK"),
        "LA": Image.merge("LA", (gray, Image.new("L", gray.size, 255))),
        "1": gray.convert("1", dither=Image.Dither.NONE),
        "YCbCr": gray.convert("RGB").convert("YCbCr"),
    }
    assert variants["I;16"].mode == "I;16"
    for mode, image in variants.items():
        assert mean_abs_diff(prepare(image), seven) < 0.02, mode


def test_palette_and_la_with_transparency(seven: np.ndarray) -> None:
    palette = draw_digit("7").convert("P")  # palette index == gray level
    palette.info["transparency"] = 255  # the white paper is transparent
    assert mean_abs_diff(prepare(palette), seven) < 0.01
    alpha = Image.eval(draw_digit("7"), lambda v: 255 - v)
    la = Image.merge("LA", (Image.new("L", (400, 400), 90), alpha))
    assert mean_abs_diff(prepare(la), seven) < 0.01


@pytest.mark.parametrize(
    "dtype, scale",
    [
        (np.uint8, 1),
        (np.uint16, 257),
        (np.int32, 1),
        (np.int64, -1),
        (np.float32, 1 / 255),
        (np.float64, 1 / 255),
        (np.float64, 1000.0),
    ],
)
def test_array_dtypes(seven: np.ndarray, dtype: type, scale: float) -> None:
    array = (np.asarray(draw_digit("7")).astype(np.int64) * scale).astype(dtype)
    assert mean_abs_diff(prepare(array), seven) < 0.01


def test_bool_and_channel_arrays(seven: np.ndarray) -> None:
    gray = np.asarray(draw_digit("7"))
    assert mean_abs_diff(prepare(gray > 127), seven) < 0.02
    for dtype in (np.uint8, np.int32):  # a 0/1 mask is a mask, not a near-black image
        assert mean_abs_diff(prepare((gray < 128).astype(dtype)), seven) < 0.02
    assert mean_abs_diff(prepare(gray[..., None]), seven) < 0.01
    assert mean_abs_diff(prepare(np.repeat(gray[..., None], 3, axis=2)), seven) < 0.01


def test_tiny_5x5_image_with_a_stroke() -> None:
    tiny = np.zeros((5, 5), dtype=np.uint8)
    tiny[0:5, 2] = 255  # a "1"
    field = assert_valid_field(prepare(tiny))
    height, width = ink_box(field)
    assert height in (20, 21) and width < 10
    diagonal = np.eye(5, dtype=bool)[::-1]
    assert_valid_field(prepare(diagonal))


def test_a_grainy_photo_s_grain_is_not_ink() -> None:
    # Uneven light (a flash: bright middle, darker corners) and a sensor's grain:
    # a dark bar is the ink, the grain around it is paper, whichever way it deviates.
    rng = np.random.default_rng(0)
    rows, cols = np.mgrid[0:600, 0:800]
    paper = 0.92 - 0.25 * (((rows - 300) / 300) ** 2 + ((cols - 400) / 400) ** 2)
    gray = np.clip(paper + rng.normal(0, 0.02, paper.shape), 0, 1)
    gray[200:400, 390:410] *= 0.3
    ink = to_gray_ink(np.uint8(gray * 255), photo=True)
    assert ink[210:390, 395:405].mean() > 0.6
    outside = np.ones(ink.shape, bool)
    outside[195:405, 385:415] = False
    assert np.mean(ink[outside] >= INK_THRESHOLD) < 0.001
