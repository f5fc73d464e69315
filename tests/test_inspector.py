"""The "Look inside" window: opens with Ctrl+I, shows every layer, follows drawing and training."""

import dataclasses
import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.language import number
from model.look_inside import activations
from model.look_inside.images import as_maps
from model.network.numpy_net import NumpyNet
from model.network.train import Snapshot, TrainConfig
from tests.window_driver import use_new_model_if_offered

pytestmark = pytest.mark.gui

EXPECTED_COUNTS = {"input": 1, "c1": 16, "c2": 16, "p1": 16, "c3": 32, "c4": 32, "p2": 32,
                   "d1": 256, "logits": 10}


@pytest.fixture
def window(app_window):
    app_window.canvas.draw_stroke([(200, 80), (205, 200), (210, 330)])
    assert app_window.last_input is not None
    return app_window


def open_inspector(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.windows.get("inspector") is not None
                    and window.windows.get("inspector").isVisible())
    inspector = window.windows.get("inspector")
    inspector.resize(1320, 900)  # its wide layout (the offscreen screen is 800 px wide)
    qtbot.waitUntil(lambda: inspector.strips["c1"].image is not None)
    return inspector


def expected_inside(window):
    return activations.look_inside(window.session.classifier.net, window.last_input,
                               window.session.classifier.rule.temperature)


def test_ctrl_i_opens_it_from_the_model_menu_and_it_shows_every_layer(qtbot, window):
    menu_actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    assert window.inspect_action in menu_actions
    inspector = open_inspector(qtbot, window)
    expected = expected_inside(window)
    assert inspector.source_label.text() == "The canvas"
    for name, strip in inspector.strips.items():
        assert strip.isVisible(), name
        assert strip.grid.count == EXPECTED_COUNTS[name], name
        shown = strip.values.reshape(strip.values.shape[0], strip.values.shape[1], -1)
        values = expected.input if name == "input" else expected.layers[name]
        np.testing.assert_allclose(shown, as_maps(values), atol=1e-6, err_msg=name)
        assert strip.scale is not None  # every layer has its legend
    np.testing.assert_allclose(inspector.softmax_strip.probabilities,
                               window.last_prediction.probabilities, atol=1e-6)
    assert inspector.side.answer_button.text() == f"the most likely ({expected.digit})"


def test_a_new_drawing_updates_the_view(qtbot, window):
    inspector = open_inspector(qtbot, window)
    before = inspector.strips["c2"].values.copy()
    window.canvas.draw_stroke([(120, 120), (300, 120)])
    qtbot.waitUntil(lambda: not np.array_equal(inspector.strips["c2"].values, before))
    np.testing.assert_allclose(inspector.strips["c2"].values,
                               expected_inside(window).layers["c2"], atol=1e-6)
    window.canvas.clear()
    window.update_prediction()
    qtbot.waitUntil(lambda: inspector.strips["c2"].image is None)
    assert inspector.source_label.text() == "Draw a digit"
    assert inspector.saliency_map is None


