"""Pen strokes -> the network's input, drawn the way a person draws on the canvas.

A glyph is a list of strokes; a stroke is a point list in a unit box (x to
the right, y down, the glyph about 1 tall). :func:`render` makes one random
"hand" of it: per-point jitter, a smooth wobble along the stroke, stroke ends
that stop short or overshoot, slant, rotation, width, size, and the coarse
polylines of a fast mouse; then paints it like the canvas does (black,
round-cap, round-join, anti-aliased strokes on white) and hands the picture
to :func:`model.data.preprocess.prepare`, exactly as the app does.

Speed: ``prepare`` costs about 0.6 ms whatever the image size (many small
numpy calls); a full 400 px canvas would cost another 1.5 ms in ``prepare``
alone. So the picture is painted at a reduced scale (glyph long side 64-100
px, pen scaled with it, 2x supersampled) on a sheet at most 160 px wide.
``prepare`` shrinks every drawing to 80 px before anything else, so the
28x28 result stays close to the real canvas': ``bench.synthetic_data``
measures a mean difference of about 4 grey levels out of 255 against the
app's DrawingCanvas (Pillow painting at full canvas size: 3.5; the same
drawing merely moved on the canvas: 1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from model.data.preprocess import prepare

Stroke = np.ndarray
"""(K, 2) float points of one pen stroke, in the glyph's unit box."""

_SUPERSAMPLE = 2  # paint at 2x and box-filter down: the canvas anti-aliases
_STEP = 0.02  # resampling step along a stroke, in glyph heights (~2 px when painted)
_JOIN_ANGLE = math.radians(20)  # a sharper turn gets a round join
_MAX_SHEET = 160  # px: larger sheets only make prepare() slower
_MAX_CORNERS = 8  # a stroke with more points is a sampled curve, not a polyline
_KNOT = 0.2  # spacing of the jitter knots along a curve, in glyph heights
_BOLDEST_PEN = 0.22  # pen / drawing size; bolder fills small loops (MNIST's boldest: 0.24)


@dataclass(frozen=True)
class Hand:
    """How random one drawing is (all lengths in glyph heights).

    Attributes:
        jitter: Spread of the per-point jitter of control points.
        wobble: Amplitude of the smooth sideways wobble along a stroke.
        slant: Largest shear, right-leaning positive (x += slant * height).
        rotation: Largest rotation in degrees, either way.
        aspect: Largest relative change of the width (0.2: 0.8x to 1.2x).
        ends: Largest trim (negative) or overshoot (positive) of a stroke end.
        fast: Largest mouse-event spacing, in resampling steps (1: smooth).
    """

    jitter: float = 0.02
    wobble: float = 0.015
    slant: float = 0.4
    rotation: float = 10.0
    aspect: float = 0.2
    ends: float = 0.03
    fast: int = 6


HAND = Hand()
"""The default hand for digit styles."""

PRINTED_HAND = Hand(jitter=0.0, wobble=0.0, slant=0.0, rotation=0.0, aspect=0.0, ends=0.0, fast=1)
"""No randomness at all: the template exactly (for tests and pictures)."""


@dataclass(frozen=True)
class Canvas:
    """The app's canvas and pen, in its own pixels.

    Attributes:
        side: Range of canvas sides (square), px.
        pen: Range of pen widths, px.
        size: Range of the glyph's long side as a share of the canvas side.
    """

    side: tuple[float, float] = (300.0, 500.0)
    pen: tuple[float, float] = (8.0, 30.0)
    size: tuple[float, float] = (0.3, 0.9)


CANVAS = Canvas()


# --------------------------------------------------------------------------
# Building strokes
# --------------------------------------------------------------------------


def poly(*points: tuple[float, float]) -> Stroke:
    """A polyline through the given points."""
    return np.asarray(points, dtype=np.float64)


def arc(cx: float, cy: float, rx: float, ry: float, start: float, stop: float) -> Stroke:
    """An elliptic arc; angles in degrees, 0 = right, 90 = down (clockwise on screen).

    Args:
        cx: Centre x.
        cy: Centre y.
        rx: Horizontal radius.
        ry: Vertical radius.
        start: Angle the pen starts at.
        stop: Angle the pen stops at (smaller than ``start``: anticlockwise).

    Returns:
        Points about every 0.01 along the arc.
    """
    length = abs(math.radians(stop - start)) * max(rx, ry)
    angles = np.radians(np.linspace(start, stop, max(3, int(length / _STEP) + 1)))
    return np.stack([cx + rx * np.cos(angles), cy + ry * np.sin(angles)], axis=1)


