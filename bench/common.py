"""Shared helpers: environment, machine description, statistics, tables, FLOPs.

Import this module before TensorFlow or Qt: it sets quiet, headless defaults
(``TF_CPP_MIN_LOG_LEVEL=2``, ``QT_QPA_PLATFORM=offscreen``) without overriding
anything already set in the environment.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from model.tf_quiet import quiet_tensorflow  # noqa: E402 - after the defaults above

quiet_tensorflow("warning")  # TensorFlow's oneDNN notice ignores TF_CPP_MIN_LOG_LEVEL

REPO_ROOT = Path(__file__).resolve().parent.parent
BATCH = 128
HIDDEN = 32


# ---------------------------------------------------------------- command line


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the flags every benchmark takes."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--quick", action="store_true", help="fewer repetitions (noisier)")
    return p


# ------------------------------------------------------------------- machine


def cpu_model() -> str:
    """The CPU's model name, as /proc/cpuinfo says."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def cpu_flags() -> set[str]:
    """The CPU feature flags (empty when /proc/cpuinfo is not there)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as text."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "?"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine_line() -> str:
    """One line describing the machine and how busy it is right now."""
    flags = cpu_flags()
    wanted = ("avx2", "avx512f", "avx512_bf16", "avx512_vnni", "amx_tile", "amx_bf16")
    have = ",".join(f for f in wanted if f in flags) or "-"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    onednn = os.environ.get("TF_ENABLE_ONEDNN_OPTS", "default")
    return (
        f"machine: {cpu_model()}, {cores} cores [{have}], python {platform.python_version()}, "
        f"load average {load_average()}, TF_ENABLE_ONEDNN_OPTS={onednn}"
    )


def cpu_pressure() -> str:
    """Linux PSI: share of time some runnable task waited for a CPU (10 s / 60 s averages)."""
    try:
        line = Path("/proc/pressure/cpu").read_text().splitlines()[0]
    except (OSError, IndexError):
        return "?"
    fields = dict(part.split("=") for part in line.split()[1:])
    return f"{fields.get('avg10', '?')}%/{fields.get('avg60', '?')}%"


def _busy_jiffies() -> tuple[int, int] | None:
    """(busy, total) clock ticks of all CPUs since boot, from /proc/stat."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return sum(values) - idle, sum(values)


class LoadMonitor:
    """How much CPU other processes took while a benchmark ran (its own use subtracted).

    Uses /proc/stat for the whole machine and os.times() for this process and the
    children it has waited for; the difference is everyone else.
    """

    def __init__(self) -> None:
        self._start = _busy_jiffies()
        self._own = self._own_seconds()
        self._wall = time.perf_counter()

    @staticmethod
    def _own_seconds() -> float:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def cores(self) -> tuple[float, float, float]:
        """(cores used by others, cores used by us, wall seconds) since creation."""
        end = _busy_jiffies()
        wall = time.perf_counter() - self._wall
        own = self._own_seconds() - self._own
        if self._start is None or end is None:
            return float("nan"), own / wall, wall
        busy = (end[0] - self._start[0]) / os.sysconf("SC_CLK_TCK")
        return max(0.0, busy - own) / wall, own / wall, wall

    def summary(self) -> str:
        """'other processes used N of K cores' since creation, plus load and PSI."""
        other, own, wall = self.cores()
        return (f"machine load: during this benchmark ({wall:.0f} s) other processes used "
                f"{other:.2f} of {os.cpu_count()} cores (this benchmark {own:.2f}); "
                f"load average {load_average()}; CPU pressure (PSI some 10s/60s) "
                f"{cpu_pressure()}")


def print_header(title: str) -> LoadMonitor:
    """Print the benchmark's title and the machine line; start measuring others' load."""
    print(f"== {title}")
    print(machine_line(), flush=True)
    return LoadMonitor()


# ---------------------------------------------------------------- statistics


def median(values: Sequence[float]) -> float:
    """The median (nan for no values)."""
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear interpolation (nan for no values)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def spread(values: Sequence[float], digits: int = 0) -> str:
    """min..max as text, for a table's noise column."""
    if not values:
        return "-"
    return f"{min(values):.{digits}f}..{max(values):.{digits}f}"


