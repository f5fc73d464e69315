"""The tutorial's ConvNet forward pass in NumPy: the same weights, no TensorFlow.

The app answers drawings with this from the moment the window opens (loading
TensorFlow takes seconds; loading these weights takes milliseconds), and the
"Look inside" view reads every layer from it. TensorFlow still trains.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

LAYERS = ("c1", "c2", "p1", "c3", "c4", "p2", "d1", "logits")
PARAM_KEYS = tuple(f"{kind}_{name}" for name in ("c1", "c2", "c3", "c4", "d1", "out")
                   for kind in ("w", "b"))
WEIGHTS_FILE = "weights.npz"
# Images per forward pass: bounds the im2col buffers (the second layer's is 450 KB an
# image: 14 MB here, 115 MB at 256, which glibc kept after the explorer's evaluation).
CHUNK = 32


class WeightsError(ValueError):
    """A weights file that is missing, damaged or does not fit the network."""


def _as_batch(x: np.ndarray) -> np.ndarray:
    """(N, 28, 28[, 1]) uint8 or float in [0, 1] -> float32 (N, 28, 28, 1)."""
    x = np.asarray(x)
    scaled = x.astype(np.float32) / 255.0 if x.dtype == np.uint8 else x.astype(np.float32)
    return scaled.reshape(-1, 28, 28, 1)


def conv3x3(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """3x3 convolution (SAME, stride 1) + bias + ReLU, NHWC, as one matrix product."""
    n, h, width, c = x.shape
    padded = np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))
    # Patches laid out (kh, kw, c) to match the (3, 3, c_in, c_out) kernel.
    patches = np.empty((n, h, width, 3, 3, c), dtype=x.dtype)
    for dy in range(3):
        for dx in range(3):
            patches[:, :, :, dy, dx, :] = padded[:, dy : dy + h, dx : dx + width, :]
    out = patches.reshape(-1, 9 * c) @ w.reshape(9 * c, -1)
    out += b
    return np.maximum(out, 0.0, out=out).reshape(n, h, width, -1)


def maxpool2x2(x: np.ndarray) -> np.ndarray:
    """2x2 max pooling, stride 2 (SAME: odd sizes round up)."""
    n, h, w, c = x.shape
    if h % 2 or w % 2:
        x = np.pad(x, ((0, 0), (0, h % 2), (0, w % 2), (0, 0)), constant_values=-np.inf)
        n, h, w, c = x.shape
    return x.reshape(n, h // 2, 2, w // 2, 2, c).max(axis=(2, 4))


class NumpyNet:
    """Forward pass of the ConvNet from its parameters (keys ``w_c1``, ``b_c1``, ...).

    Args:
        params: arrays as given by ``ConvNet.get_numpy()`` or :func:`load_weights`.
    """

    def __init__(self, params: dict[str, np.ndarray]) -> None:
        missing = [k for k in PARAM_KEYS if k not in params]
        if missing:
            raise WeightsError(f"weights lack {', '.join(missing)}")
        self.params = {k: np.asarray(params[k], dtype=np.float32) for k in PARAM_KEYS}
        self.hidden = int(self.params["w_d1"].shape[1])

    def activations(self, x: np.ndarray) -> dict[str, np.ndarray]:
        """Every layer's output for a batch, keyed as :data:`LAYERS` (NHWC, batch first)."""
        p = self.params
        out: dict[str, np.ndarray] = {}
        h = out["c1"] = conv3x3(_as_batch(x), p["w_c1"], p["b_c1"])
        h = out["c2"] = conv3x3(h, p["w_c2"], p["b_c2"])
        h = out["p1"] = maxpool2x2(h)
        h = out["c3"] = conv3x3(h, p["w_c3"], p["b_c3"])
        h = out["c4"] = conv3x3(h, p["w_c4"], p["b_c4"])
        h = out["p2"] = maxpool2x2(h)
        h = out["d1"] = np.maximum(h.reshape(len(h), -1) @ p["w_d1"] + p["b_d1"], 0.0)
        out["logits"] = h @ p["w_out"] + p["b_out"]
        return out

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Logits (N, 10) for images (N, 28, 28[, 1]), computed in chunks."""
        batch = _as_batch(x)
        if len(batch) <= CHUNK:
            return self.activations(batch)["logits"]
        parts = [self.activations(batch[i : i + CHUNK])["logits"]
                 for i in range(0, len(batch), CHUNK)]
        return np.concatenate(parts)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_weights(folder: str | os.PathLike[str], params: dict[str, np.ndarray]) -> str:
    """Write ``weights.npz`` (plain arrays, no pickle) into a folder; return its SHA-256."""
    path = Path(folder) / WEIGHTS_FILE
    np.savez(path, **{k: np.asarray(params[k], dtype=np.float32) for k in PARAM_KEYS})
    return file_sha256(path)


def load_weights(folder: str | os.PathLike[str], sha256: str | None) -> dict[str, np.ndarray]:
    """Read and verify ``weights.npz``; the checksum comes from the checkpoint's metadata.

    Raises:
        WeightsError: missing file, checksum mismatch, bad arrays or non-finite values.
    """
    path = Path(folder) / WEIGHTS_FILE
    if not path.is_file():
        raise WeightsError(f"{path}: not found")
    if sha256 is None:
        raise WeightsError(f"{path}: no checksum in the metadata to verify it against")
    if file_sha256(path) != sha256:
        raise WeightsError(f"{path}: checksum does not match the metadata (damaged file)")
    try:
        with np.load(path, allow_pickle=False) as archive:
            params = {k: archive[k] for k in archive.files}
    except (OSError, ValueError) as exc:
        raise WeightsError(f"{path}: unreadable ({exc})") from exc
    net = NumpyNet(params)  # checks the keys
    if not all(np.isfinite(v).all() for v in net.params.values()):
        raise WeightsError(f"{path}: weights contain NaN or infinity")
    return net.params
