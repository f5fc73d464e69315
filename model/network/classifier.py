"""Thread-safe prediction from the model in use: a Decision per drawing.

Predictions run on the NumPy forward pass (model/network/numpy_net.py), so the app can
answer before TensorFlow has loaded. The served weights, their decision rule
and metadata are one immutable record; ``swap`` replaces it in one assignment,
so a prediction always runs entirely on the old weights or entirely on the new.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from model.network.decision import Decision, RejectRule, decide, softmax
from model.network.numpy_net import NumpyNet

if TYPE_CHECKING:
    from model.network.convnet import ConvNet

Prediction = Decision  # the name older callers use
BIG_BATCH = 64  # above this TensorFlow is several times faster than NumPy (explorer, evaluate)


@dataclass(frozen=True)
class _Served:
    net: NumpyNet
    rule: RejectRule
    metadata: dict = field(default_factory=dict)
    path: Path | None = None


def _params(model: ConvNet | dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return model if isinstance(model, dict) else model.get_numpy()


class Classifier:
    """Predicts with the model in use; ``swap`` changes it atomically.

    Args:
        model: a ConvNet, or its parameters as NumPy arrays (no TensorFlow needed).
        metadata: the checkpoint's metadata (its "decision" entry sets the rule).
        path: the checkpoint folder it came from.
        tensorflow: run big batches in TensorFlow (several times faster); the app's
            window passes False: TensorFlow never runs in its process.
    """

    def __init__(self, model: ConvNet | dict[str, np.ndarray], metadata: dict | None = None,
                 path: Path | None = None, tensorflow: bool = True) -> None:
        self._served = self._prepare(model, metadata, path)
        self.tensorflow = tensorflow
        self._model_cache: tuple[NumpyNet, ConvNet] | None = None

    @staticmethod
    def _prepare(model: ConvNet | dict[str, np.ndarray], metadata: dict | None,
                 path: Path | None) -> _Served:
        metadata = dict(metadata or {})
        return _Served(NumpyNet(_params(model)), RejectRule.from_metadata(metadata),
                       metadata, path)

    def swap(self, model: ConvNet | dict[str, np.ndarray], metadata: dict | None = None,
             path: Path | None = None) -> None:
        """Serve a new network from now on."""
        self._served = self._prepare(model, metadata, path)  # one assignment: atomic

    @property
    def net(self) -> NumpyNet:
        """The NumPy network in use."""
        return self._served.net

    @property
    def params(self) -> dict[str, np.ndarray]:
        """The weights in use."""
        return self._served.net.params

    @property
    def rule(self) -> RejectRule:
        """Temperature and not-a-digit threshold in use."""
        return self._served.rule

    @property
    def model(self) -> ConvNet:
        """The network in use as a TensorFlow ConvNet (imports TensorFlow; for training)."""
        return self._model_for(self._served.net)

    def _model_for(self, net: NumpyNet) -> ConvNet:
        from model.network.convnet import ConvNet

        cached = self._model_cache
        if cached is None or cached[0] is not net:
            model = ConvNet(hidden=net.hidden, seed=0)
            model.set_numpy(net.params)
            cached = self._model_cache = (net, model)
        return cached[1]

    @property
    def metadata(self) -> dict:
        """Metadata of the network in use (recipe, accuracy, date...)."""
        return dict(self._served.metadata)

    @property
    def path(self) -> Path | None:
        """The checkpoint folder the network in use came from, if any."""
        return self._served.path

    def logits_batch(self, images: np.ndarray) -> np.ndarray:
        """Logits (N, 10) for images (N, 28, 28[, 1]), uint8 or float in [0, 1].

        Large batches run in TensorFlow (imported on first use) unless ``tensorflow`` is
        False, small ones in NumPy.
        """
        return self._logits(self._served, images)

    def _logits(self, served: _Served, images: np.ndarray) -> np.ndarray:
        if len(images) <= BIG_BATCH or not self.tensorflow:
            return served.net.logits(images)
        from model.network.evaluate import logits as tf_logits

        return tf_logits(self._model_for(served.net), images)

    def predict_batch(self, images: np.ndarray) -> np.ndarray:
        """Calibrated probabilities (N, 10)."""
        served = self._served  # one read: the whole batch uses one network
        return softmax(self._logits(served, images), served.rule.temperature)

    def predict_many(self, images: np.ndarray) -> list[Decision]:
        """One Decision per image (N, 28, 28)."""
        served = self._served
        return [decide(row, served.rule) for row in self._logits(served, images)]

    def predict(self, image: np.ndarray) -> Decision:
        """The Decision for one 28x28 image (float in [0, 1] or uint8)."""
        image = np.asarray(image)
        if image.shape not in ((28, 28), (28, 28, 1)):
            raise ValueError(f"expected a 28x28 image, got shape {image.shape}")
        return self.predict_many(image[np.newaxis])[0]
