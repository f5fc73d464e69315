"""Does the window stay responsive while it retrains? Event-loop stalls, measured in the real app.

Each run is a new process of the unmodified ``main.py`` with a new, empty user
(throw-away HOME/XDG folders: the panel shows the app's own training
settings), driven by ``bench._app_probe``:

1. wait until a drawing is answered (the model is ready);
2. baseline: draw digits by hand for a few seconds, no training;
3. click the Retrain button (QTest click); the run uses the panel's settings,
   i.e. the app's defaults (``--epochs N`` types N into the panel's epochs box,
   as a person would, for a shorter run); keep drawing until the training
   thread has ended and the new model is in use, plus one second.

Drawing: real mouse events on the canvas (press, a move every 10 ms, release;
digit templates from bench.strokes), a new digit every ~1 s, with the app's
own live and end-of-stroke predictions. A 10 ms timer records how late each
tick comes ("stall" = gap between ticks minus 10 ms), per phase; each
stroke's release is timed until its answer is painted.

    python -m bench.ui_responsiveness            # 3 whole default retrains
    python -m bench.ui_responsiveness --quick    # 3 runs of 1 epoch (panel set to 1)
    python -m bench.ui_responsiveness --runs 5 --epochs 2

Last line, printed only when every retrain succeeded:
``ui: max_stall_ms=X median_run_max_stall_ms=M p99_stall_ms=Y`` (X: the
largest stall of any run while training, drawing all along: the worst a
person met; M: the median over runs of each run's largest stall; Y: the
median over runs of each run's 99th-percentile stall).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import common

BIG_STALL_MS = 30
PHASES = {
    "baseline": "baseline (drawing, no training)",
    "start-up": "training: start-up (click -> 1st step; MNIST load, tracing)",
    "steps": "training: steps",
    "evaluation": "training: test evaluation (epoch's last step -> EpochEnd)",
    "finish": "training: finish (checkpoint, model swap, +1 s)",
}
TRAINING = ("start-up", "steps", "evaluation", "finish")


def run_once(index: int, args: object) -> dict:
    """One retrain in a new main.py process; the probe's figures."""
    options = {"scenario": "retrain", "epochs": args.epochs, "seed": index,
               "baseline_s": args.baseline_seconds, "max_s": args.max_seconds, "draw": True}
    try:
        return common.run_probe(options, timeout=args.max_seconds + 300)[0]
    except common.ProbeFailed as failed:
        return {"result": f"probe failed (exit {failed.returncode}): "
                          f"{failed.stderr.strip().splitlines()[-1:]}"}


def training_stalls(run: dict) -> list[float]:
    """Every stall recorded while training (all training phases)."""
    return [s for phase in TRAINING for s in run["stalls"].get(phase, [])]


def clicked_at(run: dict) -> float:
    """When Retrain was clicked (probe clock)."""
    return next(t for t, what in run["events"] if what == "Retrain clicked")


def phase_rows(runs: list[dict]) -> list[list[object]]:
    """Stalls per phase, pooled over runs."""
    rows = []
    for key, name in PHASES.items():
        s = [v for run in runs for v in run["stalls"].get(key, [])]
        seconds = (len(s) * 10 + sum(s)) / 1000  # the gaps add up to the phase's time
        rows.append([name, seconds, len(s), common.percentile(s, 50), common.percentile(s, 99),
                     max(s) if s else float("nan"), sum(1 for v in s if v > BIG_STALL_MS)])
    return rows


def run_rows(runs: list[dict]) -> list[list[object]]:
    """One row per run."""
    rows = []
    for i, run in enumerate(runs, 1):
        stalls = training_stalls(run)
        answers = [v for phase in TRAINING for v in run["answers"].get(phase, [])]
        t0 = clicked_at(run)
        done = [t for t, what in run["events"] if what.startswith("training thread finished")]
        rows.append([i, run["result"], (done[0] - t0) if done else float("nan"),
                     run.get("steps", 0), max(stalls), common.percentile(stalls, 99),
                     max(run["stalls"].get("baseline", [0.0])),
                     common.percentile(answers, 50), common.percentile(answers, 99),
                     len(answers)])
    return rows


def print_timeline(run: dict) -> None:
    """What happened when, seconds after the Retrain click (first run)."""
    t0 = clicked_at(run)
    print("Timeline of run 1 (s after the Retrain click): " +
          "; ".join(f"{t - t0:+.2f} {what}" for t, what in run["events"]))
    big = sorted(run["big"], key=lambda b: -b[1])[:6]
    if big:
        print("Largest stalls of run 1 (s after the click, ms, phase): " +
              "; ".join(f"{t - t0:+.2f} {s:.0f} ms ({p})" for t, s, p in big))


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="retrains, each in a new process (3-5)")
    p.add_argument("--epochs", type=int, default=None,
                   help="typed into the panel's epochs box (default: the app's own)")
    p.add_argument("--baseline-seconds", type=float, default=None)
    p.add_argument("--max-seconds", type=float, default=900,
                   help="cancel a retrain after this (then there is no headline)")
    args = p.parse_args(argv)
    if args.quick and args.epochs is None:
        args.epochs = 1
    args.baseline_seconds = args.baseline_seconds or (5 if args.quick else 10)
    common.isolate()
    monitor = common.print_header("bench.ui_responsiveness")
    runs = []
    for i in range(args.runs):
        runs.append(run_once(i, args))
        run = runs[-1]
        print(f"  run {i + 1}/{args.runs}: {run['result']}, accuracy "
              f"{run.get('test_accuracy')} (load {common.load_average()})",
              file=sys.stderr, flush=True)
        if run["result"] != "succeeded":
            break
    failed = [(i, r) for i, r in enumerate(runs, 1) if r["result"] != "succeeded"]
    if failed:
        print(monitor.summary())
        for i, run in failed:
            print(f"Run {i} did not succeed: {run['result']}. No headline: the figures are "
                  f"only meaningful for a retrain that ran to its end.")
        return 1

    setting = runs[0]["epochs_setting"]
    print(f"\nEvent-loop stalls (gap between 10 ms ticks minus 10 ms), ms; {len(runs)} runs, "
          f"each a new main.py with a new user, the panel's settings ({setting} epochs"
          f"{', typed in' if args.epochs else ', the default'}), drawing digits by hand "
          f"all along (mouse events at ~100 Hz)")
    print(common.table(["phase (all runs)", "seconds", "ticks", "p50", "p99", "max",
                        f"> {BIG_STALL_MS} ms"], phase_rows(runs)))
    print("\nPer run (training = click to the new model in use):")
    print(common.table(["run", "result", "train s", "steps", "max stall", "p99 stall",
                        "baseline max", "answer p50", "answer p99", "strokes"],
                       run_rows(runs)))
    print("'answer' = ms from a stroke's mouse release to the label and histogram painted "
          "with the answer, while training.")
    print_timeline(runs[0])
    worst = [max(training_stalls(r)) for r in runs]
    p99 = [common.percentile(training_stalls(r), 99) for r in runs]
    print(f"While training: largest stall of all runs {max(worst):.1f} ms; each run's largest "
          f"stall {common.summary(worst, ' ms', 1)}; "
          f"p99 stall {common.summary(p99, ' ms', 1)}.")
    print(monitor.summary())
    # The worst run is the headline: a median of per-run maxima would hide it.
    print(f"ui: max_stall_ms={max(worst):.1f} median_run_max_stall_ms={common.median(worst):.1f} "
          f"p99_stall_ms={common.median(p99):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
