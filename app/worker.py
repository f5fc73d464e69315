"""One worker abstraction for the in-process background jobs (superqt's shape).

A worker runs one function (:class:`FunctionWorker`) or one generator
(:class:`GeneratorWorker`) in a QThread of its own and reports with five
signals, always emitted in the thread that made the worker (the GUI thread),
so any slot or plain function connected to them may touch widgets:

    started   the job began
    yielded   a value a generator yielded (GeneratorWorker only)
    returned  the function's return value (not emitted after quit())
    errored   the exception's message (the job raised)
    finished  always last, whatever happened

Connect before :meth:`WorkerBase.start`. Cancelling is cooperative:
:meth:`WorkerBase.quit` asks; a generator is stopped between two yields, and a
function may poll :meth:`WorkerBase.abort_requested`. :class:`LatestRun` runs
at most one worker at a time, a new request superseding the running one.

The trainer (app/trainer.py) is a process, not a thread, and speaks the same
vocabulary where it fits (started, finished).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Body(QObject):
    """Lives in the worker thread and runs the job; its signals cross to the worker."""

    started = Signal()
    yielded = Signal(object)
    returned = Signal(object)
    errored = Signal(str)
    done = Signal()

    def __init__(self, work: Callable[[_Body], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        """Run the job and report; ``done`` always comes last."""
        self.started.emit()
        try:
            self._work(self)
        except Exception as exc:  # noqa: BLE001 - reported to the person; the app stays open
            log.exception("background job failed")
            self.errored.emit(str(exc) or type(exc).__name__)
        finally:
            self.done.emit()


class WorkerBase(QObject):
    """A job in a thread of its own, reported by signals in the thread that made it."""

    started = Signal()
    yielded = Signal(object)
    returned = Signal(object)
    errored = Signal(str)
    finished = Signal()

    def __init__(self, name: str = "worker", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._abort = threading.Event()
        self._thread: QThread | None = None
        self._body: _Body | None = None
        self._finished = False

    def work(self, body: _Body) -> None:
        """Run the job in the worker thread, emitting on ``body`` (subclasses)."""
        raise NotImplementedError

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        """Start the job (once); connect to the signals before this."""
        if self._thread is not None:
            raise RuntimeError("a worker runs once")
        thread = QThread()
        thread.setObjectName(self.name)
        body = _Body(self.work)
        body.moveToThread(thread)
        # Queued to this object (GUI thread): every receiver runs there.
        body.started.connect(self.started)
        body.yielded.connect(self.yielded)
        body.returned.connect(self.returned)
        body.errored.connect(self.errored)
        thread.started.connect(body.run)
        # Direct: quit() must run even while the GUI thread is blocked in wait().
        body.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._body = thread, body
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: never let the app quit under a running thread
            app.aboutToQuit.connect(self.wait)
        thread.start(priority)

    def quit(self) -> None:
        """Ask the job to stop (cooperative; any thread)."""
        self._abort.set()

    def abort_requested(self) -> bool:
        """Whether :meth:`quit` was called (the job polls this; any thread)."""
        return self._abort.is_set()

    def is_running(self) -> bool:
        """From :meth:`start` until ``finished``."""
        return self._thread is not None and not self._finished

    def is_finished(self) -> bool:
        """Whether ``finished`` has been emitted."""
        return self._finished

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread has ended (signals still queued come later)."""
        return self._thread is None or self._thread.wait(timeout_ms)

    @Slot()
    def _on_thread_finished(self) -> None:
        # The body goes here, in this thread, once its thread has ended. Deleted in its own
        # thread (deleteLater) its destructor held Qt's connection lock and waited for the
        # GIL, while this thread held the GIL and waited for that lock (disconnect below):
        # a deadlock, seen once in a CI run.
        self._thread.wait()
        self._body = None
        self._finished = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.wait)
        self.finished.emit()


