"""The search for where touching digits meet, off the GUI thread, in one thread for good.

Scoring dozens of candidate parts held the window up 25-200 ms on the GUI
thread (bench.ui_responsiveness). One thread, started on the first search
and stopped with the session, reads every drawing in turn and skips those a
newer one has overtaken (a thread per wide drawing raised bench.soak's
memory trend more).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from model.data.number import read_number

log = logging.getLogger(__name__)


class _Reader(QObject):
    """Lives in the search thread."""

    done = Signal(int, object)  # job, the Reading (None: it failed or was overtaken)

    def __init__(self, search: CutSearch) -> None:
        super().__init__()
        self._search = search

    @Slot(int, object, object, object)
    def read(self, job: int, image: object, classifier: object, strokes: object) -> None:
        reading = None
        if job == self._search.job:  # else a newer drawing has come: skip the work
            try:
                reading = read_number(image, classifier, strokes, True)
            except Exception:  # noqa: BLE001 - the quick reading stays on screen
                log.exception("searching where the digits meet failed")
        self.done.emit(job, reading)


class CutSearch(QObject):
    """Reads drawings with the cut search, the newest request only.

    Signals:
        found(reading): the searched reading of the latest request.
        failed: the latest request could not be read (the log says why).
    """

    found = Signal(object)
    failed = Signal()
    _request = Signal(int, object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = 0  # the latest request; read across threads (one int: atomic)
        self._in_flight = 0
        self._thread: QThread | None = None
        self._reader: _Reader | None = None

    def start(self, image: object, classifier: object, strokes: object) -> None:
        """Search this drawing; any earlier request's answer is dropped."""
        if self._thread is None:
            self._thread = QThread(objectName="cut-search")
            self._reader = _Reader(self)  # kept: Python owns it
            self._reader.moveToThread(self._thread)
            self._request.connect(self._reader.read)  # queued: it runs in the search thread
            self._reader.done.connect(self._on_done)
            app = QCoreApplication.instance()
            if app is not None:  # a safety net: never let the app quit under a running thread
                app.aboutToQuit.connect(self.stop)
            self._thread.start(QThread.Priority.LowPriority)
        self.job += 1
        self._in_flight += 1
        self._request.emit(self.job, image, classifier, strokes)

    def cancel(self) -> None:
        """Drop the answer of any request made so far."""
        self.job += 1

    def idle(self) -> bool:
        """Whether no request is waiting or being read."""
        return self._in_flight == 0

    @Slot()
    def stop(self) -> None:
        """Drop every request and end the thread (waits for a search under way)."""
        self.job += 1
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread, self._reader, self._in_flight = None, None, 0

    def _on_done(self, job: int, reading: object) -> None:
        self._in_flight -= 1
        if job != self.job:
            return
        if reading is None:
            self.failed.emit()
        else:
            self.found.emit(reading)
