"""Adam written with low-level ops, as a tf.Module so tf.train.Checkpoint can save it."""

from __future__ import annotations

import tensorflow as tf


class Adam(tf.Module):
    """Adam (Kingma & Ba) over a fixed list of variables.

    The learning rate is passed to ``apply`` so a schedule can change it every
    step without retracing the compiled training step.
    """

    def __init__(
        self,
        variables: list[tf.Variable],
        beta1: float = 0.9,
        beta2: float = 0.999,
        epsilon: float = 1e-7,
        name: str = "adam",
    ) -> None:
        super().__init__(name=name)
        self.beta1, self.beta2, self.epsilon = beta1, beta2, epsilon
        self.iterations = tf.Variable(0, dtype=tf.int64, trainable=False, name="iterations")
        self.m = [tf.Variable(tf.zeros_like(v), trainable=False, name="m") for v in variables]
        self.v = [tf.Variable(tf.zeros_like(v), trainable=False, name="v") for v in variables]

    def apply(self, grads: list[tf.Tensor], variables: list[tf.Variable], lr: tf.Tensor) -> None:
        """One Adam update of ``variables`` with ``grads`` at learning rate ``lr``."""
        self.iterations.assign_add(1)
        t = tf.cast(self.iterations, tf.float32)
        # Bias correction folded into the step size, as in the paper's final form.
        step = lr * tf.sqrt(1.0 - self.beta2**t) / (1.0 - self.beta1**t)
        for g, var, m, v in zip(grads, variables, self.m, self.v, strict=True):
            m.assign(self.beta1 * m + (1.0 - self.beta1) * g)
            v.assign(self.beta2 * v + (1.0 - self.beta2) * tf.square(g))
            var.assign_sub(step * m / (tf.sqrt(v) + self.epsilon))
