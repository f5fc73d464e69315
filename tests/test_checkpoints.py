import json

import numpy as np
import pytest

from model.checkpoints import (
    BUNDLED_DIR,
    CheckpointError,
    CheckpointStore,
    load_checkpoint,
    make_metadata,
    write_checkpoint,
)
from model.classifier import Classifier
from model.convnet import ConvNet
from tests.helpers import mnist


def save(folder, seed=0, accuracy=0.5):
    net = ConvNet(seed=seed)
    write_checkpoint(folder, net, make_metadata({"hidden": 32}, accuracy, step=1))
    return net


def test_save_then_restore_gives_identical_predictions(tmp_path):
    net = save(tmp_path / "ck", seed=7)
    loaded = load_checkpoint(tmp_path / "ck")
    images = mnist().x_test[:100]
    np.testing.assert_array_equal(
        Classifier(net).predict_batch(images), Classifier(loaded.model).predict_batch(images)
    )
    assert loaded.metadata["test_accuracy"] == 0.5
    assert {"tensorflow", "numpy", "python"} <= set(loaded.metadata["versions"])


def test_overwriting_a_checkpoint_replaces_it_whole(tmp_path):
    save(tmp_path / "ck", seed=1)
    net2 = save(tmp_path / "ck", seed=2)
    loaded = load_checkpoint(tmp_path / "ck")
    assert np.array_equal(loaded.model.weights["c1"].numpy(), net2.weights["c1"].numpy())
    assert [p.name for p in tmp_path.iterdir()] == ["ck"]  # no temporary folders left


@pytest.mark.faults
@pytest.mark.parametrize(
    "damage",
    ["truncate_data", "empty_data", "garbage_index", "no_metadata", "bad_json", "no_hidden"],
)
def test_damaged_checkpoints_raise_a_clear_error(tmp_path, damage):
    folder = tmp_path / "ck"
    save(folder)
    data_file = next(folder.glob("weights.data-*"))
    if damage == "truncate_data":
        data_file.write_bytes(data_file.read_bytes()[:100])
    elif damage == "empty_data":
        data_file.write_bytes(b"")
    elif damage == "garbage_index":
        (folder / "weights.index").write_bytes(b"\x00garbage" * 10)
    elif damage == "no_metadata":
        (folder / "metadata.json").unlink()
    elif damage == "bad_json":
        (folder / "metadata.json").write_text("{not json")
    elif damage == "no_hidden":
        (folder / "metadata.json").write_text(json.dumps({"format": 1}))
    with pytest.raises(CheckpointError, match="ck"):
        load_checkpoint(folder)


def test_store_keeps_the_last_few_newest_first(tmp_path):
    store = CheckpointStore(tmp_path, keep=2)
    nets = []
    for seed in range(3):
        net = ConvNet(seed=seed)
        nets.append(net)
        store.save(net, make_metadata({"hidden": 32}, 0.1 * seed, step=seed))
    assert len(store.checkpoints()) == 2
    newest = store.load_newest(fallbacks=[])
    assert np.array_equal(newest.model.weights["c1"].numpy(), nets[2].weights["c1"].numpy())


@pytest.mark.faults
def test_corrupt_newest_falls_back_to_previous_then_bundled(tmp_path):
    store = CheckpointStore(tmp_path)
    store.save(ConvNet(seed=1), make_metadata({"hidden": 32}, 0.1, step=1))
    store.save(ConvNet(seed=2), make_metadata({"hidden": 32}, 0.2, step=2))
    newest, previous = store.checkpoints()
    (newest / "metadata.json").write_text("garbage")
    loaded = store.load_newest(fallbacks=[])
    assert loaded.path == previous and loaded.warnings
    # The broken one is kept aside, not deleted.
    assert any(".broken-" in p.name for p in tmp_path.iterdir())
    next(previous.glob("weights.data-*")).write_bytes(b"")
    loaded = store.load_newest(fallbacks=[BUNDLED_DIR])
    assert loaded.path == BUNDLED_DIR and len(loaded.warnings) == 1


@pytest.mark.faults
def test_no_usable_checkpoint_at_all(tmp_path):
    with pytest.raises(CheckpointError, match="no usable checkpoint"):
        CheckpointStore(tmp_path).load_newest(fallbacks=[tmp_path / "missing"])


def test_bundled_model_loads_and_scores_at_least_099():
    loaded = load_checkpoint(BUNDLED_DIR)
    predicted = Classifier(loaded.model).predict_batch(mnist().x_test).argmax(axis=1)
    accuracy = float(np.mean(predicted == mnist().y_test))
    assert accuracy >= 0.99
    assert abs(accuracy - loaded.metadata["test_accuracy"]) < 1e-3


@pytest.mark.faults
def test_a_kill_between_the_two_renames_of_an_overwrite_is_recovered(tmp_path):
    net = save(tmp_path / "ck", seed=3)
    # What a kill leaves after 'ck' was moved aside and before the new one took its place.
    (tmp_path / "ck").rename(tmp_path / ".old-ck-1a2b3c4d")
    (tmp_path / ".tmp-ck-5e6f7a8b").mkdir()
    loaded = load_checkpoint(tmp_path / "ck")
    assert np.array_equal(loaded.model.weights["c1"].numpy(), net.weights["c1"].numpy())
