r"""Stroke templates of things that are not digits: letters, symbols, shapes.

They teach the network what "not a digit" looks like (outlier exposure), so
nothing here may look like a digit that a person might reasonably write.
Left out on purpose, because a hand can write them so that they pass for a
digit (printed forms differ more, but a template stands for a hand):

=============  ==========================================================
Left out       Because it can pass for
=============  ==========================================================
O o Q          0 (Q is a 0 with a short stroke: the slashed 0 is a digit)
D              0 written with a flat side
I l i | ! [ ]  1 (serifs are the 1's flag and foot; a dot may be lost as a
( ) / \         speck; a slanted stroke is a slanted 1)
J j            1 with a hook, or a 7 whose bar is short
Z z            2 (and a crossed Z is a crossed 7 on its side)
S s $ §        5 (and S is how some write 5 with a round top)
B              8, or 13 written close together
b G            6
g q y          9 (y is also the open 4 when its arms are straight)
Γ Г            7 written backwards
°              a small 0
=============  ==========================================================

C and c are kept but always open by a quarter of the circle or more (a 0
is closed); U, u, V, v and the like never close at the top. Shapes are kept
to what is clearly not a 0: no circles or ovals, no polygons with five or
more sides, no spirals of fewer than 2.5 turns, no rectangle taller than it
is wide (a boxy 0), and no arrow pointing up or down (a 1 with a flag).
"""

from __future__ import annotations

import math

import numpy as np

from model.synthetic.digit_templates import Glyph
from model.synthetic.hand import Stroke, arc, bezier, chain, poly

EXCLUDED_LETTERS = "OoQDIliJjZzSsBbGgqy"
"""Latin letters that are never negatives (see the module docstring)."""


def _dot(x: float, y: float) -> np.ndarray:
    """A pen dab: a short stroke, heavy enough that prepare() keeps it (not a speck)."""
    return poly((x, y - 0.03), (x + 0.01, y + 0.03))


def _script_e() -> Stroke:
    """A script E in one stroke: two bowls open to the right (a 3 the wrong way round)."""
    return chain(arc(0.32, 0.25, 0.28, 0.25, -30, -270), arc(0.34, 0.75, 0.32, 0.25, -90, -330))


def _script() -> dict[str, list[Glyph]]:
    """Capitals and & as written in script: in one stroke, with loops and curls."""
    return {
        "E": [[_script_e()]],
        "F": [[chain(arc(0.12, 0.12, 0.1, 0.1, 90, -200),
                     bezier((0.05, 0.05), (0.35, -0.05), (0.6, 0.12), (0.9, 0.0))),
               chain(poly((0.5, 0.05), (0.42, 0.85)),
                     bezier((0.42, 0.85), (0.4, 1.02), (0.2, 1.05), (0.08, 0.88))),
               poly((0.2, 0.5), (0.7, 0.48))]],
        "P": [[chain(poly((0.05, 1.0), (0.05, 0.0)), arc(0.3, 0.26, 0.26, 0.26, -150, 170))],
              [chain(poly((0.0, 1.0), (0.06, 0.05)), arc(0.32, 0.3, 0.3, 0.28, -160, 160))]],
        "&": [[_script_e(), poly((0.35, -0.15), (0.35, 1.15))],
              [chain(poly((0.9, 0.95), (0.6, 0.75)), arc(0.35, 0.22, 0.16, 0.2, 60, -200),
                     bezier((0.22, 0.32), (0.0, 0.55), (0.0, 1.0), (0.4, 1.0)),
                     bezier((0.4, 1.0), (0.7, 1.0), (0.85, 0.7), (0.95, 0.55)))]],
    }


