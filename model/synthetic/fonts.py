"""Printed fonts for generated data: an explicit list, never handwriting-like.

Only these printed families are ever used, looked up by exact file name
(never by searching the system for "any font"): handwriting, comic, school
and single-stroke plotter fonts are kept for an independent evaluation and
must not leak into training or threshold tuning.

Three lists, never overlapping: training uses DejaVu Sans and Sans Mono and
URW's printed base fonts (where installed); the validation set (``evaluate
--styles``, in-distribution apart from its fonts) DejaVu Serif; the held-out
set (``evaluate --heldout``) DejaVu Serif Condensed Italic and Pillow's
built-in font (Aileron), which nothing else reads. Without any of these files
(a bare system) Pillow's built-in font stands in for training and
validation, and then the held-out set has no printed fonts at all (see
:func:`heldout_font_files`).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

TRAIN_FONTS = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
    "DejaVuSans-ExtraLight.ttf",
    "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold.ttf",
    "DejaVuSansMono-Oblique.ttf",
    # URW's printed families (Helvetica, Times, Courier, Palatino, Bookman and Avant
    # Garde designs): 1s with flags and feet, open and closed 4s, small-looped 9s.
    # Not C059 (a schoolbook face) nor Z003 (a chancery hand).
    "NimbusSans-Regular.otf",
    "NimbusSans-Bold.otf",
    "NimbusSans-Italic.otf",
    "NimbusSansNarrow-Regular.otf",
    "NimbusSansNarrow-BoldOblique.otf",
    "NimbusRoman-Regular.otf",
    "NimbusRoman-Bold.otf",
    "NimbusRoman-Italic.otf",
    "NimbusMonoPS-Regular.otf",
    "NimbusMonoPS-Bold.otf",
    "P052-Roman.otf",
    "P052-Italic.otf",
    "URWBookman-Light.otf",
    "URWBookman-DemiItalic.otf",
    "URWGothic-Book.otf",
    "URWGothic-DemiOblique.otf",
)
"""Font files used for training data (DejaVu Sans and Sans Mono, URW's printed families)."""

VALIDATION_FONTS = (
    "DejaVuSerif.ttf",
    "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic.ttf",
    "DejaVuSerif-BoldItalic.ttf",
    "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold.ttf",
)
"""Font files of the validation set (DejaVu Serif)."""

HELDOUT_FONTS = (
    "DejaVuSerifCondensed-Italic.ttf",
    "DejaVuSerifCondensed-BoldItalic.ttf",
)
"""Font files of the held-out set only, with Pillow's built-in font.

Not the other DejaVu files installed with these: Sans Condensed Oblique and
Sans Mono Bold Oblique are training's designs, and DejaVu Math TeX Gyre
prints DejaVu Serif's digits (the validation font).
"""

FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype",
    "/usr/share/fonts/opentype/urw-base35",
    "/usr/share/fonts/urw-base35",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "~/Library/Fonts",
    "C:/Windows/Fonts",
)
"""Folders searched, in order, for the exact file names above."""

_NO_SUCH_CHAR = "\U0010fffd"  # private use: no font draws it

BUILTIN = None
"""Stands for Pillow's built-in font in a font list."""


@functools.cache
def font_files(split: str, folders: tuple[str, ...] = FONT_DIRS) -> tuple[Path | None, ...]:
    """The font files of one split that exist here; Pillow's built-in font if none.

    Args:
        split: "train" or "validation".
        folders: Where to look (the first folder holding a name wins).

    Returns:
        Paths of the fonts found, or ``(BUILTIN,)`` when none is installed.
    """
    names = {"train": TRAIN_FONTS, "validation": VALIDATION_FONTS}[split]
    return _find(names, folders) or (BUILTIN,)


def _find(names: tuple[str, ...], folders: tuple[str, ...]) -> tuple[Path, ...]:
    """The named files that exist, in the order named (the first folder holding one wins)."""
    found = []
    for name in names:
        for folder in folders:
            path = Path(os.path.expanduser(folder)) / name
            if path.is_file():
                found.append(path)
                break
    return tuple(found)


def heldout_font_files(folders: tuple[str, ...] = FONT_DIRS) -> tuple[Path | None, ...]:
    """The held-out set's fonts found here, minus any that training or validation use here.

    Pillow's built-in font counts only while training has its own files:
    on a bare system it is training's font, and then this is empty (the
    held-out set leaves its printed parts out rather than score on it).

    Args:
        folders: Where to look (the first folder holding a name wins).

    Returns:
        Paths of the held-out fonts (``BUILTIN`` for Pillow's), maybe none.
    """
    used = set(font_files("train", folders)) | set(font_files("validation", folders))
    return tuple(path for path in [*_find(HELDOUT_FONTS, folders), BUILTIN] if path not in used)


@functools.lru_cache(maxsize=1024)
def load(path: Path | None, size: int) -> ImageFont.FreeTypeFont:
    """A font at a pixel size; ``BUILTIN`` (None) is Pillow's built-in font."""
    if path is BUILTIN:
        return ImageFont.load_default(size=size)
    return ImageFont.truetype(str(path), size=size)


@functools.lru_cache(maxsize=4096)
def has_glyph(path: Path | None, char: str) -> bool:
    """True if the font draws the character itself (not its "missing glyph" box)."""
    font = load(path, 32)
    missing = np.asarray(font.getmask(_NO_SUCH_CHAR))
    return not np.array_equal(np.asarray(font.getmask(char)), missing)


@functools.lru_cache(maxsize=256)
def printable(path: Path | None, chars: str) -> str:
    """The characters of ``chars`` that the font has."""
    return "".join(char for char in chars if has_glyph(path, char))


def paint_text(text: str, path: Path | None, size: int, angle: float = 0.0) -> np.ndarray:
    """Print text black on white, turned by ``angle`` degrees, with a small margin.

    Args:
        text: What to print.
        path: A font from :func:`font_files`.
        size: Font size, px.
        angle: Rotation, anticlockwise, degrees.

    Returns:
        A uint8 array, 255 paper and 0 ink.
    """
    font = load(path, size)
    left, top, right, bottom = font.getbbox(text)
    margin = size // 4
    image = Image.new("L", (right - left + 2 * margin, bottom - top + 2 * margin), 255)
    ImageDraw.Draw(image).text((margin - left, margin - top), text, font=font, fill=0)
    if angle:
        image = image.rotate(angle, Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    return np.asarray(image)
