"""What happened is said in the window (the message bar), with Undo where it applies."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from app.feedback import tell
from tests.test_number import decision, reading_of
from tests.window_driver import ONE, SEVEN, click, draw, key, press_stroke

pytestmark = pytest.mark.gui


@pytest.fixture
def window(active_app_window):
    return active_app_window


def shown(qtbot, window, text: str) -> None:
    """Wait until the message bar is on screen and says ``text`` (at its start)."""
    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.text().startswith(text), timeout=5000)


def test_a_save_says_so_in_the_window_and_undo_takes_the_drawing_back(window, qtbot):
    draw(qtbot, window.canvas, SEVEN)
    drawn = window.canvas.to_array()
    key(qtbot, window.canvas, "7")
    bar = window.message_bar
    shown(qtbot, window, "Saved as a 7 · 1 drawing of yours")
    assert bar.kind() == "positive"
    assert bar.action_button.isVisible() and bar.action_button.text() == "Undo"
    assert window.statusBar().currentMessage() == ""  # the status bar keeps the model line
    # Over the canvas, inside the window: a person sees it.
    assert window.rect().contains(bar.geometry())
    canvas = QRect(window.canvas.mapTo(window, QPoint(0, 0)), window.canvas.size())
    assert canvas.contains(bar.geometry())
    assert len(window.session.drawings) == 1 and window.canvas.is_empty()
    click(qtbot, bar.action_button)
    assert len(window.session.drawings) == 0
    assert np.array_equal(window.canvas.to_array(), drawn)
    shown(qtbot, window, "Save undone: the drawing is no longer kept")
    assert not bar.action_button.isVisible()


def test_undo_after_a_new_stroke_does_not_take_the_stroke(window, qtbot):
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "7")
    shown(qtbot, window, "Saved as a 7")
    undo = window.message_bar.action_button
    draw(qtbot, window.canvas, ONE)  # drawing went on: the save is kept
    assert not window.message_bar.isVisible()  # it would cover the new ink
    undo.click()
    assert len(window.session.drawings) == 1 and not window.canvas.is_empty()


def test_a_digit_key_on_a_blank_canvas_says_draw_first(window, qtbot):
    key(qtbot, window.canvas, "4")
    shown(qtbot, window, "Draw a digit first")
    assert window.message_bar.kind() == "warning"


def test_right_keep_it_keeps_a_drawing_read_as_no_digit_as_not_a_digit(window, qtbot):
    # "Right" to "Not a digit" was refused with a message: it is kept as not a digit.
    from model.drawings.validation import NOT_A_DIGIT

    window.canvas.draw_stroke([(200, 80), (260, 300)])
    window.session.show_reading(reading_of(decision(4, 0.3, "not_a_digit")))
    assert window.teaching.save_as_example() is True
    assert [s.label for s in window.session.drawings.list()] == [NOT_A_DIGIT]
    shown(qtbot, window, "Saved as not a digit · 1 drawing of yours")


def test_a_piece_no_digit_in_a_number_refuses_right_keep_it(window, qtbot):
    window.session.show_reading(reading_of(decision(4, 0.3, "not_a_digit"), decision(1, 0.9)))
    assert window.teaching.save_as_example() is False
    # For a mouse as for the keys (it told someone who clicked to press keys).
    shown(qtbot, window, "Not read as a digit: choose the digit it is (its button or key), "
          "or Not a digit (N)")


def test_cancelled_training_says_the_model_has_not_changed(window, qtbot):
    model = window.session.classifier.model
    window.session.trainer.cancelled.emit()
    shown(qtbot, window, "Cancelled: the model in use has not changed")
    assert window.session.classifier.model is model
    assert window.training_panel.progress.value() <= 0  # not frozen where it stopped


def test_reset_to_the_bundled_model_says_so(window, qtbot):
    window.reset_action.trigger()
    shown(qtbot, window, "Using the bundled model again")


def test_the_message_is_named_described_closable_and_goes_away(window, qtbot):
    bar = window.message_bar
    assert bar.accessibleName() == "Message"
    assert bar.close_button.accessibleName() == "Close message"
    bar.show_message("Something happened", timeout_ms=0)
    assert bar.accessibleDescription() == "Something happened"
    click(qtbot, bar.close_button)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert bar.text() == ""
    bar.show_message("Gone soon", timeout_ms=50)
    assert bar.isVisible()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)


def test_a_drawing_saved_as_an_eight_says_an_8_and_is_announced(window, qtbot):
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "8")  # a correction: it is an 8
    shown(qtbot, window, "Saved as an 8")
    # What a screen reader is told is the message itself, not only that something changed.
    assert window.message_bar.accessibleDescription().startswith("Saved as an 8")


def test_a_question_replaced_by_a_passing_message_comes_back(window, qtbot):
    # "Kept your current model... Use the new one anyway?" waits for an answer; a
    # language chosen in the Edit menu said something else over it, and it was gone.
    from app.feedback import tell

    used = []
    tell(window, "Use the new one anyway?", "info", "Use the new one",
         lambda: used.append(True), timeout_ms=0)
    bar = window.message_bar
    from PySide6.QtWidgets import QMenu

    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    languages = next(a.menu() for a in edit.actions() if isinstance(a.menu(), QMenu))
    next(a for a in languages.actions() if a.text() == "English").trigger()
    shown(qtbot, window, "Digit Canvas already speaks this language.")
    bar.timer.timeout.emit()  # that message times out ...
    assert bar.text() == "Use the new one anyway?"  # ... and the question is back
    assert not bar.timer.isActive()  # still waiting for an answer
    press_stroke(qtbot, window.canvas, SEVEN[:-1])  # out of the way while a stroke is drawn
    assert not bar.isVisible()
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*SEVEN[-1]))
    assert bar.text() == "Use the new one anyway?"  # ... and back after it (it was lost)
    click(qtbot, bar.action_button)
    assert used == [True] and not bar.isVisible()
    tell(window, "Saved as a 3")  # answered: nothing comes back
    bar.timer.timeout.emit()
    assert not bar.isVisible()


def test_the_keyboard_goes_back_to_the_canvas_when_the_bar_it_was_on_goes(window, qtbot):
    # "Use the new one" clicked: the keyboard went on to the answer, framed in black.
    used = []
    tell(window, "Use the new one anyway?", action_text="Use the new one",
         action=lambda: used.append(True), timeout_ms=0)
    bar = window.message_bar
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar.action_button.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert used == [True]
    qtbot.waitUntil(window.canvas.hasFocus)


def test_a_message_with_the_keyboard_on_it_stays_until_the_keyboard_leaves(window, qtbot):
    # A screen reader on its Undo: the bar went from under it after ten seconds.
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "7")
    bar = window.message_bar
    shown(qtbot, window, "Saved as a 7")
    bar.action_button.setFocus(Qt.FocusReason.TabFocusReason)
    bar.timer.timeout.emit()  # its time is up
    assert bar.isVisible() and bar.timer.isActive()
    window.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    bar.timer.timeout.emit()
    assert not bar.isVisible()


def test_a_late_click_on_the_close_button_draws_nothing(window, qtbot, monkeypatch):
    # The bar hid itself as a person reached its ✕: the click drew a dot on the canvas.
    import app.message_bar as message_bar

    canvas, bar = window.canvas, window.message_bar
    tell(window, "Saved as a 7")
    shown(qtbot, window, "Saved as a 7")
    close = canvas.mapFromGlobal(bar.close_button.mapToGlobal(bar.close_button.rect().center()))
    clock = [100.0]
    monkeypatch.setattr(message_bar, "clock", lambda: clock[0])
    bar.timer.timeout.emit()  # its time is up, the pointer not yet on it
    assert not bar.isVisible()
    clock[0] += 0.3
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=close)
    assert canvas.is_empty()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=close)  # a second one draws
    assert not canvas.is_empty()
    window.canvas.clear()
    # A finger's tap there too.
    from PySide6.QtTest import QTest

    tell(window, "Saved as a 7")
    shown(qtbot, window, "Saved as a 7")
    bar.timer.timeout.emit()
    # QTest takes the point on the screen (offscreen, it shifted the tap by the window's place).
    finger, there = QTest.createTouchDevice(), canvas.mapToGlobal(close)
    QTest.touchEvent(canvas, finger).press(0, there).commit()
    QTest.touchEvent(canvas, finger).release(0, there).commit()
    assert canvas.is_empty()
    QTest.touchEvent(canvas, finger).press(0, there).commit()  # a second tap draws
    QTest.touchEvent(canvas, finger).release(0, there).commit()
    assert not canvas.is_empty()
    window.canvas.clear()
    # Later, or elsewhere on the canvas, a click draws as always.
    for later, where in ((1.0, close), (0.1, QPoint(20, 20))):
        tell(window, "Saved as a 7")
        shown(qtbot, window, "Saved as a 7")
        bar.timer.timeout.emit()
        clock[0] += later
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=where)
        assert not canvas.is_empty()
        window.canvas.clear()


@pytest.mark.parametrize("choice", ["Yes", "No"])
def test_the_question_before_quitting_a_training_names_its_icon(window, choice):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    seen = {}

    def answer():  # runs in the question's own event loop, once it is shown
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        try:
            seen["default"] = box.defaultButton().text().replace("&", "")
            seen["icon"] = [label.accessibleName() for label in box.findChildren(QLabel)
                            if label.pixmap() is not None and not label.pixmap().isNull()]
            box.button(getattr(QMessageBox.StandardButton, choice)).click()
        finally:  # whatever went wrong above, the question ends (the run would hang)
            if box.isVisible():
                box.done(QMessageBox.StandardButton.Cancel)
    QTimer.singleShot(0, answer)
    assert window.confirm_stop_training() is (choice == "Yes")
    assert seen == {"default": "No", "icon": ["Question"]}  # said "icon"; No is the safe key
