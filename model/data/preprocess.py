"""Any drawing or image -> the network's 28x28 input, prepared the MNIST way.

MNIST digits were size-normalised so that the longer side of the ink's
bounding box is 20 px (aspect ratio kept, anti-aliased) and then placed in a
28x28 field with the intensity centre of mass at the centre. A drawing that
is not brought into the same form is recognised far less often, so every
image the network sees goes through :func:`prepare`.

Only numpy and Pillow are used: this runs on the app's hot path (after every
stroke), so it must import fast and take well under a few milliseconds.
"""

import os

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from model.data.ink import INK_THRESHOLD, is_dot
from model.data.mnist_look import (  # INPUT_SIZE: the network input's side, public here too
    INPUT_SIZE,  # noqa: F401
    STROKE_LEVEL,
    clip_unit,
    normalise,
    place_in_field,
    stroke_width,
)
from model.data.page import sheet_mask

MAX_PIXELS = 40_000_000
"""Images with more pixels than this are refused before they are decoded."""

# Stray specks: a run of ink (along either axis) carrying under 3 % of the
# ink and separated from the rest by more than 5 % of the image is dropped.
_SPECK_SHARE = 0.03
_SPECK_GAP_SHARE = 0.05

# ITU-R 601 luma, as Pillow's own RGB -> L conversion.
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


class ImageFileError(ValueError):
    """A file that cannot be used as an image.

    Attributes:
        path: The offending file, as given.
        problem: What is wrong, in a few words (the window says it in its language).
    """

    def __init__(self, path: str | os.PathLike, problem: str) -> None:
        """Build the message from the file name and what is wrong with it.

        Args:
            path: The file.
            problem: What is wrong, in a few words.
        """
        self.path, self.problem = path, problem
        super().__init__(f"Cannot use '{os.fsdecode(path)}': {problem}")


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------


