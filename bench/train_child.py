"""The trainer child's images/s against training in-process (issue 22: within 5 %).

The same recipe (the app's default, cut to one short epoch: ``SLICE``) is
trained in this process through ``model.network.train.train()`` and in a child
started as the app starts it (``python -P -m main train --events --recipe
...``), alternating, ``runs`` times each. Steps only: from the first progress
event to the last (each side timed where its events arrive: here for the
child, so the pipe is included), without start-up, imports, data loading,
the generated data, evaluation or saving. End to end: the whole run (the child
from its start to its exit; in-process from the call to ``train()``, with
TensorFlow and MNIST already loaded, as the old in-window training had them).

Part of ``python -m bench.train_throughput`` (``--child-only`` runs just this).
Its line: ``train_child: inprocess=N child=N ratio=R end_to_end_inprocess_s=S
end_to_end_child_s=S`` (images/s, medians; ratio = child / in-process).
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import tempfile
import time
from pathlib import Path

from bench import common

SLICE = {"epochs": 1, "train_limit": 6400, "styles": 400, "negatives": 800}


def recipe() -> object:
    """The app's default recipe on a short slice (the same for both sides)."""
    from model.network.recipe import PRESETS

    return dataclasses.replace(PRESETS["default"], **SLICE)


def rate(times: list[tuple[int, float]], batch: int) -> float:
    """Images/s between the first and the last step event ((step, seconds) pairs)."""
    (first, t0), (last, t1) = times[0], times[-1]
    return (last - first) * batch / (t1 - t0) if t1 > t0 else float("nan")


def in_process(config: object, mnist: object) -> tuple[float, float]:
    """(images/s over the steps, seconds end to end) of one run in this process."""
    from model.network.train import Finished, Step, train

    start, times = time.perf_counter(), []
    for event in train(config, mnist):
        if isinstance(event, Step):
            times.append((event.step, time.perf_counter()))
        elif isinstance(event, Finished):
            break
    return rate(times, config.batch_size), time.perf_counter() - start


def in_child(config: object, folder: Path) -> tuple[float, float]:
    """(images/s over the steps, seconds end to end) of one run in a trainer child."""
    from model.network.recipe import write_recipe

    write_recipe(config, folder / "recipe.json")
    # As app/trainer.py starts it: trainer_command() + job_arguments().
    command = [common.python(), "-P", "-m", "main", "train", "--events", "--recipe",
               str(folder / "recipe.json"), "--out", str(folder / f"ckpt-{time.time_ns()}")]
    start, times, ending = time.perf_counter(), [], None
    env = common.child_env(PYTHONUNBUFFERED="1")
    with subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True, env=env,
                          cwd=common.REPO_ROOT) as child:
        for line in child.stdout:
            message = json.loads(line) if line.startswith("{") else {}
            if message.get("event") == "progress":
                times.append((message["step"], time.perf_counter()))
            elif message.get("event") in ("finished", "failed", "cancelled"):
                ending = message
        child.wait()
    if ending is None or ending["event"] != "finished":
        raise RuntimeError(f"the trainer child did not finish: {ending}")
    return rate(times, config.batch_size), time.perf_counter() - start


def measure(runs: int) -> str:
    """Print the comparison; return its one-line summary."""
    from model.data.mnist import load_mnist

    config, mnist = recipe(), load_mnist()
    monitor = common.LoadMonitor()
    inside: list[tuple[float, float]] = []
    child: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-train-child-") as folder:
        for i in range(runs):  # alternating, in a rotating order: load hits both alike
            sides = [lambda: inside.append(in_process(config, mnist)),
                     lambda: child.append(in_child(config, Path(folder)))]
            for side in sides if i % 2 == 0 else sides[::-1]:
                side()
    in_rate, child_rate = (common.median([r for r, _ in side]) for side in (inside, child))
    in_s, child_s = (common.median([s for _, s in side]) for side in (inside, child))
    others = monitor.cores()[0]
    print(f"\nTrainer child against in-process training: the default recipe on "
          f"{SLICE}, {runs} runs each, alternating (median images/s over the steps; "
          f"seconds end to end):")
    print(common.table(["where", "images/s", "runs", "end to end s"], [
        ["in-process train()", in_rate, ", ".join(f"{r:.0f}" for r, _ in inside), in_s],
        ["child: main.py train --events", child_rate,
         ", ".join(f"{r:.0f}" for r, _ in child), child_s]]))
    print(f"Child / in-process images/s: {child_rate / in_rate:.3f} (target >= 0.95); other "
          f"processes used {others:.2f} cores meanwhile"
          + (" (loaded machine: indicative only)." if others > 0.3 else "."))
    return (f"train_child: inprocess={in_rate:.0f} child={child_rate:.0f} "
            f"ratio={child_rate / in_rate:.3f} end_to_end_inprocess_s={in_s:.1f} "
            f"end_to_end_child_s={child_s:.1f}")
