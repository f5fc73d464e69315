"""Start-up: the application object, the interpreter's settings, the first window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.desktop import icon_source
from app.identity import move_back_doubled_data, set_identity
from app.language import install_language
from app.memory import limit_malloc_arenas
from app.theme import follow_color_scheme
from model.paths import APP_NAME


def tune_interpreter() -> None:
    """Interpreter settings that keep the window smooth while training runs."""
    # A background thread (loading a model, the explorer's test set) holds the GIL in
    # 5 ms slices by default; hand it over every 1 ms so the event loop never waits long.
    sys.setswitchinterval(0.001)
    limit_malloc_arenas()  # a new thread per run must not mean a new arena (bench.soak)


def run_app(args: argparse.Namespace) -> int:
    """Create the application and the window; runs until the window is closed."""
    from app.leftovers import remove_abandoned_runs
    from app.main_window import MainWindow
    from app.session import app_data_dir

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    tune_interpreter()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("Digit Canvas")
    QApplication.setDesktopFileName(APP_NAME)  # Wayland: the menu entry's icon and name
    app = QApplication.instance() or QApplication(sys.argv[:1])
    set_identity()  # settings in ~/.config/digit-canvas/ (old ones copied over once)
    install_language(app)  # the Preferences choice, else the system's language
    app.setWindowIcon(QIcon(str(icon_source())))
    follow_color_scheme(app)
    move_back_doubled_data(app_data_dir())  # where the last version kept them
    remove_abandoned_runs(app_data_dir() / "checkpoints")  # what a crash left of a run
    window = MainWindow()
    window.show()
    return app.exec()