def load_image(path: str | os.PathLike) -> Image.Image:
    """Open an image file safely and return its first frame, upright.

    The size in the header is checked before any pixel is decoded, so a
    small file claiming a huge image is refused cheaply. Animated files
    give their first frame; the EXIF orientation of photos is applied.

    Args:
        path: The image file.

    Returns:
        A fully loaded Pillow image, independent of the (closed) file.

    Raises:
        ImageFileError: The file is missing, empty, not an image, too large,
            truncated or otherwise undecodable.
    """
    _check_file(path)
    try:
        with Image.open(path) as image:
            _check_pixels(path, image.size)
            return _decode_first_frame(path, image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        # Pillow's own (higher) limit, hit in Image.open before our check.
        raise ImageFileError(path, f"larger than {MAX_PIXELS:,} pixels") from None
    except Image.UnidentifiedImageError:
        raise ImageFileError(path, "not an image file that can be read") from None
    except OSError as error:
        if error.strerror:  # the file system's: unreadable, not the picture in it
            raise ImageFileError(path, error.strerror) from error
        raise ImageFileError(path, _undecodable(error)) from error


def prepare_file(path: str | os.PathLike) -> np.ndarray | None:
    """Load an image file and prepare it for the network.

    Args:
        path: The image file.

    Returns:
        As :func:`prepare`: a float32 (28, 28) array, or None if the image
        holds no digit.

    Raises:
        ImageFileError: The file cannot be used (also for images whose
            pixel format is unusable).
    """
    image = load_image(path)
    try:
        return prepare(to_gray_ink(image, photo=True))
    except ValueError as error:
        raise ImageFileError(path, str(error)) from error


def _check_file(path: str | os.PathLike) -> None:
    """Refuse missing, non-regular and empty files with a clear reason."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImageFileError(path, "no such file") from None
    except (OSError, ValueError) as error:  # ValueError: NUL in the name
        raise ImageFileError(path, str(error)) from error
    if os.path.isdir(path):
        raise ImageFileError(path, "it is a folder, not a file")
    if info.st_size == 0:
        raise ImageFileError(path, "the file is empty")


def _check_pixels(path: str | os.PathLike, size: tuple[int, int]) -> None:
    """Refuse, from the header alone, images too large to decode safely."""
    width, height = size
    if width * height > MAX_PIXELS:
        raise ImageFileError(path, f"{width}x{height} is larger than {MAX_PIXELS:,} pixels")
    if width == 0 or height == 0:
        raise ImageFileError(path, f"the image has no pixels ({width}x{height})")


def _decode_first_frame(path: str | os.PathLike, image: Image.Image) -> Image.Image:
    """Decode frame 0 and apply the EXIF rotation; wrap decoder failures."""
    try:
        image.seek(0)
        image.load()
        # exif_transpose always returns a new image, detached from the file.
        return ImageOps.exif_transpose(image)
    except Exception as error:
        # Pillow's decoders raise many exception types on malformed data
        # (OSError, SyntaxError, struct.error, EOFError...); the file is
        # untrusted input, so all of them mean "this file cannot be used".
        raise ImageFileError(path, _undecodable(error)) from error


def _undecodable(error: Exception) -> str:
    """Why Pillow could not decode a file, as ImageFileError says it."""
    reason = str(error) or type(error).__name__
    if "truncated" in reason.lower():  # "Truncated File Read" in its header, too
        reason = "the file is truncated (incomplete download or copy?)"
    return f"cannot be decoded: {reason}"


# --------------------------------------------------------------------------
# Pixels -> ink
# --------------------------------------------------------------------------


def to_gray_ink(image: np.ndarray | Image.Image, photo: bool = False) -> np.ndarray:
    """Turn any image into ink intensities: ink high (1), background low (0).

    The polarity is not assumed: the background is what the border of the
    image mostly is (dark ink on light paper and light ink on a dark screen
    both work, as does ink on grey paper). With an alpha channel and a
    transparent background, what is painted is the ink, whatever its colour
    and whatever garbage lies under the transparent pixels.

    Args:
        image: A Pillow image of any common mode, or a 2-D array (gray) or a
            3-D channels-last array with 1, 3 (RGB) or 4 (RGBA) channels, of
            any real dtype. Values within 0..1 (floats, bools, 0/1 masks)
            are taken as they are; other integers within 0..255 as 8-bit;
            anything else (16-bit, signed, HDR) is stretched to its own range.
        photo: An opened image, which may be a photo in uneven light: when its
            border is uneven, the paper's brightness is followed pixel by pixel
            (not for drawings and their pieces: costly, and never needed).

    Returns:
        A float32 2-D array with values in [0, 1].

    Raises:
        ValueError: The input cannot be read as an image (empty, wrong
            number of dimensions or channels, non-real dtype, NaN or inf).
    """
    array = _as_array(image)
    gray, alpha = _split_channels(as_unit_float(array))
    if alpha is not None and alpha.min() < 1.0:
        if _border_median(alpha) < 0.5:
            # Transparent background: the alpha channel is the drawing.
            return _ink_from_gray(alpha)
        gray = _flatten_alpha(gray, alpha)
    # A dark border around an opened image: a dark background, or a page on a desk.
    sheet = sheet_mask(gray) if photo and _border_median(gray) < 0.5 else None
    if sheet is not None:  # around the sheet is neither paper nor ink: paper for the reading
        rows, cols = np.flatnonzero(sheet.any(axis=1)), np.flatnonzero(sheet.any(axis=0))
        box = np.s_[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
        paper = np.float32(np.median(gray[sheet]))
        ink = np.zeros(gray.shape, np.float32)
        ink[box] = _ink_from_gray(np.where(sheet[box], gray[box], paper), photo) * sheet[box]
        return ink
    return _ink_from_gray(gray, photo)


def _as_array(image: np.ndarray | Image.Image) -> np.ndarray:
    """Pillow image or array-like -> a checked numpy array (not yet scaled)."""
    if isinstance(image, Image.Image):
        array = _pil_to_array(image)
    else:
        try:
            array = np.asarray(image)
        except (TypeError, ValueError) as error:  # ragged lists, odd objects
            raise ValueError(f"not an image array: {error}") from error
    if array.dtype.kind not in "biuf":
        raise ValueError(f"an image must hold real numbers, not {array.dtype} values")
    if array.ndim not in (2, 3):
        raise ValueError(
            f"an image must be a 2-D (gray) or 3-D (channels-last) array, "
            f"not {array.ndim}-D with shape {array.shape}"
        )
    if array.ndim == 3 and array.shape[2] not in (1, 3, 4):
        raise ValueError(
            f"a 3-D image needs 1, 3 or 4 channels in its last axis, "
            f"not {array.shape[2]} (shape {array.shape})"
        )
    if array.shape[0] == 0 or array.shape[1] == 0:
        raise ValueError(f"the image is empty (shape {array.shape})")
    return array


def _pil_to_array(image: Image.Image) -> np.ndarray:
    """Pillow image of any mode -> gray, RGB or RGBA array."""
    mode = image.mode
    has_alpha = "A" in mode or "a" in mode or "transparency" in image.info
    if mode in ("1", "L", "I", "F") or mode.startswith("I;16"):
        if "transparency" not in image.info:
            return np.asarray(image)
    try:
        if mode == "La":  # premultiplied: Pillow only unpremultiplies to LA
            image = image.convert("LA")
        # Palette, CMYK, YCbCr, LA and friends: let Pillow do the colour maths.
        converted = image.convert("RGBA" if has_alpha or mode == "P" else "RGB")
    except ValueError as error:
        raise ValueError(f"unsupported image mode {mode!r}: {error}") from error
    return np.asarray(converted)


def as_unit_float(array: np.ndarray) -> np.ndarray:
    """Scale any real array to float32 in [0, 1] (see to_gray_ink; the canvas shows it so)."""
    if array.dtype == np.uint8:  # the hot path: a canvas
        values = array.astype(np.float32)
        if array.max() > 1:  # else a 0/1 mask, already in [0, 1]
            values *= np.float32(1 / 255)
        return values
    if array.dtype == np.bool_:
        return array.astype(np.float32)
    values = array.astype(np.float64)
    if not np.isfinite(values).all():
        raise ValueError("the image contains NaN or infinite values")
    low, high = values.min(), values.max()
    if low >= 0 and high <= 1:  # floats in [0, 1], or a 0/1 integer mask
        return values.astype(np.float32)
    if array.dtype.kind in "iu" and low >= 0 and high <= 255:
        return (values / 255).astype(np.float32)
    return _stretch(values)


def _stretch(values: np.ndarray) -> np.ndarray:
    """Map the array's own range to [0, 1] (16-bit, 12-bit, signed, HDR...)."""
    # Divide by the peak first so that max - min cannot overflow to inf.
    peak = np.abs(values).max()
    values = values / peak if peak > 1 else values
    low, high = values.min(), values.max()
    if high <= low:
        return np.zeros(values.shape, dtype=np.float32)
    return ((values - low) / (high - low)).astype(np.float32)


def _split_channels(array: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """Channels-last array in [0, 1] -> (gray, alpha or None)."""
    if array.ndim == 2:
        return array, None
    channels = array.shape[2]
    if channels == 1:
        return array[:, :, 0], None
    gray = array[:, :, :3] @ _LUMA
    return gray, (array[:, :, 3] if channels == 4 else None)


def _border_median(values: np.ndarray) -> float:
    """Median of the outermost pixels: what the background most likely is."""
    border = np.concatenate((values[0], values[-1], values[1:-1, 0], values[1:-1, -1]))
    return float(np.median(border))


def _flatten_alpha(gray: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Composite onto the background colour so transparent holes vanish."""
    background = _border_median(gray)
    return gray * alpha + np.float32(background) * (1 - alpha)


def _ink_from_gray(gray: np.ndarray, photo: bool = False) -> np.ndarray:
    """Gray in [0, 1] -> contrast against the background, ink high."""
    background = _border_median(gray)
    dark_ink = background >= 0.5
    if photo and _uneven(gray):  # uneven light: the paper's own brightness, pixel by pixel
        paper = _paper(gray)
        if 0.25 < background < 0.75:
            dark_ink = _ink_is_dark(gray - paper)
        ink = (paper - gray) / paper if dark_ink else (gray - paper) / np.maximum(1 - paper, 1e-3)
        return clip_unit(ink.astype(np.float32))
    if 0.25 < background < 0.75:
        dark_ink = _ink_is_dark(gray - np.float32(background))
    # ink = (background - gray) / background, or (gray - background) /
    # (1 - background), as one multiply-add done in place (hot path).
    if dark_ink:
        scale, offset = -1 / background, 1.0
    else:
        scale, offset = 1 / (1 - background), -background / (1 - background)
    ink = gray * np.float32(scale)
    ink += np.float32(offset)
    return clip_unit(ink)


def _ink_is_dark(deviation: np.ndarray) -> bool:
    """On a mid-grey background: whether the marks darker than it outweigh the lighter ones.

    Only what stands out of the paper's grain counts (beyond four times its
    spread): a noisy photo's grain is as much darker as lighter, and summed
    over millions of pixels it outweighed a digit's ink.
    """
    spread = 1.4826 * float(np.median(np.abs(deviation - np.median(deviation))))
    beyond = max(4 * spread, 0.02)
    return bool(-deviation[deviation < -beyond].sum() >= deviation[deviation > beyond].sum())


# The border of a photo in uneven light spans this much brightness between its 5th
# and 95th percentiles (not its quartiles: a shadow over one corner is less than a
# quarter of it); a canvas's or a scan's is one value (a stroke that reaches the
# border of a tight crop is a small share of it).
UNEVEN_BORDER = 0.15


def _uneven(gray: np.ndarray) -> bool:
    if max(gray.shape) < 100:  # a crop of one digit, not a photo of a page
        return False
    # Once around the border, averaged over a twentieth of it: light changes
    # slowly, a ruled line or a stroke that reaches the border does not count.
    border = np.concatenate((gray[0], gray[1:, -1], gray[-1, -2::-1], gray[-2:0:-1, 0]))
    window = max(3, border.size // 20)
    smooth = np.convolve(np.concatenate((border[-window:], border)), np.ones(window) / window,
                         "valid")
    low, high = np.percentile(smooth, (5, 95))
    return bool(high - low > UNEVEN_BORDER)


def _paper(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness under the ink: the image with its strokes median-filtered out."""
    height, width = gray.shape
    scale = 48 / max(height, width)  # strokes are a pixel or two at this size
    small = Image.fromarray(np.rint(gray * 255).astype(np.uint8)).resize(
        (max(1, round(width * scale)), max(1, round(height * scale))), Image.BOX)
    paper = small.filter(ImageFilter.MedianFilter(7))
    paper = paper.filter(ImageFilter.BoxBlur(2)).resize((width, height), Image.BILINEAR)
    return np.clip(np.asarray(paper, np.float32) / 255, 1e-3, 1.0)


# --------------------------------------------------------------------------
# Ink -> 28x28
# --------------------------------------------------------------------------


def prepare(image: np.ndarray | Image.Image) -> np.ndarray | None:
    """Bring a drawing into the form of an MNIST digit.

    Crop to the ink (faint noise and far-away specks ignored), bring the
    stroke width into MNIST's range, scale the box's longer side to 20 px
    keeping the aspect ratio, and place it in a 28x28 field with its centre
    of mass at the centre (MNIST: pixel index 14.0, to the nearest pixel).

    Args:
        image: Anything :func:`to_gray_ink` accepts.

    Returns:
        A float32 (28, 28) array in [0, 1] with ink high and max 1.0, or
        None when there is no digit (no ink, or only a dot or a speck).

    Raises:
        ValueError: The input cannot be read as an image.
    """
    ink = to_gray_ink(image)
    mask = ink >= INK_THRESHOLD
    if not mask.any():
        return None
    rows, cols = _main_ink_box(mask)
    box_mask = mask[rows, cols]
    if is_dot(box_mask, max(ink.shape)):  # "no digit": model.data.ink
        return None
    box = np.where(box_mask, ink[rows, cols], np.float32(0))
    digit = normalise(box, stroke_width(box >= STROKE_LEVEL))
    return place_in_field(digit)


def _main_ink_box(mask: np.ndarray) -> tuple[slice, slice]:
    """Bounding box of the ink, leaving out small specks far from the rest.

    Projections onto each axis are split into runs of ink; small runs far
    from the main one are dropped. Alternating the axes a couple of times
    isolates a speck that shares rows (or columns) with the digit.
    """
    max_gap = max(2, round(_SPECK_GAP_SHARE * max(mask.shape)))
    rows, cols = slice(0, mask.shape[0]), slice(0, mask.shape[1])
    for _ in range(3):
        new_rows = _main_run(np.count_nonzero(mask[:, cols], axis=1), max_gap)
        new_cols = _main_run(np.count_nonzero(mask[new_rows], axis=0), max_gap)
        if (new_rows, new_cols) == (rows, cols):
            break
        rows, cols = new_rows, new_cols
    return rows, cols


def _main_run(counts: np.ndarray, max_gap: int) -> slice:
    """Span of the heaviest run of ink plus the runs that belong with it.

    A neighbouring run is kept if it is close (gap <= max_gap) or carries a
    real share of the ink; growth stops at the first run that is neither.
    """
    columns = np.flatnonzero(counts)
    splits = np.flatnonzero(np.diff(columns) > 1) + 1
    starts = columns[np.r_[0, splits]]
    stops = columns[np.r_[splits - 1, columns.size - 1]] + 1
    mass = np.add.reduceat(counts, starts)
    min_mass = _SPECK_SHARE * mass.sum()
    low = high = int(np.argmax(mass))
    while low > 0 and (starts[low] - stops[low - 1] <= max_gap or mass[low - 1] >= min_mass):
        low -= 1
    while high < starts.size - 1 and (
        starts[high + 1] - stops[high] <= max_gap or mass[high + 1] >= min_mass
    ):
        high += 1
    return slice(int(starts[low]), int(stops[high]))
