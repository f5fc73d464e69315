"""The tutorial's ConvNet, written with TensorFlow's low-level API (no Keras layers)."""

from __future__ import annotations

import numpy as np
import tensorflow as tf

NUM_CLASSES = 10
DROP_RATE = 0.2
LAYER_NAMES = ("c1", "c2", "c3", "c4", "d1", "out")


def weight_shapes(hidden: int = 32) -> dict[str, tuple[int, ...]]:
    """Shapes of the weights, keyed like the tutorial's dicts."""
    return {
        "c1": (3, 3, 1, 16),
        "c2": (3, 3, 16, 16),
        "c3": (3, 3, 16, 32),
        "c4": (3, 3, 32, 32),
        "d1": (7 * 7 * 32, hidden),
        "out": (hidden, NUM_CLASSES),
    }


def glorot_uniform(shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """Glorot (Xavier) uniform: U(-l, l), l = sqrt(6 / (fan_in + fan_out))."""
    receptive = int(np.prod(shape[:-2])) if len(shape) > 2 else 1
    fan_in, fan_out = shape[-2] * receptive, shape[-1] * receptive
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=shape).astype(np.float32)


def conv2d(x: tf.Tensor, w: tf.Variable, b: tf.Variable) -> tf.Tensor:
    """3x3 convolution, SAME padding, stride 1, plus bias, ReLU."""
    return tf.nn.relu(tf.nn.bias_add(tf.nn.conv2d(x, w, strides=1, padding="SAME"), b))


def maxpool2d(x: tf.Tensor) -> tf.Tensor:
    """2x2 max pooling, stride 2, SAME (odd sizes round up)."""
    return tf.nn.max_pool2d(x, ksize=2, strides=2, padding="SAME")


class ConvNet(tf.Module):
    """conv16-conv16-pool-conv32-conv32-pool-dense(hidden)-dropout-dense10.

    Args:
        hidden: width of the dense layer (the tutorial's 32).
        seed: seed for the Glorot initialisation.
    """

    def __init__(self, hidden: int = 32, seed: int | None = None, name: str = "convnet") -> None:
        super().__init__(name=name)
        if hidden < 1:
            raise ValueError(f"hidden width must be at least 1, got {hidden}")
        self.hidden = hidden
        rng = np.random.default_rng(seed)
        shapes = weight_shapes(hidden)
        self.weights = {
            key: tf.Variable(glorot_uniform(shape, rng), name=f"w_{key}")
            for key, shape in shapes.items()
        }
        self.biases = {
            key: tf.Variable(tf.zeros([shape[-1]]), name=f"b_{key}")
            for key, shape in shapes.items()
        }

    def __call__(
        self, x: tf.Tensor, training: bool = False, compute_dtype: tf.DType = tf.float32
    ) -> tf.Tensor:
        """Logits (N, 10), float32, for images (N, 28, 28, 1) with values in [0, 1].

        ``compute_dtype=tf.bfloat16`` computes in bfloat16 (mixed precision: the
        variables stay float32, so gradients and Adam do too).
        """
        w, b = self.weights, self.biases
        if compute_dtype != tf.float32:
            w = {k: tf.cast(v, compute_dtype) for k, v in w.items()}
            b = {k: tf.cast(v, compute_dtype) for k, v in b.items()}
            x = tf.cast(x, compute_dtype)
        x = conv2d(x, w["c1"], b["c1"])
        x = conv2d(x, w["c2"], b["c2"])
        x = maxpool2d(x)
        x = conv2d(x, w["c3"], b["c3"])
        x = conv2d(x, w["c4"], b["c4"])
        x = maxpool2d(x)
        x = tf.reshape(x, [-1, w["d1"].shape[0]])
        x = tf.nn.relu(tf.matmul(x, w["d1"]) + b["d1"])
        if training:
            x = tf.nn.dropout(x, rate=DROP_RATE)
        return tf.cast(tf.matmul(x, w["out"]) + b["out"], tf.float32)

    def get_numpy(self) -> dict[str, np.ndarray]:
        """All parameters as numpy arrays, keyed 'w_c1', 'b_c1', ..."""
        out = {f"w_{k}": v.numpy() for k, v in self.weights.items()}
        out.update({f"b_{k}": v.numpy() for k, v in self.biases.items()})
        return out

    def set_numpy(self, params: dict[str, np.ndarray]) -> None:
        """Assign parameters given as numpy arrays (keys as ``get_numpy``)."""
        for key in LAYER_NAMES:
            self.weights[key].assign(params[f"w_{key}"])
            self.biases[key].assign(params[f"b_{key}"])

    def copy(self) -> ConvNet:
        """An independent copy with the same parameters (train on this, serve the original)."""
        clone = ConvNet(hidden=self.hidden, seed=0)
        clone.assign_from(self)
        return clone

    def assign_from(self, other: ConvNet) -> None:
        """Copy another network's parameters into this one."""
        for key in LAYER_NAMES:
            self.weights[key].assign(other.weights[key])
            self.biases[key].assign(other.biases[key])
