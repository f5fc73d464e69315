"""From logits to an answer: digit, not a digit, or blank; calibrated probabilities.

The network was trained with outlier exposure (non-digits pushed toward flat
probabilities), so a low top probability means "this is not a digit". The
temperature (fitted on a validation split) makes the probabilities mean what
they say; the threshold on the calibrated top probability is chosen on the
validation split too (see model/calibration.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

STATUSES = ("digit", "not_a_digit", "blank")


@dataclass(frozen=True)
class RejectRule:
    """Temperature for the softmax and the lowest calibrated top probability of a digit."""

    temperature: float = 1.0
    min_confidence: float = 0.0

    @classmethod
    def from_metadata(cls, metadata: dict) -> RejectRule:
        """The rule a checkpoint's metadata records (defaults: plain softmax, no rejection)."""
        entry = metadata.get("decision") or {}
        try:
            rule = cls(float(entry.get("temperature", 1.0)),
                       float(entry.get("min_confidence", 0.0)))
        except (TypeError, ValueError):
            return cls()
        if not (0.05 <= rule.temperature <= 20 and 0.0 <= rule.min_confidence < 1.0):
            return cls()
        return rule

    def as_metadata(self) -> dict:
        """The rule for metadata.json."""
        return {"temperature": round(self.temperature, 4),
                "min_confidence": round(self.min_confidence, 4),
                "rule": "not a digit when the calibrated top probability < min_confidence"}


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
    if probabilities[best] < rule.min_confidence:
        return Decision("not_a_digit", None, best, probabilities, logits)
    return Decision("digit", best, best, probabilities, logits)


def blank() -> Decision:
    """The decision for an empty canvas or image."""
    return Decision("blank")
