"""RGB images (NumPy uint8) of the look-inside panels, shared by the window and `explain`.

Feature maps of one layer are tiled into one image with one colour scale for the
whole layer, so maps can be compared with each other; the window paints each such
image in one go and the CLI pastes the same arrays into its PNGs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Colour scales, as anchor colours interpolated into 256-entry lookup tables.
# Activations (ReLU outputs, >= 0): black for "off", through purple and orange to
# pale yellow (close to matplotlib's inferno, perceptually ordered).
_ACTIVATION_ANCHORS = ((0, 0, 4), (66, 10, 104), (147, 38, 103), (221, 81, 58),
                       (252, 165, 10), (252, 255, 164))
# Signed values (filters, logits): blue negative, white zero, red positive.
_SIGNED_ANCHORS = ((33, 102, 172), (146, 197, 222), (247, 247, 247), (244, 165, 130),
                   (178, 24, 43))
_GRAY_ANCHORS = ((0, 0, 0), (255, 255, 255))
BACKGROUND = (236, 236, 236)
KERNEL_GAP = (150, 150, 150)  # between filter kernels, whose zero is white


def lookup_table(anchors: tuple[tuple[int, int, int], ...]) -> np.ndarray:
    """A (256, 3) uint8 table interpolating the anchors evenly from 0 to 255."""
    anchors_arr = np.asarray(anchors, np.float64)
    stops = np.linspace(0.0, 255.0, len(anchors_arr))
    levels = np.arange(256, dtype=np.float64)
    channels = [np.interp(levels, stops, anchors_arr[:, c]) for c in range(3)]
    return np.rint(np.stack(channels, axis=1)).astype(np.uint8)


ACTIVATION = lookup_table(_ACTIVATION_ANCHORS)
SIGNED = lookup_table(_SIGNED_ANCHORS)
GRAY = lookup_table(_GRAY_ANCHORS)


@dataclass(frozen=True)
class Scale:
    """One colour scale: the values at the two ends of a lookup table."""

    low: float
    high: float
    table: np.ndarray

    def colours(self, values: np.ndarray) -> np.ndarray:
        """RGB uint8 (..., 3) for values (clipped to the scale's range)."""
        span = self.high - self.low
        if span <= 0:
            span = 1.0
        levels = np.clip((np.asarray(values, np.float32) - self.low) * (255.0 / span), 0, 255)
        return self.table[levels.astype(np.uint8)]


def activation_scale(values: np.ndarray) -> Scale:
    """0 .. the layer's largest value (ReLU outputs), on the activation colours."""
    return Scale(0.0, max(float(np.max(values)), 1e-6), ACTIVATION)


def signed_scale(values: np.ndarray) -> Scale:
    """-m .. m with m the largest magnitude, so white is exactly zero."""
    m = max(float(np.max(np.abs(values))), 1e-6)
    return Scale(-m, m, SIGNED)


def input_scale() -> Scale:
    """The network input: 0 black, 1 white ink (as MNIST shows it)."""
    return Scale(0.0, 1.0, GRAY)


@dataclass(frozen=True)
class Grid:
    """Where each of ``count`` equal cells sits in a tiled image (for painting and clicks)."""

    count: int
    columns: int
    cell_height: int
    cell_width: int
    gap: int = 3

    @property
    def rows(self) -> int:
        """Rows needed for all cells."""
        return -(-self.count // self.columns)

    @property
    def size(self) -> tuple[int, int]:
        """(height, width) of the whole image in pixels."""
        return (self.rows * (self.cell_height + self.gap) - self.gap,
                min(self.count, self.columns) * (self.cell_width + self.gap) - self.gap)

    def origin(self, index: int) -> tuple[int, int]:
        """(top, left) pixel of cell ``index``."""
        row, column = divmod(index, self.columns)
        return row * (self.cell_height + self.gap), column * (self.cell_width + self.gap)

    def index_at(self, y: float, x: float) -> int | None:
        """The cell under pixel (y, x), or None for a gap or outside."""
        if y < 0 or x < 0:
            return None
        row, dy = divmod(int(y), self.cell_height + self.gap)
        column, dx = divmod(int(x), self.cell_width + self.gap)
        index = row * self.columns + column
        inside = dy < self.cell_height and dx < self.cell_width and column < self.columns
        return index if inside and index < self.count else None


def upscale(image: np.ndarray, factor: int) -> np.ndarray:
    """Nearest-neighbour enlargement of an (H, W, ...) array by a whole factor."""
    return np.repeat(np.repeat(image, factor, axis=0), factor, axis=1)


def tile(maps: np.ndarray, scale: Scale, columns: int, factor: int, gap: int = 3,
         background: tuple[int, int, int] = BACKGROUND) -> tuple[np.ndarray, Grid]:
    """Feature maps (H, W, C) as one RGB image: C cells, each enlarged ``factor`` times.

    Args:
        maps: channels last, as the network computes them.
        scale: one colour scale for every map.
        columns: cells per row.
        factor: nearest-neighbour enlargement of each map.
        gap: pixels between cells.
        background: the colour between cells.

    Returns:
        The (height, width, 3) uint8 image and the grid that says where each map is.
    """
    height, width, count = maps.shape
    grid = Grid(count, columns, height * factor, width * factor, gap)
    rows, columns = grid.rows, min(count, columns)
    rgb = scale.colours(maps).transpose(2, 0, 1, 3)  # (C, H, W, 3)
    # Each cell enlarged, with its gap below and to the right, in one array...
    cells = np.empty((rows * columns, grid.cell_height + gap, grid.cell_width + gap, 3),
                     np.uint8)
    cells[:] = np.asarray(background, np.uint8)  # (a tuple broadcasts 100x slower)
    cells[count:] = np.asarray(BACKGROUND, np.uint8)  # the last row's empty places
    cells[:count, : grid.cell_height, : grid.cell_width] = np.repeat(
        np.repeat(rgb, factor, axis=1), factor, axis=2)
    # ...then the cells laid out row by row, and the outer gaps cut off.
    out = cells.reshape(rows, columns, *cells.shape[1:]).transpose(0, 2, 1, 3, 4)
    out = out.reshape(rows * (grid.cell_height + gap), columns * (grid.cell_width + gap), 3)
    return np.ascontiguousarray(out[: grid.size[0], : grid.size[1]]), grid


def filter_bank(weights: np.ndarray, factor: int = 5, gap: int = 2) -> tuple[np.ndarray, Grid]:
    """A conv layer's 3x3 kernels (3, 3, in, out) as one image on one signed scale.

    Column k holds the kernels that make output map k, one row per input channel;
    gray lines part the kernels (white is a weight of zero).
    """
    kh, kw, channels_in, channels_out = weights.shape
    # (kh, kw, in, out) -> maps (kh, kw, in * out) in row-major (in, out) order.
    maps = weights.reshape(kh, kw, channels_in * channels_out)
    return tile(maps, signed_scale(weights), channels_out, factor, gap, KERNEL_GAP)


def bank_grid(channels_in: int, channels_out: int, factor: int = 5, gap: int = 2) -> Grid:
    """Where each kernel sits in :func:`filter_bank`'s image."""
    return Grid(channels_in * channels_out, channels_out, 3 * factor, 3 * factor, gap)


def fit_kernels(count: int, width: int, height: int, gap: int = 2,
                largest: int = 24) -> tuple[int, int]:
    """(columns, factor) that show ``count`` 3x3 kernels as large as fit in width x height.

    Only full rows: the column count divides ``count``.
    """
    best = (count, 1)
    best_factor = 0
    for columns in (c for c in range(1, count + 1) if count % c == 0):
        rows = -(-count // columns)
        factor = min((width - gap * (columns - 1)) // (3 * columns),
                     (height - gap * (rows - 1)) // (3 * rows), largest)
        if factor > best_factor:
            best, best_factor = (columns, factor), factor
    return best


def saliency_overlay(image: np.ndarray, saliency: np.ndarray, factor: int) -> np.ndarray:
    """The drawing in gray with the saliency over it (square-root scale) in the activation colours.

    Args:
        image: the 28x28 network input in [0, 1] (ink high).
        saliency: 28x28, non-negative.
        factor: nearest-neighbour enlargement.

    Returns:
        (28 * factor, 28 * factor, 3) uint8.
    """
    peak = float(np.max(saliency))
    # Square root: a few pixels often hold most of the mass; this keeps the rest visible.
    weight = np.sqrt(saliency / peak if peak > 0 else np.zeros_like(saliency))[..., np.newaxis]
    # The ink stays visible as a light gray under weak saliency.
    gray = (60.0 + 90.0 * np.clip(image, 0.0, 1.0))[..., np.newaxis] * np.ones(3)
    heat = ACTIVATION[np.clip(weight[..., 0] * 255, 0, 255).astype(np.uint8)].astype(np.float32)
    alpha = np.clip(weight * 1.6, 0.0, 1.0)
    mixed = gray * (1.0 - alpha) + heat * alpha
    return upscale(np.rint(mixed).astype(np.uint8), factor)


def legend(scale: Scale, width: int, height: int) -> np.ndarray:
    """A horizontal colour bar from the scale's low end (left) to its high end."""
    levels = np.linspace(scale.low, scale.high, width, dtype=np.float32)
    return np.repeat(scale.colours(levels)[np.newaxis], height, axis=0)


@dataclass(frozen=True)
class StripLayout:
    """How one layer is drawn: cells per row and enlargement (same in the app and CLI)."""

    columns: int
    factor: int


# Maps of the 16-map layers are drawn 56 px wide (28x28 x2, 14x14 x4), those of the
# 32-map layers 42 px (14x14 x3, 7x7 x6), 16 to a row; dense units as cells.
LAYOUTS: dict[str, StripLayout] = {
    "input": StripLayout(1, 2),
    "c1": StripLayout(16, 2),
    "c2": StripLayout(16, 2),
    "p1": StripLayout(16, 4),
    "c3": StripLayout(16, 3),
    "c4": StripLayout(16, 3),
    "p2": StripLayout(16, 6),
    "d1": StripLayout(32, 26),
    "logits": StripLayout(10, 26),
}


def as_maps(values: np.ndarray) -> np.ndarray:
    """Any layer's values as (H, W, C) maps: an image is one map, a vector 1x1 maps."""
    values = np.asarray(values, np.float32)
    if values.ndim == 1:
        return values.reshape(1, 1, -1)
    if values.ndim == 2:
        return values[..., np.newaxis]
    return values


def layer_grid(name: str, shape: tuple[int, ...]) -> Grid:
    """Where each map of a layer with values of ``shape`` sits in :func:`layer_image`."""
    height, width, count = as_maps(np.zeros(shape, np.float32)).shape
    layout = LAYOUTS[name]
    return Grid(count, layout.columns, height * layout.factor, width * layout.factor)


def layer_scale(name: str, values: np.ndarray) -> Scale:
    """The one colour scale of a layer: gray input, signed logits, else 0..max."""
    if name == "input":
        return input_scale()
    if name == "logits":
        return signed_scale(values)
    return activation_scale(values)


def layer_image(name: str, values: np.ndarray) -> tuple[np.ndarray, Grid, Scale]:
    """One layer's panel image (one scale for the whole layer), its grid and its scale."""
    maps = as_maps(values)
    scale = layer_scale(name, maps)
    layout = LAYOUTS[name]
    image, grid = tile(maps, scale, layout.columns, layout.factor)
    return image, grid, scale


def atlas(maps: np.ndarray, scale: Scale) -> np.ndarray:
    """Maps (H, W, C) coloured at their own resolution, side by side: (H, C * W, 3).

    The window paints each map from here, enlarged by the painter (cheaper than
    enlarging every pixel in NumPy on every new prediction).
    """
    height, width, count = maps.shape
    rgb = scale.colours(maps)  # (H, W, C, 3)
    return np.ascontiguousarray(rgb.transpose(0, 2, 1, 3)).reshape(height, count * width, 3)
