"""Prediction latency: the app's reading of its canvas in code, and mouse release to answer.

1. ``measure_reading``: the app's own path, ``model.data.number.read_number`` with
   the canvas's strokes (segmentation, then preparation and one classifier
   batch), as ``MainWindow.update_prediction`` calls it, on canvases of the
   size the canvas has in the default window (780x680), bundled model.
   Cases: one digit at the release (with the cut search, as the window reads
   it; the headline), one digit mid-stroke (the live preview: no cut search),
   five digits, and the slowest case, digits written without lifting the pen
   so that they touch: the segmenter cannot part them by strokes and the
   classifier scores dozens of candidate cuts. Each iteration times every
   case on its own drawing, in a rotating order, so load from other processes
   hits them alike; the touching cases every fifth iteration (they are slow).
2. ``measure_functions``: the network alone, for comparison with TensorFlow
   and Keras: ``prepare(canvas)`` + ``Classifier.predict`` on 400x400 uint8
   canvases holding one realistic drawn digit (``model.data.drawn.synthesize``
   from MNIST test digits), no segmentation. Baselines, all with the same
   preprocessing: the app's network as a ``tf.function`` (fixed input
   signature), and the same weights in Keras (``keras_reference.from_convnet``)
   as ``model.predict``, a direct ``model(x)`` call and a ``tf.function``.
3. ``measure_window``: the real window (unmodified ``main.py`` in a new
   process with a new, empty user; ``bench._app_probe``): digits drawn by hand
   with QTest mouse events on the canvas (press, a move every 10 ms, release);
   from just before the release until the prediction label and the histogram
   have been painted with the answer.

    python -m bench.latency            # 500 iterations + 60 drawings (~3 min)
    python -m bench.latency --quick    # 150 iterations + 15 drawings
    python -m bench.latency --iterations 20 --drawings 3 --no-keras   # a smoke run

Lines near the end: ``numbers latency: one_digit_p99_ms=.. five_digit_p99_ms=..``;
``touching latency: two_digit_p50_ms=.. two_digit_p99_ms=.. three_digit_p50_ms=..
three_digit_p99_ms=..`` (digits that touch: the cut search). Last line:
``latency: read_number_p50_ms=X read_number_p99_ms=Y window_p50_ms=A
window_p99_ms=B`` (X, Y: one digit read as the window reads it at the
release, 780x680 canvas; A, B: mouse release to the answer painted in the
window).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence

from bench import common

WARM_UP = 30
CANVASES = 100
HEADERS = ["path", "p50", "p90", "p99", "max", "mean"]


def latency_row(label: str, values: Sequence[float]) -> list[object]:
    """A table row: label, p50, p90, p99, max, mean (ms)."""
    return [label, common.percentile(values, 50), common.percentile(values, 90),
            common.percentile(values, 99), max(values), sum(values) / len(values)]


def function_paths(with_keras: bool) -> tuple[dict[str, Callable[[int], object]], str]:
    """The paths to time, each taking a canvas index; and a note on the comparison."""
    import numpy as np

    from model.data.drawn import synthesize
    from model.data.mnist import load_mnist
    from model.data.preprocess import prepare
    from model.network.checkpoints import BUNDLED_DIR, load_checkpoint, load_for_serving
    from model.network.classifier import Classifier
    from model.network.evaluate import as_network_input, softmax_fn

    mnist = load_mnist()
    canvases = [s.canvas for s in synthesize(mnist.x_test, mnist.y_test, CANVASES, seed=1)]
    served = load_for_serving(BUNDLED_DIR)  # as the app loads it
    classifier = Classifier(served.model, served.metadata, served.path)
    convnet = load_checkpoint(BUNDLED_DIR).model  # the same weights in TensorFlow
    blank = np.zeros((28, 28), np.float32)
    inputs = [x if x is not None else blank for x in (prepare(c) for c in canvases)]
    lowlevel_tf = softmax_fn(convnet)  # input_signature [None, 28, 28, 1] float32

    def prepared(i: int) -> np.ndarray:
        x = prepare(canvases[i])
        return as_network_input(blank if x is None else x)

    def app_path(i: int) -> object:
        x = prepare(canvases[i])
        return None if x is None else classifier.predict(x)

    serves = type(classifier.net).__name__
    paths: dict[str, Callable[[int], object]] = {
        f"prepare + Classifier.predict (serves from {serves})": app_path,
        "  prepare only": lambda i: prepare(canvases[i]),
        "  Classifier.predict only": lambda i: classifier.predict(inputs[i]),
        # The traced function holds its network weakly (model.network.evaluate): keep it alive.
        "low-level TF: prepare + tf.function(ConvNet) + softmax":
            lambda i, _net=convnet: lowlevel_tf(prepared(i)).numpy(),
    }
    note = ""
    if with_keras:
        import keras
        import tensorflow as tf

        from model.network.keras_reference import from_convnet

        probabilities = keras.Sequential([from_convnet(convnet), keras.layers.Softmax()])
        keras_fn = tf.function(lambda x: probabilities(x, training=False),
                               input_signature=[tf.TensorSpec([None, 28, 28, 1], tf.float32)])
        paths["keras: prepare + model.predict (1 image)"] = \
            lambda i: probabilities.predict(prepared(i), verbose=0)[0]
        paths["keras: prepare + model(x) direct call"] = \
            lambda i: probabilities(tf.constant(prepared(i)), training=False).numpy()[0]
        paths["keras: prepare + tf.function(model), same input signature"] = \
            lambda i: keras_fn(prepared(i)).numpy()[0]
        stack = as_network_input(np.stack(inputs))
        max_diff = float(np.max(np.abs(lowlevel_tf(stack).numpy()
                                       - probabilities.predict(stack, verbose=0))))
        note = (f"Keras holds the same weights: max |probability difference| against the "
                f"low-level tf.function {max_diff:.2g}.")
    return paths, note


def measure_functions(iterations: int, with_keras: bool) -> tuple[list[list[object]], str,
                                                                 list[float]]:
    """Time every path round-robin; (table rows, note, the app path's samples in ms)."""
    paths, note = function_paths(with_keras)
    names = list(paths)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for i in range(WARM_UP):
        for name in names:
            paths[name](i % CANVASES)
    for i in range(iterations):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            paths[name](i % CANVASES)
            samples[name].append((time.perf_counter() - start) * 1000)
    rows = [latency_row(name, samples[name]) for name in names]
    return rows, note, samples[names[0]]


def measure_window(drawings: int) -> dict:
    """Hand-drawn digits in the real window (main.py + probe): release -> answer painted, ms."""
    options = {"scenario": "draw", "drawings": drawings, "seed": 1}
    return common.run_probe(options, timeout=900)[0]


TOUCHING_EVERY = 5  # the cut search takes 100s of ms: time it on every 5th iteration
VARIANTS = 20  # different drawings per case


class _Counting:
    """A classifier that counts the images it is asked about (how much the cut search scores)."""

    def __init__(self, classifier: object) -> None:
        self.classifier, self.images = classifier, 0

    def predict(self, image: object) -> object:
        self.images += 1
        return self.classifier.predict(image)

    def predict_many(self, images: object) -> list:
        self.images += len(images)
        return self.classifier.predict_many(images)


def joined(digits: Sequence[int], rng: object) -> tuple[list, float]:
    """Digits written in one stroke without lifting the pen, each touching the next."""
    import numpy as np

    from bench.numbers import CANVAS_SIZE, digit_strokes, pick_glyph

    height = rng.uniform(0.3, 0.4) * CANVAS_SIZE[1]
    pen = rng.uniform(0.08, 0.12) * height
    x, strokes = rng.uniform(20, 60), []
    for digit in digits:
        _, glyph = pick_glyph(digit, rng, world=False)
        placed = digit_strokes(glyph, x, 0.65 * CANVAS_SIZE[1], height, 0.1, rng)
        strokes += placed
        x = max(s[:, 0].max() for s in placed) - 0.3 * pen  # the inks overlap a little
    return [np.vstack(strokes)], float(pen)


def reading_cases(classifier: object) -> dict[str, list[tuple[object, list, bool]]]:
    """Per case, drawings (pixels, strokes, search_cuts) on the default window's canvas size."""
    import numpy as np

    from bench.numbers import compose, render
    from model.data.number import read_number

    rng = np.random.default_rng(2)
    cases: dict[str, list[tuple[object, list, bool]]] = {}
    for name, length, search in (("one digit, at the release [headline]", 1, True),
                                 ("one digit, as the live preview reads it (no cut search)", 1,
                                  False),
                                 ("five digits, at the release", 5, True)):
        cases[name] = []
        for _ in range(VARIANTS):
            strokes, pen = compose([int(d) for d in rng.integers(0, 10, length)], rng)
            cases[name].append((render(strokes, pen), strokes, search))
    for length in (2, 3):
        found: list[tuple[object, list, bool]] = []
        while len(found) < VARIANTS // 2:
            strokes, pen = joined([int(d) for d in rng.integers(0, 10, length)], rng)
            pixels = render(strokes, pen)
            counting = _Counting(classifier)
            read_number(pixels, counting, strokes)
            if counting.images > length + 1:  # keep drawings where the cut search ran
                found.append((pixels, strokes, True))
        cases[f"{length} digits touching (one stroke): cut search"] = found
    return cases


def measure_reading(iterations: int) -> dict[str, list[float]]:
    """``read_number`` as the window calls it, per case; ms samples after the warm-up."""
    from model.data.number import read_number
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier

    loaded = load_for_serving(BUNDLED_DIR)  # as the app loads it
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    cases = reading_cases(classifier)
    names = list(cases)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for i in range(WARM_UP + iterations):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            if "touching" in name and i % TOUCHING_EVERY:
                continue
            pixels, strokes, search = cases[name][i % len(cases[name])]
            start = time.perf_counter()
            read_number(pixels, classifier, strokes, search)
            if i >= WARM_UP:
                samples[name].append((time.perf_counter() - start) * 1000)
    return samples


def print_reading(samples: dict[str, list[float]], iterations: int) -> None:
    """The table of section 1 and its two summary lines."""
    from bench.numbers import CANVAS_SIZE

    width, height = CANVAS_SIZE
    print(f"\n1. The app's path: read_number with the canvas's strokes, as the window reads "
          f"its canvas, ms ({iterations} iterations after {WARM_UP} warm-up, touching "
          f"digits every {TOUCHING_EVERY}th; {width}x{height} canvases as in the default "
          f"window; {VARIANTS} drawings per case; load average {common.load_average()})")
    print(common.table(HEADERS, [latency_row(name, v) for name, v in samples.items()]))
    one, live, five, two, three = samples.values()
    print(f"numbers latency: one_digit_p99_ms={common.percentile(one, 99):.2f} "
          f"five_digit_p99_ms={common.percentile(five, 99):.2f}")
    print(f"touching latency: two_digit_p50_ms={common.percentile(two, 50):.1f} "
          f"two_digit_p99_ms={common.percentile(two, 99):.1f} "
          f"three_digit_p50_ms={common.percentile(three, 50):.1f} "
          f"three_digit_p99_ms={common.percentile(three, 99):.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--iterations", type=int, default=None, help="per path, in code")
    p.add_argument("--drawings", type=int, default=None, help="hand-drawn, in the window")
    p.add_argument("--no-keras", action="store_true", help="no Keras baselines")
    args = p.parse_args(argv)
    iterations = args.iterations or (150 if args.quick else 500)
    drawings = args.drawings or (15 if args.quick else 60)
    common.isolate()
    monitor = common.print_header("bench.latency")

    reading = measure_reading(iterations)
    print_reading(reading, iterations)
    app = next(iter(reading.values()))  # one digit at the release

    rows, note, _ = measure_functions(iterations, not args.no_keras)
    print(f"\n2. The network alone against TensorFlow and Keras, ms per drawing (one digit, "
          f"no segmentation; {iterations} iterations after {WARM_UP} warm-up, {CANVASES} "
          f"different 400x400 canvases; every row includes preprocessing unless it says "
          f"'only'; load average {common.load_average()})")
    print(common.table(HEADERS, rows))
    if note:
        print(note)

    window = measure_window(drawings)
    shown = window["answers"].get("drawing", [])
    print(f"\n3. In the real window (main.py, offscreen, from its first answer on), "
          f"{window['drawings']} digits drawn by hand with mouse events ({len(shown)} strokes); "
          f"ms from each mouse release to the label and histogram painted with the answer "
          f"(label and histogram disagreed {window['disagreements']} times)")
    print(common.table(HEADERS, [latency_row("release -> answer painted", shown)]))
    stalls = window["stalls"].get("drawing", [])
    if stalls:
        print(f"Event loop while drawing: max stall {max(stalls):.1f} ms, p99 "
              f"{common.percentile(stalls, 99):.1f} ms (10 ms ticks).")
    print(monitor.summary())
    print(f"latency: read_number_p50_ms={common.percentile(app, 50):.2f} "
          f"read_number_p99_ms={common.percentile(app, 99):.2f} "
          f"window_p50_ms={common.percentile(shown, 50):.2f} "
          f"window_p99_ms={common.percentile(shown, 99):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
