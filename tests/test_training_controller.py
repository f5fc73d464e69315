"""TrainingController: the trainer process's events reach the window, whatever the child does.

Each test starts the real trainer (``main.py train --events``) on a few MNIST
images; ``use_trainer_fault`` makes it fail, hang or crash at a chosen place.
"""

from __future__ import annotations

import logging
import re
import time

import pytest
from PySide6.QtCore import QProcess

from app.trainer import TrainingController, TrainingJob
from model.network.recipe import TrainConfig
from tests.window_driver import use_trainer_fault

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
    for name in ("status", "step", "epochEnded", "snapshot", "succeeded", "failed"):
        getattr(controller, name).connect(lambda value, name=name: seen.append((name, value)))
    controller.cancelled.connect(lambda: seen.append(("cancelled", None)))
    controller.finished.connect(lambda: seen.append(("finished", None)))
    return seen


def wait_idle(qtbot, controller: TrainingController, timeout: int = 120_000) -> None:
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=timeout)


def test_a_whole_run_delivers_every_event_in_order(controller, qtbot, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="app.trainer")
    seen = record(controller)
    job = TrainingJob(SHORT, tmp_path / "checkpoints", snapshot_every=1)
    assert controller.start(job) is not None
    wait_idle(qtbot, controller)
    names = [name for name, _ in seen]
    loading = [value for name, value in seen if name == "status" and "Loading MNIST" in value]
    assert loading and names[: len(loading)] == ["status"] * len(loading)
    # Then the two 64-image steps (a snapshot before and after each), the epoch, the save.
    assert names[len(loading):] == ["status", "snapshot", "step", "snapshot", "step", "snapshot",
                                    "epochEnded", "status", "succeeded", "finished"]
    assert seen[len(loading)] == ("status", "Training...")
    assert [value.step for name, value in seen if name == "step"] == [1, 2]
    assert [value.step for name, value in seen if name == "snapshot"] == [0, 1, 2]
    assert ("status", "Saving checkpoint...") in seen
    result = dict(seen)["succeeded"]
    assert result.path.parent == tmp_path / "checkpoints" and result.path.is_dir()
    assert isinstance(result.model, dict) and result.model["w_d1"].shape[1] == SHORT.hidden
    assert dict(seen)["epochEnded"].test_accuracy == result.metadata["test_accuracy"]
    # The log says what happened, in the documented words.
    logged = [r.getMessage() for r in caplog.records if r.getMessage().startswith("training:")]
    assert logged[0] == "training: started kind=retrain"
    # The finished line comes once the window has compared it with the model in use
    # (app/adoption.py; tests/test_retrain.py).
    assert re.fullmatch(r"training: progress epoch=1/1 step=2 images_per_s=\d+", logged[-1])
    # Nothing is left behind: no staging folder, no snapshot files.
    assert sorted(p.name for p in (tmp_path / "checkpoints").iterdir()) == [result.path.name]


def test_a_run_compared_with_the_model_in_use_brings_both_scores_and_keeps_that_one(
        controller, qtbot, tmp_path):
    from model.network.checkpoints import BUNDLED_DIR, CheckpointStore

    seen = record(controller)
    store = CheckpointStore(tmp_path / "checkpoints", keep=1)
    job = TrainingJob(SHORT, store.root, compare_with=BUNDLED_DIR, keep=1)
    assert controller.start(job) is not None
    wait_idle(qtbot, controller)
    result = dict(seen)["succeeded"]
    # Both on the same 5,000 held-out digits (the bundled model's validation split).
    assert result.compared == result.metadata["comparison"]
    assert (result.compared["split"], result.compared["images"]) == ("validation", 5000)
    assert result.compared["previous"] == "bundled"
    assert result.compared["previous_accuracy"] > 0.99 > result.compared["accuracy"]
    # Which digits each alone reads right: what tells a difference from chance.
    compared = result.compared
    assert compared["only_new"] - compared["only_previous"] == round(
        (compared["accuracy"] - compared["previous_accuracy"]) * 5000)
    assert compared["only_previous"] > compared["only_new"]
    assert result.metadata["held_out"] == 60_000 - SHORT.train_limit
    assert [row["epoch"] for row in result.metadata["history"]] == [1]
    assert result.metadata["kind"] == "retrain"
    # Keeping the new one did not change which model is in use.
    assert store.chosen() == "bundled"