def bezier(*points: tuple[float, float]) -> Stroke:
    """A Bezier curve with the given control points (any degree >= 1)."""
    control = np.asarray(points, dtype=np.float64)
    t = np.linspace(0.0, 1.0, 40)[:, None]
    degree = len(control) - 1
    weights = [math.comb(degree, k) * t**k * (1 - t) ** (degree - k) for k in range(degree + 1)]
    return sum(w * p for w, p in zip(weights, control, strict=True))


def chain(*parts: Stroke) -> Stroke:
    """One stroke through several parts, pen kept down between them."""
    return np.concatenate([np.asarray(part, dtype=np.float64) for part in parts])


# --------------------------------------------------------------------------
# A random hand
# --------------------------------------------------------------------------


def _densify(stroke: Stroke) -> tuple[Stroke, np.ndarray]:
    """Split segments longer than _STEP (corners kept); the points and their arclength."""
    steps = np.diff(stroke, axis=0)
    lengths = np.hypot(steps[:, 0], steps[:, 1])
    pieces = np.maximum(1, np.ceil(lengths / _STEP).astype(int))
    segment = np.repeat(np.arange(len(steps)), pieces)
    fraction = (np.arange(segment.size) - np.repeat(np.cumsum(pieces) - pieces, pieces)) / \
        pieces[segment]
    points = np.concatenate([stroke[segment] + steps[segment] * fraction[:, None], stroke[-1:]])
    arclength = np.concatenate([[0.0], np.cumsum(lengths[segment] / pieces[segment])])
    return points, arclength


def _jitter(stroke: Stroke, hand: Hand, rng: np.random.Generator) -> tuple[Stroke, np.ndarray]:
    """Per-point jitter, then densified: at each corner of a polyline, or at knots of a curve.

    A curve is a dense point list; moving each point on its own would make it
    ragged, so knots about _KNOT apart are moved and the rest follows smoothly.
    """
    polyline = len(stroke) <= _MAX_CORNERS
    if polyline and hand.jitter > 0:
        stroke = stroke + rng.normal(0, hand.jitter, size=stroke.shape)
    points, arclength = _densify(stroke)
    if not polyline and hand.jitter > 0:
        knots = np.linspace(0.0, arclength[-1], max(2, int(arclength[-1] / _KNOT) + 2))
        moves = rng.normal(0, hand.jitter, size=(len(knots), 2))
        points[:, 0] += np.interp(arclength, knots, moves[:, 0])
        points[:, 1] += np.interp(arclength, knots, moves[:, 1])
    return points, arclength


