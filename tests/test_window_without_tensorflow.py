"""The window's process never imports TensorFlow: not for a Retrain, a Fine-tune or the explorer.

Run in a fresh app process (this test process has TensorFlow from other tests):
a whole Retrain, a Fine-tune on a taught drawing and the test-set explorer, in
a fresh profile; then the process looks at its own modules and mapped libraries,
and at how much its memory grew over the Retrain.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SCRIPT = textwrap.dedent("""
    import dataclasses, json, os, sys
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.main_window import MainWindow
    from model.network import recipe
    from tests.window_driver import use_new_model_if_offered
    def small(config):
        return dataclasses.replace(config, train_limit=512, seed=0, styles=0, negatives=0,
                                   validation=min(config.validation, 500))

    for name, preset in list(recipe.PRESETS.items()):
        recipe.PRESETS[name] = small(preset)
    real_fine_tune = recipe.fine_tune_config
    recipe.fine_tune_config = lambda samples: small(real_fine_tune(samples))

    app = QApplication([])
    window = MainWindow(data_dir=Path(sys.argv[1]))
    window.show()
    def wait(condition, what):
        for _ in range(3600):  # 180 s in 50 ms turns of the event loop
            if condition():
                return
            QTest.qWait(50)
        raise SystemExit("timed out waiting for " + what)
    class Bot:  # what tests.window_driver asks of pytest-qt's qtbot, in this plain process
        def waitUntil(self, condition, timeout):
            wait(condition, "the window's decision")
        def mouseClick(self, widget, button, pos=None):
            QTest.mouseClick(widget, button)
    wait(lambda: window.session.classifier is not None, "the model")
    window.training_panel.epochs.setValue(1)
    window.training_panel.batch.setValue(64)
    results = []
    window.session.trainer.succeeded.connect(lambda result: results.append(result.path.name))
    window.session.trainer.failed.connect(lambda message: results.append("failed: " + message))
    def rss_mb():
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    window.canvas.draw_stroke([(300, 80), (300, 330)])  # the app at work before the run
    before = rss_mb()
    assert window.training.start_retrain()
    use_new_model_if_offered(Bot(), window)  # the run ends, then the window decides
    window.canvas.draw_stroke([(400, 80), (400, 330)])
    after = rss_mb()
    window.canvas.draw_stroke([(210, 80), (200, 330)])
    assert window.teaching.save_sample(1)
    assert window.training.start_fine_tune()
    use_new_model_if_offered(Bot(), window)
    window.windows.show("explorer")
    wait(lambda: window.windows.get("explorer").has_data(), "the test set")
    with open("/proc/self/maps") as maps:
        mapped = sorted({line.split()[-1] for line in maps if "tensorflow" in line})
    print(json.dumps({"results": results, "modules": sorted(
        name for name in sys.modules if name.split(".")[0] in ("tensorflow", "keras")),
        "mapped": mapped, "rss_growth_mb": after - before}))
    window.close()
""")


def test_retrain_fine_tune_and_explorer_leave_the_window_without_tensorflow(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
                           capture_output=True, text=True, timeout=540, env=env)
    assert child.returncode == 0, child.stderr[-3000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert len(report["results"]) == 2, report["results"]
    assert all(name.startswith("ckpt-") for name in report["results"]), report["results"]
    assert report["modules"] == []
    assert report["mapped"] == []
    # The window's memory after a Retrain is what it was before (not TensorFlow's ~700 MB).
    assert report["rss_growth_mb"] < 50
