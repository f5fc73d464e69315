"""The prediction panel: one digit, not a digit, a number with clickable digit tiles."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.prediction_panel import UNTRUSTED_CAPTION, PredictionPanel
from tests.test_number import decision, reading_of

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot) -> PredictionPanel:
    widget = PredictionPanel()
    qtbot.addWidget(widget)
    widget.resize(460, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_number_shows_large_with_one_tile_per_digit(panel):
    panel.show_reading(reading_of(decision(2, 0.9), decision(9, 0.8), decision(1, 0.99)))
    assert panel.prediction_label.text() == "291"
    assert panel.confidence_label.text() == "71.3 % sure of all 3 digits"
    assert panel.tiles.isVisible()
    assert [panel.tile(i).text().split()[0] for i in range(3)] == ["2", "9", "1"]
    assert "80 %" in panel.tile(1).text()
    # The whole tile shows: the input and, under it, the digit and its confidence.
    assert panel.tile(0).height() >= panel.tile(0).sizeHint().height()


def test_a_long_number_keeps_every_tile_whole_and_its_sureness_on_hover(panel, qtbot):
    # "31415926": eight tiles cut to "3 …9 %" each, the sureness unreadable.
    digits = [3, 1, 4, 1, 5, 9, 2, 6]
    panel.show_reading(reading_of(*[decision(d, 0.999) for d in digits]))
    tiles = [panel.tile(i) for i in range(len(digits))]
    assert [t.text() for t in tiles] == [str(d) for d in digits]  # no room: the digits alone
    assert all(t.width() >= t.sizeHint().width() for t in tiles)  # none cut
    assert tiles[0].toolTip().startswith("3  99.9 %")
    panel.mark_saved(2, 7)
    assert tiles[2].text() == "4\nsaved: 7"
    panel.resize(1400, 520)  # room again: the sureness comes back under each digit
    qtbot.waitUntil(lambda: tiles[0].text() == "3  99.9 %")
    assert tiles[2].text() == "4  99.9 %\nsaved: 7"


def test_a_number_read_while_tiles_show_keeps_them_whole_too(panel):
    # Drawn digit by digit, each reading replaces tiles already shown: ten 1s read
    # "1 … %" each (the new tiles were measured before Qt had shown them).
    panel.show_reading(reading_of(decision(1, 0.999), decision(1, 0.999)))
    panel.show_reading(reading_of(*[decision(1, 0.999)] * 10))
    tiles = [panel.tile(i) for i in range(10)]
    assert [t.text() for t in tiles] == ["1"] * 10
    assert all(t.width() >= t.sizeHint().width() for t in tiles)


def test_a_number_with_refused_pieces_counts_them(panel):
    refused = decision(5, 0.2, "not_a_digit")
    panel.show_reading(reading_of(decision(4, 0.9), refused, decision(2, 0.9)))
    assert panel.confidence_label.text() == "One piece marked ? does not look like a digit"
    panel.show_reading(reading_of(refused, decision(4, 0.9), refused))
    assert panel.confidence_label.text() == "2 pieces marked ? do not look like digits"


def test_two_digits_are_both_digits(panel):
    panel.show_reading(reading_of(decision(4, 0.9), decision(2, 0.9)))
    assert panel.confidence_label.text() == "81.0 % sure of both digits"


def test_clicking_a_tile_shows_that_digits_histogram(panel, qtbot):
    reading = reading_of(decision(2, 0.9), decision(9, 0.6), decision(1, 0.99))
    panel.show_reading(reading)
    np.testing.assert_allclose(panel.chart.values(), reading.digits[0].decision.probabilities,
                               atol=1e-6)
    with qtbot.waitSignal(panel.tileSelected) as signal:
        qtbot.mouseClick(panel.tile(1), Qt.MouseButton.LeftButton)
    assert signal.args == [1]
    np.testing.assert_allclose(panel.chart.values(), reading.digits[1].decision.probabilities,
                               atol=1e-6)
    assert panel.chart.winner() == 9 and panel.tile(1).isChecked()
    assert panel.selected() is reading.digits[1]


def test_not_a_digit_keeps_the_histogram_but_marks_it_untrusted(panel):
    reading = reading_of(decision(4, 0.3, "not_a_digit"))
    panel.show_reading(reading)
    assert panel.prediction_label.text() == "Not a digit"
    np.testing.assert_allclose(panel.chart.values(), reading.digits[0].decision.probabilities,
                               atol=1e-6)
    assert not panel.chart.is_trusted()
    assert panel.chart_caption.text() == UNTRUSTED_CAPTION and panel.chart_caption.isVisible()
    assert not panel.tiles.isVisible()
    panel.show_reading(reading_of(decision(4, 0.99)))
    assert panel.chart.is_trusted() and panel.chart_caption.text() == ""


def test_a_number_with_a_piece_that_is_not_a_digit_points_at_it(panel):
    panel.show_reading(reading_of(decision(2), decision(5, 0.2, "not_a_digit"), decision(7)))
    assert panel.prediction_label.text() == "Not a number"
    assert panel.tile(1).text().startswith("?") and panel.selected_index() == 1
    assert not panel.chart.is_trusted()
    # "?  20 %" said nothing of what the 20 % was: its tooltip says whether a digit is close
    assert panel.tile(1).text() == "?" and "%" in panel.tile(0).text()
    assert panel.tile(1).toolTip().startswith("Not a digit: no digit comes close")
    panel.show_reading(reading_of(decision(2), decision(5, 0.6, "not_a_digit")))
    assert panel.tile(1).toolTip().startswith("Not a digit: closest: 5 (60 %)")


def test_narrow_tiles_show_the_digits_alone_and_the_figures_in_their_tooltips(panel, qtbot):
    panel.show_reading(reading_of(*[decision(d, 0.97) for d in (1, 2, 3, 4, 5)],
                                  decision(5, 0.6, "not_a_digit")))
    panel.resize(260, 520)
    qtbot.waitUntil(lambda: panel.tile(0).text() == "1")
    assert panel.tile(0).toolTip().startswith("1  97 %")
    assert panel.tile(5).text() == "?" and "closest: 5 (60 %)" in panel.tile(5).toolTip()


@pytest.mark.parametrize("width", [330, 460])
def test_the_answer_fits_its_room_whole(panel, qtbot, width):
    # At 1366x768 "Not a number" in 28 pt ran under the preview ("Not a numbe").
    panel.show_reading(reading_of(decision(2), decision(5, 0.2, "not_a_digit")))
    panel.resize(width, 520)
    label = panel.prediction_label

    def fits():
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()

    qtbot.waitUntil(fits)
    panel.show_reading(reading_of(decision(7, 0.97)))
    assert label.font().pointSize() == 44  # a digit stays large


def test_one_digit_shows_as_before(panel):
    reading = reading_of(decision(7, 0.97))
    panel.show_reading(reading)
    assert panel.prediction_label.text() == "7"
    assert panel.confidence_label.text() == "97.0 % sure"
    assert not panel.tiles.isVisible()
    assert panel.preview.array() is not None
    panel.show_reading(None, "Draw a digit or a number")
    assert panel.prediction_label.text() == "–" and panel.chart.values() == [0.0] * 10
    assert panel.selected() is None


def test_a_non_digit_names_a_closest_digit_only_when_one_is_close(qtbot):
    panel = PredictionPanel()
    qtbot.addWidget(panel)
    for confidence, expected in ((0.12, "no digit comes close"), (0.6, "closest: 4 (60 %)")):
        panel.show_reading(reading_of(decision(4, confidence, status="not_a_digit")))
        assert panel.prediction_label.text() == "Not a digit"
        assert panel.confidence_label.text() == expected


def test_the_line_under_the_answer_is_whole_in_a_narrow_panel(panel, qtbot):
    # "ne piece marked ? does not look like a digi": one line, cut at both ends.
    panel.resize(430, panel.height())
    panel.show()
    qtbot.waitExposed(panel)
    refused = decision(5, 0.2, "not_a_digit")
    panel.show_reading(reading_of(refused, decision(6, 0.8)))
    label = panel.confidence_label
    qtbot.waitUntil(lambda: label.width() < label.fontMetrics().horizontalAdvance(label.text()))
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    edges = np.concatenate([pixels[:, :2], pixels[:, image.width() - 2:image.width()]], axis=1)
    assert edges.min() > 160  # no letter cut by either side
    assert (pixels < 128).sum() > 100  # and the text is there