def test_clicking_a_map_enlarges_it_with_its_filters_and_strongest_position(qtbot, window):
    inspector = open_inspector(qtbot, window)
    side = inspector.side  # before a map: no empty, unlabelled boxes for what it would show
    assert side.field_view.isHidden() and side.detail_filters.isHidden()
    strip = inspector.strips["c3"]
    top, left = strip.grid.origin(5)
    centre = QPoint(left + strip.grid.cell_width // 2, strip._image_top() + top + 10)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: inspector.selected == ("c3", 5))
    row, column, value = activations.strongest(expected_inside(window).layers["c3"][:, :, 5])
    assert inspector.side.detail_label.text().startswith("Third layer, map 6: click a cell")
    assert inspector.side.cell_view.cell.after == pytest.approx(value, abs=1e-4)  # its strongest
    assert inspector.side.detail_view.image is not None and inspector.side.detail_view.factor == 16
    (mark, _), = inspector.side.detail_view.marks
    assert (mark.x() + 1, mark.y() + 1) == (column * 16, row * 16)
    assert inspector.side.detail_filters.image is not None
    assert side.field_view.isVisible() and side.detail_filters.isVisible()
    assert "the 16 kernels of 3 by 3 weights that make map 6" in inspector.side.filter_note.text()
    assert inspector.side.detail_filters.accessibleDescription().startswith(
        "The 16 kernels of 3 by 3 weights behind map 6")  # a screen reader: not only its size
    assert strip.selected == 5
    # A pooling map has no filters of its own: the view says whose they are.
    inspector.select_map("p2", 3)
    assert "This layer has no kernels" in inspector.side.filter_note.text()
    assert "map 4 of the fourth layer" in inspector.side.filter_note.text()


def test_the_saliency_digit_picker_changes_the_map(qtbot, window):
    inspector = open_inspector(qtbot, window)
    answer = expected_inside(window).digit
    toward_answer = inspector.saliency_map.copy()
    np.testing.assert_allclose(toward_answer.sum(), 1.0)
    other = (answer + 3) % 10
    qtbot.mouseClick(inspector.side.digit_buttons[other], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"toward {other} (your pick" in inspector.side.saliency_label.text())
    assert not np.allclose(inspector.saliency_map, toward_answer)
    np.testing.assert_allclose(
        inspector.saliency_map,
        activations.saliency(window.session.classifier.params, expected_inside(window), other))
    assert "gradient × input" in inspector.findChild(type(inspector.side.saliency_label),
                                                     "methodLabel").text()
    qtbot.mouseClick(inspector.side.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "the most likely digit" in inspector.side.saliency_label.text())
    np.testing.assert_allclose(inspector.saliency_map, toward_answer)


def test_a_test_set_image_is_shown_with_its_label(qtbot, window):
    from tests.helpers import mnist

    inspector = open_inspector(qtbot, window)
    image, label = mnist().x_test[11], int(mnist().y_test[11])
    window.show_test_image(11, image, label)
    qtbot.waitUntil(lambda: inspector.source_label.text()
                    == f"MNIST test image · true label {label}")
    np.testing.assert_allclose(inspector.strips["input"].values[:, :, 0], image / 255.0,
                               atol=1e-6)


def test_a_test_set_image_is_never_called_the_persons_drawing(qtbot, window):
    from tests.helpers import mnist

    inspector = open_inspector(qtbot, window)
    window.show_test_image(11, mnist().x_test[11], int(mnist().y_test[11]))
    qtbot.waitUntil(lambda: inspector.source_label.text().startswith("MNIST test image"))
    inspector.select_map("c1", 0)
    inspector.select_cell(5, 5)
    side = inspector.side
    said = [side.cell_view.text(), side.filter_note.text(), side.field_view.accessibleDescription(),
            inspector.filter_strips["c1"].summary(0)]
    for strip in inspector.strips.values():
        said += [strip.caption, strip.help]
    assert not [text for text in said if "drawing" in text.lower()]


def test_following_a_snapshot_shows_its_filters_and_maps_then_returns(qtbot, window):
    inspector = open_inspector(qtbot, window)
    served = window.session.classifier.params
    rng = np.random.default_rng(0)
    params = {k: v + rng.normal(0, 0.1, v.shape).astype(np.float32) for k, v in served.items()}
    inspector.follow_snapshot(Snapshot(400, params))
    assert inspector.model_label.text() == "Following training, step 400"
    shown = inspector.filter_strips["c1"].values
    np.testing.assert_array_equal(shown, params["w_c1"].reshape(3, 3, -1))
    followed = activations.look_inside(NumpyNet(params), window.last_input)
    np.testing.assert_allclose(inspector.strips["c4"].values, followed.layers["c4"], atol=1e-6)
    # Unticked, the view shows the model in use again (and the snapshot once more when ticked).
    inspector.follow_box.setChecked(False)
    np.testing.assert_array_equal(inspector.filter_strips["c1"].values,
                                  served["w_c1"].reshape(3, 3, -1))
    inspector.follow_box.setChecked(True)
    assert inspector.model_label.text() == "Following training, step 400"
    inspector.training_ended()
    assert inspector.model_label.text().startswith("Model in use")
    np.testing.assert_array_equal(inspector.filter_strips["c1"].values,
                                  served["w_c1"].reshape(3, 3, -1))


def test_it_follows_a_real_retrain_and_ends_on_the_new_model(qtbot, window, monkeypatch):
    import app.training as training

    tiny = TrainConfig(epochs=1, batch_size=64, learning_rate=3e-3, train_limit=1024, seed=0)
    monkeypatch.setattr(window.training, "training_config", lambda: dataclasses.replace(tiny))
    monkeypatch.setattr(training, "SNAPSHOT_EVERY", 4)
    inspector = open_inspector(qtbot, window)
    served_c1 = window.session.classifier.params["w_c1"].copy()
    steps = []
    inspector.refreshed.connect(lambda: steps.append(inspector.model_label.text()))
    assert window.training.start_retrain()
    qtbot.waitUntil(lambda: any(s == "Following training, step 8" for s in steps),
                    timeout=120_000)
    use_new_model_if_offered(qtbot, window)
    followed = [s for s in steps if s.startswith("Following")]
    # A fresh run: the first snapshot is the random start, then every 4 of 16 steps.
    assert followed[:5] == [f"Following training, step {n}" for n in (0, 4, 8, 12, 16)]
    qtbot.waitUntil(lambda: inspector.model_label.text().startswith("Model in use"))
    new_c1 = window.session.classifier.params["w_c1"]
    assert not np.array_equal(new_c1, served_c1)
    np.testing.assert_array_equal(inspector.filter_strips["c1"].values,
                                  new_c1.reshape(3, 3, -1))


def test_a_hidden_view_does_no_work_and_catches_up_when_shown(qtbot, window):
    inspector = open_inspector(qtbot, window)
    inspector.close()
    refreshed = []
    inspector.refreshed.connect(lambda: refreshed.append(True))
    window.canvas.draw_stroke([(100, 300), (300, 300)])
    assert refreshed == []
    window.windows.show("inspector")
    qtbot.waitUntil(lambda: refreshed == [True])
    np.testing.assert_allclose(inspector.strips["c1"].values,
                               expected_inside(window).layers["c1"], atol=1e-6)


def test_the_filters_tab_shows_every_kernel_and_a_click_selects_the_map_it_makes(qtbot,
                                                                                 window):
    inspector = open_inspector(qtbot, window)
    inspector.tabs.setCurrentIndex(1)
    params = window.session.classifier.params
    for name, strip in inspector.filter_strips.items():
        qtbot.waitUntil(strip.isVisible)
        weights = params[f"w_{name}"]
        assert strip.grid.count == weights.shape[2] * weights.shape[3]
        assert strip.grid.columns == weights.shape[3]
        np.testing.assert_array_equal(strip.values, weights.reshape(3, 3, -1))
    strip = inspector.filter_strips["c2"]
    top, left = strip.grid.origin(3 * 16 + 7)  # from input map 3 to map 7
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton,
                     pos=QPoint(left + 5, strip._image_top() + top + 5))
    qtbot.waitUntil(lambda: inspector.selected == ("c2", 7))
    assert inspector.side.detail_label.text().startswith("Second layer, map 8:")
    assert "from input map 4 to map 8" in strip.tooltip(3 * 16 + 7)
    # The arrows go on from the kernel clicked (they said the first kernel again and again).
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Down)
    assert strip.selected == 4 * 16 + 8 and inspector.selected == ("c2", 8)
    assert strip.accessibleDescription().startswith("Kernel from input map 5 to map 9")


