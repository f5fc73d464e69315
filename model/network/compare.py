"""A new model against the model in use, on digits neither was trained on.

The validation split is the tail of MNIST's training set: a recipe trains on
at most its first ``60000 - validation`` images (fewer with ``train_limit``),
so the last ones are held out. Two models are compared on the tail both held
out (``held_out`` in the metadata; a fine-tuned model also holds out no more
than the model it started from); when that is too short, on MNIST's test set.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from model.data.mnist import Mnist
    from model.network.convnet import ConvNet

MIN_IMAGES = 1000  # fewer shared held-out images than this: compare on the test set
MAX_IMAGES = 10_000  # enough to tell 0.05 points apart, in about a second


def held_out(metadata: dict, total: int = 60_000) -> int:
    """How many images at the end of MNIST's training set this model never trained on."""
    if isinstance(metadata.get("held_out"), int):
        return metadata["held_out"]
    recipe = metadata.get("recipe") or {}
    if metadata.get("fine_tuned") or "validation" not in recipe:
        return 0  # unknown: what it started from is not recorded
    trained = total - recipe["validation"]
    if recipe.get("train_limit") is not None:
        trained = min(trained, recipe["train_limit"])
    return total - trained


def held_out_after(recipe: dict, start: dict | None, total: int = 60_000) -> int:
    """``held_out`` of a new model: its recipe's tail, and no more than its start's (fine-tune).

    ``start`` is the metadata of the model it started from (None: a fresh start).
    """
    own = held_out({"recipe": recipe}, total)
    return own if start is None else min(own, held_out(start, total))


def comparison_set(new_held_out: int, previous_held_out: int,
                   mnist: Mnist) -> tuple[str, np.ndarray, np.ndarray]:
    """(split name, images, labels) both models can be scored on fairly."""
    count = min(new_held_out, previous_held_out, MAX_IMAGES, len(mnist.x_train))
    if count < MIN_IMAGES:
        return "test", mnist.x_test, mnist.y_test
    return "validation", mnist.x_train[-count:], mnist.y_train[-count:]


def compare(model: ConvNet, metadata: dict, previous: Path, mnist: Mnist) -> dict:
    """Both accuracies on the shared held-out digits: the metadata's ``comparison`` entry.

    With them, how many digits only the new model reads right and how many only the
    previous one: whether a difference is within chance depends on those alone.

    ``metadata`` is the new model's (its recipe, ``fine_tuned``, ``held_out``).

    Raises:
        CheckpointError: the previous model cannot be loaded.
    """
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.convnet import ConvNet
    from model.network.evaluate import right as read_right

    loaded = load_for_serving(previous)
    other = loaded.model
    if isinstance(other, dict):
        params, other = other, ConvNet(hidden=int(other["w_d1"].shape[1]), seed=0)
        other.set_numpy(params)
    split, images, labels = comparison_set(held_out(metadata, len(mnist.x_train)),
                                           held_out(loaded.metadata, len(mnist.x_train)), mnist)
    right, previous_right = (read_right(m, images, labels) for m in (model, other))
    return {
        "split": split, "images": len(labels),
        "accuracy": float(np.mean(right)), "previous_accuracy": float(np.mean(previous_right)),
        "only_new": int(np.sum(right & ~previous_right)),
        "only_previous": int(np.sum(previous_right & ~right)),
        "previous": "bundled" if Path(previous).resolve() == BUNDLED_DIR.resolve()
        else Path(previous).name,
    }
