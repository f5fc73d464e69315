"""Peak memory of a default training run, and how long it takes to reach 0.99 test accuracy.

The run happens in a child process (so ``ru_maxrss`` is the run's own peak:
Python + TensorFlow + MNIST + training), with the default recipe
(``TrainConfig()``: 20 epochs, cosine schedule, augmentation). By default it
stops at the first epoch end with test accuracy >= 0.99; the schedule is still
the 20-epoch one, exactly as in the app, so this is the time a person waits
before the default recipe is past 0.99.

    python -m bench.memory_and_convergence              # stop at 0.99 (~1-2 min)
    python -m bench.memory_and_convergence --full       # all 20 epochs (~7 min)
    python -m bench.memory_and_convergence --epochs 5 --full
    python -m bench.memory_and_convergence --quick      # at most 2 epochs

Last line: ``memory: peak_rss_mb=X time_to_099_s=Y`` (Y = "none" if not reached).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Sequence

from bench import common


def rss_mb() -> float:
    """Current resident set size of this process in MB (VmRSS)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far in MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(spec_text: str) -> int:
    """Train with the default recipe and report per-epoch accuracy, time and memory."""
    import dataclasses

    spec = json.loads(spec_text)
    started = time.perf_counter()
    import tensorflow as tf  # noqa: F401 - imported here so its cost is in the baseline

    from model.data import load_mnist
    from model.train import EpochEnd, Finished, TrainConfig, train

    mnist = load_mnist()
    baseline_rss = rss_mb()
    setup_s = time.perf_counter() - started
    config = TrainConfig()
    if spec.get("epochs"):
        config = dataclasses.replace(config, epochs=spec["epochs"])
    patch = None
    if spec.get("trainer", "default") != "default":
        from bench.train_variants import VARIANTS, patched_trainer

        patch = patched_trainer(VARIANTS[spec["trainer"]])
        patch.__enter__()
    epochs, reached = [], None
    train_start = time.perf_counter()
    run = train(config, mnist)
    for event in run:
        if isinstance(event, EpochEnd):
            elapsed = time.perf_counter() - train_start
            epochs.append({"epoch": event.epoch, "test_accuracy": event.test_accuracy,
                           "train_loss": event.train_loss, "epoch_s": event.seconds,
                           "elapsed_s": elapsed, "rss_mb": rss_mb(), "peak_mb": peak_rss_mb()})
            print(f"  epoch {event.epoch}: acc {event.test_accuracy:.4f} "
                  f"elapsed {elapsed:.1f}s rss {rss_mb():.0f} MB", file=sys.stderr, flush=True)
            if reached is None and event.test_accuracy >= spec["target"]:
                reached = elapsed
                if not spec["full"]:
                    break
            if spec.get("max_epochs") and event.epoch >= spec["max_epochs"]:
                break
        elif isinstance(event, Finished):
            break
    run.close()
    if patch is not None:
        patch.__exit__(None, None, None)
    print(json.dumps({
        "setup_s": setup_s, "baseline_rss_mb": baseline_rss, "peak_rss_mb": peak_rss_mb(),
        "epochs": epochs, "time_to_target_s": reached, "recipe": config.recipe(),
    }))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None,
                   help="recipe epochs (default: TrainConfig().epochs); changes the schedule")
    p.add_argument("--full", action="store_true", help="do not stop at the target accuracy")
    p.add_argument("--target", type=float, default=0.99)
    p.add_argument("--trainer", default="default", choices=["default", "xla", "bf16"],
                   help="experimental compiled-step variant from bench.train_variants")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child)
    monitor = common.print_header("bench.memory_and_convergence")
    spec = {"epochs": args.epochs, "full": args.full, "target": args.target,
            "trainer": args.trainer, "max_epochs": 2 if args.quick else None}
    wall = common.Stopwatch()
    out = common.run_json_child(["-m", "bench.memory_and_convergence", "--child",
                                 json.dumps(spec)], timeout=3600)
    rows = [[e["epoch"], e["test_accuracy"], e["train_loss"], e["epoch_s"], e["elapsed_s"],
             e["rss_mb"], e["peak_mb"]] for e in out["epochs"]]
    recipe = out["recipe"]
    print(f"\nDefault recipe: epochs {recipe['epochs']}, batch {recipe['batch_size']}, "
          f"lr {recipe['learning_rate']} {recipe['schedule']}, augment {recipe['augment']}, "
          f"feed {recipe['feed']}; compiled step: {args.trainer}")
    print(common.table(["epoch", "test acc", "train loss", "epoch s", "elapsed s", "RSS MB",
                        "peak MB"],
                       [[r[0], f"{r[1]:.4f}", f"{r[2]:.4f}", *r[3:]] for r in rows]))
    print(f"Child process: TensorFlow import + MNIST load {out['setup_s']:.1f} s, RSS after "
          f"them {out['baseline_rss_mb']:.0f} MB; peak RSS of the whole process "
          f"{out['peak_rss_mb']:.0f} MB (ru_maxrss). 'elapsed' counts from the first "
          f"training step (TensorFlow import and MNIST load excluded) and includes each "
          f"epoch's test evaluation. Wall time of this benchmark {wall.seconds():.0f} s.")
    print(monitor.summary())
    reached = out["time_to_target_s"]
    reached_text = f"{reached:.1f}" if reached is not None else "none"
    if reached is None:
        print(f"Test accuracy {args.target} was not reached in the epochs run.")
    print(f"memory: peak_rss_mb={out['peak_rss_mb']:.0f} time_to_099_s={reached_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
