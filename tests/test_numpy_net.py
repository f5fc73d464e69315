import numpy as np
import pytest
import tensorflow as tf

from model.checkpoints import BUNDLED_DIR, load_checkpoint, load_for_serving, write_checkpoint
from model.classifier import Classifier
from model.convnet import ConvNet
from model.errors import CheckpointError
from model.numpy_net import LAYERS, NumpyNet, WeightsError, load_weights, save_weights


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
    acts = NumpyNet(bundled.get_numpy()).activations(_inputs(2))
    shapes = {name: acts[name].shape[1:] for name in LAYERS}
    assert shapes == {"c1": (28, 28, 16), "c2": (28, 28, 16), "p1": (14, 14, 16),
                      "c3": (14, 14, 32), "c4": (14, 14, 32), "p2": (7, 7, 32),
                      "d1": (32,), "logits": (10,)}


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
