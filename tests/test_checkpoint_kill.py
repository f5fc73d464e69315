"""SIGKILL a process while it saves a checkpoint, at every step of the save: a good model loads.

The writer stops at each step of a save (it prints where it is and waits for a
"go" on stdin), so the test knows where every kill lands instead of hoping a
random delay hit a save of a few tens of milliseconds. Each step is killed
twice: once while the writer waits there, once just after it is let go (the
kill then lands inside the work that follows: TensorFlow's write, the .npz,
the rename, the pruning).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from model.network.checkpoints import BUNDLED_DIR, CheckpointStore, load_for_serving

ROOT = Path(__file__).resolve().parent.parent

# Steps of a save, in order, hooked where the save touches the disk: ``np.savez``
# writes weights.npz after TensorFlow's files; ``os.rename`` makes the folder
# current; ``shutil.rmtree`` prunes old checkpoints. If the save stops using one
# of them, that step is never reached and the test says so instead of passing.
PHASES = ("begin", "tf-written", "npz-written", "complete", "renamed", "pruning")
BEFORE_RENAME = {"begin", "tf-written", "npz-written", "complete"}

WRITER = """
import os, shutil, sys
import numpy as np
from model.network.checkpoints import CheckpointStore, make_metadata
from model.network.convnet import ConvNet
from model.network.optimizer import Adam

seed = int(sys.argv[2])

def pause(phase):
    print(phase, seed, flush=True)
    if sys.stdin.readline() != "go\\n":
        os._exit(3)

def around(function, before, after=None):
    def hooked(*args, **kwargs):
        pause(before)
        result = function(*args, **kwargs)
        if after:
            pause(after)
        return result
    return hooked

np.savez = around(np.savez, "tf-written", "npz-written")
os.rename = around(os.rename, "complete", "renamed")
shutil.rmtree = around(shutil.rmtree, "pruning")
store = CheckpointStore(sys.argv[1], keep=1)  # every save after the first prunes
print("ready", seed, flush=True)
while True:
    net = ConvNet(seed=seed)
    metadata = make_metadata({"hidden": 32}, seed / 1000, step=seed)
    optimizer = Adam(list(net.trainable_variables))
    pause("begin")
    store.save(net, metadata, optimizer)
    print("end", seed, flush=True)
    seed += 1
"""


def kill_during_second_save(root: Path, seed: int, phase: str, wait_there: bool,
                            log: Path) -> list[tuple[str, int]]:
    """Run a writer; let its first save finish; SIGKILL it at ``phase`` of its second save.

    Returns:
        Every (marker, seed) the writer printed, up to its death.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"}
    with open(log, "w") as stderr:
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(root), str(seed)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                  text=True, env=env, cwd=ROOT)
    markers: list[tuple[str, int]] = []
    try:
        while True:
            line = writer.stdout.readline()
            assert line, f"the writer ended by itself:\n{log.read_text()[-2000:]}"
            marker, number = line.split()
            markers.append((marker, int(number)))
            if marker == "end":
                assert int(number) == seed, f"{phase} never happened in save {seed + 1}"
                continue
            if int(number) == seed + 1 and marker == phase:
                if not wait_there:
                    writer.stdin.write("go\n")  # the kill lands in the work after the step
                    writer.stdin.flush()
                writer.send_signal(signal.SIGKILL)
                break
            if marker != "ready":
                writer.stdin.write("go\n")
                writer.stdin.flush()
    finally:
        writer.kill()
        rest = writer.communicate()[0]
    assert writer.returncode == -signal.SIGKILL
    # A line the kill cut short (printed halfway) says nothing: only whole lines count.
    whole = (line.split() for line in rest.splitlines())
    markers += [(fields[0], int(fields[1])) for fields in whole
                if len(fields) == 2 and fields[1].isdigit()]
    return markers


@pytest.mark.faults
@pytest.mark.slow
def test_killing_a_checkpoint_writer_never_leaves_a_bad_current_model(tmp_path: Path) -> None:
    root = tmp_path / "checkpoints"
    assert CheckpointStore(root).load_newest().path == BUNDLED_DIR
    plan = [(phase, wait) for phase in PHASES for wait in (True, False)]
    random.Random(1234).shuffle(plan)
    seed, inside = 1, 0
    for run, (phase, wait_there) in enumerate(plan):
        markers = kill_during_second_save(root, seed, phase, wait_there, tmp_path / f"{run}.log")
        first, second = seed, seed + 1
        assert ("end", first) in markers
        last = markers[-1][0]  # the last step the writer reached before the kill
        assert markers[-1][1] == second or last == "end"
        if last != "end":
            inside += 1
        if wait_there:
            assert last == phase, (phase, markers[-3:])
        # Only a rename makes a save current; before it the previous one is.
        if last in BEFORE_RENAME - {"complete"} or (last == "complete" and wait_there):
            expected = {first}
        elif last == "complete":
            expected = {first, second}  # let go: the rename may have happened
        else:
            expected = {second}
        for loader in (None, load_for_serving):  # TensorFlow's files, and what the app serves
            loaded = CheckpointStore(root).load_newest(loader=loader)
            assert not loaded.warnings, (phase, loaded.warnings)  # nothing torn was visible
            assert loaded.path != BUNDLED_DIR
            assert loaded.metadata["step"] in expected, (phase, wait_there, markers[-3:])
        assert isinstance(loaded.model, dict)  # weights.npz verified, no TensorFlow fallback
        assert all(np.isfinite(v).all() for v in loaded.model.values())
        seed += 2
    # Every kill waiting at a step landed inside a save; of the others, most did too
    # (a kill just after "pruning" may come after the save has ended).
    assert inside >= len(plan) - 2, inside
