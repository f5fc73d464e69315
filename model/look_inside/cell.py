"""How one cell of a feature map is computed, with the numbers of one input (NumPy only).

A conv cell is ReLU(bias + the sum, over every input map, of the 3x3 window of
that map around the cell times its 3x3 kernel); SAME padding counts the pixels
beyond the edge as 0. A pooling cell is the largest of a 2x2 window of the conv
map it pools. The window shows these numbers (CNN Explainer's "how is this
neuron computed"); a test checks the sum equals the map's own value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.look_inside.activations import POOL_OF, Inside

# Each conv layer and the maps it reads.
INPUT_OF = {"c1": "input", "c2": "c1", "c3": "p1", "c4": "c3"}


@dataclass(frozen=True)
class ConvCell:
    """Map ``index`` of conv ``layer`` at (``row``, ``column``), term by term.

    Attributes:
        windows: (3, 3, in) the 3x3 window of each input map around the cell (0 beyond
            the edge).
        kernels: (3, 3, in) the kernel applied to each input map.
        bias: the map's bias.
        before: bias + every window times its kernel (before ReLU).
        after: max(0, before): the map's value at the cell.
    """

    layer: str
    index: int
    row: int
    column: int
    source: str
    windows: np.ndarray
    kernels: np.ndarray
    bias: float

    @property
    def terms(self) -> np.ndarray:
        """Each input map's share of the sum: (in,), window times kernel, summed."""
        return np.einsum("abc,abc->c", self.windows.astype(np.float64),
                         self.kernels.astype(np.float64))

    @property
    def before(self) -> float:
        """The sum before ReLU."""
        return float(self.bias + self.terms.sum())

    @property
    def after(self) -> float:
        """The value after ReLU."""
        return max(0.0, self.before)


@dataclass(frozen=True)
class PoolCell:
    """Map ``index`` of pooling ``layer`` at (``row``, ``column``): the largest of a window.

    Attributes:
        window: (2, 2) the window of the conv map ``source`` it takes the largest of.
    """

    layer: str
    index: int
    row: int
    column: int
    source: str
    window: np.ndarray

    @property
    def after(self) -> float:
        """The cell's value: the window's largest."""
        return float(self.window.max())


def _maps(inside: Inside, name: str) -> np.ndarray:
    return inside.input[:, :, np.newaxis] if name == "input" else inside.layers[name]


def cell(params: dict[str, np.ndarray], inside: Inside, layer: str, index: int, row: int,
         column: int) -> ConvCell | PoolCell:
    """How cell (``row``, ``column``) of map ``index`` of ``layer`` is computed.

    Raises:
        ValueError: for a layer without maps, or a map or cell outside the layer.
    """
    if layer not in INPUT_OF and layer not in POOL_OF:
        raise ValueError(f"{layer!r} has no maps to compute")
    height, width, count = inside.layers[layer].shape
    if not (0 <= index < count and 0 <= row < height and 0 <= column < width):
        raise ValueError(f"no map {index} cell ({row}, {column}) in {layer}")
    if layer in POOL_OF:
        source = POOL_OF[layer]
        window = inside.layers[source][2 * row:2 * row + 2, 2 * column:2 * column + 2, index]
        return PoolCell(layer, index, row, column, source, np.array(window))
    source = INPUT_OF[layer]
    padded = np.pad(_maps(inside, source), ((1, 1), (1, 1), (0, 0)))
    windows = padded[row:row + 3, column:column + 3, :]
    return ConvCell(layer, index, row, column, source, np.array(windows),
                    np.array(params[f"w_{layer}"][:, :, :, index]),
                    float(params[f"b_{layer}"][index]))
