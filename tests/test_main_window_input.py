"""The main window driven with the mouse and the keyboard, as a person uses it."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from tests.window_driver import LEFT, ONE, SEVEN, draw, key, press_stroke

pytestmark = pytest.mark.gui


@pytest.fixture
def window(active_app_window):
    return active_app_window


def shown_digit(window) -> str:
    return window.prediction_label.text()


def one_png(folder) -> str:
    path = folder / "one.png"
    image = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(image).line([(150, 30), (145, 270)], fill="black", width=22)
    image.save(path)
    return str(path)


def status_text(window) -> str:
    return window.message_bar.text()  # what happened is said in the window


# ------------------------------------------------------------------ drawing


def test_a_mouse_stroke_is_read_when_the_button_is_released(window, qtbot):
    assert shown_digit(window) == "–"
    draw(qtbot, window.canvas, ONE)
    assert shown_digit(window) == "1"
    assert window.confidence_label.text().endswith("sure")
    assert sum(window.chart.values()) == pytest.approx(1, abs=1e-5)
    assert window.chart.winner() == 1


def test_the_prediction_follows_a_stroke_that_is_still_being_drawn(window, qtbot):
    finished = []
    window.canvas.strokeFinished.connect(lambda: finished.append(True))
    press_stroke(qtbot, window.canvas, ONE[:3])  # the button is still down
    qtbot.waitUntil(lambda: shown_digit(window) != "–")
    assert not finished
    assert sum(window.chart.values()) == pytest.approx(1, abs=1e-5)
    early = window.preview.array().copy()
    for point in ONE[3:]:
        qtbot.mouseMove(window.canvas, QPoint(*point))
    # The rest of the stroke reaches the network while the button is still held.
    qtbot.waitUntil(lambda: not np.array_equal(window.preview.array(), early))
    assert not finished
    qtbot.mouseRelease(window.canvas, LEFT, pos=QPoint(*ONE[-1]))
    assert finished == [True] and shown_digit(window) == "1"


# ---------------------------------------------------------- undo, redo, clear


def test_undo_redo_and_clear_keys(window, qtbot):
    canvas = window.canvas
    draw(qtbot, canvas, ONE)
    drawn = canvas.to_array()
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    key(qtbot, canvas, "Ctrl+Z")
    qtbot.waitUntil(lambda: shown_digit(window) == "–")
    assert canvas.is_empty() and window.redo_action.isEnabled()
    key(qtbot, canvas, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: shown_digit(window) == "1")
    assert np.array_equal(canvas.to_array(), drawn)
    key(qtbot, canvas, "Ctrl+Z")
    qtbot.waitUntil(lambda: shown_digit(window) == "–")
    key(qtbot, canvas, "Ctrl+Y")
    qtbot.waitUntil(lambda: shown_digit(window) == "1")
    key(qtbot, canvas, "Delete")
    qtbot.waitUntil(lambda: shown_digit(window) == "–")
    assert canvas.is_empty()
    key(qtbot, canvas, "Ctrl+Z")  # a clear is one undo step too
    qtbot.waitUntil(lambda: shown_digit(window) == "1")
    key(qtbot, canvas, "Escape")  # never a clear: it brings the keyboard to the canvas
    assert shown_digit(window) == "1" and not canvas.is_empty()


# ------------------------------------------------------------------- saving


def test_enter_keeps_the_drawing_with_the_predicted_digit(window, qtbot):
    draw(qtbot, window.canvas, ONE)
    key(qtbot, window.canvas, "Return")
    assert [s.label for s in window.session.drawings.list()] == [1]
    assert window.canvas.is_empty() and shown_digit(window) == "–"
    assert status_text(window).startswith("Saved as a 1 · 1 drawing of yours")


def test_enter_on_an_empty_canvas_saves_nothing(window, qtbot):
    key(qtbot, window.canvas, "Return")
    key(qtbot, window.canvas, "4")
    assert len(window.session.drawings) == 0
    assert status_text(window) in ("", "Draw a digit first")


def test_ctrl_z_right_after_a_save_takes_the_drawing_back(window, qtbot):
    draw(qtbot, window.canvas, SEVEN)
    drawn = window.canvas.to_array()
    key(qtbot, window.canvas, "1")  # the wrong key, by mistake
    assert len(window.session.drawings) == 1 and window.canvas.is_empty()
    key(qtbot, window.canvas, "Ctrl+Z")
    assert len(window.session.drawings) == 0
    assert np.array_equal(window.canvas.to_array(), drawn)
    assert "Save undone" in status_text(window)
    qtbot.waitUntil(lambda: shown_digit(window) != "–")  # read again, as the person sees
    key(qtbot, window.canvas, "7")  # the right key this time
    assert [s.label for s in window.session.drawings.list()] == [7]



def test_ctrl_z_after_opening_a_picture_takes_the_picture_back_not_the_save(
        window, qtbot, tmp_path):
    # Only a stroke ended "right after a save": Ctrl+Z after opening a picture
    # deleted the drawing saved before it.
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "7")
    picture = Image.new("RGB", (200, 260), "white")
    ImageDraw.Draw(picture).line([(100, 30), (100, 230)], fill="black", width=18)
    picture.save(tmp_path / "one.png")
    assert window.open_image(tmp_path / "one.png")
    key(qtbot, window.canvas, "Ctrl+Z")
    assert [s.label for s in window.session.drawings.list()] == [7]  # the save is kept
    assert window.canvas.is_empty()  # the canvas as it was before the picture

def test_redo_after_a_save_was_taken_back_saves_it_again(window, qtbot):
    # Redo only cleared the canvas again and saved nothing; a further Ctrl+Z brought it back.
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "7")
    key(qtbot, window.canvas, "Ctrl+Z")
    assert len(window.session.drawings) == 0 and not window.canvas.is_empty()
    key(qtbot, window.canvas, "Ctrl+Shift+Z")
    assert [s.label for s in window.session.drawings.list()] == [7]
    assert window.canvas.is_empty() and "Saved as a 7" in status_text(window)


def test_ctrl_z_after_a_save_and_a_new_stroke_undoes_only_the_stroke(window, qtbot):
    draw(qtbot, window.canvas, SEVEN)
    saved_drawing = window.canvas.to_array()
    key(qtbot, window.canvas, "7")
    assert [s.label for s in window.session.drawings.list()] == [7]
    draw(qtbot, window.canvas, ONE)  # the next digit
    key(qtbot, window.canvas, "Ctrl+Z")
    qtbot.waitUntil(lambda: shown_digit(window) == "–")
    assert window.canvas.is_empty()  # only the new stroke went
    assert [s.label for s in window.session.drawings.list()] == [7]  # the saved drawing stays
    key(qtbot, window.canvas, "Ctrl+Z")  # further back: the saved drawing is shown again
    assert np.array_equal(window.canvas.to_array(), saved_drawing)
    assert [s.label for s in window.session.drawings.list()] == [7]


# ------------------------------------------------------------ open and paste


def test_ctrl_o_opens_the_chosen_image(window, qtbot, tmp_path, monkeypatch):
    import app.main_window as main_window

    asked = []
    path = one_png(tmp_path)

    def choose(*args, **kwargs):
        asked.append(args)
        return path, "Images"

    monkeypatch.setattr(main_window.QFileDialog, "getOpenFileName", choose)
    key(qtbot, window.canvas, "Ctrl+O")
    assert len(asked) == 1
    assert shown_digit(window) == "1" and not window.canvas.is_empty()


def test_ctrl_o_cancelled_keeps_the_drawing(window, qtbot, monkeypatch):
    import app.main_window as main_window

    monkeypatch.setattr(main_window.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    draw(qtbot, window.canvas, SEVEN)
    before = window.canvas.to_array()
    key(qtbot, window.canvas, "Ctrl+O")
    assert np.array_equal(window.canvas.to_array(), before)


def test_ctrl_v_pastes_an_image(window, qtbot, tmp_path):
    QGuiApplication.clipboard().setImage(QImage(one_png(tmp_path)))
    key(qtbot, window.canvas, "Ctrl+V")
    assert shown_digit(window) == "1"


def test_ctrl_v_without_an_image_says_so_and_keeps_the_drawing(window, qtbot):
    QGuiApplication.clipboard().setText("not a picture")
    draw(qtbot, window.canvas, SEVEN)
    before = window.canvas.to_array()
    key(qtbot, window.canvas, "Ctrl+V")
    assert status_text(window) == "The clipboard holds no image"
    assert np.array_equal(window.canvas.to_array(), before)


# ------------------------------------------------------------ other windows


def new_window(qtbot, window):
    """The window that a shortcut opened, once it is in front (it then gets the keys)."""
    def opened():
        active = QApplication.activeWindow()
        return active is not None and active is not window and active.parent() is window

    qtbot.waitUntil(opened)
    return QApplication.activeWindow()


def test_ctrl_d_opens_my_drawings_and_escape_closes_it(window, qtbot):
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "7")
    key(qtbot, window.canvas, "Ctrl+D")
    view = new_window(qtbot, window)
    assert view.objectName() == "samplesView" and view.shown_labels() == [7]
    key(qtbot, view, "Escape")
    qtbot.waitUntil(lambda: not view.isVisible())


def test_ctrl_t_opens_the_test_set_explorer_on_mnist(window, qtbot):
    key(qtbot, window.canvas, "Ctrl+T")
    view = new_window(qtbot, window)
    qtbot.waitUntil(view.is_ready, timeout=120_000)
    # The whole test set, scored by the model in use.
    assert len(view.predictions()) == 10_000
    assert view.accuracy() == pytest.approx(window.session.classifier.metadata["test_accuracy"],
                                            abs=0.005)
    key(qtbot, view, "Escape")
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_pen_width_typed_below_the_least_becomes_the_least(window, qtbot):
    # 3 typed, then Tab: it went back to 18 without a word; the nearest width is 4.
    from PySide6.QtCore import Qt

    from app.canvas import PEN_WIDTH_MIN

    spin = window.pen_width
    window.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == PEN_WIDTH_MIN == window.canvas.pen_width


def test_esc_never_clears_the_drawing_it_brings_the_keyboard_back_to_it(window, qtbot):
    # Esc twice to be sure Look inside had closed: the second cleared the drawing.
    from PySide6.QtCore import Qt

    draw(qtbot, window.canvas, SEVEN)
    drawn = window.canvas.to_array().copy()
    window.teach_row.digit_buttons[3].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert (window.canvas.to_array() == drawn).all()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)  # Delete clears
    qtbot.waitUntil(window.canvas.is_empty)
    assert status_text(window) == "Canvas cleared"


def test_esc_on_the_canvas_closes_the_message_then_the_settings(window, qtbot):
    # The shortcuts window says so; on the canvas Esc did nothing (only inside the bar or
    # the settings).
    from PySide6.QtCore import Qt

    from app.feedback import tell

    panel = window.training_panel
    panel.settings_toggle.setChecked(True)
    draw(qtbot, window.canvas, SEVEN)
    tell(window, "Kept your current model. Use the new one anyway?", timeout_ms=0)
    window.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert not window.message_bar.isVisible() and panel.settings_box.isVisible()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert not panel.settings_box.isVisible()
    assert window.canvas.hasFocus() and not window.canvas.is_empty()