def _ends(points: Stroke, rng: np.random.Generator, amount: float) -> Stroke:
    """Trim or extend each end of a stroke along its own direction."""
    if amount <= 0:
        return points
    for end in (0, -1):
        if len(points) < 4:
            break
        change = rng.uniform(-amount, amount)
        if change > 0:
            direction = points[end] - (points[3] if end == 0 else points[-4])
            norm = np.linalg.norm(direction)
            if norm > 0:
                points[end] = points[end] + direction / norm * change
        else:
            cut = min(int(-change / _STEP), len(points) // 4)
            points = points[cut:] if end == 0 else points[: len(points) - cut]
    return points


def _wobble(points: Stroke, arclength: np.ndarray, rng: np.random.Generator,
            amount: float) -> Stroke:
    """A smooth, low-frequency displacement along the stroke (a shaky hand)."""
    if amount <= 0:
        return points
    phase = rng.uniform(0, 2 * math.pi, size=(2, 2))
    frequency = rng.uniform(0.5, 2.0, size=(2, 2)) * 2 * math.pi
    size = rng.uniform(0, amount, size=(2, 2))
    waves = np.sin(arclength[:, None, None] * frequency + phase) * size
    return points + waves.sum(axis=2)


def _affine(rng: np.random.Generator, hand: Hand) -> np.ndarray:
    """Slant, rotation and width change as one 2x2 matrix (row vectors)."""
    angle = math.radians(float(np.clip(rng.normal(0, hand.rotation / 2), -hand.rotation,
                                       hand.rotation)) if hand.rotation else 0.0)
    slant = rng.uniform(-0.4 * hand.slant, hand.slant)  # right-leaning hands are commoner
    width = 1 + rng.uniform(-hand.aspect, hand.aspect)
    shear = np.array([[width, 0.0], [-slant, 1.0]])  # x' = w*x - slant*y: the top leans right
    cos, sin = math.cos(angle), math.sin(angle)
    return shear @ np.array([[cos, sin], [-sin, cos]])


def handwrite(strokes: Sequence[Stroke], rng: np.random.Generator,
              hand: Hand = HAND) -> list[Stroke]:
    """One random hand's version of the glyph: the points the mouse would report.

    Args:
        strokes: The glyph's template strokes.
        rng: Where the randomness comes from.
        hand: How much of each kind of randomness.

    Returns:
        The strokes, transformed, in the same units (not yet scaled to pixels).
    """
    matrix = _affine(rng, hand)
    out = []
    for stroke in strokes:
        points, arclength = _jitter(np.asarray(stroke, dtype=np.float64), hand, rng)
        points = _wobble(points, arclength, rng, hand.wobble)
        points = _ends(points, rng, hand.ends)
        step = int(rng.integers(1, hand.fast + 1))
        if step > 1 and len(points) > 2:
            points = np.concatenate([points[:-1:step], points[-1:]])
        out.append(points @ matrix)
    return out


# --------------------------------------------------------------------------
# Painting, and the app's preprocessing
# --------------------------------------------------------------------------


def paint(strokes: Sequence[Stroke], long_side: float, pen: float, sheet: int,
          rng: np.random.Generator | None = None, pressure: float = 0.0) -> np.ndarray:
    """Paint strokes black on white like the canvas: round caps and joins, anti-aliased.

    Args:
        strokes: Points in any unit; they are scaled so that the drawing's
            longer side is ``long_side`` px.
        long_side: Size of the drawing, px.
        pen: Pen width, px.
        sheet: Side of the square sheet, px (at least the drawing plus the pen).
        rng: Places the drawing at random on the sheet; None centres it.
        pressure: Each stroke's pen is up to this share thinner or bolder
            (a person presses harder on some strokes); needs ``rng``.

    Returns:
        A uint8 (sheet, sheet) array, 255 paper and 0 ink (the canvas' to_array).
    """
    every = np.concatenate(strokes)
    low, high = every.min(axis=0), every.max(axis=0)
    scale = long_side / max(float((high - low).max()), 1e-6)
    room = sheet - (high - low) * scale - pen
    fraction = rng.uniform(0, 1, size=2) if rng is not None else np.full(2, 0.5)
    offset = pen / 2 + np.maximum(room, 0) * fraction
    big = _SUPERSAMPLE
    image = Image.new("L", (sheet * big, sheet * big), 255)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        press = 1 + rng.uniform(-pressure, pressure) if rng is not None and pressure else 1
        width = max(1, round(pen * press * big))
        radius = width / 2
        points = ((stroke - low) * scale + offset) * big
        if len(points) > 1:
            draw.line(points.ravel().tolist(), fill=0, width=width)
        # Round caps, and round joins where the stroke turns (Pillow's own
        # joint="curve" costs a Python call per point).
        for x, y in points[_rounded(points)].tolist():
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=0)
    return np.asarray(image.reduce(big))


def _rounded(points: np.ndarray) -> np.ndarray:
    """Indices of the ends and of the corners sharper than _JOIN_ANGLE."""
    steps = np.diff(points, axis=0)
    angles = np.arctan2(steps[:, 1], steps[:, 0])
    turn = np.abs((np.diff(angles) + math.pi) % (2 * math.pi) - math.pi)
    corners = np.flatnonzero(turn > _JOIN_ANGLE) + 1
    return np.concatenate([[0], corners, [len(points) - 1]])


