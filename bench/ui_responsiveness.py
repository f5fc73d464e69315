"""Does the window stay responsive while it retrains? Event-loop stalls, measured.

The real MainWindow (offscreen), with the bundled model and a throw-away data
folder and settings. A 10 ms QTimer records how late each tick is (a "stall"
is the gap between ticks minus 10 ms). Every 100 ms a stroke is drawn on the
canvas with ``canvas.draw_stroke``, which runs the app's own prediction
(prepare + predict on the GUI thread) at the end of each stroke; the canvas is
cleared every few strokes. First a baseline without training, then a retrain
on a slice of MNIST (``window.training_config`` is replaced so it takes
~20-40 s), started the way the button does (``start_retrain``).

    python -m bench.ui_responsiveness            # ~10 s baseline + ~30 s training
    python -m bench.ui_responsiveness --quick    # ~5 s baseline + ~8 s training
    python -m bench.ui_responsiveness --explore  # + thread / GIL settings, one child each

Settings to investigate stalls (applied before the window is created):
``--intra-op N``, ``--inter-op N`` (TensorFlow thread pools), ``--switch-interval S``
(sys.setswitchinterval), ``--nice N`` (renice the training QThread).

Last line: ``ui: max_stall_ms=X p99_stall_ms=Y`` (while training, drawing all along).
"""

from __future__ import annotations

import gc
import json
import math
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench import common

TICK_MS = 10
STROKE_MS = 100
STROKES_PER_DRAWING = 4
BIG_STALL_MS = 30
PHASES = {
    "baseline": "baseline (drawing, no training)",
    "start-up": "training: start-up (click -> 1st step)",
    "steps": "training: steps",
    "evaluation": "training: test evaluation (epoch's last step -> EpochEnd)",
    "finish": "training: finish (save, swap model, +1 s)",
}


@dataclass
class Phase:
    """Stalls recorded in one phase of the run."""

    name: str
    stalls: list[float] = field(default_factory=list)

    def row(self) -> list[object]:
        s = self.stalls
        seconds = (len(s) * TICK_MS + sum(s)) / 1000  # the gaps add up to the phase's time
        return [self.name, seconds, len(s), common.percentile(s, 50), common.percentile(s, 99),
                max(s) if s else float("nan"), sum(1 for v in s if v > BIG_STALL_MS)]


def random_stroke(width: int, height: int, rng: random.Random) -> list[tuple[float, float]]:
    """A digit-sized curve (an arc with a tail) somewhere on the canvas, ~40 points."""
    cx = rng.uniform(0.35, 0.65) * width
    cy = rng.uniform(0.35, 0.65) * height
    radius = rng.uniform(0.12, 0.25) * min(width, height)
    start = rng.uniform(0, 2 * math.pi)
    sweep = rng.uniform(math.pi, 2 * math.pi)
    points = [(cx + radius * math.cos(start + sweep * t / 30),
               cy + radius * math.sin(start + sweep * t / 30)) for t in range(31)]
    tail_x, tail_y = points[-1]
    points += [(tail_x, tail_y + radius * t / 10) for t in range(1, 11)]
    return points


