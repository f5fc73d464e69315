"""Command line: train, evaluate, predict, export (and the app when no command is given).

TensorFlow is imported inside the commands, so ``python main.py`` can show the
window before TensorFlow has loaded.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from model.train_command import TrainCommandError, cmd_train
from model.train_command import add_parser as add_train_parser

if TYPE_CHECKING:

    from model.checkpoints import Loaded
    from model.samples import SampleStore

log = logging.getLogger(__name__)


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


def build_parser() -> Parser:
    """The whole command line."""
    parser = Parser(prog="main.py", description="Draw a digit; a ConvNet recognises it.")
    parser.add_argument("--log-level", default="warning",
                        choices=["debug", "info", "warning", "error"])
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add Digit Canvas to your desktop's menu (entry + icon)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove that menu entry and icon")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    add_train_parser(commands, positive_int, positive_float)

    evaluate = commands.add_parser("evaluate", help="test accuracy and confusion matrix")
    evaluate.add_argument("--checkpoint", type=Path)
    evaluate.add_argument("--data-dir", type=Path)
    evaluate.add_argument("--json", action="store_true")
    which = evaluate.add_mutually_exclusive_group()
    which.add_argument("--drawn", action="store_true",
                       help="score MNIST test digits re-drawn on a 400x400 canvas instead")
    which.add_argument("--styles", action="store_true",
                       help="score generated digit styles and non-digits instead: the validation "
                            "set (in-distribution: training's templates and generators, other "
                            "random streams)")
    which.add_argument("--heldout", action="store_true",
                       help="score the held-out set instead: digit and non-digit templates and "
                            "printed fonts that training never reads (report only; never tune "
                            "on it)")
    evaluate.add_argument("--count", type=positive_int,
                          help="how many drawings with --drawn (default 2000), "
                               "images per style and per kind with --styles or --heldout "
                               "(default 300)")

    predict = commands.add_parser("predict",
                                  help="read image files: a digit or a number each")
    predict.add_argument("--checkpoint", type=Path)
    predict.add_argument("--json", action="store_true")
    predict.add_argument("paths", nargs="+", type=Path)

    calibrate = commands.add_parser(
        "calibrate", help="fit the temperature and the not-a-digit threshold again")
    calibrate.add_argument("--checkpoint", type=Path, required=True)
    calibrate.add_argument("--data-dir", type=Path)

    export = commands.add_parser("export", help="write a SavedModel")
    export.add_argument("--checkpoint", type=Path)
    export.add_argument("out", type=Path)

    _add_samples_parser(commands)
    _add_explain_parser(commands)
    return parser


def _add_explain_parser(commands: argparse._SubParsersAction) -> None:
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


def digit(text: str) -> int:
    """Parse a digit 0-9 (argparse type)."""
    if len(text) != 1 or not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a digit 0-9: {text!r}")
    return int(text)


def _add_samples_parser(commands: argparse._SubParsersAction) -> None:
    samples = commands.add_parser("samples",
                                  help="your own labelled drawings: list, export, import")
    actions = samples.add_subparsers(dest="samples_command", metavar="{list,export,import}",
                                     required=True, parser_class=Parser)
    listing = actions.add_parser("list", help="one line per drawing, and counts per digit")
    listing.add_argument("--digit", type=digit, help="only drawings with this label")
    out = actions.add_parser("export", help="write PNGs in one folder per digit, or a .zip")
    out.add_argument("dest", type=Path, help="a folder, or a file name ending in .zip")
    source = actions.add_parser("import", help="add labelled images from a folder or a .zip")
    source.add_argument("path", type=Path,
                        help="a folder (or zip) with subfolders 0-9, or files named <digit>_*.png")


def run(args: argparse.Namespace) -> int:
    """Run one command; user-caused errors become one line on stderr."""
    from model.data import MnistError
    from model.errors import CheckpointError

    handlers = {"train": cmd_train, "evaluate": cmd_evaluate, "predict": cmd_predict,
                "export": cmd_export, "calibrate": cmd_calibrate, "samples": cmd_samples,
                "explain": cmd_explain}
    try:
        return handlers[args.command](args)
    except (CliError, TrainCommandError, CheckpointError, MnistError, ValueError,
            OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def load_model(checkpoint: Path | None) -> Loaded:
    """The given checkpoint, or the newest user checkpoint, or the bundled model."""
    from model import paths
    from model.checkpoints import CheckpointStore, load_checkpoint

    if checkpoint is not None:
        return load_checkpoint(checkpoint)
    loaded = CheckpointStore(paths.checkpoint_dir()).load_newest()
    for warning in loaded.warnings:
        log.warning("%s", warning)
    return loaded


def format_report(report: dict) -> str:
    """Accuracy, per-class table and confusion matrix as text."""
    lines = [f"test accuracy: {report['accuracy']:.4f} ({report['count']} images)",
             f"called not a digit: {report['rejected']:.2%} "
             f"({report['score']} < {report['threshold']})",
             f"calibration error (ECE, 15 bins): {report['ece_before']:.4f} before, "
             f"{report['ece']:.4f} after temperature {report['temperature']:.3f}",
             "", "digit  accuracy  images"]
    for digit, (acc, row) in enumerate(zip(report["per_class"], report["confusion"], strict=True)):
        lines.append(f"{digit:>5}  {acc:8.4f}  {sum(row):6d}")
    lines += ["", "confusion matrix (rows: true digit, columns: predicted)",
              "       " + "".join(f"{d:>6}" for d in range(10))]
    for digit, row in enumerate(report["confusion"]):
        lines.append(f"{digit:>5}  " + "".join(f"{n:>6}" for n in row))
    return "\n".join(lines)


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Evaluate a checkpoint on the MNIST test set."""
    from model.data import load_mnist

    loaded = load_model(args.checkpoint)
    if args.heldout:  # no MNIST in it
        return _evaluate_generated(args, loaded, None)
    mnist = load_mnist(args.data_dir)
    if args.drawn:
        return _evaluate_drawn(args, loaded, mnist)
    if args.styles:
        return _evaluate_generated(args, loaded, mnist)
    report = test_report(loaded, mnist)
    print(json.dumps(report) if args.json else format_report(report))
    return 0


