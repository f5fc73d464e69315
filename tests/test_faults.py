"""The fault matrix that is not covered next to the feature it breaks (see README)."""

import errno
import re
import struct
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.data.mnist import MnistError, decode_idx
from model.network.checkpoints import CheckpointStore, load_checkpoint, make_metadata
from model.network.classifier import Classifier
from model.network.convnet import ConvNet
from model.network.decision import Decision, RejectRule, softmax
from model.network.numpy_net import NumpyNet
from tests.helpers import mnist

pytestmark = pytest.mark.faults
ROOT = Path(__file__).resolve().parent.parent


@given(st.binary(max_size=200))
def test_idx_reader_fuzz_random_bytes(raw):
    try:
        array = decode_idx(raw, "fuzz")
    except MnistError:
        return
    assert array.dtype == np.uint8


@given(
    st.sampled_from([0x801, 0x803, 0x802, 0x804, 0x901]),
    st.lists(st.integers(0, 300), min_size=0, max_size=4),
    st.integers(-50, 50),
)
def test_idx_reader_fuzz_headers(magic, dims, extra):
    ndim = magic & 0xFF
    header = struct.pack(">I", magic) + b"".join(struct.pack(">I", d) for d in dims[:ndim])
    body = bytes(max(0, int(np.prod(dims[:ndim], dtype=np.int64)) + extra)) if dims else b""
    try:
        array = decode_idx(header + body, "fuzz")
    except MnistError:
        return
    assert array.shape == tuple(dims[:ndim])


def test_no_pickle_anywhere_in_the_code():
    pattern = re.compile(r"\bimport pickle\b|allow_pickle\s*=\s*True|pickle\.load")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app", "model", "bench")
        for path in (ROOT / folder).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_disk_full_while_saving_a_checkpoint_keeps_the_previous_state(tmp_path, monkeypatch):
    store = CheckpointStore(tmp_path)
    first = store.save(ConvNet(seed=1), make_metadata({"hidden": 32}, 0.5, step=1))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("model.network.checkpoints._fsync_tree", full)
    with pytest.raises(OSError):
        store.save(ConvNet(seed=2), make_metadata({"hidden": 32}, 0.6, step=2))
    assert store.checkpoints() == [first]
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no staging folder left
    assert store.load_newest(fallbacks=[]).path == first


def test_read_only_checkpoint_folder_raises_and_loses_nothing(tmp_path, monkeypatch):
    store = CheckpointStore(tmp_path)
    first = store.save(ConvNet(seed=1), make_metadata({"hidden": 32}, 0.5, step=1))
    before = {p: p.read_bytes() for p in first.iterdir()}

    def read_only(*args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("model.network.checkpoints.Path.mkdir", read_only)
    with pytest.raises(OSError):
        store.save(ConvNet(seed=2), make_metadata({"hidden": 32}, 0.6, step=2))
    assert {p: p.read_bytes() for p in first.iterdir()} == before
    assert load_checkpoint(first).metadata["step"] == 1


def _model(seed: int, temperature: float, score: str,
           images: np.ndarray) -> tuple[dict[str, np.ndarray], dict]:
    """Weights and a decision rule of their own: a threshold that refuses half the images."""
    params = ConvNet(seed=seed).get_numpy()
    rule = RejectRule(temperature, score=score)
    logits = Classifier(params).logits_batch(images)
    threshold = float(np.median(rule.scores(logits, softmax(logits, temperature))))
    return params, {"decision": RejectRule(temperature, threshold, score).as_metadata()}


def _outcome(decisions: list[Decision]) -> tuple:
    """Everything a prediction says, comparable: status, digit and the probabilities."""
    return tuple((d.status, d.digit, d.probabilities.tobytes()) for d in decisions)


def test_predictions_never_mix_old_and_new_models() -> None:
    images = mnist().x_test[:64]
    # Two models that differ in weights, temperature, score and threshold.
    models = {"a": _model(1, 0.5, "max_logit", images), "b": _model(2, 3.0, "probability",
                                                                     images)}
    expected = {name: _outcome(Classifier(*model).predict_many(images))
                for name, model in models.items()}
    # One model's weights with the other's rule: what a torn swap would answer.
    mixed = {_outcome(Classifier(models["a"][0], models["b"][1]).predict_many(images)),
             _outcome(Classifier(models["b"][0], models["a"][1]).predict_many(images))}
    assert len({*expected.values(), *mixed}) == 4  # a mix could not pass for either model
    for name in expected:  # each rule refuses some and accepts some
        statuses = {status for status, _, _ in expected[name]}
        assert statuses == {"digit", "not_a_digit"}, name

    # Each prediction is held right after its network has computed the logits (the
    # widest window for a torn read: the rule is still to be applied) while the
    # other thread swaps the model; then it goes on. So every prediction overlaps a
    # swap, and the served model alternates a, b, a, ... from one prediction to the next.
    classifier = Classifier(*models["a"])
    computed, swapped = threading.Event(), threading.Event()
    original_logits = NumpyNet.logits

    def logits_then_hold(net: NumpyNet, x: np.ndarray) -> np.ndarray:
        out = original_logits(net, x)
        if threading.current_thread() is reader:
            computed.set()
            assert swapped.wait(30), "no swap came"
            swapped.clear()
        return out

    served: list[str] = []  # the model in use when each prediction started
    results: list[tuple] = []

    def predict(count: int) -> None:
        for _ in range(count):
            served.append(current[0])
            results.append(_outcome(classifier.predict_many(images)))

    current = ["a"]
    reader = threading.Thread(target=predict, args=(20,))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(NumpyNet, "logits", logits_then_hold)
        reader.start()
        swaps = 0
        while computed.wait(30):
            computed.clear()
            current[0] = "b" if current[0] == "a" else "a"
            classifier.swap(*models[current[0]])
            swaps += 1
            swapped.set()
            if swaps == 20:
                break
        reader.join(30)
    assert not reader.is_alive()

    assert swaps == 20 and len(results) == 20  # a swap inside every prediction
    assert served == ["a", "b"] * 10  # both models served, in turns
    for name, outcome in zip(served, results, strict=True):
        matches = [other for other, whole in expected.items() if outcome == whole]
        # Exactly the model that was in use when the prediction started: its weights
        # and its rule, not the rule swapped in while it ran.
        assert matches == [name], "a prediction mixed the two models"
