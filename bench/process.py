"""What a benchmark's process knows of itself, standard library only (the app probe imports it).

``bench.common`` sets environment defaults and quiets TensorFlow when imported;
the probe runs the real app and must not, so what both sides share lives here.
"""

from __future__ import annotations

import resource

PROBE_MARK = "BENCH_PROBE "
"""The prefix of the app probe's one result line on stdout (JSON follows)."""


def rss_mb() -> float:
    """This process's resident set size now, MB (VmRSS; NaN where /proc is missing)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
