"""Start-up: the application object, the interpreter's settings, the first window."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app.desktop import icon_source
from app.file_dialogs import make_file_dialogs_roomy
from app.focus_ring import keep_focus_ring
from app.identity import move_back_doubled_data, set_identity
from app.language import install_language
from app.memory import limit_malloc_arenas
from app.restart import RESTARTED, relaunch
from app.screen_fit import SMALLEST_AREA, available_area
from app.theme import follow_color_scheme
from model.paths import APP_NAME

if TYPE_CHECKING:
    from app.main_window import MainWindow


def tune_interpreter() -> None:
    """Interpreter settings that keep the window smooth while training runs."""
    # A background thread (loading a model, the explorer's test set) holds the GIL in
    # 5 ms slices by default; hand it over every 1 ms so the event loop never waits long.
    sys.setswitchinterval(0.001)
    limit_malloc_arenas()  # a new thread per run must not mean a new arena (bench.soak)


def close_on_signals(window: MainWindow) -> None:
    """SIGTERM, SIGINT (Ctrl+C) and SIGHUP close ``window`` as its close button does.

    Without this a polite kill (a logout, ``kill``, Ctrl+C in the terminal) ended the
    process at once: settings unsaved, and the next start said the app had crashed and
    put the old drawing back on the canvas. Python runs a signal's handler only when it
    next runs Python code, so the signal is written to a socket Qt's event loop watches.
    """
    wake, woken = socket.socketpair()
    for end in (wake, woken):
        end.setblocking(False)
    signal.set_wakeup_fd(woken.fileno(), warn_on_full_buffer=False)
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, lambda *_: None)  # the wake-up byte is the message
    notifier = QSocketNotifier(wake.fileno(), QSocketNotifier.Type.Read, window)
    sockets = (wake, woken)  # open as long as the closure below lives

    def close() -> None:
        sockets[0].recv(64)
        for other in QApplication.topLevelWidgets():  # a dialog open over the window
            if other is not window and other.isVisible():
                other.close()
        window.close_without_asking()

    notifier.activated.connect(close)


def show_first(window: QWidget) -> None:
    """Show the main window; on a netbook's screen (narrower than 1280 px) maximised.

    There every pixel counts: at 90 % of a 1024 px screen the German canvas got 377 px.
    """
    if available_area(window).width() < SMALLEST_AREA.width():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    window.show()


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
    make_file_dialogs_roomy(app)
    keep_focus_ring(app)  # after a dialog, where the keyboard is shows again
    follow_color_scheme(app)
    move_back_doubled_data(app_data_dir())  # where the last version kept them
    remove_abandoned_runs(app_data_dir() / "checkpoints")  # what a crash left of a run
    window = MainWindow(restarted=os.environ.pop(RESTARTED, None) == "1")
    show_first(window)
    close_on_signals(window)
    code = app.exec()
    if window.restart_wanted and not relaunch():
        logging.getLogger(__name__).error("Digit Canvas could not start again")
    return code
