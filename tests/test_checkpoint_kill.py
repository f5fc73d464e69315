"""SIGKILL a process that is saving checkpoints, many times: a good model always loads."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from model.checkpoints import BUNDLED_DIR, CheckpointStore

ROOT = Path(__file__).resolve().parent.parent

WRITER = """
import sys
from model.checkpoints import CheckpointStore, make_metadata
from model.convnet import ConvNet
from model.optimizer import Adam

store = CheckpointStore(sys.argv[1], keep=3)
seed = int(sys.argv[2])
print("ready", flush=True)
while True:
    net = ConvNet(seed=seed)
    store.save(net, make_metadata({"hidden": 32}, seed / 1000, step=seed),
               Adam(list(net.trainable_variables)))
    print(seed, flush=True)
    seed += 1
"""


@pytest.mark.faults
def test_killing_a_checkpoint_writer_never_leaves_a_bad_current_model(tmp_path):
    rng = random.Random(1234)
    root = tmp_path / "checkpoints"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"}
    seed = 1
    for _ in range(20):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(root), str(seed)],
                                  stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert writer.stdout.readline().strip() == "ready"
        # Kill somewhere inside a save (each takes tens of milliseconds).
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        saved = [int(line) for line in writer.communicate()[0].split()]
        seed = (saved[-1] if saved else seed) + 1
        loaded = CheckpointStore(root).load_newest()
        assert not loaded.warnings, loaded.warnings  # no torn checkpoint was ever visible
        assert all(np.isfinite(v.numpy()).all() for v in loaded.model.trainable_variables)
        if saved:
            assert loaded.metadata["step"] == saved[-1] or loaded.metadata["step"] > saved[-1]
        elif not list(root.glob("ckpt-*")):
            assert loaded.path == BUNDLED_DIR
