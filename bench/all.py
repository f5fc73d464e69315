"""Run every benchmark, one after the other, each in its own process; headlines at the end.

    python -m bench.all            # ~6 minutes
    python -m bench.all --quick    # ~2.5 minutes
    make bench

Each benchmark's output is shown as it runs; the last lines gathered at the end
are the headline figures, one per benchmark.
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
        command = [common.python(), "-m", module] + (["--quick"] if args.quick else [])
        process = subprocess.Popen(command, cwd=common.REPO_ROOT, env=common.child_env(),
                                   stdout=subprocess.PIPE, text=True)
        last = ""
        for line in process.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            if line.strip():
                last = line.strip()
        if process.wait() != 0:
            failed += 1
            headlines.append(f"{module.removeprefix('bench.')}: FAILED (exit {process.returncode})")
        else:
            headlines.append(last)
    print(f"\n##### headlines ({time.perf_counter() - started:.0f} s; "
          f"load average {common.load_average()})")
    print(monitor.summary())
    for line in headlines:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
