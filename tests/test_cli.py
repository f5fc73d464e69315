import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import tensorflow as tf
from PIL import Image

import main
from model.network.checkpoints import BUNDLED_DIR
from tests.helpers import mnist

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.faults
@pytest.mark.parametrize(
    "argv",
    [
        ["train", "--epochs", "-1"],
        ["train", "--epochs", "zero"],
        ["train", "--preset", "nonsense"],
        ["train", "--learning-rate", "nan"],
        ["train", "--batch-size", "0"],
        ["train", "--feed", "tpu"],
        ["frobnicate"],
        ["samples"],
        ["samples", "list", "--digit", "12"],
        ["samples", "export"],
        ["samples", "frobnicate"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main.main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "error" in err


@pytest.mark.faults
def test_missing_checkpoint_exits_1_without_traceback(capsys, tmp_path):
    code, _, err = run(capsys, "evaluate", "--checkpoint", str(tmp_path / "none"))
    assert code == 1
    assert err.startswith("error:") and "Traceback" not in err


def test_evaluate_json_on_the_bundled_model(capsys):
    code, out, _ = run(capsys, "evaluate", "--json")
    report = json.loads(out)
    assert code == 0 and report["accuracy"] >= 0.99
    assert Path(report["checkpoint"]) == BUNDLED_DIR  # the test's user folder has none
    matrix = np.array(report["confusion"])
    assert matrix.shape == (10, 10) and matrix.sum() == 10000
    assert np.trace(matrix) / 10000 == pytest.approx(report["accuracy"])


def test_evaluate_text_has_the_table_and_matrix(capsys):
    code, out, _ = run(capsys, "evaluate", "--checkpoint", str(BUNDLED_DIR))
    assert code == 0 and "confusion matrix" in out and "test accuracy" in out


@pytest.mark.faults
def test_predict_json_one_line_per_file_and_errors_per_file(capsys, tmp_path):
    good = tmp_path / "seven.png"
    index = int(np.flatnonzero(mnist().y_test == 7)[0])
    Image.fromarray(mnist().x_test[index]).save(good)
    bad = tmp_path / "notes.png"
    bad.write_text("this is not an image")
    code, out, _ = run(capsys, "predict", "--json", str(good), str(bad))
    first, second = (json.loads(line) for line in out.strip().splitlines())
    assert code == 1  # one file failed
    assert first["digit"] == 7 and first["error"] is None
    assert len(first["probabilities"]) == 10
    assert sum(first["probabilities"]) == pytest.approx(1, abs=1e-5)
    assert second["digit"] is None and "notes.png" in second["error"]


def test_predict_blank_image_is_no_digit(capsys, tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("L", (300, 300), 255).save(blank)
    code, out, _ = run(capsys, "predict", "--json", str(blank))
    result = json.loads(out)
    assert code == 0 and result["digit"] is None and result["error"] is None


def test_train_then_evaluate_a_small_run(capsys, tmp_path):
    out_dir = tmp_path / "ck"
    code, out, _ = run(capsys, "train", "--epochs", "1", "--limit", "2000", "--seed", "1",
                       "--out", str(out_dir))
    assert code == 0 and (out_dir / "metadata.json").exists()
    metadata = json.loads((out_dir / "metadata.json").read_text())
    assert metadata["recipe"]["train_limit"] == 2000 and 0.1 < metadata["test_accuracy"] <= 1
    code, out, _ = run(capsys, "evaluate", "--checkpoint", str(out_dir), "--json")
    report = json.loads(out)
    assert code == 0 and Path(report["checkpoint"]) == out_dir
    # The same weights on the same 10,000 images: the score the run saved.
    assert report["accuracy"] == pytest.approx(metadata["test_accuracy"], abs=1e-4)
    assert np.array(report["confusion"]).sum() == 10000


def test_train_without_out_writes_a_user_checkpoint_that_evaluate_uses(capsys, tmp_app_dirs):
    code, _, _ = run(capsys, "train", "--epochs", "1", "--limit", "500", "--preset", "tutorial",
                     "--seed", "2")
    assert code == 0
    saved = list((tmp_app_dirs.data / "digit-canvas" / "checkpoints").glob("ckpt-*"))
    assert len(saved) == 1
    code, out, _ = run(capsys, "evaluate", "--json")
    report = json.loads(out)
    assert code == 0 and Path(report["checkpoint"]) == saved[0]  # not the bundled model
    metadata = json.loads((saved[0] / "metadata.json").read_text())
    assert report["accuracy"] == pytest.approx(metadata["test_accuracy"], abs=1e-4)


@pytest.mark.faults
def test_a_damaged_user_checkpoint_is_kept_aside_and_the_bundled_model_used(capsys, caplog,
                                                                           tmp_app_dirs):
    folder = tmp_app_dirs.data / "digit-canvas" / "checkpoints" / "ckpt-20240101T000000000000"
    folder.mkdir(parents=True)
    (folder / "metadata.json").write_text('{"hidden": 32}')
    (folder / "weights.index").write_bytes(b"not a checkpoint")
    code, out, _ = run(capsys, "evaluate", "--json")
    assert code == 0 and Path(json.loads(out)["checkpoint"]) == BUNDLED_DIR
    assert "cannot restore weights" in caplog.text and "kept aside" in caplog.text
    aside = [p.name for p in folder.parent.iterdir()]
    assert len(aside) == 1 and aside[0].startswith(folder.name + ".broken-")


def test_export_saved_model_can_be_called(capsys, tmp_path):
    code, _, _ = run(capsys, "export", str(tmp_path / "saved"))
    assert code == 0
    loaded = tf.saved_model.load(str(tmp_path / "saved"))
    images = mnist().x_test[:8].astype(np.float32)[..., None] / 255.0
    result = loaded.signatures["serving_default"](images=tf.constant(images))
    assert result["probabilities"].shape == (8, 10)
    assert np.mean(result["digit"].numpy() == mnist().y_test[:8]) >= 0.85


@pytest.mark.faults
def test_cli_error_in_a_real_process_has_no_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "predict", "--checkpoint",
         str(tmp_path / "missing"), str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "error:" in result.stderr


def test_the_best_preset_is_the_default_recipe_trained_longer():
    from cli import build_parser
    from cli.train import train_config
    from model.network.recipe import DEFAULT

    best = train_config(build_parser().parse_args(["train", "--preset", "best", "--seed", "3"]))
    assert best.epochs > DEFAULT.epochs and best.seed == 3
    assert dataclasses.replace(best, epochs=DEFAULT.epochs, seed=None) == DEFAULT
