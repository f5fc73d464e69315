"""A crashed app's run folders are removed at the next start; a live run's never are."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from app.leftovers import TEMP_PREFIX, remove_abandoned_runs, run_folder_name


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_only_folders_of_gone_processes_are_removed(tmp_path):
    checkpoints, temp = tmp_path / "checkpoints", tmp_path / "tmp"
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        gone = dead_pid()
        crashed = [checkpoints / ".incoming" / f"{gone}-abcd1234",
                   temp / f"{TEMP_PREFIX}{gone}-x1y2z3"]
        running = [checkpoints / ".incoming" / f"{live.pid}-abcd1234",
                   temp / f"{TEMP_PREFIX}{live.pid}-x1y2z3",
                   checkpoints / ".incoming" / run_folder_name("mine0000"),  # this process
                   temp / "digit-canvas-bench-q1w2e3",  # not a run's
                   temp / f"{TEMP_PREFIX}q1w2e3"]  # an older name, new: may be running
        old_nameless = checkpoints / ".incoming" / "0a1b2c3d"
        for folder in (*crashed, *running, old_nameless):
            (folder / "ckpt-x").mkdir(parents=True)
            (folder / "ckpt-x" / "weights.npz").write_bytes(b"half written")
        two_days_ago = time.time() - 2 * 24 * 3600
        os.utime(old_nameless, (two_days_ago, two_days_ago))

        removed = remove_abandoned_runs(checkpoints, temp)

        assert sorted(removed) == sorted([*crashed, old_nameless])
        assert not any(folder.exists() for folder in removed)
        assert all((folder / "ckpt-x" / "weights.npz").exists() for folder in running)
    finally:
        live.kill()
        live.wait()


def test_nothing_to_clean_is_fine(tmp_path):
    assert remove_abandoned_runs(tmp_path / "no-such-folder", tmp_path / "nor-this") == []
