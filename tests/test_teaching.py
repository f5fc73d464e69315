"""Correcting the app from the window: saved drawings, fine-tuning, persistence."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QDialog

from app.main_window import MainWindow
from tests.window_driver import use_new_model_if_offered, wait_for_decision

SEVEN = [(120, 100), (300, 100), (170, 340)]
SEVEN_RIGHT = [(x + 300, y) for x, y in SEVEN]


@pytest.fixture
def window(app_window, monkeypatch):
    import dataclasses

    from model.network import recipe
    unseeded = recipe.fine_tune_config
    monkeypatch.setattr(recipe, "fine_tune_config",
                        lambda samples: dataclasses.replace(unseeded(samples), seed=0))
    return app_window


def test_a_correction_stores_exactly_one_row_and_clears_the_canvas(window, qtbot):
    window.canvas.draw_stroke(SEVEN)
    shown = window.last_input.copy()
    predicted = window.last_prediction.digit
    qtbot.keyClick(window, Qt.Key.Key_2)
    samples = window.session.drawings.list()
    assert len(samples) == 1
    assert samples[0].label == 2 and samples[0].predicted == predicted
    assert np.array_equal(samples[0].image, np.round(shown * 255).astype(np.uint8))
    assert window.session.drawings.drawing(samples[0].id)[:8] == b"\x89PNG\r\n\x1a\n"
    assert window.canvas.is_empty() and window.last_prediction is None


def test_add_as_example_keeps_the_predicted_label(window):
    window.canvas.draw_stroke(SEVEN)
    digit = window.last_prediction.digit
    window.add_example_button.click()
    assert [s.label for s in window.session.drawings.list()] == [digit]


def test_a_number_kept_is_listed_in_my_drawings_as_it_was_written(window):
    # My drawings lists the newest first: a kept 231 was listed 1, 3, 2.
    from tests.test_number import decision, reading_of

    window.canvas.draw_stroke(SEVEN)  # something on the canvas, as when a number is read
    window.session.show_reading(reading_of(decision(2), decision(3), decision(1)))
    assert window.teaching.save_as_example()
    assert [s.label for s in window.session.drawings.list()] == [2, 3, 1]


def test_right_keep_it_never_saves_a_digit_of_a_number_twice(window):
    # A 5 corrected by its key, then "Right: keep it" on the 35: My drawings had two 5s.
    from tests.test_number import decision, reading_of

    window.canvas.draw_stroke(SEVEN)
    window.session.show_reading(reading_of(decision(3), decision(6)))
    window.prediction_panel.select(1)
    assert window.teaching.save_sample(5)
    assert window.teaching.save_as_example()
    assert sorted(s.label for s in window.session.drawings.list()) == [3, 5]
    assert window.message_bar.text().startswith("Saved 3 as 1 example")  # not "36"
    window.canvas.draw_stroke(SEVEN)
    window.session.show_reading(reading_of(decision(3), decision(6)))
    for index, label in ((0, 3), (1, 5)):
        window.prediction_panel.select(index)
        assert window.teaching.save_sample(label)
    assert not window.teaching.save_as_example()
    assert window.message_bar.text() == "Every digit of this number is saved already"
    assert len(window.session.drawings) == 4
    # Read again (another model, a resized canvas): the tiles forget, keep does not.
    window.session.show_reading(reading_of(decision(3), decision(6)))
    assert not window.teaching.save_as_example()
    assert len(window.session.drawings) == 4


def test_a_numbers_tile_says_what_its_digit_is_saved_as_now(window):
    # Relabelled or deleted in My drawings, a tile still said "saved: 8".
    from tests.test_number import decision, reading_of

    window.canvas.draw_stroke(SEVEN)
    window.session.show_reading(reading_of(decision(3), decision(8)))
    window.prediction_panel.select(1)
    assert window.teaching.save_sample(8)
    drawings = window.session.drawings
    saved = drawings.list()[0].id
    drawings.relabel(saved, 3)
    window.session.drawingsChanged.emit()
    assert window.prediction_panel.saved_label(1) == 3
    # A store that cannot be read now: the tile keeps what it said, nothing breaks.
    from model.drawings import SampleStoreError

    def unreadable(ids):
        raise SampleStoreError("database disk image is malformed")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(drawings, "labels_of", unreadable)
        window.session.drawingsChanged.emit()
    assert window.prediction_panel.saved_label(1) == 3
    drawings.delete(saved)
    window.session.drawingsChanged.emit()
    assert window.prediction_panel.saved_label(1) is None
    assert window.teaching.save_as_example()  # now saved with the rest
    assert sorted(s.label for s in drawings.list()) == [3, 8]


def test_nothing_is_saved_from_an_empty_canvas_and_it_says_why(window):
    window.digit_buttons[3].click()
    assert len(window.session.drawings) == 0
    assert window.message_bar.text() == "Draw a digit first"
    window.message_bar.hide()
    window.add_example_button.click()  # "Right: keep it" did nothing visible
    assert len(window.session.drawings) == 0
    assert window.message_bar.isVisible() and window.message_bar.text() == "Draw a digit first"


def test_saved_drawings_survive_a_restart(window, qtbot):
    for digit in (1, 4, 7):
        window.canvas.draw_stroke([(200, 60), (190, 340)])
        window.digit_buttons[digit].click()
    window.close()
    again = MainWindow(data_dir=window.data_dir, load_model=False)
    qtbot.addWidget(again)
    assert sorted(s.label for s in again.session.drawings.list()) == [1, 4, 7]
    again.close()


def test_fine_tune_from_the_window_reports_both_accuracies(window, qtbot):
    for _ in range(3):
        window.canvas.draw_stroke(SEVEN)
        window.digit_buttons[7].click()
    old = window.session.classifier.model
    # From the Model menu and its keys too: only a button below the fold started it.
    action = window.finetune_action
    assert action in window.menuBar().actions()[2].menu().actions()
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    action.trigger()
    assert window.session.trainer.is_running()
    assert not action.isEnabled() and not window.retrain_action.isEnabled()
    status = wait_for_decision(qtbot, window)
    assert action.isEnabled()
    assert status.startswith("Done") and "your drawings" in status
    use_new_model_if_offered(qtbot, window)
    assert window.session.classifier.model is not old
    assert window.session.classifier.metadata["fine_tuned"] is True


def test_fine_tune_without_drawings_explains_what_to_do(window):
    assert window.training.start_fine_tune() is False
    assert not window.session.trainer.is_running()


def test_my_drawings_window_opens_on_the_same_store(window):
    window.canvas.draw_stroke(SEVEN)
    window.digit_buttons[7].click()
    window.samples_action.trigger()
    view = window.windows.get("drawings")
    assert view.isVisible() and view.shown_labels() == [7]
    view.close()


def test_ctrl_z_right_after_saving_takes_the_drawing_back(window, qtbot):
    window.canvas.draw_stroke(SEVEN)
    window.digit_buttons[1].click()  # the wrong digit, by mistake
    assert len(window.session.drawings) == 1 and window.canvas.is_empty()
    window.undo_action.trigger()
    assert len(window.session.drawings) == 0
    assert not window.canvas.is_empty()


def test_digit_keys_save_after_using_the_pen_width_box(window, qtbot):
    window.pen_width.setFocus()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton)  # a click-dot on the canvas
    window.canvas.draw_stroke(SEVEN)
    assert window.canvas.hasFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_7)
    assert [s.label for s in window.session.drawings.list()] == [7]


def test_a_drawing_deleted_in_my_drawings_takes_the_saved_bar_with_it(window, qtbot):
    # Its Undo then said "Save undone" of a deleted drawing,
    # and the Models window kept counting it.
    window.canvas.draw_stroke(SEVEN)
    qtbot.keyClick(window, Qt.Key.Key_7)
    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.text().startswith("Saved as a 7"))
    drawings = window.windows.show("drawings")
    drawings.list_view.selectAll()
    with qtbot.waitSignal(window.session.drawingsChanged):
        assert drawings.delete_selected()
    assert bar.text() == ""
    drawings.close()


def test_keys_meant_for_an_opening_dialog_save_nothing(window, qtbot):
    # Typed right after Ctrl+O, before the window manager made the file dialog active,
    # a path's digits reached the window's shortcuts and saved the picture as a digit.
    window.canvas.draw_stroke(SEVEN)
    keys = {s.key().toString(): s for s in window.findChildren(QShortcut)}
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    for key in ("2", "N", "Return"):
        keys[key].activated.emit()
    assert window.session.drawings.list() == [] and not window.canvas.is_empty()
    dialog.close()
    keys["2"].activated.emit()
    assert [s.label for s in window.session.drawings.list()] == [2]


def test_enter_presses_the_focused_button_and_keeps_the_drawing_only_from_the_canvas(
        window, qtbot):
    window.canvas.draw_stroke(SEVEN)
    toggle = window.training_panel.settings_toggle
    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(toggle.hasFocus)
    qtbot.keyClick(toggle, Qt.Key.Key_Return)  # kept the 7 as an example, settings shut
    qtbot.waitUntil(toggle.isChecked)
    assert window.session.drawings.list() == []
    epochs = window.training_panel.epochs
    epochs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(epochs.hasFocus)
    epochs.lineEdit().selectAll()
    qtbot.keyClicks(epochs, "3")
    qtbot.keyClick(epochs, Qt.Key.Key_Return)  # a field's own Enter
    assert epochs.value() == 3 and window.session.drawings.list() == []
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    assert [s.label for s in window.session.drawings.list()] == [7]


def test_enter_on_a_tile_keeps_the_number_and_gives_the_keyboard_back_to_the_canvas(
        window, qtbot):
    # The tiles went with the number, and the keyboard on to "It's a 0": a second
    # Enter pressed it.
    window.canvas.draw_stroke([(200, 100), (205, 200), (210, 320)])
    window.canvas.draw_stroke(SEVEN_RIGHT)
    qtbot.waitUntil(window.prediction_panel.is_number)
    window.update_prediction()  # settled, as after the release
    tile = window.prediction_panel.tile(1)
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert len(window.session.drawings.list()) == 2
    qtbot.waitUntil(window.canvas.hasFocus)