def summary(values: Sequence[float], unit: str = "", digits: int = 0) -> str:
    """'median X unit (min..max, n runs)': one figure with its spread."""
    if not values:
        return "no runs"
    return (f"median {median(values):.{digits}f}{unit} "
            f"(range {spread(values, digits)}, {len(values)} runs)")


# --------------------------------------------------------------------- tables


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table with right-aligned numbers and left-aligned text."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))

    def line(values: Sequence[str], raw: Sequence[object] | None = None) -> str:
        parts = []
        for i, value in enumerate(values):
            numeric = raw is not None and isinstance(raw[i], int | float)
            parts.append(value.rjust(widths[i]) if numeric else value.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(c, r) for c, r in zip(cells, rows, strict=True)]
    return "\n".join(out)


def _cell(value: object) -> str:
    if isinstance(value, float):
        if value != value:  # nan
            return "-"
        if abs(value) >= 100:
            return f"{value:.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    return str(value)


# ----------------------------------------------------------------------- FLOPs


def forward_flops(hidden: int = HIDDEN) -> int:
    """Forward FLOPs of one image through model.network.convnet.ConvNet (multiply-adds x 2).

    Convolutions: 2*K*K*Cin*Cout*H*W (SAME padding, stride 1); dense layers:
    2*in*out. Biases, ReLU, pooling and softmax are left out (they are < 1 %).
    """
    convs = [  # (K, Cin, Cout, H, W)
        (3, 1, 16, 28, 28),
        (3, 16, 16, 28, 28),
        (3, 16, 32, 14, 14),
        (3, 32, 32, 14, 14),
    ]
    total = sum(2 * k * k * cin * cout * h * w for k, cin, cout, h, w in convs)
    total += 2 * 7 * 7 * 32 * hidden + 2 * hidden * 10
    return total


def training_flops(hidden: int = HIDDEN) -> int:
    """FLOPs of one training image: forward + backward ~ 3x forward."""
    return 3 * forward_flops(hidden)


# ----------------------------------------------------------- isolated folders


ISOLATED_VARIABLES = ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
                      "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "KERAS_HOME", "MNIST_DIR")


def real_mnist_dir() -> str | None:
    """The folder holding the person's verified ``mnist.npz`` (read, never written), if any.

    Looked up before isolation: ``$MNIST_DIR``, the app's cache, Keras' cache.
    """
    if os.environ.get("MNIST_DIR"):
        return os.environ["MNIST_DIR"]
    from model.data.mnist import cache_file, keras_cache_file  # NumPy only, no TensorFlow

    for path in (cache_file(), keras_cache_file()):
        if path.is_file():
            return str(path.parent)
    return None


def isolated_env_vars(folder: Path) -> dict[str, str]:
    """HOME, XDG_*, KERAS_HOME and MNIST_DIR for a process whose user folders are in ``folder``.

    Checkpoints, saved drawings, settings (QSettings follows XDG_CONFIG_HOME),
    caches and Keras' keras.json all go to the throw-away folder; MNIST is read
    from where it already is.
    """
    folder = Path(folder)
    dirs = {"HOME": folder / "home", "XDG_DATA_HOME": folder / "home" / ".local" / "share",
            "XDG_CACHE_HOME": folder / "home" / ".cache",
            "XDG_CONFIG_HOME": folder / "home" / ".config",
            "XDG_STATE_HOME": folder / "home" / ".local" / "state",
            "KERAS_HOME": folder / "home" / ".keras",
            "XDG_RUNTIME_DIR": folder / "runtime"}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    dirs["XDG_RUNTIME_DIR"].chmod(0o700)
    env = {name: str(path) for name, path in dirs.items()}
    mnist = real_mnist_dir()
    if mnist:
        env["MNIST_DIR"] = mnist
    return env