def render(strokes: Sequence[Stroke], rng: np.random.Generator, hand: Hand = HAND,
           canvas: Canvas = CANVAS, look: float = 0.0, outline: bool = False
           ) -> np.ndarray | None:
    """Draw a glyph by a random hand on a random canvas and prepare it like the app.

    Args:
        strokes: The glyph's template strokes.
        rng: Where the randomness comes from.
        hand: How the hand varies the template.
        canvas: Canvas and pen sizes the app allows.
        look: The share of drawings given a pen pressed unevenly and a
            scanned, smudged, thin or bold look (:func:`scanned`).
        outline: Draw only the outline of a broad pen's stroke (:func:`outlined`).

    Returns:
        The network input as uint8 (28, 28), ink high; None when ``prepare``
        finds no digit-sized ink in it (the caller draws another).
    """
    drawn = handwrite(strokes, rng, hand)
    side = rng.uniform(*canvas.side)
    share = rng.uniform(*canvas.size)
    pen_share = min(_BOLDEST_PEN, rng.uniform(*canvas.pen) / (share * side))
    long_side = rng.uniform(64, 100)
    pen = max(1.0, pen_share * long_side)
    sheet = int(min(_MAX_SHEET, max(long_side / share, long_side + pen) + pen + 4))
    if outline:
        return prepared(outlined(drawn, long_side, sheet, rng))
    if look and rng.random() < look:
        return prepared(scanned(paint(drawn, long_side, pen, sheet, rng, 0.35), rng))
    return prepared(paint(drawn, long_side, pen, sheet, rng))


def outlined(strokes: Sequence[Stroke], long_side: float, sheet: int,
             rng: np.random.Generator) -> np.ndarray:
    """The strokes drawn hollow, as decorative lettering is: a broad pen's two edges.

    A broad pen (a quarter to a third of the drawing) minus a narrower one
    painted over the same strokes; the sheet grows to hold the broad pen.
    """
    pen = rng.uniform(0.24, 0.34) * long_side
    line = rng.uniform(0.18, 0.3) * pen
    sheet = int(max(sheet, long_side + pen + 4))
    outer = paint(strokes, long_side, pen, sheet)
    inner = paint(strokes, long_side, pen - 2 * line, sheet)
    return (255 - (inner.astype(np.int16) - outer).clip(0, 255)).astype(np.uint8)


def scanned(picture: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Writing as a scan or a photo shows it, sometimes on grey paper.

    One or two of: blurred, coarse (low resolution), uneven ink, smudged,
    thinner, bolder.

    Args:
        picture: uint8, 255 paper and 0 ink.
        rng: Where the randomness comes from.

    Returns:
        The picture with its new look, uint8, same size.
    """
    image = Image.fromarray(picture)
    for name in rng.choice(_LOOKS, size=int(rng.integers(1, 3)), replace=False):
        image = _LOOK[name](image, rng)
    ink = 255.0 - np.asarray(image, dtype=np.float32)
    paper = rng.uniform(0, 40) if rng.random() < 0.5 else 0.0
    noisy = 255.0 - paper - ink * (255.0 - paper) / 255.0 + rng.normal(0, rng.uniform(0, 6),
                                                                         ink.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def _blur(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 2.2)))


def _coarse(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    factor = rng.uniform(2.5, 5.0)
    size = (max(8, round(image.width / factor)), max(8, round(image.height / factor)))
    small = image.resize(size, Image.Resampling.BILINEAR)
    return small.resize(image.size, Image.Resampling.BILINEAR)


def _uneven(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    cells = int(rng.integers(2, 6))
    coarse = Image.fromarray((rng.uniform(0.3, 1.0, (cells, cells)) * 255).astype(np.uint8))
    strength = np.asarray(coarse.resize(image.size, Image.Resampling.BICUBIC)) / 255.0
    ink = (255.0 - np.asarray(image, dtype=np.float32)) * strength
    return Image.fromarray((255.0 - ink).astype(np.uint8))


def _smudge(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    dx, dy = rng.integers(-4, 5, size=2)
    ghost = np.roll(np.asarray(image.filter(ImageFilter.GaussianBlur(2.5))), (dy, dx), (0, 1))
    ink = np.maximum(255.0 - np.asarray(image, np.float32), (255.0 - ghost) * rng.uniform(0.2, 0.5))
    return Image.fromarray((255.0 - ink).astype(np.uint8))


def _bold(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    return image.filter(ImageFilter.MinFilter(3))  # the dark ink spreads


def _thin(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    return image.filter(ImageFilter.MaxFilter(3))


_LOOK = {"blur": _blur, "coarse": _coarse, "uneven": _uneven, "smudge": _smudge, "bold": _bold,
         "thin": _thin}
_LOOKS = np.array(list(_LOOK))


def prepared(picture: np.ndarray) -> np.ndarray | None:
    """``model.data.preprocess.prepare`` as uint8 (28, 28), or None for no digit."""
    result = prepare(picture)
    if result is None:
        return None
    return np.rint(result * 255).astype(np.uint8)
