"""bench.time_to_accuracy: the headline (by the mean of the seeds), timed from each spawn."""

from __future__ import annotations

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


def test_never_reached_reports_all_images_and_the_whole_time() -> None:
    runs = [run([0.97, 0.98]), run([0.96, 0.99], seconds=20.0)]
    result = outcome(runs, 0.995)
    assert result.reached_epoch is None
    assert result.images == 120_000
    assert result.seconds == pytest.approx(30.0)
    assert result.final == pytest.approx(0.985)


def test_a_seed_is_timed_from_the_spawn_of_its_process() -> None:
    # Stamps as bench.common.stream_json_child gives them: seconds since the spawn.
    lines = [(0.05, {"event": "started"}), (4.0, {"event": "imported"}),
             (5.0, {"event": "loaded"}), (7.0, {"event": "first_step"}),
             (30.0, {"event": "epoch", "epoch": 1, "test_accuracy": 0.99, "eval_s": 1.0}),
             (53.0, {"event": "epoch", "epoch": 2, "test_accuracy": 0.995, "eval_s": 1.5}),
             (55.0, {"event": "finished", "final": 0.995}),
             (58.0, {"event": "result", "seed": 1, "images_per_epoch": 60_000,
                     "exact_images": True, "recipe": {}})]
    run_ = run_from_lines(lines)
    assert [p["elapsed_s"] for p in run_["epochs"]] == [30.0, 53.0]  # the import included
    assert [p["images"] for p in run_["epochs"]] == [60_000, 120_000]
    assert run_["total_s"] == 55.0  # the end of training, not the untimed count after it
    parts = run_["parts"]
    assert parts["import_s"] == pytest.approx(3.95) and parts["load_s"] == 1.0
    assert parts["before_first_step_s"] == 2.0 and parts["calibration_s"] == 2.0
    assert parts["evaluations_s"] == 2.5 and parts["steps_s"] == pytest.approx(43.5)
    assert sum(parts.values()) == pytest.approx(run_["total_s"])
    assert outcome([run_], 0.995).seconds == 53.0


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
