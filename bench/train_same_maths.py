"""Do the faster training variants (XLA, bfloat16) compute the same maths as the plain step?

Part of ``python -m bench.train_throughput --explore``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from bench import common


def check_trajectories(mnist: object, hidden: int, batch: int) -> None:
    """XLA and bf16 variants: same loss trajectory and accuracy as the plain step?"""
    import numpy as np
    import tensorflow as tf

    from bench.train_variants import Bf16Trainer, XlaTrainer, bf16_forward
    from model.network.convnet import ConvNet
    from model.network.train import EpochEnd, Step, train

    # 1. One deterministic loss + gradient evaluation (no dropout): plain vs XLA vs bf16.
    model = ConvNet(hidden, seed=0)
    xb = tf.constant(mnist.x_train[:batch, ..., None].astype(np.float32) / 255.0)
    yb = tf.constant(mnist.y_train[:batch].astype(np.int32))

    def loss_and_grads(forward: Callable) -> tuple[float, list]:
        with tf.GradientTape() as tape:
            logits = forward(xb)
            loss = tf.reduce_mean(
                tf.nn.sparse_softmax_cross_entropy_with_logits(labels=yb, logits=logits))
        return loss, tape.gradient(loss, model.trainable_variables)

    plain = tf.function(lambda: loss_and_grads(lambda v: model(v, training=False)))()
    xla = tf.function(lambda: loss_and_grads(lambda v: model(v, training=False)),
                      jit_compile=True)()
    bf16 = tf.function(lambda: loss_and_grads(lambda v: bf16_forward(model, v, False)))()

    def max_rel_grad_diff(other: tuple) -> float:
        return max(float(tf.reduce_max(tf.abs(a - b)) / (tf.reduce_max(tf.abs(a)) + 1e-12))
                   for a, b in zip(plain[1], other[1], strict=True))

    print("\nSame maths? One batch, no dropout, fresh weights:")
    print(common.table(
        ["step", "loss", "max |dgrad| / max |grad|"],
        [["plain tf.function", float(plain[0]), 0.0],
         ["jit_compile=True", float(xla[0]), max_rel_grad_diff(xla)],
         ["bf16 compute", float(bf16[0]), max_rel_grad_diff(bf16)]],
    ))

    # 2. Loss trajectory and accuracy over one short epoch, same seed (dropout draws differ).
    from dataclasses import replace

    from model.network.recipe import PRESETS

    cfg = replace(PRESETS["default"], epochs=1, train_limit=100 * batch, augment=False, seed=0)
    rows = []
    for label, cls in (("plain", None), ("XLA", XlaTrainer), ("bf16", Bf16Trainer)):
        from bench.train_variants import patched_trainer

        losses, acc = [], float("nan")
        with patched_trainer(cls) if cls else contextlib.nullcontext():
            for event in train(cfg, mnist):
                if isinstance(event, Step):
                    losses.append(event.loss)
                elif isinstance(event, EpochEnd):
                    acc = event.test_accuracy
        rows.append([label] + [float(np.mean(losses[a:b])) for a, b in
                               ((0, 10), (20, 30), (45, 55), (90, 100))] + [acc])
    print("\nLoss trajectory, 100 steps of the default recipe (1 epoch of 12,800 images, "
          "no augment, seed 0); mean loss over steps:")
    print(common.table(["step", "1-10", "21-30", "46-55", "91-100", "test acc"], rows))
