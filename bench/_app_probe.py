"""The unmodified main.py, run in this process with a probe that watches and drives its window.

    python -m bench._app_probe '{"scenario": "startup", "stroke": "instant"}'

The probe changes nothing in the app: an import hook gives PySide6.QtWidgets a
QApplication subclass whose only addition is an event filter that spots the
main window when it is first shown; then main.py runs as ``__main__`` exactly
as ``python main.py`` would (same arguments: none). The probe draws with QTest
mouse events on the canvas and watches the prediction label and histogram
(bench.gui), so it measures what a person sees.

Scenarios (the JSON argument):

- ``startup``: at the canvas's first paint, draw a digit, either ``instant``
  (all mouse events at once: when can the first drawing be answered?) or by
  ``hand`` (press, a move every 10 ms, release: when is a person who starts
  drawing at once answered?). Stamps: ``shown``, ``painted``, ``released``,
  ``answered``.
- ``draw``: wait for the first answer, then draw ``drawings`` digits by hand,
  one after another; time each release until its answer is shown.
- ``retrain``: wait for the first answer; draw for ``baseline_s`` seconds;
  click the Retrain button (the panel's own settings; ``epochs`` is typed into
  its spin box when given); keep drawing (``draw``) until the training thread
  has ended, plus one second. Records event-loop stalls (10 ms ticks) and
  stroke answer times per phase, the training timeline, RSS.

Prints one line ``BENCH_PROBE {json}`` on stdout, then ends the process.
"""

from __future__ import annotations

import abc
import importlib.abc
import importlib.util
import json
import os
import runpy
import sys
import time
from pathlib import Path

from bench.process import PROBE_MARK as MARK
from bench.process import peak_rss_mb, rss_mb

STAMPS: dict[str, float] = {"started": time.monotonic()}
MAIN = Path(__file__).resolve().parent.parent / "main.py"
TIMEOUT_S = 900


