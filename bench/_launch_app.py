"""A launcher for bench.startup: main.py's own path to the window, with timestamps.

Does what ``python main.py`` does (parse the command line with model.cli's
parser, then app.main_window.run_app's steps), and prints one JSON line of
``time.monotonic()`` stamps (system-wide, comparable with the parent's):
``started`` (this script began), ``imported`` (app.main_window imported),
``shown`` (window.show() returned), ``painted`` (first paint of the window's
canvas), ``ready`` (window.classifier set, model usable), then quits.

The data folder and settings are throw-away (``DIGIT_CANVAS_BENCH_DIR``), so the
bundled model is what loads, as on a first start.
"""

from __future__ import annotations

import json
import sys
import time

STAMPS = {"started": time.monotonic()}


def main() -> int:
    import os
    from pathlib import Path

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # as main.py does
    from model.cli import build_parser

    args = build_parser().parse_args([])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from app.main_window import APP_NAME, MainWindow

    STAMPS["imported"] = time.monotonic()
    folder = Path(os.environ["DIGIT_CANVAS_BENCH_DIR"])
    import logging

    logging.basicConfig(level=args.log_level.upper(),
                        format="%(levelname)s %(name)s: %(message)s")
    QApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(data_dir=folder / "data")

    class PaintWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in STAMPS:
                STAMPS["painted"] = time.monotonic()
            return False

    watcher = PaintWatcher()
    window.canvas.installEventFilter(watcher)
    window.show()
    STAMPS["shown"] = time.monotonic()

    def poll() -> None:
        if window.classifier is not None and "painted" in STAMPS:
            STAMPS["ready"] = time.monotonic()
            window.close()
            app.quit()
        elif time.monotonic() - STAMPS["started"] > 120:
            app.quit()
        else:
            QTimer.singleShot(2, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    print(json.dumps(STAMPS), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
