"""MNIST test digits as a scanner gives them: opened as image files, read the app's way.

MNIST's test digits were written by people none of whose writing is in the
training set. Here each one is turned into the kind of image file a person
opens after scanning a form: dark ink on paper, cropped tight or with a
margin, small or large, thin ballpoint or thick marker, pencil-light, in
colour on tinted paper, JPEG-compressed, sometimes with the edge of the
form's box still in the crop, in one of a form's row of boxes, on a
notebook's lined or squared paper, or
photographed with a phone in uneven light, by its flash, lying askew
on a darker desk, or with the phone's shadow across it. Each image is read by
``model.data.number.read_number`` without strokes, as an opened file is;
a refusal or a wrong number counts as wrong.

The writers are MNIST's; the scanning is ours: the row says how much the
way an image was made costs, not how well the app reads unseen hands.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageFilter

Read = Callable[[Image.Image], "str | None"]
"""An opened image -> the number read, None when refused (``Reading.number``)."""

LOOKS = ("clean scan", "tight crop", "low resolution", "ballpoint on tinted paper",
         "thick marker", "light pencil", "edge of the box", "lined paper", "squared paper",
         "photo in uneven light", "photo lit by a flash", "page on a desk",
         "shadow across the page", "row of boxes")


def _crop(digit: np.ndarray) -> np.ndarray:
    rows, cols = np.nonzero(digit > 30)
    return digit[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]


def _sized(ink: np.ndarray, height: int) -> Image.Image:
    image = Image.fromarray(ink)
    width = max(1, round(image.width * height / image.height))
    return image.resize((width, height), Image.BICUBIC)


def _on_paper(ink: Image.Image, margin: int, paper: float = 1.0,
              colour: tuple[float, float, float] = (0.0, 0.0, 0.0),
              rng: np.random.Generator | None = None) -> Image.Image:
    """Ink (0-255, high = ink) as an RGB image: ``colour`` on ``paper``, paper noise if rng."""
    alpha = np.pad(np.asarray(ink, np.float32) / 255.0, margin)
    sheet = np.full(alpha.shape + (3,), paper, np.float32)
    if rng is not None:  # uneven paper and sensor noise
        sheet += rng.normal(0.0, 0.02, alpha.shape)[..., None]
        sheet *= np.linspace(rng.uniform(0.93, 1.0), 1.0, alpha.shape[1])[None, :, None]
    pixels = sheet * (1 - alpha[..., None]) + np.array(colour, np.float32) * alpha[..., None]
    return Image.fromarray(np.rint(np.clip(pixels, 0, 1) * 255).astype(np.uint8))


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def _ink_alpha(ink: np.ndarray, height: int, margin: int) -> np.ndarray:
    """How much ink covers each pixel (0..1), the digit ``height`` tall, with a margin."""
    return np.pad(np.asarray(_sized(ink, height), np.float32) / 255.0, margin)


def _photographed(paper: np.ndarray, alpha: np.ndarray, ink: float,
                  rng: np.random.Generator) -> np.ndarray:
    """Ink of brightness ``ink`` on paper lit as ``paper`` is, with a camera's grain."""
    return paper * (1 - alpha) + ink * alpha + rng.normal(0, 0.015, alpha.shape)


def _phone_file(pixels: np.ndarray) -> Image.Image:
    """Brightness (gray or RGB, 0..1) as the JPEG a phone saves."""
    return _jpeg(Image.fromarray(np.rint(np.clip(pixels, 0, 1) * 255).astype(np.uint8)), 85)


