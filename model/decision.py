"""From logits to an answer: digit, not a digit, or blank; calibrated probabilities.

The network was trained with outlier exposure (non-digits pushed toward flat
probabilities), so a low score means "this is not a digit". The score is the
largest logit (it separated generated non-digits from MNIST digits better than
the top probability or the energy at the same share of rejected digits), or
the calibrated top probability. The temperature (fitted on a validation split)
makes the probabilities mean what they say; the threshold is chosen on the
validation split too (see model/calibration.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

STATUSES = ("digit", "not_a_digit", "blank")
SCORES = ("max_logit", "probability")


@dataclass(frozen=True)
class RejectRule:
    """Softmax temperature, and the lowest score a digit has.

    ``score`` is "max_logit" (the largest raw logit) or "probability" (the
    calibrated top probability); below ``threshold`` the drawing is not a digit.
    The default rejects nothing.
    """

    temperature: float = 1.0
    threshold: float = float("-inf")
    score: str = "max_logit"

    @classmethod
    def from_metadata(cls, metadata: dict) -> RejectRule:
        """The rule a checkpoint's metadata records (defaults: plain softmax, no rejection)."""
        entry = metadata.get("decision") or {}
        threshold = entry.get("threshold")
        try:
            rule = cls(float(entry.get("temperature", 1.0)),
                       float("-inf") if threshold is None else float(threshold),
                       str(entry.get("score", "max_logit")))
        except (TypeError, ValueError):
            return cls()
        if not (0.05 <= rule.temperature <= 20 and rule.score in SCORES
                and rule.threshold < 1e6):
            return cls()
        return rule

    def as_metadata(self) -> dict:
        """The rule for metadata.json."""
        return {"temperature": round(self.temperature, 4), "score": self.score,
                "threshold": self.threshold_or_none(),
                "rule": f"not a digit when {self.score} < threshold"}

    def threshold_or_none(self) -> float | None:
        """The threshold, or None when nothing is rejected (JSON has no infinity)."""
        return round(self.threshold, 4) if np.isfinite(self.threshold) else None

    def scores(self, logits: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
        """The score of each row (the rule compares it with the threshold)."""
        chosen = logits if self.score == "max_logit" else probabilities
        return np.asarray(chosen).max(axis=-1)


@dataclass(frozen=True)
class Decision:
    """What the app says about one drawing (or one digit of a number)."""

    status: str
    digit: int | None = None
    best: int | None = None
    probabilities: np.ndarray | None = None
    logits: np.ndarray | None = None

    @property
    def confidence(self) -> float:
        """Calibrated probability of the most likely digit (0 when blank)."""
        if self.probabilities is None or self.best is None:
            return 0.0
        return float(self.probabilities[self.best])

    @property
    def is_digit(self) -> bool:
        """Whether the drawing was read as a digit."""
        return self.status == "digit"


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Softmax over the last axis of logits / temperature, in float64 then float32."""
    z = np.asarray(logits, dtype=np.float64) / temperature
    z -= z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=-1, keepdims=True)).astype(np.float32)


def decide(logits: np.ndarray, rule: RejectRule) -> Decision:
    """The decision for one image's logits (10,)."""
    logits = np.asarray(logits, dtype=np.float32)
    probabilities = softmax(logits, rule.temperature)
    best = int(np.argmax(probabilities))
    if rule.scores(logits, probabilities) < rule.threshold:
        return Decision("not_a_digit", None, best, probabilities, logits)
    return Decision("digit", best, best, probabilities, logits)


def blank() -> Decision:
    """The decision for an empty canvas or image."""
    return Decision("blank")
