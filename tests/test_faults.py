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

from model.checkpoints import CheckpointStore, load_checkpoint, make_metadata
from model.classifier import Classifier
from model.convnet import ConvNet
from model.data import MnistError, decode_idx
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

    monkeypatch.setattr("model.checkpoints._fsync_tree", full)
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

    monkeypatch.setattr("model.checkpoints.Path.mkdir", read_only)
    with pytest.raises(OSError):
        store.save(ConvNet(seed=2), make_metadata({"hidden": 32}, 0.6, step=2))
    assert {p: p.read_bytes() for p in first.iterdir()} == before
    assert load_checkpoint(first).metadata["step"] == 1


def test_predictions_never_mix_old_and_new_weights():
    images = mnist().x_test[:64]
    a, b = ConvNet(seed=1), ConvNet(seed=2)
    classifier = Classifier(a)
    expected_a = classifier.predict_batch(images)
    classifier.swap(b)
    expected_b = classifier.predict_batch(images)
    results, stop = [], threading.Event()

    def predict_forever():
        while not stop.is_set():
            results.append(classifier.predict_batch(images))

    reader = threading.Thread(target=predict_forever)
    reader.start()
    for i in range(40):
        classifier.swap(a if i % 2 else b)
    stop.set()
    reader.join()
    assert results
    for probabilities in results:
        assert np.array_equal(probabilities, expected_a) or np.array_equal(probabilities,
                                                                           expected_b)
