"""The main window by keyboard alone: Tab reaches everything, focus shows, shortcuts are listed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QToolBar, QWidget

from app.accessibility import plain
from app.feedback import tell
from app.message_bar import ACTION_SHOW_MS
from app.shortcuts_window import ShortcutsWindow
from app.theme import tokens
from tests.test_numbers_window import SEVEN, draw_number
from tests.test_segment import ONE as DIGIT_ONE
from tests.window_driver import CTRL

pytestmark = pytest.mark.gui


@pytest.fixture
def window(active_app_window):
    return active_app_window


def focusable(window: QWidget) -> set[QWidget]:
    """Every control a person can see and Tab to (what Qt would stop at)."""
    found = set()
    for widget in window.findChildren(QWidget):
        if (widget.isVisibleTo(window) and widget.isEnabled() and widget.window() is window
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            found.add(widget)
    return found


def tab_stops(qtbot, window: QWidget, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back; the widgets it went to."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    stops = [start]
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return stops
        assert now not in stops, f"Tab goes round without the canvas at {now.objectName()}"
        stops.append(now)
    raise AssertionError("Tab never came back to the canvas")


def names(widgets: list[QWidget] | set[QWidget]) -> list[str]:
    return sorted(w.objectName() or w.accessibleName() or type(w).__name__ for w in widgets)


def test_tab_reaches_every_control_from_the_canvas(window, qtbot):
    stops = tab_stops(qtbot, window, window.canvas)
    missing = focusable(window) - set(stops)
    assert not missing, names(missing)
    # The ones the issue found unreachable, by name.
    for widget in [*window.digit_buttons, window.add_example_button, window.chart,
                   window.training_panel.retrain_button, window.pen_width]:
        assert widget in stops, widget.objectName()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    for action in (window.clear_action, window.open_action, window.inspect_action):
        assert toolbar.widgetForAction(action) in stops, action.text()


def test_tab_order_reads_like_the_window(window, qtbot):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    first = toolbar.widgetForAction(window.clear_action)
    stops = tab_stops(qtbot, window, first)
    order = [stops.index(w) for w in (first, window.pen_width, window.canvas,
                                      window.prediction_label, *window.digit_buttons,
                                      window.add_example_button,  # on the digits' line
                                      window.teach_row.not_a_digit_button, window.chart,
                                      window.training_panel.retrain_button)]
    assert order == sorted(order)
    # Nothing unnamed or invisible in between: no stop for the panel that scrolls.
    assert not [w for w in stops if isinstance(w, QScrollArea)], names(stops)


def test_the_window_opens_with_the_keyboard_on_the_canvas(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)


def test_the_answer_is_read_by_tab(window, qtbot):
    draw_number(qtbot, window, [DIGIT_ONE])
    qtbot.waitUntil(lambda: window.prediction_label.text() == "1")
    stops = tab_stops(qtbot, window, window.canvas)
    assert stops[1] is window.prediction_label
    assert window.prediction_label.accessibleName() == "Answer"
    assert window.prediction_label.accessibleDescription().startswith("Read as 1")


def test_the_digit_tiles_of_a_number_come_right_after_the_canvas(window, qtbot):
    draw_number(qtbot, window, [DIGIT_ONE, SEVEN])
    qtbot.waitUntil(window.prediction_panel.is_number)
    panel = window.prediction_panel
    stops = tab_stops(qtbot, window, window.canvas)
    # The answer, then one stop for the tiles (the selected one, as for radio buttons).
    assert stops[1] is window.prediction_label
    assert stops[2] is panel.tile(0), names(stops)
    assert stops[3] is window.digit_buttons[0]
    assert "← →" in panel.chart_caption.text()  # the hint names the keyboard's way too
    panel.tile(0).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.tile(0).hasFocus)
    qtbot.keyClick(panel.tile(0), Qt.Key.Key_Right)
    qtbot.waitUntil(panel.tile(1).hasFocus)
    assert panel.selected_index() == 1
    assert panel.tile(1).accessibleName() == "Digit 2 of 2"
    assert "Read as 7" in panel.tile(1).accessibleDescription()
    # From the canvas too, where the keyboard starts: the hint promised it there as well.
    window.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Left)
    assert panel.selected_index() == 0 and window.canvas.hasFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    assert panel.selected_index() == 1


def test_the_one_tab_stop_of_the_tiles_is_the_one_clicked(window, qtbot):
    # Tab after a click on the second tile went to the first, and a digit key then
    # saved the second, not the one a screen reader had just named.
    draw_number(qtbot, window, [DIGIT_ONE, SEVEN])
    qtbot.waitUntil(window.prediction_panel.is_number)
    panel = window.prediction_panel
    qtbot.mouseClick(panel.tile(1), Qt.MouseButton.LeftButton)
    assert panel.selected_index() == 1
    stops = tab_stops(qtbot, window, window.canvas)
    assert stops[2] is panel.tile(1) and stops[3] is window.digit_buttons[0], names(stops)


def test_the_canvas_shows_a_focus_frame_and_keeps_its_keys(window, qtbot):
    canvas = window.canvas
    edge = QPoint(canvas.width() // 2, 1)
    window.digit_buttons[0].setFocus()
    qtbot.waitUntil(lambda: not canvas.hasFocus())
    assert canvas.grab().toImage().pixelColor(edge).name() == "#ffffff"
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    accent = tokens(canvas.palette()).accent.name()
    assert canvas.grab().toImage().pixelColor(edge).name() == accent
    with qtbot.waitSignal(window.teach_row.labelChosen) as chosen:
        qtbot.keyClick(canvas, Qt.Key.Key_7)
    assert chosen.args == [7]


def test_a_focused_teach_button_still_lets_digit_keys_save(window, qtbot):
    button = window.digit_buttons[3]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    with qtbot.waitSignal(window.teach_row.labelChosen) as chosen:
        qtbot.keyClick(button, Qt.Key.Key_Space)  # Space presses the button with the focus
    assert chosen.args == [3]


def shortcuts_window(window) -> ShortcutsWindow | None:
    found = [w for w in window.findChildren(ShortcutsWindow) if w.isVisible()]
    return found[0] if found else None


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Question, CTRL),
                                  (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)])
def test_the_shortcuts_window_opens_by_key_and_lists_every_shortcut(window, qtbot, keys):
    qtbot.keyClick(window.canvas, *keys)
    qtbot.waitUntil(lambda: shortcuts_window(window) is not None)
    rows = dict(shortcuts_window(window).rows())
    for shortcut, what in (("Ctrl+I", "Look inside"), ("Ctrl+T", "Test-set explorer"),
                           ("Ctrl+D", "My drawings"), ("Ctrl+R", "Retrain"),
                           ("Ctrl+Z", "Undo")):
        assert what in rows[shortcut], (shortcut, rows)
    assert any(k.startswith("0") for k in rows), "the digit keys are listed"
    # and the secondary windows' own keys (Page Down in the explorer was nowhere)
    assert "next page" in rows["Page Up / Page Down"] and "Del" in " ".join(rows)
    dialog = shortcuts_window(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shortcuts_window(window) is None)


SHIFTED = dict(zip("`1234567890-=[]\\;',./", '~!@#$%^&*()_+{}|:"<>?', strict=True))


def as_x11_matches(key: str) -> str:
    """A key as X11 matches shortcuts: Shift with a sign is the shifted sign ("Ctrl+?")."""
    *modifiers, sign = key.split("+") if not key.endswith("+") else [*key[:-2].split("+"), "+"]
    if "Shift" in modifiers and (sign in SHIFTED or sign in SHIFTED.values()):
        modifiers.remove("Shift")
        sign = SHIFTED.get(sign, sign)
    return "+".join([*modifiers, sign])


def test_no_action_has_two_keys_x11_takes_for_one(window):
    # Ctrl+?, Ctrl+Shift+/ on one action: X11 matched both to the key pressed, Qt called it
    # "ambiguous" and Help › Keyboard shortcuts did not open.
    for action in window.findChildren(QAction):
        keys = [as_x11_matches(k.toString()) for k in action.shortcuts()]
        assert len(keys) == len(set(keys)), (action.text(), keys)


def test_every_key_of_the_app_is_in_the_shortcuts_window(window, qtbot):
    from app.keyboard import UNSHOWN_KEYS
    from app.windows import WINDOWS

    secondary = [window.windows.show(name) for name in WINDOWS]
    explorer = window.windows.get("explorer")
    qtbot.waitUntil(explorer.is_ready, timeout=300_000)  # its evaluation thread has ended
    rows = ShortcutsWindow(window).rows()
    listed = {key for keys, _ in rows for key in keys.split(" or ")}
    listed |= {str(d) for d in range(10)} if "0 … 9" in listed else set()
    named = {"Return": "Enter"}  # a QShortcut's key -> the row that names it
    keys = [(a.text(), k.toString(QKeySequence.SequenceFormat.NativeText))
            for a in window.findChildren(QAction) for k in a.shortcuts()]
    keys += [(s.parent().objectName(), s.key().toString(QKeySequence.SequenceFormat.NativeText))
             for w in [window, *secondary] for s in w.findChildren(QShortcut)]
    missing = {(where, key) for where, key in keys if key and named.get(key, key) not in listed
               and key not in UNSHOWN_KEYS}
    assert not missing, missing
    assert "F1 or Ctrl+?" in dict(rows), rows  # F1 in the menu: one key on every keyboard
    # Nor the multimedia Close key: in Spanish its name read "Escape o Control+W o Cerrar".
    assert not any(key == "Close" for keys, _ in rows for key in keys.split(" or ")), rows
    # The row of the keys that close a secondary window names each of them, as its menu does.
    closing = next(what for keys, what in rows if keys.startswith("Esc or "))
    menu = {"explorer": window.test_set_action, "drawings": window.samples_action,
            "models": window.models_action, "inspector": window.inspect_action}
    assert set(menu) == set(WINDOWS)
    assert all(plain(menu[name].text()).lower() in closing.lower() for name in WINDOWS), closing
    window.windows.close_all()


def test_a_closed_window_does_not_follow_the_keyboard_of_another(window, qtbot, tmp_app_dirs):
    # It did (an application-wide focusChanged slot), also while it was being deleted,
    # with its focus frame already gone: "QFocusFrame already deleted" in a later test.
    from app.main_window import MainWindow

    closed = MainWindow(data_dir=tmp_app_dirs.data / "closed")
    qtbot.addWidget(closed)
    closed.show()
    closed.close()
    framed = []
    closed.access.focus_frame.setWidget = framed.append
    for widget in (window.chart, window.canvas, window.preview):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
    assert window.access.focus_frame.widget() is window.preview
    assert framed == []


def test_the_shortcuts_window_is_in_the_help_menu(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.access.shortcuts_action in help_menu.actions()
    # The menu shows an action's first key: Linux has no standard Preferences key.
    assert window.access.preferences_action.shortcut().toString() == "Ctrl+,"


def test_f1_opens_the_shortcuts_from_look_inside_too(window, qtbot):
    inside = window.windows.show("inspector")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inside)
    qtbot.keyClick(inside, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shortcuts_window(window) is not None)
    dialog = shortcuts_window(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shortcuts_window(window) is None)


def test_tooltips_show_the_shortcut(window):
    assert window.retrain_action.toolTip() == "Retrain (Ctrl+R)"
    assert window.inspect_action.toolTip() == "Look inside (Ctrl+I)"
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert "(Ctrl+T)" in toolbar.widgetForAction(window.test_set_action).toolTip()
    assert window.clear_action.toolTip() == "Clear (Del)"  # Esc clears on the canvas only


def test_retrain_is_alt_m_then_r(window):
    model = next(a for a in window.menuBar().actions() if a.text() == "&Model")
    assert isinstance(model.menu(), QMenu)
    retrain = [a for a in model.menu().actions() if isinstance(a, QAction) and "&R" in a.text()]
    assert retrain == [window.retrain_action]


def test_preferences_open_the_training_settings_with_the_keyboard_there(window, qtbot):
    window.resize(1280, 560)  # a short screen: the settings are below the fold
    window.access.preferences_action.trigger()
    panel = window.training_panel
    qtbot.waitUntil(panel.settings_box.isVisible)
    qtbot.waitUntil(panel.epochs.hasFocus)
    area = window.findChild(QScrollArea, "rightPanelScroll")
    shown = area.viewport().rect()
    # All of them where there is room: the language list, last, too.
    language = panel.language
    qtbot.waitUntil(lambda: shown.contains(
        language.mapTo(area.viewport(), language.rect().bottomRight())))
    assert shown.contains(panel.epochs.mapTo(area.viewport(), panel.epochs.rect().topLeft()))
    # Esc closes them and brings the answer back into view (it stayed above the fold).
    answer = window.prediction_label
    assert not shown.contains(answer.mapTo(area.viewport(), answer.rect().topLeft()))
    qtbot.keyClick(panel.epochs, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.settings_box.isVisible())
    qtbot.waitUntil(lambda: shown.contains(answer.mapTo(area.viewport(), answer.rect().center())))


def test_tab_and_an_opened_image_scroll_what_they_reach_into_view(window, qtbot, tmp_path):
    from PIL import Image

    window.resize(1280, 560)  # a short screen: the training curves are below the fold
    area = window.findChild(QScrollArea, "rightPanelScroll")
    shown = area.viewport().rect()

    def in_view(widget):
        return shown.contains(widget.mapTo(area.viewport(), widget.rect().center()))

    curves = window.training_panel.curves
    qtbot.waitUntil(lambda: not in_view(curves))
    window.chart.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(30):  # Tab on, as a person would, until the curves have the keyboard
        if curves.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert curves.hasFocus()
    qtbot.waitUntil(lambda: in_view(curves))
    # An image opened from down there: its answer is brought into view.
    Image.new("L", (60, 60), 255).save(tmp_path / "blank.png")
    assert window.open_image(tmp_path / "blank.png")
    qtbot.waitUntil(lambda: in_view(window.prediction_label))


def test_an_image_opened_from_below_the_fold_leaves_the_keyboard_where_it_can_be_seen(
        window, qtbot, tmp_path):
    from PIL import Image

    window.resize(1280, 560)  # a short screen: the training curves are below the fold
    curves = window.training_panel.curves
    curves.setFocus(Qt.FocusReason.TabFocusReason)
    window.bring_into_view(curves)
    Image.new("L", (60, 60), 255).save(tmp_path / "blank.png")
    assert window.open_image(tmp_path / "blank.png")  # the panel scrolls up to its answer
    qtbot.waitUntil(window.canvas.hasFocus)  # not the chart, now out of sight


def test_tab_round_to_the_canvas_brings_the_answer_back_into_view(window, qtbot):
    window.resize(1280, 560)  # a short screen: the training curves are below the fold
    area = window.findChild(QScrollArea, "rightPanelScroll")
    shown = area.viewport().rect()
    answer = window.prediction_label
    window.training_panel.curves.setFocus(Qt.FocusReason.TabFocusReason)
    window.bring_into_view(window.training_panel.curves)
    qtbot.waitUntil(lambda: not shown.contains(answer.mapTo(area.viewport(),
                                                            answer.rect().center())))
    for _ in range(30):  # Tab on past the panel's last control, round to the canvas
        if window.canvas.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.canvas.hasFocus()
    # drawing there, the answer is in sight again
    qtbot.waitUntil(lambda: shown.contains(answer.mapTo(area.viewport(), answer.rect().center())))


def test_a_stroke_brings_the_answer_back_into_view(window, qtbot):
    # Scrolled to the charts, a person drew and saved without seeing the answer.
    window.resize(1280, 560)
    area = window.findChild(QScrollArea, "rightPanelScroll")
    shown = area.viewport().rect()
    answer = window.prediction_label
    window.bring_into_view(window.training_panel.curves)
    qtbot.waitUntil(lambda: not shown.contains(answer.mapTo(area.viewport(),
                                                            answer.rect().center())))
    window.canvas.draw_stroke([(210, 80), (200, 330)])
    qtbot.waitUntil(lambda: shown.contains(answer.mapTo(area.viewport(), answer.rect().center())))


def test_esc_closes_the_settings_preferences_opened_and_keeps_the_drawing(window, qtbot):
    window.canvas.draw_stroke([(210, 80), (200, 330)])
    drawn = window.canvas.to_array().copy()
    window.access.preferences_action.trigger()
    panel = window.training_panel
    qtbot.waitUntil(panel.epochs.hasFocus)
    reached = []  # not "Clear (Del)" on the way, said as if the drawing went
    QApplication.instance().focusChanged.connect(lambda _old, new: reached.append(new))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.settings_box.isVisible())
    assert reached == [window.canvas]
    assert (window.canvas.to_array() == drawn).all()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)  # Delete clears (Esc never does)
    qtbot.waitUntil(window.canvas.is_empty)
    bar = window.message_bar  # ... and says so, with Undo one click away
    assert bar.text() == "Canvas cleared" and bar.action_button.isVisible()
    assert bar.timer.interval() == ACTION_SHOW_MS  # as long as every other Undo
    bar.action_button.click()
    assert (window.canvas.to_array() == drawn).all()
    # Cleared, then an image pasted: the bar's Undo would not bring the drawing back: it goes.
    QGuiApplication.clipboard().setImage(window.canvas.grab().toImage())
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bar.text() == "Canvas cleared")
    window.paste_action.trigger()
    qtbot.waitUntil(lambda: not window.canvas.is_empty())
    assert bar.text() != "Canvas cleared"


def test_the_painted_widgets_show_a_focus_frame(window, qtbot):
    frame = window.access.focus_frame
    for painted in (window.chart, window.training_panel.curves):
        painted.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(painted.hasFocus)
        assert frame.widget() is painted
        qtbot.waitUntil(frame.isVisible)
    # The histogram covers the frame's sides with its own white: it draws a ring itself.
    chart = window.chart
    highlight = chart.palette().color(chart.palette().ColorRole.Highlight)
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: chart.grab().toImage().pixelColor(1, chart.height() // 2)
                    == highlight)
    window.digit_buttons[0].setFocus()
    qtbot.waitUntil(lambda: frame.widget() is None)
    qtbot.waitUntil(lambda: chart.grab().toImage().pixelColor(1, chart.height() // 2)
                    != highlight)


def test_focus_shows_again_after_a_menu_left_by_keyboard(window, qtbot):
    # Alt+H gives the menu bar the keyboard, which cleared the window's "moved by
    # keyboard" mark that styles draw focus by: after Esc the digit button had the
    # focus but drew none (seen under X11; offscreen the closed popup may leave the
    # window inactive, so the mark is checked rather than the pixels).
    window.digit_buttons[3].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.digit_buttons[3].hasFocus)
    qtbot.keyClick(window.digit_buttons[3], Qt.Key.Key_Tab)
    button = window.digit_buttons[4]
    qtbot.waitUntil(button.hasFocus)
    help_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title().endswith("Help"))
    qtbot.keyClick(button, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(help_menu.isVisible)
    qtbot.keyClick(help_menu, Qt.Key.Key_Escape)  # the menu closes, the bar keeps the keyboard
    qtbot.waitUntil(lambda: not help_menu.isVisible())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the bar gives it back
    qtbot.waitUntil(lambda: window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))
    assert window.focusWidget() is button


def test_a_window_opened_by_its_keys_shows_where_the_keyboard_is(window, qtbot):
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.windows.get("drawings") is not None)
    drawings = window.windows.get("drawings")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is drawings)
    assert drawings.focusWidget() is drawings.filter_combo
    qtbot.waitUntil(lambda: drawings.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))
    assert drawings.focusWidget() is drawings.filter_combo  # its ring is drawn
    assert drawings.filter_combo.accessibleName() == "Show"  # not its value, "All drawings"


def test_a_list_or_table_reached_by_tab_is_ringed(window, qtbot):
    # My drawings' grid and the Models table looked the same with and without the keyboard.
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    def ringed(view) -> float:
        """The share of the view's bottom edge in the highlight colour (no item lies there)."""
        image = view.grab().toImage()
        colour = view.palette().color(QPalette.ColorRole.Highlight).rgb()
        edge = [image.pixel(x, image.height() - 1) for x in range(image.width())]
        return sum(pixel == colour for pixel in edge) / len(edge)

    for name, view_name in (("drawings", "samplesList"), ("models", "modelsTable")):
        shown = window.windows.show(name)
        qtbot.waitUntil(lambda shown=shown: QApplication.activeWindow() is shown)
        view = shown.findChild(QAbstractItemView, view_name)
        others = [w for w in shown.findChildren(QWidget) if w.focusPolicy() & Qt.TabFocus
                  and w.isVisible() and w.isEnabled() and w is not view]
        others[0].setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda view=view: not view.hasFocus())
        assert ringed(view) < 0.1
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(view.hasFocus)
        assert ringed(view) > 0.9
        shown.close()


def test_esc_on_the_message_bar_closes_it_and_keeps_the_drawing(window, qtbot):
    # Esc on "Use the new one" cleared the drawing (and the question with it).
    window.canvas.draw_stroke([(210, 80), (200, 330)])
    drawn = window.canvas.to_array().copy()
    asked = []
    tell(window, "Use the new one anyway?", action_text="Use the new one",
         action=lambda: asked.append(True), timeout_ms=0)
    bar = window.message_bar
    window.activateWindow()
    bar.action_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.action_button.hasFocus)
    said = QAccessible.queryAccessibleInterface(bar.action_button)
    assert said.text(QAccessible.Text.Name) == "Use the new one"  # the message: described
    assert said.text(QAccessible.Text.Description) == "Use the new one anyway?"
    qtbot.keyClick(bar.action_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert (window.canvas.to_array() == drawn).all() and asked == []
    qtbot.waitUntil(window.canvas.hasFocus)
