"""bench.time_to_accuracy's headline: images and seconds to the target by the mean of the seeds."""

from __future__ import annotations

import pytest

from bench.time_to_accuracy import outcome


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
