"""What a long session must not keep: evaluated networks, arenas, freed buffers (issues 16, 22)."""

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


MEMORY_CHECK = """
import os, sys
import numpy as np
if sys.argv[1] == "app":
    from app.memory import limit_malloc_arenas
    limit_malloc_arenas()
def rss_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
before = rss_mb()
for megabytes in (12, 8):  # a bigger buffer, then a smaller one: glibc's dynamic thresholds
    buffer = np.ones(megabytes * 2**20 // 8)
    del buffer
print(rss_mb() - before)
"""


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="malloc's thresholds are glibc's")
def test_a_freed_big_buffer_goes_back_to_the_system():
    import subprocess
    import sys

    # A fresh process: this one's malloc has seen other tests' buffers.
    kept = float(subprocess.run([sys.executable, "-c", MEMORY_CHECK, "app"], check=True,
                                capture_output=True, text=True).stdout)
    assert kept < 3, f"{kept:.1f} MB of freed buffers still held"


def test_changing_the_model_hands_freed_memory_back(qtbot, tmp_path, monkeypatch):
    import app.session
    from model.network.checkpoints import BUNDLED_DIR

    trims = []
    monkeypatch.setattr(app.session, "return_freed_memory", lambda: trims.append(1))
    session = app.session.Session(tmp_path / "data")
    session.use_model(BUNDLED_DIR)
    session.use_model(BUNDLED_DIR)
    assert len(trims) == 2