def test_report(loaded: Loaded, mnist: object) -> dict:
    """Accuracy, confusion matrix, rejection and calibration on the MNIST test set."""
    from model import calibration
    from model.classifier import Classifier
    from model.metrics import class_report

    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    logits = classifier.logits_batch(mnist.x_test)
    labels = mnist.y_test
    return {
        **class_report(labels, logits.argmax(axis=1)),
        **calibration.summary(logits, labels, classifier.rule),
        "temperature": classifier.rule.temperature,
        "score": classifier.rule.score,
        "threshold": classifier.rule.threshold_or_none(),
        "checkpoint": str(loaded.path),
    }


def _evaluate_drawn(args: argparse.Namespace, loaded: Loaded, mnist: object) -> int:
    from model.classifier import Classifier
    from model.drawn import evaluate_drawn

    count = min(args.count or 2000, len(mnist.y_test))
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    report = evaluate_drawn(classifier.predict_many, mnist.x_test, mnist.y_test, count)
    report["checkpoint"] = str(loaded.path)
    if args.json:
        print(json.dumps(report))
    else:
        print(f"drawn digits ({report['count']} on a 400x400 canvas): "
              f"accuracy {report['accuracy']:.4f} with MNIST-style preprocessing "
              f"({report['rejected']:.2%} called not a digit, counted wrong), "
              f"{report['naive_accuracy']:.4f} shrinking the canvas to 28x28")
    return 0


def _evaluate_generated(args: argparse.Namespace, loaded: Loaded, mnist: object | None) -> int:
    """``--styles`` (the validation set, given MNIST) or ``--heldout`` (mnist None)."""
    from model.classifier import Classifier
    from model.style_eval import format_score, score

    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    count = args.count or 300
    if mnist is None:
        from model.heldout import HELDOUT, heldout_set

        evaluation = heldout_set(seed=0, per_style=count, per_kind=count)
        title = f"{HELDOUT}; fonts: {', '.join(evaluation['fonts']) or 'none installed'}"
        report = {"set": HELDOUT, "fonts": evaluation["fonts"]}
    else:
        from model.synthetic import VALIDATION, validation_set

        # MNIST's test digits for the fragment kinds: training cuts its training digits.
        evaluation = validation_set(seed=0, per_style=count, per_kind=count,
                                    mnist_images=mnist.x_test)
        title, report = VALIDATION, {"set": VALIDATION}
    report.update(score(classifier.predict_many, evaluation), checkpoint=str(loaded.path))
    print(json.dumps(report) if args.json else format_score(report, title))
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    """Read each file (a digit or a number); a file that fails gets an error, the others answers."""
    from model.classifier import Classifier

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
    from model.number import read_number
    from model.preprocess import ImageFileError, load_image

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


