"""`explain`: what the network computes for one image file, as JSON and as PNG sheets.

The JSON record's keys and layer shapes are an interface scripts depend on
(issue 13): ``path``, ``digit``, ``probabilities`` (the values ``predict --json``
gives), ``input`` (28x28), ``layers`` (name, shape, max, mean; the values with
``full``), ``saliency`` (28x28, >= 0, summing to 1, toward the network's pick),
plus ``error`` as ``predict`` has it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from model.look_inside import activations
from model.look_inside.images import saliency_overlay
from model.look_inside.render import filters_sheet, inside_sheet, save_png
from model.network.classifier import Classifier
from model.network.decision import Decision

DECIMALS = 6  # as predict --json rounds the probabilities


def rounded(values: np.ndarray) -> list:
    """Nested lists of floats rounded as ``predict --json`` rounds probabilities."""
    return np.round(np.asarray(values, np.float64), DECIMALS).tolist()


def json_probabilities(decision: Decision) -> list[float] | None:
    """The probabilities exactly as ``predict --json`` prints them."""
    if decision.probabilities is None:
        return None
    return [round(float(p), DECIMALS) for p in decision.probabilities]


def layer_summary(name: str, values: np.ndarray, full: bool) -> dict:
    """One layer's entry: name, shape, max, mean (and every value when ``full``)."""
    entry = {"name": name, "shape": list(values.shape),
             "max": round(float(values.max()), DECIMALS),
             "mean": round(float(values.mean()), DECIMALS)}
    if full:
        entry["values"] = rounded(values)
    return entry


def blank_record(path: Path) -> dict:
    """An image with no ink: nothing to look inside."""
    return {"path": str(path), "digit": None, "probabilities": None, "input": None,
            "layers": None, "saliency": None, "error": None}


def record(path: Path, image: np.ndarray, classifier: Classifier, full: bool = False,
           ) -> tuple[dict, activations.Inside, np.ndarray]:
    """The JSON record for one prepared 28x28 image, with what the PNGs are drawn from.

    The saliency is toward the most likely digit (also when the decision is "not
    a digit", whose ``digit`` is null).
    """
    net = classifier.net
    decision = classifier.predict(image)
    inside = activations.look_inside(net, image, classifier.rule.temperature)
    saliency = activations.saliency(net.params, inside, decision.best)
    result = {
        "path": str(path),
        "digit": decision.digit,
        "probabilities": json_probabilities(decision),
        "input": rounded(inside.input),
        "layers": [layer_summary(name, inside.layers[name], full)
                   for name in activations.LAYER_SHAPES],
        "saliency": saliency.tolist(),  # unrounded, so that it sums to 1
        "error": None,
    }
    return result, inside, saliency


def unique_stem(path: Path, used: set[str]) -> str:
    """The file's stem, numbered when another image of this run had the same one."""
    stem, number = path.stem, 1
    while stem in used:
        number += 1
        stem = f"{path.stem}-{number}"
    used.add(stem)
    return stem


def write_sheets(out: Path, stem: str, title: str, inside: activations.Inside,
                 saliency: np.ndarray) -> list[Path]:
    """``<stem>-inside.png`` (every panel) and ``<stem>-saliency.png`` (the saliency, large)."""
    sheet = save_png(inside_sheet(inside, saliency, title), out / f"{stem}-inside.png")
    large = Image.fromarray(saliency_overlay(inside.input, saliency, 16))
    return [sheet, save_png(large, out / f"{stem}-saliency.png")]


def write_filters(out: Path, params: dict[str, np.ndarray], title: str) -> Path:
    """``filters.png``: the model's learned filters (the same for every image)."""
    return save_png(filters_sheet(params, title), out / "filters.png")
