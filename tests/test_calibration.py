import numpy as np
import pytest

from model.network.calibration import ece, fit_rule, fit_temperature, rejected, summary
from model.network.decision import RejectRule, blank, decide, softmax


def _overconfident(count: int, temperature: float, seed: int = 0):
    """Logits whose labels are drawn from softmax(logits / temperature)."""
    rng = np.random.default_rng(seed)
    logits = rng.normal(0, 4, size=(count, 10)).astype(np.float32)
    probs = softmax(logits, temperature).astype(np.float64)
    probs /= probs.sum(axis=1, keepdims=True)
    labels = np.array([rng.choice(10, p=p) for p in probs])
    return logits, labels


def test_fit_temperature_recovers_the_true_temperature():
    logits, labels = _overconfident(6000, temperature=2.5)
    assert fit_temperature(logits, labels) == pytest.approx(2.5, rel=0.1)


def test_calibration_lowers_the_expected_calibration_error():
    logits, labels = _overconfident(6000, temperature=3.0, seed=1)
    rule = fit_rule(logits, labels)
    report = summary(logits, labels, rule)
    assert report["ece_before"] > 0.1
    assert report["ece"] < 0.03


def test_ece_is_zero_when_confidence_equals_accuracy():
    probs = np.tile(np.eye(10, dtype=np.float32), (5, 1))
    assert ece(probs, np.tile(np.arange(10), 5)) == pytest.approx(0.0)
    assert ece(probs, (np.tile(np.arange(10), 5) + 1) % 10) == pytest.approx(1.0)


def test_threshold_rejects_the_chosen_share_of_validation_digits():
    logits, labels = _overconfident(5000, temperature=1.0, seed=2)
    for score in ("max_logit", "probability"):
        rule = fit_rule(logits, labels, reject_share=0.05, score=score)
        assert np.mean(rejected(logits, rule)) == pytest.approx(0.05, abs=0.005)


def test_flat_logits_are_not_a_digit_and_peaked_ones_are():
    rule = RejectRule(temperature=1.0, threshold=0.5, score="probability")
    flat = decide(np.zeros(10), rule)
    assert (flat.status, flat.digit, flat.best) == ("not_a_digit", None, 0)
    assert flat.probabilities.sum() == pytest.approx(1.0)
    sure = decide(np.eye(10)[7] * 10, rule)
    assert decide(np.eye(10)[7] * 10, RejectRule(threshold=11.0)).status == "not_a_digit"
    assert (sure.status, sure.digit) == ("digit", 7)
    assert sure.confidence > 0.99
    assert blank().status == "blank" and blank().confidence == 0.0


@pytest.mark.parametrize("entry", [
    {"temperature": "hot"}, {"temperature": -1}, {"score": "vibes"}, {"threshold": "x"},
    "nonsense",
])
def test_a_damaged_decision_entry_falls_back_to_plain_softmax(entry):
    metadata = {"decision": entry} if not isinstance(entry, str) else {"decision": {"x": entry}}
    assert RejectRule.from_metadata(metadata) == RejectRule()


def test_rule_round_trips_through_metadata():
    for rule in (RejectRule(1.37, 4.2), RejectRule(0.5, 0.42, "probability"), RejectRule()):
        assert RejectRule.from_metadata({"decision": rule.as_metadata()}) == rule