def isolate_settings(folder: Path) -> None:
    """Send QSettings to a temporary folder under a benchmark name (never the person's)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("digit-canvas-bench")
    QCoreApplication.setApplicationName("digit-canvas-bench")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder / scope.name))


def run(args: object) -> dict:
    """Run the baseline and the training phase; return the figures."""
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    else:
        from app.main_window import tune_interpreter

        tune_interpreter()  # exactly what the app does at start
    if args.mnist_cached:
        import model.data

        loaded = model.data.load_mnist()
        model.data.load_mnist = lambda *a, **k: loaded  # as if the app kept MNIST in memory
    if args.trainer != "default":
        from bench.train_variants import VARIANTS, patched_trainer

        patched_trainer(VARIANTS[args.trainer]).__enter__()  # for the whole (child) process
    if args.intra_op or args.inter_op:
        import tensorflow as tf

        if args.intra_op:
            tf.config.threading.set_intra_op_parallelism_threads(args.intra_op)
        if args.inter_op:
            tf.config.threading.set_inter_op_parallelism_threads(args.inter_op)

    from PySide6.QtCore import QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="digit-canvas-bench-"))
    isolate_settings(tmp / "settings")

    from app.main_window import MainWindow
    from model.train import TrainConfig

    window = MainWindow(data_dir=tmp / "data")
    config = TrainConfig(epochs=args.epochs, train_limit=args.train_limit)
    window.training_config = lambda epochs=None: config
    window.show()

    rng = random.Random(0)
    phases = {key: Phase(name) for key, name in PHASES.items()}
    names = list(phases)
    steps_per_epoch = math.ceil(args.train_limit / config.batch_size)
    state = {"phase": None, "last_tick": None, "strokes": 0, "t_click": None,
             "t_first_step": None, "t_last_step": None, "t_done": None, "steps": 0,
             "result": None}
    stroke_ms: dict[str, list[float]] = {"baseline": [], "training": []}
    events: list[tuple[float, str]] = []
    big: list[tuple[float, float, str]] = []

    class Driver(QObject):
        pass

    driver = Driver()

    def on_tick() -> None:
        now = time.perf_counter()
        last = state["last_tick"]
        state["last_tick"] = now
        if last is None or state["phase"] is None:
            return
        stall = max(0.0, (now - last) * 1000 - TICK_MS)
        phase = phases[state["phase"]]
        phase.stalls.append(stall)
        if stall > BIG_STALL_MS:
            big.append((now, stall, phase.name))

    def on_stroke() -> None:
        if state["phase"] is None:
            return
        canvas = window.canvas
        if state["strokes"] % STROKES_PER_DRAWING == 0:
            canvas.clear()
        start = time.perf_counter()
        canvas.draw_stroke(random_stroke(canvas.width(), canvas.height(), rng))
        elapsed = (time.perf_counter() - start) * 1000
        key = "baseline" if state["phase"] == "baseline" else "training"
        stroke_ms[key].append(elapsed)
        state["strokes"] += 1

    ticker = QTimer(driver, interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(on_tick)
    stroker = QTimer(driver, interval=STROKE_MS, timerType=Qt.TimerType.PreciseTimer)
    stroker.timeout.connect(on_stroke)

    def on_step(step: object) -> None:
        now = time.perf_counter()
        state["steps"] += 1
        if state["t_first_step"] is None:
            state["t_first_step"] = now
            events.append((now, "first step"))
        state["phase"] = "steps"
        if step.step % steps_per_epoch == 0 or step.step == step.total_steps:
            events.append((now, f"epoch {step.epoch} last step; test evaluation"))
            state["phase"] = "evaluation"
        state["t_last_step"] = now

    def on_epoch(epoch: object) -> None:
        now = time.perf_counter()
        events.append((now, f"epoch {epoch.epoch} evaluated"))
        state["phase"] = "steps" if epoch.epoch < epoch.epochs else "finish"

    def on_succeeded() -> None:
        events.append((time.perf_counter(), "succeeded (checkpoint saved; swapping model)"))
        state["result"] = "succeeded"

    def on_done() -> None:
        now = time.perf_counter()
        state["t_done"] = now
        events.append((now, "training thread finished"))
        state["phase"] = "finish"
        QTimer.singleShot(1000, finish)

    def finish() -> None:
        state["phase"] = None
        ticker.stop()
        stroker.stop()
        window.close()
        app.quit()

    def start_training() -> None:
        state["t_click"] = time.perf_counter()
        events.append((state["t_click"], "retrain clicked"))
        state["phase"] = "start-up"
        if not window.start_retrain():
            raise RuntimeError("start_retrain refused to start")
        worker = window.training.worker
        worker.step.connect(on_step)
        worker.epochEnded.connect(on_epoch)
        if args.nice:
            reniced: list[bool] = []

            def renice_once(_step: object) -> None:  # runs in the training thread
                if not reniced:
                    reniced.append(True)
                    renice_current_thread(args.nice)

            worker.step.connect(renice_once, Qt.ConnectionType.DirectConnection)
        worker.succeeded.connect(lambda result: on_succeeded())
        worker.failed.connect(lambda message: state.update(result="failed: " + message))
        worker.cancelled.connect(lambda: state.update(result="cancelled"))
        window.training.finished.connect(on_done)
        QTimer.singleShot(int(args.max_seconds * 1000), window.training.cancel)

    def start_baseline() -> None:
        if window.classifier is None:  # the model loads in the background
            QTimer.singleShot(50, start_baseline)
            return
        if args.gc_freeze:
            gc.collect()
            gc.freeze()  # TensorFlow's ~300k long-lived objects leave the collector's scans
        events.append((time.perf_counter(), "model ready; baseline"))
        state["phase"] = "baseline"
        ticker.start()
        stroker.start()
        QTimer.singleShot(int(args.baseline_seconds * 1000), start_training)

    QTimer.singleShot(200, start_baseline)
    app.exec()

    t0 = state["t_click"] or 0.0
    training_stalls = [s for n in names[1:] for s in phases[n].stalls]
    baseline = phases["baseline"].stalls
    return {
        "phases": [phases[n].row() for n in names],
        "training": [common.percentile(training_stalls, 50),
                     common.percentile(training_stalls, 99),
                     max(training_stalls) if training_stalls else float("nan")],
        "baseline": [common.percentile(baseline, 99), max(baseline) if baseline else float("nan")],
        "stroke_ms": {k: [common.percentile(v, 50), common.percentile(v, 99),
                          max(v) if v else float("nan"), len(v)] for k, v in stroke_ms.items()},
        "big": sorted([(round(t - t0, 2), round(s, 1), p) for t, s, p in big],
                      key=lambda x: -x[1])[:8],
        "events": [(round(t - t0, 2), what) for t, what in events],
        "steps": state["steps"], "result": state["result"],
        "train_seconds": (state["t_done"] or time.perf_counter()) - t0,
        "settings": {"intra_op": args.intra_op, "inter_op": args.inter_op,
                     "switch_interval": args.switch_interval or sys.getswitchinterval(),
                     "nice": args.nice, "gc_freeze": args.gc_freeze, "trainer": args.trainer,
                     "mnist_cached": args.mnist_cached},
    }


def renice_current_thread(nice: int) -> None:
    """Lower the priority of the calling thread (Linux: nice is per thread, by TID).

    Called from the training QThread; TensorFlow's own pool threads, which do
    the arithmetic, keep their priority.
    """
    import threading

    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    except OSError as error:
        print(f"renice failed: {error}", file=sys.stderr)


def print_report(out: dict, args: object) -> None:
    print(f"\nEvent-loop stalls (gap between {TICK_MS} ms ticks minus {TICK_MS} ms), ms; "
          f"a stroke every {STROKE_MS} ms with its prediction; training "
          f"TrainConfig(epochs={args.epochs}, train_limit={args.train_limit}), "
          f"{out['steps']} steps, {out['result']}, {out['train_seconds']:.1f} s; "
          f"settings {out['settings']}; other processes used {out['load']} cores")
    print(common.table(["phase", "seconds", "ticks", "p50", "p99", "max",
                        f"> {BIG_STALL_MS} ms"], out["phases"]))
    rows = [[f"draw_stroke + predict ({k})", *v] for k, v in out["stroke_ms"].items()]
    print(common.table(["GUI-thread work per stroke, ms", "p50", "p99", "max", "count"], rows))
    if out["big"]:
        print("Largest stalls (s after the retrain click, ms, phase): " +
              "; ".join(f"{t:+.2f} s {s:.0f} ms ({p.split(' (')[0]})" for t, s, p in out["big"]))
    print("Timeline: " + "; ".join(f"{t:+.2f} s {what}" for t, what in out["events"]))


EXPLORE = [
    ("defaults", []),
    ("sys.setswitchinterval(0.001)", ["--switch-interval", "0.001"]),
    ("gc.freeze() after model load", ["--gc-freeze"]),
    ("step tf.function(autograph=False)", ["--trainer", "noautograph"]),
    ("MNIST kept in memory (no re-read/verify)", ["--mnist-cached"]),
    ("TF intra_op=1", ["--intra-op", "1"]),
    ("all four: switch 1 ms, gc.freeze, autograph=False, MNIST kept",
     ["--switch-interval", "0.001", "--gc-freeze", "--trainer", "noautograph",
      "--mnist-cached"]),
    ("all four + intra_op=1",
     ["--switch-interval", "0.001", "--gc-freeze", "--trainer", "noautograph",
      "--mnist-cached", "--intra-op", "1"]),
]


def explore(args: object) -> None:
    rows = []
    base = ["--epochs", str(args.epochs), "--train-limit", str(args.train_limit),
            "--baseline-seconds", str(args.baseline_seconds), "--json"]
    print("\nSettings tried (one child process each, same training slice):", flush=True)
    for label, extra in EXPLORE:
        out = common.run_json_child(["-m", "bench.ui_responsiveness", *base, *extra])
        p50, p99, worst = out["training"]
        rows.append([label, p50, p99, worst, out["baseline"][1], out["stroke_ms"]["training"][1],
                     out["train_seconds"], out["load"]])
        print(f"  {label}: {out['training']} big={out['big'][:3]}", file=sys.stderr, flush=True)
    print(common.table(["setting", "train p50", "train p99", "train max", "baseline max",
                        "stroke p99", "train s", "others' cores"], rows))


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--train-limit", type=int, default=None)
    p.add_argument("--baseline-seconds", type=float, default=None)
    p.add_argument("--max-seconds", type=float, default=240, help="cancel training after this")
    p.add_argument("--intra-op", type=int, default=0)
    p.add_argument("--inter-op", type=int, default=0)
    p.add_argument("--switch-interval", type=float, default=0.0)
    p.add_argument("--nice", type=int, default=0)
    p.add_argument("--gc-freeze", action="store_true",
                   help="gc.freeze() once the model is loaded (TensorFlow imported)")
    p.add_argument("--mnist-cached", action="store_true",
                   help="load MNIST once up front (the worker reuses it, no re-read/verify)")
    p.add_argument("--trainer", default="default",
                   choices=["default", "noautograph", "bf16", "xla"],
                   help="compiled-step variant from bench.train_variants")
    p.add_argument("--explore", action="store_true")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = p.parse_args(argv)
    args.epochs = args.epochs or (1 if args.quick else 3)
    args.train_limit = args.train_limit or (20_000 if args.quick else 30_000)
    args.baseline_seconds = args.baseline_seconds or (5 if args.quick else 10)
    monitor = common.LoadMonitor()
    if not args.json:
        monitor = common.print_header("bench.ui_responsiveness")
    out = run(args)
    out["load"] = f"{monitor.cores()[0]:.2f}"
    if args.json:
        print(json.dumps(out))
        return 0
    print_report(out, args)
    if args.explore:
        explore(args)
    p50, p99, worst = out["training"]
    print(f"Baseline without training: max stall {out['baseline'][1]:.1f} ms, "
          f"p99 {out['baseline'][0]:.1f} ms.")
    print(monitor.summary())
    print(f"ui: max_stall_ms={worst:.1f} p99_stall_ms={p99:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
