"""app.background.run_in_thread: the result or the error reaches the GUI thread, however fast."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from app.background import run_in_thread

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

    thread = run_in_thread(fn, parent, on_result, failures.append, "test-call")
    qtbot.waitUntil(lambda: thread.isFinished() and bool(results or failures), timeout=10_000)
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
