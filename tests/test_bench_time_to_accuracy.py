"""bench.time_to_accuracy: the headline (by the mean of the seeds), timed from each spawn."""

from __future__ import annotations

import dataclasses
import math

import pytest

from bench.common import stream_json_child
from bench.time_to_accuracy import outcome, run_from_lines


def run(accuracies: list[float], per_epoch: int = 60_000, seconds: float = 10.0) -> dict:
    epochs = [{"images": (k + 1) * per_epoch, "test_accuracy": a, "elapsed_s": (k + 1) * seconds}
              for k, a in enumerate(accuracies)]
    return {"epochs": epochs, "final": accuracies[-1]}


def test_first_epoch_where_the_mean_of_the_seeds_reaches_the_target() -> None:
    # Seed 1 alone reaches 0.995 at epoch 2, but the mean only at epoch 3.
    runs = [run([0.99, 0.995, 0.996, 0.997], seconds=10.0),
            run([0.98, 0.990, 0.995, 0.996], seconds=12.0)]
    result = outcome(runs, 0.995)
    assert result.reached_epoch == 3
    assert result.images == 180_000
    assert result.seconds == pytest.approx(33.0)  # mean of 30 and 36
    assert result.final == pytest.approx(0.9965)
    assert result.min_final == pytest.approx(0.996)  # the worst seed, not the mean


def test_never_reached_reports_all_images_and_the_whole_time() -> None:
    runs = [run([0.97, 0.98]), run([0.96, 0.99], seconds=20.0)]
    result = outcome(runs, 0.995)
    assert result.reached_epoch is None
    assert result.images == 120_000
    assert result.seconds == pytest.approx(30.0)
    assert result.final == pytest.approx(0.985)


def test_a_seed_is_timed_from_the_spawn_of_its_trainer_process() -> None:
    # The trainer's own events (main.py train --events), stamped in seconds since the spawn.
    from model.network.recipe import PRESETS

    config = dataclasses.replace(PRESETS["default"], seed=1, epochs=2)
    steps = math.ceil((55_000 + config.styles + config.negatives) / config.batch_size)
    lines = [(0.5, {"event": "started"}), (0.6, {"event": "status", "phase": "loading"}),
             (1.5, {"event": "status", "phase": "training"}),
             (6.0, {"event": "status", "phase": "preparing"}),
             (7.0, {"event": "progress", "total_steps": 2 * steps, "epochs": 2}),
             (29.0, {"event": "progress", "total_steps": 2 * steps, "epochs": 2}),
             (30.0, {"event": "epoch", "epoch": 1, "test_accuracy": 0.99}),
             (51.5, {"event": "progress", "total_steps": 2 * steps, "epochs": 2}),
             (53.0, {"event": "epoch", "epoch": 2, "test_accuracy": 0.995}),
             (55.0, {"event": "status", "phase": "saving"}),
             (56.0, {"event": "finished", "test_accuracy": 0.995})]
    run_ = run_from_lines(lines, config)
    assert [p["elapsed_s"] for p in run_["epochs"]] == [30.0, 53.0]  # the import included
    per_epoch = 55_000 + config.styles + config.negatives
    assert run_["exact_images"] and [p["images"] for p in run_["epochs"]] == [per_epoch,
                                                                              2 * per_epoch]
    assert run_["total_s"] == 55.0 and run_["save_s"] == 1.0  # the save is reported apart
    parts = run_["parts"]
    assert parts["interpreter_s"] == 0.5 and parts["load_s"] == 1.0
    assert parts["before_first_step_s"] == 5.5 and parts["calibration_s"] == 2.0
    assert parts["evaluations_s"] == pytest.approx(2.5)
    assert parts["steps_s"] == pytest.approx(43.5)
    assert sum(parts.values()) == pytest.approx(run_["total_s"])
    assert run_["final"] == 0.995 and outcome([run_], 0.995).seconds == 53.0


def test_child_lines_are_stamped_from_the_spawn_as_they_arrive() -> None:
    code = ("import json, time\n"
            "print(json.dumps({'event': 'a'}), flush=True)\n"
            "print('not json', flush=True)\n"
            "time.sleep(0.2)\n"  # the child's work, not the test's
            "print(json.dumps({'event': 'b'}), flush=True)\n")
    lines = stream_json_child(["-c", code])
    assert [line["event"] for _, line in lines] == ["a", "b"]
    (first, _), (second, _) = lines
    assert 0 < first < second and second - first >= 0.2  # the interpreter start counts too


def test_a_failing_child_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="exited 3"):
        stream_json_child(["-c", "raise SystemExit(3)"])
