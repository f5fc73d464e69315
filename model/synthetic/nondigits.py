"""Generated non-digits (outlier exposure), one function per kind.

Every kind turns a random generator into one network input (uint8 28x28,
through :func:`model.data.preprocess.prepare`, as the app would see it) or None
when ``prepare`` finds no digit-sized ink (the caller draws again). What is
kept out of the letters, symbols and shapes, and why, is listed in
:mod:`model.synthetic.nondigit_templates`; the same rules hold for the printed
characters here. MNIST-based kinds only ever use digits too wide to be a 1
(a 1 laid across another digit makes a crossed 7 or a slashed 0) and always
cut, turn or shift them so far that no digit remains.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from model.synthetic import cursive, fonts
from model.synthetic.hand import Hand, Stroke, handwrite, poly, prepared, render
from model.synthetic.nondigit_templates import LETTERS, SHAPES, SYMBOLS

# Printed characters that are not digits and cannot pass for one (see
# model.synthetic.nondigit_templates for the Latin letters left out). Also left out:
# Greek and Cyrillic look-alikes of digits (Θ θ Φ φ Ф: slashed 0; σ δ Б Ь Ъ Ы:
# 6; ζ ξ З Э: 3 or 2; β: 8; γ μ Ч: 4 or 9; τ Γ Г: 7; Ю: 10) and the symbols
# ! ( ) [ ] { } | / \ ∫ (a 1), ¶ (a 9), √ (a 7 backwards), $ § (a 5), ° (a 0).
FONT_LETTERS = (
    "ACEFHKLMNPRTUVWXY" "acdefhkmnprtuvwx" "ΔΛΞΠΣΨΩαηλπψω" "ДЖИЙЛПЦШЩЯжлшщя"
)
FONT_SYMBOLS = "+×*#%&@?=<>~^÷≠→←↔✓∞€±∑≈"

# A wild hand for shapes and symbols (they may lean and turn more than digits).
_LOOSE = Hand(jitter=0.02, wobble=0.015, slant=0.3, rotation=25.0, aspect=0.15)
_MNIST_SCALE = 3  # MNIST digits are enlarged before cutting and turning
_WIDE = 0.38  # minor / major axis of ink that is surely not a 1 (see _spread)
_LOOK = 0.2  # share of drawn non-digits with a scanned look (digits have one too)
# Joined-up writing leans and runs on: a word's hand (x-height letters, so less jitter).
_CURSIVE = Hand(jitter=0.01, wobble=0.01, slant=0.4, rotation=8.0, aspect=0.2, ends=0.02)
_PRINT_LOWER = "acdefhkmnrtu"  # LETTERS' lowercase: a word of them has no digit look-alike


@dataclass(frozen=True)
class Sources:
    """What the kinds draw from besides randomness.

    Attributes:
        fonts: Printed fonts (paths, or fonts.BUILTIN).
        mnist: Wide MNIST digits (uint8, N x 28 x 28), or None.
    """

    fonts: tuple[Path | None, ...]
    mnist: np.ndarray | None = None


def _spread(images: np.ndarray) -> np.ndarray:
    """Minor / major axis of each image's ink (square root of the second moments' ratio).

    A straight stroke (a 1, at any slant) is near 0; MNIST's 1s have a median
    of 0.16 and a 97th percentile near 0.35, every other digit a median of 0.5-0.7.
    """
    images = np.asarray(images)
    rows, cols = (axis.ravel().astype(np.float64) for axis in np.indices(images.shape[-2:]))
    features = np.stack([np.ones_like(rows), rows, cols, rows * rows, cols * cols, rows * cols],
                        axis=1)
    flat = images.reshape(-1, rows.size).astype(np.float32)
    mass, r, c, rr, cc, rc = (flat @ features.astype(np.float32)).astype(np.float64).T
    mass = np.maximum(mass, 1e-9)
    r, c = r / mass, c / mass
    a, b, ab = rr / mass - r * r, cc / mass - c * c, rc / mass - r * c
    middle, gap = (a + b) / 2, np.sqrt(((a - b) / 2) ** 2 + ab**2)
    spread = np.sqrt(np.maximum(middle - gap, 0) / np.maximum(middle + gap, 1e-9))
    return spread.reshape(images.shape[:-2])


def wide_digits(images: np.ndarray) -> np.ndarray:
    """The digits whose ink is not a single straight stroke (no 1s, at any slant)."""
    images = np.asarray(images)
    keep = np.zeros(len(images), dtype=bool)
    for start in range(0, len(images), 5000):  # bounded memory for 60,000 images
        keep[start : start + 5000] = _spread(images[start : start + 5000]) >= _WIDE
    return images[keep]


# --------------------------------------------------------------------------
# Stroke-drawn letters, symbols, shapes
# --------------------------------------------------------------------------


def _pick(table: dict[str, list], rng: np.random.Generator) -> list[Stroke]:
    variants = table[list(table)[rng.integers(len(table))]]
    return variants[rng.integers(len(variants))]


def letter(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A letter from the stroke templates (print and script), drawn by a random hand."""
    return render(_pick(LETTERS, rng), rng, look=_LOOK)


