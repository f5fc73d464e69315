import numpy as np

from model.data.drawn import evaluate_drawn, synthesize
from model.data.preprocess import prepare
from model.network.checkpoints import BUNDLED_DIR, load_checkpoint
from model.network.classifier import Classifier
from tests.helpers import mnist


def test_synthetic_drawings_are_large_canvases_in_both_polarities():
    samples = list(synthesize(mnist().x_test, mnist().y_test, 40, seed=1))
    assert all(s.canvas.shape == (400, 400) and s.canvas.dtype == np.uint8 for s in samples)
    backgrounds = {int(np.median(s.canvas)) for s in samples}
    assert backgrounds == {0, 255}
    assert all(s.label == mnist().y_test[s.index] for s in samples)
    assert all(prepare(s.canvas) is not None for s in samples)


def test_preprocessing_reads_drawn_digits_far_better_than_shrinking():
    loaded = load_checkpoint(BUNDLED_DIR)
    classifier = Classifier(loaded.model, loaded.metadata)
    report = evaluate_drawn(classifier.predict_many, mnist().x_test, mnist().y_test, count=300)
    assert report["accuracy"] >= 0.95  # digits called "not a digit" count as wrong
    assert report["rejected"] <= 0.02
    assert report["naive_accuracy"] < 0.6
    assert report["no_digit"] == 0
