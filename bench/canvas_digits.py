"""Digits drawn by scripted strokes through the real canvas widget, and how many are read.

Each digit has a few hand-made stroke templates (bench.strokes: unit box, y
down). Every drawing picks a template and a random size, position, slant, pen
width and jitter, draws it with ``DrawingCanvas.draw_stroke`` (the mouse path)
and goes through the app's own preprocessing and classifier with the
**bundled** checkpoint (assets/model). The process runs with throw-away user
folders (HOME, XDG_*), so a person's own checkpoints can never be picked up.

In-distribution, and the output says so: these are the hand-made templates
the preprocessing and the segmenter were developed and tested against, not
handwriting held out from the app's making.

    python -m bench.canvas_digits [--count 300] [--seed 0]
    python -m bench.canvas_digits --quick    # 100 drawings

Last line: ``canvas_digits: accuracy=A naive=B count=N in_distribution=yes``
(A: the app's preprocessing; B: the canvas simply shrunk to 28x28).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import numpy as np

from bench import common
from bench.strokes import TEMPLATES, place, template_names


def load_bundled() -> tuple[object, str]:
    """The app's classifier on the bundled checkpoint, and a line saying which one it is."""
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier

    loaded = load_for_serving(BUNDLED_DIR)  # as the app loads it
    meta = loaded.metadata
    description = (f"checkpoint: {loaded.path} (bundled; MNIST test accuracy "
                   f"{meta.get('test_accuracy')}, date {meta.get('date')}, "
                   f"recipe epochs {meta.get('recipe', {}).get('epochs')})")
    return Classifier(loaded.model, loaded.metadata, loaded.path), description


def run(count: int, seed: int) -> dict:
    """Draw ``count`` digits through the canvas; accuracy per template (and shrunk naively)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.canvas import DrawingCanvas
    from model.data.drawn import naive_input
    from model.data.preprocess import prepare

    classifier, description = load_bundled()
    canvas = DrawingCanvas()
    canvas.resize(400, 400)
    canvas.show()
    app.processEvents()  # one layout pass so the backing store has its size
    rng = np.random.default_rng(seed)
    right = dict.fromkeys(template_names(), 0)
    drawn = dict.fromkeys(template_names(), 0)
    naive_right = 0
    rejected = 0  # answered "not a digit" (counted as not read)
    for i in range(count):
        digit = i % 10
        index = int(rng.integers(len(TEMPLATES[digit])))
        canvas.clear()
        canvas.set_pen_width(int(rng.uniform(8, 36)))
        for stroke in place(TEMPLATES[digit][index], rng, 400):
            canvas.draw_stroke(stroke)
        pixels = canvas.to_array()
        network_input = prepare(pixels)
        drawn[digit, index] += 1
        if network_input is not None:
            decision = classifier.predict(network_input)
            right[digit, index] += decision.digit == digit
            rejected += decision.digit is None
        naive_right += classifier.predict(naive_input(255 - pixels)).digit == digit
    return {"right": right, "drawn": drawn, "accuracy": sum(right.values()) / count,
            "naive": naive_right / count, "count": count, "checkpoint": description,
            "rejected": rejected}


def main(argv: Sequence[str] | None = None) -> int:
    """Print which checkpoint, a per-template table and the headline line."""
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=300)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    common.isolate()
    monitor = common.print_header("bench.canvas_digits")
    result = run(100 if args.quick else args.count, args.seed)
    print(result["checkpoint"])
    print("Drawings: bench.strokes templates, in-distribution (the ones the preprocessing and "
          "the segmenter were developed against), not held-out handwriting.")
    rows = []
    for digit, index in template_names():
        n = result["drawn"][digit, index]
        strokes = len(TEMPLATES[digit][index])
        rows.append([digit, index + 1, strokes, n,
                     result["right"][digit, index] / n if n else float("nan")])
    print(common.table(["digit", "template", "strokes", "drawn", "accuracy"], rows))
    print(f"Answered 'not a digit' (counted as not read): {result['rejected']} of "
          f"{result['count']}.")
    print(monitor.summary())
    print(f"canvas_digits: accuracy={result['accuracy']:.3f} naive={result['naive']:.3f} "
          f"count={result['count']} in_distribution=yes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
