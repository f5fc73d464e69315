"""Look inside: the activations, filters and saliency are the network's own."""

import functools

import numpy as np
import pytest
import tensorflow as tf

from model.look_inside import activations
from model.network.checkpoints import BUNDLED_DIR, load_checkpoint
from model.network.convnet import ConvNet, conv2d, maxpool2d
from model.network.numpy_net import NumpyNet
from tests.helpers import mnist


@functools.cache
def bundled():
    loaded = load_checkpoint(BUNDLED_DIR)
    return loaded.model, loaded.model.get_numpy()


def tf_layers(model, image, dtype=tf.float32):
    """Each layer computed by TensorFlow with the tutorial's own conv2d / maxpool2d."""
    w = {k: tf.cast(v, dtype) for k, v in model.weights.items()}
    b = {k: tf.cast(v, dtype) for k, v in model.biases.items()}
    x = tf.cast(tf.reshape(image, [1, 28, 28, 1]), dtype)
    out = {}
    out["c1"] = x = conv2d(x, w["c1"], b["c1"])
    out["c2"] = x = conv2d(x, w["c2"], b["c2"])
    out["p1"] = x = maxpool2d(x)
    out["c3"] = x = conv2d(x, w["c3"], b["c3"])
    out["c4"] = x = conv2d(x, w["c4"], b["c4"])
    out["p2"] = x = maxpool2d(x)
    out["d1"] = x = tf.nn.relu(tf.matmul(tf.reshape(x, [1, -1]), w["d1"]) + b["d1"])
    out["logits"] = tf.matmul(x, w["out"]) + b["out"]
    return out


def test_the_tf_reference_is_the_models_own_forward_pass():
    model, _ = bundled()
    image = mnist().x_test[:1].astype(np.float32) / 255.0
    ours = tf_layers(model, image)["logits"].numpy()
    np.testing.assert_allclose(ours, model(image[..., np.newaxis]).numpy(), atol=1e-5)


@pytest.mark.parametrize("index", [0, 1, 2, 3, 4])
def test_every_layer_equals_tensorflows_computation(index):
    model, params = bundled()
    image = mnist().x_test[index].astype(np.float32) / 255.0
    inside = activations.look_inside(NumpyNet(params), image)
    expected = tf_layers(model, image)
    assert list(inside.layers) == list(activations.LAYER_SHAPES)
    for name, shape in activations.LAYER_SHAPES.items():
        assert inside.layers[name].shape == shape, name
        np.testing.assert_allclose(inside.layers[name], expected[name].numpy()[0], atol=1e-5,
                                   err_msg=name)
    assert inside.digit == int(mnist().y_test[index])
    np.testing.assert_allclose(inside.probabilities.sum(), 1.0)


def test_filters_are_the_models_weights():
    model, params = bundled()
    for layer in activations.CONV_LAYERS:
        np.testing.assert_array_equal(activations.filters(params, layer),
                                      model.weights[layer].numpy())
    np.testing.assert_array_equal(activations.filters_of_map(params, "c3", 5),
                                  model.weights["c3"].numpy()[:, :, :, 5])
    assert activations.filters(params, "c2").shape == (3, 3, 16, 16)
    with pytest.raises(ValueError, match="no filters"):
        activations.filters(params, "p1")


def test_strongest_position_is_the_maximum():
    feature_map = np.zeros((14, 14), np.float32)
    feature_map[3, 9] = 2.5
    feature_map[10, 1] = 2.0
    assert activations.strongest(feature_map) == (3, 9, 2.5)


@pytest.mark.parametrize(
    ("layer", "row", "column", "expected"),
    [
        ("c1", 10, 10, (9, 9, 11, 11)),
        ("c2", 10, 10, (8, 8, 12, 12)),
        ("p1", 5, 5, (8, 8, 13, 13)),
        ("c4", 5, 5, (4, 4, 17, 17)),
        ("p2", 3, 3, (6, 6, 21, 21)),  # c4 6..7, c3 5..8, p1 4..9, c2 8..19
        ("c1", 0, 27, (0, 26, 1, 27)),  # clipped at the border
    ],
)
def test_receptive_field(layer, row, column, expected):
    assert activations.receptive_field(layer, row, column) == expected


def input_gradient_tf(model, image, digit):
    """The gradient of log p(digit) w.r.t. the input with tf.GradientTape, in float64."""
    x = tf.Variable(tf.constant(image.reshape(1, 28, 28, 1), tf.float64))
    with tf.GradientTape() as tape:
        logits = tf_layers(model, x, tf.float64)["logits"]
        target = tf.nn.log_softmax(logits)[0, digit]
    return tape.gradient(target, x).numpy()[0, :, :, 0]


@pytest.mark.parametrize(("index", "digit"), [(0, None), (1, None), (2, 3), (3, 8), (7, 0)])
def test_input_gradient_matches_gradient_tape(index, digit):
    model, params = bundled()
    image = mnist().x_test[index].astype(np.float32) / 255.0
    # Fainter ink keeps the answer below certainty, so the gradient is not all rounding.
    image = 0.35 * image
    inside = activations.look_inside(NumpyNet(params), image)
    digit = inside.digit if digit is None else digit
    ours = activations.input_gradient(params, inside, digit)
    expected = input_gradient_tf(model, image, digit)
    assert np.max(np.abs(expected)) > 1e-3
    np.testing.assert_allclose(ours, expected, atol=1e-6 * np.max(np.abs(expected)) + 1e-9,
                               rtol=1e-4)


