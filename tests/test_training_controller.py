"""TrainingController: every message of a run reaches its listeners, however fast the run ends.

The worst case for a listener is a run that has already ended when ``start()``
returns (a failure at once, or a very short run on a busy machine); the
``worst_case_timing`` fixture (conftest) makes every run end that early.
"""

from __future__ import annotations

import pytest

from app.training_worker import TrainingController, TrainingJob
from model.data import MnistError
from model.train import TrainConfig
from tests.helpers import mnist

pytestmark = pytest.mark.gui

SHORT = TrainConfig(epochs=1, batch_size=64, learning_rate=2e-3, train_limit=128, seed=0,
                    augment=False)


@pytest.fixture
def controller(qtbot) -> TrainingController:
    made = TrainingController()
    yield made
    made.stop_and_wait()


def record(controller: TrainingController) -> list[tuple[str, object]]:
    """Every signal the controller emits, in order, connected before any run."""
    seen: list[tuple[str, object]] = []
    for name in ("status", "dataLoaded", "step", "epochEnded", "succeeded", "failed"):
        getattr(controller, name).connect(lambda value, name=name: seen.append((name, value)))
    controller.cancelled.connect(lambda: seen.append(("cancelled", None)))
    controller.finished.connect(lambda: seen.append(("finished", None)))
    return seen


def test_a_run_that_fails_at_once_is_heard(controller, qtbot, worst_case_timing, monkeypatch,
                                           tmp_path):
    import model.data as data_module

    def no_data(*args, **kwargs):
        raise MnistError("MNIST could not be loaded from any source: none here")

    monkeypatch.setattr(data_module, "load_mnist", no_data)
    seen = record(controller)
    assert controller.start(TrainingJob(SHORT, tmp_path / "checkpoints")) is not None
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=10_000)
    assert seen == [("failed", "MNIST could not be loaded from any source: none here"),
                    ("finished", None)]
    assert not (tmp_path / "checkpoints").exists()


def test_a_whole_run_before_start_returns_delivers_every_event_in_order(
        controller, qtbot, worst_case_timing, tmp_path):
    seen = record(controller)
    assert controller.start(TrainingJob(SHORT, tmp_path / "checkpoints")) is not None
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=120_000)
    names = [name for name, _ in seen]
    # Loading announces each source tried; then the two 64-image steps, the epoch, the save.
    loading = [value for name, value in seen if name == "status" and "Loading MNIST" in value]
    assert loading and names.index("dataLoaded") == len(loading)
    assert names[len(loading) + 1:] == ["status", "step", "step", "epochEnded", "status",
                                        "succeeded", "finished"]
    assert seen[len(loading) + 1] == ("status", "Training...")
    assert [value.step for name, value in seen if name == "step"] == [1, 2]
    assert ("status", "Saving checkpoint...") in seen
    result = dict(seen)["succeeded"]
    assert result.path.parent == tmp_path / "checkpoints" and result.path.is_dir()
    assert dict(seen)["epochEnded"].test_accuracy == result.metadata["test_accuracy"]


def test_cancel_before_the_first_step_is_heard(controller, qtbot, tmp_path, monkeypatch):
    import model.data as data_module

    seen = record(controller)
    job = TrainingJob(SHORT, tmp_path / "checkpoints")
    # The cancel lands while the data loads: the worker checks it before training.
    monkeypatch.setattr(data_module, "load_mnist",
                        lambda *args, **kwargs: (controller.cancel(), mnist())[1])
    assert controller.start(job) is not None
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=60_000)
    assert [name for name, _ in seen] == ["dataLoaded", "cancelled", "finished"]
    assert not (tmp_path / "checkpoints").exists()


def test_a_second_start_while_running_is_refused(controller, qtbot, tmp_path, monkeypatch):
    import threading

    import model.data as data_module

    release = threading.Event()

    def held(*args, **kwargs):
        release.wait(60)
        return mnist()

    monkeypatch.setattr(data_module, "load_mnist", held)
    seen = record(controller)
    first = controller.start(TrainingJob(SHORT, tmp_path / "a"))
    assert first is not None and controller.is_running()
    assert controller.start(TrainingJob(SHORT, tmp_path / "b")) is None
    controller.cancel()
    release.set()
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=60_000)
    assert [name for name, _ in seen] == ["dataLoaded", "cancelled", "finished"]
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