def shown_value(text: str) -> float:
    """The value a cell view ends on ("... : <b>1.234</b>", in the C locale of the tests)."""
    return float(re.findall(r"<b>(-?[0-9.]+)</b>", text)[-1])


@pytest.mark.parametrize("layer", ["c1", "c2", "p1", "c4"])
def test_a_clicked_cell_shows_its_sum_and_it_is_the_maps_value(qtbot, window, layer):
    inspector = open_inspector(qtbot, window)
    inspector.select_map(layer, 2)
    view = inspector.side.detail_view
    factor = view.factor
    left = (view.width() - view.image.width() * factor) // 2
    top = (view.height() - view.image.height() * factor) // 2
    row, column = 9 * view.image.height() // 28, 11 * view.image.width() // 28
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                     pos=QPoint(left + column * factor + 1, top + row * factor + 1))
    qtbot.waitUntil(lambda: inspector.cell == (row, column))
    value = float(expected_inside(window).layers[layer][row, column, 2])
    text = inspector.side.cell_view.text()
    assert shown_value(text) == pytest.approx(value, abs=1e-3)
    assert f"Map 3, row {row + 1}, column {column + 1}" in text
    if layer.startswith("c"):
        assert "bias" in text and "before ReLU" in text
    # A screen reader hears the tables row by row (they were one number a line).
    said = inspector.side.cell_view.accessibleDescription()
    values = r"-?\d\.\d{3}; -?\d\.\d{3}" + (r"; -?\d\.\d{3}" if layer.startswith("c") else "")
    assert re.search(rf"Row 1: {values}\. Row 2: {values}\.", said), said
    # What the cell sees, said (it was "A picture of 28 by 28 pixels" for a 3 by 3 field).
    field = inspector.side.field_view.accessibleDescription()
    assert field.startswith("The image, its ") and "rows " in field
    if layer == "c1":
        assert f"3 by 3 pixels that the cell sees marked: rows {row} to {row + 2}" in field
    # The keyboard moves the cell too, and the sum follows.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert inspector.cell == (row, column + 1)
    value = float(expected_inside(window).layers[layer][row, column + 1, 2])
    assert shown_value(inspector.side.cell_view.text()) == pytest.approx(value, abs=1e-3)


