"""Look inside on a laptop: it opens beside the canvas, so a person can draw and watch at once."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from app import screen_fit
from app.inspector import LEAST_WIDTH
from app.screen_fit import beside, place

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 32, 1366, 768 - 32 - 40)  # 1366x768 less a top bar and a bottom panel


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_a_window_over_a_widget_moves_to_the_side_with_more_room():
    area = QRect(0, 0, 1366, 700)
    window = QRect(100, 50, 1100, 600)
    canvas = QRect(70, 100, 720, 550)  # 576 px free on its right, 70 on its left
    moved = beside(window, canvas, area, 480)
    assert not moved.intersects(canvas) and area.contains(moved)
    assert moved.left() > canvas.right() and moved.width() >= 480
    assert (moved.top(), moved.height()) == (50, 600)
    on_the_right = QRect(600, 100, 720, 550)
    assert beside(window, on_the_right, area, 480).right() < on_the_right.left()
    assert beside(window, QRect(0, 100, 1000, 550), area, 480) is None  # no room: stays
    assert beside(QRect(900, 50, 400, 600), canvas, area, 480) is None  # covers nothing


@pytest.fixture
def window(app_window):
    app_window.canvas.draw_stroke([(200, 80), (205, 200), (210, 330)])
    return app_window


def test_on_a_laptop_look_inside_opens_beside_the_canvas_and_follows_the_drawing(
        qtbot, window, monkeypatch):
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: LAPTOP)
    place(window, window.size())
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.windows.get("inspector") is not None)
    inspector = window.windows.get("inspector")
    qtbot.waitUntil(lambda: inspector.strips["c1"].image is not None)
    assert not inspector.geometry().intersects(on_screen(window.canvas))
    assert LAPTOP.contains(inspector.geometry()) and inspector.width() >= LEAST_WIDTH
    # A click on the canvas raises the main window: Look inside must stay above it, which
    # window managers do for a dialog of that window (not for a plain window; seen on X11).
    assert inspector.windowHandle().type() == Qt.WindowType.Dialog
    assert inspector.windowHandle().transientParent() is window.windowHandle()
    assert not inspector.isModal()
    # Narrow: saliency and the enlarged map are a tab; the layers need no sideways scrolling.
    assert inspector.tabs.indexOf(inspector.side_area) == 2
    assert inspector.tabs.accessibleName() == "Layers, filters, what mattered and a map"
    layers = inspector.tabs.widget(0)
    assert isinstance(layers, QScrollArea)
    qtbot.waitUntil(lambda: layers.widget().width() <= layers.viewport().width())
    before = inspector.strips["c2"].values.copy()
    window.canvas.draw_stroke([(120, 120), (300, 120)])
    qtbot.waitUntil(lambda: not np.array_equal(inspector.strips["c2"].values, before))


def test_a_narrow_look_inside_opens_the_enlarged_map_on_a_click_not_on_the_arrows(
        qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.windows.get("inspector") is not None)
    inspector = window.windows.get("inspector")
    qtbot.waitUntil(lambda: inspector.strips["c1"].image is not None)
    inspector.resize(560, 620)
    qtbot.waitUntil(lambda: inspector.tabs.count() == 3)
    strip = inspector.strips["c1"]
    qtbot.waitUntil(lambda: strip.grid.size[1] <= strip.width())
    top, left = strip.grid.origin(3)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton,
                     pos=QPoint(left + 4, strip._image_top() + top + 4))
    assert inspector.selected == ("c1", 3)
    assert inspector.tabs.currentWidget() is inspector.side_area
    assert "map 4" in inspector.side.detail_label.text()
    # The whole tab: it kept the column's width beside the layers, half the tab empty.
    qtbot.waitUntil(lambda: inspector.side.width() == inspector.side_area.viewport().width())
    assert inspector.side.width() > 400
    inspector.tabs.setCurrentIndex(0)
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Right)  # a keyboard user walks the maps in place
    assert inspector.selected == ("c1", 4)
    assert inspector.tabs.currentIndex() == 0
    inspector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inspector)
    reached = []  # every widget the keyboard passes (a screen reader says each)
    def note(_old, new):
        if new is not None:
            reached.append(new)
    QApplication.instance().focusChanged.connect(note)
    for opening in (Qt.Key.Key_Return, Qt.Key.Key_Space):  # ... and opens one as a click does
        inspector.tabs.setCurrentIndex(0)
        strip.setFocus()
        reached.clear()
        qtbot.keyClick(strip, opening)
        assert inspector.selected == ("c1", 4)
        assert inspector.tabs.currentWidget() is inspector.side_area
        assert inspector.focusWidget() is inspector.side.detail_view  # not the first radio
        # Straight there: "Details", then a radio button of the hidden tab, were said first.
        assert reached == [inspector.side.detail_view], [w.objectName() for w in reached]
    QApplication.instance().focusChanged.disconnect(note)
    inspector.resize(1300, 800)  # wide again: the side panel beside the tabs, as it was
    qtbot.waitUntil(lambda: inspector.tabs.count() == 2)
    qtbot.waitUntil(lambda: inspector.side_area.isVisible())
    assert inspector.selected == ("c1", 4) and "map 5" in inspector.side.detail_label.text()
    assert inspector.side.width() == inspector.side.minimumWidth()  # a column beside them


def open_narrow(qtbot, window, width=560, height=620):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.windows.get("inspector") is not None)
    inspector = window.windows.get("inspector")
    qtbot.waitUntil(lambda: inspector.strips["c1"].image is not None)
    inspector.resize(width, height)
    qtbot.waitUntil(lambda: inspector.tabs.count() == 3)
    return inspector


def test_a_narrow_look_inside_scrolls_to_the_map_a_click_enlarged(qtbot, window):
    inspector = open_narrow(qtbot, window, height=500)
    strip = inspector.strips["c2"]
    qtbot.waitUntil(lambda: strip.grid.size[1] <= strip.width())
    top, left = strip.grid.origin(0)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton,
                     pos=QPoint(left + 4, strip._image_top() + top + 4))
    view = inspector.side.detail_view
    qtbot.waitUntil(lambda: inspector.side_area.verticalScrollBar().value() > 0)
    shown = inspector.side_area.viewport().rect()
    corner = view.mapTo(inspector.side_area.viewport(), QPoint(0, 0))
    assert shown.contains(corner), (corner, shown)  # the map, not the saliency above it
    inspector.resize(1300, 800)  # wide: back on the layers, not on the next tab
    qtbot.waitUntil(lambda: inspector.tabs.count() == 2)
    assert inspector.tabs.currentIndex() == 0


def test_the_filters_scroll_sideways_in_a_narrow_look_inside(qtbot, window):
    inspector = open_narrow(qtbot, window)
    inspector.tabs.setCurrentIndex(1)
    area = inspector.tabs.widget(1)
    first = inspector.filter_strips["c1"]
    qtbot.waitUntil(lambda: first.image is not None)
    qtbot.waitUntil(lambda: area.widget().width() >= first.image.width())  # not cut
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() > 0)
    # Tab onto the first bank scrolled it sideways, its caption's start out of view.
    inspector.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(inspector.tabs.tabBar().hasFocus)
    qtbot.keyClick(inspector.tabs.tabBar(), Qt.Key.Key_Tab)
    qtbot.waitUntil(first.hasFocus)
    assert area.horizontalScrollBar().value() == 0
    second = inspector.filter_strips["c2"]  # and on from bank to bank, inside the page
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert area.horizontalScrollBar().value() == 0


def test_a_caption_cut_before_anything_is_drawn_ends_in_an_ellipsis(qtbot, app_window):
    # With no legend yet, a Spanish caption was cut mid-word: "cada uno deslizado sobr".
    app_window.activateWindow()
    qtbot.keyClick(app_window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app_window.windows.get("inspector") is not None)
    inspector = app_window.windows.get("inspector")
    inspector.resize(560, 620)
    strip = inspector.strips["c1"]
    assert strip.scale is None  # nothing drawn: no legend
    strip.caption += " and a good deal more that a narrow window has no room for" * 4
    strip.grab()  # painted
    assert strip.shown_caption.endswith("…")
    assert all(strip.fontMetrics().horizontalAdvance(line) <= strip.width()
               for line in strip.shown_caption.split("\n"))


def test_a_caption_too_long_for_one_line_goes_on_two_above_the_maps(qtbot, window):
    # "16 small pattern detectors, each slid ove…": the point of the layer was cut.
    inspector = open_narrow(qtbot, window)
    strip = inspector.strips["c1"]

    def painted_on(lines: int) -> bool:
        strip.grab()
        return strip.shown_caption.count("\n") == lines - 1

    inspector.resize(1300, 800)
    qtbot.waitUntil(lambda: painted_on(1))
    one_line = strip._image_top()
    inspector.resize(520, 800)
    qtbot.waitUntil(lambda: painted_on(2))
    assert strip.shown_caption.replace("\n", " ") == strip.caption  # whole
    assert strip._image_top() > one_line  # the maps start under the second line
    qtbot.waitUntil(lambda: strip.height() == strip.sizeHint().height())
    inspector.resize(700, 800)
    qtbot.waitUntil(lambda: painted_on(1))
    inspector.details_box.setChecked(True)  # longer captions, the width unchanged
    qtbot.waitUntil(lambda: painted_on(2))
    qtbot.waitUntil(lambda: strip.height() == strip.sizeHint().height())


def test_a_caption_a_narrow_window_cuts_is_whole_in_its_tooltip(qtbot, window):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    inspector = open_narrow(qtbot, window)
    inspector.details_box.setChecked(True)  # the longest captions
    strip = inspector.strips["c3"]
    qtbot.waitUntil(lambda: strip.fontMetrics().horizontalAdvance(strip.caption)
                    > strip.width() - 120)
    point = QPoint(10, 5)  # on the caption
    QApplication.sendEvent(strip, QHelpEvent(QHelpEvent.Type.ToolTip, point,
                                             strip.mapToGlobal(point)))
    qtbot.waitUntil(lambda: QToolTip.text().startswith(strip.caption))


def test_look_inside_closed_maximised_opens_beside_the_canvas_again(qtbot, window,
                                                                      monkeypatch):
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: LAPTOP)
    place(window, window.size())
    inspector = window.windows.show("inspector")
    inspector.showMaximized()
    qtbot.waitUntil(inspector.isMaximized)
    inspector.close()
    assert window.windows.show("inspector") is inspector
    assert not inspector.isMaximized()
    assert not inspector.geometry().intersects(on_screen(window.canvas))


def test_details_never_make_look_inside_wider_than_the_room_beside_the_canvas(qtbot, window):
    # With Details the model line grew ("... · softmax temperature 0.49") and the window
    # with it: at 1280x720 past the screen's edge, "Follow training" cut to "Follo".
    inspector = window.windows.show("inspector")
    qtbot.waitUntil(lambda: inspector.strips["c1"].image is not None)
    inspector.details_box.setChecked(True)
    label = inspector.model_label
    assert "temperature" in label.text()
    # The line wraps rather than ask the window for its whole width.
    assert label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(label.text())


def test_tab_reaches_what_mattered_after_its_tab_in_a_narrow_look_inside(qtbot, window):
    # The page came before the tab bar, and Tab from the tab bar went back to the top.
    from PySide6.QtWidgets import QApplication

    def tab_from(widget: QWidget, steps: int) -> list[QWidget]:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        reached = []
        for _ in range(steps):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        return reached

    inspector = open_narrow(qtbot, window)
    inspector.activateWindow()
    qtbot.waitUntil(inspector.isActiveWindow)
    inspector.tabs.setCurrentWidget(inspector.side_area)
    reached = tab_from(inspector.follow_box, 3)
    assert reached[0] is inspector.tabs.tabBar()
    assert all(inspector.side_area.isAncestorOf(w) for w in reached[1:])
    inspector.resize(1300, 800)  # wide: beside the tabs, after the header
    qtbot.waitUntil(lambda: inspector.tabs.count() == 2)
    assert inspector.side_area.isAncestorOf(tab_from(inspector.follow_box, 1)[0])


def test_a_window_is_not_moved_beside_into_less_room_than_it_needs(qtbot):
    # German Look inside needs 550 px: given 537 beside the canvas at 1024x600, it took
    # 550 and its title bar's buttons went past the screen's edge.
    from app.screen_fit import move_beside

    keep = QWidget()
    qtbot.addWidget(keep)
    keep.setGeometry(0, 0, 470, 500)
    keep.show()
    qtbot.waitExposed(keep)
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumWidth(550)
    window.setGeometry(100, 0, 600, 500)
    left = keep.mapToGlobal(QPoint(0, 0)).x()
    area = QRect(left, 0, 470 + 537 + 2 * screen_fit.BESIDE_GAP, 600)
    assert not move_beside(window, keep, 480, area)
    assert move_beside(window, keep, 480, area.adjusted(0, 0, 40, 0))
    assert area.adjusted(0, 0, 40, 0).contains(window.geometry())


def test_a_caption_takes_a_third_line_before_it_is_cut(qtbot):
    # German with Details, two lines cut "(Logits · vollstän…".
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from app.strip_caption import caption_lines

    metrics = QFontMetrics(QApplication.font())
    caption = ("Eine Punktzahl für jede Ziffer (Logits · vollständig verbunden · 10 Werte)")
    width = metrics.horizontalAdvance(caption) // 2
    lines = caption_lines(metrics, caption, width - 60, width)
    assert len(lines) == 3 and " ".join(lines) == caption
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert caption_lines(metrics, caption, 40, 60)[-1].endswith("…")  # still too narrow


def test_the_model_line_stays_short_in_the_narrowest_look_inside(qtbot, window):
    # Beside "The canvas" and the two check boxes, German's model line was five lines high.
    from app.inspector import LEAST_WIDTH

    inspector = open_narrow(qtbot, window)
    inspector.details_box.setChecked(True)
    for label, german in ((inspector.source_label, "Die Zeichenfläche · Ziffer 1 von 2"),
                          (inspector.model_label, "Verwendetes Modell · Softmax-Temperatur 0,49"),
                          (inspector.follow_box, "Training verfolgen")):
        label.setText(german)
    inspector.resize(LEAST_WIDTH, 620)
    line = inspector.model_label.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: inspector.width() < LEAST_WIDTH + 100)
    inspector.layout().activate()
    assert inspector.model_label.heightForWidth(inspector.model_label.width()) <= 2 * line


def test_a_caption_line_that_fits_is_never_cut(qtbot):
    # "… jeder über I…" / "Zeichnung geschoben": Qt's elidedText cut a line its words fit.
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from app.strip_caption import caption_lines

    metrics = QFontMetrics(QApplication.font())
    caption = "Erste Schicht: 16 kleine Musterdetektoren, jeder über Ihre Zeichnung geschoben"
    for width in range(200, 700):
        lines = caption_lines(metrics, caption, width - 150, width)
        if " ".join(lines) != caption:  # too narrow for three lines: only the last is cut
            assert not any(line.endswith("…") for line in lines[:-1]), (width, lines)
        else:
            assert not any("…" in line for line in lines), (width, lines)


def test_wrapped_logits_keep_each_label_under_its_cell_and_the_caption_off_the_legend(qtbot):
    # At 125 % the logits wrapped into two rows of five: both rows' digits were painted
    # under the second ("0" on "5"), and the caption's "A" under the legend's "-6.24".
    from app.inspector_panels import LayerStrip
    from model.look_inside.images import as_maps, atlas, layer_grid, layer_scale

    logits = np.linspace(-6.24, 6.24, 10, dtype=np.float32)
    maps = as_maps(logits)
    scale = layer_scale("logits", maps)
    strip = LayerStrip("logits", "A score for each digit (logits · dense · 10 values)",
                       layer_grid("logits", maps.shape), labels=[str(d) for d in range(10)])
    qtbot.addWidget(strip)
    strip.set_maps(atlas(maps, scale), layer_grid("logits", maps.shape), scale, maps)
    grid = strip.grid
    strip.resize(5 * (grid.cell_width + grid.gap), 300)  # five a row
    strip.show()
    qtbot.waitUntil(lambda: strip.grid.columns == 5)
    cells = [strip._cell_rect(i, 0) for i in range(10)]
    labels = [strip.label_rect(i, 0) for i in range(10)]
    for cell, label in zip(cells, labels, strict=True):
        assert label.top() == cell.bottom() + 1 and label.left() == cell.left()
    every = cells + labels
    assert not any(a.intersects(b) for i, a in enumerate(every) for b in every[i + 1:])
    assert strip.sizeHint().height() >= strip._image_top() + max(r.bottom() for r in labels)
    top = strip._image_top()  # the pointer over a cell finds that cell (its tooltip)
    assert [strip.index_at(strip._cell_rect(i, top).center()) for i in range(10)] == [*range(10)]
    assert strip.index_at(strip.label_rect(0, top).center()) is None
    # The legend leaves no room for a word beside it: the caption starts under it.
    assert strip._caption_room() < strip.fontMetrics().horizontalAdvance("A")
    strip.grab()
    assert strip.shown_caption.startswith("\nA score")


def test_a_filter_banks_caption_and_legend_stay_in_the_view(qtbot, window):
    # The filter banks are wider than the view: every caption was broken to the widest
    # bank's width and ran past the view's edge ("... ligne : la carte qu"), the legend
    # beyond it, to be read by scrolling sideways.
    inspector = open_narrow(qtbot, window)
    inspector.details_box.setChecked(True)  # the longest captions
    inspector.tabs.setCurrentIndex(1)  # Filters
    strips = list(inspector.filter_strips.values())
    qtbot.waitUntil(lambda: all(strip.image is not None for strip in strips))
    view = strips[0].parentWidget().parentWidget()
    assert max(strip.width() for strip in strips) > view.width()  # the view scrolls sideways
    for strip in strips:
        strip.grab()  # painted: its caption lines as shown
        shown = strip.mapTo(view, QPoint(0, 0)).x() + strip._shown_width()
        assert shown <= view.width(), strip.name
        metrics = strip.fontMetrics()
        assert all(metrics.horizontalAdvance(line) <= strip._shown_width()
                   for line in strip.shown_caption.split("\n")), strip.shown_caption
    # The view narrows (the strips do not: the widest bank holds them): each caption
    # takes more lines and the maps move down under it, none cut at the strip's foot.
    inspector.resize(1100, inspector.height())
    qtbot.waitUntil(lambda: all(len(strip._caption()) == 1 for strip in strips))
    inspector.resize(1000, inspector.height())
    qtbot.waitUntil(lambda: any(len(strip._caption()) == 2 for strip in strips))
    qtbot.waitUntil(lambda: all(strip.height() == strip.sizeHint().height() for strip in strips))


def test_look_inside_opens_with_the_keyboard_on_its_layers(qtbot, window):
    # The keyboard started on "Details", a check box in its header.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.windows.get("inspector") is not None)
    inspector = window.windows.get("inspector")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inspector)
    assert QApplication.focusWidget() is inspector.tabs.tabBar()