def _upper() -> dict[str, list[Glyph]]:
    bowl = arc(0.28, 0.25, 0.28, 0.25, -90, 90)
    return {
        "A": [[poly((0.0, 1.0), (0.35, 0.0), (0.7, 1.0)), poly((0.15, 0.6), (0.55, 0.6))],
              [poly((0.0, 1.0), (0.3, 0.0), (0.6, 1.0)), poly((0.12, 0.55), (0.5, 0.6))]],
        "C": [[arc(0.38, 0.5, 0.38, 0.5, -50, -310)], [arc(0.34, 0.5, 0.34, 0.5, -40, -300)]],
        "E": [[poly((0.6, 0.0), (0.0, 0.0), (0.0, 1.0), (0.6, 1.0)),
               poly((0.0, 0.5), (0.45, 0.5))]],
        "F": [[poly((0.6, 0.0), (0.0, 0.0), (0.0, 1.0)), poly((0.0, 0.48), (0.45, 0.48))]],
        "H": [[poly((0.0, 0.0), (0.0, 1.0)), poly((0.6, 0.0), (0.6, 1.0)),
               poly((0.0, 0.5), (0.6, 0.5))]],
        "K": [[poly((0.0, 0.0), (0.0, 1.0)), poly((0.55, 0.0), (0.0, 0.58), (0.6, 1.0))]],
        "L": [[poly((0.0, 0.0), (0.0, 1.0), (0.55, 1.0))]],
        "M": [[poly((0.0, 1.0), (0.05, 0.0), (0.38, 0.65), (0.7, 0.0), (0.75, 1.0))]],
        "N": [[poly((0.0, 1.0), (0.0, 0.0), (0.6, 1.0), (0.6, 0.0))]],
        "P": [[chain(poly((0.0, 1.0), (0.0, 0.0), (0.28, 0.0)), bowl,
                     poly((0.28, 0.5), (0.0, 0.5)))]],
        "R": [[chain(poly((0.0, 1.0), (0.0, 0.0), (0.28, 0.0)), bowl,
                     poly((0.28, 0.5), (0.0, 0.5), (0.25, 0.5), (0.6, 1.0)))]],
        "T": [[poly((0.0, 0.0), (0.7, 0.0)), poly((0.35, 0.0), (0.35, 1.0))]],
        "U": [[chain(poly((0.0, 0.0), (0.0, 0.65)), arc(0.3, 0.65, 0.3, 0.35, 180, 0),
                     poly((0.6, 0.65), (0.6, 0.0)))]],
        "V": [[poly((0.0, 0.0), (0.35, 1.0), (0.7, 0.0))]],
        "W": [[poly((0.0, 0.0), (0.2, 1.0), (0.4, 0.3), (0.6, 1.0), (0.8, 0.0))]],
        "X": [[poly((0.0, 0.0), (0.65, 1.0)), poly((0.65, 0.0), (0.0, 1.0))]],
        "Y": [[poly((0.0, 0.0), (0.35, 0.5), (0.7, 0.0)), poly((0.35, 0.5), (0.35, 1.0))]],
    }


