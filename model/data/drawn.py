"""A drawn-digit evaluation set: MNIST test digits placed on a canvas the way people draw.

Each sample is one MNIST test digit, rotated a little, scaled to a random
height, thickened or thinned, placed anywhere on a large canvas, in either
polarity. The score compares the app's MNIST-style preprocessing with the
naive approach (shrinking the whole canvas to 28x28).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from model.data.preprocess import prepare

CANVAS = 400


@dataclass(frozen=True)
class DrawnSample:
    """One synthetic drawing: the canvas (uint8, ink dark or light) and its label."""

    canvas: np.ndarray
    label: int
    index: int


def _digit_image(digit: np.ndarray, height: int, rng: np.random.Generator) -> Image.Image:
    """The digit cropped, rotated, scaled to ``height`` and re-stroked (ink = 255)."""
    rows, cols = np.nonzero(digit > 30)
    crop = digit[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    image = Image.fromarray(crop).rotate(rng.uniform(-15, 15), Image.BILINEAR, expand=True)
    scale = height / image.height
    width = max(1, round(image.width * scale))
    image = image.resize((width, height), Image.BILINEAR)
    # Stroke width: people draw with thin pens and fat markers alike.
    radius = int(rng.integers(-1, 4) * max(1, height // 100))
    if radius > 0:
        image = image.filter(ImageFilter.MaxFilter(2 * radius + 1))
    elif radius < 0:
        image = image.filter(ImageFilter.MinFilter(3))
    return image.point(lambda v: 255 if v > 100 else 0)


def synthesize(
    images: np.ndarray, labels: np.ndarray, count: int, seed: int = 0, canvas: int = CANVAS
) -> Iterator[DrawnSample]:
    """Yield ``count`` drawings built from random MNIST test digits."""
    rng = np.random.default_rng(seed)
    for index in rng.choice(len(images), size=count, replace=False):
        height = int(rng.uniform(0.15, 0.9) * canvas)
        digit = _digit_image(images[index], height, rng)
        if digit.width > canvas:
            digit = digit.resize((canvas, max(1, digit.height * canvas // digit.width)))
        sheet = Image.new("L", (canvas, canvas), 0)
        x = int(rng.integers(0, canvas - digit.width + 1))
        y = int(rng.integers(0, canvas - digit.height + 1))
        sheet.paste(digit, (x, y))
        pixels = np.asarray(sheet)
        if rng.random() < 0.5:
            pixels = 255 - pixels  # dark ink on paper, like the canvas
        yield DrawnSample(pixels, int(labels[index]), int(index))


def naive_input(canvas: np.ndarray) -> np.ndarray:
    """What a simple demo feeds the network: the whole canvas shrunk, ink assumed light."""
    small = Image.fromarray(canvas).resize((28, 28), Image.BILINEAR)
    return np.asarray(small, dtype=np.float32) / 255.0


def evaluate_drawn(predict_many: object, images: np.ndarray, labels: np.ndarray,
                   count: int = 2000, seed: int = 0) -> dict:
    """Accuracy on the drawn set with the app's preprocessing and with the naive one.

    A drawing called "not a digit" counts as wrong.

    Args:
        predict_many: ``Classifier.predict_many`` (N, 28, 28) -> N Decisions.
        images: MNIST test images (uint8).
        labels: their labels.
        count: how many drawings.
        seed: which drawings (the same seed gives the same set).
    """
    prepared, naive, truth, no_digit = [], [], [], 0
    for sample in synthesize(images, labels, count, seed):
        network_input = prepare(sample.canvas)
        if network_input is None:
            no_digit += 1
            network_input = np.zeros((28, 28), np.float32)  # counts as wrong
        prepared.append(network_input)
        naive.append(naive_input(sample.canvas))
        truth.append(sample.label)
    truth = np.array(truth)
    ours = predict_many(np.stack(prepared))
    theirs = predict_many(np.stack(naive))
    return {
        "count": count,
        "seed": seed,
        "accuracy": _share_right(ours, truth),
        "naive_accuracy": _share_right(theirs, truth),
        "rejected": float(np.mean([d.status == "not_a_digit" for d in ours])),
        "no_digit": no_digit,
    }


def _share_right(decisions: list, truth: np.ndarray) -> float:
    return float(np.mean([d.digit == t for d, t in zip(decisions, truth, strict=True)]))
