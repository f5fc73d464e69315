"""``main.py export``: SavedModel and TFLite files that give the app's answers."""

from __future__ import annotations

import functools
import json

import numpy as np
import pytest
import tensorflow as tf

import main
from model.data.drawn import synthesize
from model.data.preprocess import prepare
from model.network.checkpoints import BUNDLED_DIR, read_metadata
from model.network.classifier import Classifier
from model.network.decision import RejectRule
from model.network.numpy_net import load_weights
from tests.helpers import mnist


def run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@functools.cache
def images() -> np.ndarray:
    """1,000 MNIST test images and 100 drawings prepared as the app prepares the canvas."""
    data = mnist()
    drawn = [prepare(s.canvas) for s in synthesize(data.x_test, data.y_test, 100, seed=3)]
    test = data.x_test[:1000].astype(np.float32) / 255.0
    return np.concatenate([test, np.stack([d for d in drawn if d is not None])])[..., None]


def app_classifier() -> Classifier:
    """The app's classifier on the bundled model: NumPy, the bundled decision rule."""
    metadata = read_metadata(BUNDLED_DIR)
    return Classifier(load_weights(BUNDLED_DIR, metadata["weights_npz_sha256"]), metadata,
                      tensorflow=False)


def saved_model_outputs(folder) -> dict:
    loaded = tf.saved_model.load(str(folder))
    result = loaded.signatures["serving_default"](images=tf.constant(images()))
    return {key: value.numpy() for key, value in result.items()}


def tflite_outputs(path) -> dict:
    interpreter = tf.lite.Interpreter(model_path=str(path))
    runner = interpreter.get_signature_runner("serving_default")
    return runner(images=images())


@pytest.mark.parametrize("fmt", ["savedmodel", "tflite"])
def test_the_exported_model_answers_as_the_app_does(capsys, tmp_path, fmt):
    out = tmp_path / ("saved" if fmt == "savedmodel" else "digits.tflite")
    code, printed, _ = run(capsys, "export", "--format", fmt, "--checkpoint", str(BUNDLED_DIR),
                           str(out))
    assert code == 0 and str(out) in printed
    outputs = saved_model_outputs(out) if fmt == "savedmodel" else tflite_outputs(out)
    app = app_classifier()
    assert len(images()) > 1050  # the drawings are in
    # The app's histogram (temperature applied), to 1e-5, on test images and drawings.
    np.testing.assert_allclose(outputs["probabilities"], app.predict_batch(images()), atol=1e-5)
    decisions = app.predict_many(images())
    assert list(outputs["is_digit"]) == [d.is_digit for d in decisions]
    assert list(outputs["digit"]) == [d.best for d in decisions]
    assert not all(outputs["is_digit"])  # the threshold is exercised: some are refused


@pytest.mark.parametrize("fmt", ["savedmodel", "tflite"])
def test_the_json_beside_the_export_holds_the_decision_rule(capsys, tmp_path, fmt):
    out = tmp_path / ("saved" if fmt == "savedmodel" else "digits.tflite")
    assert run(capsys, "export", "--format", fmt, str(out))[0] == 0
    info = out / "digit_canvas.json" if fmt == "savedmodel" else tmp_path / "digits.json"
    described = json.loads(info.read_text())
    bundled = read_metadata(BUNDLED_DIR)
    assert described["format"] == fmt
    assert described["decision"] == RejectRule.from_metadata(bundled).as_metadata()
    assert described["decision"]["temperature"] == bundled["decision"]["temperature"]
    assert described["model"]["test_accuracy"] == bundled["test_accuracy"]
    assert described["input"]["shape"] == [None, 28, 28, 1]


@pytest.mark.faults
@pytest.mark.parametrize("fmt", ["savedmodel", "tflite"])
def test_an_unwritable_destination_is_one_line_and_exit_1(capsys, tmp_path, fmt):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, "export", "--format", fmt, str(blocker / "model.tflite"))
    assert code == 1
    assert err.startswith("error: cannot write the export to") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.faults
def test_a_missing_checkpoint_is_one_line_and_exit_1(capsys, tmp_path):
    code, _, err = run(capsys, "export", "--checkpoint", str(tmp_path / "none"),
                       str(tmp_path / "out"))
    assert code == 1 and err.startswith("error:") and "none" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.faults
def test_an_unknown_format_exits_2(capsys, tmp_path):
    with pytest.raises(SystemExit) as info:
        main.main(["export", "--format", "onnx", str(tmp_path / "out")])
    assert info.value.code == 2