def _lower() -> dict[str, list[Glyph]]:
    return {
        "a": [[chain(arc(0.25, 0.5, 0.25, 0.45, -30, -390),
                     poly((0.47, 0.2), (0.5, 0.05), (0.5, 0.9)),
                     bezier((0.5, 0.9), (0.52, 1.0), (0.6, 1.0), (0.66, 0.94)))],
              [chain(bezier((0.05, 0.15), (0.2, -0.05), (0.5, -0.05), (0.5, 0.25)),
                     poly((0.5, 0.25), (0.5, 1.0))),
               chain(poly((0.5, 0.5), (0.25, 0.5)), arc(0.25, 0.75, 0.22, 0.25, -90, -450),
                     poly((0.25, 0.5), (0.5, 0.75)))]],
        "c": [[arc(0.3, 0.5, 0.3, 0.5, -55, -305)]],
        "d": [[arc(0.25, 0.68, 0.25, 0.32, -20, -370), poly((0.5, 0.0), (0.5, 1.0))]],
        "e": [[chain(poly((0.03, 0.5), (0.58, 0.5)), arc(0.3, 0.5, 0.28, 0.5, 0, -320))]],
        "f": [[chain(bezier((0.6, 0.08), (0.45, -0.05), (0.25, -0.02), (0.25, 0.2)),
                     poly((0.25, 0.2), (0.25, 1.0))), poly((0.02, 0.42), (0.5, 0.42))]],
        "h": [[poly((0.0, 0.0), (0.0, 1.0)),
               chain(arc(0.28, 0.62, 0.28, 0.22, 180, 360), poly((0.56, 0.62), (0.56, 1.0)))]],
        "k": [[poly((0.0, 0.0), (0.0, 1.0)), poly((0.45, 0.42), (0.0, 0.72), (0.5, 1.0))]],
        "m": [[chain(poly((0.0, 1.0), (0.0, 0.2)), arc(0.18, 0.3, 0.18, 0.25, 200, 360),
                     poly((0.36, 0.3), (0.36, 1.0), (0.36, 0.3)),
                     arc(0.54, 0.3, 0.18, 0.25, 180, 360), poly((0.72, 0.3), (0.72, 1.0)))]],
        "n": [[chain(poly((0.0, 1.0), (0.0, 0.1)), arc(0.27, 0.35, 0.27, 0.3, 200, 360),
                     poly((0.54, 0.35), (0.54, 1.0)))]],
        "r": [[poly((0.0, 1.0), (0.0, 0.05)),
               bezier((0.0, 0.4), (0.1, 0.05), (0.35, 0.0), (0.55, 0.1))]],
        "t": [[chain(poly((0.25, 0.0), (0.25, 0.8)),
                     bezier((0.25, 0.8), (0.25, 1.0), (0.45, 1.02), (0.55, 0.9))),
               poly((0.0, 0.3), (0.55, 0.3))]],
        "u": [[chain(poly((0.0, 0.0), (0.0, 0.6)), arc(0.25, 0.6, 0.25, 0.38, 180, 0),
                     poly((0.5, 0.6), (0.5, 0.0), (0.5, 0.9), (0.6, 1.0)))]],
    }


