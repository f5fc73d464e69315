"""How the explorer paints cards and matrix: whole titles, honest percentages, clear cells."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui


def test_one_mistake_is_clearly_visible_on_the_log_scale():
    from app.confusion_matrix import cell_color

    matrix = np.diag(np.full(10, 1000))
    matrix[2, 7] = 1
    matrix[4, 9] = 50
    one, zero = cell_color(matrix, 2, 7), cell_color(matrix, 0, 1)
    assert one.red() > one.green() + 40  # distinctly red, not near-white
    assert zero.red() - zero.green() < 10  # empty cells stay neutral
    assert cell_color(matrix, 4, 9).lightness() < one.lightness()


def test_card_percentages_never_round_up_to_certainty():
    from app.image_grid import card_percent as percent

    assert percent(0.997) == "99.7 %"
    assert percent(0.99996) == "99.9 %"
    assert percent(1.0) == "100 %"
    assert percent(0.42) == "42 %"


def test_a_cards_title_is_made_small_enough_to_be_whole(qapp):
    # Shrunk in proportion, "no es un dígito · real 5" was still cut at both ends.
    from PySide6.QtGui import QFont, QFontMetrics

    from app.image_grid import fitted_font

    bold = QFont(qapp.font())
    bold.setBold(True)
    for text in ("no es un dígito · real 5", "keine Ziffer · ist 5", "read 7 · true 3"):
        for width in range(110, 200, 3):
            fitted = fitted_font(bold, text, width)
            assert QFontMetrics(fitted).horizontalAdvance(text) <= width, (text, width)