def scanned_image(digit: np.ndarray, look: str, rng: np.random.Generator) -> Image.Image:
    """One MNIST digit (28x28 uint8, ink high) as an image file of ``look`` would show it."""
    ink = _crop(digit)
    if look == "clean scan":
        height = int(rng.integers(60, 160))
        return _on_paper(_sized(ink, height), margin=height // 3)
    if look == "tight crop":
        return _on_paper(_sized(ink, int(rng.integers(28, 80))), margin=0)
    if look == "low resolution":
        return _on_paper(_sized(ink, 16), margin=0)
    if look == "ballpoint on tinted paper":
        height = int(rng.integers(80, 160))
        thin = _sized(ink, height).filter(ImageFilter.MinFilter(3))
        blue = (rng.uniform(0.05, 0.2), rng.uniform(0.1, 0.25), rng.uniform(0.4, 0.6))
        sheet = _on_paper(thin, height // 4, rng.uniform(0.85, 0.95), blue, rng)
        return _jpeg(sheet, int(rng.integers(40, 80)))
    if look == "thick marker":
        height = int(rng.integers(60, 120))
        thick = _sized(ink, height).filter(ImageFilter.MaxFilter(2 * (height // 25) + 1))
        return _on_paper(thick, margin=height // 4)
    if look == "light pencil":
        height = int(rng.integers(60, 120))
        grey = rng.uniform(0.45, 0.65)
        return _on_paper(_sized(ink, height), height // 4, 0.9, (grey,) * 3, rng)
    if look == "edge of the box":
        height = int(rng.integers(60, 120))
        sheet = np.asarray(_on_paper(_sized(ink, height), margin=height // 5)).copy()
        line = max(1, height // 30)
        side = int(rng.integers(4))  # the cell's border caught along one edge of the crop
        edge = {0: np.s_[:line], 1: np.s_[-line:], 2: np.s_[:, :line], 3: np.s_[:, -line:]}[side]
        sheet[edge] = 40
        return Image.fromarray(sheet)
    if look in ("lined paper", "squared paper"):
        height = int(rng.integers(60, 120))
        sheet = np.asarray(_on_paper(_sized(ink, height), margin=height // 3)).astype(np.float32)
        step = int(height * (0.5 if look == "lined paper" else 0.3))
        colour = rng.uniform([0.5, 0.6, 0.8], [0.7, 0.8, 0.95])  # light blue
        paper = np.ones_like(sheet) * 255
        start = int(rng.integers(1, step))
        paper[start::step] = colour * 255
        if look == "squared paper":
            paper[:, start::step] = colour * 255
        return Image.fromarray(np.minimum(paper, sheet).astype(np.uint8))
    if look == "photo in uneven light":
        height = int(rng.integers(80, 160))
        alpha = _ink_alpha(ink, height, height // 2)
        rows, cols = np.mgrid[0 : alpha.shape[0], 0 : alpha.shape[1]]
        angle = rng.uniform(0, 2 * np.pi)  # the shadow falls from any side
        light = np.cos(angle) * cols / alpha.shape[1] + np.sin(angle) * rows / alpha.shape[0]
        light = (light - light.min()) / max(np.ptp(light), 1e-6)
        shade = rng.uniform(0.4, 0.7)  # the paper's brightness in the shadow
        paper = shade + (0.97 - shade) * light
        gray = _photographed(paper, alpha, 0.15, rng)
        return _phone_file(np.stack([gray, gray * 0.97, gray * 0.9], axis=-1))
    if look == "photo lit by a flash":
        height = int(rng.integers(80, 160))
        alpha = _ink_alpha(ink, height, height // 2)
        rows, cols = np.mgrid[0 : alpha.shape[0], 0 : alpha.shape[1]]
        across = (((rows / alpha.shape[0] - 0.5) ** 2 + (cols / alpha.shape[1] - 0.5) ** 2) * 2)
        # Bright where the flash points, darker towards the corners: the border is the darkest.
        paper = rng.uniform(0.88, 0.98) - rng.uniform(0.15, 0.4) * across
        return _phone_file(_photographed(paper, alpha, 0.15, rng))
    if look == "page on a desk":
        height = int(rng.integers(80, 160))
        alpha = _ink_alpha(ink, height, height)
        page = 0.92 * (1 - alpha) + 0.15 * alpha
        # Askew on the desk; the image shows the desk on every side of the page.
        turned = Image.fromarray(np.rint(page * 255).astype(np.uint8)).rotate(
            rng.uniform(-10, 10), Image.BILINEAR, expand=True, fillcolor=0)
        sheet = np.asarray(turned, np.float32) / 255
        gap = [int(rng.integers(side // 10, side // 3)) for side in sheet.shape for _ in "ab"]
        desk = np.full((sheet.shape[0] + gap[0] + gap[1], sheet.shape[1] + gap[2] + gap[3]),
                       rng.uniform(0.1, 0.45), np.float32)
        spot = np.s_[gap[0] : gap[0] + sheet.shape[0], gap[2] : gap[2] + sheet.shape[1]]
        desk[spot] = np.where(sheet > 0, sheet, desk[spot])
        desk += rng.normal(0, 0.01, desk.shape).astype(np.float32)
        return _phone_file(desk)
    if look == "shadow across the page":
        height = int(rng.integers(80, 160))
        alpha = _ink_alpha(ink, height, height // 2)
        rows, cols = np.mgrid[0 : alpha.shape[0], 0 : alpha.shape[1]]
        # A straight edge through a corner of the page, softened as a shadow's is.
        angle, side = rng.uniform(0, 2 * np.pi), rng.uniform(0.25, 0.4)
        across = np.cos(angle) * (cols / alpha.shape[1] - 0.5) + np.sin(angle) * (
            rows / alpha.shape[0] - 0.5)
        shade = Image.fromarray(np.uint8(255 * (across > side)))
        shade = shade.filter(ImageFilter.GaussianBlur(height / 12))
        light = 0.9 - rng.uniform(0.35, 0.55) * np.asarray(shade, np.float32) / 255
        return _phone_file(_photographed(light, alpha, 0.12, rng))
    if look == "row of boxes":
        return _in_a_row_of_boxes(ink, rng)
    raise ValueError(f"unknown look: {look}")


def _in_a_row_of_boxes(ink: np.ndarray, rng: np.random.Generator) -> Image.Image:
    """The digit written in one of a form's 2-5 boxes, the others empty, not touching."""
    height = int(rng.integers(60, 120))
    digit = np.asarray(_sized(ink, height), np.float32)
    line = max(1, height // 30)
    cell = max(int(height * rng.uniform(1.25, 1.5)), digit.shape[1] + 2 * line + 8)
    count, margin = int(rng.integers(2, 6)), height // 4
    step = cell - line if rng.random() < 0.5 else cell + int(rng.integers(height // 8, height // 3))
    alpha = np.zeros((cell + 2 * margin, (count - 1) * step + cell + 2 * margin), np.float32)
    for i in range(count):  # walls shared (step = cell - line) or boxes apart
        box = alpha[margin : margin + cell, margin + i * step : margin + i * step + cell]
        box[:line], box[-line:], box[:, :line], box[:, -line:] = 230, 230, 230, 230
    room = (cell - 2 * line - np.array(digit.shape) - 4) // 2  # free space each way in the box
    top, left = margin + line + 2 + room + rng.integers(-room // 2, room // 2 + 1)
    left += int(rng.integers(count)) * step
    place = alpha[top : top + digit.shape[0], left : left + digit.shape[1]]
    np.maximum(place, digit, out=place)
    return _on_paper(Image.fromarray(alpha.astype(np.uint8)), 0, 0.97, rng=rng)


def scanned_report(read: Read, images: np.ndarray, labels: np.ndarray,
                   count: int, seed: int = 0) -> dict[str, float]:
    """Share read right, per look and over all looks (``count`` digits per look).

    Args:
        read: Reads an opened image (see ``Read``).
        images: MNIST test images (uint8, 28x28, ink high).
        labels: Their labels.
        count: Digits per look, the same digits for every look.
        seed: Which digits and which scans (the same seed gives the same set).
    """
    rng = np.random.default_rng([seed, 11])
    chosen = rng.choice(len(images), size=min(count, len(images)), replace=False)
    report = {}
    for look in LOOKS:
        right = sum(read(scanned_image(images[i], look, rng)) == str(int(labels[i]))
                    for i in chosen)
        report[look] = right / max(len(chosen), 1)
    report["all looks"] = float(np.mean([report[look] for look in LOOKS]))
    return report
