"""Where the app keeps its files (XDG base directories; the window and the command line alike).

Also where its own files are: ``assets/`` (the bundled model, the icon) sits next
to the packages in a checkout and is installed as ``model/assets`` (see
pyproject.toml), so both layouts are looked for.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "digit-canvas"
_PACKAGE = Path(__file__).resolve().parent


def _xdg(variable: str, default: str) -> Path:
    return Path(os.environ.get(variable) or Path.home() / default) / APP_NAME


def data_dir() -> Path:
    """The user's data folder: checkpoints and saved drawings."""
    return _xdg("XDG_DATA_HOME", ".local/share")


def cache_dir() -> Path:
    """The user's cache folder: downloaded data sets."""
    return _xdg("XDG_CACHE_HOME", ".cache")


def checkpoint_dir() -> Path:
    """The user's own checkpoints (the newest good one is used at start-up)."""
    return data_dir() / "checkpoints"


def assets_dir() -> Path:
    """The bundled files: ``model/assets`` when installed, else ``assets/`` in the checkout."""
    installed = _PACKAGE / "assets"
    return installed if installed.is_dir() else _PACKAGE.parent / "assets"
