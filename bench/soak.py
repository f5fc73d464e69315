"""A long session in the real main window: do memory, threads or QObjects creep up?

The real MainWindow (offscreen) with the bundled model, in throw-away data,
config and settings folders (never the person's; MNIST is read from the usual
cache). The session, in rounds after a warm-up that does each thing once:

- drawings with live prediction: mouse strokes sent to the canvas, the event
  loop left running mid-stroke until the live-prediction timer has fired;
- some drawings saved (the digit buttons' path, ``save_sample``), some of them
  deleted again in My drawings (``delete_selected``);
- Retrain, then Cancel after its first step (``start_retrain``, the panel's cancel);
- complete fine-tunes through ``start_fine_tune`` (``fine_tune_config`` is cut
  to a small MNIST slice so that each takes seconds);
- the test-set explorer and My drawings opened (and waited for) and closed.

After every round: ``gc.collect()``, then RSS, Python threads (and the
process's OS threads), QObjects in the application's object trees, and QObject
wrappers alive in Python. The baseline is the sample after the warm-up.

    python -m bench.soak            # >= 3,000 drawings, 20 retrain/cancel, 3 fine-tunes...
    python -m bench.soak --quick    # a tenth of that, to see that it works

Last line: ``soak: rss_growth_mb=G threads_leaked=T qobjects_growth=Q minutes=M``.
"""

from __future__ import annotations

import dataclasses
import gc
import math
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import common
from bench.ui_responsiveness import isolate_settings, random_stroke

FULL = {"drawings": 3000, "retrain_cancel": 20, "fine_tunes": 3, "windows": 30,
        "saves": 200, "deletes": 100}
QUICK = {"drawings": 300, "retrain_cancel": 2, "fine_tunes": 1, "windows": 3,
         "saves": 20, "deletes": 10}
FINE_TUNE_LIMIT = 1000  # MNIST images in each soak fine-tune (the app uses 12,000)
WAIT_S = 300


@dataclass(frozen=True)
class Sample:
    """What the process holds at one moment."""

    label: str
    seconds: float
    rss_mb: float
    python_threads: int
    os_threads: int
    qobjects: int
    wrappers: int

    def row(self) -> list[object]:
        """The sample as a table row."""
        return [self.label, self.seconds, self.rss_mb, self.python_threads, self.os_threads,
                self.qobjects, self.wrappers]


HEADERS = ["after", "s", "RSS MB", "py threads", "OS threads", "QObjects", "wrappers"]


def isolate_folders(root: Path) -> None:
    """Point the XDG data and config folders at ``root`` (before Qt starts)."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        folder = root / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)


def rss_mb() -> float:
    """Resident set size of this process, MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def os_threads() -> int:
    """Threads of this process, including TensorFlow's and Qt's native ones."""
    return len(os.listdir("/proc/self/task"))


