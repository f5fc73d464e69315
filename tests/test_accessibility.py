"""What a screen reader gets: a name for every control, painted content as text, the answer."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from app.accessibility import maps_text, probabilities_text
from app.inspector_panels import LayerStrip, PixelView, SoftmaxStrip
from model.look_inside.images import Grid
from tests.window_driver import ONE, SEVEN, draw, press_stroke

pytestmark = pytest.mark.gui

# "99.9 %" where 100 would overstate it (percent() never rounds up to certainty)
TEN_PERCENTS = re.compile(r"^0: \d+(\.\d)? %(, [1-9]: \d+(\.\d)? %){9}$")


@pytest.fixture
def window(active_app_window):
    return active_app_window


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads (set, or derived from the text or a label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def controls(window: QWidget) -> list[QWidget]:
    """Every visible control: what takes the keyboard, every button, the painted widgets."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if widget.focusProxy() is not None:
            continue
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, QAbstractButton)
                or widget in (window.canvas, window.preview, window.chart,
                              window.prediction_label)):
            found.append(widget)
    return found


def unnamed(window: QWidget) -> list[str]:
    return [w.objectName() or type(w).__name__ for w in controls(window)
            if not accessible_name(w).strip()]


def test_every_visible_control_has_an_accessible_name(window):
    assert len(controls(window)) > 25
    assert unnamed(window) == []


def test_every_control_of_a_number_has_a_name_too(window, qtbot):
    draw(qtbot, window.canvas, ONE)
    draw(qtbot, window.canvas, [(x + 260, y) for x, y in SEVEN])
    window.training_panel.settings_toggle.setChecked(True)
    assert unnamed(window) == []


def test_the_canvas_is_named_and_says_how_to_use_it_and_what_is_drawn(window, qtbot):
    canvas = window.canvas
    assert accessible_name(canvas) == "Drawing canvas"
    assert "Keys 0 to 9" in canvas.accessibleDescription()
    assert "(Ctrl+O)" in canvas.accessibleDescription()  # how a keyboard alone gives it a digit
    assert "blank" in canvas.accessibleDescription()
    draw(qtbot, canvas, SEVEN)
    qtbot.waitUntil(lambda: "Read as 7" in canvas.accessibleDescription())


def test_the_histogram_lists_the_ten_probabilities_after_a_drawing(window, qtbot):
    assert "No probabilities yet" in window.chart.accessibleDescription()
    draw(qtbot, window.canvas, SEVEN)
    qtbot.waitUntil(lambda: window.prediction_label.text() == "7")
    text = window.chart.accessibleDescription()
    assert TEN_PERCENTS.match(text), text
    shown = window.chart.values()
    said = float(re.search(r"7: ([\d.]+) %", text).group(1))
    assert said == pytest.approx(shown[7] * 100, abs=0.5) and said < 100 or shown[7] == 1.0
    assert accessible_name(window.chart) == "Probabilities of each digit"


def test_the_preview_says_what_the_network_sees(window, qtbot):
    assert "Empty" in window.preview.accessibleDescription()
    draw(qtbot, window.canvas, SEVEN)
    qtbot.waitUntil(lambda: "pixels have ink" in window.preview.accessibleDescription())


def test_probabilities_text_names_all_ten_digits():
    values = np.array([0.01, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.97, 0.02, 0.0])
    assert probabilities_text(values) == ("0: 1 %, 1: 0 %, 2: 0 %, 3: 0 %, 4: 0 %, 5: 0 %, "
                                          "6: 0 %, 7: 97 %, 8: 2 %, 9: 0 %")


def test_look_inside_maps_are_named_and_described(qtbot):
    strip = LayerStrip("c1", "First convolution: 16 maps", Grid(16, 4, 28, 28))
    qtbot.addWidget(strip)
    assert accessible_name(strip) == "First convolution: 16 maps"
    assert "Empty" in strip.accessibleDescription()
    values = np.zeros((28, 28, 16), np.float32)
    values[3, 4, 11] = 2.5
    strip.set_maps(None, None, None, values)
    assert strip.accessibleDescription() == (
        "16 maps of 28 by 28 cells; the strongest is map 12. Click a map, or choose one with the "
        "arrow keys, to see it enlarged.")
    assert strip.tooltip(11).endswith("(click to see it enlarged)")  # the mouse's hint
    strip.set_maps(None, Grid(16, 4, 28, 28), None, values)
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Return)  # chosen by key: no "click" said, it is enlarged
    assert strip.accessibleDescription() == "Map 1: largest 0.000, average 0.000"
    assert maps_text(values[..., :1]) == "One map of 28 by 28 cells."  # not "1 maps"
    softmax = SoftmaxStrip("Probabilities")
    qtbot.addWidget(softmax)
    softmax.set_probabilities(np.eye(10)[3])
    assert softmax.accessibleDescription().startswith("0: 0 %, 1: 0 %, 2: 0 %, 3: 100 %")
    view = PixelView(100, "saliencyView")
    qtbot.addWidget(view)
    assert accessible_name(view) == "Where the drawing mattered to the answer"
    view.set_pixels(np.zeros((28, 28, 3), np.uint8))
    assert view.accessibleDescription() == "A picture of 28 by 28 pixels"


