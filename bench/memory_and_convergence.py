"""Memory and convergence of the default recipe: peak RSS of the app, and what a person waits for.

1. ``app_run``: the real app (unmodified ``main.py``, offscreen, a new empty
   user, ``bench._app_probe``): once the first drawing is answered, the probe
   clicks Retrain; the run uses the panel's own settings (the app's defaults;
   ``--epochs N`` types N into the panel's epochs box). Reported: the app
   process's peak RSS (``ru_maxrss``: Python, Qt, TensorFlow, the model, MNIST
   and the whole training run together) and what a person waits for after the
   click: MNIST loaded, first step, each epoch evaluated, checkpoint written,
   new model in use.
2. ``seed_run`` for each seed: the default recipe (``PRESETS["default"]``)
   through ``model.network.train.train`` in a new process per seed, timed from
   spawning that process, as a person waits from the Retrain click (the app
   imports TensorFlow only then, and will train in a process of its own):
   interpreter start, TensorFlow import, MNIST load, training steps, each
   epoch's test evaluation, then the checkpoint written
   (``CheckpointStore.save`` into a throw-away folder). The child prints
   progress as JSON lines, stamped by the parent as they arrive. Time to 0.99
   = from the spawn to the end of the first evaluation at or above 0.99 (the
   schedule is the full run's, as in the app).

    python -m bench.memory_and_convergence               # app run + seeds 1, 2, 3, whole runs
    python -m bench.memory_and_convergence --quick       # 1 epoch; seeds 1, 2 on 12,000 images
    python -m bench.memory_and_convergence --seeds 1 2 --epochs 4

Last line: ``memory: peak_rss_mb=X time_to_099_s=Y`` (X: the app process's
peak RSS during a whole Retrain; Y: median over seeds of the seconds from
spawning the training process to 0.99, "none" unless every seed reached it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence

from bench import common
from bench.process import peak_rss_mb, rss_mb

# ------------------------------------------------------------------ the app


def app_run(epochs: int | None) -> dict:
    """One Retrain in the real app (a new process, a new user); the probe's figures."""
    options = {"scenario": "retrain", "epochs": epochs, "baseline_s": 0.5, "draw": False}
    return common.run_probe(options, timeout=3600)[0]


def print_app_run(run: dict) -> None:
    t0 = next(t for t, what in run["events"] if what == "Retrain clicked")
    before = [mb for t, mb in run["rss"] if t < t0]
    print(f"\n1. The app (main.py), one Retrain with the panel's settings "
          f"({run['epochs_setting']} epochs): {run['result']}, test accuracy "
          f"{run.get('test_accuracy')}")
    print(f"Peak RSS of the app process over the whole session: {run['peak_rss_mb']:.0f} MB "
          f"(ru_maxrss); before the click {max(before, default=float('nan')):.0f} MB "
          f"(VmRSS sampled every 250 ms).")
    print("What a person waits for, seconds after the click: " + "; ".join(
        f"{t - t0:+.1f} {what}" for t, what in run["events"] if t >= t0))


# ------------------------------------------------------------------ seeds


def seed_child(spec_text: str) -> int:
    """Train the default recipe with one seed; print progress events as JSON lines.

    The parent stamps each line as it arrives (seconds since it spawned this process).
    """
    import dataclasses
    import tempfile

    spec = json.loads(spec_text)
    common.emit(event="started")  # the interpreter is up
    # Timed: the app imports TensorFlow after the Retrain click (a trainer process will too).
    import tensorflow as tf  # noqa: F401

    from model.data.mnist import load_mnist
    from model.network.checkpoints import CheckpointStore
    from model.network.recipe import PRESETS
    from model.network.train import EpochEnd, Finished, Step, metadata_for, train

    common.emit(event="imported")
    mnist = load_mnist()
    common.emit(event="loaded")
    config = dataclasses.replace(PRESETS["default"], seed=spec["seed"])
    if spec.get("epochs"):
        config = dataclasses.replace(config, epochs=spec["epochs"])
    if spec.get("limit"):
        config = dataclasses.replace(config, train_limit=spec["limit"])
    last_step, finished = None, None
    for event in train(config, mnist):
        if isinstance(event, Step):
            if last_step is None:
                common.emit(event="first_step")
            last_step = time.perf_counter()
        elif isinstance(event, EpochEnd):
            common.emit(event="epoch", epoch=event.epoch, test_accuracy=event.test_accuracy,
                        eval_s=time.perf_counter() - last_step, rss_mb=rss_mb())
        elif isinstance(event, Finished):
            finished = event
            common.emit(event="finished")
    with tempfile.TemporaryDirectory() as folder:
        metadata = metadata_for(finished)  # as the app's training worker does
        CheckpointStore(folder).save(finished.model, metadata, finished.optimizer)
        common.emit(event="saved")
    common.emit(event="result", seed=spec["seed"], final=finished.test_accuracy,
                peak_rss_mb=peak_rss_mb(), recipe=config.recipe())
    return 0