def cmd_calibrate(args: argparse.Namespace) -> int:
    """Refit a checkpoint's decision rule on the validation split its recipe held out."""
    from model import calibration
    from model.checkpoints import load_for_serving, update_metadata
    from model.classifier import Classifier
    from model.data import load_mnist

    loaded = load_for_serving(args.checkpoint)
    held_out = int(loaded.metadata.get("recipe", {}).get("validation", 0) or 0)
    if held_out < 100:
        raise CliError(f"{args.checkpoint} was trained on all of MNIST's training images: "
                       "there is no held-out split to calibrate on")
    mnist = load_mnist(args.data_dir)
    x_val, y_val = mnist.x_train[-held_out:], mnist.y_train[-held_out:]
    rule, report = calibration.fit(Classifier(loaded.model).logits_batch(x_val), y_val)
    update_metadata(args.checkpoint, {"decision": rule.as_metadata(), "calibration": report})
    print(f"temperature {rule.temperature:.3f}, not a digit when {rule.score} < "
          f"{rule.threshold:.3f}; ECE {report['ece_before']:.4f} -> {report['ece']:.4f} "
          f"on {held_out} validation images")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    """Look inside the network for each file: PNG sheets and/or JSON (no TensorFlow)."""
    from model import explain, paths
    from model.checkpoints import CheckpointStore, load_for_serving
    from model.classifier import Classifier
    from model.preprocess import prepare_file

    if args.checkpoint is not None:
        loaded = load_for_serving(args.checkpoint)
    else:
        loaded = CheckpointStore(paths.checkpoint_dir()).load_newest(loader=load_for_serving)
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


def cmd_export(args: argparse.Namespace) -> int:
    """Write a SavedModel with a serving signature for (N, 28, 28, 1) float images."""
    from model.export import export_saved_model

    loaded = load_model(args.checkpoint)
    export_saved_model(loaded.model, args.out)
    print(f"SavedModel written to {args.out}")
    return 0


def cmd_samples(args: argparse.Namespace) -> int:
    """List, export or import the person's drawings (the app's store in the data folder)."""
    from model import paths
    from model.samples import SampleStore

    actions = {"list": _samples_list, "export": _samples_export, "import": _samples_import}
    path = paths.data_dir() / "samples.sqlite3"
    if args.samples_command != "import" and not path.exists():  # create nothing just to read
        print(f"no drawings yet ({path} does not exist)")
        return 0
    with SampleStore(path) as store:
        if store.recovered_from is not None:
            print(f"warning: the drawings database was damaged; it was kept as "
                  f"{store.recovered_from} and a new one started "
                  f"({store.salvaged} drawings recovered)", file=sys.stderr)
        return actions[args.samples_command](store, args)


def _samples_list(store: SampleStore, args: argparse.Namespace) -> int:
    rows = store.list(args.digit)
    if rows:
        print(f"{'id':>7}  {'label':>5}  {'predicted':>9}  created (UTC)")
    for sample in reversed(rows):  # oldest first, like a log
        predicted = "-" if sample.predicted is None else str(sample.predicted)
        created = sample.created[:19].replace("T", " ")
        print(f"{sample.id:>7}  {sample.label:>5}  {predicted:>9}  {created}")
    counts = store.counts()
    print(("\n" if rows else "") + f"{len(store)} drawing(s) in {store.path}")
    print("digit  " + "".join(f"{d:>5}" for d in range(10)))
    print("count  " + "".join(f"{counts[d]:>5}" for d in range(10)))
    return 0


def _samples_export(store: SampleStore, args: argparse.Namespace) -> int:
    if args.dest.suffix.lower() == ".zip":
        count = store.export_archive(args.dest)
    else:
        count = store.export_folder(args.dest)
    print(f"exported {count} drawing(s) to {args.dest}")
    return 0


def _samples_import(store: SampleStore, args: argparse.Namespace) -> int:
    result = store.import_path(args.path)
    for problem in result.failed:
        print(f"warning: {problem}", file=sys.stderr)
    for name in result.ignored:
        print(f"warning: {name}: no digit label (put it in a folder 0-9 or name it "
              f"<digit>_...)", file=sys.stderr)
    print(result.summary())
    return 1 if result.failed else 0
