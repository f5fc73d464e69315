"""Prediction latency: per drawing in code, and from the mouse release to the answer on screen.

1. ``measure_functions``: the app's path, ``prepare(canvas)`` +
   ``Classifier.predict``, on 400x400 uint8 canvases holding a realistic drawn
   digit (``model.drawn.synthesize`` from MNIST test digits), with the bundled
   model. Baselines, all with the same preprocessing: the app's network as a
   ``tf.function`` (fixed input signature), and the same weights in Keras
   (``keras_reference.from_convnet``) as ``model.predict``, a direct
   ``model(x)`` call and a ``tf.function`` with the same input signature. Each
   iteration times every path on the same canvas, in a rotating order, so
   load from other processes hits them alike.
2. ``measure_window``: the real window (unmodified ``main.py`` in a new
   process with a new, empty user; ``bench._app_probe``): digits drawn by hand
   with QTest mouse events on the canvas (press, a move every 10 ms, release);
   from just before the release until the prediction label and the histogram
   have been painted with the answer.

    python -m bench.latency            # 500 iterations + 60 drawings (~2 min)
    python -m bench.latency --quick    # 150 iterations + 15 drawings

Last line: ``latency: p50_ms=X p99_ms=Y window_p50_ms=A window_p99_ms=B``
(X, Y: the app's path in code, preprocessing included; A, B: mouse release to
the answer painted in the window).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

from bench import common

WARM_UP = 30
CANVASES = 100
MARK = "BENCH_PROBE "
HEADERS = ["path", "p50", "p90", "p99", "max", "mean"]


def latency_row(label: str, values: Sequence[float]) -> list[object]:
    """A table row: label, p50, p90, p99, max, mean (ms)."""
    return [label, common.percentile(values, 50), common.percentile(values, 90),
            common.percentile(values, 99), max(values), sum(values) / len(values)]


def function_paths(with_keras: bool) -> tuple[dict[str, Callable[[int], object]], str]:
    """The paths to time, each taking a canvas index; and a note on the comparison."""
    import numpy as np

    from model.checkpoints import BUNDLED_DIR, load_checkpoint, load_for_serving
    from model.classifier import Classifier
    from model.data import load_mnist
    from model.drawn import synthesize
    from model.evaluate import as_network_input, softmax_fn
    from model.preprocess import prepare

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
        f"app: prepare + Classifier.predict (serves from {serves})": app_path,
        "  prepare only": lambda i: prepare(canvases[i]),
        "  Classifier.predict only": lambda i: classifier.predict(inputs[i]),
        "low-level TF: prepare + tf.function(ConvNet) + softmax":
            lambda i: lowlevel_tf(prepared(i)).numpy(),
    }
    note = ""
    if with_keras:
        import keras
        import tensorflow as tf

        from model.keras_reference import from_convnet

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
    folder = common.temporary_folder()
    env = common.isolated_child_env(folder, QT_QPA_PLATFORM="offscreen")
    options = json.dumps({"scenario": "draw", "drawings": drawings, "seed": 1})
    result = subprocess.run([common.python(), "-m", "bench._app_probe", options],
                            cwd=common.REPO_ROOT, env=env, capture_output=True, text=True,
                            timeout=900, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARK)]
    if not lines:
        raise RuntimeError(f"probe failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(lines[-1].removeprefix(MARK))


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

    rows, note, app = measure_functions(iterations, not args.no_keras)
    print(f"\n1. Latency per drawing in code, ms ({iterations} iterations after {WARM_UP} "
          f"warm-up, {CANVASES} different 400x400 canvases; every row includes "
          f"preprocessing unless it says 'only'; load average {common.load_average()})")
    print(common.table(HEADERS, rows))
    if note:
        print(note)

    window = measure_window(drawings)
    shown = window["answers"].get("drawing", [])
    print(f"\n2. In the real window (main.py, offscreen, from its first answer on), "
          f"{window['drawings']} digits drawn by hand with mouse events ({len(shown)} strokes); "
          f"ms from each mouse release to the label and histogram painted with the answer "
          f"(label and histogram disagreed {window['disagreements']} times)")
    print(common.table(HEADERS, [latency_row("release -> answer painted", shown)]))
    stalls = window["stalls"].get("drawing", [])
    if stalls:
        print(f"Event loop while drawing: max stall {max(stalls):.1f} ms, p99 "
              f"{common.percentile(stalls, 99):.1f} ms (10 ms ticks).")
    number_latency(iterations)
    print(monitor.summary())
    print(f"latency: p50_ms={common.percentile(app, 50):.2f} "
          f"p99_ms={common.percentile(app, 99):.2f} "
          f"window_p50_ms={common.percentile(shown, 50):.2f} "
          f"window_p99_ms={common.percentile(shown, 99):.2f}")
    return 0


def number_latency(iterations: int) -> None:
    """Live reading as the app does it now: ``read_number`` with the canvas's strokes.

    One-digit and five-digit numbers (``bench.numbers.compose``) on a canvas of
    the size it has in the default window, each timed in turn, bundled model.
    """
    import numpy as np

    from bench.numbers import CANVAS_SIZE, compose, render
    from model.checkpoints import BUNDLED_DIR, load_for_serving
    from model.classifier import Classifier
    from model.number import read_number

    loaded = load_for_serving(BUNDLED_DIR)
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)

    rng = np.random.default_rng(2)
    drawings = {1: [], 5: []}
    for length, found in drawings.items():
        for _ in range(20):
            strokes, pen = compose([int(d) for d in rng.integers(0, 10, length)], rng)
            found.append((render(strokes, pen), strokes))
    samples: dict[int, list[float]] = {1: [], 5: []}
    for i in range(WARM_UP + iterations):
        for length, found in drawings.items():
            pixels, strokes = found[i % len(found)]
            start = time.perf_counter()
            read_number(pixels, classifier, strokes)
            if i >= WARM_UP:
                samples[length].append((time.perf_counter() - start) * 1000)
    rows = [[f"read_number, {n} digit{'s' if n > 1 else ''} (strokes)",
             common.percentile(v, 50), common.percentile(v, 90), common.percentile(v, 99),
             max(v), sum(v) / len(v)] for n, v in samples.items()]
    width, height = CANVAS_SIZE
    print(f"\nLive reading of numbers, ms ({iterations} iterations, {width}x{height} canvases "
          f"as in the default window; segmentation + preparation + one classifier batch)")
    print(common.table(["path", "p50", "p90", "p99", "max", "mean"], rows))
    print(f"numbers latency: one_digit_p99_ms={common.percentile(samples[1], 99):.2f} "
          f"five_digit_p99_ms={common.percentile(samples[5], 99):.2f}")


if __name__ == "__main__":
    sys.exit(main())