def _symbols() -> dict[str, list[Glyph]]:
    head = (0.78, 0.22)
    return {
        "+": [[poly((0.5, 0.0), (0.5, 1.0)), poly((0.0, 0.5), (1.0, 0.5))],
              [poly((0.45, 0.0), (0.52, 1.0)), poly((0.0, 0.42), (1.0, 0.38))]],
        "x": [[poly((0.0, 0.0), (1.0, 1.0)), poly((1.0, 0.0), (0.0, 1.0))],
              [bezier((0.0, 0.0), (0.4, 0.45), (0.7, 0.6), (1.0, 1.0)),
               bezier((1.0, 0.05), (0.6, 0.35), (0.4, 0.7), (0.05, 1.0))]],
        "*": [[poly((0.5, 0.0), (0.5, 1.0)), poly((0.07, 0.25), (0.93, 0.75)),
               poly((0.93, 0.25), (0.07, 0.75))],
              [poly((0.5, 0.0), (0.5, 1.0)), poly((0.0, 0.5), (1.0, 0.5)),
               poly((0.15, 0.15), (0.85, 0.85)), poly((0.85, 0.15), (0.15, 0.85))],
              [poly((0.0, 0.5), (1.0, 0.5)), poly((0.25, 0.07), (0.75, 0.93)),
               poly((0.75, 0.07), (0.25, 0.93))]],
        "#": [[poly((0.35, 0.0), (0.25, 1.0)), poly((0.75, 0.0), (0.65, 1.0)),
               poly((0.0, 0.33), (1.0, 0.33)), poly((0.0, 0.67), (1.0, 0.67))],
              [poly((0.0, 0.35), (0.95, 0.3)), poly((0.3, 0.0), (0.12, 1.0)),
               poly((0.05, 0.7), (0.9, 0.65)), poly((0.72, 0.0), (0.55, 1.0))]],
        "%": [[arc(0.18, 0.18, 0.16, 0.18, -90, 270), poly((0.85, 0.0), (0.15, 1.0)),
               arc(0.82, 0.82, 0.16, 0.18, -90, 270)],
              [chain(arc(0.2, 0.2, 0.14, 0.17, 0, -360), poly((0.34, 0.2), (0.9, 0.0),
                                                              (0.1, 1.0))),
               arc(0.8, 0.8, 0.14, 0.17, -90, 270)],
              [arc(0.12, 0.15, 0.1, 0.15, -90, 270), poly((0.75, 0.0), (0.25, 1.0)),
               arc(0.88, 0.85, 0.1, 0.15, -90, 270)],
              # a curved slash; small tilted loops touching it
              [arc(0.2, 0.2, 0.12, 0.18, -90, 270),
               bezier((0.85, 0.0), (0.6, 0.35), (0.4, 0.65), (0.15, 1.0)),
               arc(0.8, 0.8, 0.12, 0.18, -90, 270)],
              [arc(0.38, 0.16, 0.12, 0.12, 0, -360), poly((0.8, 0.0), (0.2, 1.0)),
               arc(0.62, 0.84, 0.12, 0.12, 180, -180)]],
        "&": [[chain(poly((0.85, 1.0), (0.2, 0.4)), arc(0.35, 0.2, 0.18, 0.2, 140, -180),
                     bezier((0.5, 0.35), (0.0, 0.6), (0.0, 1.05), (0.45, 0.98)),
                     poly((0.45, 0.98), (0.9, 0.5)))],
              # from the tail up: the lower loop first, then the small head
              [chain(poly((0.9, 0.55), (0.6, 0.95)),
                     bezier((0.6, 0.95), (0.3, 1.1), (0.0, 0.9), (0.1, 0.65)),
                     poly((0.1, 0.65), (0.5, 0.35)),
                     bezier((0.5, 0.35), (0.7, 0.2), (0.5, -0.05), (0.3, 0.1)),
                     bezier((0.3, 0.1), (0.15, 0.25), (0.3, 0.45), (0.9, 1.0)))]],
        "@": [[chain(arc(0.5, 0.5, 0.2, 0.22, 0, -360), poly((0.7, 0.5), (0.7, 0.68)),
                     bezier((0.7, 0.68), (0.75, 0.85), (1.0, 0.75), (1.0, 0.5)),
                     arc(0.5, 0.5, 0.5, 0.5, 0, -320))],
              [chain(arc(0.5, 0.52, 0.2, 0.22, -10, -370), poly((0.7, 0.45), (0.72, 0.72)),
                     bezier((0.72, 0.72), (0.8, 0.85), (1.0, 0.7), (1.0, 0.45)),
                     arc(0.5, 0.5, 0.5, 0.5, 0, -270))]],
        "?": [[chain(arc(0.3, 0.25, 0.28, 0.25, 200, 400), poly((0.5, 0.42), (0.3, 0.55),
                                                                (0.3, 0.72))),
               _dot(0.3, 0.94)],
              [chain(bezier((0.0, 0.25), (0.0, -0.05), (0.6, -0.1), (0.6, 0.25)),
                     bezier((0.6, 0.25), (0.6, 0.45), (0.35, 0.45), (0.35, 0.7))),
               _dot(0.35, 0.93)]],
        "=": [[poly((0.0, 0.3), (1.0, 0.3)), poly((0.0, 0.7), (1.0, 0.7))],
              [poly((0.05, 0.35), (0.9, 0.28)), poly((0.0, 0.68), (1.0, 0.62))]],
        "<": [[poly((0.7, 0.0), (0.0, 0.5), (0.7, 1.0))]],
        ">": [[poly((0.0, 0.0), (0.7, 0.5), (0.0, 1.0))]],
        "-": [[poly((0.0, 0.5), (1.0, 0.5))]],
        "~": [[chain(bezier((0.0, 0.25), (0.25, 0.0), (0.4, 0.0), (0.5, 0.18)),
                     bezier((0.5, 0.18), (0.6, 0.35), (0.75, 0.35), (1.0, 0.1)))]],
        "^": [[poly((0.0, 0.8), (0.5, 0.0), (1.0, 0.8))]],
        "÷": [[poly((0.0, 0.5), (1.0, 0.5)), _dot(0.5, 0.1), _dot(0.5, 0.88)]],
        "≠": [[poly((0.0, 0.35), (1.0, 0.35)), poly((0.0, 0.65), (1.0, 0.65)),
               poly((0.7, 0.0), (0.3, 1.0))]],
        "→": [[poly((0.0, 0.5), (1.0, 0.5)), poly(head, (1.0, 0.5), (0.78, 0.78))]],
        "←": [[poly((1.0, 0.5), (0.0, 0.5)), poly((0.22, 0.22), (0.0, 0.5), (0.22, 0.78))]],
        "↔": [[poly((0.0, 0.5), (1.0, 0.5)), poly(head, (1.0, 0.5), (0.78, 0.78)),
               poly((0.22, 0.22), (0.0, 0.5), (0.22, 0.78))]],
        "✓": [[poly((0.0, 0.55), (0.3, 1.0), (1.0, 0.0))],
              [chain(poly((0.0, 0.5), (0.3, 0.95)),
                     bezier((0.3, 0.95), (0.5, 0.5), (0.7, 0.2), (1.0, 0.0)))],
              [poly((0.1, 0.7), (0.3, 1.0), (0.9, 0.0))]],
        "∞": [[_infinity()]],
    }


