"""Whole held-out drawings read the app's way: letters and words refused, numbers read whole.

:mod:`model.synthetic.heldout` scores single 28x28 images; here held-out
letters, symbols, cursive words and numbers of 2-5 held-out digits are drawn
on a canvas-sized sheet and read by ``model.data.number.read_number``, with
their strokes (as the canvas reads them) and from the pixels alone (an opened
image), so the cutter for touching digits is part of what is measured.
Numbers have gaps of -3 % (touching) to 60 % of the digit height.

Like the rest of the held-out set: report it, never tune on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image, ImageDraw

from model.synthetic import heldout, heldout_nondigit_templates, heldout_templates
from model.synthetic.hand import HAND, handwrite

Read = Callable[[np.ndarray, "list[np.ndarray] | None"], "str | None"]
"""(image, strokes or None) -> the number read, None when refused (``Reading.number``)."""

SIZE = (700, 420)  # width, height of the sheet, px
_SEED = 7  # the held-out reading stream (other streams: model.synthetic.training_set)


def paint(strokes: Sequence[np.ndarray], pen: float,
          size: tuple[int, int] = SIZE) -> np.ndarray:
    """Strokes black on white with round caps, like the canvas (uint8, 255 paper)."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        points = [(float(x), float(y)) for x, y in stroke]
        if len(points) > 1:
            draw.line(points, fill=0, width=max(1, round(pen)), joint="curve")
        for x, y in (points[0], points[-1]):
            draw.ellipse([x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2], fill=0)
    return np.asarray(image)


def _fit(strokes: list[np.ndarray], height: float, rng: np.random.Generator
         ) -> tuple[list[np.ndarray], float]:
    """Strokes scaled to ``height`` px (narrowed to fit the sheet), placed at random; the pen."""
    every = np.concatenate(strokes)
    low, span = every.min(axis=0), np.maximum(np.ptp(every, axis=0), 1e-6)
    pen = rng.uniform(0.07, 0.15) * height
    scale = min(height / span[1], (SIZE[0] - 3 * pen) / span[0], (SIZE[1] - 3 * pen) / span[1])
    room = np.array(SIZE) - span * scale - 2 * pen
    offset = pen + rng.uniform(0, 1, 2) * np.maximum(room, 0)
    return [(s - low) * scale + offset for s in strokes], float(pen)


def _non_digit(rng: np.random.Generator) -> list[np.ndarray]:
    if rng.random() < 0.4:
        return handwrite(heldout.cursive_word_strokes(rng), rng, heldout.JOINED_HAND)
    table = (heldout_nondigit_templates.letters() if rng.random() < 0.6
             else heldout_nondigit_templates.symbols())
    variants = list(table.values())[rng.integers(len(table))]
    return handwrite(variants[rng.integers(len(variants))], rng, HAND)


def _number(rng: np.random.Generator) -> tuple[str, list[np.ndarray]]:
    styles = heldout_templates.digit_styles()
    names = list(styles)
    digits, strokes, x = [], [], 0.0
    shear = float(np.tan(np.radians(rng.uniform(-10, 10))))
    for _ in range(int(rng.integers(2, 6))):
        name = names[rng.integers(len(names))]
        digit, variants = styles[name]
        glyph = handwrite(variants[rng.integers(len(variants))], rng,
                          heldout_templates.style_hand(name))
        every = np.concatenate(glyph)
        top, bottom = every[:, 1].min(), every[:, 1].max()
        placed = []
        for stroke in glyph:
            y = (stroke[:, 1] - bottom) / (bottom - top)  # 0 at the baseline, -1 at the top
            placed.append(np.column_stack([stroke[:, 0] / (bottom - top) - shear * y, y]))
        left = min(s[:, 0].min() for s in placed)
        strokes += [s + (x - left, 0.0) for s in placed]
        x = max(s[:, 0].max() for s in strokes) + 0.1 + rng.uniform(-0.03, 0.6)
        digits.append(str(digit))
    return "".join(digits), strokes


def reading_report(read: Read, count: int, seed: int = 0) -> dict[str, dict[str, float]]:
    """Share of held-out non-digits refused and of numbers read whole, each way of reading.

    Args:
        read: Reads a drawing (see ``Read``).
        count: Drawings of each kind.
        seed: Which drawings (a stream of its own whatever the seed).

    Returns:
        ``{"letters and symbols refused": {"strokes": s, "image": i},
        "numbers read whole": {...}}``.
    """
    rng = np.random.default_rng([seed, _SEED])
    right = {"refused": [0, 0], "whole": [0, 0]}
    for _ in range(count):
        strokes, pen = _fit(_non_digit(rng), rng.uniform(0.3, 0.6) * SIZE[1], rng)
        image = paint(strokes, pen)
        right["refused"][0] += read(image, strokes) is None
        right["refused"][1] += read(image, None) is None
        truth, unit = _number(rng)
        strokes, pen = _fit(unit, rng.uniform(0.25, 0.45) * SIZE[1], rng)
        image = paint(strokes, pen)
        right["whole"][0] += read(image, strokes) == truth
        right["whole"][1] += read(image, None) == truth
    names = {"refused": "letters and symbols refused", "whole": "numbers read whole"}
    return {names[key]: {"strokes": a / max(count, 1), "image": b / max(count, 1)}
            for key, (a, b) in right.items()}
