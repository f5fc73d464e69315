"""The real trainer with one fault, for tests: ``python tests/trainer_faults.py FAULT ARGS...``.

The app starts ``trainer_command() + ARGS``; a test points ``trainer_command`` here
to make the child fail, hang or crash at a chosen place. A fault that hangs
first creates the file named by ``DC_FAULT_MARKER``, so the test knows the
child is really inside that phase before it kills it.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _arrived() -> None:
    marker = os.environ.get("DC_FAULT_MARKER")
    if marker:
        Path(marker).touch()


def _hang(*args: object, **kwargs: object) -> None:
    _arrived()
    time.sleep(600)


def _segfault(*args: object, **kwargs: object) -> None:
    _arrived()
    os.kill(os.getpid(), signal.SIGSEGV)


def _wrap(module: object, name: str, before: object) -> None:
    real = getattr(module, name)

    def wrapped(*args: object, **kwargs: object) -> object:
        before()
        return real(*args, **kwargs)

    setattr(module, name, wrapped)


def _after_steps(action: object, steps: int = 1) -> None:
    import model.network.train as train_module

    real = train_module.train

    def train(*args: object, **kwargs: object) -> object:
        for event in real(*args, **kwargs):
            yield event
            if isinstance(event, train_module.Step) and event.step == steps:
                action()

    train_module.train = train


def _fail_in_loop() -> None:
    import model.network.train as train_module

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("simulated failure in the training loop")
        yield  # a generator, like the real one

    train_module.train = broken


def _no_mnist() -> None:
    import model.data.mnist as data_module

    def nowhere() -> object:
        raise data_module.MnistError("no")

    data_module.default_sources = lambda data_dir=None, keras=True: [("nowhere", nowhere, False)]


def _disk_full() -> None:
    import model.network.checkpoints as checkpoints

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    checkpoints.write_checkpoint = full


def apply(fault: str) -> None:
    """Install one fault into the modules the train command uses."""
    import model.data.mnist as data_module
    import model.network.checkpoints as checkpoints

    faults = {
        "none": lambda: None,
        "crash-at-start": lambda: _segfault(),
        "hang-in-load": lambda: _wrap(data_module, "load_mnist", _hang),
        "crash-in-load": lambda: _wrap(data_module, "load_mnist", _segfault),
        "crash-mid-epoch": lambda: _after_steps(_segfault),
        "hang-mid-epoch": lambda: _after_steps(_hang),
        # Inside write_checkpoint: the files are in the staging folder, not yet renamed.
        "hang-in-save": lambda: _wrap(checkpoints, "_fsync_tree", _hang),
        "crash-in-save": lambda: _wrap(checkpoints, "_fsync_tree", _segfault),
        "fail-in-loop": _fail_in_loop,
        "no-mnist": _no_mnist,
        "disk-full": _disk_full,
    }
    faults[fault]()


if __name__ == "__main__":
    apply(sys.argv[1])
    from main import main

    sys.exit(main(sys.argv[2:]))