def symbol(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A symbol (+ = ? & @ % # * arrows...) from the stroke templates."""
    return render(_pick(SYMBOLS, rng), rng, look=_LOOK)  # turned far, > or ^ become a 7


def not_upright_bar(image: np.ndarray | None) -> np.ndarray | None:
    """The image, or None when its ink is an upright bar (a narrow h or l can pass for a 1).

    A bar lying flat (a long word squeezed into 28 px, like the "-" symbol) stays.
    """
    if image is None or _spread(image) >= _WIDE:
        return image
    ys, xs = np.nonzero(image > 60)
    return image if np.ptp(xs) > 1.5 * np.ptp(ys) else None


def cursive_word(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A word (or 2-6 letters) in joined-up writing, one pen stroke for the whole word."""
    word = cursive.word_stroke(cursive.random_word(rng))
    return not_upright_bar(render([word], rng, _CURSIVE, look=_LOOK))


def cursive_letter(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """One joined-up letter (a c e h m n u w) with its lead-in and exit strokes."""
    letter = cursive.ALONE[rng.integers(len(cursive.ALONE))]
    return not_upright_bar(render([cursive.word_stroke(letter)], rng, _CURSIVE, look=_LOOK))


def _side_by_side(glyphs: list[list[Stroke]], rng: np.random.Generator,
                  gap: tuple[float, float]) -> list[Stroke]:
    """Glyphs, each by its own hand, placed left to right ``gap`` heights apart (may touch)."""
    placed, x = [], 0.0
    for glyph in glyphs:
        strokes = handwrite(glyph, rng, Hand(slant=0.0, ends=0.0, fast=1))
        every = np.concatenate(strokes)
        shift = np.array([x - every[:, 0].min(), 0.0])
        placed += [s + shift for s in strokes]
        x = every[:, 0].max() + shift[0] + rng.uniform(*gap)
    return placed


def print_word(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """2-4 printed lowercase letters written close together, touching or nearly."""
    letters = [_PRINT_LOWER[i] for i in rng.integers(0, len(_PRINT_LOWER), int(rng.integers(2, 5)))]
    glyphs = [LETTERS[c][rng.integers(len(LETTERS[c]))] for c in letters]
    return not_upright_bar(render(_side_by_side(glyphs, rng, (-0.03, 0.12)), rng, look=_LOOK))


def initials(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """Two or three capitals side by side, as people sign."""
    capitals = [c for c in LETTERS if c.isupper()]
    chosen = [capitals[i] for i in rng.integers(0, len(capitals), int(rng.integers(2, 4)))]
    glyphs = [LETTERS[c][rng.integers(len(LETTERS[c]))] for c in chosen]
    return not_upright_bar(render(_side_by_side(glyphs, rng, (0.0, 0.25)), rng, look=_LOOK))


def shape(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A geometric shape (triangle, square, star, heart...), never a circle."""
    return render(_pick(SHAPES, rng), rng, _LOOSE)


def outlined(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A letter or shape drawn hollow: outlined digits are digits, outlines alone are not."""
    if rng.random() < 0.6:
        return render(_pick(LETTERS, rng), rng, outline=True)
    return render(_pick(SHAPES, rng), rng, _LOOSE, outline=True)


# --------------------------------------------------------------------------
# Scribbles and strokes
# --------------------------------------------------------------------------


def scribble(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A tangle: one smooth stroke through 8-16 random points, or a coil of loops."""
    if rng.random() < 0.7:
        points = rng.uniform(0, 1, size=(int(rng.integers(8, 17)), 2))
        return render([cursive.smooth(points, 12)], rng, _LOOSE)
    loops = int(rng.integers(3, 7))
    t = np.linspace(0, 2 * math.pi * loops, 40 * loops)
    size = rng.uniform(0.25, 0.45)
    coil = np.stack([t / (2 * math.pi) * rng.uniform(0.2, 0.35) - size * np.sin(t),
                     -size * np.cos(t)], axis=1)
    return render([coil], rng, _LOOSE)


def zigzag(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A zigzag of 5-9 legs, or a wave of 2.5-4 periods (fewer could be a Z or an S)."""
    if rng.random() < 0.5:
        legs = int(rng.integers(5, 10))
        x = np.linspace(0, legs * rng.uniform(0.15, 0.35), legs + 1)
        y = np.where(np.arange(legs + 1) % 2 == 0, 0.0, 1.0) + rng.normal(0, 0.05, legs + 1)
        return render([np.stack([x, y], axis=1)], rng, _LOOSE)
    periods = rng.uniform(2.5, 4.0)
    x = np.linspace(0, periods * rng.uniform(0.4, 0.8), int(60 * periods))
    y = 0.5 + 0.5 * np.sin(np.linspace(0, 2 * math.pi * periods, len(x)))
    return render([np.stack([x, y], axis=1)], rng, _LOOSE)


def strokes(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """4-7 random lines or gentle curves, crossing anywhere (fewer can make a 7 or 4)."""
    lines = []
    for _ in range(int(rng.integers(4, 8))):
        ends = rng.uniform(0, 1, size=(2, 2))
        middle = ends.mean(axis=0) + rng.normal(0, 0.15, size=2)
        lines.append(cursive.smooth(np.stack([ends[0], middle, ends[1]]), per=8))
    return render(lines, rng, _LOOSE)


def hatching(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """3-8 parallel lines (a shading), sometimes crossed by a second set."""
    count = int(rng.integers(3, 9))
    gap = rng.uniform(0.1, 0.25)
    lines = [poly((0.0, i * gap), (1.0, i * gap + rng.uniform(-0.3, 0.3) * 0.2))
             for i in range(count)]
    if rng.random() < 0.4:
        lines += [poly((i * gap, 0.0), (i * gap, (count - 1) * gap)) for i in range(count)]
    return render(lines, rng, Hand(rotation=90.0, slant=0.3))


# --------------------------------------------------------------------------
# Blobs, textures, screenshots
# --------------------------------------------------------------------------


def blob(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """Ink blots: several filled ellipses and spatter, or a thresholded noise field."""
    side = 160
    if rng.random() < 0.5:
        image = Image.new("L", (side, side), 255)
        draw = ImageDraw.Draw(image)
        for _ in range(int(rng.integers(2, 9))):
            x, y = rng.uniform(30, 130, size=2)
            rx, ry = rng.uniform(4, 30, size=2)
            draw.ellipse((x - rx, y - ry, x + rx, y + ry), fill=0)
        return prepared(np.asarray(image))
    field = _smooth_noise(rng, side, int(rng.integers(3, 8)))
    return prepared(np.where(field > rng.uniform(0.55, 0.75), 0, 255).astype(np.uint8))


def _smooth_noise(rng: np.random.Generator, side: int, cells: int) -> np.ndarray:
    """Smooth random values in [0, 1] on a side x side grid."""
    coarse = Image.fromarray((rng.uniform(0, 1, size=(cells, cells)) * 255).astype(np.uint8))
    return np.asarray(coarse.resize((side, side), Image.Resampling.BICUBIC)) / 255.0


def texture(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A photo-like patch: soft shapes of light and shade, a gradient, grain."""
    side = int(rng.integers(96, 160))
    light = sum(_smooth_noise(rng, side, int(c)) * w
                for c, w in ((rng.integers(2, 5), 0.6), (rng.integers(6, 16), 0.3)))
    ramp = np.linspace(0, rng.uniform(-0.4, 0.4), side)
    light = light + (ramp[:, None] if rng.random() < 0.5 else ramp[None, :])
    light = light + rng.normal(0, rng.uniform(0.0, 0.06), size=light.shape)
    light = (light - light.min()) / max(float(np.ptp(light)), 1e-6)
    return prepared((light * 255).astype(np.uint8))


def screenshot(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A window-like fragment: panels, buttons, lines of small text, a bar chart."""
    width, height = int(rng.integers(160, 260)), int(rng.integers(110, 180))
    dark = rng.random() < 0.3
    paper, ink = (40, 220) if dark else (int(rng.integers(225, 256)), 30)
    image = Image.new("L", (width, height), paper)
    draw = ImageDraw.Draw(image)
    font = fonts.load(sources.fonts[rng.integers(len(sources.fonts))], int(rng.integers(9, 15)))
    for _ in range(int(rng.integers(1, 4))):  # panels and buttons
        x0, y0 = rng.uniform(0, 0.7) * width, rng.uniform(0, 0.7) * height
        x1, y1 = x0 + rng.uniform(0.2, 0.6) * width, y0 + rng.uniform(0.1, 0.4) * height
        shade = int(np.clip(paper + rng.integers(-60, 61), 0, 255))
        draw.rounded_rectangle((x0, y0, x1, y1), radius=int(rng.integers(0, 8)), fill=shade,
                               outline=ink if rng.random() < 0.6 else None)
    y = rng.uniform(2, 20)
    for _ in range(int(rng.integers(2, 8))):  # lines of text
        words = " ".join(_word(rng) for _ in range(int(rng.integers(1, 6))))
        draw.text((rng.uniform(2, 30), y), words, font=font, fill=ink)
        y += rng.uniform(14, 26)
    if rng.random() < 0.5:  # a histogram, like the app's own
        base, left = height - 4, rng.uniform(0.3, 0.6) * width
        for i in range(10):
            top = base - rng.uniform(0, 0.5) * height
            draw.rectangle((left + i * 8, top, left + i * 8 + 5, base), fill=ink)
    return prepared(np.asarray(image))


def _word(rng: np.random.Generator) -> str:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(letters[i] for i in rng.integers(0, len(letters), int(rng.integers(2, 9))))


# --------------------------------------------------------------------------
# Printed characters
# --------------------------------------------------------------------------


def _printed(rng: np.random.Generator, sources: Sources, chars: str) -> np.ndarray | None:
    path = sources.fonts[rng.integers(len(sources.fonts))]
    pool = fonts.printable(path, chars)  # never a "missing glyph" box: that is a boxy 0
    char = pool[rng.integers(len(pool))]
    picture = fonts.paint_text(char, path, int(rng.integers(40, 90)), rng.normal(0, 6))
    return prepared(picture)


def font_letter(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A printed letter (Latin, Greek, Cyrillic) that cannot pass for a digit."""
    return _printed(rng, sources, FONT_LETTERS)


def font_symbol(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """A printed symbol that cannot pass for a digit."""
    return _printed(rng, sources, FONT_SYMBOLS)


# --------------------------------------------------------------------------
# MNIST fragments
# --------------------------------------------------------------------------


def _mnist_digit(rng: np.random.Generator, sources: Sources) -> Image.Image:
    image = sources.mnist[rng.integers(len(sources.mnist))]
    size = 28 * _MNIST_SCALE
    return Image.fromarray(image).resize((size, size), Image.Resampling.BILINEAR)


def _merge(first: Image.Image, second: Image.Image, dx: float, dy: float) -> np.ndarray:
    """Lay two light-on-dark digits on one sheet, the second shifted (px)."""
    side = first.width
    sheet = np.zeros((3 * side, 3 * side), dtype=np.uint8)
    sheet[side : 2 * side, side : 2 * side] = np.asarray(first)
    x, y = side + round(dx), side + round(dy)
    sheet[y : y + second.height, x : x + second.width] = np.maximum(
        sheet[y : y + second.height, x : x + second.width], np.asarray(second))
    rows, cols = np.flatnonzero(sheet.any(axis=1)), np.flatnonzero(sheet.any(axis=0))
    if rows.size == 0:
        return sheet[:8, :8]
    margin = side // 4  # prepare() crops anyway: a smaller sheet is only faster
    return sheet[max(rows[0] - margin, 0) : rows[-1] + margin,
                 max(cols[0] - margin, 0) : cols[-1] + margin]


def mnist_crossed(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """Two MNIST digits laid across each other, the second turned 45-135 degrees."""
    first = _mnist_digit(rng, sources)
    turn = rng.uniform(45, 135) * rng.choice([-1, 1])
    second = _mnist_digit(rng, sources).rotate(turn, Image.Resampling.BILINEAR)
    shift = rng.uniform(0.1, 0.35) * first.width * rng.choice([-1, 1])
    return prepared(_merge(first, second, shift, rng.normal(0, 4)))


def mnist_merged(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """Two MNIST digits side by side, run into each other (a fifth to a half overlapping)."""
    first, second = _mnist_digit(rng, sources), _mnist_digit(rng, sources)
    shift = rng.uniform(0.3, 0.55) * first.width
    return prepared(_merge(first, second, shift, rng.normal(0, 4)))


def mnist_cut(rng: np.random.Generator, sources: Sources) -> np.ndarray | None:
    """The top of one MNIST digit on the bottom of another, shifted sideways by most of a width.

    Each half is cut where it holds half of its digit's ink and must itself be
    wide: the stem of a 7 or a 9 alone would be a 1.
    """
    first, second = _mnist_digit(rng, sources), _mnist_digit(rng, sources)
    top, bottom = _half(np.asarray(first), upper=True), _half(np.asarray(second), upper=False)
    if top is None or bottom is None:
        return None
    shift = rng.uniform(0.45, 0.6) * first.width * rng.choice([-1, 1])
    return prepared(_merge(Image.fromarray(top), Image.fromarray(bottom), shift, 0))


def _half(digit: np.ndarray, upper: bool) -> np.ndarray | None:
    """The upper or lower half of a digit's ink, or None if that half is a thin stroke."""
    rows = digit.sum(axis=1, dtype=np.float64)
    cut = int(np.searchsorted(np.cumsum(rows), rows.sum() / 2))
    half = digit.copy()
    if upper:
        half[cut:] = 0
    else:
        half[:cut] = 0
    if half.max() <= 60 or _spread(half) < _WIDE:
        return None
    return half


Kind = Callable[[np.random.Generator, Sources], "np.ndarray | None"]

KINDS: dict[str, tuple[Kind, float]] = {
    "letter": (letter, 0.14),
    "symbol": (symbol, 0.11),
    "cursive word": (cursive_word, 0.08),
    "cursive letter": (cursive_letter, 0.05),
    "print word": (print_word, 0.04),
    "initials": (initials, 0.03),
    "shape": (shape, 0.08),
    "outlined": (outlined, 0.04),
    "scribble": (scribble, 0.04),
    "zigzag": (zigzag, 0.04),
    "strokes": (strokes, 0.04),
    "hatching": (hatching, 0.03),
    "blob": (blob, 0.03),
    "font letter": (font_letter, 0.10),
    "font symbol": (font_symbol, 0.06),
    "texture": (texture, 0.03),
    "screenshot": (screenshot, 0.04),
    "mnist crossed": (mnist_crossed, 0.04),
    "mnist merged": (mnist_merged, 0.03),
    "mnist cut": (mnist_cut, 0.03),
}
"""Kind name -> (generator, share of the negatives)."""

MNIST_KINDS = ("mnist crossed", "mnist merged", "mnist cut")
"""Kinds that need MNIST images (left out when none are given)."""