def test_logits_are_read_with_their_digits():
    text = maps_text(np.arange(10, dtype=float).reshape(1, 1, 10), labels=list("0123456789"))
    assert text.startswith("0: 0.00, 1: 1.00")


def test_the_explorer_grid_and_confusion_matrix_are_read_as_text(qtbot):
    from PySide6.QtGui import QImage

    from app.confusion_matrix import ConfusionMatrixView
    from app.image_grid import GridCell, ImageGrid

    grid = ImageGrid()
    qtbot.addWidget(grid)
    assert accessible_name(grid) == "Test images"
    picture = QImage(28, 28, QImage.Format.Format_Grayscale8)
    grid.set_cells([GridCell(5, picture, "#5", "true 4 · read 9", "61 %", wrong=True),
                    GridCell(8, picture, "#8", "true 1 · read 1", "99 %")])
    grid.set_selected(5)
    keys = " Arrows choose an image; Enter shows it in the main window."  # a painted grid
    assert grid.accessibleDescription() == ("2 images on this page. "
                                            "Selected: #5 true 4 · read 9 61 %." + keys)
    # What the explorer's cards carry in words is said instead ("pred 2 #1 99.9 %" was cryptic).
    grid.set_cells([GridCell(5, picture, "#5", "read 9", "61 %", wrong=True,
                             tooltip="Test image #5 · true digit 4 · predicted 9 (61 %)")])
    assert grid.accessibleDescription() == (
        "One image on this page. Selected: Test image #5 · true digit 4 · predicted 9 (61 %)."
        + keys)
    matrix = ConfusionMatrixView()
    qtbot.addWidget(matrix)
    assert accessible_name(matrix).startswith("Confusion matrix")
    counts = np.diag(np.full(10, 90))
    counts[4, 9], counts[7, 2] = 6, 3
    matrix.set_matrix(counts)
    assert matrix.accessibleDescription() == (
        "99.01 % right of 909 test digits. Most common mistakes: 4 read as 9 (6 times); "
        "7 read as 2 (3 times). Arrows move from cell to cell; Enter shows a cell's images.")


def named_controls_missing(window: QWidget) -> list[str]:
    """Controls of a secondary window (what takes Tab, every button) without a name."""
    missing = []
    for widget in window.findChildren(QWidget):
        if (widget.isVisibleTo(window) and widget.window() is window
                and widget.focusProxy() is None
                and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                     or isinstance(widget, QAbstractButton))
                and not accessible_name(widget).strip()):
            missing.append(widget.objectName() or type(widget).__name__)
    return missing


@pytest.mark.parametrize("name", ["inspector", "explorer", "drawings", "models"])
def test_every_control_of_the_secondary_windows_has_a_name(app_window, qtbot, name):
    opened = app_window.windows.show(name)
    qtbot.waitUntil(opened.isVisible)
    if name == "explorer":  # its test set loaded and read: all its controls are there
        qtbot.waitUntil(lambda: app_window.session.mnist is not None
                        and not opened.is_evaluating(), timeout=60_000)
    assert named_controls_missing(opened) == []
    # A window, with its title as its name (a plain QWidget is a "filler" to AT-SPI).
    assert role_and_name(opened) == (QAccessible.Role.Window, opened.windowTitle())


@pytest.mark.parametrize("name", [None, "drawings"])
def test_an_open_menu_is_named_by_its_title(app_window, qtbot, name):
    # My drawings' "Relabel as" opened as a nameless menu: a reader said only its items.
    window = app_window if name is None else app_window.windows.show(name)
    menus = window.findChildren(QMenu)
    assert len(menus) >= (5 if name is None else 3)  # File ... Help and Language; Relabel ...
    assert {accessible_name(m) for m in menus} >= (
        {"File", "Edit", "Model", "Help"} if name is None else {"Relabel as", "Export", "Import"})
    assert all(accessible_name(m) == m.title().replace("&", "") for m in menus)


