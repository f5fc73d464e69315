"""Look inside the network for one input: every layer, the filters, saliency (NumPy only).

The activations are the NumPy forward pass of :mod:`model.network.numpy_net` (equal to
TensorFlow's to float32 rounding). Saliency is gradient x input: the gradient of
the chosen digit's log-probability with respect to the 28x28 input, computed by
a hand-written backward pass through the dense, ReLU, max-pool and conv layers,
times the input; its positive part, normalised to sum to 1, is the ink that
pushed the network toward that digit (rather than toward the others).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.network.numpy_net import LAYERS, NumpyNet

SIDE = 28
CONV_LAYERS = ("c1", "c2", "c3", "c4")
POOL_OF = {"p1": "c2", "p2": "c4"}  # each pooling layer and the conv layer it pools
# The exact names and shapes of `explain --json` (one image, channels last) for the
# default recipe; d1 is the recipe's dense width (the tutorial's recipe has 32).
LAYER_SHAPES: dict[str, tuple[int, ...]] = {
    "c1": (28, 28, 16), "c2": (28, 28, 16), "p1": (14, 14, 16), "c3": (14, 14, 32),
    "c4": (14, 14, 32), "p2": (7, 7, 32), "d1": (256,), "logits": (10,),
}
SALIENCY_METHOD = "gradient × input (positive part) of the digit's log-probability"
# Per layer, the chain from the input: ("conv", 3) widens by one pixel each side,
# ("pool", 2) halves the resolution.
_PATH: dict[str, tuple[str, ...]] = {
    "c1": ("conv",), "c2": ("conv", "conv"), "p1": ("conv", "conv", "pool"),
    "c3": ("conv", "conv", "pool", "conv"), "c4": ("conv", "conv", "pool", "conv", "conv"),
    "p2": ("conv", "conv", "pool", "conv", "conv", "pool"),
}


@dataclass(frozen=True)
class Inside:
    """One input's way through the network.

    Attributes:
        input: the 28x28 network input, float32 in [0, 1].
        layers: every name in ``model.network.numpy_net.LAYERS`` -> that layer's values for
            this input (maps channels last, vectors 1-D).
        probabilities: softmax of the logits (divided by ``temperature``).
        temperature: the calibration temperature used for ``probabilities``.
    """

    input: np.ndarray
    layers: dict[str, np.ndarray]
    probabilities: np.ndarray
    temperature: float = 1.0

    @property
    def digit(self) -> int:
        """The digit the network picks (largest logit)."""
        return int(np.argmax(self.layers["logits"]))


def as_input(image: np.ndarray) -> np.ndarray:
    """A 28x28 (or 28x28x1) image in [0, 1] as a float32 28x28 array.

    Raises:
        ValueError: for any other shape, or values that are not finite.
    """
    image = np.asarray(image)
    if image.shape not in ((SIDE, SIDE), (SIDE, SIDE, 1)):
        raise ValueError(f"expected a 28x28 image, got shape {image.shape}")
    image = image.reshape(SIDE, SIDE).astype(np.float32)
    if not np.all(np.isfinite(image)):
        raise ValueError("the image has values that are not finite")
    return image


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Probabilities (float64, summing to 1) from logits."""
    z = np.asarray(logits, np.float64) / temperature
    z = np.exp(z - np.max(z))
    return z / np.sum(z)


def look_inside(net: NumpyNet, image: np.ndarray, temperature: float = 1.0) -> Inside:
    """Every layer's values for one 28x28 input."""
    x = as_input(image)
    batch = net.activations(x[np.newaxis])
    layers = {name: np.asarray(batch[name][0]) for name in LAYERS}
    return Inside(x, layers, softmax(layers["logits"], temperature), temperature)


def filters(params: dict[str, np.ndarray], layer: str) -> np.ndarray:
    """The learned 3x3 kernels of a conv layer, (3, 3, in, out), as the network holds them."""
    if layer not in CONV_LAYERS:
        raise ValueError(f"{layer!r} has no filters; conv layers are {CONV_LAYERS}")
    return np.array(params[f"w_{layer}"])


def filters_of_map(params: dict[str, np.ndarray], layer: str, index: int) -> np.ndarray:
    """The kernels that make map ``index`` of a conv layer: (3, 3, in), one per input map."""
    return filters(params, layer)[:, :, :, index]


def strongest(feature_map: np.ndarray) -> tuple[int, int, float]:
    """(row, column, value) of a 2-D map's largest value (the first one on ties)."""
    feature_map = np.asarray(feature_map)
    row, column = np.unravel_index(int(np.argmax(feature_map)), feature_map.shape)
    return int(row), int(column), float(feature_map[row, column])


