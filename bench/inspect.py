"""Look inside: from a new prediction to every panel of the view repainted.

The "Look inside" window (offscreen, 1320x940, Layers tab, a map selected so
the enlarged-map panel works too), bundled model. Each iteration takes a new
drawn digit (``model.data.drawn.synthesize`` from MNIST test digits, ``prepare``d
as the app does), predicts it with the Classifier (not timed), then times
``show_input`` (activations, saliency, the layer images) plus a synchronous
``repaint()`` of the window, which paints every panel once. Each panel counts
its paint events, so the run fails if any panel was not repainted. The GUI
thread's CPU time is shown too: on a busy machine the wall time also holds the
time the thread waited for a core.

    python -m bench.inspect            # 400 iterations (~15 s)
    python -m bench.inspect --quick    # 120 iterations

The process runs with throw-away user folders (HOME, XDG_*, KERAS_HOME;
``bench.common.isolate``): a person's files are never read or written.

NumPy's OpenBLAS runs single-threaded, as main.py sets it for the app (set
OPENBLAS_NUM_THREADS in the environment to compare).

Last line: ``inspect: p50_ms=X p99_ms=Y`` (compute + paint).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from bench import common

WARM_UP = 20
DRAWINGS = 100


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--iterations", type=int, default=None)
    args = p.parse_args(argv)
    iterations = args.iterations or (120 if args.quick else 400)
    common.isolate()  # before Qt reads its settings folders
    monitor = common.print_header("bench.inspect")

    from PySide6.QtWidgets import QApplication

    from app.inspector import InspectorWindow
    from model.data.drawn import synthesize
    from model.data.mnist import load_mnist
    from model.data.preprocess import prepare
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loaded = load_for_serving(BUNDLED_DIR)
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    mnist = load_mnist()
    drawings = [prepare(s.canvas) for s in synthesize(mnist.x_test, mnist.y_test, DRAWINGS, 7)]
    drawings = [d for d in drawings if d is not None]
    window = InspectorWindow(lambda: classifier)
    window.show()
    window.show_input(drawings[0])
    window.select_map("c3", 5)
    app.processEvents()  # lay the window out once, before timing (the bench, not the app)
    panels = [*window.strips.values(), window.softmax_strip, window.side.saliency_view,
              window.side.detail_view, window.side.field_view, window.side.detail_filters]

    compute, total, cpu = [], [], []
    for i in range(WARM_UP + iterations):
        image = drawings[i % len(drawings)]
        classifier.predict(image)  # the new prediction (not timed)
        before = [panel.paints for panel in panels]
        start, cpu_start = time.perf_counter(), time.thread_time()
        window.show_input(image)
        computed = time.perf_counter()
        window.repaint()
        end, cpu_end = time.perf_counter(), time.thread_time()
        missed = [panel.objectName() for panel, n in zip(panels, before, strict=True)
                  if panel.paints == n]
        if missed:
            print(f"not repainted: {', '.join(missed)}", file=sys.stderr)
            return 1
        if i >= WARM_UP:
            compute.append((computed - start) * 1000)
            total.append((end - start) * 1000)
            cpu.append((cpu_end - cpu_start) * 1000)

    paint = [t - c for t, c in zip(total, compute, strict=True)]
    rows = [[name, common.median(v), common.percentile(v, 99), common.spread(v)]
            for name, v in (("compute (activations, saliency, images)", compute),
                            ("paint (window.repaint)", paint), ("total", total),
                            ("total, CPU time of the GUI thread", cpu))]
    print(f"{iterations} new drawings, {len(panels)} panels repainted each time")
    print(common.table(["step", "p50 ms", "p99 ms", "min..max"], rows))
    print(monitor.summary())
    print(f"inspect: p50_ms={common.median(total):.1f} p99_ms={common.percentile(total, 99):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
