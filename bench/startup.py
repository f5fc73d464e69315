"""Start-up: from launching ``python main.py`` to the window, and to the first drawing answered.

Every launch is a new process of the unmodified ``main.py`` with a new, empty
user (throw-away HOME and XDG_* folders, so settings and checkpoints are the
first start's and the bundled model loads; MNIST is not needed).

- ``main.py`` + probe (``bench._app_probe``): main.py runs as ``__main__``
  exactly as ``python main.py`` would; the probe only watches and draws with
  mouse events on the canvas. Stamps: window shown, canvas first painted, the
  answer shown (label and histogram painted with it).
  * ``instant``: at the canvas's first paint a whole digit is drawn at once;
    ``answered`` = when **the first drawing can be answered** (model_ready_ms).
  * ``hand``: at the first paint a person starts drawing a digit (press, a move
    every 10 ms, release); ``answered`` = **first stroke answered**.
- ``main.py --log-level info`` without any probe: the parent stamps its log
  lines as they arrive (``prediction:`` is logged when the window is built and
  again when the model can predict), a check that the probe costs nothing.
- ``python -c pass``: the interpreter alone, for scale.

Launch kinds alternate; figures are medians with their range.

Before them, one warm-up launch that is not timed and not counted: it reads
Python, Qt, NumPy and the model files from disk once, so every counted launch
finds them in the page cache, as a person's second and later starts do. (A
first start after a reboot, from a cold disk cache, is slower than these
figures; this benchmark does not measure it.) The warm-up also leaves the
compiled modules cached, as any Python does: the benchmark's children never
inherit ``PYTHONDONTWRITEBYTECODE`` (``bench.common.child_env``).

    python -m bench.startup            # 5 launches of each kind (~1 min)
    python -m bench.startup --quick    # 2 launches of each kind

Last line: ``startup: window_ms=X model_ready_ms=Y`` (medians, ms after spawning
``main.py``: canvas first painted; first drawing answered).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from bench import common

NAN = float("nan")


def launch_probe(folder: Path, stroke: str) -> dict[str, float]:
    """One main.py launch with the probe: ms after the spawn for each stamp."""
    spawned = time.monotonic()
    out, result = common.run_probe({"scenario": "startup", "stroke": stroke}, 300, folder)
    if "answered" not in out["stamps"]:
        raise RuntimeError(f"no answer: {out}\n{result.stderr[-3000:]}")
    return {k: (v - spawned) * 1000 for k, v in out["stamps"].items()}


def launch_plain(folder: Path, timeout: float = 60) -> tuple[float, float]:
    """One ``main.py --log-level info``: ms to its 1st and 2nd ``prediction:`` log line."""
    env = common.isolated_child_env(folder, QT_QPA_PLATFORM="offscreen")
    spawned = time.monotonic()
    process = subprocess.Popen([common.python(), "main.py", "--log-level", "info"],
                               cwd=common.REPO_ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    stamps: list[float] = []

    def read() -> None:
        for line in process.stderr:
            if "prediction:" in line:
                stamps.append(time.monotonic())
                if len(stamps) >= 2:
                    return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=timeout)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    ms = [(t - spawned) * 1000 for t in stamps] + [NAN, NAN]
    return ms[0], ms[1]


def launch_bare() -> float:
    """``python -c pass``: ms."""
    spawned = time.monotonic()
    subprocess.run([common.python(), "-c", "pass"], check=True)
    return (time.monotonic() - spawned) * 1000


def row(label: str, values: list[float]) -> list[object]:
    """A table row: label, median, range (nan values left out)."""
    values = [v for v in values if v == v]
    return [label, common.median(values), common.spread(values)]


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--launches", type=int, default=None, help="launches of each kind")
    args = p.parse_args(argv)
    launches = args.launches or (2 if args.quick else 5)
    common.isolate()
    monitor = common.print_header("bench.startup")
    instant: list[dict[str, float]] = []
    hand: list[dict[str, float]] = []
    plain: list[tuple[float, float]] = []
    bare: list[float] = []
    tmp = common.temporary_folder()
    # One untimed, uncounted launch first: the disk cache then holds Python, Qt and the
    # model files for every counted launch (a warm start, as every start after the first).
    print("warm-up launch (not timed, not counted): fills the disk cache", file=sys.stderr,
          flush=True)
    launch_probe(tmp / "warm", "instant")
    for i in range(launches):
        instant.append(launch_probe(tmp / f"instant{i}", "instant"))
        hand.append(launch_probe(tmp / f"hand{i}", "hand"))
        plain.append(launch_plain(tmp / f"plain{i}"))
        bare.append(launch_bare())
        print(f"  launch {i + 1}/{launches}: painted {instant[-1]['painted']:.0f} ms, "
              f"drawing answered {instant[-1]['answered']:.0f} ms, hand stroke answered "
              f"{hand[-1]['answered']:.0f} ms (load {common.load_average()})",
              file=sys.stderr, flush=True)

    rows = [
        row("main.py: window shown (Show event)", [s["shown"] for s in instant + hand]),
        row("main.py: window painted (canvas first paint) [window_ms]",
            [s["painted"] for s in instant + hand]),
        row("main.py: digit drawn at once at first paint, answer shown [model_ready_ms]",
            [s["answered"] for s in instant]),
        row("main.py: hand-drawn digit started at first paint: released",
            [s["released"] for s in hand]),
        row("main.py: hand-drawn digit: answer shown [first stroke answered]",
            [s["answered"] for s in hand]),
        row("main.py without probe: 1st 'prediction:' log line", [m[0] for m in plain]),
        row("main.py without probe: 2nd 'prediction:' log line", [m[1] for m in plain]),
        row("python -c pass", bare),
    ]
    print(f"\nStart-up, ms from spawning the process ({launches} launches of each kind; "
          f"medians; a new empty user each time). Warm starts: one launch before them, not "
          f"timed and not counted, put Python, Qt and the model files in the disk cache; a "
          f"first start from a cold cache (after a reboot) is slower and not measured here.")
    print(common.table(["moment", "median ms", "range"], rows))
    print("'answer shown' = the prediction label and the histogram have been painted with an "
          "answer to the drawing (what a person sees).")
    window = common.median([s["painted"] for s in instant + hand])
    ready = common.median([s["answered"] for s in instant])
    first_stroke = common.median([s["answered"] for s in hand])
    print(monitor.summary())
    print(f"startup_first_stroke: answered_ms={first_stroke:.0f} "
          f"(a digit drawn by hand from the first paint, median)")
    print(f"startup: window_ms={window:.0f} model_ready_ms={ready:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
