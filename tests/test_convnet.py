import numpy as np
import pytest
import tensorflow as tf

from model.network.convnet import ConvNet, conv2d, maxpool2d, weight_shapes
from model.network.keras_reference import from_convnet
from tests.helpers import mnist


def test_shapes_through_every_layer():
    net = ConvNet(seed=0)
    w, b = net.weights, net.biases
    x = tf.zeros([2, 28, 28, 1])
    x = conv2d(x, w["c1"], b["c1"])
    assert x.shape == (2, 28, 28, 16)
    x = maxpool2d(conv2d(x, w["c2"], b["c2"]))
    assert x.shape == (2, 14, 14, 16)
    x = conv2d(x, w["c3"], b["c3"])
    assert x.shape == (2, 14, 14, 32)
    x = maxpool2d(conv2d(x, w["c4"], b["c4"]))
    assert x.shape == (2, 7, 7, 32)
    assert w["d1"].shape == (7 * 7 * 32, 32)
    assert net(tf.zeros([5, 28, 28, 1])).shape == (5, 10)


def test_odd_sizes_round_up_in_pooling():
    assert maxpool2d(tf.zeros([1, 7, 7, 1])).shape == (1, 4, 4, 1)


def test_hidden_width_is_a_constructor_argument():
    net = ConvNet(hidden=64, seed=0)
    assert net.weights["d1"].shape == (7 * 7 * 32, 64)
    assert net.weights["out"].shape == (64, 10)
    with pytest.raises(ValueError):
        ConvNet(hidden=0)


def test_glorot_ranges_and_zero_biases():
    net = ConvNet(seed=1)
    for key, shape in weight_shapes().items():
        receptive = int(np.prod(shape[:-2])) if len(shape) > 2 else 1
        limit = np.sqrt(6 / (shape[-2] * receptive + shape[-1] * receptive))
        values = net.weights[key].numpy()
        assert np.abs(values).max() <= limit
        # Uniform on [-l, l]: the spread reaches most of the range, not a tiny part.
        assert np.abs(values).max() > 0.8 * limit
        assert np.all(net.biases[key].numpy() == 0)


def test_dropout_only_in_training():
    net = ConvNet(seed=2)
    x = tf.random.uniform([64, 28, 28, 1], seed=1)
    assert np.array_equal(net(x).numpy(), net(x).numpy())
    assert not np.array_equal(net(x, training=True).numpy(), net(x, training=True).numpy())


def test_copy_is_independent():
    net = ConvNet(seed=3)
    clone = net.copy()
    clone.weights["c1"].assign_add(tf.ones_like(clone.weights["c1"]))
    assert not np.array_equal(clone.weights["c1"].numpy(), net.weights["c1"].numpy())
    assert np.array_equal(clone.weights["d1"].numpy(), net.weights["d1"].numpy())


def test_keras_reference_gives_the_same_logits_on_real_mnist():
    net = ConvNet(seed=4)
    images = mnist().x_test[:64].astype(np.float32)[..., None] / 255.0
    ours = net(tf.constant(images)).numpy()
    theirs = from_convnet(net)(images, training=False).numpy()
    np.testing.assert_allclose(ours, theirs, atol=1e-5)
