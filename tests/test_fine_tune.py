"""Teaching: a few corrected drawings of a style the model misreads are enough."""

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from app.canvas import DrawingCanvas
from model.data.preprocess import prepare
from model.network.calibration import rejected
from model.network.checkpoints import BUNDLED_DIR, load_for_serving
from model.network.classifier import Classifier
from model.network.convnet import ConvNet
from model.network.decision import RejectRule
from model.network.evaluate import accuracy, logits
from model.network.recipe import fine_tune_config
from model.network.train import Finished, train
from model.synthetic.training_set import validation_set
from tests.helpers import mnist

# The first release's weights (20 epochs of MNIST alone): a model that never saw the style.
# The bundled model reads European 1s already, so it cannot show that teaching works.
FIRST_RELEASE = Path(__file__).parent / "data" / "first_release_weights.npz"

# A European "1": a long flag from the left, often read as a 7.
EUROPEAN_ONE = [[(0.05, 0.5), (0.6, 0.0), (0.6, 1.3)]]


def draw(canvas, rng, strokes):
    canvas.clear()
    size = rng.uniform(120, 220)
    dx, dy = rng.uniform(30, 380 - size), rng.uniform(20, 380 - 1.3 * size)
    for stroke in strokes:
        canvas.draw_stroke([(dx + size * x + rng.normal(0, 3), dy + size * y + rng.normal(0, 3))
                            for x, y in stroke])
    return prepare(canvas.to_array())


@pytest.fixture
def canvas(qtbot):
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show()
    return widget


def test_fine_tuning_on_a_handful_of_drawings_learns_the_style(canvas):
    rng = np.random.default_rng(7)
    taught = np.stack([draw(canvas, rng, EUROPEAN_ONE) for _ in range(12)])
    fresh = np.stack([draw(canvas, rng, EUROPEAN_ONE) for _ in range(30)])
    model = ConvNet(hidden=32, seed=0)
    with np.load(FIRST_RELEASE) as weights:
        model.set_numpy(dict(weights))
    before = Classifier(model).predict_batch(fresh).argmax(axis=1)
    assert np.mean(before == 1) < 0.8  # the style really is misread before teaching
    mnist_before = accuracy(model, mnist().x_test, mnist().y_test)

    extra = (np.round(taught * 255).astype(np.uint8), np.ones(len(taught), np.int32))
    # Seeded, so the thresholds below meet the same run every time (seeds 0-5 measured:
    # 30/30 read as 1 after, MNIST accuracy -0.09 to -0.18 points).
    config = dataclasses.replace(fine_tune_config(len(taught)), seed=0)
    finished = list(train(config, mnist(), start_from=model, extra=extra))[-1]
    assert isinstance(finished, Finished)

    after = Classifier(finished.model).predict_batch(fresh).argmax(axis=1)
    assert np.mean(after == 1) >= 0.9
    assert finished.test_accuracy >= mnist_before - 0.005


# Generated non-digits refused may fall by at most this much in one fine-tune.
# Measured on the bundled model with the seed below (3,000 MNIST images): 96.7 % ->
# 96.4 % with the generated slice mixed in, -> 93.0 % without it (MNIST and drawings).
FORGETTING_MARGIN = 0.02


@pytest.mark.slow
def test_fine_tuning_keeps_refusing_the_generated_non_digits(canvas):
    loaded = load_for_serving(BUNDLED_DIR)
    model = ConvNet(hidden=loaded.metadata["hidden"], seed=0)
    model.set_numpy(loaded.model)
    negatives = validation_set(3, per_style=0, per_kind=60, mnist_images=mnist().x_test)
    x_neg = np.concatenate(list(negatives["negatives"].values()))
    before = rejected(logits(model, x_neg), RejectRule.from_metadata(loaded.metadata)).mean()

    rng = np.random.default_rng(7)
    taught = np.stack([draw(canvas, rng, EUROPEAN_ONE) for _ in range(12)])
    extra = (np.round(taught * 255).astype(np.uint8), np.ones(len(taught), np.int32))
    recipe = fine_tune_config(len(taught))
    limit = 3000  # a small slice keeps the test short; the generated share shrinks with it
    share = recipe.generated_share * limit / recipe.train_limit
    config = dataclasses.replace(recipe, seed=0, train_limit=limit, generated_share=share)
    finished = list(train(config, mnist(), start_from=model, extra=extra))[-1]
    after = rejected(logits(finished.model, x_neg), finished.rule).mean()
    assert after >= before - FORGETTING_MARGIN
