"""A polite kill (SIGTERM, Ctrl+C, a hang-up) closes the app as its close button does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from app.recovery import FILE_NAME

pytestmark = pytest.mark.gui


def app_process(data_dir, config_dir, with_dialog: bool) -> subprocess.Popen:
    """A real app process that has drawn a stroke; prints "ready" once it is waiting."""
    script = textwrap.dedent(f"""
        from pathlib import Path
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        from app.main_window import MainWindow
        from app.startup import close_on_signals
        app = QApplication([])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        user = QSettings.Scope.UserScope
        QSettings.setPath(QSettings.Format.IniFormat, user, {str(config_dir)!r})
        window = MainWindow(data_dir=Path({str(data_dir)!r}), load_model=False)
        window.resize(1000, 700)
        window.show()
        window.canvas.draw_stroke([(210, 80), (200, 330)])
        close_on_signals(window)
        if {with_dialog!r}:
            box = QMessageBox(QMessageBox.Icon.Question, "Question", "Still there?", parent=window)
            QTimer.singleShot(0, lambda: print("ready", flush=True))
            QTimer.singleShot(0, box.exec)
        else:
            QTimer.singleShot(0, lambda: print("ready", flush=True))
        print("exit", app.exec(), flush=True)
    """)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize(("number", "with_dialog"), [(signal.SIGTERM, False),
                                                     (signal.SIGINT, True),
                                                     (signal.SIGHUP, False)])
def test_a_polite_kill_closes_cleanly_and_leaves_no_drawing_to_restore(
        tmp_path, number, with_dialog):
    data_dir, config_dir = tmp_path / "data", tmp_path / "config"
    child = app_process(data_dir, config_dir, with_dialog)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        assert (data_dir / FILE_NAME).exists()  # the stroke is kept while the app runs
        child.send_signal(number)
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == 0, err
    assert "exit 0" in out
    # Closed as the close button closes: nothing for the next start to "bring back",
    # and the window's settings were written.
    assert not (data_dir / FILE_NAME).exists()
    assert any(config_dir.rglob("*.ini"))