def run_from_lines(lines: Sequence[tuple[float, dict]]) -> dict:
    """One seed's figures from its stamped progress lines (seconds since the spawn)."""
    at: dict[str, float] = {}
    epochs = []
    result: dict = {}
    for stamp, line in lines:
        if line["event"] == "epoch":
            epochs.append({**line, "elapsed_s": stamp})
        elif line["event"] == "result":
            result = line
        at.setdefault(line["event"], stamp)
    return {"seed": result["seed"], "import_s": at["imported"] - at["started"],
            "load_s": at["loaded"] - at["imported"], "first_step_s": at["first_step"],
            "epochs": epochs, "save_s": at["saved"] - at["finished"],
            "total_s": at["saved"], "final": result["final"],
            "peak_rss_mb": result["peak_rss_mb"], "recipe": result["recipe"]}


def seed_run(seed: int, epochs: int | None, limit: int | None) -> dict:
    """One seed in a new process (a new user), timed from its spawn."""
    spec = json.dumps({"seed": seed, "epochs": epochs, "limit": limit})
    env = common.isolated_child_env(common.temporary_folder())
    lines = common.stream_json_child(["-m", "bench.memory_and_convergence", "--child", spec],
                                     env=env, timeout=7200)
    return run_from_lines(lines)


def time_to(run: dict, target: float) -> float | None:
    """Seconds from the spawn of the training process to the first evaluation >= target."""
    return next((e["elapsed_s"] for e in run["epochs"] if e["test_accuracy"] >= target), None)


def seed_rows(runs: list[dict], target: float) -> list[list[object]]:
    rows = []
    for run in runs:
        reached = time_to(run, target)
        rows.append([run["seed"], run["load_s"], run["first_step_s"], len(run["epochs"]),
                     sum(e["eval_s"] for e in run["epochs"]), run["save_s"], run["total_s"],
                     "not reached" if reached is None else reached, f"{run['final']:.4f}",
                     run["peak_rss_mb"]])
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--seeds", type=int, nargs="+", default=None)
    p.add_argument("--epochs", type=int, default=None,
                   help="epochs (app: typed into the panel; seeds: the recipe's; changes "
                        "the schedule). Default: the recipe's own")
    p.add_argument("--limit", type=int, default=None, help="training images (seed runs only)")
    p.add_argument("--target", type=float, default=0.99)
    p.add_argument("--no-app", action="store_true", help="seed runs only")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return seed_child(args.child)
    if args.quick:
        args.epochs = args.epochs or 1
        args.limit = args.limit or 12_000
    seeds = args.seeds or ([1, 2] if args.quick else [1, 2, 3])
    common.isolate()
    monitor = common.print_header("bench.memory_and_convergence")
    wall = common.Stopwatch()

    app = None
    if not args.no_app:
        app = app_run(args.epochs)
        print_app_run(app)

    runs = []
    for seed in seeds:
        runs.append(seed_run(seed, args.epochs, args.limit))
        print(f"  seed {seed}: final {runs[-1]['final']:.4f} in {runs[-1]['total_s']:.0f} s "
              f"(load {common.load_average()})", file=sys.stderr, flush=True)
    recipe = runs[0]["recipe"]
    imports = common.summary([r["import_s"] for r in runs], " s", 1)
    print(f"\n2. The default recipe through model.network.train.train, one new process per seed: "
          f"epochs {recipe['epochs']}, batch {recipe['batch_size']}, train_limit "
          f"{recipe['train_limit']}; seconds from spawning the process, as a person waits "
          f"from the click (TensorFlow import included: {imports})")
    print(common.table(["seed", "MNIST load s", "1st step s", "epochs", "evaluation s",
                        "checkpoint s", "total s", f"to {args.target} s", "final acc",
                        "peak RSS MB"], seed_rows(runs, args.target)))
    reached = [time_to(r, args.target) for r in runs]
    print(f"Final test accuracy: {common.summary([r['final'] for r in runs], '', 4)}. "
          f"Benchmark wall time {wall.seconds():.0f} s.")
    print(monitor.summary())
    reached_text = ("none" if any(r is None for r in reached)
                    else f"{common.median(reached):.1f}")
    peak = app["peak_rss_mb"] if app else max(r["peak_rss_mb"] for r in runs)
    if app is None:
        print("peak_rss_mb below is the largest seed process's (no app run).")
    print(f"memory: peak_rss_mb={peak:.0f} time_to_099_s={reached_text}")
    return 0 if app is None or app["result"] == "succeeded" else 1


if __name__ == "__main__":
    sys.exit(main())
