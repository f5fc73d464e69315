"""Hand-made stroke templates of each digit, placed at random, and sampled as a mouse would.

Templates live in a unit box (y down); ``place`` scales, slants, moves and
jitters one onto a canvas; ``mouse_points`` resamples a stroke at the spacing a
mouse reports at ~100 Hz for a given drawing speed.
"""

from __future__ import annotations

import math

import numpy as np

Stroke = list[tuple[float, float]]

MOUSE_HZ = 100
DRAWING_SPEED = 700.0  # px/s: a quick but ordinary hand on a 400 px canvas


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float,
         n: int = 24) -> Stroke:
    angles = np.radians(np.linspace(start, end, n))
    return [(cx + rx * np.cos(a), cy + ry * np.sin(a)) for a in angles]


TEMPLATES: dict[int, list[list[Stroke]]] = {
    0: [[_arc(0.5, 0.65, 0.4, 0.62, -90, 275)], [_arc(0.5, 0.65, 0.33, 0.6, 100, 465)]],
    1: [[[(0.55, 0.0), (0.5, 1.3)]], [[(0.3, 0.25), (0.6, 0.0), (0.6, 1.3)]]],
    2: [[_arc(0.5, 0.35, 0.4, 0.33, 190, 380) + [(0.05, 1.3), (0.95, 1.3)]]],
    3: [[_arc(0.45, 0.33, 0.4, 0.32, -150, 90) + _arc(0.45, 0.97, 0.45, 0.33, -90, 150)]],
    4: [[[(0.7, 1.3), (0.7, 0.0), (0.0, 0.85), (1.0, 0.85)]],
        [[(0.15, 0.0), (0.05, 0.75), (0.95, 0.75)], [(0.75, 0.3), (0.75, 1.3)]]],
    5: [[[(0.9, 0.0), (0.15, 0.0), (0.1, 0.55)] + _arc(0.45, 0.88, 0.45, 0.38, -120, 150)]],
    6: [[[(0.8, 0.0), (0.35, 0.35)] + _arc(0.5, 0.95, 0.42, 0.35, 200, 560)]],
    7: [[[(0.0, 0.0), (1.0, 0.0), (0.35, 1.3)]],
        [[(0.0, 0.0), (1.0, 0.0), (0.35, 1.3)], [(0.3, 0.65), (0.85, 0.65)]]],
    8: [[_arc(0.5, 0.33, 0.33, 0.33, 90, 450) + _arc(0.5, 0.98, 0.42, 0.32, -90, 270)]],
    9: [[_arc(0.5, 0.35, 0.4, 0.35, 0, 360) + [(0.9, 0.35), (0.85, 1.3)]]],
}


def template_names() -> list[tuple[int, int]]:
    """Every (digit, template index)."""
    return [(digit, i) for digit, options in TEMPLATES.items() for i in range(len(options))]


def place(strokes: list[Stroke], rng: np.random.Generator, side: int) -> list[Stroke]:
    """Scale, slant, move and jitter a template onto a canvas of ``side`` pixels."""
    size = rng.uniform(0.25, 0.6) * side
    slant = np.radians(rng.uniform(-12, 12))
    dx = rng.uniform(0.05 * side, side - 1.05 * size)
    dy = rng.uniform(0.05 * side, side - 1.35 * size)
    placed = []
    for stroke in strokes:
        points = []
        for x, y in stroke:
            x, y = x * size, y * size
            x, y = x * np.cos(slant) - y * np.sin(slant) + size * 0.3 * np.sin(slant), \
                x * np.sin(slant) + y * np.cos(slant)
            points.append((dx + x + rng.normal(0, 2), dy + y + rng.normal(0, 2)))
        placed.append(points)
    return placed


def mouse_points(stroke: Stroke, speed: float = DRAWING_SPEED, hz: int = MOUSE_HZ) -> Stroke:
    """The positions a mouse reports along ``stroke`` at ``hz`` when drawn at ``speed`` px/s.

    The first and last points are kept; in between, points are evenly spaced
    along the path (``speed / hz`` pixels apart).
    """
    xy = np.asarray(stroke, dtype=float)
    if len(xy) < 2:
        return [tuple(map(float, xy[0]))] * 2
    lengths = np.hypot(*np.diff(xy, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(lengths)])
    count = max(2, math.ceil(along[-1] / (speed / hz)) + 1)
    targets = np.linspace(0.0, along[-1], count)
    xs = np.interp(targets, along, xy[:, 0])
    ys = np.interp(targets, along, xy[:, 1])
    return [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]


def random_digit(rng: np.random.Generator, side: int) -> tuple[int, int, list[Stroke]]:
    """(digit, template index, placed strokes) for a random template."""
    digit = int(rng.integers(10))
    index = int(rng.integers(len(TEMPLATES[digit])))
    return digit, index, place(TEMPLATES[digit][index], rng, side)
