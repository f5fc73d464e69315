"""The ``export`` command: write a SavedModel."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import load_model


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``export`` sub-parser."""
    export = commands.add_parser("export", help="write a SavedModel")
    export.add_argument("--checkpoint", type=Path)
    export.add_argument("out", type=Path)


def run(args: argparse.Namespace) -> int:
    """Write a SavedModel with a serving signature for (N, 28, 28, 1) float images."""
    from model.network.export import export_saved_model

    loaded = load_model(args.checkpoint)
    export_saved_model(loaded.model, args.out)
    print(f"SavedModel written to {args.out}")
    return 0