@pytest.mark.faults
def test_a_run_that_fails_at_once_is_heard(controller, qtbot, tmp_path, monkeypatch):
    use_trainer_fault(monkeypatch, "no-mnist")
    seen = record(controller)
    assert controller.start(TrainingJob(SHORT, tmp_path / "checkpoints")) is not None
    wait_idle(qtbot, controller)
    name, message = seen[-2]
    assert name == "failed" and message.startswith("MNIST could not be loaded")
    assert "--data-dir" in message and seen[-1] == ("finished", None)
    assert not (tmp_path / "checkpoints").exists()


@pytest.mark.faults
def test_cancel_while_loading_is_heard_within_a_second(controller, qtbot, tmp_path,
                                                       monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="app.trainer")
    # The child hangs where it cannot look at the cancel flag: it is ended after the grace.
    marker = tmp_path / "loading"
    use_trainer_fault(monkeypatch, "hang-in-load", marker)
    seen = record(controller)
    assert controller.start(TrainingJob(SHORT, tmp_path / "checkpoints")) is not None
    qtbot.waitUntil(marker.exists, timeout=60_000)
    asked = time.monotonic()
    controller.cancel()
    wait_idle(qtbot, controller, timeout=10_000)
    # One second of grace, then a kill (generous bound: a loaded machine is slow to reap).
    assert time.monotonic() - asked < 10.0
    assert [name for name, _ in seen][-2:] == ["cancelled", "finished"]
    assert not (tmp_path / "checkpoints").exists()
    assert "training: cancelled" in caplog.messages


@pytest.mark.faults
def test_cancel_between_steps_stops_the_child_cleanly(controller, qtbot, tmp_path):
    seen = record(controller)
    # One long epoch: the cancel lands between steps, never in an epoch's evaluation.
    long = TrainConfig(epochs=1, batch_size=64, train_limit=20_000, seed=0, augment=False)
    assert controller.start(TrainingJob(long, tmp_path / "checkpoints")) is not None
    qtbot.waitUntil(lambda: sum(name == "step" for name, _ in seen) >= 2, timeout=60_000)
    ends = []
    controller.process.finished.connect(lambda code, status: ends.append((code, status)))
    controller.cancel()
    wait_idle(qtbot, controller, timeout=10_000)
    assert ends == [(0, QProcess.ExitStatus.NormalExit)]  # it stopped by itself, not killed
    assert [name for name, _ in seen][-2:] == ["cancelled", "finished"]
    assert not (tmp_path / "checkpoints").exists()


@pytest.mark.faults
def test_a_second_start_while_running_is_refused(controller, qtbot, tmp_path, monkeypatch):
    use_trainer_fault(monkeypatch, "hang-in-load", tmp_path / "loading")
    seen = record(controller)
    assert controller.start(TrainingJob(SHORT, tmp_path / "a")) is not None
    assert controller.is_running()
    assert controller.start(TrainingJob(SHORT, tmp_path / "b")) is None
    controller.cancel()
    wait_idle(qtbot, controller, timeout=10_000)
    assert [name for name, _ in seen][-2:] == ["cancelled", "finished"]
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


@pytest.mark.faults
@pytest.mark.parametrize("fault", ["crash-at-start", "crash-in-load", "crash-mid-epoch",
                                   "crash-in-save"])
def test_a_crashing_trainer_is_a_failure_in_plain_words(controller, qtbot, tmp_path,
                                                        monkeypatch, fault, caplog):
    caplog.set_level(logging.INFO, logger="app.trainer")
    use_trainer_fault(monkeypatch, fault)
    seen = record(controller)
    assert controller.start(TrainingJob(SHORT, tmp_path / "checkpoints")) is not None
    wait_idle(qtbot, controller)
    name, message = seen[-2]
    assert name == "failed" and message.startswith("Training was stopped before it finished")
    assert seen[-1] == ("finished", None)
    assert "succeeded" not in [name for name, _ in seen]
    assert "training: failed reason=Training was stopped before it finished." in caplog.messages
    assert not (tmp_path / "checkpoints").exists()  # the half-written save is gone too
