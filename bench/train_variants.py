"""Variants of model.network.train's compiled step, for bench.train_throughput --explore.

Each variant is a subclass of ``model.network.train._Trainer`` that keeps the same
maths (same ConvNet variables, same Adam, same augmentation) and changes only
how it is compiled or at which precision it computes. ``patched_trainer``
swaps one in while ``model.network.train.train()`` builds its trainer, so the variant
runs through the app's real training generator.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import tensorflow as tf

import model.network.train as mt
from model.network.augment import augment as augment_batch
from model.network.convnet import DROP_RATE, ConvNet


def _inputs(trainer: mt._Trainer, images: tf.Tensor, strength: tf.Tensor) -> tf.Tensor:
    """uint8 (N, 28, 28) -> float (N, 28, 28, 1), augmented if the recipe says so."""
    x = tf.cast(images, tf.float32)[..., tf.newaxis] / 255.0
    if trainer.config.augment:
        x = augment_batch(x, trainer.rng, strength)
    return x


def _update(trainer: mt._Trainer, x: tf.Tensor, labels: tf.Tensor, lr: tf.Tensor,
            forward: object = None) -> tf.Tensor:
    """Forward, backward, Adam and the weight average on float inputs (what XLA can compile)."""
    variables = trainer.model.trainable_variables
    forward = forward or (lambda inputs: trainer.model(inputs, training=True))
    with tf.GradientTape() as tape:
        loss = trainer._loss(forward(x), labels)  # the recipe's own loss
    grads = tape.gradient(loss, variables)
    trainer.optimizer.apply(grads, list(variables), lr)
    if trainer.config.ema_decay:
        trainer._update_average()
    return loss


class XlaTrainer(mt._Trainer):
    """jit_compile=True on forward + backward + Adam.

    Input scaling and augmentation stay outside the XLA cluster:
    ImageProjectiveTransformV3 has no XLA kernel, and IteratorGetNext cannot be
    compiled either.
    """

    def __init__(self, model: ConvNet, config: mt.TrainConfig) -> None:
        super().__init__(model, config)
        self._jit_update = tf.function(lambda x, y, lr: _update(self, x, y, lr), jit_compile=True)
        self.step_graph = tf.function(self._xla_at)
        self.step_python = tf.function(self._xla_step,
                                       input_signature=self.step_python.input_signature)

    def _xla_step(self, images: tf.Tensor, labels: tf.Tensor, lr: tf.Tensor,
                  strength: tf.Tensor) -> tf.Tensor:
        return self._jit_update(_inputs(self, images, strength), labels, lr)

    def _xla_at(self, indices: tf.Tensor, lr: tf.Tensor, strength: tf.Tensor) -> tf.Tensor:
        images, labels = tf.gather(self.images, indices), tf.gather(self.labels, indices)
        return self._xla_step(images, labels, lr, strength)


def bf16_forward(model: ConvNet, x: tf.Tensor, training: bool) -> tf.Tensor:
    """The ConvNet's forward pass computed in bfloat16 (float32 master weights, float32 logits)."""
    w = {k: tf.cast(v, tf.bfloat16) for k, v in model.weights.items()}
    b = {k: tf.cast(v, tf.bfloat16) for k, v in model.biases.items()}
    h = tf.cast(x, tf.bfloat16)
    for key in ("c1", "c2"):
        h = tf.nn.relu(tf.nn.bias_add(tf.nn.conv2d(h, w[key], 1, "SAME"), b[key]))
    h = tf.nn.max_pool2d(h, 2, 2, "SAME")
    for key in ("c3", "c4"):
        h = tf.nn.relu(tf.nn.bias_add(tf.nn.conv2d(h, w[key], 1, "SAME"), b[key]))
    h = tf.nn.max_pool2d(h, 2, 2, "SAME")
    h = tf.reshape(h, [-1, w["d1"].shape[0]])
    h = tf.nn.relu(tf.matmul(h, w["d1"]) + b["d1"])
    if training:
        h = tf.nn.dropout(h, rate=DROP_RATE)
    return tf.cast(tf.matmul(h, w["out"]) + b["out"], tf.float32)


class Bf16Trainer(mt._Trainer):
    """Mixed precision: bfloat16 compute, float32 variables and optimiser."""

    def __init__(self, model: ConvNet, config: mt.TrainConfig) -> None:
        super().__init__(model, config)
        self.step_graph = tf.function(self._bf16_at)

    def _bf16_at(self, indices: tf.Tensor, lr: tf.Tensor, strength: tf.Tensor) -> tf.Tensor:
        x = _inputs(self, tf.gather(self.images, indices), strength)
        labels = tf.gather(self.labels, indices)
        return _update(self, x, labels, lr, lambda v: bf16_forward(self.model, v, True))


class MultiStepTrainer(mt._Trainer):
    """``steps`` training steps per call of the compiled function (a tf.range loop)."""

    def __init__(self, model: ConvNet, config: mt.TrainConfig, steps: int) -> None:
        super().__init__(model, config)
        self.steps = steps
        self.step_many = tf.function(self._many)

    def _many(self, indices: tf.Tensor, lr: tf.Tensor, strength: tf.Tensor) -> tf.Tensor:
        """``indices``: (steps, batch), one row per step."""
        loss = tf.constant(0.0)
        for i in tf.range(self.steps):
            loss = self._step_at(indices[i], lr, strength)
        return loss


class NoAutographTrainer(mt._Trainer):
    """The same step functions compiled with autograph=False.

    The steps have no tensor-dependent Python control flow, so autograph only
    costs tracing time (and GIL time while the GUI thread wants it).
    """

    def __init__(self, model: ConvNet, config: mt.TrainConfig) -> None:
        super().__init__(model, config)
        self.step_python = tf.function(
            self._step, input_signature=self.step_python.input_signature, autograph=False)
        self.step_graph = tf.function(self._step_at, autograph=False)


VARIANTS = {"xla": XlaTrainer, "bf16": Bf16Trainer, "noautograph": NoAutographTrainer}


@contextlib.contextmanager
def patched_trainer(cls: type[mt._Trainer]) -> Iterator[None]:
    """Make model.network.train.train() build ``cls`` instead of its trainer, within the block."""
    original = mt._Trainer
    mt._Trainer = cls
    try:
        yield
    finally:
        mt._Trainer = original
