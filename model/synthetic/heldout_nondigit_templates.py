"""Non-digit templates for the held-out set only: letters, symbols, shapes written new.

Apart from :mod:`model.synthetic.nondigit_templates` (the training templates): letters
training has no template of (p v x, Greek and Cyrillic letters; training
only prints those in fonts), letters it has but built another way (a
round-topped A, a slant-sided H, an R with a small bowl...), symbols it
never draws (≤ ≥ ± ≈ ≡ ∀ ⇒ € ¥ ...) and shapes it never draws
(parallelogram, trapezoid, hourglass, envelope...).
The training path never imports this module (``tests/test_heldout.py``).

The rules of :mod:`model.synthetic.nondigit_templates` hold: nothing here may pass for
a digit a person might write. Also left out for that reason: ψ and Ω (an
open 4, a 0 with feet), ∃ and ⊃ (a 3), ¬ ∠ ⊥ (a 7, a 4, a 1 with a foot),
∥ (11), ↑ ↓ (a 1 with a flag), ♪ (a 9 upside down), £ (a 2), Ц (an open 4
with a low bar) and anything round (a 0).

Like :mod:`model.synthetic.heldout_templates`, the data is built on each call of
:func:`letters`, :func:`symbols` and :func:`shapes`.
"""

from __future__ import annotations

from model.synthetic.digit_templates import Glyph
from model.synthetic.hand import arc, bezier, chain, poly


def _latin() -> dict[str, list[Glyph]]:
    return {
        "A": [[chain(poly((0.0, 1.0), (0.05, 0.3)), arc(0.32, 0.3, 0.27, 0.3, 180, 360),
                     poly((0.59, 0.3), (0.64, 1.0))), poly((0.03, 0.58), (0.62, 0.58))]],
        "H": [[poly((0.1, 0.0), (0.0, 1.0)), poly((0.0, 0.52), (0.7, 0.48)),
               poly((0.6, 0.0), (0.72, 1.0))]],
        "M": [[poly((0.0, 1.0), (0.0, 0.0), (0.35, 1.0), (0.7, 0.0), (0.7, 1.0))]],
        "R": [[poly((0.0, 1.0), (0.0, 0.0)),
               chain(poly((0.0, 0.0), (0.45, 0.0)), arc(0.45, 0.17, 0.17, 0.17, -90, 90),
                     poly((0.45, 0.34), (0.0, 0.34)),
                     bezier((0.0, 0.34), (0.5, 0.4), (0.5, 0.9), (0.8, 1.0)))]],
        "W": [[chain(poly((0.0, 0.0), (0.02, 0.7)), arc(0.2, 0.7, 0.18, 0.28, 180, 0),
                     poly((0.38, 0.7), (0.4, 0.3), (0.42, 0.7)),
                     arc(0.6, 0.7, 0.18, 0.28, 180, 0), poly((0.78, 0.7), (0.8, 0.0)))]],
        "p": [[poly((0.0, 0.2), (0.0, 1.0)),
               chain(bezier((0.0, 0.3), (0.2, 0.0), (0.65, 0.1), (0.6, 0.45)),
                     bezier((0.6, 0.45), (0.55, 0.7), (0.15, 0.7), (0.0, 0.55)))]],
        "v": [[chain(bezier((0.0, 0.0), (0.15, 0.5), (0.25, 0.9), (0.32, 1.0)),
                     bezier((0.32, 1.0), (0.45, 0.7), (0.55, 0.2), (0.8, 0.05)))]],
        "x": [[chain(bezier((0.0, 0.1), (0.1, -0.05), (0.3, 0.2), (0.35, 0.5)),
                     bezier((0.35, 0.5), (0.4, 0.8), (0.6, 1.05), (0.75, 0.9))),
               poly((0.7, 0.05), (0.05, 0.95))]],
    }


def _greek_cyrillic() -> dict[str, list[Glyph]]:
    return {
        "π": [[poly((0.0, 0.1), (1.0, 0.05)), poly((0.25, 0.08), (0.2, 1.0)),
               chain(poly((0.7, 0.06), (0.7, 0.85)),
                     bezier((0.7, 0.85), (0.72, 1.0), (0.85, 1.02), (0.95, 0.9)))]],
        "λ": [[poly((0.05, 0.0), (0.7, 1.0)), poly((0.4, 0.45), (0.0, 1.0))]],
        "Σ": [[poly((0.7, 0.0), (0.0, 0.0), (0.4, 0.5), (0.0, 1.0), (0.7, 1.0))]],
        "Д": [[poly((0.2, 0.0), (0.1, 0.8), (0.7, 0.8), (0.7, 0.0), (0.2, 0.0)),
               poly((-0.05, 1.0), (0.0, 0.8), (0.82, 0.8), (0.85, 1.0))]],
        "Ж": [[poly((0.5, 0.0), (0.5, 1.0)), poly((0.0, 0.0), (0.5, 0.5), (1.0, 0.0)),
               poly((0.0, 1.0), (0.5, 0.5), (1.0, 1.0))]],
        "И": [[poly((0.0, 0.0), (0.0, 1.0), (0.6, 0.0), (0.6, 1.0))]],
        "Й": [[poly((0.0, 0.2), (0.0, 1.0), (0.6, 0.2), (0.6, 1.0)),
               arc(0.3, -0.02, 0.15, 0.1, 180, 0)]],
        "Ш": [[poly((0.0, 0.0), (0.0, 1.0), (0.9, 1.0), (0.9, 0.0)),
               poly((0.45, 0.0), (0.45, 1.0))]],
        "Я": [[chain(poly((0.6, 1.0), (0.6, 0.0), (0.3, 0.0)),
                     arc(0.3, 0.25, 0.25, 0.25, -90, -270), poly((0.3, 0.5), (0.6, 0.5))),
               poly((0.35, 0.5), (0.0, 1.0))]],
    }


