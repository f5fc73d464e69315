"""``main.py models``: the list (and ``--json``), use, rename, pin, delete and restore."""

from __future__ import annotations

import json

import numpy as np
import pytest

import main
from model.drawings import SampleStore
from model.network.checkpoints import (
    BUNDLED_DIR,
    CheckpointStore,
    load_for_serving,
    load_in_use,
    read_metadata,
)
from tests.test_model_keeping import checkpoint


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "digit-canvas"


def run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


HISTORY = [{"epoch": 1, "loss": 0.5, "test_accuracy": 0.98, "seconds": 10.0},
           {"epoch": 2, "loss": 0.2, "test_accuracy": 0.99, "seconds": 9.5}]


def test_models_json_lists_every_model_with_its_facts_and_the_one_in_use(data_home, capsys):
    root = data_home / "checkpoints"
    older = checkpoint(root, 1, kind="fine-tune", name="evening", history=HISTORY)
    checkpoint(root, 2, test_accuracy=0.9941)
    CheckpointStore(root).choose(older)
    with SampleStore(data_home / "samples.sqlite3") as drawings:
        from model.data.mnist import load_mnist
        mnist = load_mnist()
        for image, label in zip(mnist.x_test[:5], mnist.y_test[:5], strict=True):
            drawings.add(np.asarray(image, np.uint8), int(label))
    code, out, err = run(capsys, "models", "--json")
    assert code == 0, err
    models = json.loads(out)
    assert [m["id"] for m in models] == ["ckpt-20260102T000000000000", older.name, "bundled"]
    newer, chosen, bundled = models
    assert [m["in_use"] for m in models] == [False, True, False]
    assert (chosen["kind"], chosen["name"], chosen["history"]) == ("fine-tune", "evening",
                                                                   HISTORY)
    assert newer["test_accuracy"] == 0.9941 and bundled["kind"] == "bundled"
    stated = read_metadata(BUNDLED_DIR)
    assert bundled["refused"] == stated["calibration"]["rejected"] == 0.002
    assert bundled["calibration_error"] == pytest.approx(stated["calibration"]["ece"])
    assert bundled["train_seconds"] == stated["train_seconds"] and bundled["recipe"]["epochs"] == 7
    assert all(m["drawings_accuracy"] == 1.0 for m in models)  # five easy MNIST digits


def test_models_use_rename_pin_delete_restore_as_the_window_does(data_home, capsys):
    root = data_home / "checkpoints"
    first, second = checkpoint(root, 1), checkpoint(root, 2)
    assert run(capsys, "models", "use", first.name)[0] == 0
    assert load_in_use(folder=root, loader=lambda p: load_for_serving(p, False)).path == first
    assert run(capsys, "models", "rename", second.name, "keeper")[0] == 0
    assert run(capsys, "models", "pin", "keeper")[0] == 0
    code, out, _ = run(capsys, "models")
    assert "keeper (pinned)" in out and out.splitlines()[2].startswith("* " + first.name)
    code, _, err = run(capsys, "models", "delete", first.name)
    assert code == 1 and "in use" in err and first.is_dir()
    assert run(capsys, "models", "delete", "keeper")[0] == 0 and not second.exists()
    assert run(capsys, "models", "restore", second.name)[0] == 0 and second.is_dir()
    code, _, err = run(capsys, "models", "use", "nothing-like-it")
    assert code == 1 and "no model called" in err
    code, _, err = run(capsys, "models", "rename", "bundled", "x")
    assert code == 1 and "bundled" in err
    assert run(capsys, "models", "use", "bundled")[0] == 0
    assert CheckpointStore(root).path_of(CheckpointStore(root).chosen()) == BUNDLED_DIR


def test_train_compare_with_a_folder_that_is_not_a_model_still_trains(tmp_path, capsys,
                                                                     caplog):
    code, out, err = run(capsys, "train", "--preset", "tutorial", "--epochs", "1", "--limit",
                         "128", "--batch-size", "64", "--out", str(tmp_path / "new"),
                         "--compare-with", str(tmp_path / "nothing"))
    assert code == 0, err
    assert "not compared with" in caplog.text and "against" not in out
    metadata = json.loads((tmp_path / "new" / "metadata.json").read_text())
    assert "comparison" not in metadata and metadata["held_out"] == 60_000 - 128


def test_train_compare_with_the_bundled_model_prints_both_scores(tmp_path, capsys):
    code, out, err = run(capsys, "train", "--preset", "tutorial", "--epochs", "1", "--limit",
                         "128", "--batch-size", "64", "--out", str(tmp_path / "new"),
                         "--compare-with", str(BUNDLED_DIR))
    assert code == 0, err
    assert "on 5000 validation digits:" in out and "against 0.99" in out  # the bundled one's
    comparison = json.loads((tmp_path / "new" / "metadata.json").read_text())["comparison"]
    assert comparison["previous"] == "bundled" and comparison["previous_accuracy"] > 0.99