class FunctionWorker(WorkerBase):
    """Runs ``fn()`` in a thread: ``returned`` its value, or ``errored``."""

    def __init__(self, fn: Callable[[], object], name: str = "worker",
                 parent: QObject | None = None) -> None:
        super().__init__(name, parent)
        self._fn = fn

    def work(self, body: _Body) -> None:
        """Call the function (worker thread)."""
        value = self._fn()
        if not self.abort_requested():
            body.returned.emit(value)


class GeneratorWorker(WorkerBase):
    """Runs a generator: ``yielded`` per value, ``returned`` its return value.

    :meth:`quit` stops it at the next yield (then nothing is returned).
    """

    def __init__(self, generator: Callable[[], Generator[object, None, object]],
                 name: str = "worker", parent: QObject | None = None) -> None:
        super().__init__(name, parent)
        self._generator = generator

    def work(self, body: _Body) -> None:
        """Step through the generator (worker thread)."""
        steps = self._generator()
        while True:
            if self.abort_requested():
                steps.close()
                return
            try:
                value = next(steps)
            except StopIteration as stop:
                body.returned.emit(stop.value)
                return
            body.yielded.emit(value)


def run_in_thread(fn: Callable[[], object], parent: QObject,
                  on_returned: Callable[[object], None], on_errored: Callable[[str], None],
                  name: str) -> FunctionWorker:
    """Start ``fn`` in a thread; the callbacks run in the GUI thread. Wait for it at close."""
    worker = FunctionWorker(fn, name, parent)
    worker.returned.connect(on_returned)
    worker.errored.connect(on_errored)
    worker.start()
    return worker


class LatestRun(QObject):
    """At most one worker at a time; a new request supersedes the running one.

    ``start(make_worker)`` while a worker runs asks it to quit and starts the
    new one once the old has finished. Only the latest request's ``returned``
    or ``errored`` is passed on.
    """

    returned = Signal(object)
    errored = Signal(str)
    runningChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: WorkerBase | None = None
        self._pending: Callable[[], WorkerBase] | None = None
        self.job = 0  # the latest request

    def is_running(self) -> bool:
        """True from ``start`` until the last worker has finished."""
        return self._worker is not None

    def start(self, make_worker: Callable[[], WorkerBase]) -> int:
        """Run the worker ``make_worker()`` makes; returns this request's job number."""
        self.job += 1
        if self._worker is None:
            self._launch(make_worker)
        else:
            self._pending = make_worker
            self._worker.quit()
        return self.job

    def cancel(self) -> None:
        """Discard the current and pending requests (their results are not passed on)."""
        self.job += 1
        self._pending = None
        if self._worker is not None:
            self._worker.quit()

    def stop_and_wait(self, timeout_ms: int = 30_000) -> bool:
        """Cancel, drop any pending request, and block until the worker's thread has ended."""
        self._pending = None
        worker = self._worker
        if worker is None:
            return True
        worker.quit()
        ended = worker.wait(timeout_ms)
        if ended:
            self._end_current(restart=False)
        return ended

    def _launch(self, make_worker: Callable[[], WorkerBase]) -> None:
        job = self.job
        worker = make_worker()
        worker.setParent(self)  # alive until its queued ``finished`` has arrived
        worker.returned.connect(lambda value: self._pass_on(job, self.returned, value))
        worker.errored.connect(lambda message: self._pass_on(job, self.errored, message))
        worker.finished.connect(lambda: self._on_finished(worker))
        was_running = self._worker is not None
        self._worker = worker
        worker.start(QThread.Priority.LowPriority)
        if not was_running:
            self.runningChanged.emit(True)

    def _pass_on(self, job: int, signal: Signal, value: object) -> None:
        if job == self.job:
            signal.emit(value)

    def _on_finished(self, worker: WorkerBase) -> None:
        worker.deleteLater()
        if worker is self._worker:  # not one that stop_and_wait() already let go
            self._end_current(restart=True)

    def _end_current(self, restart: bool) -> None:
        self._worker = None
        pending, self._pending = self._pending, None
        if restart and pending is not None:
            self._launch(pending)
        else:
            self.runningChanged.emit(False)
