"""bench.soak's driver works (a few steps of a session); the figures come from the bench."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.gui


def test_the_soak_driver_runs_a_short_session_in_its_own_folders(tmp_path):
    home = tmp_path / "home"  # where the person's files would be: the soak must not touch them
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                   "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "config")}
    result = subprocess.run([sys.executable, "-m", "bench.soak", "--smoke"], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=600,
                            check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    done = next(line for line in lines if line.startswith("Done:"))
    assert "drawings 8," in done and "saves 3," in done and "deletes 1;" in done
    # Predictions the window showed mid-stroke, one per drawing, not pauses that passed.
    assert "live predictions shown mid-stroke 8 (in 8 pauses)" in done
    last = re.fullmatch(r"soak: rss_growth_mb=(?P<growth>-?[\d.]+) "
                        r"rss_trend_mb_per_round=(?P<trend>-?[\d.]+) "
                        r"python_threads_leaked=(?P<python>\d+) os_threads_leaked=(?P<os>\d+) "
                        r"qobjects_growth=(?P<qobjects>-?\d+) live_predictions_shown=(?P<live>\d+) "
                        r"minutes=(?P<minutes>[\d.]+)", lines[-1])
    assert last is not None, lines[-1]
    assert last["python"] == "0" and last["os"] == "0"  # native threads count too
    assert last["live"] == "8"
    # One round after the warm-up: the trend is that round's change, and not absurd.
    assert float(last["trend"]) == pytest.approx(float(last["growth"]), abs=0.06)
    assert abs(float(last["growth"])) < 200
    assert not home.exists()
    folder = next(line for line in lines if line.startswith("folders: ")).split()[1]
    assert not Path(folder).exists()  # the session's own folders are removed


def test_the_rss_trend_is_the_least_squares_slope_after_the_warm_up():
    from bench.soak import Sample, rss_trend

    def sample(rss):
        return Sample("x", 0.0, rss, 1, 1, 1, 1, 0)

    # The start (before the warm-up) is left out; one high last round moves the
    # end-minus-baseline growth from 18 to 58 MB, the slope from 2 to 3.7 MB a round.
    samples = [sample(100), *(sample(900 + 2 * k) for k in range(10)), sample(958)]
    assert rss_trend(samples) == pytest.approx(3.73, abs=0.01)
    assert rss_trend(samples[:-1]) == pytest.approx(2.0)
    assert rss_trend(samples[:2]) != rss_trend(samples[:2])  # nan: one sample has no slope


def test_bench_all_runs_every_benchmark():
    from bench.all import BENCHMARKS

    runnable = {f"bench.{path.stem}" for path in (ROOT / "bench").glob("*.py")
                if '__name__ == "__main__"' in path.read_text()}
    assert runnable - {"bench.all", "bench._app_probe"} == set(BENCHMARKS)