def finish(result: dict, code: int = 0) -> None:
    """Print the result and end the process at once (background threads are not waited for)."""
    result["stamps"] = STAMPS
    result["peak_rss_mb"] = peak_rss_mb()
    sys.stdout.write(MARK + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(code)


# --------------------------------------------------------------------- scenarios


class Startup:
    """Draw a digit at the canvas's first paint; stamp when it is answered."""

    def __init__(self, window: object, options: dict) -> None:
        from bench.gui import AnswerWatcher, MouseDrawer

        self.window = window
        self.options = options
        self.watcher = AnswerWatcher(window, self.answered)
        self.drawer = MouseDrawer(window.canvas, window)

    def painted(self) -> None:
        import numpy as np

        from bench.gui import draw_at_once
        from bench.strokes import TEMPLATES, place

        strokes = place(TEMPLATES[3][0], np.random.default_rng(0), self.window.canvas.width())
        if self.options.get("stroke", "instant") == "instant":
            self.watcher.arm(STAMPS["painted"])
            STAMPS["released"] = draw_at_once(self.window.canvas, strokes)
        else:
            self.drawer.draw(strokes, self.released, lambda: None)

    def released(self, _index: int, t: float) -> None:
        STAMPS["released"] = t
        self.watcher.arm(t)

    def answered(self, t: float) -> None:
        STAMPS["answered"] = t
        finish({"label": self.window.prediction_label.text()})


class Session(abc.ABC):
    """Wait for the first answer (a digit drawn at once at the first paint), then draw by hand.

    Each hand-drawn digit: clear, draw its strokes (press, a move every 10 ms,
    release), and time each release until the answer is shown (per phase).
    """

    def __init__(self, window: object, options: dict) -> None:
        import numpy as np
        from PySide6.QtCore import QTimer

        from bench.gui import AnswerWatcher, MouseDrawer, StallTicker

        self.window = window
        self.options = options
        self.rng = np.random.default_rng(options.get("seed", 0))
        self.ticker = StallTicker(window)
        self.drawer = MouseDrawer(window.canvas, window)
        self.watcher = AnswerWatcher(window, self.answered)
        self.answers: dict[str, list[float]] = {}
        self.disagreements = 0
        self.drawings = 0
        self.events: list[tuple[float, str]] = []
        self.rss: list[tuple[float, float]] = []
        self.released_at: float | None = None
        self.phase_at_release = ""
        self.ready = False
        self.rss_timer = QTimer(window, interval=250)
        self.rss_timer.timeout.connect(lambda: self.rss.append((time.monotonic(), rss_mb())))

    def event(self, what: str) -> None:
        self.events.append((time.monotonic(), what))

    def painted(self) -> None:
        from bench.gui import draw_at_once
        from bench.strokes import TEMPLATES, place

        self.rss_timer.start()
        self.ticker.start()
        strokes = place(TEMPLATES[3][0], self.rng, self.window.canvas.width())
        self.watcher.arm(STAMPS["painted"])
        draw_at_once(self.window.canvas, strokes)

    def answered(self, t: float) -> None:
        if not self.ready:
            self.ready = True
            STAMPS["answered"] = t
            self.event("first drawing answered (model ready)")
            self.window.canvas.clear()
            self.go()
            return
        if self.released_at is not None:
            self.answers.setdefault(self.phase_at_release, []).append(
                (t - self.released_at) * 1000)
            self.released_at = None
            text, winner = self.window.prediction_label.text(), self.window.chart.winner()
            if text.isdigit() and int(text) != winner:
                self.disagreements += 1  # label and histogram must show the same answer

    @abc.abstractmethod
    def go(self) -> None:
        """The model answers: start the scenario proper."""

    def next_drawing(self) -> None:
        from PySide6.QtCore import QTimer

        from bench.strokes import random_digit

        if self.ticker.phase is None or not self.more_drawings():
            return
        self.window.canvas.clear()
        self.drawings += 1
        _, _, strokes = random_digit(self.rng, self.window.canvas.width())
        self.drawer.draw(strokes, self.released,
                         lambda: QTimer.singleShot(300, self.next_drawing))

    def more_drawings(self) -> bool:
        return True

    def released(self, _index: int, t: float) -> None:
        self.released_at = t
        self.phase_at_release = self.ticker.phase or ""
        self.watcher.arm(t)

    def results(self) -> dict:
        return {"answers": self.answers, "disagreements": self.disagreements,
                "drawings": self.drawings, "stalls": self.ticker.stalls,
                "big": self.ticker.big, "events": self.events, "rss": self.rss}

    def stop(self, extra: dict | None = None) -> None:
        self.ticker.phase = None
        self.ticker.stop()
        self.drawer.stop()
        self.rss_timer.stop()
        finish({**self.results(), **(extra or {})})


class Draw(Session):
    """Draw ``drawings`` digits by hand, one after another, and time each answer."""

    def go(self) -> None:
        self.ticker.phase = "drawing"
        self.next_drawing()

    def more_drawings(self) -> bool:
        if self.drawings < int(self.options.get("drawings", 50)):
            return True
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.stop)
        return False


