"""How a cell of a map is computed: the terms shown add up to the map's own value."""

import re

import numpy as np
import pytest

from model.look_inside import activations
from model.look_inside.cell import ConvCell, PoolCell, cell
from model.network.checkpoints import BUNDLED_DIR, load_for_serving
from model.network.numpy_net import NumpyNet
from tests.helpers import mnist


@pytest.fixture(scope="module")
def seen():
    params = load_for_serving(BUNDLED_DIR, tensorflow=False).model
    image = mnist().x_test[0].astype(np.float32) / 255.0
    return params, activations.look_inside(NumpyNet(params), image)


@pytest.mark.parametrize("layer", ["c1", "c2", "p1", "c3", "c4", "p2"])
def test_every_cell_shown_equals_the_maps_value(seen, layer):
    params, inside = seen
    maps = inside.layers[layer]
    height, width, count = maps.shape
    # Corners (where SAME padding adds zeros), the middle, and the strongest cell.
    row, column, _ = activations.strongest(maps[:, :, count - 1])
    for r, c, index in [(0, 0, 0), (height - 1, width - 1, 1), (height // 2, width // 2, 2),
                        (row, column, count - 1)]:
        shown = cell(params, inside, layer, index, r, c)
        assert shown.after == pytest.approx(float(maps[r, c, index]), abs=1e-4), (r, c, index)
        if isinstance(shown, ConvCell):
            assert shown.windows.shape == shown.kernels.shape == (3, 3, shown.windows.shape[2])
            assert shown.before == pytest.approx(shown.bias + shown.terms.sum())
        else:
            assert isinstance(shown, PoolCell) and shown.window.shape == (2, 2)


def test_a_corner_window_has_zeros_beyond_the_edge(seen):
    params, inside = seen
    shown = cell(params, inside, "c1", 0, 0, 0)
    assert np.all(shown.windows[0, :, 0] == 0) and np.all(shown.windows[:, 0, 0] == 0)
    np.testing.assert_array_equal(shown.windows[1:, 1:, 0], inside.input[:2, :2])


def test_a_cell_outside_the_layer_is_refused(seen):
    params, inside = seen
    with pytest.raises(ValueError):
        cell(params, inside, "c1", 16, 0, 0)
    with pytest.raises(ValueError):
        cell(params, inside, "d1", 0, 0, 0)


def test_each_terms_sum_is_in_its_sentence(seen, qapp):
    # In a narrow Look inside, "=" ended one line and "0.236" began the next; kept
    # together after the two tables, the sum was cut at the edge ("= 0.06(").
    from PySide6.QtGui import QTextDocument

    from app.inspector_cell import DECIMALS, cell_html
    from app.language import number

    params, inside = seen
    shown = cell(params, inside, "c2", 4, 10, 10)
    document = QTextDocument()
    document.setHtml(cell_html(shown))
    text = document.toRawText()  # toPlainText turns a no-break space into a space
    sums = [number(float(term), DECIMALS) for term in shown.terms]
    said = [re.split("[\u2029\ufdd0]", part)[0] for part in text.split("added up:\u00a0")[1:]]
    assert len(said) == 3 and all(value in sums for value in said), said
