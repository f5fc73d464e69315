"""The held-out set (``evaluate --heldout``): digits and non-digits training never saw.

Held out means: stroke templates written for this set alone
(:mod:`model.synthetic.heldout_templates`, :mod:`model.synthetic.heldout_nondigit_templates`),
printed fonts nothing else reads (:func:`model.synthetic.fonts.heldout_font_files`)
and a random stream of its own. What it shares with training is the way a
drawing is made: the random hand model, the canvas-like painting and the
app's ``prepare`` (:mod:`model.synthetic.hand`), because that is how the app sees a
drawing.

It has only the kinds of non-digit whose templates or fonts are new
(letters, symbols, shapes, printed letters and symbols); the other kinds
(scribbles, blobs, textures, MNIST fragments...) have one generator, shared
with training, and are scored only by the validation set.

Keep it out of every tuning decision (recipe, thresholds, templates):
choose on the validation set (:func:`model.synthetic.training_set.validation_set`),
report this one. The training path never imports this module or its
templates; ``tests/test_heldout.py`` checks it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from model.synthetic import (
    cursive,
    fonts,
    heldout_nondigit_templates,
    heldout_templates,
    nondigits,
    training_set,
)
from model.synthetic.digit_templates import Glyph
from model.synthetic.hand import HAND, Hand, prepared, render

HELDOUT = "held-out (new templates and fonts)"
"""What ``evaluate --heldout`` calls this set in its output."""

KINDS = ("letter", "symbol", "cursive word", "shape", "font letter", "font symbol")
"""The kinds of non-digit in the held-out set (named as in the validation set)."""

_FONT_KINDS = {"font letter": nondigits.font_letter, "font symbol": nondigits.font_symbol}
_LOOSE = Hand(rotation=25.0, aspect=0.15)  # shapes may lean and turn more than digits
JOINED_HAND = Hand(jitter=0.01, wobble=0.01, slant=0.45, rotation=6.0, aspect=0.25, ends=0.02)
Make = Callable[[np.random.Generator], "np.ndarray | None"]


def _drawn(variants: list[Glyph], hand: Hand) -> Make:
    return lambda rng: render(variants[rng.integers(len(variants))], rng, hand)


def _printed(digit: int, font_files: tuple[Path | None, ...]) -> Make:
    def make(rng: np.random.Generator) -> np.ndarray | None:
        path = font_files[rng.integers(len(font_files))]
        return prepared(fonts.paint_text(str(digit), path, int(rng.integers(40, 90)),
                                         rng.normal(0, 5)))

    return make


def _any_of(table: dict[str, list[Glyph]], hand: Hand) -> Make:
    """A random entry of the table, a random variant of it, drawn by a random hand."""
    glyphs = list(table.values())

    def make(rng: np.random.Generator) -> np.ndarray | None:
        variants = glyphs[rng.integers(len(glyphs))]
        return render(variants[rng.integers(len(variants))], rng, hand)

    return make


def cursive_word_strokes(rng: np.random.Generator) -> list[np.ndarray]:
    """A held-out word in one pen stroke, as a random hand writes it (unit height)."""
    words = heldout_nondigit_templates.CURSIVE_WORDS
    word = words[rng.integers(len(words))]
    return [cursive.word_stroke(word, heldout_nondigit_templates.CURSIVE_LETTERS)]


def style_makers(font_files: tuple[Path | None, ...]) -> dict[str, Make]:
    """Held-out style name -> image maker: the new templates, then printed digits.

    Args:
        font_files: The held-out fonts; without any, no printed styles.

    Returns:
        Makers in the order the report lists the styles; the first
        character of a name is its digit.
    """
    makers = {style: _drawn(variants, heldout_templates.style_hand(style))
              for style, (_, variants) in heldout_templates.digit_styles().items()}
    if font_files:
        makers.update({f"{digit} printed": _printed(digit, font_files) for digit in range(10)})
    return makers


def kind_makers(font_files: tuple[Path | None, ...]) -> dict[str, Make]:
    """Held-out non-digit kind -> image maker (no printed kinds without fonts)."""
    makers = {
        "letter": _any_of(heldout_nondigit_templates.letters(), HAND),
        "symbol": _any_of(heldout_nondigit_templates.symbols(), HAND),
        "cursive word": lambda rng: render(cursive_word_strokes(rng), rng, JOINED_HAND),
        "shape": _any_of(heldout_nondigit_templates.shapes(), _LOOSE),
    }
    if font_files:
        sources = nondigits.Sources(font_files)
        makers.update({kind: lambda rng, kind=kind: _FONT_KINDS[kind](rng, sources)
                       for kind in _FONT_KINDS})
    return makers


def font_names(font_files: tuple[Path | None, ...]) -> list[str]:
    """File names of the fonts, Pillow's own as "Pillow built-in (Aileron)"."""
    return ["Pillow built-in (Aileron)" if path is fonts.BUILTIN else path.name
            for path in font_files]


def heldout_set(seed: int = 0, per_style: int = 200, per_kind: int = 200) -> dict:
    """The held-out set, in :func:`model.synthetic.training_set.validation_set`'s format.

    Args:
        seed: Which held-out set (its random stream is neither training's
            nor validation's whatever the seed).
        per_style: Images per digit style.
        per_kind: Images per kind of non-digit.

    Returns:
        ``{"styles": {style: (images, labels)}, "negatives": {kind: images},
        "fonts": [font file names]}``, images uint8 (N, 28, 28), labels int32 (N,).
    """
    training_set.check_count(per_style)
    training_set.check_count(per_kind)
    font_files = fonts.heldout_font_files()
    styles = {}
    for index, (style, make) in enumerate(style_makers(font_files).items()):
        images = training_set.draw_images(make, per_style,
                                       training_set.random_stream(seed, "heldout", 0, index), style)
        styles[style] = (images, np.full(len(images), training_set.style_label(style), np.int32))
    negatives = {kind: training_set.draw_images(make, per_kind,
                                             training_set.random_stream(seed, "heldout", 2, index),
                                             kind)
                 for index, (kind, make) in enumerate(kind_makers(font_files).items())}
    return {"styles": styles, "negatives": negatives, "fonts": font_names(font_files)}