def receptive_field(layer: str, row: int, column: int) -> tuple[int, int, int, int]:
    """Input pixels a position of a layer can see: (top, left, bottom, right), inclusive.

    Walks back from the layer to the input: a 3x3 SAME conv widens the span by one
    pixel each side, a 2x2 stride-2 pool doubles it. Clipped to the 28x28 input.
    """
    if layer not in _PATH:
        raise ValueError(f"{layer!r} is not a map layer")
    spans = [[row, row], [column, column]]
    for step in reversed(_PATH[layer]):
        for span in spans:
            if step == "conv":
                span[0], span[1] = span[0] - 1, span[1] + 1
            else:
                span[0], span[1] = 2 * span[0], 2 * span[1] + 1
    (top, bottom), (left, right) = spans
    clip = lambda v: min(max(v, 0), SIDE - 1)  # noqa: E731 - one-line helper
    return clip(top), clip(left), clip(bottom), clip(right)


# ---------------------------------------------------------------- backward pass


def _conv_same(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """3x3 correlation, SAME zero padding, stride 1: (H, W, in) x (3, 3, in, out)."""
    height, width, channels = x.shape
    padded = np.pad(x, ((1, 1), (1, 1), (0, 0)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, (3, 3), axis=(0, 1))
    columns = windows.reshape(height * width, channels * 9)  # (c, a, b) order
    kernel = w.transpose(2, 0, 1, 3).reshape(channels * 9, w.shape[3])
    return (columns @ kernel).reshape(height, width, w.shape[3])


def _conv_backward(grad_out: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Gradient w.r.t. a SAME conv's input: correlate with the flipped, transposed kernel."""
    return _conv_same(grad_out, w[::-1, ::-1].transpose(0, 1, 3, 2))


def _pool_backward(grad_out: np.ndarray, before: np.ndarray) -> np.ndarray:
    """Route a 2x2 max-pool's gradient to the first maximum of each window."""
    height, width, channels = before.shape
    windows = before.reshape(height // 2, 2, width // 2, 2, channels).transpose(0, 2, 4, 1, 3)
    winner = np.argmax(windows.reshape(height // 2, width // 2, channels, 4), axis=-1)
    routed = (np.arange(4) == winner[..., np.newaxis]) * grad_out[..., np.newaxis]
    routed = routed.reshape(height // 2, width // 2, channels, 2, 2).transpose(0, 3, 1, 4, 2)
    return routed.reshape(height, width, channels)


def input_gradient(params: dict[str, np.ndarray], inside: Inside, digit: int) -> np.ndarray:
    """The gradient of log p(digit) w.r.t. the input, (28, 28) float64, by backpropagation.

    Uses the activations in ``inside`` for the ReLU masks and the max-pool
    winners (a ReLU passes gradient where its output is > 0, as TensorFlow's does).
    """
    if not 0 <= digit <= 9:
        raise ValueError(f"not a digit 0-9: {digit}")
    w = {key: np.asarray(value, np.float64) for key, value in params.items()}
    act = inside.layers
    # log-softmax: d/dlogits = onehot - p (at temperature 1: the network's own odds).
    grad = -softmax(act["logits"])
    grad[digit] += 1.0
    grad = (w["w_out"] @ grad) * (act["d1"] > 0)
    grad = (w["w_d1"] @ grad).reshape(act["p2"].shape)
    grad = _pool_backward(grad, act["c4"]) * (act["c4"] > 0)
    grad = _conv_backward(grad, w["w_c4"]) * (act["c3"] > 0)
    grad = _conv_backward(grad, w["w_c3"])
    grad = _pool_backward(grad, act["c2"]) * (act["c2"] > 0)
    grad = _conv_backward(grad, w["w_c2"]) * (act["c1"] > 0)
    return _conv_backward(grad, w["w_c1"])[:, :, 0]


def saliency(params: dict[str, np.ndarray], inside: Inside, digit: int | None = None,
             ) -> np.ndarray:
    """Gradient x input toward ``digit`` (the network's pick if None): >= 0, sums to 1.

    Only ink that raised the digit's log-probability counts. When no pixel did
    (e.g. a blank input), the map is uniform: still a distribution, saying nothing.
    """
    digit = inside.digit if digit is None else digit
    contribution = input_gradient(params, inside, digit) * inside.input
    positive = np.maximum(contribution, 0.0)
    total = float(np.sum(positive))
    if not total > 0:
        return np.full((SIDE, SIDE), 1.0 / SIDE**2)
    return positive / total
