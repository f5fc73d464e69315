"""Run one function in a QThread and deliver its result as a signal (never touching widgets)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


class Call(QObject):
    """Calls ``fn`` in whatever thread it is moved to."""

    result = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self.fn = fn

    @Slot()
    def run(self) -> None:
        """Call the function; report its result or its error."""
        try:
            self.result.emit(self.fn())
        except Exception as exc:  # noqa: BLE001 - shown to the person; the app stays open
            log.exception("background call failed")
            self.failed.emit(str(exc) or type(exc).__name__)
        finally:
            self.done.emit()


class _Deliver(QObject):
    """Hands a call's outcome to plain callbacks in the thread this object lives in.

    A plain function connected to a worker's signal has no thread of its own, and
    PySide may call it in the worker thread; a receiver QObject makes the
    connection queued to the GUI thread, whoever the callbacks are.
    """

    def __init__(self, on_result: Callable[[object], None], on_failed: Callable[[str], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._on_result, self._on_failed = on_result, on_failed

    @Slot(object)
    def result(self, value: object) -> None:
        """Pass the result on."""
        self._on_result(value)

    @Slot(str)
    def failed(self, message: str) -> None:
        """Pass the error message on."""
        self._on_failed(message)


def run_in_thread(
    fn: Callable[[], object],
    parent: QObject,
    on_result: Callable[[object], None],
    on_failed: Callable[[str], None],
    name: str,
) -> QThread:
    """Start ``fn`` in a new thread; the callbacks run in ``parent``'s (the GUI) thread.

    The caller keeps the returned thread and waits for it before closing.
    """
    thread = QThread(parent)
    thread.setObjectName(name)
    call = Call(fn)
    call.moveToThread(thread)
    deliver = _Deliver(on_result, on_failed, thread)  # connected before the start
    call.result.connect(deliver.result)
    call.failed.connect(deliver.failed)
    thread.started.connect(call.run)
    # Direct: quit() must run even if the GUI thread is blocked waiting for this thread.
    call.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(call.deleteLater)
    thread.call = call  # keep the worker alive as long as the thread
    thread.start()
    return thread
