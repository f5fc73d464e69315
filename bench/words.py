"""Words and letters refused, touching numbers read whole: the cutter for touching digits.

Draws, with the project's own stroke templates (never a handwriting font):

- cursive words written in one stroke (``model.synthetic.cursive``) and
  cursive letters alone (a m n u w e ...), with their lead-in and exit strokes;
- print and script letters and symbols (``model.synthetic.nondigit_templates``,
  the training's own non-digits) written by a random hand;
- numbers of 2-5 digits whose neighbours touch (``bench.strokes`` templates
  placed with a gap of -4 % to +1 % of the digit height: one ink component);
- numbers of 2-5 digits in the training's styles written close together
  (gaps between the ink of -4 % to +15 % of the digit height).

Each is read by the app's ``read_number`` with the bundled model (or
``--checkpoint``), with its strokes (the canvas) and from the pixels (an
image). A word or letter counts as refused when the reading is not a digit
nor a number; a number as read when every digit is, in order.

Everything here is in-distribution (the training's letters, symbols and
digit styles; the segmenter was developed against it); the held-out letters,
words and numbers are in ``evaluate --heldout``.

    python -m bench.words [--count 200] [--seed 0] [--checkpoint DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import numpy as np

from bench.numbers import compose, digit_strokes, render
from bench.strokes import TEMPLATES
from model.synthetic import cursive, nondigit_templates
from model.synthetic.hand import HAND, Hand, handwrite

SIZE = (780, 680)
_HAND = Hand(jitter=0.01, wobble=0.01, slant=0.35, rotation=6.0, aspect=0.15, ends=0.0, fast=3)


def place(strokes: Sequence[np.ndarray], rng: np.random.Generator,
          size: tuple[int, int] = SIZE) -> tuple[list[np.ndarray], float]:
    """Strokes scaled to a random height that fits the canvas, placed at random; and the pen."""
    every = np.concatenate(strokes)
    low, high = every.min(axis=0), every.max(axis=0)
    span = np.maximum(high - low, 1e-6)
    scale = min(rng.uniform(0.25, 0.55) * size[1] / span[1], 0.9 * size[0] / span[0])
    pen = float(np.clip(rng.uniform(0.05, 0.14) * span[1] * scale, 4, 30))
    room = np.array(size) - span * scale - 2 * pen
    offset = pen + rng.uniform(0, 1, 2) * np.maximum(room, 0)
    return [(s - low) * scale + offset for s in strokes], pen


def cursive_word(rng: np.random.Generator, alone: bool) -> list[np.ndarray]:
    """A cursive word in one stroke, or one cursive letter, by a random hand."""
    word = cursive.ALONE[rng.integers(len(cursive.ALONE))] if alone else cursive.random_word(rng)
    return handwrite([cursive.word_stroke(word)], rng, _HAND)


def letter_or_symbol(rng: np.random.Generator) -> list[np.ndarray]:
    """A training letter or symbol (print or script) by a random hand."""
    table = nondigit_templates.LETTERS if rng.random() < 0.6 else nondigit_templates.SYMBOLS
    variants = list(table.values())[rng.integers(len(table))]
    return handwrite(variants[rng.integers(len(variants))], rng, HAND)


def touching_number(rng: np.random.Generator) -> tuple[str, list[np.ndarray], float]:
    """A 2-5 digit number whose neighbours' ink touches; its text, strokes and pen."""
    digits = [int(d) for d in rng.integers(0, 10, rng.integers(2, 6))]
    height = rng.uniform(0.25, 0.4) * SIZE[1]
    pen = rng.uniform(0.07, 0.13) * height
    shear = float(np.tan(np.radians(rng.uniform(-8, 8))))
    strokes, x = [], 0.0
    for digit in digits:
        options = TEMPLATES[digit]
        placed = digit_strokes(options[rng.integers(len(options))], x, 0.0, height, shear, rng)
        strokes += placed
        # Centre lines a pen width apart less a little: the ink overlaps.
        x = max(s[:, 0].max() for s in placed) + pen * rng.uniform(0.5, 1.0)
    every = np.concatenate(strokes)
    offset = np.array([30.0, 30.0]) - every.min(axis=0)
    return "".join(map(str, digits)), [s + offset for s in strokes], float(pen)


def run(count: int, seed: int, classifier: object) -> dict[str, dict[str, float]]:
    """Share refused (words, letters) and read whole (touching numbers), per way of reading."""
    from model.data.number import read_number

    rng = np.random.default_rng(seed)
    out: dict[str, dict[str, float]] = {}
    draw = {"cursive words": lambda: cursive_word(rng, False),
            "cursive letters": lambda: cursive_word(rng, True),
            "letters and symbols": lambda: letter_or_symbol(rng)}
    for what, drawing in draw.items():
        refused = {"strokes": 0, "image": 0}
        for _ in range(count):
            strokes, pen = place(drawing(), rng)
            image = render(strokes, pen, SIZE)
            refused["strokes"] += read_number(image, classifier, strokes).number is None
            refused["image"] += read_number(image, classifier).number is None
        out[what + " refused"] = {way: n / count for way, n in refused.items()}
    def touching() -> tuple[str, list[np.ndarray], np.ndarray]:
        truth, strokes, pen = touching_number(rng)
        width = int(np.concatenate(strokes)[:, 0].max()) + 60
        return truth, strokes, render(strokes, pen, (width, SIZE[1]))

    def close() -> tuple[str, list[np.ndarray], np.ndarray]:
        digits = [int(d) for d in rng.integers(0, 10, rng.integers(2, 6))]
        strokes, pen = compose(digits, rng, SIZE, world=True, gaps=(-0.04, 0.15))
        return "".join(map(str, digits)), strokes, render(strokes, pen, SIZE)

    for what, number in (("touching", touching), ("close", close)):
        read = {"strokes": 0, "image": 0}
        for _ in range(count):
            truth, strokes, image = number()
            read["strokes"] += read_number(image, classifier, strokes).number == truth
            read["image"] += read_number(image, classifier).number == truth
        out[f"{what} numbers read whole"] = {way: n / count for way, n in read.items()}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print one line per row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--checkpoint", default=None)
    parser.add_argument("--quick", action="store_true", help="40 of each (noisier; bench.all)")
    args = parser.parse_args(argv)
    if args.quick:
        args.count = min(args.count, 40)
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier

    loaded = load_for_serving(args.checkpoint or BUNDLED_DIR)
    result = run(args.count, args.seed, Classifier(loaded.model, loaded.metadata, loaded.path))
    for what, ways in result.items():
        print(f"{what:32s} " + "  ".join(f"{way} {share:.3f}" for way, share in ways.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
