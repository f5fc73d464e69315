"""Digit templates for the held-out set only: new shapes, never trained on.

Written for :mod:`model.synthetic.heldout` apart from :mod:`model.synthetic.digit_templates` (the
training templates): each digit is built another way (another stroke order,
straight segments where training curves, curves where it is straight, a
lifted pen where it chains) and in other proportions (narrower or wider,
smaller or larger loops, longer or shorter bars). The training path never
imports this module; ``tests/test_heldout.py`` checks that it never reads it
and that no template here is close to a training template.

The data is built on each call of :func:`digit_styles` (no module-level
tables), so that every read goes through one accessor a test can watch.
The rules of :mod:`model.synthetic.digit_templates` hold here too: a 1's flag is short
and steep, a 7's bar long and level.
"""

from __future__ import annotations

from model.synthetic.digit_templates import Glyph
from model.synthetic.hand import HAND, Hand, arc, bezier, chain, poly

_STEADY = Hand(slant=0.15, rotation=8.0)  # a slanted hand flattens a 1's flag into a 7's bar


def _zeros() -> dict[str, list[Glyph]]:
    return {
        # narrow, pointed top and bottom, one stroke from the top down the left side
        "0 pointed": [
            [chain(bezier((0.2, 0.0), (-0.06, 0.3), (-0.06, 0.7), (0.2, 1.0)),
                   bezier((0.2, 1.0), (0.46, 0.7), (0.46, 0.3), (0.2, 0.0)))],
            [chain(bezier((0.18, 0.02), (-0.08, 0.35), (0.0, 0.9), (0.2, 1.0)),
                   bezier((0.2, 1.0), (0.44, 0.85), (0.45, 0.3), (0.16, -0.02)))],
        ],
        # a rounded box, taller than wide, from the top left corner anticlockwise
        "0 boxy": [
            [chain(poly((0.08, 0.0), (0.0, 0.08), (0.0, 0.92), (0.08, 1.0), (0.5, 1.0),
                        (0.58, 0.92), (0.58, 0.08), (0.5, 0.0), (0.06, 0.0)))],
            [chain(poly((0.45, 0.0), (0.05, 0.02), (0.0, 0.5)),
                   bezier((0.0, 0.5), (0.0, 1.0), (0.55, 1.0), (0.55, 0.5)),
                   poly((0.55, 0.5), (0.5, 0.0)))],
        ],
    }


def _ones() -> dict[str, list[Glyph]]:
    return {
        # a wide base and a long curved flag; one stroke (base, back, up, flag) or three
        "1 base+flag": [
            [chain(poly((0.0, 1.0), (0.9, 1.0), (0.42, 1.0), (0.42, 0.0)),
                   bezier((0.42, 0.0), (0.34, 0.16), (0.22, 0.26), (0.08, 0.3)))],
            [poly((0.42, 1.0), (0.44, 0.0)),
             bezier((0.44, 0.0), (0.36, 0.14), (0.24, 0.24), (0.1, 0.27)),
             poly((0.92, 1.02), (0.0, 0.98))],
        ],
        # italic: the stem leans far right, a long flag falls from its top (read as 7)
        "1 italic long flag": [
            [poly((0.2, 0.42), (0.62, 0.0)), poly((0.62, 0.0), (0.25, 1.0))],
            [chain(bezier((0.22, 0.45), (0.4, 0.3), (0.52, 0.12), (0.66, 0.0)),
                   bezier((0.66, 0.0), (0.52, 0.35), (0.4, 0.7), (0.28, 1.0)))],
        ],
    }


def _twos() -> dict[str, list[Glyph]]:
    return {
        # straight segments: a sharp peak, one long diagonal, a long base
        "2 angular": [
            [poly((0.0, 0.28), (0.3, 0.0), (0.62, 0.18), (0.0, 1.0), (0.85, 1.0))],
            [poly((0.02, 0.2), (0.38, 0.0), (0.55, 0.25), (0.05, 0.98), (0.82, 0.94))],
        ],
        # a narrow hook, a big loop at the bottom left, a long base that rises
        "2 wide loop": [
            [chain(arc(0.26, 0.2, 0.2, 0.2, 190, 370),
                   bezier((0.46, 0.2), (0.44, 0.45), (0.3, 0.62), (0.18, 0.76)),
                   bezier((0.18, 0.76), (0.02, 1.08), (-0.2, 0.82), (0.06, 0.74)),
                   bezier((0.06, 0.74), (0.3, 0.9), (0.5, 1.0), (0.8, 0.92)))],
        ],
    }


def _threes() -> dict[str, list[Glyph]]:
    return {
        # a big top bowl and a smaller bottom one, pen lifted at a point far left
        "3 two strokes": [
            [bezier((0.0, 0.12), (0.3, -0.12), (0.85, 0.05), (0.55, 0.35), (0.05, 0.55)),
             bezier((0.05, 0.55), (0.7, 0.45), (0.75, 1.1), (0.02, 0.92))],
            [bezier((0.04, 0.1), (0.4, -0.1), (0.8, 0.15), (0.5, 0.38), (0.0, 0.52)),
             bezier((0.0, 0.52), (0.75, 0.5), (0.7, 1.05), (0.05, 0.95))],
        ],
        # a small top bowl over a big bottom one, a pointed middle
        "3 small top": [
            [chain(arc(0.3, 0.15, 0.18, 0.15, 200, 430), poly((0.28, 0.3), (0.2, 0.36)),
                   arc(0.3, 0.66, 0.34, 0.33, -110, 160))],
        ],
    }


