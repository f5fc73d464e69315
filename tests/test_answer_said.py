"""What a screen reader hears of the answer: said once when it changes, never talked over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.window_driver import SEVEN, draw

pytestmark = pytest.mark.gui


@pytest.fixture
def window(active_app_window):
    return active_app_window


def test_the_answer_is_announced_when_it_changes(window, qtbot, reader):
    draw(qtbot, window.canvas, SEVEN)
    qtbot.waitUntil(lambda: window.prediction_label.text() == "7")
    qtbot.waitUntil(lambda: any("Read as 7" in m for _, m in reader.events))
    assert ("QAccessibleAnnouncementEvent", window.access.last_announcement) in reader.events
    assert window.prediction_label.accessibleDescription() == window.access.last_announcement
    reader.events.clear()
    window.update_prediction()  # the same answer again: said once is enough
    assert not [e for e in reader.events if e[0] == "QAccessibleAnnouncementEvent"]
    window.canvas.clear()
    qtbot.waitUntil(lambda: any("blank" in m for _, m in reader.events))


def test_the_answer_an_undone_clear_brings_back_is_said_again(window, qtbot, reader):
    # Delete said "Canvas cleared"; Ctrl+Z brought the 7 back in silence.
    draw(qtbot, window.canvas, SEVEN)
    qtbot.waitUntil(lambda: any("Read as 7" in m for _, m in reader.events))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any("Canvas cleared" in m for _, m in reader.events))
    qtbot.waitUntil(lambda: "blank" in window.canvas.accessibleDescription())
    reader.events.clear()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any("Read as 7" in m for _, m in reader.events))


def test_a_save_is_said_and_not_talked_over_by_the_blank_canvas(window, qtbot, reader):
    draw(qtbot, window.canvas, SEVEN)
    qtbot.waitUntil(lambda: window.prediction_label.text() == "7")
    reader.events.clear()
    qtbot.keyClick(window.canvas, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: any("Saved as a 7" in m for _, m in reader.events))
    assert window.canvas.is_empty()
    assert not any("blank" in m for _, m in reader.events)
    # Not said, but what Tab reads on the answer is the blank canvas, not the 7 saved
    assert window.prediction_label.accessibleDescription() == "No answer: the canvas is blank."


def test_a_new_model_on_a_blank_canvas_is_not_talked_over_by_the_blank_canvas(window, qtbot,
                                                                               reader):
    # A fine-tune's "Now using the new model: ..." was cut half a second later by "No
    # answer: the canvas is blank", though the canvas had not changed.
    draw(qtbot, window.canvas, SEVEN)
    window.canvas.clear()
    qtbot.waitUntil(lambda: any("blank" in m for _, m in reader.events))
    reader.events.clear()
    window.session.classifierChanged.emit(window.session.classifier)  # as a switch does
    assert "blank" in window.prediction_label.accessibleDescription()  # Tab still reads it
    qtbot.waitUntil(lambda: not window.access._announcing.isActive())  # said, if it were
    assert not any("blank" in m for _, m in reader.events)


def test_a_digit_in_two_strokes_is_said_once_not_its_first_stroke_too(window, qtbot, reader):
    # Between the two strokes of a 7, "Not a digit" was said before "Read as 7".
    window.access._announcing.setInterval(3000)  # a slow machine's search never outlasts it
    draw(qtbot, window.canvas, SEVEN[:3])  # its bar: no digit yet
    qtbot.waitUntil(lambda: not window.session.settling)  # read, as while the pen is lifted
    assert window.prediction_label.text() != "7"
    draw(qtbot, window.canvas, SEVEN[2:])  # the pen goes on at once
    qtbot.waitUntil(lambda: any("Read as 7" in m for _, m in reader.events))
    said = reader.said()
    assert len(said) == 1, said


def test_a_drawing_that_is_not_a_digit_is_said_with_its_closest_digit(window, qtbot, reader):
    # The screen showed "closest: 4 (66 %)"; a reader heard only "Not a digit."
    from tests.test_number import decision, reading_of

    reading = reading_of(decision(4, 0.66, "not_a_digit"))
    window.session.readingChanged.emit(reading, None)
    assert window.canvas.accessibleDescription().endswith("Not a digit: closest: 4 (66 %).")


def test_a_numbers_sureness_is_said_as_it_is_written(qapp):
    # Heard "Read as the number 1767, 98 % sure" under "97.9 % sure of all 4 digits".
    import types

    from app.keyboard import reading_text

    number = types.SimpleNamespace(status="number", digits=[None] * 4, confidence=0.9794,
                                   number="1767")
    assert reading_text(number) == "Read as the number 1767, 97.9 % sure."
