"""Prediction latency, one canvas at a time, as the app does after every stroke.

App path: ``Classifier.predict(prepare(canvas))`` on 400x400 uint8 canvases
holding a realistic drawn digit (``model.drawn.synthesize`` from MNIST test
digits: random size, position, rotation, stroke width and polarity), with the
bundled model. For comparison the same network in Keras
(``keras_reference.from_convnet``): ``model.predict`` on one image and a direct
``model(x)`` call. Each iteration times every path on the same canvas, in a
rotating order, so load from other processes hits them alike.

    python -m bench.latency            # 500 iterations (~20 s)
    python -m bench.latency --quick    # 150 iterations

Last line: ``latency: p50_ms=X p99_ms=Y`` (app path, preprocessing included).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence

from bench import common

WARM_UP = 30
CANVASES = 100


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--iterations", type=int, default=None)
    p.add_argument("--no-keras", action="store_true", help="app path only")
    args = p.parse_args(argv)
    iterations = args.iterations or (150 if args.quick else 500)
    monitor = common.print_header("bench.latency")

    import numpy as np
    import tensorflow as tf

    from model.checkpoints import BUNDLED_DIR, load_checkpoint
    from model.classifier import Classifier
    from model.data import load_mnist
    from model.drawn import synthesize
    from model.preprocess import prepare

    mnist = load_mnist()
    canvases = [s.canvas for s in synthesize(mnist.x_test, mnist.y_test, CANVASES, seed=1)]
    loaded = load_checkpoint(BUNDLED_DIR)
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    prepared = [prepare(c) for c in canvases]
    blank = np.zeros((28, 28), np.float32)
    inputs = [x if x is not None else blank for x in prepared]
    none_count = sum(x is None for x in prepared)

    def app_path(canvas: np.ndarray) -> object:
        network_input = prepare(canvas)
        return None if network_input is None else classifier.predict(network_input)

    paths: dict[str, Callable[[int], object]] = {
        "app: prepare + Classifier.predict": lambda i: app_path(canvases[i]),
        "prepare only": lambda i: prepare(canvases[i]),
        "Classifier.predict only": lambda i: classifier.predict(inputs[i]),
    }
    if not args.no_keras:
        import keras

        from model.keras_reference import from_convnet

        reference = from_convnet(loaded.model)
        probabilities = keras.Sequential([reference, keras.layers.Softmax()])

        def keras_predict(i: int) -> object:
            return probabilities.predict(inputs[i][np.newaxis, ..., np.newaxis], verbose=0)[0]

        def keras_call(i: int) -> object:
            x = tf.constant(inputs[i][np.newaxis, ..., np.newaxis])
            return probabilities(x, training=False).numpy()[0]

        paths["keras model.predict (1 image) only"] = keras_predict
        paths["keras model(x) direct call only"] = keras_call
        # Same answers? (the comparison is only fair if it is the same network)
        ours = classifier.predict_batch(np.stack(inputs))
        theirs = probabilities.predict(np.stack(inputs)[..., np.newaxis], verbose=0)
        max_diff = float(np.max(np.abs(ours - theirs)))
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

    rows = []
    for name in names:
        values = samples[name]
        rows.append([name, common.percentile(values, 50), common.percentile(values, 90),
                     common.percentile(values, 99), max(values), sum(values) / len(values)])
    if not args.no_keras:
        prep = samples["prepare only"]
        for name in ("keras model.predict (1 image) only", "keras model(x) direct call only"):
            total = [a + b for a, b in zip(prep, samples[name], strict=True)]
            label = "keras: prepare + " + name.split(" only")[0].removeprefix("keras ")
            rows.append([label + " (sum)", common.percentile(total, 50),
                         common.percentile(total, 90), common.percentile(total, 99),
                         max(total), sum(total) / len(total)])
    print(f"\nLatency per drawing, ms ({iterations} iterations after {WARM_UP} warm-up, "
          f"{CANVASES} different 400x400 canvases, {none_count} of them read as 'no digit'; "
          f"load average {common.load_average()})")
    print(common.table(["path", "p50", "p90", "p99", "max", "mean"], rows))
    if not args.no_keras:
        print(f"Keras reference holds the same weights: max |probability difference| "
              f"{max_diff:.2g}.")
    app = samples[names[0]]
    p50, p99 = common.percentile(app, 50), common.percentile(app, 99)
    print(monitor.summary())
    print(f"latency: p50_ms={p50:.2f} p99_ms={p99:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
