"""Run every benchmark, one after the other, each in its own process; headlines at the end.

    python -m bench.all            # whole runs: about nine whole default trainings
                                   # (ui 3, memory 1 + 3 seeds, time_to_accuracy 2)
                                   # plus the soak (~5 minutes) and ~6 minutes more;
                                   # ~25 minutes for a 1-minute recipe
    python -m bench.all --quick    # every benchmark's --quick (~12 minutes; the soak
                                   # a tenth of its session)
    python -m bench.all --only bench.latency bench.startup
    make bench

Each benchmark's output is shown as it runs; the last lines gathered at the end
are the headline figures, one per benchmark, with each benchmark's wall time.
Every benchmark runs with throw-away user folders (HOME, XDG_*): a person's
checkpoints, drawings and settings are never read or written.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence

from bench import common

BENCHMARKS = (
    "bench.train_throughput",
    "bench.latency",
    "bench.ui_responsiveness",
    "bench.startup",
    "bench.memory_and_convergence",
    "bench.canvas_digits",
    "bench.synthetic_data",
    "bench.time_to_accuracy",
    "bench.numbers",
    "bench.words",
    "bench.inspect",
    "bench.soak",  # last: the longest; --quick runs a tenth of its session
)


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--only", nargs="*", default=None, help="module names (e.g. bench.latency)")
    args = p.parse_args(argv)
    chosen = args.only or list(BENCHMARKS)
    monitor = common.print_header("bench.all")
    headlines: list[str] = []
    failed = 0
    started = time.perf_counter()
    for module in chosen:
        print(f"\n##### {module}", flush=True)
        began = time.perf_counter()
        command = [common.python(), "-m", module] + (["--quick"] if args.quick else [])
        process = subprocess.Popen(command, cwd=common.REPO_ROOT, env=common.child_env(),
                                   stdout=subprocess.PIPE, text=True)
        last = ""
        for line in process.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            if line.strip():
                last = line.strip()
        seconds = f"  [{time.perf_counter() - began:.0f} s]"
        if process.wait() != 0:
            failed += 1
            headlines.append(f"{module.removeprefix('bench.')}: FAILED (exit "
                             f"{process.returncode}){seconds}")
        else:
            headlines.append(last + seconds)
    print(f"\n##### headlines ({time.perf_counter() - started:.0f} s; "
          f"load average {common.load_average()})")
    print(monitor.summary())
    for line in headlines:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
