"""Stroke templates of digits as people write them, including styles MNIST lacks.

Each style is a name, the digit it is, and a few template variants; a
variant is a list of strokes (see :mod:`model.synthetic.hand`), about 1 tall with
y pointing down. The random hand in :func:`model.synthetic.hand.render` supplies the
variety; the variants supply what a hand cannot (a second stroke, a loop,
where the pen starts).

The flag of a 1 is short and steep (at most a quarter of the height across,
rising at 45 degrees or more), and its stem is upright; a 7's bar is long and
level (more than half the height across) and its stem runs diagonally back
under it. A slanted hand flattens a flag (the shear moves its top end right),
so flagged 1s get a hand that slants less (STYLE_HANDS). Keep these apart
when adding variants: the two are easy to confuse.
"""

from __future__ import annotations

import math

import numpy as np

from model.synthetic.hand import HAND, Hand, Stroke, arc, bezier, chain, poly

Glyph = list[Stroke]


def _figure_eight(clockwise: bool, top_share: float) -> Stroke:
    """One-stroke 8: a vertical figure-of-eight starting at the top."""
    t = np.linspace(0.0, 2 * math.pi, 160)
    y = (1 - np.cos(t)) / 2
    width = np.where(y < 0.5, 0.3 * top_share, 0.3)
    x = 0.3 + (1 if clockwise else -1) * width * np.sin(2 * t)
    start = 8  # people start a little to the side of the very top
    return np.stack([x, y], axis=1)[start:]


def _zero() -> list[Glyph]:
    return [
        [arc(0.3, 0.5, 0.3, 0.5, -90, 275)],
        [arc(0.3, 0.5, 0.28, 0.5, -80, -450)],
        [arc(0.25, 0.5, 0.22, 0.5, -60, 305)],
        [chain(arc(0.3, 0.5, 0.3, 0.5, -100, -440), poly((0.2, 0.03), (0.28, 0.1)))],
    ]


def _zero_slashed() -> list[Glyph]:
    oval = arc(0.3, 0.5, 0.3, 0.5, -90, 275)
    return [
        [oval, poly((0.62, -0.05), (-0.02, 1.05))],
        [oval, poly((0.5, 0.12), (0.1, 0.88))],
        [arc(0.28, 0.5, 0.26, 0.5, -80, -450), poly((0.58, 0.0), (0.0, 1.0))],
    ]


def _one() -> list[Glyph]:
    return [
        [poly((0.5, 0.0), (0.5, 1.0))],
        [bezier((0.5, 0.0), (0.53, 0.5), (0.48, 1.0))],
    ]


def _one_flag() -> list[Glyph]:
    return [
        [poly((0.28, 0.26), (0.5, 0.0), (0.5, 1.0))],
        [poly((0.32, 0.18), (0.5, 0.0), (0.5, 1.0))],
        [chain(bezier((0.3, 0.3), (0.4, 0.15), (0.5, 0.0)), poly((0.5, 0.0), (0.5, 1.0)))],
        [poly((0.3, 0.22), (0.5, 0.0)), poly((0.5, 0.0), (0.5, 1.0))],
        # longer flags, as far as a 1 goes before it looks like a 7
        [poly((0.25, 0.32), (0.5, 0.0), (0.5, 1.0))],
        [poly((0.27, 0.38), (0.5, 0.0), (0.5, 1.0))],
    ]


def _one_flag_foot() -> list[Glyph]:
    return [
        [poly((0.28, 0.26), (0.5, 0.0), (0.5, 1.0)), poly((0.27, 1.0), (0.73, 1.0))],
        [poly((0.32, 0.2), (0.5, 0.0), (0.5, 1.0)), poly((0.3, 0.99), (0.7, 1.01))],
        [poly((0.3, 0.24), (0.5, 0.0), (0.5, 1.0), (0.72, 1.0)), poly((0.5, 1.0), (0.28, 1.0))],
        [poly((0.28, 0.28), (0.5, 0.0), (0.5, 1.0)), poly((0.22, 1.0), (0.78, 1.0))],
        [poly((0.25, 0.32), (0.5, 0.0), (0.5, 1.0)), poly((0.25, 1.0), (0.75, 1.0))],
    ]


def _two() -> list[Glyph]:
    top = arc(0.3, 0.28, 0.28, 0.26, 200, 375)
    return [
        [chain(top, poly((0.56, 0.38), (0.02, 1.0), (0.64, 1.0)))],
        [chain(arc(0.3, 0.3, 0.28, 0.28, 190, 380),
               bezier((0.56, 0.38), (0.45, 0.65), (0.1, 0.85), (0.02, 1.0)),
               poly((0.02, 1.0), (0.66, 0.98)))],
        [chain(top, bezier((0.56, 0.38), (0.5, 0.6), (0.2, 0.8), (0.04, 1.0)),
               bezier((0.04, 1.0), (0.25, 0.94), (0.45, 1.02), (0.66, 0.96)))],
    ]


