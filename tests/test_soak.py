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
    assert "live predictions mid-stroke 8" in done
    last = re.fullmatch(r"soak: rss_growth_mb=(-?[\d.]+) threads_leaked=(\d+) "
                        r"qobjects_growth=(-?\d+) minutes=([\d.]+)", lines[-1])
    assert last is not None, lines[-1]
    assert last.group(2) == "0"
    assert not home.exists()
    folder = next(line for line in lines if line.startswith("folders: ")).split()[1]
    assert not Path(folder).exists()  # the session's own folders are removed