def test_maps_are_chosen_with_the_arrow_keys_and_numbered_from_one(qtbot, window, reader):
    inspector = open_inspector(qtbot, window)
    strip = inspector.strips["c1"]
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    assert inspector.selected == ("c1", 0)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Down)
    assert inspector.selected == ("c1", 1 + strip.grid.columns)
    assert strip.tooltip(11).startswith("Map 12:")
    label = inspector.side.detail_label.text()
    assert label.startswith(f"First layer, map {2 + strip.grid.columns}")
    # and a screen reader hears where the arrows went
    assert strip.accessibleDescription().startswith(f"Map {2 + strip.grid.columns}:")
    assert reader.said()[-1].startswith(f"Map {2 + strip.grid.columns}:")
    said = len(reader.events)
    qtbot.keyClick(strip, Qt.Key.Key_Return)  # opens the map the arrows said: not said again
    assert inspector.selected == ("c1", 1 + strip.grid.columns) and len(reader.events) == said


def test_the_painted_views_show_where_the_keyboard_is(qtbot, window):
    from PySide6.QtWidgets import QFocusFrame

    inspector = open_inspector(qtbot, window)
    frame = inspector.findChild(QFocusFrame)
    for painted in (inspector.filter_strips["c2"], inspector.strips["c1"],  # they draw no focus
                    inspector.softmax_strip, inspector.side.cell_view, inspector.tabs.tabBar(),
                    inspector.side.detail_view):
        inspector.tabs.setCurrentIndex(1 if painted is inspector.filter_strips["c2"] else 0)
        painted.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda p=painted: frame.widget() is p)
    # The frame is dark, lost around the dark map: the map draws a ring of its own.
    view = inspector.side.detail_view
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    qtbot.waitUntil(lambda: view.grab().toImage().pixelColor(1, view.height() // 2) == highlight)
    inspector.details_box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: frame.widget() is None)
    assert view.grab().toImage().pixelColor(1, view.height() // 2) != highlight


def test_the_first_screen_speaks_plainly_and_details_are_one_click_away(qtbot, window):
    inspector = open_inspector(qtbot, window)
    assert inspector.strips["c1"].caption.startswith("First layer: 16 small pattern detectors")
    plain = " ".join([s.caption for s in inspector.strips.values()]
                     + [inspector.model_label.text(), inspector.softmax_strip.caption])
    for jargon in ("logits", "dense", "softmax", "temperature", "ReLU", "conv"):
        assert jargon not in plain, jargon
    assert not inspector.side.method_label.isVisible()
    inspector.details_box.setChecked(True)  # the technical names, for a screen reader too
    assert "conv" in inspector.strips["c1"].accessibleName()
    inspector.details_box.setChecked(False)
    # The two words of the header ("The canvas", "Model in use") say what they name.
    assert "canvas" in inspector.source_label.toolTip()
    assert "model in use" in inspector.model_label.toolTip()
    inspector.details_box.setChecked(True)
    assert "logits · dense" in inspector.strips["logits"].caption
    assert "softmax temperature" in inspector.model_label.text()
    assert inspector.side.method_label.isVisible()
    assert "slid over" in inspector.strips["c1"].caption and inspector.strips["c1"].help


def test_a_blank_canvas_says_what_to_do(qtbot, window):
    window.canvas.clear()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.windows.get("inspector") is not None
                    and window.windows.get("inspector").isVisible())
    inspector = window.windows.get("inspector")
    qtbot.waitUntil(inspector.empty_label.isVisible)
    assert "Draw a digit" in inspector.empty_label.text()
    assert inspector.strips["c1"].image is None
    assert "Draw a digit" in inspector.strips["c1"].placeholder


def test_rows_of_maps_wrap_at_a_laptops_width(qtbot, window):
    inspector = open_inspector(qtbot, window)
    inspector.resize(1229, 691)  # 90 % of 1366x768
    strip = inspector.strips["c1"]
    qtbot.waitUntil(lambda: strip.grid.size[1] <= strip.width())
    assert strip.grid.rows >= 1 and strip.grid.count == 16
    area = strip.parentWidget().parentWidget().parentWidget()  # viewport, scroll area
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())


