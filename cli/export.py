"""The ``export`` command: a SavedModel or TFLite file that gives the app's answers."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import CliError, load_model

FORMATS = ("savedmodel", "tflite")  # model.network.export.FORMATS (imports TensorFlow)


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``export`` sub-parser."""
    export = commands.add_parser(
        "export", help="write the model as a SavedModel folder or a .tflite file")
    export.add_argument("--checkpoint", type=Path,
                        help="the checkpoint folder to export (default: the model in use)")
    export.add_argument("--format", choices=FORMATS, default="savedmodel")
    export.add_argument("out", type=Path, help="the SavedModel folder or the .tflite file")


def run(args: argparse.Namespace) -> int:
    """Write the model with its decision rule, and a JSON that describes it."""
    from model.network.export import ExportError, export

    loaded = load_model(args.checkpoint)
    try:
        info = export(loaded.model, args.out, args.format, loaded.metadata)
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    kind = "SavedModel" if args.format == "savedmodel" else "TFLite model"
    print(f"{kind} written to {args.out} (decision rule and input format in {info})")
    return 0
