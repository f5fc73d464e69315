"""Export the network as a SavedModel that ``tf.saved_model.load`` can call."""

from __future__ import annotations

import os

import tensorflow as tf

from model.network.convnet import ConvNet


class Serving(tf.Module):
    """The network behind a fixed input signature: a batch of 28x28x1 float images."""

    def __init__(self, model: ConvNet) -> None:
        super().__init__()
        self.model = model

    @tf.function(input_signature=[tf.TensorSpec([None, 28, 28, 1], tf.float32, name="images")])
    def serve(self, images: tf.Tensor) -> dict[str, tf.Tensor]:
        """Probabilities (N, 10) and the most likely digit (N,) for images in [0, 1]."""
        probabilities = tf.nn.softmax(self.model(images, training=False))
        return {"probabilities": probabilities, "digit": tf.argmax(probabilities, axis=1)}


def export_saved_model(model: ConvNet, out: str | os.PathLike[str]) -> None:
    """Write a SavedModel with the ``serving_default`` signature."""
    module = Serving(model)
    tf.saved_model.save(module, os.fspath(out), signatures={"serving_default": module.serve})