def _infinity() -> np.ndarray:
    t = np.linspace(0.0, 2 * math.pi, 120)
    return np.stack([0.5 + 0.5 * np.sin(t), 0.25 + 0.25 * np.sin(2 * t)], axis=1)


def _star() -> np.ndarray:
    angles = np.radians(-90 + 144 * np.arange(6))
    return np.stack([0.5 + 0.5 * np.cos(angles), 0.5 + 0.5 * np.sin(angles)], axis=1)


def _star_outline(points: int, inner: float) -> np.ndarray:
    """A star's outline: ``points`` tips, the notches at ``inner`` of the radius."""
    corners = np.arange(2 * points + 1)
    angles = np.radians(-90 + 180 / points * corners)
    radius = np.where(corners % 2 == 0, 0.5, 0.5 * inner)
    return np.stack([0.5 + radius * np.cos(angles), 0.5 + radius * np.sin(angles)], axis=1)


def _spiral(turns: float, clockwise: bool) -> np.ndarray:
    """A spiral from the middle out (2.5 turns or more: one turn and a bit is a 6 or an @)."""
    t = np.linspace(0.0, 2 * math.pi * turns, int(60 * turns))
    radius = 0.06 + 0.44 * t / t[-1]
    turn = t if clockwise else -t
    return np.stack([0.5 + radius * np.cos(turn), 0.5 + radius * np.sin(turn)], axis=1)


