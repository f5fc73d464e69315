"""No TensorFlow start-up lines on the terminal at the default log level (issue 16)."""

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from model.tf_quiet import drop_chatter

ROOT = Path(__file__).resolve().parent.parent
# What TensorFlow 2.2x prints while it loads (Abseil and TensorFlow log formats).
CHATTER = re.compile(r"oneDNN|absl::InitializeLog|^[IW]\d{4} |^\S+ \S+: [IW] \S+\.cc:\d+\]",
                     re.MULTILINE)


def run_quietly(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """Run python ARGS in the repository as a person would: no TensorFlow log variables."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("TF_CPP_MIN_LOG_LEVEL", "TF_ENABLE_ONEDNN_OPTS")}
    environment.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "data"),
                       XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def one_png(tmp_path: Path) -> Path:
    image = Image.new("L", (200, 200), 255)
    ImageDraw.Draw(image).line([(100, 30), (100, 170)], fill=0, width=18)
    path = tmp_path / "one.png"
    image.save(path)
    return path


def test_predict_prints_the_answer_and_no_tensorflow_lines(tmp_path, one_png):
    result = run_quietly(["main.py", "predict", str(one_png)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{one_png}: 1")
    assert not CHATTER.search(result.stderr), result.stderr
    assert not CHATTER.search(result.stdout)


def test_evaluate_prints_no_tensorflow_lines(tmp_path):
    result = run_quietly(["main.py", "evaluate"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "accuracy" in result.stdout
    assert not CHATTER.search(result.stderr + result.stdout), result.stderr


@pytest.mark.slow
def test_train_prints_progress_but_no_tensorflow_lines(tmp_path):
    out = tmp_path / "checkpoint"
    result = run_quietly(["main.py", "train", "--limit", "128", "--epochs", "1",
                          "--out", str(out)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (out / "metadata.json").exists()
    assert "step/s" in result.stderr  # the progress bar is still there
    assert not CHATTER.search(result.stderr + result.stdout), result.stderr


@pytest.mark.gui
def test_the_app_starts_without_tensorflow_lines(tmp_path):
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import app.main_window as main_window
        import main

        shown = main_window.MainWindow.show

        def show_then_quit_when_loaded(window):
            shown(window)
            def poll():
                if window.session.classifier is not None or window.session.model_error:
                    print("model:", window.session.model_error or "loaded", flush=True)
                    window.close()
                    QApplication.quit()
                else:
                    QTimer.singleShot(20, poll)
            QTimer.singleShot(0, poll)

        main_window.MainWindow.show = show_then_quit_when_loaded
        sys.exit(main.main([]))
    """)
    result = run_quietly(["-c", script], tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "model: loaded" in result.stdout
    assert not CHATTER.search(result.stderr), result.stderr


def test_debug_shows_what_tensorflow_says_and_the_default_does_not(tmp_path):
    script = ("import sys; from model.tf_quiet import quiet_tensorflow; "
              "quiet_tensorflow(sys.argv[1]); import tensorflow; print('imported')")
    loud = run_quietly(["-c", script, "debug"], tmp_path)
    quiet = run_quietly(["-c", script, "warning"], tmp_path)
    assert loud.stdout.strip() == quiet.stdout.strip() == "imported"
    assert "oneDNN custom operations are on" in loud.stderr  # oneDNN stays on
    assert not CHATTER.search(quiet.stderr), quiet.stderr


def test_other_lines_on_stderr_are_kept():
    text = (
        "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\n"
        "I0000 00:00:1795735662.942346    9878 port.cc:153] oneDNN custom operations are on.\n"
        "2024-05-01 10:00:00.123456: I tensorflow/core/util/cpu_feature_guard.cc:210] "
        "This TensorFlow binary is optimized\n"
        "To enable the following instructions: AVX2 FMA, rebuild TensorFlow.\n"
        "W0000 00:00:1795735662.9 9878 loader.cc:12] a warning\n"
        "Qt: something the person should see\n"
        "E0000 00:00:1795735662.9 9878 loader.cc:12] an error\n"
    )
    assert drop_chatter(text, 2) == (
        "Qt: something the person should see\n"
        "E0000 00:00:1795735662.9 9878 loader.cc:12] an error\n")
    assert drop_chatter(text, 1).splitlines()[0].startswith("W0000")
    assert drop_chatter(text, 0) == text