def _two_loop() -> list[Glyph]:
    top = arc(0.3, 0.28, 0.28, 0.26, 200, 375)
    return [
        [chain(top, poly((0.56, 0.38), (0.22, 0.76)),
               bezier((0.22, 0.76), (-0.02, 1.08), (-0.14, 0.74), (0.16, 0.8)),
               bezier((0.16, 0.8), (0.3, 0.92), (0.45, 1.0), (0.66, 0.97)))],
        [chain(arc(0.3, 0.3, 0.28, 0.28, 190, 380), poly((0.56, 0.4), (0.24, 0.72)),
               bezier((0.24, 0.72), (0.0, 1.1), (-0.16, 0.76), (0.14, 0.78)),
               poly((0.14, 0.78), (0.4, 0.98), (0.7, 0.98)))],
    ]


def _three() -> list[Glyph]:
    return [
        [chain(arc(0.3, 0.25, 0.27, 0.23, 200, 450), arc(0.3, 0.74, 0.3, 0.26, -90, 160))],
        [chain(arc(0.28, 0.24, 0.25, 0.22, 210, 430), poly((0.22, 0.47), (0.3, 0.48)),
               arc(0.3, 0.74, 0.3, 0.26, -90, 150))],
        # flat top
        [chain(poly((0.02, 0.02), (0.6, 0.02), (0.25, 0.42)), arc(0.3, 0.7, 0.3, 0.28, -100, 160))],
        [chain(poly((0.05, 0.0), (0.58, 0.0), (0.22, 0.4)), arc(0.28, 0.7, 0.3, 0.3, -95, 150))],
    ]


def _four_closed() -> list[Glyph]:
    return [
        [poly((0.48, 0.0), (0.0, 0.66), (0.72, 0.66)), poly((0.48, 0.0), (0.48, 1.0))],
        [poly((0.5, 1.0), (0.5, 0.0), (0.02, 0.68), (0.72, 0.68))],
        [poly((0.45, 0.0), (0.0, 0.62), (0.7, 0.6)), poly((0.52, 0.25), (0.5, 1.0))],
        # a curved arm; a tall, narrow triangle with the bar low
        [chain(bezier((0.5, 0.0), (0.3, 0.25), (0.1, 0.5), (0.0, 0.66)),
               poly((0.0, 0.66), (0.75, 0.64))), poly((0.5, 0.0), (0.52, 1.0))],
        [poly((0.4, 0.0), (0.0, 0.76), (0.62, 0.76)), poly((0.4, 0.0), (0.41, 1.0))],
    ]


def _four_open() -> list[Glyph]:
    return [
        [poly((0.08, 0.0), (0.02, 0.6), (0.72, 0.6)), poly((0.52, 0.05), (0.52, 1.0))],
        [poly((0.16, 0.0), (0.0, 0.58), (0.7, 0.56)), poly((0.5, 0.0), (0.48, 1.0))],
        [chain(poly((0.1, 0.0), (0.04, 0.5)), bezier((0.04, 0.5), (0.05, 0.62), (0.3, 0.62),
                                                      (0.72, 0.58))),
         poly((0.55, 0.02), (0.53, 1.0))],
        # in one stroke: down the arm, across, up the stem and back down it
        [poly((0.12, 0.0), (0.02, 0.6), (0.56, 0.6), (0.55, 0.02), (0.56, 1.0))],
        # a long arm and the bar low, the stem starting below the arm's top
        [poly((0.1, 0.0), (0.08, 0.7), (0.7, 0.7)), poly((0.5, 0.15), (0.5, 1.0))],
    ]


def _five() -> list[Glyph]:
    belly = arc(0.3, 0.68, 0.3, 0.28, -150, 160)
    return [
        [chain(poly((0.14, 0.02), (0.08, 0.5)), belly), poly((0.14, 0.02), (0.62, 0.0))],
        [chain(poly((0.62, 0.0), (0.14, 0.02), (0.08, 0.5)), belly)],
        [chain(poly((0.12, 0.0), (0.06, 0.46)), arc(0.3, 0.7, 0.3, 0.28, -140, 150)),
         poly((0.14, 0.0), (0.6, 0.03))],
    ]


