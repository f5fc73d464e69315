"""Keep TensorFlow's start-up lines off the terminal, whichever thread imports it first.

TensorFlow 2.2x prints its oneDNN notice through Abseil's C++ logging while
its shared libraries load, before ``absl::InitializeLog()``; that path ignores
``TF_CPP_MIN_LOG_LEVEL``. So the first ``import tensorflow`` runs with file
descriptor 2 sent to a temporary file, and afterwards every captured line is
written to the real stderr except TensorFlow's own log lines below the chosen
level (and Abseil's notice about logging before InitializeLog). oneDNN itself
stays on.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.util
import logging
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib.machinery import ModuleSpec
from types import ModuleType

# --log-level -> TF_CPP_MIN_LOG_LEVEL (0 shows everything, 1 hides INFO, 2 also WARNING, ...)
MIN_LOG_LEVEL = {"debug": "0", "info": "1", "warning": "2", "error": "3"}
_SEVERITY = {"I": 0, "W": 1, "E": 2, "F": 3}
# Abseil: "I0000 00:00:1795735604.906024    9000 port.cc:153] ..."
# TensorFlow: "2024-05-01 10:00:00.123456: I tensorflow/core/util/port.cc:113] ..."
_LOG_LINE = re.compile(
    r"^(?:(?P<absl>[IWEF])\d{4} \d\d:\d\d:\d+\.\d+ +\d+ \S+:\d+\]"
    r"|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: (?P<tf>[IWEF]) \S+:\d+\])"
)
_CONTINUATIONS = ("To enable the following instructions",)  # cpu_feature_guard's 2nd line
_ABSL_NOTICE = "WARNING: All log messages before absl::InitializeLog() is called"


def is_chatter(line: str, min_level: int) -> bool:
    """Whether ``line`` is a TensorFlow/Abseil log line below ``min_level`` (0-3)."""
    if line.startswith(_ABSL_NOTICE):
        return min_level > 0
    match = _LOG_LINE.match(line)
    if match is None:
        return False
    severity = _SEVERITY[match.group("absl") or match.group("tf")]
    return severity < min_level


def drop_chatter(text: str, min_level: int) -> str:
    """``text`` without TensorFlow's log lines below ``min_level`` (and their continuations)."""
    kept, dropping = [], False
    for line in text.splitlines(keepends=True):
        if is_chatter(line, min_level):
            dropping = True
        elif dropping and line.startswith(_CONTINUATIONS):
            pass  # the second line of a two-line message that was dropped
        else:
            dropping = False
            kept.append(line)
    return "".join(kept)


@contextlib.contextmanager
def filtered_stderr(keep: Callable[[str], str]) -> Iterator[None]:
    """Capture file descriptor 2 for the block; then write out ``keep(captured text)``.

    Whatever other threads write to stderr meanwhile is delayed, not lost.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with tempfile.TemporaryFile() as capture:
            os.dup2(capture.fileno(), 2)
            try:
                yield
            finally:
                with contextlib.suppress(Exception):
                    sys.stderr.flush()
                os.dup2(saved, 2)
                capture.seek(0)
                kept = keep(capture.read().decode("utf-8", errors="replace"))
                if kept:
                    os.write(2, kept.encode("utf-8"))
    finally:
        os.close(saved)


class _QuietFirstImport(importlib.abc.MetaPathFinder):
    """Finds ``tensorflow`` once and wraps its loading in :func:`filtered_stderr`."""

    def __init__(self, min_level: int) -> None:
        self.min_level = min_level

    def find_spec(self, fullname: str, path: object = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        """The real spec of ``tensorflow``, its loading filtered; None for anything else."""
        if fullname != "tensorflow":
            return None
        with contextlib.suppress(ValueError):  # another thread got here first
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module
        min_level = self.min_level

        def exec_module(module: ModuleType) -> None:
            with filtered_stderr(lambda text: drop_chatter(text, min_level)):
                load(module)

        spec.loader.exec_module = exec_module  # this spec's loader instance only
        return spec


def quiet_tensorflow(log_level: str) -> None:
    """Set TensorFlow's C++ and Python log levels for ``--log-level`` before it is imported.

    At ``debug`` everything TensorFlow says is shown. An explicit
    ``TF_CPP_MIN_LOG_LEVEL`` in the environment wins over ``log_level``.
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", MIN_LOG_LEVEL[log_level])
    try:
        min_level = int(os.environ["TF_CPP_MIN_LOG_LEVEL"])
    except ValueError:
        min_level = int(MIN_LOG_LEVEL[log_level])
    python_level = logging.DEBUG if log_level == "debug" else logging.ERROR
    for name in ("tensorflow", "absl"):
        logging.getLogger(name).setLevel(python_level)
    if min_level > 0 and "tensorflow" not in sys.modules and not any(
            isinstance(finder, _QuietFirstImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _QuietFirstImport(min_level))
