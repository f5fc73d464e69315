"""A long session in the real main window: do memory, threads or QObjects creep up?

The real MainWindow (offscreen) with the bundled model, in throw-away home, data,
config, cache and settings folders (``bench.common.isolate``: never the
person's; MNIST is read where it already is). The session, in rounds after a
warm-up that does each thing once:

- drawings with live prediction: digits from ``bench.strokes``' templates drawn
  with mouse events, the event loop left running mid-stroke until the window
  has shown a prediction of the half-drawn stroke (counted: the prediction
  panel's ``tileSelected``, emitted whenever it shows a reading; a pause in
  which none was shown counts as a pause, not as a prediction);
- some drawings saved (the digit buttons' path, ``save_sample``), some of them
  deleted again in My drawings (``delete_selected``);
- Retrain, then Cancel after its first step (``start_retrain``, the panel's cancel);
- complete fine-tunes through ``start_fine_tune`` (``fine_tune_config`` is cut
  to a small MNIST slice so that each takes seconds), each waited for until the
  window has decided, and its model taken when offered (it may score lower);
- the test-set explorer and My drawings opened (and waited for) and closed.

After every round: ``gc.collect()``, then RSS, Python threads, the process's
OS threads (``/proc/self/task``: Qt's and TensorFlow's native threads too),
QObjects in the application's object trees, QObject wrappers alive in
Python, and objects frozen out of collection (``gc.freeze``: never
collected, so they must not grow). The baseline is the sample after the
warm-up. RSS growth is the end minus the baseline (two single samples, so one
round's transient buffers can swing it); the trend is the least-squares
slope of RSS over the baseline and every round after it, in MB per round.

    python -m bench.soak            # >= 3,000 drawings, 20 retrain/cancel, 3 fine-tunes...
    python -m bench.soak --quick    # a tenth of that
    python -m bench.soak --smoke    # a few drawings and windows, no training (the test)
    python -m bench.soak --trace    # also: which object types grew (to find a leak)

Last line: ``soak: rss_growth_mb=G rss_trend_mb_per_round=S python_threads_leaked=T
os_threads_leaked=O qobjects_growth=Q live_predictions_shown=L minutes=M``.
"""

from __future__ import annotations

import dataclasses
import gc
import math
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench import common
from bench.process import rss_mb

FULL = {"drawings": 3000, "retrain_cancel": 20, "fine_tunes": 3, "windows": 30,
        "saves": 200, "deletes": 100}
QUICK = {"drawings": 300, "retrain_cancel": 2, "fine_tunes": 2, "windows": 3,
         "saves": 20, "deletes": 10}
SMOKE = {"drawings": 8, "retrain_cancel": 0, "fine_tunes": 0, "windows": 1,
         "saves": 3, "deletes": 1}  # does the driver work at all (tests/test_soak.py)
# The warm-up does each kind of step once before the baseline sample (a fine-tune too:
# TensorFlow starts a native thread at the first one). The counts above include it.
WARM_UP = {"drawings": 50, "saves": 5, "deletes": 2, "retrains": 1, "fine_tunes": 1}
SMOKE_WARM_UP = {"drawings": 2, "saves": 1, "deletes": 0, "retrains": 0, "fine_tunes": 0}
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
    frozen: int

    def row(self) -> list[object]:
        """The sample as a table row."""
        return [self.label, self.seconds, self.rss_mb, self.python_threads, self.os_threads,
                self.qobjects, self.wrappers, self.frozen]


HEADERS = ["after", "s", "RSS MB", "py threads", "OS threads", "QObjects", "wrappers", "frozen"]


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
    """QObjects alive with a Python wrapper (catches parentless objects that Python keeps).

    Wrappers whose C++ object is gone are not counted (counting the tree above
    makes wrappers for Qt's own children, e.g. a label's text frames), nor are
    frozen ones (``gc.freeze``, counted as "frozen" with every other frozen object).
    """
    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    return sum(1 for obj in gc.get_objects()
               if isinstance(obj, QObject) and Shiboken.isValid(obj))


def type_counts(qobjects_only: bool) -> dict[str, int]:
    """How many Python objects of each type are alive (QObject wrappers only, or all)."""
    from collections import Counter

    from PySide6.QtCore import QObject

    objects = gc.get_objects()
    if qobjects_only:
        objects = [obj for obj in objects if isinstance(obj, QObject)]
    return Counter(type(obj).__qualname__ for obj in objects)


def growth(before: dict[str, int], after: dict[str, int], top: int = 12) -> str:
    """The types whose counts grew most, as text."""
    grown = sorted(((after[k] - before.get(k, 0), k) for k in after), reverse=True)[:top]
    return ", ".join(f"{name} +{count}" for count, name in grown if count > 0) or "none"


