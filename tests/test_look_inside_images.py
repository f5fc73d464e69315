"""The look-inside pictures: colour scales, where each map lands, filter banks."""

import numpy as np
import pytest

from model.look_inside.images import (
    ACTIVATION,
    BACKGROUND,
    SIGNED,
    Grid,
    activation_scale,
    atlas,
    filter_bank,
    fit_kernels,
    layer_grid,
    layer_image,
    legend,
    saliency_overlay,
    signed_scale,
    tile,
)


def test_scales_cover_the_layer_and_signed_scales_put_zero_in_the_middle():
    values = np.array([0.0, 1.0, 4.0])
    scale = activation_scale(values)
    assert (scale.low, scale.high) == (0.0, 4.0)
    np.testing.assert_array_equal(scale.colours(values)[[0, 2]], ACTIVATION[[0, 255]])
    signed = signed_scale(np.array([-0.5, 2.0]))
    assert (signed.low, signed.high) == (-2.0, 2.0)
    np.testing.assert_array_equal(signed.colours(np.array([0.0])), SIGNED[[127]])
    # Out of range values are clipped, never wrapped around.
    np.testing.assert_array_equal(scale.colours(np.array([-3.0, 9.0])), ACTIVATION[[0, 255]])
    bar = legend(scale, 50, 4)
    assert bar.shape == (4, 50, 3)
    np.testing.assert_array_equal(bar[0, [0, -1]], ACTIVATION[[0, 255]])


def test_grid_positions_and_clicks_agree():
    grid = Grid(count=10, columns=4, cell_height=5, cell_width=6, gap=2)
    assert grid.rows == 3 and grid.size == (3 * 7 - 2, 4 * 8 - 2)
    for index in range(10):
        top, left = grid.origin(index)
        assert grid.index_at(top + 4, left + 5) == index
    assert grid.index_at(5.5, 0) is None  # the gap under the first row
    assert grid.index_at(2 * 7 + 1, 2 * 8 + 1) is None  # past the last cell
    assert grid.index_at(-1, 3) is None


def test_tile_puts_each_map_in_its_cell_enlarged():
    maps = np.zeros((2, 3, 5), np.float32)
    maps[1, 2, 3] = 1.0  # map 3, bottom-right value
    image, grid = tile(maps, activation_scale(maps), columns=2, factor=4, gap=3)
    assert image.shape == (*grid.size, 3) and grid.rows == 3
    top, left = grid.origin(3)
    np.testing.assert_array_equal(image[top + 4 : top + 8, left + 8 : left + 12],
                                  np.broadcast_to(ACTIVATION[255], (4, 4, 3)))
    assert (image[top : top + 8, left : left + 12] == ACTIVATION[255]).all(axis=-1).sum() == 16
    np.testing.assert_array_equal(image[grid.origin(5)], BACKGROUND)  # no sixth map


def test_the_atlas_holds_the_maps_side_by_side():
    maps = np.arange(2 * 3 * 4, dtype=np.float32).reshape(2, 3, 4)
    scale = activation_scale(maps)
    side_by_side = atlas(maps, scale)
    assert side_by_side.shape == (2, 12, 3)
    np.testing.assert_array_equal(side_by_side[:, 3:6], scale.colours(maps[:, :, 1]))


def test_layer_images_have_the_planned_grid():
    for name, shape, count in (("c1", (28, 28, 16), 16), ("p2", (7, 7, 32), 32),
                               ("d1", (32,), 32), ("logits", (10,), 10)):
        values = np.random.default_rng(0).random(shape).astype(np.float32)
        image, grid, _ = layer_image(name, values)
        assert grid == layer_grid(name, shape) and grid.count == count
        assert image.shape == (*grid.size, 3)


def test_a_filter_banks_columns_are_output_maps():
    weights = np.zeros((3, 3, 2, 4), np.float32)
    weights[0, 0, 1, 2] = 1.0  # input map 1 -> output map 2, top-left weight
    image, grid = filter_bank(weights, factor=2, gap=1)
    assert (grid.rows, grid.columns) == (2, 4)
    top, left = grid.origin(1 * 4 + 2)
    np.testing.assert_array_equal(image[top, left], SIGNED[255])
    np.testing.assert_array_equal(image[top + 2, left + 2], SIGNED[127])


@pytest.mark.parametrize("count", [1, 16, 32])
def test_kernels_fit_the_box_in_full_rows(count):
    columns, factor = fit_kernels(count, 204, 112)
    rows = count // columns
    assert count % columns == 0
    assert columns * 3 * factor + (columns - 1) * 2 <= 204
    assert rows * 3 * factor + (rows - 1) * 2 <= 112


def test_the_saliency_overlay_keeps_the_ink_visible_and_lights_the_salient_pixels():
    image = np.zeros((28, 28), np.float32)
    image[10:18, 13:15] = 1.0
    saliency = np.zeros((28, 28))
    saliency[12, 13] = 1.0
    picture = saliency_overlay(image, saliency, 2)
    assert picture.shape == (56, 56, 3)
    np.testing.assert_array_equal(picture[24, 26], ACTIVATION[255])
    assert picture[30, 28].mean() > picture[0, 0].mean()  # ink without saliency is lighter
