"""Calibration: temperature scaling, the not-a-digit threshold, expected calibration error.

Everything here is fitted on a validation split held out of MNIST's training
set (never the test set): Guo et al., "On Calibration of Modern Neural
Networks" (2017) for temperature scaling and ECE.
"""

from __future__ import annotations

import numpy as np

from model.network.decision import RejectRule, softmax

ECE_BINS = 15
# Share of validation digits we accept calling "not a digit" (the target for the
# test set is at most 0.5 %; the rest is margin for drawings unlike MNIST).
DIGIT_REJECT_SHARE = 0.002


def nll(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of the labels at a temperature."""
    z = np.asarray(logits, np.float64) / temperature
    z -= z.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(labels)), labels].mean())


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature minimising the validation NLL (golden-section search on log T)."""
    lo, hi = np.log(0.05), np.log(20.0)
    ratio = (np.sqrt(5) - 1) / 2
    a, b = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    for _ in range(60):
        if nll(logits, labels, np.exp(a)) < nll(logits, labels, np.exp(b)):
            hi, b = b, a
            a = hi - ratio * (hi - lo)
        else:
            lo, a = a, b
            b = lo + ratio * (hi - lo)
    return float(np.exp((lo + hi) / 2))


def ece(probabilities: np.ndarray, labels: np.ndarray, bins: int = ECE_BINS) -> float:
    """Expected calibration error over equal-width confidence bins."""
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == labels
    edges = np.linspace(0.0, 1.0, bins + 1)
    # Bins are (lo, hi]; a confidence of exactly 0 falls in the first.
    index = np.clip(np.searchsorted(edges, confidence, side="left") - 1, 0, bins - 1)
    total = 0.0
    for b in range(bins):
        members = index == b
        if members.any():
            total += members.mean() * abs(correct[members].mean() - confidence[members].mean())
    return float(total)


def fit_rule(logits: np.ndarray, labels: np.ndarray,
             reject_share: float = DIGIT_REJECT_SHARE, score: str = "max_logit") -> RejectRule:
    """Temperature, then the threshold that rejects ``reject_share`` of validation digits."""
    temperature = fit_temperature(logits, labels)
    unset = RejectRule(temperature, score=score)
    scores = unset.scores(logits, softmax(logits, temperature))
    return RejectRule(temperature, float(np.quantile(scores, reject_share)), score)


def rejected(logits: np.ndarray, rule: RejectRule) -> np.ndarray:
    """Which rows the rule calls not a digit."""
    return rule.scores(logits, softmax(logits, rule.temperature)) < rule.threshold


def answers(logits: np.ndarray, rule: RejectRule) -> np.ndarray:
    """What the app answers for each row: its digit, or -1 when the rule calls it not a digit.

    Compared with labels, a drawing taught as not a digit (label -1) is right
    when it is refused, and a digit refused is wrong.
    """
    return np.where(rejected(logits, rule), -1, np.asarray(logits).argmax(axis=-1))


def summary(logits: np.ndarray, labels: np.ndarray, rule: RejectRule) -> dict:
    """ECE before (T = 1) and after calibration, and the share of digits rejected."""
    before = softmax(logits, 1.0)
    after = softmax(logits, rule.temperature)
    return {
        "ece_before": ece(before, labels),
        "ece": ece(after, labels),
        "rejected": float(np.mean(rejected(logits, rule))),
    }


def fit(val_logits: np.ndarray, val_labels: np.ndarray) -> tuple[RejectRule, dict]:
    """The rule and its report (ECE before/after, share rejected) for validation logits."""
    if not len(val_labels):
        return RejectRule(), {}
    rule = fit_rule(val_logits, val_labels)
    return rule, {"validation": int(len(val_labels)), **summary(val_logits, val_labels, rule)}