def take_sample(label: str, clock: common.Stopwatch) -> Sample:
    """Collect garbage, then measure."""
    gc.collect()
    return Sample(label, clock.seconds(), rss_mb(), threading.active_count(), os_threads(),
                  qobject_tree_count(), python_wrappers(), gc.get_freeze_count())


class Wait:
    """What a step of the session waits for before it goes on (yielded by the steps)."""

    def __init__(self, predicate: Callable[[], bool], what: str,
                 timeout_s: float = WAIT_S) -> None:
        self.predicate, self.what = predicate, what
        self.deadline = time.monotonic() + timeout_s


Steps = Iterator[Wait]


class Driver:
    """Runs a session's steps from inside ``app.exec()``, as events reach a real app.

    Between steps the application's own event loop runs (no nested loops), so
    queued signals and deleteLater() behave exactly as they do for a person.
    """

    def __init__(self, steps: Steps) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.steps, self.waiting, self.error = steps, None, None
        self.timer = QTimer(interval=2, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def run(self) -> None:
        """Run the steps to the end (blocks in app.exec()); re-raises a step's error."""
        from PySide6.QtWidgets import QApplication

        self.timer.start()
        QApplication.instance().exec()
        if self.error is not None:
            raise self.error

    def _tick(self) -> None:

        waiting = self.waiting
        if waiting is not None and not waiting.predicate():
            if time.monotonic() > waiting.deadline:
                self._stop(TimeoutError(f"soak: gave up waiting for {waiting.what}"))
            return
        try:
            self.waiting = next(self.steps)
        except StopIteration:
            self._stop(None)
        except Exception as exc:  # noqa: BLE001 - reported after the loop has ended
            self._stop(exc)

    def _stop(self, error: BaseException | None) -> None:
        from PySide6.QtWidgets import QApplication

        self.timer.stop()
        self.error = error
        QApplication.instance().quit()


def spread_over(count: int, rounds: int) -> list[int]:
    """How many of ``count`` happen in each of ``rounds``, as evenly as possible."""
    return [(count * (i + 1)) // rounds - (count * i) // rounds for i in range(rounds)]


class Session:
    """Drives one MainWindow the way a person would, and counts what it did."""

    def __init__(self, window: object, seed: int = 0) -> None:
        self.window = window
        self.rng = np.random.default_rng(seed)
        self.done = dict.fromkeys(FULL, 0)
        self.live_pauses = 0  # mid-stroke pauses
        self.live_predictions = 0  # of those, the ones in which the window showed a reading
        self.saved_ids: list[int] = []
        # Every reading the panel shows selects a digit (PredictionPanel.show_reading).
        self.readings_shown = 0
        window.prediction_panel.tileSelected.connect(self._count_shown)

    def _count_shown(self, _index: int) -> None:
        self.readings_shown += 1

    # ------------------------------------------------------------ drawing

    def digit(self, live: bool) -> Steps:
        """One digit in mouse strokes; with ``live``, pause mid-way for the live prediction."""
        from bench import gui
        from bench.strokes import mouse_points, random_digit

        canvas, timer = self.window.canvas, self.window.live_timer
        _, _, strokes = random_digit(self.rng, min(canvas.width(), canvas.height()))
        for number, stroke in enumerate(strokes):
            points = mouse_points(stroke)
            gui.press(canvas, points[0])
            half = len(points) // 2
            for point in points[1:half]:
                gui.move(canvas, point)
            if live and number == 0:
                # A reading shown, or the timer done without one (then the count says so,
                # at once, instead of a wait that runs into its timeout).
                shown = self.readings_shown
                yield Wait(lambda shown=shown: self.readings_shown > shown
                           or not timer.isActive(), "the live prediction")
                self.live_pauses += 1
                self.live_predictions += self.readings_shown > shown
            for point in points[half:-1]:
                gui.move(canvas, point)
            gui.release(canvas, points[-1])

    def drawing(self, save: bool) -> Steps:
        """Clear, draw a digit (with a live prediction while drawing), maybe save it."""
        window = self.window
        window.canvas.clear()
        yield from self.digit(live=True)
        if window.last_input is None:
            raise RuntimeError("soak: a drawing got no prediction")
        self.done["drawings"] += 1
        if save:
            if not window.teaching.save_sample(int(self.rng.integers(10))):
                raise RuntimeError("soak: save_sample failed")
            self.saved_ids.append(window.session.drawings.list()[0].id)  # newest first
            self.done["saves"] += 1

    # ------------------------------------------------------------ windows

    def _child(self, name: str) -> object:
        from PySide6.QtWidgets import QWidget

        return self.window.findChild(QWidget, name)

    def samples_window(self, deletes: int) -> Steps:
        """Open My drawings, delete some drawings there, close it."""
        self.window.samples_action.trigger()
        view = self._child("samplesView")
        yield Wait(view.isVisible, "My drawings to show")
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

    def explorer_window(self) -> Steps:
        """Open the test-set explorer, wait for its evaluation, page once, close it."""
        self.window.test_set_action.trigger()
        yield Wait(lambda: self._child("explorer") is not None, "the explorer")
        view = self._child("explorer")
        yield Wait(view.is_ready, "the explorer's evaluation")
        view.next_page()
        view.close()

    # ----------------------------------------------------------- training

    def retrain_cancel(self) -> Steps:
        """Click Retrain, cancel after the first step, wait for the thread to end."""
        window = self.window
        if not window.training.start_retrain():
            raise RuntimeError("soak: start_retrain refused")
        steps: list[object] = []

        def on_step(step: object) -> None:
            steps.append(step)

        # The controller's own signal (the panel's progress follows it), whatever runs the
        # training; disconnected after, so the soak itself leaves no connection behind.
        window.session.trainer.step.connect(on_step)
        trainer = window.session.trainer
        yield Wait(lambda: bool(steps) or not trainer.is_running(), "a training step")
        window.session.trainer.step.disconnect(on_step)
        window.training_panel.cancelRequested.emit()
        yield Wait(lambda: not window.session.trainer.is_running(), "training to stop")
        self.done["retrain_cancel"] += 1

    def fine_tune(self) -> Steps:
        """A complete fine-tune through the app's own path; raises unless the model changed."""
        window = self.window
        before = window.session.classifier.path
        if not window.training.start_fine_tune():
            raise RuntimeError("soak: start_fine_tune refused (no drawings?)")
        # Ended and decided: the adoption step runs after the trainer, in a worker.
        yield Wait(lambda: not window.session.trainer.is_running()
                   and window.training_panel.retrain_button.isEnabled(), "the fine-tune")
        bar = window.message_bar  # a model that scored lower is offered: take it, as a person may
        if window.session.classifier.path == before and bar.action_button.isVisible():
            bar.action_button.click()
        if window.session.classifier.path == before:
            raise RuntimeError("soak: the fine-tune did not swap in a new model: "
                               f"{window.training_panel.status.text()!r} "
                               f"{window.message_bar.text()!r}")
        self.done["fine_tunes"] += 1


def shorten_fine_tunes(limit: int) -> None:
    """Make the app's fine-tune recipe use ``limit`` MNIST images (everything else as is)."""
    import model.network.recipe

    original = model.network.recipe.fine_tune_config

    def short(samples: int) -> object:
        return dataclasses.replace(original(samples), train_limit=limit)

    model.network.recipe.fine_tune_config = short


def run_round(session: Session, drawings: int, saves: int, deletes: int, retrains: int,
              fine_tunes: int) -> Steps:
    """One round of the session: drawings (some saved), windows, training."""
    save_at = set(session.rng.choice(drawings, min(saves, drawings), replace=False).tolist())
    for i in range(drawings):
        yield from session.drawing(save=i in save_at)
    yield from session.explorer_window()
    yield from session.samples_window(deletes)
    for _ in range(retrains):
        yield from session.retrain_cancel()
    for _ in range(fine_tunes):
        yield from session.fine_tune()
    settled = time.monotonic() + 0.2  # let the event loop finish (deleteLater, queued signals)
    yield Wait(lambda: time.monotonic() > settled, "the event loop to settle")


def run(counts: dict[str, int], rounds: int, clock: common.Stopwatch,
        report: Callable[[Sample], None], trace: bool = False,
        warm_up: dict[str, int] = WARM_UP) -> tuple[list[Sample], Session]:
    """The whole session; returns the samples (warm-up first) and the driver."""
    from PySide6.QtWidgets import QApplication

    from app.main_window import MainWindow
    from app.startup import APP_NAME, tune_interpreter

    tune_interpreter()
    QApplication.setApplicationName(APP_NAME)
    QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(data_dir=Path(os.environ["XDG_DATA_HOME"]) / "digit-canvas")
    window.show()
    session = Session(window)
    samples: list[Sample] = []
    Driver(script(session, counts, rounds, clock, samples, report, trace, warm_up)).run()
    window.close()
    return samples, session


def script(session: Session, counts: dict[str, int], rounds: int, clock: common.Stopwatch,
           samples: list[Sample], report: Callable[[Sample], None], trace: bool,
           warm_up: dict[str, int]) -> Steps:
    """The session's steps: warm-up, then the rounds, sampling after each."""
    from PySide6.QtWidgets import QMessageBox

    window = session.window
    yield Wait(lambda: window.session.classifier is not None, "the model to load")

    def sample(label: str) -> None:
        samples.append(take_sample(label, clock))
        report(samples[-1])
        boxes = [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]
        if boxes:
            raise RuntimeError(f"soak: the app showed a message: {boxes}")

    sample("start")
    # Warm-up: each kind of step once, so one-time costs (MNIST in memory, traced
    # graphs, first evaluations) are in the baseline, not in the growth.
    yield from run_round(session, **warm_up)
    sample("warm-up")
    if trace:
        types_before = {True: type_counts(True), False: type_counts(False)}
    left = {key: max(0, counts[key] - session.done[key]) for key in counts}
    plan = {key: spread_over(value, rounds) for key, value in left.items()}
    for i in range(rounds):
        yield from run_round(session, plan["drawings"][i], plan["saves"][i], plan["deletes"][i],
                             plan["retrain_cancel"][i], plan["fine_tunes"][i])
        sample(f"round {i + 1}")
    if trace:
        gc.collect()
        for qobjects_only, what in ((True, "QObject wrappers"), (False, "Python objects")):
            print(f"  {what} grown since the warm-up: "
                  f"{growth(types_before[qobjects_only], type_counts(qobjects_only))}")


def rss_trend(samples: Sequence[Sample]) -> float:
    """Least-squares slope of RSS from the warm-up sample (round 0) on, MB per round.

    Less at the mercy of one round's transient buffers than end minus start.
    """
    after = [s.rss_mb for s in samples[1:]]
    if len(after) < 2:
        return float("nan")
    return statistics.linear_regression(range(len(after)), after).slope


def summary_line(samples: Sequence[Sample], minutes: float, live_predictions: int) -> str:
    """The last line: growth from after the warm-up to the end, and RSS's trend."""
    base, end = samples[1], samples[-1]
    return (f"soak: rss_growth_mb={end.rss_mb - base.rss_mb:.1f} "
            f"rss_trend_mb_per_round={rss_trend(samples):.2f} "
            f"python_threads_leaked={max(0, end.python_threads - base.python_threads)} "
            f"os_threads_leaked={max(0, end.os_threads - base.os_threads)} "
            f"qobjects_growth={end.qobjects - base.qobjects} "
            f"live_predictions_shown={live_predictions} minutes={minutes:.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=None, help="rounds after the warm-up")
    p.add_argument("--trace", action="store_true",
                   help="print which object types grew (to find a leak)")
    p.add_argument("--smoke", action="store_true",
                   help="a few steps of each kind but training: does the driver work?")
    args = p.parse_args(argv)
    counts = SMOKE if args.smoke else QUICK if args.quick else FULL
    rounds = args.rounds or counts["windows"]
    root = common.isolate()
    shorten_fine_tunes(FINE_TUNE_LIMIT)
    monitor = common.print_header("bench.soak")
    print(f"folders: {root} (home, data, config, cache; removed at the end)", flush=True)
    clock = common.Stopwatch()

    def report(sample: Sample) -> None:
        print("  " + "  ".join(f"{h}={common._cell(v)}" for h, v in zip(
            HEADERS, sample.row(), strict=True)), flush=True)

    samples, session = run(counts, rounds, clock, report, args.trace,
                           SMOKE_WARM_UP if args.smoke else WARM_UP)
    minutes = clock.seconds() / 60
    print(common.table(HEADERS, [s.row() for s in samples]))
    done = ", ".join(f"{key} {value}" for key, value in session.done.items())
    print(f"Done: {done}; live predictions shown mid-stroke {session.live_predictions} "
          f"(in {session.live_pauses} pauses); fine-tunes on {FINE_TUNE_LIMIT} MNIST "
          f"images each.")
    middle = samples[1 + (len(samples) - 1) // 2]
    highest = max(s.rss_mb for s in samples[1:])
    print(f"RSS after warm-up {samples[1].rss_mb:.0f} MB, half-way {middle.rss_mb:.0f} MB, "
          f"end {samples[-1].rss_mb:.0f} MB, highest after warm-up {highest:.0f} MB (between "
          f"rounds: transient training buffers); QObjects {samples[1].qobjects} -> "
          f"{middle.qobjects} -> {samples[-1].qobjects}; wrappers {samples[1].wrappers} -> "
          f"{samples[-1].wrappers}; OS threads {samples[1].os_threads} -> "
          f"{samples[-1].os_threads}. RSS trend after warm-up "
          f"{rss_trend(samples):+.2f} MB per round (least squares over "
          f"{len(samples) - 1} samples).")
    print(monitor.summary())
    print(summary_line(samples, minutes, session.live_predictions))
    return 0 if not math.isnan(samples[-1].rss_mb) else 1


if __name__ == "__main__":
    sys.exit(main())