def _symbols() -> dict[str, list[Glyph]]:
    return {
        "≤": [[poly((0.8, 0.0), (0.0, 0.35), (0.8, 0.7)), poly((0.0, 0.95), (0.8, 0.95))]],
        "≥": [[poly((0.0, 0.0), (0.8, 0.35), (0.0, 0.7)), poly((0.0, 0.95), (0.8, 0.95))]],
        "±": [[poly((0.5, 0.0), (0.5, 0.7)), poly((0.1, 0.35), (0.9, 0.35)),
               poly((0.1, 0.95), (0.9, 0.95))]],
        "≈": [[chain(bezier((0.0, 0.3), (0.25, 0.05), (0.5, 0.45), (1.0, 0.2))),
               chain(bezier((0.0, 0.75), (0.25, 0.5), (0.5, 0.9), (1.0, 0.65)))]],
        "≡": [[poly((0.0, 0.1), (1.0, 0.1)), poly((0.0, 0.5), (1.0, 0.5)),
               poly((0.0, 0.9), (1.0, 0.9))]],
        "∀": [[poly((0.0, 0.0), (0.4, 1.0), (0.8, 0.0)), poly((0.12, 0.35), (0.68, 0.35))]],
        "⇒": [[poly((0.0, 0.35), (0.85, 0.35)), poly((0.0, 0.65), (0.85, 0.65)),
               poly((0.65, 0.05), (1.0, 0.5), (0.65, 0.95))]],
        "€": [[arc(0.5, 0.5, 0.45, 0.5, -45, -315), poly((0.0, 0.4), (0.6, 0.4)),
               poly((0.0, 0.6), (0.55, 0.6))]],
        "¥": [[poly((0.0, 0.0), (0.4, 0.45), (0.8, 0.0)), poly((0.4, 0.45), (0.4, 1.0)),
               poly((0.1, 0.55), (0.7, 0.55)), poly((0.1, 0.75), (0.7, 0.75))]],
        "⊞": [[poly((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)),
               poly((0.5, 0.0), (0.5, 1.0)), poly((0.0, 0.5), (1.0, 0.5))]],
        "⋈": [[poly((0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0))]],
        "≪": [[poly((0.5, 0.0), (0.0, 0.5), (0.5, 1.0)), poly((1.0, 0.0), (0.5, 0.5), (1.0, 1.0))]],
    }


def _shapes() -> dict[str, list[Glyph]]:
    return {
        "parallelogram": [[poly((0.3, 0.0), (1.3, 0.0), (1.0, 0.7), (0.0, 0.7), (0.3, 0.0))]],
        "trapezoid": [[poly((0.3, 0.0), (0.9, 0.0), (1.2, 0.8), (0.0, 0.8), (0.3, 0.0))]],
        "hourglass": [[poly((0.0, 0.0), (0.8, 0.0), (0.0, 1.0), (0.8, 1.0), (0.0, 0.0))]],
        "envelope": [[poly((0.0, 0.0), (1.4, 0.0), (1.4, 0.9), (0.0, 0.9), (0.0, 0.0)),
                      poly((0.0, 0.0), (0.7, 0.5), (1.4, 0.0))]],
        "cube": [[poly((0.0, 0.3), (0.7, 0.3), (0.7, 1.0), (0.0, 1.0), (0.0, 0.3)),
                  poly((0.0, 0.3), (0.3, 0.0), (1.0, 0.0), (1.0, 0.7), (0.7, 1.0)),
                  poly((0.7, 0.3), (1.0, 0.0))]],
        "checked box": [[poly((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)),
                         poly((0.15, 0.5), (0.4, 0.8), (0.9, 0.15))]],
    }


def letters() -> dict[str, list[Glyph]]:
    """Held-out letter -> template variants; built anew on each call."""
    return {**_latin(), **_greek_cyrillic()}


def symbols() -> dict[str, list[Glyph]]:
    """Held-out symbol -> template variants; built anew on each call."""
    return _symbols()


def shapes() -> dict[str, list[Glyph]]:
    """Held-out shape name -> template variants; built anew on each call."""
    return _shapes()
