"""Joined-up writing: cursive letters as key points, and words written in one stroke.

A cursive letter is a list of key points (x right, y down): the baseline is
y = 1, the small letters reach up to y = 0.5 and the tall ones to y = 0. It
starts on the baseline at x = 0 (where the previous letter left off) and
ends near the baseline at its width, ready for the next letter. A word joins
its letters' points end to end and smooths them into one pen stroke, the
way people write a word without lifting the pen; the cutter for touching
digits must keep such a stroke whole (model/data/pieces.py).

Left out, as in :mod:`model.synthetic.nondigit_templates`: a word made only of
letters that pass for digits (o, i, l, t alone read 0 and 1), and those
letters written alone. The training path uses the letters here; the
held-out set has letter forms and words of its own
(:mod:`model.synthetic.heldout_nondigit_templates`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from model.synthetic.hand import Stroke

Points = Sequence[tuple[float, float]]

LOWERCASE: dict[str, Points] = {
    "a": ((0.0, 1.0), (0.32, 0.56), (0.18, 0.52), (0.06, 0.68), (0.08, 0.92), (0.2, 0.98),
          (0.32, 0.75), (0.34, 0.52), (0.33, 0.85), (0.38, 0.98), (0.48, 0.92)),
    "c": ((0.0, 1.0), (0.25, 0.6), (0.32, 0.56), (0.2, 0.52), (0.07, 0.68), (0.08, 0.92),
          (0.22, 1.0), (0.38, 0.9)),
    "d": ((0.0, 1.0), (0.32, 0.56), (0.18, 0.52), (0.06, 0.68), (0.08, 0.92), (0.2, 0.98),
          (0.32, 0.75), (0.36, 0.05), (0.34, 0.85), (0.4, 0.98), (0.5, 0.92)),
    "e": ((0.0, 0.95), (0.2, 0.8), (0.32, 0.65), (0.25, 0.52), (0.12, 0.62), (0.1, 0.85),
          (0.2, 0.99), (0.38, 0.9)),
    "h": ((0.0, 1.0), (0.15, 0.5), (0.2, 0.15), (0.12, 0.02), (0.06, 0.2), (0.05, 1.0),
          (0.1, 0.7), (0.22, 0.55), (0.32, 0.62), (0.32, 0.95), (0.42, 0.92)),
    "i": ((0.0, 1.0), (0.12, 0.55), (0.1, 0.9), (0.16, 1.0), (0.26, 0.92)),
    "l": ((0.0, 1.0), (0.2, 0.5), (0.25, 0.15), (0.15, 0.02), (0.08, 0.2), (0.08, 0.9),
          (0.15, 1.0), (0.28, 0.92)),
    "m": ((0.0, 1.0), (0.05, 0.55), (0.05, 1.0), (0.08, 0.7), (0.16, 0.55), (0.24, 0.65),
          (0.24, 1.0), (0.27, 0.7), (0.36, 0.55), (0.44, 0.65), (0.44, 0.95), (0.54, 0.92)),
    "n": ((0.0, 1.0), (0.05, 0.55), (0.05, 1.0), (0.1, 0.68), (0.2, 0.55), (0.3, 0.65),
          (0.3, 0.95), (0.4, 0.92)),
    "o": ((0.0, 1.0), (0.25, 0.55), (0.12, 0.55), (0.05, 0.78), (0.15, 0.99), (0.28, 0.8),
          (0.25, 0.55), (0.4, 0.6)),
    "r": ((0.0, 1.0), (0.1, 0.55), (0.18, 0.6), (0.2, 0.66), (0.22, 0.95), (0.32, 0.92)),
    "t": ((0.0, 1.0), (0.15, 0.5), (0.18, 0.25), (0.16, 0.9), (0.24, 1.0), (0.34, 0.92)),
    "u": ((0.0, 1.0), (0.05, 0.55), (0.05, 0.9), (0.14, 1.0), (0.24, 0.9), (0.26, 0.55),
          (0.26, 0.92), (0.36, 0.95)),
    "v": ((0.0, 0.62), (0.08, 0.55), (0.14, 0.98), (0.26, 0.55), (0.34, 0.58)),
    "w": ((0.0, 1.0), (0.04, 0.55), (0.06, 0.95), (0.14, 0.98), (0.2, 0.7), (0.26, 0.98),
          (0.34, 0.9), (0.36, 0.55), (0.44, 0.56)),
}
"""Cursive letter -> key points (one stroke, joined to its neighbours)."""

DIGIT_LIKE = "ilot"
"""Letters that alone (or only with each other) pass for 0 and 1."""

ALONE = "acehmnuw"
"""Letters drawn alone, with their lead-in and exit strokes."""

WORDS = ("and", "the", "man", "can", "new", "run", "hen", "cat", "me", "we", "an", "in",
         "on", "are", "him", "head", "ten", "mom", "dad", "law", "raw", "home",
         "name", "time", "word", "dream", "rain", "come", "wine", "hand", "mice", "uncle")
"""Common short words (also made up: any run of LOWERCASE letters with one not DIGIT_LIKE)."""


def smooth(points: np.ndarray, per: int = 10) -> np.ndarray:
    """A Catmull-Rom curve through the points."""
    p = np.concatenate([points[:1], points, points[-1:]])
    t = np.linspace(0, 1, per, endpoint=False)[:, None]
    pieces = []
    for i in range(1, len(p) - 2):
        a, b, c, d = p[i - 1], p[i], p[i + 1], p[i + 2]
        pieces.append(0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t**2
                             + (3 * b - a - 3 * c + d) * t**3))
    return np.concatenate(pieces + [points[-1:]])


def readable_as_word(word: str) -> bool:
    """Whether a word may be a negative: cursive letters only, one of them not digit-like."""
    return bool(word) and set(word) <= set(LOWERCASE) and not set(word) <= set(DIGIT_LIKE)


def word_stroke(word: str, letters: dict[str, Points] | None = None,
                spacing: float = 0.0) -> Stroke:
    """One pen stroke through a word's letters, left to right.

    Args:
        word: Letters of ``letters``.
        letters: Letter -> key points (default LOWERCASE).
        spacing: Extra room between letters, in letter heights.

    Returns:
        The stroke's points, y down, the word's height about 1.
    """
    letters = LOWERCASE if letters is None else letters
    points, x = [], 0.0
    for letter in word:
        shape = np.asarray(letters[letter], dtype=np.float64)
        points.append(shape + (x, 0.0))
        x += float(shape[:, 0].max()) + spacing
    return smooth(np.concatenate(points))


def random_word(rng: np.random.Generator, letters: str = "".join(LOWERCASE)) -> str:
    """A listed word (half the time) or 2-6 random letters, never only digit-like ones."""
    if rng.random() < 0.5:
        listed = [w for w in WORDS if set(w) <= set(letters) and readable_as_word(w)]
        if listed:
            return listed[rng.integers(len(listed))]
    while True:
        word = "".join(letters[i] for i in rng.integers(0, len(letters), rng.integers(2, 7)))
        if readable_as_word(word):
            return word
