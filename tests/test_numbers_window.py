"""Numbers in the window: drawn with the mouse, read, logged, corrected digit by digit."""

from __future__ import annotations

import logging

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.main_window import DEFAULT_SIZE
from tests.test_segment import ONE, ZERO, compose

SEVEN = [[(0.0, 0.0), (1.0, 0.0), (0.35, 1.3)]]


@pytest.fixture
def window(app_window, qtbot):
    """The window at its default size.

    A geometry saved by an earlier test may have been fitted to the small offscreen screen.
    """
    app_window.resize(*DEFAULT_SIZE)
    qtbot.waitUntil(lambda: app_window.canvas.width() > DEFAULT_SIZE[0] // 2)
    return app_window


def mouse_stroke(qtbot, canvas, points):
    """One stroke with real mouse events (press, moves, release)."""
    points = [QPoint(round(x), round(y)) for x, y in points]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:-1]:
        qtbot.mouseMove(canvas, point)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=points[-1])


def draw_number(qtbot, window, templates):
    window.canvas.set_pen_width(14)
    strokes, _ = compose(templates, size=110, gap=0.35, left=60, top=80)
    for stroke in strokes:
        mouse_stroke(qtbot, window.canvas, stroke)


def test_a_number_drawn_with_the_mouse_is_read_and_logged(window, qtbot, caplog):
    caplog.set_level(logging.INFO, logger="app.session")
    draw_number(qtbot, window, [ONE, ZERO, SEVEN])
    qtbot.waitUntil(lambda: window.prediction_label.text() == "107")
    reading = window.prediction_panel.reading
    confidence = np.prod([d.confidence for d in reading.digits])
    assert f"prediction: number=107 confidence={confidence:.3f}" in caplog.text
    assert window.prediction_panel.tiles.isVisible()


def test_the_canvas_has_room_for_five_digits(window, qtbot):
    # At the default window size: five digits of a comfortable height (170 px, a
    # quarter of the canvas) 0.6 of that wide, with gaps of 30 %, side by side.
    def room() -> bool:
        digit_height = window.canvas.height() / 4
        return digit_height >= 170 and 5 * 0.6 * digit_height + 4 * 0.3 * digit_height \
            < window.canvas.width()

    qtbot.waitUntil(room)


def test_correcting_one_digit_of_a_number_saves_that_digit(window, qtbot):
    draw_number(qtbot, window, [ONE, ZERO, SEVEN])
    qtbot.waitUntil(lambda: window.prediction_label.text() == "107")
    panel = window.prediction_panel
    qtbot.mouseClick(panel.tile(1), Qt.MouseButton.LeftButton)
    expected = panel.reading.digits[1].network_input.copy()
    qtbot.keyClick(window.canvas, Qt.Key.Key_6)
    samples = window.session.drawings.list()
    assert len(samples) == 1
    assert samples[0].label == 6 and samples[0].predicted == 0
    assert np.array_equal(samples[0].image, np.round(expected * 255).astype(np.uint8))
    assert not window.canvas.is_empty()  # the number stays for the next correction
    assert panel.selected_index() == 2 and "saved: 6" in panel.tile(1).text()
    # A screen reader hears it too (the tile said "Read as 0" only).
    assert panel.tile(1).accessibleDescription().startswith("Saved as a 6. Read as 0")
    strokes_before = len(window.canvas.strokes())
    window.undo_action.trigger()  # Ctrl+Z takes the sample back, not a stroke
    assert len(window.session.drawings) == 0
    assert len(window.canvas.strokes()) == strokes_before
    assert "saved" not in panel.tile(1).text()
    assert panel.tile(1).accessibleDescription().startswith("Read as 0")


def test_add_as_example_keeps_every_digit_of_a_number(window, qtbot):
    draw_number(qtbot, window, [ONE, ZERO, SEVEN])
    qtbot.waitUntil(lambda: window.prediction_label.text() == "107")
    window.add_example_button.click()
    assert sorted(s.label for s in window.session.drawings.list()) == [0, 1, 7]
    assert window.canvas.is_empty()


def recorded_reads(monkeypatch, hold=None):
    """(search_cuts, ran on the GUI thread) of every read; ``hold`` keeps searches waiting."""
    import threading

    import app.reader as reader
    import app.session as session

    calls = []
    real = session.read_number

    def recording(image, classifier, strokes=None, search_cuts=True):
        on_gui_thread = threading.current_thread() is threading.main_thread()
        calls.append((search_cuts, on_gui_thread))
        if search_cuts and hold is not None and not on_gui_thread:
            assert hold.wait(10)
        return real(image, classifier, strokes, search_cuts)

    monkeypatch.setattr(session, "read_number", recording)  # the quick reading, a save's
    monkeypatch.setattr(reader, "read_number", recording)  # the search thread's
    return calls


def wide_stroke(qtbot, canvas, release=True):
    """A zigzag much wider than one digit: its cut is searched."""
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(60, 120))
    for x in range(60, 400, 10):
        qtbot.mouseMove(canvas, QPoint(x, 120 + (x % 40)))
    if release:
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 120))


