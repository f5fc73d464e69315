"""Time to accuracy: how many training images and seconds the default recipe needs to reach 99.5 %.

Trains the default recipe (``model.train.PRESETS["default"]``, whatever it is)
on full MNIST with seeds 1 and 2, one after the other, each in a new process
with throw-away user folders, and evaluates on the 10,000 test images after
every epoch (``model.train.train``'s own per-epoch evaluation). Each seed's
clock starts before the MNIST load (TensorFlow is imported before it, as in
the app by the time a person clicks Retrain; its import time is printed
apart) and so includes everything a person waits for: data load, generation
of any synthetic data, tracing, the steps, the evaluations.

    python -m bench.time_to_accuracy                       # seeds 1 and 2, whole runs
    python -m bench.time_to_accuracy --quick               # 10,000 images, 2 epochs
    python -m bench.time_to_accuracy --limit 20000 --epochs 3

Last line: ``time_to_accuracy: target=0.995 images=N seconds=S final=A`` where
N = training images seen when the mean test accuracy of the seeds first
reached the target (all images seen if never), S = mean wall-clock seconds to
that evaluation's end, A = mean final test accuracy.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bench import common


@dataclass(frozen=True)
class Outcome:
    """The headline figures."""

    images: int
    seconds: float
    final: float
    reached_epoch: int | None  # None: the mean never reached the target


def outcome(runs: Sequence[dict], target: float) -> Outcome:
    """N, S and A over seeds (see the module docstring).

    Args:
        runs: one dict per seed with ``final`` and ``epochs``, a list of
            ``{"images", "test_accuracy", "elapsed_s"}`` in order.
        target: the test accuracy to reach (by the mean over seeds).
    """
    epochs = min(len(run["epochs"]) for run in runs)
    final = statistics.fmean(run["final"] for run in runs)
    for k in range(epochs):
        points = [run["epochs"][k] for run in runs]
        if statistics.fmean(p["test_accuracy"] for p in points) >= target:
            return Outcome(max(p["images"] for p in points),
                           statistics.fmean(p["elapsed_s"] for p in points), final, k + 1)
    last = [run["epochs"][epochs - 1] for run in runs]
    return Outcome(max(p["images"] for p in last),
                   statistics.fmean(p["elapsed_s"] for p in last), final, None)


# ---------------------------------------------------------------- one seed


def images_per_epoch(config: object, mnist: object, steps_per_epoch: int) -> tuple[int, bool]:
    """(images in one epoch, exact?): everything the recipe trains on, if it fills the steps.

    Called after the run (it generates any synthetic data again), so it is not timed.
    """
    from model.train import training_arrays

    count = len(training_arrays(config, mnist)[0])
    if math.ceil(count / config.batch_size) == steps_per_epoch:
        return count, True
    return steps_per_epoch * config.batch_size, False


def child(spec_text: str) -> int:
    """Train the default recipe with one seed; print per-epoch accuracy, images and seconds."""
    import dataclasses

    spec = json.loads(spec_text)
    started = time.perf_counter()
    import tensorflow as tf  # noqa: F401 - imported before the clock starts, as in the app

    from model.data import load_mnist
    from model.recipe import PRESETS
    from model.train import EpochEnd, Finished, Step, train

    import_s = time.perf_counter() - started
    t0 = time.perf_counter()
    mnist = load_mnist()
    load_s = time.perf_counter() - t0
    changes = {"seed": spec["seed"]}
    changes.update({k: spec[k] for k in ("epochs", "train_limit") if spec.get(k)})
    config = dataclasses.replace(PRESETS["default"], **changes)
    epochs, steps_per_epoch, last_step, final = [], 1, 0.0, float("nan")
    first_step = calibration_s = None
    for event in train(config, mnist):
        now = time.perf_counter() - t0
        if isinstance(event, Step):
            steps_per_epoch = event.total_steps // event.epochs
            first_step = now if first_step is None else first_step
            last_step = now
        elif isinstance(event, EpochEnd):
            epochs.append({"epoch": event.epoch, "test_accuracy": event.test_accuracy,
                           "elapsed_s": now, "eval_s": now - last_step})
            print(f"  seed {spec['seed']} epoch {event.epoch}: {event.test_accuracy:.4f} "
                  f"at {now:.1f} s", file=sys.stderr, flush=True)
        elif isinstance(event, Finished):
            final = event.test_accuracy
            calibration_s = now - epochs[-1]["elapsed_s"]
    total_s = time.perf_counter() - t0
    evaluations_s = sum(point["eval_s"] for point in epochs)
    parts = {"before_first_step_s": first_step, "evaluations_s": evaluations_s,
             "calibration_s": calibration_s,
             "steps_s": total_s - first_step - evaluations_s - calibration_s}
    per_epoch, exact = images_per_epoch(config, mnist, steps_per_epoch)
    for point in epochs:
        point["images"] = point["epoch"] * per_epoch
    print(json.dumps({"seed": spec["seed"], "import_s": import_s, "load_s": load_s,
                      "epochs": epochs, "final": final, "exact_images": exact,
                      "total_s": total_s, "parts": parts,
                      "images_per_epoch": per_epoch, "recipe": config.recipe()}))
    return 0


def run_seed(seed: int, epochs: int | None, limit: int | None) -> dict:
    """One seed in a new process with a new, empty user."""
    spec = json.dumps({"seed": seed, "epochs": epochs, "train_limit": limit})
    env = common.isolated_child_env(common.temporary_folder())
    return common.run_json_child(["-m", "bench.time_to_accuracy", "--child", spec], env=env,
                                 timeout=7200)


# ---------------------------------------------------------------- report


def epoch_rows(runs: Sequence[dict]) -> list[list[object]]:
    rows = []
    for k in range(min(len(run["epochs"]) for run in runs)):
        points = [run["epochs"][k] for run in runs]
        accuracies = [p["test_accuracy"] for p in points]
        rows.append([k + 1, points[0]["images"], *(f"{a:.4f}" for a in accuracies),
                     f"{statistics.fmean(accuracies):.4f}",
                     statistics.fmean(p["elapsed_s"] for p in points),
                     statistics.fmean(p["eval_s"] for p in points)])
    return rows


def whole_run(runs: Sequence[dict]) -> str:
    """Where a whole run's time goes, and images/s end to end against the steps alone."""
    names = {"before_first_step_s": "before the first step (MNIST, generated data, tracing)",
             "steps_s": "training steps (and their progress events)",
             "evaluations_s": "test evaluations after each epoch",
             "calibration_s": "calibration on the validation split"}
    lines = ["Whole runs, seconds (median over seeds):"]
    for key, name in names.items():
        lines.append(f"  {name}: {statistics.median(r['parts'][key] for r in runs):.1f}")
    images = [r["images_per_epoch"] * len(r["epochs"]) for r in runs]
    whole = [n / r["total_s"] for n, r in zip(images, runs, strict=True)]
    steps = [n / r["parts"]["steps_s"] for n, r in zip(images, runs, strict=True)]
    lines.append(f"  images/s end to end {statistics.median(whole):.0f}, in the steps "
                 f"{statistics.median(steps):.0f} "
                 f"({statistics.median(whole) / statistics.median(steps):.0%} of it)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    p.add_argument("--target", type=float, default=0.995)
    p.add_argument("--epochs", type=int, default=None,
                   help="override the recipe's epochs (changes its schedule; quick checks)")
    p.add_argument("--limit", type=int, default=None,
                   help="use only the first N training images (quick checks)")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child)
    if args.quick:
        args.epochs = args.epochs or 2
        args.limit = args.limit or 10_000
    common.isolate()
    monitor = common.print_header("bench.time_to_accuracy")
    runs = []
    for seed in args.seeds:
        runs.append(run_seed(seed, args.epochs, args.limit))
    recipe = runs[0]["recipe"]
    changed = ", ".join(["seed"] + [name for name, value in (("epochs", args.epochs),
                                                           ("train_limit", args.limit)) if value])
    print(f"\nRecipe: PRESETS['default'] with {changed} set here: {json.dumps(recipe)}")
    print(f"Test accuracy after each epoch; seconds from the start of the MNIST load "
          f"(means over seeds; TensorFlow import before it "
          f"{common.summary([r['import_s'] for r in runs], ' s', 1)}, MNIST load "
          f"{common.summary([r['load_s'] for r in runs], ' s', 2)})")
    print(common.table(["epoch", "images", *(f"seed {s}" for s in args.seeds), "mean",
                        "elapsed s", "evaluation s"], epoch_rows(runs)))
    if not all(r["exact_images"] for r in runs):
        print("Images counted as steps x batch size: the recipe's epoch holds more than "
              "the MNIST images.")
    print(whole_run(runs))
    result = outcome(runs, args.target)
    where = (f"after epoch {result.reached_epoch}" if result.reached_epoch
             else "never reached; all images seen")
    print(f"Mean over seeds {args.seeds} reached {args.target}: {where}. Whole runs: "
          f"{common.summary([r['total_s'] for r in runs], ' s', 1)}.")
    print(monitor.summary())
    print(f"time_to_accuracy: target={args.target} images={result.images} "
          f"seconds={result.seconds:.1f} final={result.final:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