def _six() -> list[Glyph]:
    return [
        [chain(bezier((0.55, 0.02), (0.25, 0.1), (0.02, 0.4), (0.02, 0.72)),
               arc(0.3, 0.72, 0.28, 0.26, 180, -175))],
        [chain(bezier((0.5, 0.0), (0.2, 0.2), (0.0, 0.5), (0.04, 0.78)),
               arc(0.3, 0.74, 0.27, 0.24, 170, -160))],
        [chain(poly((0.48, 0.0), (0.06, 0.62)), arc(0.3, 0.74, 0.26, 0.25, 160, -190))],
    ]


def _six_open() -> list[Glyph]:
    return [
        [chain(bezier((0.55, 0.02), (0.25, 0.1), (0.02, 0.4), (0.02, 0.72)),
               arc(0.3, 0.72, 0.28, 0.26, 180, -110))],
        [chain(bezier((0.5, 0.0), (0.2, 0.2), (0.0, 0.5), (0.04, 0.78)),
               arc(0.3, 0.74, 0.27, 0.24, 170, -70))],
        [chain(poly((0.48, 0.0), (0.06, 0.62)), arc(0.3, 0.74, 0.26, 0.25, 160, -100))],
    ]


def _seven() -> list[Glyph]:
    return [
        [poly((0.0, 0.02), (0.65, 0.0), (0.25, 1.0))],
        [chain(poly((0.0, 0.0), (0.66, 0.0)), bezier((0.66, 0.0), (0.5, 0.3), (0.35, 0.6),
                                                      (0.3, 1.0)))],
        [poly((0.02, 0.1), (0.0, 0.0), (0.64, 0.02), (0.3, 1.0))],
        [poly((0.0, 0.02), (0.62, 0.02)), poly((0.62, 0.02), (0.2, 1.0))],
    ]


def _seven_crossbar() -> list[Glyph]:
    return [
        [poly((0.0, 0.02), (0.65, 0.0), (0.25, 1.0)), poly((0.22, 0.5), (0.66, 0.5))],
        [poly((0.0, 0.0), (0.66, 0.0), (0.3, 1.0)), poly((0.28, 0.52), (0.68, 0.5))],
        [chain(poly((0.0, 0.0), (0.66, 0.0)), bezier((0.66, 0.0), (0.5, 0.3), (0.35, 0.6),
                                                      (0.3, 1.0))),
         poly((0.25, 0.48), (0.7, 0.46))],
    ]


def _eight() -> list[Glyph]:
    return [
        [arc(0.3, 0.25, 0.22, 0.24, -90, 270), arc(0.3, 0.73, 0.28, 0.26, -90, 270)],
        [_figure_eight(clockwise=False, top_share=0.8)],
        [_figure_eight(clockwise=True, top_share=0.75)],
        [chain(arc(0.3, 0.25, 0.22, 0.24, 0, -340), arc(0.3, 0.73, 0.28, 0.26, -90, 260))],
    ]


def _nine() -> list[Glyph]:
    loop = arc(0.28, 0.27, 0.26, 0.26, 0, -360)
    return [
        [chain(loop, poly((0.54, 0.27), (0.46, 1.0)))],
        [chain(arc(0.28, 0.26, 0.26, 0.25, -20, -370), bezier((0.53, 0.2), (0.52, 0.6),
                                                               (0.48, 0.8), (0.42, 1.0)))],
        [loop, poly((0.55, 0.1), (0.5, 1.0))],
    ]


def _nine_straight() -> list[Glyph]:
    return [
        [chain(arc(0.28, 0.27, 0.26, 0.26, 0, -360), poly((0.54, 0.27), (0.54, 1.0)))],
        [arc(0.28, 0.27, 0.26, 0.26, -10, -375), poly((0.55, 0.02), (0.55, 1.0))],
        [chain(arc(0.28, 0.25, 0.27, 0.24, 10, -350), poly((0.55, 0.2), (0.56, 1.0)))],
    ]


def _nine_curved() -> list[Glyph]:
    return [
        [chain(arc(0.3, 0.27, 0.26, 0.26, 0, -360),
               bezier((0.56, 0.27), (0.58, 0.75), (0.5, 1.0), (0.12, 0.94)))],
        [chain(arc(0.3, 0.26, 0.26, 0.25, -10, -370),
               bezier((0.56, 0.22), (0.56, 0.7), (0.45, 1.02), (0.1, 0.88)))],
    ]


def _nine_open() -> list[Glyph]:
    return [
        [arc(0.28, 0.27, 0.24, 0.25, -40, -290), poly((0.56, 0.02), (0.54, 1.0))],
        [chain(arc(0.28, 0.27, 0.24, 0.25, -20, -300), poly((0.36, 0.51), (0.56, 0.0)),
               poly((0.56, 0.0), (0.52, 1.0)))],
        [arc(0.26, 0.28, 0.24, 0.26, -50, -280), bezier((0.56, 0.02), (0.56, 0.5),
                                                         (0.54, 0.8), (0.46, 1.0))],
    ]