class Retrain(Session):
    """Draw for a while, click Retrain, keep drawing until the new model is in use."""

    def __init__(self, window: object, options: dict) -> None:
        super().__init__(window, options)
        self.ticker._timer.timeout.connect(self.poll)
        self.result: str | None = None
        self.accuracy: float | None = None
        self.epochs: list[dict] = []
        self.steps = 0
        self.steps_per_epoch = 0
        self.status_text = ""

    def go(self) -> None:
        from PySide6.QtCore import QTimer

        if self.options.get("epochs"):  # typed into the panel's spin box, as a person would
            self.window.training_panel.epochs.setValue(int(self.options["epochs"]))
        self.ticker.phase = "baseline"
        if self.options.get("draw", True):
            self.next_drawing()
        QTimer.singleShot(int(self.options.get("baseline_s", 5) * 1000), self.click_retrain)

    def click_retrain(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        training = self.window.session.trainer
        # The controller's signals, connected before the click: a run that fails at once
        # is heard too (a worker's signals connected after the start can be missed).
        training.step.connect(self.on_step)
        training.epochEnded.connect(self.on_epoch)
        training.succeeded.connect(self.on_succeeded)
        training.failed.connect(lambda message: setattr(self, "result", "failed: " + message))
        training.cancelled.connect(lambda: setattr(self, "result", "cancelled"))
        training.started.connect(self.arm_timeout)
        training.finished.connect(self.thread_finished)
        self.event("Retrain clicked")
        self.ticker.phase = "start-up"
        QTest.mouseClick(self.window.training_panel.retrain_button, Qt.MouseButton.LeftButton)
        if not training.is_running():
            self.result = "did not start: " + self.window.training_panel.status.text()
            self.stop()

    def arm_timeout(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(self.options.get("max_s", TIMEOUT_S - 60) * 1000),
                          self.window.session.trainer.cancel)

    def on_step(self, step: object) -> None:
        self.steps += 1
        self.steps_per_epoch = max(1, step.total_steps // step.epochs)
        if self.ticker.phase == "start-up":
            self.event("first step")
        self.ticker.phase = "steps"
        if step.step % self.steps_per_epoch == 0 or step.step == step.total_steps:
            self.event(f"epoch {step.epoch}: last step")
            self.ticker.phase = "evaluation"

    def on_epoch(self, epoch: object) -> None:
        self.event(f"epoch {epoch.epoch}: evaluated, test accuracy {epoch.test_accuracy:.4f}")
        self.epochs.append({"epoch": epoch.epoch, "test_accuracy": epoch.test_accuracy,
                            "t": time.monotonic()})
        self.ticker.phase = "steps" if epoch.epoch < epoch.epochs else "finish"

    def on_succeeded(self, result: object) -> None:
        self.event("checkpoint written")
        self.result = "succeeded"
        self.accuracy = result.metadata.get("test_accuracy")

    def thread_finished(self) -> None:
        from PySide6.QtCore import QTimer

        self.event("training thread finished; new model in use")
        self.ticker.phase = "finish"
        QTimer.singleShot(1000, self.stop)

    def poll(self) -> None:
        text = self.window.training_panel.status.text()
        if text != self.status_text and not text.startswith("Epoch "):
            self.event(f"status: {text}")
        self.status_text = text

    def stop(self, extra: dict | None = None) -> None:
        super().stop({
            "result": self.result or "unknown", "test_accuracy": self.accuracy,
            "epochs": self.epochs, "steps": self.steps,
            "epochs_setting": self.window.training_panel.epochs.value(),
        })


SCENARIOS = {"startup": Startup, "draw": Draw, "retrain": Retrain}


# ------------------------------------------------------------------------ the hook


def _probe_application(base: type, options: dict) -> type:
    """A QApplication subclass that finds the main window when it is first shown.

    Nothing but PySide6 is imported until the canvas has been painted, so the
    probe adds nothing to the time to the window.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Finder(QObject):
        def __init__(self, app: object) -> None:
            super().__init__()
            self.app = app
            self.window = None
            self.scenario = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.window is None:
                if event.type() == QEvent.Type.Show and all(
                        hasattr(watched, n) for n in ("canvas", "prediction_label", "chart")):
                    STAMPS["shown"] = time.monotonic()
                    self.window = watched
                    self.app.removeEventFilter(self)
                    watched.canvas.installEventFilter(self)
            elif event.type() == QEvent.Type.Paint and "painted" not in STAMPS:
                STAMPS["painted"] = time.monotonic()
                QTimer.singleShot(0, self.start)
            return False

        def start(self) -> None:
            self.scenario = SCENARIOS[options["scenario"]](self.window, options)
            self.scenario.painted()

    class ProbeApplication(base):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self._bench_finder = Finder(self)
            self.installEventFilter(self._bench_finder)
            QTimer.singleShot(TIMEOUT_S * 1000, lambda: finish({"result": "timeout"}, 3))

    return ProbeApplication


class _QtWidgetsHook(importlib.abc.MetaPathFinder):
    """Swaps in the probe's QApplication when main.py's imports first load PySide6.QtWidgets."""

    def __init__(self, options: dict) -> None:
        self.options = options

    def find_spec(self, name: str, path: object, target: object = None) -> object:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        original = spec.loader.exec_module
        options = self.options

        def exec_module(module: object) -> None:
            original(module)
            module.QApplication = _probe_application(module.QApplication, options)

        spec.loader.exec_module = exec_module
        return spec


def main() -> int:
    options = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {"scenario": "startup"}
    if options["scenario"] not in SCENARIOS:
        raise SystemExit(f"unknown scenario {options['scenario']!r}")
    sys.meta_path.insert(0, _QtWidgetsHook(options))
    sys.argv = [str(MAIN)]
    STAMPS["main"] = time.monotonic()
    try:
        runpy.run_path(str(MAIN), run_name="__main__")
    except SystemExit as exit_:
        finish({"result": f"main.py exited ({exit_.code}) before the probe finished"}, 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