def test_the_search_for_cuts_waits_for_the_release_and_runs_off_the_gui_thread(
        window, qtbot, monkeypatch):
    # Scoring every candidate cut of touching digits takes 25-200 ms: done at 25 Hz
    # mid-stroke, or on the GUI thread at all, it would hold the window up.
    calls = recorded_reads(monkeypatch)
    wide_stroke(qtbot, window.canvas, release=False)
    qtbot.waitUntil(lambda: len(calls) > 0)  # the live timer fired while the button is down
    assert calls == [(False, True)]
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 120))
    assert window.session.settling
    qtbot.waitUntil(lambda: not window.session.settling)
    assert calls == [(False, True), (False, True), (True, False)]
    assert window.session.reading is not None and not window.session.reading.rough


def test_a_search_overtaken_by_a_newer_drawing_is_never_shown(window, qtbot, monkeypatch):
    import threading

    hold = threading.Event()
    calls = recorded_reads(monkeypatch, hold)
    wide_stroke(qtbot, window.canvas)
    qtbot.waitUntil(lambda: (True, False) in calls)  # the search is under way, held
    window.canvas.clear()
    assert not window.session.settling  # a changed drawing drops the search at once
    qtbot.waitUntil(lambda: window.session.reading is None)
    hold.set()
    qtbot.waitUntil(window.session._search.idle)
    assert window.session.reading is None  # still blank: the old drawing's answer was dropped


def test_a_save_during_the_search_finishes_the_search_first(window, qtbot, monkeypatch):
    import threading

    hold = threading.Event()
    calls = recorded_reads(monkeypatch, hold)
    wide_stroke(qtbot, window.canvas)
    qtbot.waitUntil(lambda: (True, False) in calls)  # the search is under way, held
    shown = []
    window.session.readingChanged.connect(lambda reading, *_: shown.append(reading))
    window.add_example_button.click()  # at once: what is saved must be the searched reading
    assert (True, True) in calls and not window.session.settling
    settled = next(r for r in reversed(shown) if r is not None)  # (then cleared, if kept)
    assert not settled.rough
    hold.set()
    qtbot.waitUntil(window.session._search.idle)
    assert window.session.reading in (settled, None)  # the late answer was dropped


def test_undo_and_redo_read_the_drawing_as_a_finished_one(window, qtbot):
    # They put back a whole drawing, but only the live preview read it: the quick
    # reading (digits written close left whole, touching digits cut at the thinnest
    # ink) stayed, where the drawing read otherwise before it was cleared.
    from tests.test_segment import TWO

    window.canvas.set_pen_width(14)
    strokes, _ = compose([TWO, ONE], size=110, gap=0.0, left=60, top=80)  # "21", close
    for stroke in strokes:
        mouse_stroke(qtbot, window.canvas, stroke)
    qtbot.waitUntil(lambda: not window.session.settling and window.session.reading is not None)
    assert window.session.reading.number == "21"
    window.canvas.clear()
    qtbot.waitUntil(lambda: window.session.reading is None)
    window.undo()
    qtbot.waitUntil(lambda: window.session.reading is not None and not window.session.settling)
    assert window.session.reading.number == "21" and not window.session.reading.rough
    window.canvas.undo()  # the second stroke goes
    window.canvas.redo()  # and comes back
    qtbot.waitUntil(lambda: not window.session.settling and window.session.reading is not None
                    and len(window.session.reading.digits) == 2)
    assert window.session.reading.number == "21"


def test_look_inside_says_which_digit_of_the_number_it_shows(window, qtbot):
    # It said "The canvas · digit 2", not of how many.
    draw_number(qtbot, window, [ONE, ZERO, SEVEN])
    qtbot.waitUntil(lambda: window.prediction_label.text() == "107")
    inspector = window.windows.show("inspector")
    qtbot.waitUntil(lambda: inspector.source_label.text() == "The canvas · digit 1 of 3")
    qtbot.mouseClick(window.prediction_panel.tile(1), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inspector.source_label.text() == "The canvas · digit 2 of 3")
    inspector.close()


# A cursive a in one stroke: its bowl, up the right side, down the stem, a small tail
# (a tester's stroke, 1366x768 screen pixels less the canvas's place).
CURSIVE_A = [(457, 355), (443, 336), (425, 322), (403, 313), (380, 310), (356, 313), (335, 322),
             (316, 336), (302, 355), (293, 376), (290, 400), (293, 423), (302, 445), (316, 463),
             (334, 477), (356, 486), (380, 490), (403, 486), (425, 477), (443, 463), (457, 445),
             (466, 423), (470, 400), (466, 376), (470, 340), (470, 460), (510, 490), (540, 470)]


def test_a_cursive_a_in_one_stroke_is_not_cut_through_its_bowl(window, qtbot):
    # It read "62" at 99 %: cut through the bowl, the open bowl read as a 6.
    window.canvas.set_pen_width(18)
    points = [(x - 70, y - 90) for x, y in CURSIVE_A]  # as the mouse moved, 8 steps a line
    dense = [points[0]] + [(int(x0 + (x1 - x0) * t / 8), int(y0 + (y1 - y0) * t / 8))
                           for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False)
                           for t in range(1, 9)]
    mouse_stroke(qtbot, window.canvas, dense)
    qtbot.waitUntil(lambda: not window.session.settling)
    assert window.prediction_label.text() == "Not a digit"
    # A click in the bowl (to give the canvas the keyboard) leaves a dot: still one stroke
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(330, 310))
    qtbot.waitUntil(lambda: len(window.canvas.strokes()) == 2 and not window.session.settling)
    assert window.prediction_label.text() == "Not a digit"
