"""PNG sheets of the look-inside panels (Pillow, no Qt) for `explain`: slides, notes.

The same pictures as the window: each layer's maps tiled with one colour scale
and its legend (model.look_inside.images), the saliency over the drawing, the
logits and the softmax; and a sheet of every conv layer's learned filters.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from model.look_inside import activations
from model.look_inside.images import (
    BACKGROUND,
    Scale,
    filter_bank,
    layer_image,
    legend,
    saliency_overlay,
    signed_scale,
    upscale,
)

MARGIN = 16
CAPTION = 18
SIDE = 224  # the input and the saliency, 28 x 8
LEGEND_WIDTH = 110
TEXT = (40, 40, 40)
MUTED = (110, 110, 110)
ANSWER = (221, 81, 58)
OTHER = (150, 150, 160)
CAPTIONS = {
    "c1": "c1 · conv 3×3 + ReLU · 16 maps 28×28",
    "c2": "c2 · conv 3×3 + ReLU · 16 maps 28×28",
    "p1": "p1 · max pool 2×2 · 16 maps 14×14",
    "c3": "c3 · conv 3×3 + ReLU · 32 maps 14×14",
    "c4": "c4 · conv 3×3 + ReLU · 32 maps 14×14",
    "p2": "p2 · max pool 2×2 · 32 maps 7×7",
    "d1": "d1 · dense + ReLU",  # its width is the recipe's (256 by default, 32 in the tutorial)
    "logits": "logits · dense · 10 values",
}
STRIP_WIDTH = 16 * 59 - 3  # the widest strip: 16 maps 56 px wide, 3 px apart


@functools.cache
def font(size: int = 13) -> ImageFont.ImageFont:
    """DejaVu Sans at a size when the system has it, else Pillow's bundled font."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def text(words: str) -> str:
    """Words the chosen font can show: Pillow's bundled font has no × sign."""
    return words if font().getname()[0].startswith("DejaVu") else words.replace("×", "x")


def _value(value: float) -> str:
    return "0" if value == 0 else f"{value:.2g}" if abs(value) < 0.01 else f"{value:.2f}"


def draw_legend(draw: ImageDraw.ImageDraw, sheet: Image.Image, right: int, top: int,
                scale: Scale) -> None:
    """A colour bar with its end values, right-aligned at ``right``."""
    small = font(12)
    high, low = _value(scale.high), _value(scale.low)
    x = right - int(draw.textlength(high, font=small))
    draw.text((x, top), high, fill=MUTED, font=small)
    x -= LEGEND_WIDTH + 4
    sheet.paste(Image.fromarray(legend(scale, LEGEND_WIDTH, 10)), (x, top + 3))
    draw.text((x - 4 - int(draw.textlength(low, font=small)), top), low, fill=MUTED, font=small)


def strip(draw: ImageDraw.ImageDraw, sheet: Image.Image, left: int, top: int, caption: str,
          pixels: np.ndarray, scale: Scale, width: int = STRIP_WIDTH) -> int:
    """A caption, a legend and a tiled image; returns the y below it."""
    draw.text((left, top), text(caption), fill=TEXT, font=font())
    draw_legend(draw, sheet, left + width, top, scale)
    sheet.paste(Image.fromarray(pixels), (left, top + CAPTION + 2))
    return top + CAPTION + 2 + pixels.shape[0] + 10


def _outputs(draw: ImageDraw.ImageDraw, sheet: Image.Image, left: int, top: int,
             inside: activations.Inside) -> int:
    """The logits (cells, one scale) and the softmax (bars) side by side."""
    pixels, grid, scale = layer_image("logits", inside.layers["logits"])
    small = font(12)
    strip(draw, sheet, left, top, CAPTIONS["logits"], pixels, scale, width=grid.size[1] + 170)
    for digit in range(10):
        _, x = grid.origin(digit)
        draw.text((left + x + grid.cell_width // 2, top + CAPTION + 4 + grid.size[0]),
                  str(digit), fill=MUTED, font=small, anchor="mt")
    bars_left = left + grid.size[1] + 200
    draw.text((bars_left, top), "softmax · probabilities", fill=TEXT, font=font())
    base = top + CAPTION + 48
    best = inside.digit
    for digit, p in enumerate(inside.probabilities):
        x = bars_left + digit * 29
        height = int(round(float(p) * 44))
        draw.rectangle((x, base - height, x + 25, base), fill=ANSWER if digit == best else OTHER)
        draw.text((x + 13, base + 3), str(digit), fill=MUTED, font=small, anchor="mt")
    draw.text((bars_left + 10 * 29 + 6, base - 16),
              f"{best}: {float(inside.probabilities[best]):.1%}", fill=TEXT, font=font())
    return base + 24


def inside_sheet(inside: activations.Inside, saliency: np.ndarray, title: str) -> Image.Image:
    """Every panel for one input: input, saliency, each layer, logits and softmax."""
    right_left = MARGIN + SIDE + 2 * MARGIN
    width = right_left + STRIP_WIDTH + MARGIN
    sheet = Image.new("RGB", (width, 980), BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    draw.text((MARGIN, MARGIN), title, fill=TEXT, font=font(15))
    top = MARGIN + 30
    y = top
    draw.text((MARGIN, y), text("input (28×28)"), fill=TEXT, font=font())
    sheet.paste(Image.fromarray(upscale(layer_image("input", inside.input)[0], 4)),
                (MARGIN, y + CAPTION + 2))
    y += CAPTION + 2 + SIDE + 14
    draw.text((MARGIN, y), f"saliency toward {inside.digit}", fill=TEXT, font=font())
    sheet.paste(Image.fromarray(saliency_overlay(inside.input, saliency, 8)),
                (MARGIN, y + CAPTION + 2))
    y += CAPTION + 2 + SIDE + 6
    for line in ("gradient × input (positive part)", "of the digit's log-probability;",
                 "square-root colour scale"):
        draw.text((MARGIN, y), text(line), fill=MUTED, font=font(12))
        y += 15
    y = top
    for name in ("c1", "c2", "p1", "c3", "c4", "p2", "d1"):
        pixels, _, scale = layer_image(name, inside.layers[name])
        y = strip(draw, sheet, right_left, y, CAPTIONS[name], pixels, scale)
    y = _outputs(draw, sheet, right_left, y, inside)
    return sheet.crop((0, 0, width, y + MARGIN))


def filters_sheet(params: dict[str, np.ndarray], title: str) -> Image.Image:
    """The learned 3x3 filters of every conv layer, one signed colour scale per layer."""
    banks = {name: filter_bank(activations.filters(params, name), 16 if name == "c1" else 5,
                               6 if name == "c1" else 2) for name in activations.CONV_LAYERS}
    width = MARGIN * 2 + max(640, max(pixels.shape[1] for pixels, _ in banks.values()))
    height = 60 + sum(CAPTION + 12 + pixels.shape[0] for pixels, _ in banks.values())
    sheet = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    draw.text((MARGIN, MARGIN), title, fill=TEXT, font=font(15))
    y = MARGIN + 30
    for name, (pixels, _) in banks.items():
        weights = activations.filters(params, name)
        caption = (f"{name} · {weights.shape[3]} filters 3×3×{weights.shape[2]}"
                   + (" (column = output map, row = input map)" if weights.shape[2] > 1 else ""))
        y = strip(draw, sheet, MARGIN, y, caption, pixels, signed_scale(weights),
                  width=width - 2 * MARGIN)
    return sheet


def save_png(image: Image.Image, path: Path) -> Path:
    """Write a PNG, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="PNG")
    return path
