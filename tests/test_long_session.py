"""What a long session must not keep: evaluated networks, memory arenas (issue 16)."""

import gc
import platform
import weakref

import numpy as np
import pytest

from model.network.convnet import ConvNet
from model.network.evaluate import accuracy, logits, probabilities


def test_an_evaluated_network_is_not_kept_once_nothing_uses_it():
    images = np.zeros((3, 28, 28), np.uint8)
    model = ConvNet(hidden=8, seed=0)
    first = probabilities(model, images)
    assert np.allclose(probabilities(model, images), first)  # traced once, reused
    logits(model, images)
    accuracy(model, images, np.zeros(3, np.int64))
    gone = weakref.ref(model)
    del model
    gc.collect()
    assert gone() is None


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="malloc arenas are glibc's")
def test_malloc_arenas_are_capped_on_glibc():
    from app.memory import limit_malloc_arenas

    assert limit_malloc_arenas() is True
