"""Per-style accuracy and per-kind rejection on a generated set.

Two sets are scored this way: the validation set (in-distribution:
training's own generators with other random streams, ``evaluate --styles``,
:func:`model.synthetic.training_set.validation_set`) and the held-out set (new templates
and fonts, ``evaluate --heldout``, :func:`model.synthetic.heldout.heldout_set`).

A digit counts as read right only when the classifier says "digit" and
names the right one: a rejected digit counts as wrong. A non-digit counts as
rejected when the classifier says anything but "digit".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

PredictMany = Callable[[np.ndarray], Sequence]
"""``Classifier.predict_many``: images (N, 28, 28) float in [0, 1] -> Decisions."""


def _decide(predict_many: PredictMany, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(is a digit, digit or -1) for each image."""
    if len(images) == 0:
        return np.zeros(0, bool), np.zeros(0, int)
    decisions = predict_many(np.asarray(images, dtype=np.float32) / 255.0)
    accepted = np.array([d.status == "digit" for d in decisions])
    digits = np.array([d.digit if d.status == "digit" else -1 for d in decisions])
    return accepted, digits


def score(predict_many: PredictMany, evaluation: dict) -> dict:
    """Score a classifier on a validation or held-out set.

    Args:
        predict_many: Images -> one Decision each (``.status``, ``.digit``).
        evaluation: ``{"styles": {style: (images, labels)}, "negatives": {kind: images}}``
            (other keys are ignored).

    Returns:
        ``{"styles": {style: {"digit", "count", "accuracy", "rejected"}},
        "negatives": {kind: {"count", "not_a_digit"}}, "style_accuracy",
        "not_a_digit"}``: the last two over all images (digits, non-digits).
    """
    styles, right, total = {}, 0, 0
    for style, (images, labels) in evaluation["styles"].items():
        accepted, digits = _decide(predict_many, images)
        hits = int(np.sum(accepted & (digits == labels)))
        styles[style] = {"digit": int(labels[0]) if len(labels) else int(style[0]),
                         "count": len(labels), "accuracy": hits / max(len(labels), 1),
                         "rejected": float(np.mean(~accepted)) if len(labels) else 0.0}
        right, total = right + hits, total + len(labels)
    kinds, rejected, seen = {}, 0, 0
    for kind, images in evaluation["negatives"].items():
        accepted, _ = _decide(predict_many, images)
        refused = int(np.sum(~accepted))
        kinds[kind] = {"count": len(images), "not_a_digit": refused / max(len(images), 1)}
        rejected, seen = rejected + refused, seen + len(images)
    return {"styles": styles, "negatives": kinds, "style_accuracy": right / max(total, 1),
            "not_a_digit": rejected / max(seen, 1)}


def format_score(report: dict, title: str | None = None) -> str:
    """The two tables as text.

    Args:
        report: What :func:`score` gave.
        title: Which set it is, printed first (e.g. "validation (in-distribution)").

    Returns:
        The text, without a final newline.
    """
    lines = [f"{title}", ""] if title else []
    lines.append(f"{'style':<18}{'digit':>6}{'read right':>12}{'rejected':>10}{'images':>8}")
    for style, row in report["styles"].items():
        lines.append(f"{style:<18}{row['digit']:>6}{row['accuracy']:>12.1%}"
                     f"{row['rejected']:>10.1%}{row['count']:>8}")
    lines += [f"{'all styles':<18}{'':>6}{report['style_accuracy']:>12.1%}", "",
              f"{'not a digit':<18}{'called not a digit':>20}{'images':>8}"]
    for kind, row in report["negatives"].items():
        lines.append(f"{kind:<18}{row['not_a_digit']:>20.1%}{row['count']:>8}")
    lines.append(f"{'all kinds':<18}{report['not_a_digit']:>20.1%}")
    return "\n".join(lines)