def temporary_folder(prefix: str = "digit-canvas-bench-") -> Path:
    """A new temporary folder, removed when this process exits."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def isolate() -> Path:
    """Point this process's user folders at a throw-away folder (call before Qt/model imports).

    Idempotent: a process started with isolated folders (``DIGIT_CANVAS_BENCH_ISOLATED``)
    keeps them. Returns the folder.
    """
    if os.environ.get("DIGIT_CANVAS_BENCH_ISOLATED"):
        return Path(os.environ["DIGIT_CANVAS_BENCH_ISOLATED"])
    folder = temporary_folder()
    os.environ.update(isolated_env_vars(folder))
    os.environ["DIGIT_CANVAS_BENCH_ISOLATED"] = str(folder)
    return folder


def isolated_child_env(folder: Path, **extra: str) -> dict[str, str]:
    """``child_env`` plus user folders of its own under ``folder`` (a new, empty user)."""
    env = child_env(**isolated_env_vars(folder))
    env["DIGIT_CANVAS_BENCH_ISOLATED"] = str(folder)
    env.update(extra)
    return env


# ------------------------------------------------------------------ processes


def python() -> str:
    """The interpreter running the benchmarks (the project's venv when run from it)."""
    return sys.executable


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a benchmark child process (repo on PYTHONPATH)."""
    env = dict(os.environ)
    # A person's Python caches compiled modules (pip compiles the packages, the first
    # launch the app's own); without the cache every launch compiles ~60 ms of source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
    )
    env.update(extra)
    return env


def run_json_child(args: Sequence[str], env: dict[str, str] | None = None,
                   timeout: float = 600) -> dict:
    """Run ``python ARGS`` and parse the last stdout line that is a JSON object."""
    result = subprocess.run(
        [python(), *args], cwd=REPO_ROOT, env=env or child_env(), capture_output=True,
        text=True, timeout=timeout, check=False,
    )
    for line in reversed(result.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(
        f"child {' '.join(args)} exited {result.returncode} without a result:\n"
        f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    )


def stream_json_child(args: Sequence[str], env: dict[str, str] | None = None,
                      timeout: float = 600) -> list[tuple[float, dict]]:
    """Spawn ``python ARGS``; every JSON object line of its stdout, stamped on arrival.

    The stamp is seconds since the spawn, as a person who starts a process (the
    app's Retrain click) waits from then: interpreter start and imports included.
    The child must flush each line. Its stderr goes to this process's stderr.

    Raises:
        RuntimeError: The child failed or ran longer than ``timeout`` seconds.
    """
    start = time.perf_counter()
    # stdin stays open: the trainer (main.py train --events) takes its end as "cancel".
    process = subprocess.Popen([python(), *args], cwd=REPO_ROOT, env=env or child_env(),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    killer = threading.Timer(timeout, process.kill)  # a hung child must not hang the bench
    killer.start()
    lines: list[tuple[float, dict]] = []
    try:
        for line in process.stdout:
            if line.startswith("{"):
                lines.append((time.perf_counter() - start, json.loads(line)))
    finally:
        killer.cancel()
        process.stdin.close()
        code = process.wait()
    if code != 0:
        raise RuntimeError(f"child {' '.join(args)} exited {code} "
                           f"(killed after {timeout:.0f} s?); see its stderr above")
    return lines


def emit(**fields: object) -> None:
    """Print one JSON line at once (a child's progress event, for ``stream_json_child``)."""
    print(json.dumps(fields), flush=True)


class Stopwatch:
    """perf_counter seconds since creation."""

    def __init__(self) -> None:
        self.start = time.perf_counter()

    def seconds(self) -> float:
        """Seconds since creation."""
        return time.perf_counter() - self.start


class ProbeFailed(RuntimeError):
    """The app probe printed no result; the message has its exit status and stderr's end."""

    def __init__(self, returncode: int, stderr: str) -> None:
        super().__init__(f"probe failed ({returncode}):\n{stderr[-3000:]}")
        self.returncode, self.stderr = returncode, stderr


def run_probe(options: dict, timeout: float, folder: Path | None = None
              ) -> tuple[dict, subprocess.CompletedProcess]:
    """Run the app (main.py) under ``bench._app_probe`` as a new user; its result and process.

    The child gets an isolated environment in ``folder`` (a new temporary
    folder if None) and the offscreen platform. Raises ProbeFailed when the
    probe printed no result line.
    """
    from bench.process import PROBE_MARK

    folder = temporary_folder() if folder is None else folder
    env = isolated_child_env(folder, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([python(), "-m", "bench._app_probe", json.dumps(options)],
                            cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                            timeout=timeout, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith(PROBE_MARK)]
    if not lines:
        raise ProbeFailed(result.returncode, result.stderr)
    return json.loads(lines[-1].removeprefix(PROBE_MARK)), result
