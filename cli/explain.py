"""The ``explain`` command: look inside the network, as PNG sheets and/or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``explain`` sub-parser."""
    explain = commands.add_parser(
        "explain", help="look inside: every layer, the filters and a saliency map, as PNGs")
    explain.add_argument("--checkpoint", type=Path)
    explain.add_argument("--out", type=Path,
                         help="folder for the PNGs (default: the current folder; "
                              "with --json, PNGs only when --out is given)")
    explain.add_argument("--json", action="store_true", help="one JSON object per image")
    explain.add_argument("--full", action="store_true",
                         help="with --json: every layer's values, not only max and mean")
    explain.add_argument("paths", nargs="+", type=Path)


def run(args: argparse.Namespace) -> int:
    """Look inside the network for each file: PNG sheets and/or JSON (no TensorFlow)."""
    from model.data.preprocess import prepare_file
    from model.look_inside import explain
    from model.network.checkpoints import load_for_serving, load_in_use
    from model.network.classifier import Classifier

    if args.checkpoint is not None:
        loaded = load_for_serving(args.checkpoint)
    else:
        loaded = load_in_use(load_for_serving)
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    out = args.out if args.out is not None or args.json else Path(".")
    stems: set[str] = set()
    failures = 0
    if out is not None:
        written = explain.write_filters(out, classifier.params, f"Filters of {loaded.path}")
        if not args.json:
            print(f"filters of the model: {written}")
    for path in args.paths:
        try:
            image = prepare_file(path)
        except ValueError as exc:
            failures += 1
            print(f"{path}: error: {exc}", file=sys.stderr)
            if args.json:
                print(json.dumps({**explain.blank_record(path), "error": str(exc)}), flush=True)
            continue
        if image is None:
            print(json.dumps(explain.blank_record(path)) if args.json
                  else f"{path}: no digit (a blank image)", flush=True)
            continue
        result, inside, saliency = explain.record(path, image, classifier, args.full)
        sheets = []
        if out is not None:
            title = f"{path.name} · the network says {_said(result)}"
            sheets = explain.write_sheets(out, explain.unique_stem(path, stems), title,
                                          inside, saliency)
        print(json.dumps(result) if args.json
              else f"{path}: {_said(result)} -> {', '.join(map(str, sheets))}", flush=True)
    return 1 if failures else 0


def _said(result: dict) -> str:
    best = int(max(range(10), key=lambda d: result["probabilities"][d]))
    confidence = result["probabilities"][best]
    if result["digit"] is None:
        return f"not a digit (closest {best}, {confidence:.1%})"
    return f"{result['digit']} ({confidence:.1%})"
