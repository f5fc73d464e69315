"""What a crashed app leaves of its training runs, removed at the next start.

A run keeps its files in ``<checkpoints>/.incoming/<pid>-<id>/`` (the checkpoint
being written) and ``<temp>/digit-canvas-train-<pid>-*`` (snapshots), named
after the app process that started it. A folder whose process is gone belongs
to no one and is removed; a live process's never is. Folders named before the
process id was part of the name are removed once they are a day old.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_PREFIX = "digit-canvas-train-"
NAMELESS_AGE_S = 24 * 3600  # no run lasts a day


def run_folder_name(unique: str) -> str:
    """A folder name that says which process owns it: ``<pid>-<unique>``."""
    return f"{os.getpid()}-{unique}"


def _owner_alive(name: str, folder: Path) -> bool:
    """True unless the folder's process is gone (or, without one in its name, it is old)."""
    pid = name.split("-", 1)[0]
    if not pid.isdigit():
        try:
            return time.time() - folder.stat().st_mtime < NAMELESS_AGE_S
        except OSError:
            return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, another user's
        return True
    return True


def remove_abandoned_runs(checkpoint_dir: Path, temp_dir: Path | None = None) -> list[Path]:
    """Remove the run folders whose app process is gone; return what was removed."""
    temp_dir = Path(temp_dir or tempfile.gettempdir())
    found = [(p.name, p) for p in _folders(checkpoint_dir / ".incoming")]
    found += [(p.name[len(TEMP_PREFIX):], p) for p in _folders(temp_dir, TEMP_PREFIX)]
    removed = []
    for name, folder in found:
        if not _owner_alive(name, folder):
            shutil.rmtree(folder, ignore_errors=True)
            log.info("removed %s, left by a run of an app that has gone", folder)
            removed.append(folder)
    return removed


def _folders(parent: Path, prefix: str = "") -> list[Path]:
    # The name first, the type from the listing: a temp folder may hold thousands of
    # files, and a stat of each cost 40 ms of every start-up (bench.startup).
    try:
        with os.scandir(parent) as entries:
            return [Path(e.path) for e in entries
                    if e.name.startswith(prefix) and e.is_dir(follow_symlinks=False)]
    except OSError:  # not there (yet), or unreadable: nothing to clean
        return []
