"""The ``predict`` command: read image files, a digit or a number each."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from cli.common import load_model


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``predict`` sub-parser."""
    predict = commands.add_parser("predict",
                                  help="read image files: a digit or a number each")
    predict.add_argument("--checkpoint", type=Path)
    predict.add_argument("--json", action="store_true")
    predict.add_argument("paths", nargs="+", type=Path)


def run(args: argparse.Namespace) -> int:
    """Read each file (a digit or a number); a file that fails gets an error, the others answers."""
    from model.network.classifier import Classifier

    loaded = load_model(args.checkpoint)
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    failures = 0
    for path in args.paths:
        result = predict_file(path, classifier)
        failures += result["error"] is not None
        print(json.dumps(result) if args.json else _predict_line(result), flush=True)
    return 1 if failures else 0


def predict_file(path: Path, classifier: object) -> dict:
    """One ``predict --json`` object: status, number, digit, probabilities, digits, error."""
    from model.data.number import read_number
    from model.data.preprocess import ImageFileError, load_image

    result = {"path": str(path), "status": None, "number": None, "digit": None,
              "probabilities": None, "digits": [], "error": None}
    try:
        image = load_image(path)
        try:
            reading = read_number(image, classifier)
        except ValueError as exc:  # pixels that cannot be read as an image
            raise ImageFileError(path, str(exc)) from exc
    except ValueError as exc:
        result["error"] = str(exc)
        return result
    result.update(reading.as_json())
    return result


def _predict_line(result: dict) -> str:
    path, status = result["path"], result["status"]
    if result["error"]:
        return f"{path}: error: {result['error']}"
    if status == "blank":
        return f"{path}: no digit"
    confidences = [max(d["probabilities"]) for d in result["digits"]]
    confidence = math.prod(confidences)
    if status == "not_a_digit":
        if len(result["digits"]) > 1:
            shown = "".join("?" if d["digit"] is None else str(d["digit"])
                            for d in result["digits"])
            return f"{path}: not a number ({shown}: ? is not a digit)"
        best = result["probabilities"].index(max(result["probabilities"]))
        return f"{path}: not a digit (best guess {best}, {confidence:.1%})"
    return f"{path}: {result['number']} ({confidence:.1%})"
