"""Thread-safe prediction: a digit and its ten probabilities, from the model in use.

The served network is held together with its compiled function and metadata in
one immutable record; ``swap`` replaces that record in a single assignment, so a
prediction always runs entirely on the old weights or entirely on the new ones.
Training works on copies, so the served variables never change underneath.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import tensorflow as tf

from model.convnet import ConvNet
from model.evaluate import as_network_input, softmax_fn


@dataclass(frozen=True)
class Prediction:
    """The most likely digit and all ten probabilities (summing to 1)."""

    digit: int
    probabilities: np.ndarray

    @property
    def confidence(self) -> float:
        """Probability of the predicted digit."""
        return float(self.probabilities[self.digit])


@dataclass(frozen=True)
class _Served:
    model: ConvNet
    fn: Callable[[tf.Tensor], tf.Tensor]
    metadata: dict = field(default_factory=dict)
    path: Path | None = None


class Classifier:
    """Predicts with the model in use; ``swap`` changes it atomically."""

    def __init__(self, model: ConvNet, metadata: dict | None = None, path: Path | None = None):
        self._served = self._prepare(model, metadata, path)

    @staticmethod
    def _prepare(model: ConvNet, metadata: dict | None, path: Path | None) -> _Served:
        fn = softmax_fn(model)
        fn(tf.zeros([1, 28, 28, 1]))  # trace now, not on the first user stroke
        return _Served(model, fn, dict(metadata or {}), path)

    def swap(self, model: ConvNet, metadata: dict | None = None, path: Path | None = None) -> None:
        """Serve a new network from now on (traced before it becomes visible)."""
        # One reference assignment: atomic, so no lock is needed.
        self._served = self._prepare(model, metadata, path)

    @property
    def model(self) -> ConvNet:
        """The network in use."""
        return self._served.model

    @property
    def metadata(self) -> dict:
        """Metadata of the network in use (recipe, accuracy, date...)."""
        return dict(self._served.metadata)

    @property
    def path(self) -> Path | None:
        """The checkpoint folder the network in use came from, if any."""
        return self._served.path

    def predict_batch(self, images: np.ndarray) -> np.ndarray:
        """Probabilities (N, 10) for images (N, 28, 28[, 1]), uint8 or float in [0, 1]."""
        served = self._served  # one read: the whole batch uses one network
        return served.fn(as_network_input(images)).numpy()

    def predict(self, image: np.ndarray) -> Prediction:
        """The digit and probabilities for one 28x28 image (float in [0, 1] or uint8)."""
        image = np.asarray(image)
        if image.shape not in ((28, 28), (28, 28, 1)):
            raise ValueError(f"expected a 28x28 image, got shape {image.shape}")
        probabilities = self.predict_batch(image[np.newaxis])[0]
        return Prediction(int(np.argmax(probabilities)), probabilities)
