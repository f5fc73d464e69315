"""The generated set shipped in assets/generated is the one the generator makes today.

A Retrain reads the shipped set by name (generator version, counts, fonts, MNIST)
before making its own; a change to the generator without a version bump would
train on the old set without a word.
"""

from __future__ import annotations

import numpy as np

from model.network.recipe import DEFAULT
from model.synthetic import training_set
from tests.helpers import mnist


def test_the_shipped_set_starts_every_style_and_kind_as_the_generator_does():
    whole = mnist().x_train[: -DEFAULT.validation]  # as model/network/train.py passes it
    name = training_set.cache_name(0, DEFAULT.styles, DEFAULT.negatives, whole)
    path = training_set.BUNDLED_DIR / name
    assert path.is_file(), f"no {name} in assets/generated: remake it " \
        "(python -m model.synthetic.training_set) and bump GENERATOR_VERSION"
    with np.load(path, allow_pickle=False) as npz:
        shipped = {image.tobytes() for image in npz["x"]}
    # Each style and kind draws from a stream of its own: its first images do not
    # depend on how many were made.
    made = training_set._style_sets(dict.fromkeys(training_set.STYLES, 2), 0, "train")
    fragments = training_set._fragment_digits(whole)
    made |= training_set._negative_sets(
        dict.fromkeys(training_set._kinds(fragments), 2), 0, "train", fragments)
    changed = [what for what, images in made.items()
               if not all(image.tobytes() in shipped for image in images)]
    assert not changed, f"the generator changed for {changed}: bump GENERATOR_VERSION " \
        "and remake the shipped set (python -m model.synthetic.training_set)"