def _fours() -> dict[str, list[Glyph]]:
    return {
        # the arm slants, stops short of the stem's top; the bar runs past the stem
        "4 open slant": [
            [poly((0.28, 0.0), (0.0, 0.58), (0.85, 0.58)), poly((0.58, 0.22), (0.58, 1.0))],
            [poly((0.3, 0.02), (0.02, 0.62), (0.8, 0.6)), poly((0.55, 0.3), (0.6, 1.0))],
        ],
        # a wide, low triangle; the stem drawn first, the bar last
        "4 wide": [
            [poly((0.7, 1.0), (0.7, 0.0), (0.0, 0.45), (0.95, 0.45))],
            [poly((0.65, 1.0), (0.68, 0.05)), poly((0.68, 0.05), (0.0, 0.5), (0.9, 0.5))],
        ],
    }


def _fives() -> dict[str, list[Glyph]]:
    return {
        # straight segments only: flag right to left, neck, then a boxy belly
        "5 angular": [
            [poly((0.62, 0.0), (0.08, 0.0), (0.05, 0.42), (0.48, 0.4), (0.62, 0.6),
                  (0.55, 0.9), (0.0, 0.96))],
        ],
        # a short neck over a big round belly; the flag is the last stroke
        "5 big belly": [
            [chain(poly((0.1, 0.0), (0.08, 0.3)), arc(0.34, 0.62, 0.34, 0.34, -145, 150)),
             poly((0.08, 0.0), (0.6, 0.02))],
        ],
    }


def _sixes() -> dict[str, list[Glyph]]:
    return {
        # an upright stem at the left and a small loop at its foot
        "6 upright": [
            [chain(poly((0.1, 0.0), (0.05, 0.75)), arc(0.25, 0.8, 0.2, 0.2, 180, -180))],
            [chain(bezier((0.3, 0.0), (0.1, 0.2), (0.04, 0.5), (0.04, 0.8)),
                   arc(0.24, 0.8, 0.2, 0.2, 180, -175))],
        ],
        # a curl at the top, then a loop as wide as the digit
        "6 curled": [
            [chain(arc(0.45, 0.1, 0.1, 0.1, 0, -200),
                   bezier((0.35, 0.12), (0.05, 0.3), (0.0, 0.5), (0.02, 0.68)),
                   arc(0.34, 0.68, 0.32, 0.3, 180, -170))],
        ],
    }


def _sevens() -> dict[str, list[Glyph]]:
    return {
        # a tick at the bar's left end, a steep stem, a low crossbar drawn right to left
        "7 low crossbar": [
            [chain(poly((0.0, 0.18), (0.02, 0.0), (0.85, 0.0)),
                   bezier((0.85, 0.0), (0.6, 0.3), (0.5, 0.7), (0.48, 1.0))),
             poly((0.85, 0.62), (0.2, 0.64))],
        ],
        # the stem leaves the bar diagonally and then drops straight down
        "7 bent stem": [
            [poly((0.0, 0.0), (0.75, 0.0), (0.42, 0.45), (0.4, 1.0))],
            [poly((0.02, 0.03), (0.72, 0.0)), poly((0.72, 0.0), (0.45, 0.4), (0.45, 1.0))],
        ],
    }


def _eights() -> dict[str, list[Glyph]]:
    return {
        # an S from the top right, then one stroke back up the other side
        "8 S and back": [
            [chain(bezier((0.6, 0.08), (0.3, -0.1), (-0.1, 0.2), (0.3, 0.5)),
                   bezier((0.3, 0.5), (0.75, 0.8), (0.4, 1.1), (0.05, 0.9)),
                   bezier((0.05, 0.9), (-0.05, 0.75), (0.2, 0.6), (0.3, 0.5)),
                   bezier((0.3, 0.5), (0.5, 0.35), (0.65, 0.2), (0.6, 0.08)))],
        ],
        # two separate loops, the top one wider and set to the right
        "8 stacked": [
            [arc(0.4, 0.24, 0.3, 0.24, 90, 450), arc(0.3, 0.72, 0.22, 0.26, -90, 270)],
        ],
    }


def _nines() -> dict[str, list[Glyph]]:
    return {
        # a small loop drawn clockwise from the right, a long separate stem
        "9 straight stem": [
            [arc(0.22, 0.18, 0.22, 0.18, 0, 360), poly((0.46, 0.0), (0.46, 1.0))],
            [chain(arc(0.2, 0.2, 0.2, 0.2, 10, 370), poly((0.4, 0.22), (0.42, 1.0)))],
        ],
        # a tiny loop tilted back on a long curved stem (scanned forms: read as 3)
        "9 tiny loop": [
            [chain(arc(0.3, 0.14, 0.13, 0.12, 30, -330),
                   bezier((0.42, 0.2), (0.45, 0.55), (0.35, 0.85), (0.15, 1.0)))],
        ],
        # a box for a head (as on a display), the stem down from its right side
        "9 boxy head": [
            [chain(poly((0.5, 0.45), (0.05, 0.45), (0.05, 0.02), (0.5, 0.02), (0.5, 1.0)))],
            [poly((0.52, 0.0), (0.06, 0.0), (0.04, 0.42), (0.52, 0.44)),
             poly((0.52, 0.0), (0.5, 1.0))],
        ],
    }


def digit_styles() -> dict[str, tuple[int, list[Glyph]]]:
    """Held-out style name -> (digit, template variants); built anew on each call."""
    styles: dict[str, list[Glyph]] = {}
    for part in (_zeros, _ones, _twos, _threes, _fours, _fives, _sixes, _sevens, _eights,
                 _nines):
        styles.update(part())
    return {name: (int(name[0]), variants) for name, variants in styles.items()}


def style_hand(style: str) -> Hand:
    """The hand that draws a held-out style (flagged 1s: a steadier one)."""
    return _STEADY if style.startswith("1 ") else HAND
