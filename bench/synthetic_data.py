"""Generated training data (model/synthetic/training_set.py): how fast, how close to the canvas.

    python -m bench.synthetic_data                  # 20,000 style digits + 20,000 non-digits
    python -m bench.synthetic_data --quick          # 2,000 + 2,000
    python -m bench.synthetic_data --grids DIR      # also write PNG sample grids to look at

Speed: the data is made in chunks of 1,000 images (different seeds); per-image
CPU time is the median over chunks (with min..max), and the share spent in
``model.data.preprocess.prepare`` is measured by timing every call.

Fidelity: the same random strokes are drawn twice, through the app's real
``DrawingCanvas`` (400 px, integer pen widths, Qt anti-aliasing) and through
the generator's fast painter, and both go through ``prepare``. The table gives
the mean absolute difference of the 28x28 results (0-255, best of the 9 one-pixel
shifts); the baseline row is the same drawing moved on the real canvas.

The process runs with throw-away user folders (HOME, XDG_*, KERAS_HOME;
``bench.common.isolate``): a person's files are never read or written (nor
fonts in their home folder: only the system's, as for every benchmark).

Last line: ``synthetic_data: styles_ms=A negatives_ms=B prepare_share=C total_s=D canvas_diff=E``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench import common

CHUNK = 1000


def _timed_prepare() -> list[float]:
    """Wrap the generator's prepare() so every call's CPU time is recorded."""
    from model.synthetic import hand
    calls: list[float] = []
    original = hand.prepare

    def timed(image: np.ndarray) -> np.ndarray | None:
        start = time.process_time()
        result = original(image)
        calls.append(time.process_time() - start)
        return result

    hand.prepare = timed
    return calls


def speed(count: int) -> dict:
    """Per-image CPU ms of style digits and non-digits, and prepare()'s share."""
    from model.data.mnist import load_mnist
    from model.synthetic import training_set

    mnist = load_mnist().x_train
    calls = _timed_prepare()
    training_set.style_digits(50, seed=999)  # fonts loaded, glyph tables built
    training_set.negatives(50, seed=999, mnist_images=mnist)
    calls.clear()
    result: dict[str, list[float]] = {"styles": [], "negatives": []}
    started, wall = time.process_time(), time.perf_counter()
    for chunk in range(max(1, count // CHUNK)):
        for name, make in (("styles", lambda s: training_set.style_digits(CHUNK, s)),
                           ("negatives", lambda s: training_set.negatives(CHUNK, s, mnist))):
            start = time.process_time()
            make(chunk)
            result[name].append((time.process_time() - start) / CHUNK * 1e3)
    total = time.process_time() - started
    return {**result, "prepare_share": sum(calls) / total, "prepare_ms": 1e3 * float(
        np.median(calls)), "total_s": total, "wall_s": time.perf_counter() - wall}


def _aligned_diff(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a.astype(np.float64), b.astype(np.float64)
    return min(float(np.abs(np.roll(a, (dy, dx), (0, 1)) - b).mean())
               for dy in (-1, 0, 1) for dx in (-1, 0, 1))


def fidelity(count: int, seed: int = 0) -> dict:
    """Fast painter vs the real canvas, on the same random strokes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.canvas import DrawingCanvas
    from model.synthetic import hand
    from model.synthetic.digit_templates import STYLE_TEMPLATES

    canvas = DrawingCanvas()
    canvas.resize(400, 400)
    canvas.show()
    app.processEvents()  # one layout pass so the backing store has its size
    rng = np.random.default_rng(seed)
    glyphs = [g for _, variants in STYLE_TEMPLATES.values() for g in variants]
    fast, moved, ink = [], [], []
    for i in range(count):
        drawn = hand.handwrite(glyphs[i % len(glyphs)], rng)
        share, pen = rng.uniform(0.3, 0.9), int(rng.integers(12, 29))
        pen = min(pen, int(0.22 * share * 400))
        real = [hand.prepared(_on_canvas(canvas, drawn, share * 400, pen, rng))
                for _ in range(2)]
        long_side = rng.uniform(64, 100)
        small_pen = max(1.0, pen / (share * 400) * long_side)
        sheet = int(min(160, max(long_side / share, long_side + small_pen) + small_pen + 4))
        ours = hand.prepared(hand.paint(drawn, long_side, small_pen, sheet, rng))
        fast.append(_aligned_diff(ours, real[0]))
        moved.append(_aligned_diff(real[1], real[0]))
        ink.append(ours.sum(dtype=np.float64) / real[0].sum(dtype=np.float64))
    return {"fast": fast, "moved": moved, "ink": ink}


def _on_canvas(canvas: object, drawn: list[np.ndarray], long_side: float, pen: int,
               rng: np.random.Generator) -> np.ndarray:
    every = np.concatenate(drawn)
    low, high = every.min(axis=0), every.max(axis=0)
    scale = long_side / float((high - low).max())
    room = 400 - (high - low) * scale - pen
    offset = pen / 2 + np.maximum(room, 0) * rng.uniform(0, 1, size=2)
    canvas.clear()
    canvas.set_pen_width(pen)
    for stroke in drawn:
        canvas.draw_stroke([tuple(p) for p in ((stroke - low) * scale + offset).tolist()])
    return canvas.to_array()


def grids(folder: Path) -> list[Path]:
    """PNG grids of every style and every non-digit kind (held-out split), to look at."""
    from PIL import Image, ImageDraw

    from model.data.mnist import load_mnist
    from model.synthetic import training_set

    folder.mkdir(parents=True, exist_ok=True)
    held_out = training_set.evaluation_set(seed=0, per_style=24, per_kind=24,
                                        mnist_images=load_mnist().x_test)
    written = []
    for name, rows in (("styles", {k: v[0] for k, v in held_out["styles"].items()}),
                       ("negatives", held_out["negatives"])):
        cell = 56
        sheet = Image.new("L", (130 + 24 * cell, cell * len(rows)), 255)
        draw = ImageDraw.Draw(sheet)
        for r, (label, images) in enumerate(rows.items()):
            draw.text((4, r * cell + cell // 2 - 6), label, fill=0)
            for c, image in enumerate(images):
                tile = Image.fromarray(255 - image).resize((cell, cell), Image.Resampling.NEAREST)
                sheet.paste(tile, (130 + c * cell, r * cell))
        path = folder / f"synthetic_{name}.png"
        sheet.save(path)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=20_000, help="style digits and non-digits each")
    p.add_argument("--canvas", type=int, default=300, help="drawings for the fidelity check")
    p.add_argument("--grids", type=Path, help="write PNG sample grids into this folder")
    args = p.parse_args(argv)
    count = 2000 if args.quick else args.count
    common.isolate()
    monitor = common.print_header("bench.synthetic_data")
    result = speed(count)
    rows = [[name, common.median(result[name]),
             f"{min(result[name]):.2f}..{max(result[name]):.2f}"] for name in result
            if name in ("styles", "negatives")]
    print(common.table(["kind", "CPU ms / image (median of chunks)", "min..max"], rows))
    print(f"{2 * count} images: {result['total_s']:.1f} s CPU ({result['wall_s']:.1f} s wall); "
          f"prepare(): {result['prepare_share']:.0%} of it, {result['prepare_ms']:.2f} ms a call")
    check = fidelity(100 if args.quick else args.canvas)
    print(common.table(["28x28 result vs the real canvas", "mean diff (0-255)", "p95", "max"], [
        [name, float(np.mean(check[key])), common.percentile(check[key], 95), max(check[key])]
        for name, key in (("fast painter", "fast"), ("baseline: same drawing moved", "moved"))]))
    ink = check["ink"]
    print(f"ink, fast painter / real canvas: mean {np.mean(ink):.3f}, "
          f"5-95 % {common.percentile(ink, 5):.3f}..{common.percentile(ink, 95):.3f}")
    if args.grids:
        for path in grids(args.grids):
            print(f"grid written: {path}")
    print(monitor.summary())
    print(f"synthetic_data: styles_ms={common.median(result['styles']):.2f} "
          f"negatives_ms={common.median(result['negatives']):.2f} "
          f"prepare_share={result['prepare_share']:.2f} total_s={result['total_s']:.1f} "
          f"canvas_diff={np.mean(check['fast']):.2f}")


if __name__ == "__main__":
    main()
