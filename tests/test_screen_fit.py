"""Every window fits a 1280x720 screen (less a title bar and a panel); layouts do not jump."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

from app import screen_fit
from app.screen_fit import SMALLEST_AREA, first_geometry, fits, place, restore_geometry
from tests.test_number import decision, reading_of

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 32, 1366, 768 - 32 - 40)  # 1366x768 less a top bar and a bottom panel
SMALL = QRect(0, 0, SMALLEST_AREA.width(), SMALLEST_AREA.height())
BIG = QRect(0, 0, 1920, 1080 - 40)
SCALED = QRect(0, 0, 1366 * 2 // 3, 768 * 2 // 3 - 40)  # 1366x768 at 150 %, less a panel


def smallest_size(window: QWidget) -> QSize:
    """The smallest size the window can be given (what its layout allows)."""
    return window.minimumSize().expandedTo(window.minimumSizeHint())


def all_windows(window) -> dict[str, QWidget]:
    return {"main": window, **{name: window.windows.show(name)
                               for name in ("inspector", "explorer", "drawings", "models")},
            "shortcuts": window.access.show_shortcuts()}


def test_every_window_fits_1280x720_with_a_title_bar_and_a_panel(app_window, qtbot):
    for name, shown in all_windows(app_window).items():
        smallest = smallest_size(shown)
        # And a laptop at 150 %: the explorer's least height was taller than its screen.
        assert smallest.width() <= SCALED.width(), (name, smallest)
        assert smallest.height() <= SCALED.height(), (name, smallest)
        for area in (SCALED, SMALL, LAPTOP, BIG):
            rect = place(shown, shown.size(), area)
            assert fits(rect, area), (name, area, rect)
            assert shown.geometry() == rect
    # The explorer loads the test set and evaluates it: wait for the one, stop the other.
    qtbot.waitUntil(lambda: app_window.session.mnist is not None, timeout=60_000)
    app_window.windows.close_all()


def test_look_inside_side_panel_scrolls_rather_than_overlapping(app_window, qtbot):
    inspector = app_window.windows.show("inspector")
    place(inspector, inspector.size(), SMALL)
    side = inspector.findChild(QWidget, "sidePanel")
    qtbot.waitUntil(lambda: side.parentWidget().height() < side.minimumSizeHint().height())
    qtbot.waitUntil(lambda: side.height() >= side.minimumSizeHint().height())  # not squeezed
    children = [w for w in side.findChildren(QWidget) if w.parentWidget() is side
                and w.isVisible()]
    for a in children:  # nothing drawn over anything else (the saliency map over the digits)
        for b in children:
            if a is not b:
                assert not a.geometry().intersects(b.geometry()), (a.objectName(),
                                                                    b.objectName())


def test_the_first_geometry_is_most_of_the_screen_centred_and_capped():
    rect = first_geometry(QSize(1600, 1000), LAPTOP)
    assert rect.size() == QSize(int(1366 * 0.9), int(LAPTOP.height() * 0.9))
    assert rect.center() == LAPTOP.center()
    big = first_geometry(QSize(1600, 900), BIG)
    assert big.size() == QSize(1600, 900) and big.center() == BIG.center()
    # A minimum larger than the fraction wins, but never over the screen.
    assert first_geometry(QSize(1600, 1000), SMALL, QSize(1250, 2000)).size() == QSize(
        1250, SMALL.height())


def test_a_saved_geometry_larger_than_the_screen_is_not_restored(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setGeometry(QRect(10, 40, 1500, 1000))
    too_big = widget.saveGeometry()
    widget.setGeometry(QRect(20, 50, 700, 500))
    fitting = widget.saveGeometry()
    first = QRect(30, 60, 600, 400)
    widget.setGeometry(first)
    assert not restore_geometry(widget, too_big, SMALL)
    assert widget.geometry() == first
    assert restore_geometry(widget, fitting, SMALL)
    assert widget.geometry() == QRect(20, 50, 700, 500)
    assert not restore_geometry(widget, "enormous", SMALL)


def test_the_main_window_does_not_restore_a_geometry_from_a_bigger_screen(
        qtbot, tmp_app_dirs, monkeypatch):
    from app.main_window import MainWindow

    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(QRect(0, 30, 1900, 1000))
    QSettings().setValue("window/geometry", big.saveGeometry())
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: LAPTOP)
    window = MainWindow(data_dir=tmp_app_dirs.data, load_model=False)
    qtbot.addWidget(window)
    assert fits(window.geometry(), LAPTOP)
    assert window.geometry().center() == LAPTOP.center()
    QSettings().remove("window")


def regions(window, within: QWidget | None = None) -> dict[str, QRect]:
    """Where the answer, the preview, the tiles and the histogram are, in the window."""
    panel = window.prediction_panel
    for layout in (panel.layout(), panel.parentWidget().layout()):
        layout.activate()  # lay out now, as the next paint would
    widgets = {"answer": panel.prediction_label, "confidence": panel.confidence_label,
               "preview": panel.preview, "tiles": panel.tiles,
               "caption": panel.chart_caption, "histogram": panel.chart}
    return {name: QRect(w.mapTo(within or window, w.rect().topLeft()), w.size())
            for name, w in widgets.items()}


def test_the_answer_preview_tiles_and_histogram_keep_their_place_in_every_state(app_window):
    session = app_window.session
    session.show_reading(None)
    blank, splitter = regions(app_window), app_window.splitter.sizes()
    assert blank["preview"].size() == QSize(114, 114)
    states = {
        "digit": (reading_of(decision(4, 0.99)), None),
        "number": (reading_of(decision(2, 0.9), decision(9, 0.8), decision(1, 0.99),
                              decision(7, 0.9), decision(3, 0.9)), None),
        "not a digit": (reading_of(decision(4, 0.3, "not_a_digit")), None),
        "not a number": (reading_of(decision(4, 0.3, "not_a_digit"), decision(1, 0.9)), None),
        "test image": (reading_of(decision(3, 0.97)), 3),
    }
    for name, (reading, truth) in states.items():
        session.show_reading(reading, truth)
        assert regions(app_window) == blank, name
        assert app_window.splitter.sizes() == splitter, name  # the text does not move it


def test_the_empty_histogram_and_tile_row_say_what_to_do(app_window):
    app_window.session.show_reading(None)
    panel = app_window.prediction_panel
    assert panel.chart_caption.isVisible() and panel.chart_caption.text().startswith(
        "Draw a digit")
    assert panel.tiles_hint.isVisible() and "number" in panel.tiles_hint.text()
    app_window.session.show_reading(reading_of(decision(2, 0.9), decision(9, 0.8)))
    assert panel.tiles.isVisible() and not panel.tiles_hint.isVisible()


def test_opening_the_training_settings_leaves_the_histogram_in_place(app_window):
    # In the panel's layout; the panel may scroll to show the settings on a short screen.
    content = app_window.prediction_panel.parentWidget()
    before = regions(app_window, content)
    app_window.training_panel.settings_toggle.setChecked(True)
    assert app_window.training_panel.settings_box.isVisible()
    app_window.training_panel.layout().activate()
    assert regions(app_window, content) == before


def test_closing_the_settings_with_a_click_brings_the_answer_back_into_view(app_window, qtbot):
    # On a short screen the settings are below the fold; closed, the panel stayed there.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    app_window.resize(1280, 560)
    toggle = app_window.training_panel.settings_toggle
    area = app_window.findChild(QScrollArea, "rightPanelScroll")
    answer = app_window.prediction_label
    def answer_shown() -> bool:
        return area.viewport().rect().contains(
            answer.mapTo(area.viewport(), answer.rect().center()))

    toggle.setChecked(True)
    app_window.bring_into_view(app_window.training_panel.settings_box)
    qtbot.waitUntil(lambda: not answer_shown())
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(answer_shown)


def test_opening_the_settings_on_a_short_screen_shows_them_and_keeps_the_button(
        app_window, qtbot):
    # Opened from the keyboard on a laptop, they opened below the fold: only the
    # button's arrow changed.
    from PySide6.QtWidgets import QScrollArea

    app_window.resize(1280, 560)
    panel = app_window.training_panel
    area = app_window.findChild(QScrollArea, "rightPanelScroll")

    def shown(widget) -> bool:
        return area.viewport().rect().contains(
            widget.mapTo(area.viewport(), widget.rect().center()))

    app_window.bring_into_view(app_window.prediction_label)
    qtbot.waitUntil(lambda: not shown(panel.epochs) and shown(app_window.prediction_label))
    panel.settings_toggle.setChecked(True)
    qtbot.waitUntil(lambda: shown(panel.epochs))
    assert shown(panel.settings_toggle)


@pytest.mark.parametrize(("area", "maximised"), [(QRect(0, 24, 1024, 576), True),
                                                 (LAPTOP, False)])
def test_on_a_netbook_the_main_window_opens_maximised(qtbot, monkeypatch, area, maximised):
    # At 90 % of a 1024 px screen the German canvas got 377 px of 920.
    from app import startup

    monkeypatch.setattr(startup, "available_area", lambda widget=None: area)
    window = QWidget()
    qtbot.addWidget(window)
    startup.show_first(window)
    qtbot.waitExposed(window)
    assert window.isMaximized() == maximised


def test_the_shortcuts_window_opens_within_a_short_screen(app_window, monkeypatch):
    # At 150 % on 1366x768 it opened 520 px tall on 472: its Close button below the edge.
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: SCALED)
    shortcuts = app_window.access.show_shortcuts()
    assert fits(shortcuts.geometry(), SCALED), shortcuts.geometry()


def test_the_explorer_fits_a_short_screen_and_scrolls_to_its_page_buttons(qtbot):
    # 1366x768 at 150 % is 910x512: the explorer's least size was 881x562 (logical), its
    # title bar above the screen and its page and export buttons below it.
    from PySide6.QtWidgets import QScrollArea

    from app.explorer import ExplorerWindow

    explorer = ExplorerWindow(lambda: None)
    qtbot.addWidget(explorer)
    assert explorer.minimumSizeHint().height() <= 512 - 40  # a title bar and a panel
    explorer.resize(905, 440)
    explorer.show()
    area = explorer.findChild(QScrollArea, "explorerScroll")
    assert not explorer.next_button.visibleRegion().boundingRect().height()  # below, at first
    area.ensureWidgetVisible(explorer.next_button)
    qtbot.waitUntil(lambda: explorer.next_button.visibleRegion().boundingRect().height()
                    == explorer.next_button.height())


def test_a_hint_on_two_lines_is_never_painted_over_the_images(qtbot):
    # At 1024x600 in French the hint under the grid wrapped onto a second line drawn over
    # the last row of images: in the scroll area it had one line's height.
    from app.explorer import ExplorerWindow

    explorer = ExplorerWindow(lambda: None)
    qtbot.addWidget(explorer)
    explorer.resize(905, 440)
    explorer.show()
    label = explorer.selection_label
    label.setText("Cliquez sur une image pour l'afficher dans la fenêtre principale ; "
                  "double-cliquez pour y aller. " * 2)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().height()  # it wraps
    assert not label.geometry().intersects(explorer.grid.geometry())


def test_a_wrapped_line_once_narrow_takes_one_line_again_when_wide(qtbot):
    # Its height was set as a minimum, and Qt's height for a width never goes below the
    # minimum: after the explorer was once narrow, its lines kept three lines' height.
    from PySide6.QtWidgets import QVBoxLayout

    from app.screen_fit import WrappedLabel

    panel = QWidget()
    qtbot.addWidget(panel)
    label = WrappedLabel("Page 1 of 400 · 10,000 images in the test set")
    QVBoxLayout(panel).addWidget(label)
    panel.show()
    line = label.fontMetrics().height()
    panel.resize(80, 300)
    qtbot.waitUntil(lambda: label.height() >= 3 * line)  # narrow: it wraps, and is given room
    panel.resize(800, 300)
    qtbot.waitUntil(lambda: panel.minimumSizeHint().height() < 2 * line + 30)


def test_every_shortcut_is_written_whole_in_german(app_window, qapp, qtbot):
    # German's Esc row was cut ("...zurück zur Zeichenfläche (E..."): the rows wrap now.
    from PySide6.QtCore import Qt

    from app.language import install_language
    from app.shortcuts_window import ShortcutsWindow

    install_language(qapp, "de")
    try:
        shortcuts = ShortcutsWindow(app_window)
        qtbot.addWidget(shortcuts)
        shortcuts.show()
        table = shortcuts.table
        qtbot.waitUntil(lambda: table.rowHeight(0) > 0)
        metrics, width = table.fontMetrics(), table.columnWidth(1)
        tall = 0
        for row in range(table.rowCount()):  # the height its words take at the column's width
            text = table.item(row, 1).text()  # (the whole width: a little less than they have)
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                          Qt.TextFlag.TextWordWrap, text).height()
            assert table.rowHeight(row) >= needed, text
            tall += needed > 2 * metrics.height()
        assert tall  # German has lines that take three
    finally:
        install_language(qapp, "en")
