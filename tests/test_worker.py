"""app.worker: the result, the error and every signal reach the GUI thread, however fast."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt

from app.worker import GeneratorWorker, LatestRun, run_in_thread

pytestmark = pytest.mark.gui


@pytest.fixture(params=["usual", "the call ends before start() returns"])
def timing(request):
    if request.param != "usual":
        request.getfixturevalue("worst_case_timing")
    return request.param


def run(qtbot, fn):
    parent = QObject()
    results, failures, threads = [], [], []

    def on_result(value):
        threads.append(threading.current_thread())
        results.append(value)

    worker = run_in_thread(fn, parent, on_result, failures.append, "test-call")
    qtbot.waitUntil(lambda: worker.is_finished() and bool(results or failures), timeout=10_000)
    return results, failures, threads


def test_a_result_reaches_the_gui_thread(qtbot, timing):
    results, failures, threads = run(qtbot, lambda: 42)
    assert results == [42] and failures == []
    assert threads == [threading.main_thread()]  # widgets may be touched from the callback


def test_an_error_reaches_the_gui_thread_as_a_message(qtbot, timing):
    def broken():
        raise OSError("the disk went away")

    results, failures, _ = run(qtbot, broken)
    assert results == [] and failures == ["the disk went away"]


def test_a_generator_reports_in_order_in_the_gui_thread(qtbot, timing):
    def steps():
        yield 1
        yield 2
        return "done"

    worker = GeneratorWorker(steps, "test-generator")
    seen, threads = [], []

    def record(what):
        def slot(*value):
            threads.append(threading.current_thread())
            seen.append((what, *value))
        return slot

    for name in ("started", "yielded", "returned", "errored", "finished"):
        getattr(worker, name).connect(record(name))
    worker.start()
    qtbot.waitUntil(worker.is_finished, timeout=10_000)
    assert seen == [("started",), ("yielded", 1), ("yielded", 2), ("returned", "done"),
                    ("finished",)]
    assert set(threads) == {threading.main_thread()}


def test_a_quit_generator_returns_nothing(qtbot):
    gate = threading.Event()

    def steps():
        gate.wait(10)
        yield 1
        yield 2
        return "done"

    worker = GeneratorWorker(steps, "test-quit")
    returned = []
    worker.returned.connect(returned.append)
    worker.start()
    worker.quit()
    gate.set()
    qtbot.waitUntil(worker.is_finished, timeout=10_000)
    assert returned == []


def test_latest_run_passes_on_only_the_latest_request(qtbot):
    from app.worker import FunctionWorker

    gate = threading.Event()
    runner = LatestRun()
    returned = []
    runner.returned.connect(returned.append)
    runner.start(lambda: FunctionWorker(lambda: gate.wait(10) and "old", "test-old"))
    runner.start(lambda: FunctionWorker(lambda: "new", "test-new"))
    gate.set()
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=10_000)
    assert returned == ["new"]


def test_the_job_s_object_is_deleted_in_the_gui_thread_after_its_thread_ended(qtbot):
    # Deleted in the worker thread it took Qt's connection lock, then waited for the
    # GIL, which the GUI thread held while waiting for that lock: a CI run hung.
    from app.worker import FunctionWorker

    worker = FunctionWorker(lambda: "done", "test-delete")
    deleted_in = []
    worker.start()
    worker._body.destroyed.connect(lambda: deleted_in.append(threading.current_thread()),
                                   Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(worker.is_finished, timeout=10_000)
    assert deleted_in == [threading.main_thread()]
