"""Restarting the app (a new language is used from the next start), the drawing kept."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, QProcessEnvironment
from PySide6.QtWidgets import QMainWindow

RESTARTED = "DIGIT_CANVAS_RESTARTED"
"""Set for the new process by a restart: its drawing is back by choice, not after a crash."""


def restart(window: QMainWindow) -> None:
    """Close ``window`` as its close button does; once it is closed the app starts again.

    The drawing stays for the new process (a language chosen mid-drawing). A training
    the person does not want stopped keeps the window open: then nothing restarts.
    """
    window.restart_wanted = True
    if not window.close():
        window.restart_wanted = False


def relaunch() -> bool:
    """Start the app again as it was started (the interpreter, its options, the arguments)."""
    process = QProcess()
    process.setProgram(sys.executable)
    process.setArguments(sys.orig_argv[1:])
    environment = QProcessEnvironment.systemEnvironment()
    environment.insert(RESTARTED, "1")
    process.setProcessEnvironment(environment)
    started = process.startDetached()
    return bool(started[0] if isinstance(started, tuple) else started)
