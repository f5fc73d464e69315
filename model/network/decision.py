"""From logits to an answer: digit, not a digit, or blank; calibrated probabilities.

The network was trained with outlier exposure (non-digits pushed toward flat
probabilities), so a low score means "this is not a digit". The score is the
largest logit (it separated generated non-digits from MNIST digits better than
the top probability or the energy at the same share of rejected digits), or
the calibrated top probability. The temperature (fitted on a validation split)
makes the probabilities mean what they say; the threshold is chosen on the
validation split too (see model/network/calibration.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)

STATUSES = ("digit", "not_a_digit", "blank")
SCORES = ("max_logit", "probability")
# Logits of a trained net are tens at most; a threshold beyond this rejects everything.
MAX_THRESHOLD = 1e6
DEFAULT_CONSEQUENCE = "using plain softmax; nothing is called not a digit"


def finite_number(value: object) -> float | None:
    """``value`` as a float if it is a finite real number (not a bool, string or huge int)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        return None
    return number if np.isfinite(number) else None


def describe(value: object, limit: int = 40) -> str:
    """A short, safe description of a JSON value for a message (never raises)."""
    if isinstance(value, dict | list):
        kind = "a table" if isinstance(value, dict) else "a list"
        return f"{kind} of {len(value)}"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a huge number"  # repr() of a very long int raises ValueError
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
    def from_metadata(cls, metadata: object) -> RejectRule:
        """The rule a checkpoint's metadata records (defaults: plain softmax, no rejection).

        A damaged entry (hand-edited, wrong type, out of range) gives the default
        rule and a logged warning, never an exception: the network still works.
        """
        entry = metadata.get("decision") if isinstance(metadata, dict) else None
        if not isinstance(metadata, dict):
            log.warning("checkpoint metadata is %s, not a table; %s", describe(metadata),
                        DEFAULT_CONSEQUENCE)
        rule, problem = cls.parse(entry)
        if problem:
            log.warning("checkpoint metadata: decision %s; %s", problem, DEFAULT_CONSEQUENCE)
        return rule

    @classmethod
    def parse(cls, entry: object) -> tuple[RejectRule, str | None]:
        """The rule a metadata "decision" entry describes, and what is wrong with it.

        Args:
            entry: the entry as read from JSON (anything).

        Returns:
            (rule, None) for a usable or absent entry; (the default rule, a short
            reason) otherwise. A partly valid entry gives the default as a whole:
            a threshold means nothing without its temperature and score.
        """
        if entry is None:
            return cls(), None
        if not isinstance(entry, dict):
            return cls(), f"is {describe(entry)}, not a table of temperature, score, threshold"
        temperature = finite_number(entry.get("temperature", 1.0))
        if temperature is None or not 0.05 <= temperature <= 20:
            return cls(), (f"temperature {describe(entry.get('temperature'))} "
                           "is not a number from 0.05 to 20")
        score = entry.get("score", "max_logit")
        if score not in SCORES:
            return cls(), f"score {describe(score)} is not one of {', '.join(SCORES)}"
        raw_threshold = entry.get("threshold")
        if raw_threshold is None:  # JSON has no infinity: null means "reject nothing"
            return cls(temperature, float("-inf"), score), None
        threshold = finite_number(raw_threshold)
        # A probability is at most 1: a higher threshold would reject every drawing.
        highest = 1.0 if score == "probability" else MAX_THRESHOLD
        if threshold is None or not -MAX_THRESHOLD <= threshold <= highest:
            return cls(), (f"threshold {describe(raw_threshold)} is not null or a number "
                           f"from {-MAX_THRESHOLD:g} to {highest:g}")
        return cls(temperature, threshold, score), None

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