def _one_italic_flag() -> list[Glyph]:
    # Written italic already (the stem leans right): a long flag that still
    # falls steeply from the top, never a level bar (that is a 7).
    return [
        [poly((0.25, 0.36), (0.55, 0.0), (0.2, 1.0))],
        [chain(bezier((0.24, 0.42), (0.36, 0.25), (0.46, 0.1), (0.58, 0.0)),
               poly((0.58, 0.0), (0.22, 1.0)))],
        [poly((0.25, 0.32), (0.5, 0.0)), poly((0.5, 0.0), (0.18, 1.0))],
        # with a foot, as printed italic 1s have
        [poly((0.28, 0.3), (0.56, 0.0), (0.24, 1.0)), poly((0.04, 1.0), (0.44, 1.0))],
        [poly((0.3, 0.26), (0.52, 0.0), (0.3, 1.0), (0.5, 1.0)), poly((0.3, 1.0), (0.1, 1.0))],
    ]


def _nine_small_loop() -> list[Glyph]:
    # A small closed loop high on a long stem: still a 9, never a 3.
    return [
        [chain(arc(0.25, 0.17, 0.17, 0.16, 0, -360), poly((0.42, 0.17), (0.38, 1.0)))],
        [chain(arc(0.24, 0.2, 0.2, 0.18, -10, -370),
               bezier((0.43, 0.17), (0.44, 0.6), (0.4, 0.85), (0.3, 1.0)))],
        # the loop closed by overshooting, the stem leaning right; a hooked stem
        [chain(arc(0.2, 0.16, 0.16, 0.15, 20, -380), poly((0.35, 0.1), (0.5, 1.0)))],
        [chain(arc(0.3, 0.18, 0.15, 0.15, 0, -360),
               bezier((0.45, 0.18), (0.47, 0.7), (0.4, 1.0), (0.05, 0.92)))],
    ]


def leaning(glyphs: list[Glyph], lean: float) -> list[Glyph]:
    """The glyphs written far over to the right (x += lean * (1 - y)), before the hand's slant."""
    return [[stroke + np.stack([lean * (1.0 - stroke[:, 1]), np.zeros(len(stroke))], axis=1)
             for stroke in glyph] for glyph in glyphs]


STYLE_TEMPLATES: dict[str, tuple[int, list[Glyph]]] = {
    "0 plain": (0, _zero()),
    "1 plain": (1, _one()),
    "2 plain": (2, _two()),
    "3 plain": (3, _three()),
    "4 plain": (4, _four_closed()[:1] + _four_open()[:1]),
    "5 plain": (5, _five()),
    "6 plain": (6, _six()),
    "7 plain": (7, _seven()),
    "8 plain": (8, _eight()),
    "9 plain": (9, _nine()),
    "1 flag": (1, _one_flag()),
    "1 flag+foot": (1, _one_flag_foot()),
    "7 crossbar": (7, _seven_crossbar()),
    "4 open": (4, _four_open()),
    "4 closed": (4, _four_closed()),
    "9 straight tail": (9, _nine_straight()),
    "9 curved tail": (9, _nine_curved()),
    "2 loop": (2, _two_loop()),
    "0 slashed": (0, _zero_slashed()),
    "6 open loop": (6, _six_open()),
    "9 open loop": (9, _nine_open()),
    "1 italic flag": (1, _one_italic_flag()),
    "9 small loop": (9, _nine_small_loop()),
    # Looped digits in a very slanted hand (the hand adds its own slant to these)
    "0 leaning": (0, leaning(_zero(), 0.45)),
    "2 leaning": (2, leaning(_two() + _two_loop(), 0.45)),
    "6 leaning": (6, leaning(_six(), 0.45)),
    "8 leaning": (8, leaning(_eight(), 0.45)),
    "9 leaning": (9, leaning(_nine() + _nine_small_loop(), 0.45)),
}
"""Style name -> (digit, template variants), for the stroke-drawn styles."""

_FLAG_HAND = Hand(slant=0.15, rotation=8.0)

STYLE_HANDS: dict[str, Hand] = {"1 flag": _FLAG_HAND, "1 flag+foot": _FLAG_HAND,
                                 "1 italic flag": Hand(slant=0.1, rotation=6.0)}
"""Styles drawn by a steadier hand than HAND (the others use HAND)."""


def style_hand(style: str) -> Hand:
    """The hand that draws a style."""
    return STYLE_HANDS.get(style, HAND)
