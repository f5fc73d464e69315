"""Digits drawn by scripted strokes through the real canvas widget, and how many are read.

Each digit has a few hand-made stroke templates (unit box, y down). Every
drawing picks a template and a random size, position, slant, pen width and
jitter, draws it with ``DrawingCanvas.draw_stroke`` (the mouse path) and goes
through the app's own preprocessing and classifier.

    python -m bench.canvas_digits [--count 300] [--seed 0]

Last line: ``canvas_digits: accuracy=A naive=B count=N``.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

import numpy as np

Stroke = list[tuple[float, float]]


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


def _place(strokes: list[Stroke], rng: np.random.Generator, side: int) -> list[Stroke]:
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


def run(count: int, seed: int) -> dict:
    """Draw ``count`` digits through the canvas; accuracy with and without preprocessing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.canvas import DrawingCanvas
    from model import paths
    from model.checkpoints import CheckpointStore
    from model.classifier import Classifier
    from model.drawn import naive_input
    from model.preprocess import prepare

    classifier = Classifier(CheckpointStore(paths.checkpoint_dir()).load_newest().model)
    canvas = DrawingCanvas()
    canvas.resize(400, 400)
    canvas.show()
    app.processEvents()  # one layout pass so the backing store has its size
    rng = np.random.default_rng(seed)
    right = np.zeros(10)
    naive_right = np.zeros(10)
    drawn = np.zeros(10)
    for i in range(count):
        digit = i % 10
        templates = TEMPLATES[digit]
        canvas.clear()
        canvas.set_pen_width(int(rng.uniform(8, 36)))
        for stroke in _place(templates[int(rng.integers(len(templates)))], rng, 400):
            canvas.draw_stroke(stroke)
        pixels = canvas.to_array()
        network_input = prepare(pixels)
        drawn[digit] += 1
        if network_input is not None:
            right[digit] += classifier.predict(network_input).digit == digit
        naive = classifier.predict(naive_input(255 - pixels)).digit
        naive_right[digit] += naive == digit
    return {"per_digit": right / drawn, "accuracy": right.sum() / drawn.sum(),
            "naive": naive_right.sum() / drawn.sum(), "count": count}


def main(argv: Sequence[str] | None = None) -> None:
    """Print a per-digit table and the headline line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="100 drawings")
    args = parser.parse_args(argv)
    result = run(100 if args.quick else args.count, args.seed)
    print("digit  accuracy")
    for digit, value in enumerate(result["per_digit"]):
        print(f"{digit:>5}  {value:8.3f}")
    print(f"canvas_digits: accuracy={result['accuracy']:.3f} naive={result['naive']:.3f} "
          f"count={result['count']}")


if __name__ == "__main__":
    main()
