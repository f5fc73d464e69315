"""The app answers the first drawing from NumPy weights, before TensorFlow is imported."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["digit-canvas-startup-test"])
from app.main_window import MainWindow
window = MainWindow(data_dir=__import__("pathlib").Path(sys.argv[1]))
window.show()
result = {}

def poll():
    if window.session.classifier is None:
        return
    timer.stop()
    window.canvas.draw_stroke([(150, 60), (150, 120), (150, 200), (152, 300)])
    window.update_prediction()
    result.update(label=window.prediction_label.text(),
                  tensorflow="tensorflow" in sys.modules)
    app.quit()

timer = QTimer(interval=5, timeout=poll)
timer.start()
app.exec()
print(json.dumps(result))
"""


def test_first_drawing_is_answered_without_tensorflow(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "appdata")], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"label": "1", "tensorflow": False}
