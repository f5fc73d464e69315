"""Keeping models: pinned ones and the one in use are never pruned; delete with undo; the choice.

Checkpoints here are the bundled weights (linked) with their own metadata, as
the app loads them (NumPy weights, no TensorFlow).
"""

from __future__ import annotations

import json
import os

import pytest

from model.network.checkpoints import (
    BUNDLED_DIR,
    IN_USE,
    METADATA,
    CheckpointError,
    CheckpointStore,
    load_for_serving,
    load_in_use,
    update_metadata,
)

BUNDLED = json.loads((BUNDLED_DIR / METADATA).read_text(encoding="utf-8"))


def checkpoint(root, number, **fields):
    """A user checkpoint named so that a higher number is newer."""
    folder = root / f"ckpt-2026010{number}T000000000000"
    folder.mkdir(parents=True)
    for weights in BUNDLED_DIR.iterdir():
        if weights.name != METADATA:
            os.symlink(weights, folder / weights.name)
    (folder / METADATA).write_text(json.dumps({**BUNDLED, **fields}), encoding="utf-8")
    return folder


def serve(folder):
    return load_in_use(lambda path: load_for_serving(path, tensorflow=False), folder)


def test_pruning_keeps_the_newest_the_pinned_and_the_one_in_use(tmp_path):
    store = CheckpointStore(tmp_path, keep=2)
    old = [checkpoint(tmp_path, n) for n in range(1, 5)]
    update_metadata(old[0], {"pinned": True})
    store.choose(old[1])
    incoming = checkpoint(tmp_path / "incoming", 5)
    store.adopt(incoming)
    kept = [p.name for p in store.checkpoints()]
    # The two newest, the pinned oldest, the one in use; ckpt 3 went.
    assert kept == [incoming.name, old[3].name, old[1].name, old[0].name]
    assert store.chosen() == old[1].name  # keeping a new one does not change the model in use


def test_a_pin_in_damaged_metadata_does_not_stop_pruning_or_break_it(tmp_path):
    store = CheckpointStore(tmp_path, keep=1)
    bad = checkpoint(tmp_path, 1)
    (bad / METADATA).write_text("{not json", encoding="utf-8")
    store.adopt(checkpoint(tmp_path / "incoming", 2))
    assert [p.name for p in store.checkpoints()] == ["ckpt-20260102T000000000000"]


def test_the_chosen_model_is_the_one_in_use_even_when_older(tmp_path):
    older, newer = checkpoint(tmp_path, 1), checkpoint(tmp_path, 2)
    CheckpointStore(tmp_path).choose(older)
    loaded = serve(tmp_path)
    assert loaded.path == older and loaded.warnings == []
    CheckpointStore(tmp_path).choose(BUNDLED_DIR)
    assert serve(tmp_path).path == BUNDLED_DIR
    assert newer.is_dir()


@pytest.mark.faults
@pytest.mark.parametrize("damage", ["garbage", "gone", "broken", "binary", "folder"])
def test_a_damaged_choice_falls_back_to_the_newest_with_a_warning(tmp_path, damage):
    older, newer = checkpoint(tmp_path, 1), checkpoint(tmp_path, 2)
    choice = tmp_path / IN_USE
    if damage == "garbage":
        choice.write_text("../../etc/passwd\n")
    elif damage == "binary":
        choice.write_bytes(b"\xff\xfe\x00")
    elif damage == "folder":
        choice.mkdir()
    elif damage == "gone":
        choice.write_text("ckpt-20250101T000000000000\n")
    else:  # the chosen checkpoint's weights are damaged: it is set aside
        CheckpointStore(tmp_path).choose(older)
        (older / "weights.npz").unlink()
        (older / "weights.npz").write_bytes(b"not weights")
    loaded = serve(tmp_path)
    assert loaded.path == newer
    assert "using " + newer.name + " instead" in loaded.warnings[0]
    if damage == "broken":
        assert "kept aside" in loaded.warnings[0] and not older.exists()


def test_no_choice_is_todays_rule_without_a_warning(tmp_path):
    checkpoint(tmp_path, 1)
    newer = checkpoint(tmp_path, 2)
    loaded = serve(tmp_path)
    assert loaded.path == newer and loaded.warnings == []


def test_deleting_the_model_in_use_is_refused_and_nothing_moves(tmp_path):
    store = CheckpointStore(tmp_path)
    used = checkpoint(tmp_path, 1)
    store.choose(used)
    with pytest.raises(CheckpointError, match="in use"):
        store.delete(used)
    with pytest.raises(CheckpointError, match="bundled model cannot be deleted"):
        store.delete(BUNDLED_DIR)
    assert used.is_dir() and store.checkpoints() == [used]


def test_delete_then_undo_restores_the_checkpoint_whole_and_purge_removes_it(tmp_path):
    store = CheckpointStore(tmp_path)
    store.choose(checkpoint(tmp_path, 1))
    other = checkpoint(tmp_path, 2, name="Sunday's run")
    files = sorted(p.name for p in other.iterdir())
    store.delete(other)
    assert other not in store.checkpoints() and serve(tmp_path).path != other
    store.restore(other.name)
    assert sorted(p.name for p in other.iterdir()) == files
    assert load_for_serving(other, tensorflow=False).metadata["name"] == "Sunday's run"
    store.delete(other)
    store.purge_trash()
    assert not other.exists() and store.checkpoints() == [tmp_path / store.chosen()]


def test_choosing_something_not_in_the_store_is_refused(tmp_path):
    with pytest.raises(CheckpointError):
        CheckpointStore(tmp_path).choose(tmp_path / "ckpt-20250101T000000000000")
    assert not (tmp_path / IN_USE).exists()
