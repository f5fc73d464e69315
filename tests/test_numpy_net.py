from pathlib import Path

import numpy as np
import pytest
import tensorflow as tf

import main
from model.network.checkpoints import (
    BUNDLED_DIR,
    load_checkpoint,
    load_for_serving,
    write_checkpoint,
)
from model.network.classifier import Classifier
from model.network.convnet import ConvNet
from model.network.errors import CheckpointError
from model.network.numpy_net import LAYERS, NumpyNet, WeightsError, load_weights, save_weights
from tests.helpers import mnist


@pytest.fixture(scope="module")
def bundled():
    return load_checkpoint(BUNDLED_DIR).model


def _inputs(count: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    noise = rng.random((count, 28, 28), dtype=np.float32)
    sparse = noise * (rng.random((count, 28, 28)) < 0.2)  # ink-like: mostly zero
    return np.concatenate([noise[: count // 2], sparse[count // 2 :]])


def test_numpy_logits_equal_tensorflow_on_many_inputs(bundled):
    images = _inputs(300)
    ours = NumpyNet(bundled.get_numpy()).logits(images)
    theirs = bundled(tf.constant(images[..., None])).numpy()
    np.testing.assert_allclose(ours, theirs, atol=1e-5, rtol=1e-5)


def test_chunked_batches_equal_one_by_one(bundled):
    net = NumpyNet(bundled.get_numpy())
    images = _inputs(600, seed=1)
    whole = net.logits(images)
    single = np.concatenate([net.logits(images[i : i + 1]) for i in range(0, 600, 97)])
    np.testing.assert_allclose(whole[::97], single, atol=1e-5)


def test_every_layer_has_the_tutorial_shape(bundled):
    # The tutorial's layers; the dense layer is the recipe's width (256 by default, 32 in
    # the tutorial's recipe).
    acts = NumpyNet(bundled.get_numpy()).activations(_inputs(2))
    shapes = {name: acts[name].shape[1:] for name in LAYERS}
    assert shapes == {"c1": (28, 28, 16), "c2": (28, 28, 16), "p1": (14, 14, 16),
                      "c3": (14, 14, 32), "c4": (14, 14, 32), "p2": (7, 7, 32),
                      "d1": (256,), "logits": (10,)}


def test_weights_file_round_trip_and_checksum(tmp_path, bundled):
    sha = save_weights(tmp_path, bundled.get_numpy())
    params = load_weights(tmp_path, sha)
    np.testing.assert_array_equal(params["w_c3"], bundled.get_numpy()["w_c3"])
    with pytest.raises(WeightsError, match="checksum"):
        load_weights(tmp_path, "0" * 64)
    with pytest.raises(WeightsError, match="not found"):
        load_weights(tmp_path / "nowhere", sha)


def test_checkpoint_serves_without_tensorflow_and_agrees(tmp_path):
    model = ConvNet(seed=3)
    write_checkpoint(tmp_path / "ck", model, {"hidden": 32, "recipe": {}})
    loaded = load_for_serving(tmp_path / "ck")
    assert isinstance(loaded.model, dict)  # NumPy weights: no TensorFlow restore needed
    images = _inputs(20, seed=4)
    np.testing.assert_allclose(Classifier(loaded.model).predict_batch(images),
                               Classifier(model).predict_batch(images), atol=1e-6)


def test_damaged_weights_file_falls_back_to_tensorflow_restore(tmp_path):
    model = ConvNet(seed=5)
    folder = write_checkpoint(tmp_path / "ck", model, {"hidden": 32, "recipe": {}})
    (folder / "weights.npz").write_bytes(b"not a zip")
    loaded = load_for_serving(folder)
    assert isinstance(loaded.model, ConvNet)
    (folder / "weights.index").write_bytes(b"garbage")
    with pytest.raises(CheckpointError):
        load_for_serving(folder)


# --- what the app serves (weights.npz) is the checkpoint TensorFlow restores ----------


def _served_inputs() -> np.ndarray:
    """Real MNIST test digits and a few drawings the way the app prepares them."""
    from model.data.drawn import synthesize
    from model.data.preprocess import prepare

    data = mnist()
    digits = data.x_test[:300].astype(np.float32) / 255.0
    drawings = [prepare(sample.canvas)
                for sample in synthesize(data.x_test, data.y_test, 12, seed=11)]
    drawings = np.stack([x for x in drawings if x is not None])
    assert len(drawings) >= 10
    return np.concatenate([digits, drawings])


def _assert_served_equals_restored(folder: Path) -> None:
    served = load_for_serving(folder)
    # The app's path: NumPy weights from weights.npz (checksum checked), no TensorFlow.
    assert isinstance(served.model, dict), "weights.npz did not load; TensorFlow fallback"
    restored = load_checkpoint(folder).model  # TensorFlow's own files
    images = _served_inputs()
    ours = NumpyNet(served.model).logits(images)
    theirs = restored(tf.constant(images[..., None])).numpy()
    np.testing.assert_allclose(ours, theirs, atol=1e-5, rtol=0)
    assert np.array_equal(ours.argmax(axis=1), theirs.argmax(axis=1))


def test_the_bundled_weights_npz_is_the_bundled_tensorflow_checkpoint() -> None:
    _assert_served_equals_restored(BUNDLED_DIR)


@pytest.fixture(scope="module")
def trained_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkpoint written by the train command (default recipe, a tiny slice, one epoch)."""
    out = tmp_path_factory.mktemp("trained") / "ck"
    assert main.main(["train", "--epochs", "1", "--limit", "500", "--seed", "3",
                      "--out", str(out)]) == 0
    return out


@pytest.mark.slow
def test_a_checkpoint_the_train_command_writes_serves_what_tensorflow_restores(
        trained_checkpoint: Path) -> None:
    # The default recipe averages weights (EMA) and may compute in bfloat16: the
    # NumPy file must hold the very weights TensorFlow's files hold, not a neighbour.
    _assert_served_equals_restored(trained_checkpoint)