def _shapes() -> dict[str, list[Glyph]]:
    return {
        "triangle": [[poly((0.5, 0.0), (1.0, 0.87), (0.0, 0.87), (0.5, 0.0))],
                     [poly((0.0, 0.0), (1.0, 0.0), (0.5, 0.87), (0.0, 0.0))],
                     [poly((0.0, 0.0), (0.0, 0.9), (1.0, 0.9), (0.0, 0.0))]],
        "square": [[poly((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0))],
                   [poly((0.0, 0.0), (1.6, 0.0), (1.6, 1.0), (0.0, 1.0), (0.0, 0.0))]],
        "diamond": [[poly((0.5, 0.0), (1.0, 0.5), (0.5, 1.0), (0.0, 0.5), (0.5, 0.0))]],
        "star": [[_star()], [_star_outline(5, 0.4)], [_star_outline(4, 0.35)],
                 [poly((0.5, 0.0), (0.93, 0.75), (0.07, 0.75), (0.5, 0.0)),
                  poly((0.5, 1.0), (0.07, 0.25), (0.93, 0.25), (0.5, 1.0))]],
        "heart": [[chain(bezier((0.5, 1.0), (-0.1, 0.5), (0.0, -0.1), (0.5, 0.25)),
                         bezier((0.5, 0.25), (1.0, -0.1), (1.1, 0.5), (0.5, 1.0)))],
                  [chain(arc(0.25, 0.28, 0.25, 0.25, 0, -180),
                         poly((0.0, 0.28), (0.5, 1.0), (1.0, 0.28)),
                         arc(0.75, 0.28, 0.25, 0.25, 0, -180))]],
        "spiral": [[_spiral(2.5, True)], [_spiral(3.2, False)]],
        "cross": [[poly((0.35, 0.0), (0.65, 0.0), (0.65, 0.35), (1.0, 0.35), (1.0, 0.65),
                        (0.65, 0.65), (0.65, 1.0), (0.35, 1.0), (0.35, 0.65), (0.0, 0.65),
                        (0.0, 0.35), (0.35, 0.35), (0.35, 0.0))]],
        "arrow": [[poly((0.0, 0.35), (0.6, 0.35), (0.6, 0.1), (1.0, 0.5), (0.6, 0.9),
                        (0.6, 0.65), (0.0, 0.65), (0.0, 0.35))],
                  [poly((1.0, 0.35), (0.4, 0.35), (0.4, 0.1), (0.0, 0.5), (0.4, 0.9),
                        (0.4, 0.65), (1.0, 0.65), (1.0, 0.35))],
                  # feathered; curved over; wavy (never up or down: a 1 with a flag)
                  [poly((0.0, 0.5), (1.0, 0.5)), poly((0.8, 0.3), (1.0, 0.5), (0.8, 0.7)),
                   poly((0.0, 0.3), (0.12, 0.5), (0.0, 0.7))],
                  [arc(0.5, 0.7, 0.5, 0.5, 180, 360), poly((0.8, 0.55), (1.0, 0.7), (1.12, 0.48))],
                  [chain(bezier((0.0, 0.5), (0.25, 0.2), (0.45, 0.8), (0.7, 0.5)),
                         poly((0.7, 0.5), (1.0, 0.5))),
                   poly((0.82, 0.32), (1.0, 0.5), (0.82, 0.68))]],
        "crossed box": [[poly((0.0, 0.0), (1.3, 0.0), (1.3, 1.0), (0.0, 1.0), (0.0, 0.0)),
                         poly((0.0, 0.0), (1.3, 1.0)), poly((1.3, 0.0), (0.0, 1.0))]],
        "lined box": [[poly((0.0, 0.0), (1.5, 0.0), (1.5, 1.0), (0.0, 1.0), (0.0, 0.0)),
                       poly((0.2, 0.3), (1.3, 0.3)), poly((0.2, 0.55), (1.3, 0.55)),
                       poly((0.2, 0.8), (0.9, 0.8))]],
        "house": [[poly((0.0, 1.0), (0.0, 0.45), (0.5, 0.0), (1.0, 0.45), (1.0, 1.0),
                        (0.0, 1.0))]],
        "smiley": [[arc(0.5, 0.5, 0.5, 0.5, -90, 275), _dot(0.33, 0.35), _dot(0.67, 0.35),
                    arc(0.5, 0.55, 0.27, 0.22, 20, 160)],
                   [arc(0.5, 0.5, 0.5, 0.5, -90, 275), poly((0.33, 0.25), (0.33, 0.42)),
                    poly((0.67, 0.25), (0.67, 0.42)), arc(0.5, 0.9, 0.25, 0.2, -160, -20)],
                   [arc(0.5, 0.5, 0.5, 0.5, 90, 450), _dot(0.33, 0.35),
                    poly((0.58, 0.35), (0.75, 0.35)), poly((0.28, 0.65), (0.72, 0.7))]],
    }


def _with_script(table: dict[str, list[Glyph]]) -> dict[str, list[Glyph]]:
    """The table with the script forms of its entries added as more variants."""
    script = _script()
    return {name: variants + script.get(name, []) for name, variants in table.items()}


LETTERS: dict[str, list[Glyph]] = _with_script({**_upper(), **_lower()})
"""Letter -> template variants (never one of EXCLUDED_LETTERS)."""

SYMBOLS: dict[str, list[Glyph]] = _with_script(_symbols())
"""Symbol -> template variants."""

SHAPES: dict[str, list[Glyph]] = _shapes()
"""Shape name -> template variants."""