def role_and_name(widget: QWidget) -> tuple[object, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role(), interface.text(QAccessible.Text.Name)


def listed(widget: QWidget) -> bool:
    """Whether a screen reader sees ``widget`` (a spin box's line edit, for one, it does not)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    parent = interface.parent()
    return parent is not None and parent.indexOfChild(interface) >= 0


def unnamed_focusable_or_filler(window: QWidget) -> list[str]:
    """What AT-SPI lists as focusable, or as a generic filler, with no name."""
    generic = (QAccessible.Role.Client, QAccessible.Role.NoRole)
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window or not listed(widget):
            continue
        role, name = role_and_name(widget)
        if not name.strip() and (widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                                 or role in generic):
            found.append(f"{widget.objectName() or type(widget).__name__} ({role.name})")
    return found


def test_no_focusable_widget_or_container_is_unnamed(window, qtbot):
    assert unnamed_focusable_or_filler(window) == []
    window.training_panel.settings_toggle.setChecked(True)
    draw(qtbot, window.canvas, ONE)
    draw(qtbot, window.canvas, [(x + 260, y) for x, y in SEVEN])
    qtbot.waitUntil(window.prediction_panel.is_number)
    assert unnamed_focusable_or_filler(window) == []


def test_the_training_status_is_read_with_its_text(window):
    status = window.training_panel.status
    status.setText("Epoch 2/7")
    assert accessible_name(status) == "Epoch 2/7"
    assert status.accessibleDescription() == "Training status"


def empty_labels_that_stop_or_speak(window: QWidget) -> list[str]:
    """Visible labels with no text that take focus on a click or that a screen reader names."""
    return [f"{label.objectName()}: {accessible_name(label)!r}"
            for label in window.findChildren(QLabel)
            if label.isVisibleTo(window) and not label.text() and label.pixmap().isNull()
            and (label.focusPolicy() != Qt.FocusPolicy.NoFocus or accessible_name(label))]


def test_an_empty_label_is_no_focus_stop_and_no_named_stray(window):
    from model.network.recipe import DEFAULT
    from model.network.train_events import Step

    panel = window.training_panel
    assert empty_labels_that_stop_or_speak(window) == []
    panel.on_started(DEFAULT)
    panel.on_step(Step(step=1, total_steps=4, epoch=1, epochs=2, loss=0.5,
                       images_per_second=100.0))
    assert panel.details.isVisibleTo(window) and accessible_name(panel.details).startswith("loss")
    panel.on_ended("Cancelled")
    assert empty_labels_that_stop_or_speak(window) == []


def test_the_preset_list_is_labelled_by_its_purpose(window):
    combo = window.training_panel.presets.combo
    interface = QAccessible.queryAccessibleInterface(combo)
    labels = [other.text(QAccessible.Text.Name)
              for other, _ in interface.relations(QAccessible.RelationFlag.Label)]
    assert labels == ["Preset"]


def test_settings_is_a_button_that_expands_and_collapses(window, qtbot):
    toggle = window.training_panel.settings_toggle
    interface = QAccessible.queryAccessibleInterface(toggle)
    assert interface.role() == QAccessible.Role.Button
    assert interface.text(QAccessible.Text.Name) == "Settings"
    state = interface.state()
    assert (state.expandable, state.collapsed, state.expanded, state.checked) == (
        True, True, False, False)
    interface.actionInterface().doAction(interface.actionInterface().actionNames()[0])
    qtbot.waitUntil(window.training_panel.settings_box.isVisible)
    assert QAccessible.queryAccessibleInterface(toggle).state().expanded


def test_tile_names_are_set_once_the_stroke_ends(window, qtbot):
    draw(qtbot, window.canvas, ONE)
    draw(qtbot, window.canvas, [(x + 260, y) for x, y in SEVEN])
    qtbot.waitUntil(window.prediction_panel.is_number)
    settled = window.access.last_announcement
    press_stroke(qtbot, window.canvas, [(x + 520, y) for x, y in ONE])
    window.update_prediction(search_cuts=False)  # a live reading mid-stroke
    panel = window.prediction_panel
    assert not panel.tile(0).accessibleName().startswith("Digit")
    assert window.access.last_announcement == settled
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(720, 330))
    qtbot.waitUntil(lambda: panel.tile(0).accessibleName() == "Digit 1 of 3")
    qtbot.waitUntil(lambda: window.access.last_announcement != settled)
    # One digit of the number chosen: read as a radio button, not a check box "checked".
    tile = QAccessible.queryAccessibleInterface(panel.tile(0))
    assert tile.role() == QAccessible.Role.RadioButton
    assert tile.state().checked == panel.tile(0).isChecked()
    assert tile.actionInterface().actionNames() == ["Press"]
    said = panel.tile(0).accessibleDescription()  # was "Read as 1  99.9 %. Press Space..."
    assert re.fullmatch(r"Read as 1, [\d.]+ % sure\. Space shows its histogram\.", said), said


def test_tiles_too_narrow_for_their_figures_still_say_them(window, qtbot):
    panel = window.prediction_panel
    panel.tiles.setMaximumWidth(110)  # two tiles with "1  99.9 %" do not fit: "1" alone
    draw(qtbot, window.canvas, ONE)
    draw(qtbot, window.canvas, [(x + 260, y) for x, y in SEVEN])
    qtbot.waitUntil(lambda: panel.is_number() and panel.tile(0).text() == "1")
    said = panel.tile(0).accessibleDescription()
    assert re.fullmatch(r"Read as 1, [\d.]+ % sure\. Space shows its histogram\.", said), said


def test_the_histogram_is_described_to_a_reader_once_the_stroke_ends(window, qtbot):
    # Live readings move the bars every 40 ms; a description each time would chatter.
    chart = window.chart
    press_stroke(qtbot, window.canvas, SEVEN[:3])
    window.update_prediction(search_cuts=False)  # a live reading mid-stroke
    assert max(chart.values()) > 0  # the bars moved
    assert chart.accessibleDescription() == probabilities_text(None)
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*SEVEN[3]))
    qtbot.waitUntil(lambda: chart.accessibleDescription() == probabilities_text(chart.values()))
    assert chart.accessibleDescription() != probabilities_text(None)


def test_look_inside_lists_no_unnamed_container_or_focusable_widget(app_window, qtbot):
    opened = app_window.windows.show("inspector")
    qtbot.waitUntil(opened.isVisible)
    assert unnamed_focusable_or_filler(opened) == []


def test_every_list_to_choose_from_has_a_label_a_reader_names_it_by(app_window, qtbot):
    # On Linux Qt names a combo box by its current item ("All images") and leaves its
    # name to the label's labelled-by relation: a combo without a buddy label is unnamed.
    from PySide6.QtWidgets import QComboBox

    windows = [app_window, *(app_window.windows.show(name) for name in ("explorer", "drawings"))]
    qtbot.waitUntil(windows[1].is_ready, timeout=60_000)  # its evaluation's thread has ended
    combos = [c for w in windows for c in w.findChildren(QComboBox)]
    assert len(combos) >= 4  # preset, language, the explorer's and My drawings' filters
    labelled = {id(label.buddy()) for w in windows for label in w.findChildren(QLabel)}
    assert [c.objectName() for c in combos if id(c) not in labelled] == []


def test_the_pen_width_is_labelled_pen_for_a_reader(window):
    label = next(w for w in window.findChildren(QLabel) if w.buddy() is window.pen_width)
    assert label.text() == "Pen"  # was " Pen ": spaces for room, read out as they are


def test_painted_widgets_say_what_they_are_not_filler(app_window, qtbot):
    def role(widget: QWidget) -> QAccessible.Role:
        return QAccessible.queryAccessibleInterface(widget).role()

    assert role(app_window.canvas) == QAccessible.Role.Canvas
    assert role(app_window.chart) == QAccessible.Role.Chart
    assert role(app_window.training_panel.curves) == QAccessible.Role.Chart
    assert role(app_window.preview) == QAccessible.Role.Graphic
    inspector = app_window.windows.show("inspector")
    qtbot.waitUntil(inspector.isVisible)
    assert role(inspector.strips["c1"]) == QAccessible.Role.Graphic
    assert role(inspector.softmax_strip) == QAccessible.Role.Chart
    assert role(inspector.side.detail_view) == QAccessible.Role.Graphic
    from app.confusion_matrix import ConfusionMatrixView
    from app.image_grid import ImageGrid

    grid, matrix = ImageGrid(), ConfusionMatrixView()  # the explorer's: they were "filler"
    qtbot.addWidget(grid)
    qtbot.addWidget(matrix)
    assert role(grid) == QAccessible.Role.Graphic and role(matrix) == QAccessible.Role.Chart
    interface = QAccessible.queryAccessibleInterface(app_window.canvas)
    assert interface.text(QAccessible.Text.Name) == "Drawing canvas"  # names kept
    assert interface.state().focusable


def test_the_teach_buttons_say_which_digit_of_a_number_they_save(window, qtbot):
    row = window.teach_row
    assert row.digit_buttons[4].accessibleDescription() == "Save this drawing as a 4 (key 4)"
    assert row.digit_buttons[8].accessibleName() == "It's an 8"  # was "It's a 8"
    window.canvas.draw_stroke([(200, 100), (205, 200), (210, 320)])
    window.canvas.draw_stroke([(420, 100), (425, 200), (430, 320)])
    qtbot.waitUntil(lambda: window.prediction_panel.is_number())
    assert row.digit_buttons[4].accessibleDescription().startswith("Save digit 1 of 2 as a 4")
    assert row.not_a_digit_button.accessibleDescription().startswith("Save digit 1 of 2")
    window.canvas.clear()  # a reader heard "Save digit 2 of 3" on a blank canvas
    qtbot.waitUntil(lambda: not window.prediction_panel.is_number())
    assert row.digit_buttons[4].accessibleDescription() == "Save this drawing as a 4 (key 4)"


def test_a_tile_that_is_not_a_digit_says_how_close_a_digit_comes(window, qtbot):
    # Its tooltip said it, a screen reader heard only "Not a digit".
    from tests.test_number import decision, reading_of

    window.session.show_reading(reading_of(decision(2), decision(5, 0.6, "not_a_digit")))
    qtbot.waitUntil(window.prediction_panel.is_number)
    said = window.prediction_panel.tile(1).accessibleDescription()
    assert said == "Not a digit: closest: 5 (60 %). Space shows its histogram.", said


def test_the_training_buttons_say_what_they_do(window):
    # "Settings" and "Cancel" had no description: what they show or stop was a guess.
    panel = window.training_panel
    for button in (panel.settings_toggle, panel.cancel_button, panel.retrain_button):
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface.text(QAccessible.Text.Description).strip(), button.objectName()


def test_the_focus_frames_of_the_answer_are_whole(active_app_window, qtbot):
    # The answer's frame had no left edge: its panel, the frame's parent, clipped it.
    window = active_app_window
    frame = window.access.focus_frame
    for framed in (window.prediction_label, window.preview, window.training_panel.curves):
        framed.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda f=framed: frame.widget() is f and frame.isVisible())
        assert frame.parentWidget().rect().contains(frame.geometry()), framed.objectName()


def test_a_step_of_the_keyboard_is_said_once(reader, qtbot):
    # An arrow in the matrix changed its description and was announced too: a screen
    # reader said it twice (and a description change went out twice, Qt's and ours).
    from app.accessibility import announce, set_description
    from app.confusion_matrix import ConfusionMatrixView

    matrix = ConfusionMatrixView()
    qtbot.addWidget(matrix)
    matrix.set_matrix(np.diag(np.full(10, 100)).astype(np.int64))
    matrix.show()
    qtbot.waitExposed(matrix)
    matrix.hasFocus = lambda: True  # an offscreen window need not take the keyboard
    described = matrix.accessibleDescription()
    reader.events.clear()
    matrix._keyboard_to((2, 3))
    assert reader.events == [("QAccessibleAnnouncementEvent", reader.said()[0])]
    assert reader.said()[0].startswith("true 2, predicted 3: 0 images")
    assert matrix.accessibleDescription() == described  # not said a second time
    label = QLabel()
    qtbot.addWidget(label)
    announce(label, "Saved")  # no keyboard on it: its description says it for later
    set_description(label, "Deleted")
    assert label.accessibleDescription() == "Deleted"
    assert [kind for kind, _ in reader.events[1:]] == ["QAccessibleAnnouncementEvent"]


def test_the_toolbars_more_button_is_named(app_window):
    # Shown when the window is too narrow for every tool: a reader heard an unnamed check box.
    more = app_window.findChild(QAbstractButton, "qt_toolbar_ext_button")
    assert more is not None and more.accessibleName() == "More tools"
