"""The ``evaluate`` command: MNIST's test set, drawn digits, the validation or held-out set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from cli.common import load_model, positive_int

if TYPE_CHECKING:
    from model.network.checkpoints import Loaded


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``evaluate`` sub-parser."""
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
    which.add_argument("--scanned", action="store_true",
                       help="read MNIST test digits made into scanned image files instead "
                            "(tight crops, low resolution, ballpoint, pencil, the edge of a "
                            "form's box...), opened as files are")
    evaluate.add_argument("--count", type=positive_int,
                          help="how many drawings with --drawn (default 2000) or digits per "
                               "look with --scanned (default 500), "
                               "images per style and per kind with --styles or --heldout "
                               "(default 300)")


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


def run(args: argparse.Namespace) -> int:
    """Evaluate a checkpoint on the MNIST test set."""
    from model.data.mnist import load_mnist

    loaded = load_model(args.checkpoint)
    if args.heldout:  # no MNIST in it
        return _evaluate_generated(args, loaded, None)
    mnist = load_mnist(args.data_dir)
    if args.drawn:
        return _evaluate_drawn(args, loaded, mnist)
    if args.scanned:
        return _evaluate_scanned(args, loaded, mnist)
    if args.styles:
        return _evaluate_generated(args, loaded, mnist)
    report = test_report(loaded, mnist)
    print(json.dumps(report) if args.json else format_report(report))
    return 0


def test_report(loaded: Loaded, mnist: object) -> dict:
    """Accuracy, confusion matrix, rejection and calibration on the MNIST test set."""
    from model.network import calibration
    from model.network.classifier import Classifier
    from model.network.metrics import class_report

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
    from model.data.drawn import evaluate_drawn
    from model.network.classifier import Classifier

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


def _evaluate_scanned(args: argparse.Namespace, loaded: Loaded, mnist: object) -> int:
    from model.data.number import read_number
    from model.data.scanned import scanned_report
    from model.network.classifier import Classifier

    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    count = args.count or 500
    report = scanned_report(lambda image: read_number(image, classifier).number,
                            mnist.x_test, mnist.y_test, count)
    if args.json:
        print(json.dumps({**report, "count": count, "checkpoint": str(loaded.path)}))
    else:
        print(f"MNIST test digits as scanned image files ({count} per look), read right:")
        print("\n".join(f"  {look:<28}{share:7.1%}" for look, share in report.items()))
    return 0


def _evaluate_generated(args: argparse.Namespace, loaded: Loaded, mnist: object | None) -> int:
    """``--styles`` (the validation set, given MNIST) or ``--heldout`` (mnist None)."""
    from model.network.classifier import Classifier
    from model.synthetic.style_score import format_score, score

    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    count = args.count or 300
    if mnist is None:
        from model.data.number import read_number
        from model.synthetic.heldout import HELDOUT, heldout_set
        from model.synthetic.heldout_reading import reading_report

        evaluation = heldout_set(seed=0, per_style=count, per_kind=count)
        title = f"{HELDOUT}; fonts: {', '.join(evaluation['fonts']) or 'none installed'}"
        report = {"set": HELDOUT, "fonts": evaluation["fonts"],
                  "drawings": reading_report(
                      lambda image, strokes: read_number(image, classifier, strokes).number,
                      count)}
    else:
        from model.synthetic.training_set import VALIDATION, validation_set

        # MNIST's test digits for the fragment kinds: training cuts its training digits.
        evaluation = validation_set(seed=0, per_style=count, per_kind=count,
                                    mnist_images=mnist.x_test)
        title, report = VALIDATION, {"set": VALIDATION}
    report.update(score(classifier.predict_many, evaluation), checkpoint=str(loaded.path))
    text = format_score(report, title)
    if "drawings" in report:
        text += "\n\nwhole drawings, read the app's way\n" + "\n".join(
            f"{what:<30}drawn {ways['strokes']:6.1%}   as images {ways['image']:6.1%}"
            for what, ways in report["drawings"].items())
    print(json.dumps(report) if args.json else text)
    return 0
