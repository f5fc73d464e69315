"""The same network as a Keras Sequential, for comparison in tests and benchmarks only."""

from __future__ import annotations

import keras

from model.network.convnet import DROP_RATE, LAYER_NAMES, ConvNet


def build(hidden: int = 32) -> keras.Sequential:
    """The tutorial's closing Keras model, layer for layer."""
    layers = keras.layers
    return keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            layers.Conv2D(16, 3, padding="same", activation="relu", name="c1"),
            layers.Conv2D(16, 3, padding="same", activation="relu", name="c2"),
            layers.MaxPooling2D(2, padding="same"),
            layers.Conv2D(32, 3, padding="same", activation="relu", name="c3"),
            layers.Conv2D(32, 3, padding="same", activation="relu", name="c4"),
            layers.MaxPooling2D(2, padding="same"),
            layers.Flatten(),
            layers.Dense(hidden, activation="relu", name="d1"),
            layers.Dropout(DROP_RATE),
            layers.Dense(10, name="out"),
        ]
    )


def from_convnet(model: ConvNet) -> keras.Sequential:
    """A Keras model holding a copy of the low-level network's weights."""
    reference = build(model.hidden)
    for name in LAYER_NAMES:
        layer = reference.get_layer(name)
        layer.set_weights([model.weights[name].numpy(), model.biases[name].numpy()])
    return reference
