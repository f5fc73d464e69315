"""Time to accuracy: how many training images and seconds the default recipe needs to reach 99.5 %.

Trains the default recipe (``PRESETS["default"]``, whatever it is) on full
MNIST with seeds 1 and 2, one after the other, each with the app's own trainer
process (``main.py train --events``) and throw-away user folders; the trainer
evaluates on the 10,000 test images after every epoch. Each seed's clock
starts when its process is spawned, as a person's starts at the Retrain click:
it includes everything a person waits for, the interpreter start, the data
load, the TensorFlow import, generation of any synthetic data, tracing, the
steps and the evaluations (the save after them is reported apart). The parent
stamps the trainer's JSON-line events as they arrive.

    python -m bench.time_to_accuracy                       # seeds 1 and 2, whole runs
    python -m bench.time_to_accuracy --seeds 1 2 3 4 5     # the recipe's acceptance check
    python -m bench.time_to_accuracy --change '{"epochs": 10}'   # a variant of the default
    python -m bench.time_to_accuracy --quick               # 10,000 images, 2 epochs
    python -m bench.time_to_accuracy --limit 20000 --epochs 3

Last line: ``time_to_accuracy: target=0.995 images=N seconds=S final=A
min_final=M max_whole_s=W`` where N = training images seen when the mean test
accuracy of the seeds first reached the target (all images seen if never), S =
mean wall-clock seconds from the spawn to that evaluation's end, A = mean final
test accuracy, M = the lowest seed's final test accuracy (every run should
reach the target, not only the mean), W = the longest whole run (spawn to the
end of training).
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from bench import common


@dataclass(frozen=True)
class Outcome:
    """The headline figures."""

    images: int
    seconds: float
    final: float
    min_final: float
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
    lowest = min(run["final"] for run in runs)
    for k in range(epochs):
        points = [run["epochs"][k] for run in runs]
        if statistics.fmean(p["test_accuracy"] for p in points) >= target:
            return Outcome(max(p["images"] for p in points),
                           statistics.fmean(p["elapsed_s"] for p in points), final, lowest, k + 1)
    last = [run["epochs"][epochs - 1] for run in runs]
    return Outcome(max(p["images"] for p in last),
                   statistics.fmean(p["elapsed_s"] for p in last), final, lowest, None)


# ---------------------------------------------------------------- one seed


def images_per_epoch(config: object, steps_per_epoch: int) -> tuple[int, bool]:
    """(images in one epoch, exact?): MNIST's training split plus the generated set.

    Exact when that count fills the steps the trainer reported; else steps x batch.
    """
    mnist = 60_000 - config.validation
    count = min(mnist, config.train_limit or mnist) + config.styles + config.negatives
    if math.ceil(count / config.batch_size) == steps_per_epoch:
        return count, True
    return steps_per_epoch * config.batch_size, False


def run_from_lines(lines: Sequence[tuple[float, dict]], config: object) -> dict:
    """One seed's figures from the trainer's stamped events (seconds since the spawn).

    Returns:
        ``epochs`` (``epoch``, ``test_accuracy``, ``elapsed_s`` since the spawn,
        ``eval_s``, ``images``), ``final``, ``total_s`` (spawn to the end of
        training, before the save), ``parts`` (where that time went).
    """
    at: dict[str, float] = {}
    epochs, last_step, steps_per_epoch, final = [], 0.0, 1, float("nan")
    for stamp, line in lines:
        event = line["event"]
        if event == "progress":
            steps_per_epoch = line["total_steps"] // line["epochs"]
            at.setdefault("first_step", stamp)
            last_step = stamp
        elif event == "epoch":
            epochs.append({"epoch": line["epoch"], "test_accuracy": line["test_accuracy"],
                           "elapsed_s": stamp, "eval_s": stamp - last_step})
        elif event == "status":
            at.setdefault(line["phase"], stamp)
        else:
            at.setdefault(event, stamp)
            final = line["test_accuracy"] if event == "finished" else final
    if "finished" not in at:
        ended = next((line for _, line in reversed(lines) if line["event"] in ("failed",
                                                                              "cancelled")), {})
        raise RuntimeError(f"the trainer did not finish: {ended or 'no last event'}")
    per_epoch, exact = images_per_epoch(config, steps_per_epoch)
    for point in epochs:
        point["images"] = point["epoch"] * per_epoch
    total_s = at["saving"]
    evaluations_s = sum(point["eval_s"] for point in epochs)
    calibration_s = total_s - epochs[-1]["elapsed_s"]
    parts = {"interpreter_s": at["started"], "load_s": at["training"] - at["started"],
             "before_first_step_s": at["first_step"] - at["training"],
             "evaluations_s": evaluations_s, "calibration_s": calibration_s,
             "steps_s": total_s - at["first_step"] - evaluations_s - calibration_s}
    return {"seed": config.seed, "epochs": epochs, "final": final, "total_s": total_s,
            "save_s": at["finished"] - at["saving"], "parts": parts,
            "images_per_epoch": per_epoch, "exact_images": exact, "recipe": config.recipe()}


def run_seed(seed: int, epochs: int | None, limit: int | None,
             changes: dict | None = None) -> dict:
    """One seed trained by the app's own trainer command, with a new, empty user.

    ``changes``: recipe settings to change from the default (a variant to compare).
    """
    import dataclasses

    from model.network.recipe import PRESETS, write_recipe

    changes = {**(changes or {}), "seed": seed, **({"epochs": epochs} if epochs else {}),
               **({"train_limit": limit} if limit else {})}
    config = dataclasses.replace(PRESETS["default"], **changes).validate()
    folder = common.temporary_folder()
    write_recipe(config, folder / "recipe.json")
    args = ["main.py", "train", "--events", "--recipe", str(folder / "recipe.json"),
            "--seed", str(seed), "--out", str(folder / "ckpt")]
    args += ["--epochs", str(epochs)] if epochs else []
    args += ["--limit", str(limit)] if limit else []
    lines = common.stream_json_child(args, env=common.isolated_child_env(folder), timeout=7200)
    return run_from_lines(lines, config)


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
    names = {"interpreter_s": "spawn -> the trainer's first event",
             "load_s": "MNIST load",
             "before_first_step_s": "before the first step (TensorFlow import, generated data, "
                                    "tracing)",
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
    p.add_argument("--change", type=json.loads, default=None, metavar="JSON",
                   help='recipe settings to change from the default, e.g. \'{"epochs": 9}\'')
    args = p.parse_args(argv)
    if args.quick:
        args.epochs = args.epochs or 2
        args.limit = args.limit or 10_000
    common.isolate()
    monitor = common.print_header("bench.time_to_accuracy")
    runs = []
    for seed in args.seeds:
        runs.append(run_seed(seed, args.epochs, args.limit, args.change))
        curve = " ".join(f"{p['test_accuracy']:.4f}" for p in runs[-1]["epochs"])
        print(f"seed {seed}: final={runs[-1]['final']:.4f} epochs={curve} "
              f"whole_s={runs[-1]['total_s']:.1f}", flush=True)
    recipe = runs[0]["recipe"]
    overridden = [name for name, value in (("epochs", args.epochs), ("train_limit", args.limit))
                  if value]
    changed = ", ".join(["seed", *(args.change or {}), *overridden])
    print(f"\nRecipe: PRESETS['default'] with {changed} set here: {json.dumps(recipe)}")
    print(f"Test accuracy after each epoch; seconds from spawning the trainer process "
          f"(`main.py train --events`, as the app's Retrain click does; means over seeds; "
          f"interpreter start, MNIST load "
          f"{common.summary([r['parts']['load_s'] for r in runs], ' s', 2)} and TensorFlow "
          f"import included)")
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
          f"seconds={result.seconds:.1f} final={result.final:.4f} "
          f"min_final={result.min_final:.4f} "
          f"max_whole_s={max(r['total_s'] for r in runs):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
