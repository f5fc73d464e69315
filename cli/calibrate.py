"""The ``calibrate`` command: fit the temperature and the not-a-digit threshold again."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import CliError


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``calibrate`` sub-parser."""
    calibrate = commands.add_parser(
        "calibrate", help="fit the temperature and the not-a-digit threshold again")
    calibrate.add_argument("--checkpoint", type=Path, required=True)
    calibrate.add_argument("--data-dir", type=Path)


def run(args: argparse.Namespace) -> int:
    """Refit a checkpoint's decision rule on the validation split its recipe held out."""
    from model.data.mnist import load_mnist
    from model.network import calibration
    from model.network.checkpoints import load_for_serving, update_metadata
    from model.network.classifier import Classifier

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
