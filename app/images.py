"""Arrays and images: the one place where NumPy pixels become QImages and back."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage

_PAPER = QColor(Qt.GlobalColor.white)


def gray_image(pixels: np.ndarray) -> QImage:
    """A 2-D uint8 array as a grayscale QImage that owns its pixels (0 black, 255 white)."""
    gray = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width = gray.shape
    image = QImage(gray.data, width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()  # the QImage above borrows numpy's buffer


def unit_gray_image(values: np.ndarray) -> QImage:
    """A 2-D array of values in [0, 1] as a grayscale QImage (1.0 white, like MNIST's ink)."""
    return gray_image(np.rint(np.clip(values, 0.0, 1.0) * 255.0).astype(np.uint8))


def rgb_image(pixels: np.ndarray) -> QImage:
    """An (H, W, 3) uint8 RGB array as a QImage that owns its pixels.

    Format_RGB32 is what the window's backing store holds, so painting it is a
    plain copy (an RGB888 image is converted on every paint: 10x slower).
    """
    height, width, _ = pixels.shape
    bgra = np.empty((height, width, 4), np.uint8)  # RGB32 is 0xffRRGGBB: B, G, R, 255 in memory
    bgra[..., 0] = pixels[..., 2]
    bgra[..., 1] = pixels[..., 1]
    bgra[..., 2] = pixels[..., 0]
    bgra[..., 3] = 255
    return QImage(bgra.data, width, height, 4 * width, QImage.Format.Format_RGB32).copy()


def gray_view(image: QImage, width: int, height: int) -> np.ndarray:
    """A zero-copy uint8 view of the gray value of an RGB32 image painted only in gray.

    Args:
        image: An RGB32 image painted only in gray.
        width: Number of device-pixel columns to expose.
        height: Number of device-pixel rows to expose.

    Returns:
        A ``height x width`` view; valid only while ``image`` is unchanged.
    """
    stride = image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=stride * image.height())
    rows = rows.reshape(image.height(), stride)
    # Byte 1 of 0xffRRGGBB is G on little- and R on big-endian hosts; both
    # equal the gray value because only gray is ever painted.
    return rows[:height, 1 : width * 4 : 4]


def _on_white(image: object) -> object:
    """A Pillow image (any mode) as RGBA on white paper: transparency is paper."""
    from PIL import Image

    if image.mode in ("I", "I;16", "I;16B", "I;16L", "F"):  # Pillow would clip it at 255
        from model.data.preprocess import as_unit_float  # its range, as a file is read

        values = as_unit_float(np.asarray(image))
        image = Image.fromarray(np.rint(values * 255).astype(np.uint8), "L")
    paper = Image.new("RGBA", image.size, (255, 255, 255, 255))
    paper.alpha_composite(image.convert("RGBA"))
    return paper


def pil_to_qimage(image: object) -> QImage:
    """A Pillow image (any mode) as an RGBA QImage on white (transparency = paper)."""
    paper = _on_white(image)
    data = paper.tobytes("raw", "RGBA")
    return QImage(data, paper.width, paper.height, QImage.Format.Format_RGBA8888).copy()


def qimage_to_pil(image: QImage) -> object:
    """A QImage as a Pillow RGB image (transparency on white, as ``pil_to_qimage`` shows it)."""
    from PIL import Image

    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(rgba.constBits(), np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    pixels = rows[:, : rgba.width() * 4].reshape(rgba.height(), rgba.width(), 4)
    return _on_white(Image.fromarray(np.ascontiguousarray(pixels), "RGBA")).convert("RGB")


def blank_image(size: QSize, dpr: float) -> QImage:
    """Return a white backing store of ``size`` device pixels."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(dpr)
    image.fill(_PAPER)
    return image


def fit_rect(source: QSize, bounds: QRectF) -> QRectF:
    """Return ``source`` scaled to fit ``bounds`` keeping aspect, centred."""
    scale = min(bounds.width() / source.width(), bounds.height() / source.height())
    size_w, size_h = source.width() * scale, source.height() * scale
    left = bounds.left() + (bounds.width() - size_w) / 2
    top = bounds.top() + (bounds.height() - size_h) / 2
    return QRectF(left, top, size_w, size_h)


def array_to_ink(arr: np.ndarray) -> np.ndarray:
    """Validate a gray array with ink high and return its ink as uint8.

    Args:
        arr: 2-D uint8 (0..255) or bool, or float in [0, 1]; ink is high.

    Returns:
        A C-contiguous uint8 ``H x W`` array, 255 where the ink is full.

    Raises:
        ValueError: If the array is not 2-D, empty, of another dtype, or a
            float array has values outside [0, 1] or non-finite values.
    """
    arr = np.asarray(arr)
    if arr.ndim != 2 or arr.size == 0:
        raise ValueError(f"expected a non-empty 2-D array, got shape {arr.shape}")
    if arr.dtype == np.uint8:
        return np.ascontiguousarray(arr)
    if arr.dtype == np.bool_:
        return np.ascontiguousarray(arr, dtype=np.uint8) * np.uint8(255)
    if not np.issubdtype(arr.dtype, np.floating):
        raise ValueError(f"expected uint8, bool or float, got {arr.dtype}")
    if not np.all(np.isfinite(arr)) or arr.min() < 0.0 or arr.max() > 1.0:
        raise ValueError("float arrays must hold finite values in [0, 1]")
    return np.ascontiguousarray(np.rint(arr * 255.0), dtype=np.uint8)


def at_most(image: QImage, side: int) -> QImage:
    """``image`` scaled down (smoothly) to at most ``side`` pixels on its longer side."""
    if max(image.width(), image.height()) <= side:
        return image
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
