"""Batch prediction over uint8 image arrays, accuracy and the confusion matrix."""

from __future__ import annotations

import weakref
from collections.abc import Callable

import numpy as np
import tensorflow as tf

from model.network.calibration import answers
from model.network.convnet import NUM_CLASSES, ConvNet
from model.network.decision import RejectRule

_compiled: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_compiled_logits: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _traced(model: ConvNet, cache: weakref.WeakKeyDictionary,
            body: Callable[[ConvNet, tf.Tensor], tf.Tensor]) -> Callable[[tf.Tensor], tf.Tensor]:
    """``body(model, images)`` traced once per model, cached while the model lives.

    The function reaches its model through a weak reference: a strong one (a
    closure over ``model``) would keep the cache's weak key alive for good, so
    every network ever evaluated (each retrain's, each fine-tune's) and its
    traced graph would stay in memory.
    """
    fn = cache.get(model)
    if fn is None:
        network = weakref.ref(model)
        fn = tf.function(
            lambda x: body(network(), x),
            input_signature=[tf.TensorSpec([None, 28, 28, 1], tf.float32)],
        )
        cache[model] = fn
    return fn


def softmax_fn(model: ConvNet) -> Callable[[tf.Tensor], tf.Tensor]:
    """A traced function images (N, 28, 28, 1) float32 -> probabilities, one per model."""
    return _traced(model, _compiled, lambda net, x: tf.nn.softmax(net(x, training=False)))


def logits_fn(model: ConvNet) -> Callable[[tf.Tensor], tf.Tensor]:
    """A traced function images (N, 28, 28, 1) float32 -> logits, one per model."""
    return _traced(model, _compiled_logits, lambda net, x: net(x, training=False))


def logits(model: ConvNet, images: np.ndarray, batch_size: int = 500) -> np.ndarray:
    """Logits (N, 10) for a stack of images, in moderate batches."""
    fn = logits_fn(model)
    x = as_network_input(images)
    parts = [fn(x[i : i + batch_size]).numpy() for i in range(0, len(x), batch_size)]
    return np.concatenate(parts) if parts else np.zeros((0, NUM_CLASSES), np.float32)


def as_network_input(images: np.ndarray) -> np.ndarray:
    """uint8 0..255 or float 0..1 images (N, 28, 28[, 1]) -> float32 (N, 28, 28, 1)."""
    images = np.asarray(images)
    scaled = images.astype(np.float32) / 255.0 if images.dtype == np.uint8 else images
    return np.asarray(scaled, dtype=np.float32).reshape(-1, 28, 28, 1)


def probabilities(model: ConvNet, images: np.ndarray, batch_size: int = 500) -> np.ndarray:
    """Softmax probabilities (N, 10) for a stack of images.

    Moderate batches: a prediction from the GUI thread waits behind each one in
    TensorFlow's shared thread pool, so large ones would stall the window.
    """
    fn = softmax_fn(model)
    x = as_network_input(images)
    parts = [fn(x[i : i + batch_size]).numpy() for i in range(0, len(x), batch_size)]
    return np.concatenate(parts) if parts else np.zeros((0, NUM_CLASSES), np.float32)


def right(model: ConvNet, images: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Per image, whether its most likely digit is the label (bool, N)."""
    return probabilities(model, images).argmax(axis=1) == labels


def accuracy(model: ConvNet, images: np.ndarray, labels: np.ndarray) -> float:
    """Fraction of images whose most likely digit is the label."""
    return float(np.mean(right(model, images, labels)))


def decided_accuracy(model: ConvNet, images: np.ndarray, labels: np.ndarray,
                     rule: RejectRule) -> float:
    """Share answered right with the decision rule, as the app answers ("your drawings").

    A digit is right when it is read as that digit (called not a digit: wrong);
    a drawing labelled -1 (not a digit) is right when the rule refuses it.
    """
    return float(np.mean(answers(logits(model, images), rule) == labels))