def qobject_tree_count() -> int:
    """QObjects reachable from the application and its top-level widgets and windows."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    app = QApplication.instance()
    roots = [app, *app.topLevelWidgets(), *app.topLevelWindows()]
    seen: set[int] = set()
    for root in roots:
        for obj in (root, *root.findChildren(QObject)):
            seen.add(Shiboken.getCppPointer(obj)[0])
    return len(seen)


def python_wrappers() -> int:
    """QObject wrappers alive in Python (catches parentless objects that Python keeps)."""
    from PySide6.QtCore import QObject

    return sum(1 for obj in gc.get_objects() if isinstance(obj, QObject))


def take_sample(label: str, clock: common.Stopwatch) -> Sample:
    """Collect garbage, then measure."""
    gc.collect()
    return Sample(label, clock.seconds(), rss_mb(), threading.active_count(), os_threads(),
                  qobject_tree_count(), python_wrappers())


def wait_until(predicate: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
    """Run the event loop until ``predicate()`` is true (polled every 10 ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    timer = QTimer(interval=10)

    def poll() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError(f"soak: gave up waiting for {what} after {timeout_s:.0f} s")


def spread_over(count: int, rounds: int) -> list[int]:
    """How many of ``count`` happen in each of ``rounds``, as evenly as possible."""
    return [(count * (i + 1)) // rounds - (count * i) // rounds for i in range(rounds)]


class Session:
    """Drives one MainWindow the way a person would, and counts what it did."""

    def __init__(self, window: object, seed: int = 0) -> None:
        self.window = window
        self.rng = random.Random(seed)
        self.done = dict.fromkeys(FULL, 0)
        self.live_predictions = 0
        self.saved_ids: list[int] = []

    # ------------------------------------------------------------ drawing

    def _mouse(self, kind: object, point: tuple[float, float], buttons: object) -> None:
        from PySide6.QtCore import QEvent, QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        canvas = self.window.canvas
        local = QPointF(*point)
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else (
            Qt.MouseButton.LeftButton)
        event = QMouseEvent(kind, local, canvas.mapToGlobal(local), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas, event)

    def stroke(self, live: bool) -> None:
        """One mouse stroke; with ``live``, pause mid-stroke for the live prediction."""
        from PySide6.QtCore import QEvent, Qt

        canvas = self.window.canvas
        points = random_stroke(canvas.width(), canvas.height(), self.rng)
        held, released = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        self._mouse(QEvent.Type.MouseButtonPress, points[0], held)
        half = len(points) // 2
        for point in points[1:half]:
            self._mouse(QEvent.Type.MouseMove, point, held)
        if live:
            timer = self.window._live_timer
            wait_until(lambda: not timer.isActive(), "the live prediction")
            self.live_predictions += 1
        for point in points[half:]:
            self._mouse(QEvent.Type.MouseMove, point, held)
        self._mouse(QEvent.Type.MouseButtonRelease, points[-1], released)

    def drawing(self, save: bool) -> None:
        """Clear, draw two strokes (the first with a live prediction), maybe save it."""
        window = self.window
        window.canvas.clear()
        self.stroke(live=True)
        self.stroke(live=False)
        if window.last_input is None:
            raise RuntimeError("soak: a drawing got no prediction")
        self.done["drawings"] += 1
        if save:
            if not window.save_sample(self.rng.randrange(10)):
                raise RuntimeError("soak: save_sample failed")
            self.saved_ids.append(window._last_saved)
            self.done["saves"] += 1

    # ------------------------------------------------------------ windows

    def _child(self, name: str) -> object:
        from PySide6.QtWidgets import QWidget

        return self.window.findChild(QWidget, name)

    def samples_window(self, deletes: int) -> None:
        """Open My drawings, delete some drawings there, close it."""
        self.window.samples_action.trigger()
        view = self._child("samplesView")
        wait_until(view.isVisible, "My drawings to show")
        shown = set(view.shown_ids())
        ids = [i for i in self.saved_ids if i in shown][:deletes]
        if ids:
            view.select_ids(ids)
            if not view.delete_selected():
                raise RuntimeError(f"soak: deleting failed: {view.message()}")
            self.saved_ids = [i for i in self.saved_ids if i not in ids]
            self.done["deletes"] += len(ids)
        view.close()
        self.done["windows"] += 1

    def explorer_window(self) -> None:
        """Open the test-set explorer, wait for its evaluation, page once, close it."""
        self.window.test_set_action.trigger()
        wait_until(lambda: self._child("explorer") is not None, "the explorer")
        view = self._child("explorer")
        wait_until(view.is_ready, "the explorer's evaluation")
        view.next_page()
        view.close()

    # ----------------------------------------------------------- training

    def retrain_cancel(self) -> None:
        """Click Retrain, cancel after the first step, wait for the thread to end."""
        window = self.window
        if not window.start_retrain():
            raise RuntimeError("soak: start_retrain refused")
        steps: list[object] = []
        window.training.worker.step.connect(steps.append)
        wait_until(lambda: bool(steps) or not window.training.is_running(), "a training step")
        window.training_panel.cancelRequested.emit()
        wait_until(lambda: not window.training.is_running(), "training to stop")
        self.done["retrain_cancel"] += 1

    def fine_tune(self) -> None:
        """A complete fine-tune through the app's own path; raises unless the model changed."""
        window = self.window
        before = window.classifier.path
        if not window.start_fine_tune():
            raise RuntimeError("soak: start_fine_tune refused (no drawings?)")
        wait_until(lambda: not window.training.is_running(), "the fine-tune")
        if window.classifier.path == before:
            raise RuntimeError("soak: the fine-tune did not swap in a new model")
        self.done["fine_tunes"] += 1


def shorten_fine_tunes(limit: int) -> None:
    """Make the app's fine-tune recipe use ``limit`` MNIST images (everything else as is)."""
    import model.train

    original = model.train.fine_tune_config

    def short(samples: int) -> object:
        return dataclasses.replace(original(samples), train_limit=limit)

    model.train.fine_tune_config = short


def run_round(session: Session, drawings: int, saves: int, deletes: int, retrains: int,
              fine_tunes: int) -> None:
    """One round of the session: drawings (some saved), windows, training."""
    save_at = set(session.rng.sample(range(drawings), min(saves, drawings)))
    for i in range(drawings):
        session.drawing(save=i in save_at)
    session.explorer_window()
    session.samples_window(deletes)
    for _ in range(retrains):
        session.retrain_cancel()
    for _ in range(fine_tunes):
        session.fine_tune()


def run(counts: dict[str, int], rounds: int, clock: common.Stopwatch,
        report: Callable[[Sample], None]) -> tuple[list[Sample], Session]:
    """The whole session; returns the samples (warm-up first) and the driver."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.main_window import MainWindow, tune_interpreter

    tune_interpreter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(data_dir=Path(os.environ["XDG_DATA_HOME"]) / "digit-canvas")
    window.show()
    wait_until(lambda: window.classifier is not None, "the model to load")
    session = Session(window)
    samples = [take_sample("start", clock)]
    report(samples[-1])
    # Warm-up: each kind of step once, so one-time costs (MNIST in memory, traced
    # graphs, first evaluations) are in the baseline, not in the growth.
    warm = {"drawings": 50, "saves": 5, "deletes": 2, "retrains": 1, "fine_tunes": 0}
    run_round(session, **warm)
    samples.append(take_sample("warm-up", clock))
    report(samples[-1])
    left = {key: max(0, counts[key] - session.done[key]) for key in counts}
    plan = {key: spread_over(value, rounds) for key, value in left.items()}
    for i in range(rounds):
        run_round(session, plan["drawings"][i], plan["saves"][i], plan["deletes"][i],
                  plan["retrain_cancel"][i], plan["fine_tunes"][i])
        samples.append(take_sample(f"round {i + 1}", clock))
        report(samples[-1])
        boxes = [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]
        if boxes:
            raise RuntimeError(f"soak: the app showed a message: {boxes}")
    window.close()
    app.processEvents()
    return samples, session


def summary_line(samples: Sequence[Sample], minutes: float) -> str:
    """The last line: growth from after the warm-up to the end."""
    base, end = samples[1], samples[-1]
    return (f"soak: rss_growth_mb={end.rss_mb - base.rss_mb:.1f} "
            f"threads_leaked={max(0, end.python_threads - base.python_threads)} "
            f"qobjects_growth={end.qobjects - base.qobjects} minutes={minutes:.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=None, help="rounds after the warm-up")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = p.parse_args(argv)
    counts = QUICK if args.quick else FULL
    rounds = args.rounds or counts["windows"]
    root = Path(tempfile.mkdtemp(prefix="digit-canvas-soak-"))
    isolate_folders(root)
    isolate_settings(root / "settings")
    shorten_fine_tunes(FINE_TUNE_LIMIT)
    monitor = common.print_header("bench.soak")
    print(f"folders: {root} (data, config and settings; removed at the end)", flush=True)
    clock = common.Stopwatch()

    def report(sample: Sample) -> None:
        print("  " + "  ".join(f"{h}={common._cell(v)}" for h, v in zip(
            HEADERS, sample.row(), strict=True)), flush=True)

    try:
        samples, session = run(counts, rounds, clock, report)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    minutes = clock.seconds() / 60
    print(common.table(HEADERS, [s.row() for s in samples]))
    done = ", ".join(f"{key} {value}" for key, value in session.done.items())
    print(f"Done: {done}; live predictions mid-stroke {session.live_predictions}; "
          f"fine-tunes on {FINE_TUNE_LIMIT} MNIST images each.")
    middle = samples[1 + (len(samples) - 1) // 2]
    print(f"RSS after warm-up {samples[1].rss_mb:.0f} MB, half-way {middle.rss_mb:.0f} MB, "
          f"end {samples[-1].rss_mb:.0f} MB; QObjects {samples[1].qobjects} -> "
          f"{middle.qobjects} -> {samples[-1].qobjects}; wrappers {samples[1].wrappers} -> "
          f"{samples[-1].wrappers}.")
    print(monitor.summary())
    print(summary_line(samples, minutes))
    return 0 if not math.isnan(samples[-1].rss_mb) else 1


if __name__ == "__main__":
    sys.exit(main())