def test_saliency_is_a_distribution_and_depends_on_the_digit():
    _, params = bundled()
    image = mnist().x_test[0].astype(np.float32) / 255.0
    inside = activations.look_inside(NumpyNet(params), image)
    toward_answer = activations.saliency(params, inside)
    assert toward_answer.shape == (28, 28) and np.all(toward_answer >= 0)
    np.testing.assert_allclose(toward_answer.sum(), 1.0)
    np.testing.assert_array_equal(toward_answer, activations.saliency(params, inside, inside.digit))
    other = activations.saliency(params, inside, (inside.digit + 1) % 10)
    assert not np.allclose(other, toward_answer)


def test_saliency_of_a_blank_input_is_uniform():
    _, params = bundled()
    inside = activations.look_inside(NumpyNet(params), np.zeros((28, 28)))
    np.testing.assert_allclose(activations.saliency(params, inside), 1.0 / 784)


def log_probability_tf(model: ConvNet, images: np.ndarray, digit: int) -> np.ndarray:
    """The log-probability of ``digit`` for a batch of images, in float64 (no autodiff)."""
    w = {k: tf.cast(v, tf.float64) for k, v in model.weights.items()}
    b = {k: tf.cast(v, tf.float64) for k, v in model.biases.items()}
    x = tf.constant(images.reshape(-1, 28, 28, 1), tf.float64)
    x = maxpool2d(conv2d(conv2d(x, w["c1"], b["c1"]), w["c2"], b["c2"]))
    x = maxpool2d(conv2d(conv2d(x, w["c3"], b["c3"]), w["c4"], b["c4"]))
    x = tf.nn.relu(tf.matmul(tf.reshape(x, [len(images), -1]), w["d1"]) + b["d1"])
    return tf.nn.log_softmax(tf.matmul(x, w["out"]) + b["out"])[:, digit].numpy()


def finite_difference_gradient(model: ConvNet, image: np.ndarray, digit: int,
                               step: float = 1e-5) -> np.ndarray:
    """The gradient of log p(digit) by central differences: 784 x 2 forward passes.

    Independent of both backward passes under test (ours and GradientTape's); the
    network is piecewise linear, so a step this small almost never crosses a kink.
    """
    base = image.astype(np.float64).reshape(1, 784)
    bumps = step * np.eye(784)
    up = log_probability_tf(model, base + bumps, digit)
    down = log_probability_tf(model, base - bumps, digit)
    return ((up - down) / (2 * step)).reshape(28, 28)


def drawn_inputs(count: int) -> list[np.ndarray]:
    """Network inputs the way the app makes them: drawings on a canvas, then prepare()."""
    from model.data.drawn import synthesize
    from model.data.preprocess import prepare

    data = mnist()
    inputs = [prepare(sample.canvas) for sample in synthesize(data.x_test, data.y_test, count,
                                                               seed=4)]
    return [x for x in inputs if x is not None]


@pytest.mark.parametrize("case", range(4))
def test_saliency_is_gradient_times_input_by_finite_differences(case: int) -> None:
    """The map is what the docstring says: the normalised positive part of gradient x input.

    Checked against a gradient measured by finite differences, toward the answer and
    toward another digit (the runner-up), on drawn digits; the ink is faded so the
    answer is not certain and its gradient is more than rounding.
    """
    model, params = bundled()
    image = 0.35 * drawn_inputs(4)[case]
    inside = activations.look_inside(NumpyNet(params), image)
    runner_up = int(np.argsort(inside.layers["logits"])[-2])
    maps = {}
    for digit in (inside.digit, runner_up):
        measured = finite_difference_gradient(model, inside.input, digit)
        assert np.max(np.abs(measured)) > 1e-3, "the answer is too sure to measure"
        contribution = np.maximum(measured * inside.input, 0.0)
        assert contribution.sum() > 0
        expected = contribution / contribution.sum()
        maps[digit] = activations.saliency(params, inside, digit)
        np.testing.assert_allclose(maps[digit].sum(), 1.0, rtol=1e-9)
        assert np.all(maps[digit] >= 0)
        np.testing.assert_allclose(maps[digit], expected, rtol=1e-3,
                                   atol=1e-4 * expected.max(), err_msg=f"toward {digit}")
        # The gradient itself on the ink, negative parts included. (On blank paper a
        # max-pool window holds equal values: the network has no derivative there.)
        ink = inside.input > 0
        np.testing.assert_allclose(activations.input_gradient(params, inside, digit)[ink],
                                   measured[ink], rtol=1e-3,
                                   atol=1e-4 * np.max(np.abs(measured[ink])))
    # Toward the answer and toward the runner-up, different ink matters: the two
    # distributions are far apart (total variation), not equal up to rounding.
    assert 0.5 * np.abs(maps[inside.digit] - maps[runner_up]).sum() > 0.2


def test_bad_inputs_are_refused():
    _, params = bundled()
    with pytest.raises(ValueError, match="28x28"):
        activations.look_inside(NumpyNet(params), np.zeros((14, 14)))
    with pytest.raises(ValueError, match="finite"):
        activations.look_inside(NumpyNet(params), np.full((28, 28), np.nan))
    inside = activations.look_inside(NumpyNet(params), np.zeros((28, 28)))
    with pytest.raises(ValueError, match="digit"):
        activations.saliency(params, inside, 10)
