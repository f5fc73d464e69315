"""Start-up time: from launching a new process to the window on screen and the model ready.

Each launch is a new process (offscreen Qt, throw-away data folder and settings
via XDG_* variables, so the bundled model loads as on a first start):

- ``bench/_launch_app.py``: main.py's path to the window with timestamps:
  window painted (first paint of the canvas) and model ready
  (``window.classifier`` set). These give the headline.
- ``python main.py --log-level info`` itself, unmodified: the parent stamps
  each log line as it arrives; the first ``prediction: none`` is logged while
  the window is being built (just before it is shown), the second once the
  model has loaded. Then the process is terminated.
- ``python -c pass``: the interpreter alone, for scale.

Launches alternate between the kinds; figures are medians.

    python -m bench.startup            # 5 launches of each (~40 s)
    python -m bench.startup --quick    # 3 launches of each

Last line: ``startup: window_ms=X model_ready_ms=Y`` (launcher, medians).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from bench import common


def isolated_env(folder: Path) -> dict[str, str]:
    """A child environment whose data, cache and config live under ``folder``."""
    dirs = {name: folder / name for name in ("data", "cache", "config")}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    return common.child_env(
        QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(dirs["data"]),
        XDG_CACHE_HOME=str(dirs["cache"]), XDG_CONFIG_HOME=str(dirs["config"]),
        DIGIT_CANVAS_BENCH_DIR=str(folder),
    )


def launch_hooked(folder: Path) -> tuple[float, float, float]:
    """One launcher run: (window painted, model ready, show() returned) in ms after the spawn."""
    env = isolated_env(folder)
    spawned = time.monotonic()
    result = subprocess.run([common.python(), "-m", "bench._launch_app"], cwd=common.REPO_ROOT,
                            env=env, capture_output=True, text=True, timeout=180, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"launcher failed ({result.returncode}):\n{result.stderr[-3000:]}")
    stamps = json.loads(lines[-1])
    if "ready" not in stamps:
        raise RuntimeError(f"the model never became ready:\n{result.stderr[-3000:]}")
    return ((stamps["painted"] - spawned) * 1000, (stamps["ready"] - spawned) * 1000,
            (stamps["shown"] - spawned) * 1000)


def launch_main(folder: Path) -> tuple[float, float]:
    """One unmodified ``python main.py --log-level info``: ms to the 1st and 2nd 'prediction:'."""
    env = isolated_env(folder)
    spawned = time.monotonic()
    process = subprocess.Popen(
        [common.python(), "main.py", "--log-level", "info"], cwd=common.REPO_ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    stamps: list[float] = []
    tail: list[str] = []

    def read() -> None:
        for line in process.stderr:
            tail.append(line)
            if "prediction:" in line:
                stamps.append(time.monotonic())
                if len(stamps) >= 2:
                    return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=180)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if len(stamps) < 2:
        raise RuntimeError("main.py did not log two predictions:\n" + "".join(tail[-30:]))
    return ((stamps[0] - spawned) * 1000, (stamps[1] - spawned) * 1000)


def launch_bare() -> float:
    """``python -c pass``: ms."""
    spawned = time.monotonic()
    subprocess.run([common.python(), "-c", "pass"], check=True)
    return (time.monotonic() - spawned) * 1000


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--launches", type=int, default=None)
    args = p.parse_args(argv)
    launches = args.launches or (3 if args.quick else 5)
    monitor = common.print_header("bench.startup")
    hooked: list[tuple[float, float, float]] = []
    plain: list[tuple[float, float]] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory(prefix="digit-canvas-bench-") as tmp:
        # One untimed launch first: the disk cache then holds TensorFlow and Qt for all.
        launch_hooked(Path(tmp) / "warm")
        for i in range(launches):
            hooked.append(launch_hooked(Path(tmp) / f"hooked{i}"))
            plain.append(launch_main(Path(tmp) / f"main{i}"))
            bare.append(launch_bare())
            print(f"  launch {i + 1}/{launches}: launcher {hooked[-1][0]:.0f}/{hooked[-1][1]:.0f} "
                  f"ms, main.py {plain[-1][0]:.0f}/{plain[-1][1]:.0f} ms "
                  f"(load {common.load_average()})", file=sys.stderr, flush=True)

    def row(label: str, values: list[float]) -> list[object]:
        return [label, common.median(values), common.spread(values)]

    rows = [
        row("launcher: window.show() returned", [h[2] for h in hooked]),
        row("launcher: window painted (first canvas paint)", [h[0] for h in hooked]),
        row("launcher: model ready (classifier set)", [h[1] for h in hooked]),
        row("main.py: window built (1st 'prediction:' log)", [m[0] for m in plain]),
        row("main.py: model ready (2nd 'prediction:' log)", [m[1] for m in plain]),
        row("python -c pass", bare),
    ]
    print(f"\nStart-up, ms from spawning the process ({launches} launches each, after one "
          f"untimed warm launch; medians; load average {common.load_average()})")
    print(common.table(["moment", "median ms", "range"], rows))
    print("The model loads in a background thread (TensorFlow import + checkpoint restore + "
          "tracing), so the window is up and drawable before it is ready.")
    window = common.median([h[0] for h in hooked])
    ready = common.median([h[1] for h in hooked])
    print(monitor.summary())
    print(f"startup: window_ms={window:.0f} model_ready_ms={ready:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
