"""Weight snapshots during training: taken between steps, as independent copies."""

import dataclasses

import numpy as np

from model.network.convnet import ConvNet
from model.network.train import Finished, Snapshot, Step, TrainConfig, train
from tests.helpers import mnist

TEN_STEPS = TrainConfig(epochs=1, batch_size=64, learning_rate=3e-3, train_limit=640, seed=0,
                        augment=False)


def test_snapshots_come_every_n_steps_and_are_copies_that_training_does_not_change():
    start = ConvNet(seed=3)
    events = list(train(TEN_STEPS, mnist(), start_from=start, snapshot_every=4))
    snapshots = [e for e in events if isinstance(e, Snapshot)]
    assert [s.step for s in snapshots] == [0, 4, 8]
    # Each snapshot follows the step it names, and comes before the next step.
    order = [(type(e).__name__, getattr(e, "step", None)) for e in events]
    assert order.index(("Snapshot", 4)) == order.index(("Step", 4)) + 1
    # Step 0 is the starting point, still intact after ten Adam updates.
    for key, value in start.get_numpy().items():
        np.testing.assert_array_equal(snapshots[0].params[key], value)
    finished = events[-1]
    assert isinstance(finished, Finished)
    trained = finished.model.get_numpy()
    assert set(snapshots[-1].params) == set(trained)
    assert not np.array_equal(snapshots[1].params["w_c1"], snapshots[0].params["w_c1"])
    assert not np.array_equal(snapshots[-1].params["w_c1"], trained["w_c1"])


def test_no_snapshots_unless_asked():
    config = dataclasses.replace(TEN_STEPS, train_limit=128)
    events = list(train(config, mnist()))
    assert not any(isinstance(e, Snapshot) for e in events)
    assert sum(isinstance(e, Step) for e in events) == 2
