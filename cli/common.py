"""What the commands share: one-line errors, argument types, the model to use."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from model.network.checkpoints import Loaded

log = logging.getLogger("cli")


class CliError(Exception):
    """A user-caused problem: printed as one line, exit status 1."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports bad arguments in one line, without usage text."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit with status 2."""
        self.exit(2, f"{self.prog}: error: {message}\n")


def positive_int(text: str) -> int:
    """Parse a whole number >= 1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def positive_float(text: str) -> float:
    """Parse a finite number > 0 (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return value


def digit(text: str) -> int:
    """Parse a digit 0-9 (argparse type)."""
    if len(text) != 1 or not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a digit 0-9: {text!r}")
    return int(text)


def load_model(checkpoint: Path | None) -> Loaded:
    """The given checkpoint, or the newest user checkpoint, or the bundled model."""
    from model.network.checkpoints import load_checkpoint, load_in_use

    if checkpoint is not None:
        return load_checkpoint(checkpoint)
    loaded = load_in_use()
    for warning in loaded.warnings:
        log.warning("%s", warning)
    return loaded