def test_the_saliency_digit_is_one_choice_by_tab_and_arrows_said_as_radio_buttons(qtbot, window):
    from PySide6.QtWidgets import QApplication, QRadioButton

    inspector = open_inspector(qtbot, window)
    inspector.activateWindow()  # the arrows move the application's focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inspector)
    side = inspector.side
    assert all(isinstance(b, QRadioButton) for b in [side.answer_button, *side.digit_buttons])
    assert side.digit_buttons[3].accessibleName() == "Toward 3"
    inspector.follow_box.setFocus(Qt.FocusReason.TabFocusReason)
    inspector.focusNextChild()  # no scroll area in between: straight to the choice
    assert inspector.focusWidget() is side.answer_button
    qtbot.keyClick(side.answer_button, Qt.Key.Key_Right)  # in the choice's order: 0 comes next
    picked = next(b for b in side.digit_buttons if b.isChecked())
    assert picked is side.digit_buttons[0] and inspector.focusWidget() is picked
    # and its focus ring is drawn (a focus moved for another reason than a key has none)
    assert inspector.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    qtbot.waitUntil(lambda: "toward 0 (" in side.saliency_label.text())
    assert inspector.target == 0
    qtbot.keyClick(picked, Qt.Key.Key_Right)
    assert inspector.target == 1
    qtbot.keyClick(side.digit_buttons[1], Qt.Key.Key_Up)
    qtbot.keyClick(side.digit_buttons[0], Qt.Key.Key_Left)  # back to the most likely
    assert side.answer_button.isChecked() and inspector.target is None
    qtbot.keyClick(side.answer_button, Qt.Key.Key_Down)
    assert inspector.target == 0
    assert side.saliency_view.accessibleDescription() == side.saliency_label.text()
    inspector.focusNextChild()  # Tab leaves the choice for the enlarged map
    assert inspector.focusWidget() is side.detail_view


def test_a_screen_reader_hears_which_map_is_enlarged_and_which_cell(qtbot, window, monkeypatch,
                                                                     reader):
    from PySide6.QtWidgets import QApplication, QWidget

    inspector = open_inspector(qtbot, window)
    inspector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inspector)
    inspector.select_map("c2", 4)
    view = inspector.side.detail_view
    maps = expected_inside(window).layers["c2"][:, :, 4]
    row, column = activations.strongest(maps)[:2]
    said = view.accessibleDescription()
    assert said.startswith("Second layer, map 5, 28 by 28 cells.")
    assert f"row {row + 1}, column {column + 1}" in said and "The strongest" in said
    said_on_the_way = []
    monkeypatch.setattr(view, "setAccessibleDescription", lambda text: (
        said_on_the_way.append(text), QWidget.setAccessibleDescription(view, text)))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Left if column else Qt.Key.Key_Right)
    moved = column - 1 if column else column + 1
    assert f"row {row + 1}, column {moved + 1}" in view.accessibleDescription()
    assert "The strongest" not in view.accessibleDescription()
    assert said_on_the_way == [view.accessibleDescription()]  # not "A picture of ..." first
    # Said aloud: the description changed too little for a reader to say it (silent).
    value = number(float(maps[row, moved]), 2)
    assert reader.said()[-1] == f"Row {row + 1}, column {moved + 1}: {value}"


def test_tab_into_the_scrolled_layers_shows_the_layer_it_reached(qtbot, window):
    from PySide6.QtWidgets import QApplication, QScrollArea

    inspector = open_inspector(qtbot, window)
    inspector.resize(1229, 691)
    inspector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inspector)
    strip = inspector.strips["c1"]  # the first layer a key can choose maps of
    area = next(a for a in inspector.findChildren(QScrollArea) if a.widget().isAncestorOf(strip))
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # scrolled down to the last layers with the mouse
    inspector.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(inspector.tabs.tabBar(), Qt.Key.Key_Tab)
    assert inspector.strips["input"].hasFocus()  # the drawing as the network gets it
    qtbot.keyClick(inspector.strips["input"], Qt.Key.Key_Tab)
    assert strip.hasFocus()
    top = strip.mapTo(area.viewport(), strip.rect().topLeft())
    assert area.viewport().rect().contains(top)  # the first layer, in sight with its focus


def test_the_summaries_probabilities_and_the_cells_sum_are_tab_stops(qtbot, window):
    # A keyboard or screen reader user could not reach "Summaries of the whole drawing",
    # the scores, the probabilities or how a cell is computed: only the maps took Tab.
    inspector = open_inspector(qtbot, window)
    reachable = []
    widget = inspector.tabs.tabBar()
    for _ in range(60):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(inspector):
            reachable.append(widget)
    for part in (inspector.strips["input"], inspector.strips["logits"],
                 inspector.softmax_strip, inspector.side.cell_view):
        assert part in reachable, part.objectName()
