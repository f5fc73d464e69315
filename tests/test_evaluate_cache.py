import gc
import weakref

import numpy as np

from model.network import evaluate
from model.network.convnet import ConvNet


def test_a_network_no_longer_used_is_freed_with_its_traced_functions():
    images = np.zeros((3, 28, 28), np.uint8)
    gone = []
    for _ in range(3):  # e.g. three retrains, each evaluated
        model = ConvNet(seed=1)
        evaluate.logits(model, images)
        evaluate.probabilities(model, images)
        gone.append(weakref.ref(model))
        del model
    gc.collect()
    assert all(ref() is None for ref in gone)
