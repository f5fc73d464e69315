import json
import os
import re
from pathlib import Path

import numpy as np
import pytest

from model.data.mnist import SOURCE_KINDS
from model.network.checkpoints import (
    BUNDLED_DIR,
    METADATA,
    CheckpointError,
    CheckpointStore,
    load_checkpoint,
    load_for_serving,
    make_metadata,
    write_checkpoint,
)
from model.network.classifier import Classifier
from model.network.convnet import ConvNet
from tests.helpers import TEST_DATA, mnist


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


# ------------------------------------------------------------ metadata: data provenance


def absolute_paths(value: object) -> list[str]:
    """Strings anywhere in a JSON value that look like a machine's path (keys included)."""
    homes = {str(Path.home()), os.path.expanduser("~")}
    if hasattr(os, "getuid"):
        import pwd

        homes.add(pwd.getpwuid(os.getuid()).pw_dir)  # the real home, even while HOME is moved
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in absolute_paths(k) + absolute_paths(v)]
    if isinstance(value, list):
        return [p for item in value for p in absolute_paths(item)]
    if not isinstance(value, str):
        return []
    tokens = re.split(r"[\s\"'=,;()]+", value)
    looks_absolute = [t for t in tokens if t.startswith(("/", "~", "\\\\"))
                      or re.match(r"[A-Za-z]:[\\/]", t)]
    in_home = any(len(home) > 1 and home in value for home in homes)
    return looks_absolute or ([value] if in_home else [])


@pytest.mark.parametrize("value", [
    "/root/.cache/digit-canvas/mnist.npz", "C:\\Users\\me\\mnist.npz", "d:/data",
    "~/mnist", "folder /data/mnist", {"nested": ["ok", {"deeper": "\\\\server\\share"}]},
    {"/etc/passwd": 1},
])
def test_the_path_finder_finds_paths(value):
    assert absolute_paths(value)
    assert absolute_paths(f"user{Path.home()}x")  # the home folder inside a word


def test_the_shipped_metadata_records_no_machine_path():
    metadata = json.loads((BUNDLED_DIR / METADATA).read_text(encoding="utf-8"))
    assert absolute_paths(metadata) == []
    assert metadata["data"]["source"] in SOURCE_KINDS


def test_the_shipped_data_checksum_is_that_of_mnist():
    if not (TEST_DATA / "mnist.npz").is_file():
        pytest.skip(f"no MNIST in {TEST_DATA} to compare with")
    metadata = json.loads((BUNDLED_DIR / METADATA).read_text(encoding="utf-8"))
    assert metadata["data"]["sha256"] == mnist().sha256 == mnist().provenance()["sha256"]


def test_new_metadata_records_the_data_provenance_and_never_a_path(caplog):
    provenance = {"source": "folder", "sha256": "ab" * 32}
    assert make_metadata({"hidden": 32}, 0.5, 1, data=provenance)["data"] == provenance
    for path in ("/home/me/.cache/digit-canvas/mnist.npz", "C:\\Users\\me\\mnist.npz"):
        assert make_metadata({"hidden": 32}, 0.5, 1, data=path)["data"] == {"source": "unknown"}
        assert "provenance" in caplog.text
    described = make_metadata({"hidden": 32}, 0.5, 1, data="Keras download")["data"]
    assert described == {"source": "Keras download"}


def test_an_old_checkpoint_with_a_data_path_still_loads(tmp_path):
    folder = tmp_path / "ck"
    net = ConvNet(seed=4)
    metadata = make_metadata({"hidden": 32}, 0.5, 1)
    write_checkpoint(folder, net, {**metadata, "data": "/root/.cache/digit-canvas/mnist.npz"})
    for load in (load_checkpoint, load_for_serving):
        loaded = load(folder)
        assert loaded.warnings == []  # only informative: kept, not reported
        assert loaded.metadata["data"] == "/root/.cache/digit-canvas/mnist.npz"


@pytest.mark.faults
def test_the_store_reports_skipped_checkpoints_and_damaged_fields_together(tmp_path):
    store = CheckpointStore(tmp_path)
    previous = store.save(ConvNet(seed=1), make_metadata({"hidden": 32}, 0.1, step=1))
    newest = store.save(ConvNet(seed=2), make_metadata({"hidden": 32}, 0.2, step=2))
    (newest / METADATA).write_text("garbage")
    metadata = json.loads((previous / METADATA).read_text())
    (previous / METADATA).write_text(json.dumps({**metadata, "test_accuracy": "high"}))
    loaded = store.load_newest(fallbacks=[], loader=load_for_serving)
    assert loaded.path == previous and loaded.metadata["test_accuracy"] is None
    assert len(loaded.warnings) == 2
    assert "kept aside" in loaded.warnings[0] and "test_accuracy" in loaded.warnings[1]


def test_checkpoint_names_made_in_the_same_instant_differ_and_keep_the_time_order(
        tmp_path, monkeypatch):
    import datetime as dt

    import model.network.checkpoints as checkpoints

    instant = dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return instant

    monkeypatch.setattr(checkpoints.dt, "datetime", Frozen)
    names = {checkpoints.checkpoint_name() for _ in range(50)}  # two app instances, one clock
    assert len(names) == 50
    instant = instant + dt.timedelta(microseconds=1)
    later = checkpoints.checkpoint_name()
    for name in [*names, later, "ckpt-20260102T030405000005"]:  # an older-style name too
        (tmp_path / name).mkdir()
    assert CheckpointStore(tmp_path).checkpoints()[0].name == later
