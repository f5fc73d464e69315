"""Test-wide settings and fixtures.

- Qt runs offscreen and TensorFlow is quiet: the environment defaults below are
  set before anything imports Qt or TensorFlow.
- Every test fails if it leaves a QThread running (``fail_on_dangling_qthreads``).
- QSettings never touch the real user's settings (session-wide, automatic).
- ``tmp_app_dirs`` (opt-in) points the app's data, cache and config folders,
  Qt's QStandardPaths and HOME at a temporary folder.  It is not automatic on
  purpose: the MNIST cache (about 50 MB) lives in the real cache folder and is
  fetched once for the whole suite, so only tests that need isolated folders
  should pay for a fresh, empty one.
- Hypothesis: no per-example deadline (TensorFlow's first calls are slow);
  derandomised on CI (CI=true) so that a run can be repeated exactly.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Before any Qt or TensorFlow import (pytest imports this file before the tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
if not os.environ.get("XDG_RUNTIME_DIR"):
    # Qt warns on every start without it; it must be private to the user.
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="digit-canvas-runtime-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QThread  # noqa: E402

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

TEST_APP_NAME = "digit-canvas-tests"
REPO_ROOT = Path(__file__).resolve().parent.parent

# Threads still running after a failed test are kept referenced here forever:
# letting Python delete a running QThread aborts the whole process.
_LEAKED_THREADS: list[QThread] = []


# --- QSettings isolation (session, automatic) -----------------------------------


@pytest.fixture(autouse=True, scope="session")
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Send every QSettings of the session to a temporary folder, under a test name.

    Yields:
        The folder that holds the settings files.
    """
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName(TEST_APP_NAME)
    QCoreApplication.setApplicationName(TEST_APP_NAME)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder / scope.name))
    yield folder


# --- dangling QThreads (every test, automatic) ------------------------------------


def _started_at() -> str:
    """The innermost frame in this repository that called QThread.start()."""
    frame = sys._getframe(2)
    place = f"{frame.f_code.co_filename}:{frame.f_lineno}"
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(str(REPO_ROOT)) and filename != __file__:
            return f"{filename}:{frame.f_lineno}"
        frame = frame.f_back
    return place


def _is_running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # the C++ object is already deleted, so it is not running
        return False


def _wait_briefly(thread: QThread, msecs: int) -> None:
    """Wait for a thread that is finishing (``finished`` is emitted before isRunning() flips).

    Events are processed meanwhile, so a thread that needs the main thread to finish
    (a queued or blocking-queued signal) is not deadlocked by the wait.
    """
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(msecs)
    app = QCoreApplication.instance()
    while _is_running(thread) and not deadline.hasExpired():
        if app is not None:
            app.processEvents()
        thread.wait(10)


@pytest.fixture(autouse=True)
def fail_on_dangling_qthreads() -> Iterator[None]:
    """Fail the test if a QThread it started is still running when it ends.

    QThread.start is wrapped to remember each thread and where it was started.
    After the test (and after qtbot has closed its widgets), a thread still
    running gets one second to finish by itself; if it does not, it is asked to
    stop (requestInterruption, quit), waited for, and the test fails naming the
    line that started it.  Stop and wait for your threads in the test, or in
    the widget's close/cleanup code.
    """
    started: list[tuple[QThread, str]] = []
    original_start = QThread.start

    def tracking_start(self: QThread, *args: object, **kwargs: object) -> None:
        started.append((self, _started_at()))
        original_start(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QThread, "start", tracking_start)
        yield

    dangling = []
    for thread, where in started:
        _wait_briefly(thread, 1000)
        if _is_running(thread):
            dangling.append((thread, where))
    started.clear()
    if not dangling:
        return
    for thread, _ in dangling:
        thread.requestInterruption()
        thread.quit()
        _wait_briefly(thread, 5000)
        if _is_running(thread):
            _LEAKED_THREADS.append(thread)
    lines = "\n".join(f"  - {type(t).__name__} started at {where}" for t, where in dangling)
    pytest.fail(
        f"{len(dangling)} QThread(s) still running after the test:\n{lines}\n"
        "A test must stop and wait for every thread it starts (cancel the worker, then "
        "qtbot.waitUntil(lambda: not thread.isRunning()) or thread.wait()).",
        pytrace=False,
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Give leaked threads a last chance to end: Qt aborts if one is deleted while running."""
    for thread in _LEAKED_THREADS:
        _wait_briefly(thread, 10_000)


# --- temporary app folders (opt-in) -----------------------------------------------


@dataclass(frozen=True)
class AppDirs:
    """The temporary folders that ``tmp_app_dirs`` sets up."""

    home: Path
    data: Path
    cache: Path
    config: Path


@pytest.fixture
def tmp_app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppDirs]:
    """Point HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_CONFIG_HOME and QStandardPaths at tmp.

    QStandardPaths' test mode ignores the XDG variables and uses
    ``$HOME/.qttest/{share,cache,config}``, so HOME moves too and the XDG variables
    point at those same folders: model.paths (XDG) and the app (QStandardPaths)
    agree.  Everything under HOME is empty, including the MNIST caches
    (the app's and ~/.keras), so a test that loads MNIST here fetches it again.

    Yields:
        The folders (all exist).
    """
    home = tmp_path / "home"
    qttest = home / ".qttest"
    dirs = AppDirs(
        home=home, data=qttest / "share", cache=qttest / "cache", config=qttest / "config"
    )
    for folder in (dirs.data, dirs.cache, dirs.config):
        folder.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs.data))
    monkeypatch.setenv("XDG_CACHE_HOME", str(dirs.cache))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs.config))
    QStandardPaths.setTestModeEnabled(True)
    try:
        yield dirs
    finally:
        QStandardPaths.setTestModeEnabled(False)


# --- MNIST for tests that redirect the app's folders ------------------------------


@pytest.fixture(scope="session")
def mnist_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a verified ``mnist.npz`` (for MNIST_DIR / --data-dir)."""
    from model.data import save_npz_atomic
    from tests.helpers import mnist

    folder = tmp_path_factory.mktemp("mnist")
    save_npz_atomic(mnist(), folder / "mnist.npz")
    return folder


@pytest.fixture
def app_window(qtbot, tmp_app_dirs: AppDirs, mnist_folder: Path,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The main window on the bundled model, with empty user folders and MNIST at hand."""
    from app.main_window import MainWindow

    monkeypatch.setenv("MNIST_DIR", str(mnist_folder))
    window = MainWindow(data_dir=tmp_app_dirs.data / "digit-canvas")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.classifier is not None or bool(window.model_error),
                    timeout=60_000)
    assert window.model_error is None, window.model_error
    yield window
    window.training.stop_and_wait()
    window.close()
