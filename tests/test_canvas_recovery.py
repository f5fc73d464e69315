"""The drawing survives a crash or a kill of the app itself, and a damaged recovery file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from app.main_window import MainWindow
from app.recovery import FILE_NAME

pytestmark = pytest.mark.gui

STROKES = [[(210, 80), (200, 330)], [(300, 100), (380, 100), (320, 330)]]


def strokes_of(window: MainWindow) -> list:
    return [stroke.tolist() for stroke in window.canvas.strokes()]


def open_window(qtbot, data_dir) -> MainWindow:
    window = MainWindow(data_dir=data_dir, load_model=False)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    return window


def left_behind(folder) -> object:
    """``folder``'s recovery file copied into a folder of its own, as a crash leaves it.

    (The window that wrote it still runs and keeps its own.)
    """
    copy = folder / "left-behind"
    copy.mkdir()
    shutil.copy(folder / FILE_NAME, copy / FILE_NAME)
    return copy


def draw_and_get_killed(data_dir, strokes) -> list:
    """A real app process draws ``strokes``, is killed with SIGKILL; returns its strokes."""
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from app.main_window import MainWindow
        app = QApplication([])
        window = MainWindow(data_dir=Path({str(data_dir)!r}), load_model=False)
        window.resize(1100, 700)
        window.show()
        for stroke in {strokes!r}:
            window.canvas.draw_stroke(stroke)
        print(repr([s.tolist() for s in window.canvas.strokes()]), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.returncode == -9, child.stderr
    return eval(child.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr


def test_a_killed_app_gives_the_drawing_back(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    drawn = draw_and_get_killed(data_dir, STROKES)
    assert (data_dir / FILE_NAME).exists()
    window = open_window(qtbot, data_dir)
    assert strokes_of(window) == drawn
    assert not window.canvas.is_empty()
    assert "Your drawing is back" in window.message_bar.text()
    # Said before the window was shown, the note is still as wide as the canvas lets it be
    # (it stayed the width of the canvas before the window was laid out: a narrow box).
    from app.message_bar import MARGIN, MAX_WIDTH

    qtbot.waitUntil(lambda: window.message_bar.width() == min(
        MAX_WIDTH, window.canvas.width() - 2 * MARGIN))
    window.canvas.undo()  # the restore is one undoable step
    assert window.canvas.is_empty()


def test_the_canvas_is_saved_at_the_end_of_every_stroke(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.canvas.draw_stroke(STROKES[0])
    first = (tmp_path / FILE_NAME).read_bytes()
    window.canvas.draw_stroke(STROKES[1])
    assert (tmp_path / FILE_NAME).read_bytes() != first


def test_two_instances_never_overwrite_each_others_drawing_and_a_crash_is_recovered(
        qtbot, tmp_path):
    first = open_window(qtbot, tmp_path)
    first.canvas.draw_stroke(STROKES[0])
    mine = strokes_of(first)
    second = open_window(qtbot, tmp_path)  # a second window on the same folder
    assert second.canvas.is_empty()  # the first one's drawing is not taken from it
    second.canvas.draw_stroke(STROKES[1])
    second.close()
    # Another instance draws and crashes while the first still runs.
    crashed = draw_and_get_killed(tmp_path, STROKES[1:])
    first.canvas.draw_stroke(STROKES[0])  # the first keeps saving to its own file
    mine = strokes_of(first)
    first.close()  # a clean close of the first: its drawing is not to come back
    again = open_window(qtbot, tmp_path)
    assert strokes_of(again) == crashed != mine
    assert "Your drawing is back" in again.message_bar.text()


def test_an_opened_image_is_saved_too(qtbot, tmp_path):
    import numpy as np

    window = open_window(qtbot, tmp_path)
    digit = np.zeros((28, 28), np.uint8)
    digit[4:24, 12:16] = 255
    window.canvas.set_array(digit)
    qtbot.waitUntil((tmp_path / FILE_NAME).exists, timeout=5_000)
    again = open_window(qtbot, left_behind(tmp_path))
    assert again.canvas.strokes() is None  # an image, not strokes
    assert again.canvas.to_array().tolist() == window.canvas.to_array().tolist()


def test_a_test_image_shown_is_not_what_comes_back_the_persons_drawing_is(qtbot, tmp_path):
    # Brought back after a crash, a test image was saved as the person's own drawing.
    from tests.helpers import mnist

    window = open_window(qtbot, tmp_path)
    window.session.load_model()
    qtbot.waitUntil(lambda: window.session.classifier is not None, timeout=30_000)
    window.canvas.draw_stroke(STROKES[0])
    mine = strokes_of(window)
    window.show_test_image(1, mnist().x_test[1], int(mnist().y_test[1]))
    assert window.recovery._timer.isActive()  # the change would be saved shortly
    qtbot.waitUntil(lambda: not window.recovery._timer.isActive(), timeout=5_000)
    again = open_window(qtbot, left_behind(tmp_path))
    assert strokes_of(again) == mine


def test_a_clean_close_or_a_clear_leaves_nothing_to_restore(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.canvas.draw_stroke(STROKES[0])
    window.canvas.clear()
    assert not (tmp_path / FILE_NAME).exists()
    window.canvas.draw_stroke(STROKES[0])
    window.close()
    assert not (tmp_path / FILE_NAME).exists()
    again = open_window(qtbot, tmp_path)
    assert again.canvas.is_empty() and "Your drawing" not in again.message_bar.text()


@pytest.mark.faults
def test_a_damaged_recovery_file_is_kept_aside_and_the_app_starts(qtbot, tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"\x89PNG\r\n\x1a\n not really a png")
    window = open_window(qtbot, tmp_path)
    assert window.canvas.is_empty()
    assert (tmp_path / "canvas-recovery.damaged.png").exists()  # never deleted


@pytest.mark.faults
def test_damaged_strokes_still_give_the_pixels_back(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    window = open_window(qtbot, tmp_path)
    window.canvas.draw_stroke(STROKES[0])
    folder = left_behind(tmp_path)
    image = QImage(str(folder / FILE_NAME))
    image.setText("strokes", "[[1, 2, 3]] not json")
    assert image.save(str(folder / FILE_NAME))
    again = open_window(qtbot, folder)
    assert again.canvas.strokes() is None
    assert again.canvas.to_array().tolist() == window.canvas.to_array().tolist()


@pytest.mark.faults
@pytest.mark.parametrize("dpr", ["0", "nan", "-3", "a lot"])
def test_a_damaged_pixel_ratio_never_stops_the_app(qtbot, tmp_path, dpr):
    from PySide6.QtGui import QImage

    window = open_window(qtbot, tmp_path)
    window.canvas.draw_stroke(STROKES[0])
    folder = left_behind(tmp_path)
    image = QImage(str(folder / FILE_NAME))
    image.setText("dpr", dpr)
    assert image.save(str(folder / FILE_NAME))
    again = open_window(qtbot, folder)  # starts, whatever the file says
    assert not again.canvas.is_empty()  # and the drawing is back, at a ratio of 1
    assert strokes_of(again) == strokes_of(window)


def test_a_drawing_restored_on_a_smaller_canvas_is_scaled_to_fit_never_cut(qtbot, tmp_path):
    import numpy as np

    window = open_window(qtbot, tmp_path)
    window.canvas.draw_stroke(STROKES[0])
    window.canvas.draw_stroke([(50, 50), (window.canvas.width() - 5, window.canvas.height() - 5)])
    folder = left_behind(tmp_path)
    small = MainWindow(data_dir=folder, load_model=False)  # a smaller screen now
    qtbot.addWidget(small)
    small.resize(small.minimumSizeHint())
    small.show()
    canvas = small.canvas
    assert canvas.width() < window.canvas.width() - 10  # the drawing would not fit as it was
    assert all(0 <= x <= canvas.width() and 0 <= y <= canvas.height()
               for stroke in strokes_of(small) for x, y in stroke)
    store, _ = canvas.drawing()  # the whole store: no ink hidden past the visible canvas
    ink = np.frombuffer(store.constBits(), np.uint8).reshape(store.height(), -1)
    ink = ink[:, :store.width()] < 255
    assert (canvas.to_array() < 255).sum() == ink.sum() > 0


def test_a_window_made_smaller_scales_the_drawing_never_cuts_it(qtbot, tmp_path):
    # Shrunk, the canvas showed "31" of a "317" while the answer still said 317.
    window = open_window(qtbot, tmp_path)
    window.session.load_model()
    qtbot.waitUntil(lambda: window.session.classifier is not None, timeout=30_000)
    readings = []
    window.session.readingChanged.connect(lambda *_: readings.append(1))
    canvas = window.canvas
    canvas.draw_stroke([(50, 50), (canvas.width() - 5, canvas.height() - 5)])
    wide = canvas.width()
    readings.clear()
    window.resize(window.minimumSizeHint())
    qtbot.waitUntil(lambda: canvas.width() < wide - 10)
    qtbot.waitUntil(lambda: all(0 <= x <= canvas.width() and 0 <= y <= canvas.height()
                                for stroke in strokes_of(window) for x, y in stroke))
    assert readings  # read again: the answer is of the drawing as it now is


def test_an_opened_image_is_fitted_again_whenever_the_window_changes_size(qtbot, tmp_path):
    # Maximised, an opened image stayed in the canvas's top left corner; shrunk and
    # grown again, it stayed small, a copy of a copy (its answer changed: 2024 read 24).
    import numpy as np
    from PySide6.QtGui import QColor, QImage

    image = QImage(60, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(8, 20):  # a bar left of the picture's middle
        for y in range(10, 80):
            image.setPixelColor(x, y, QColor("black"))
    path = tmp_path / "bar.png"
    assert image.save(str(path))
    window = open_window(qtbot, tmp_path)
    assert window.open_image(path)
    canvas = window.canvas

    def placed() -> tuple[float, float, float]:
        """The bar's middle from the canvas's middle, and its height, in canvas heights."""
        rows, cols = np.nonzero(canvas.to_array() < 128)
        if rows.size == 0:  # out of view until it is fitted again
            return (np.inf,) * 3
        return ((cols.min() + cols.max()) / 2 / canvas.height() - canvas.width() / 2
                / canvas.height(), (rows.min() + rows.max()) / 2 / canvas.height() - 0.5,
                (rows.max() - rows.min() + 1) / canvas.height())

    shown, before = canvas.to_array(), placed()
    assert before[0] < -0.05  # left of the middle, as in the picture
    small = canvas.size()
    window.resize(1500, 1000)  # as opened in the larger canvas
    qtbot.waitUntil(lambda: canvas.width() > small.width() + 100)
    qtbot.waitUntil(lambda: np.allclose(placed(), before, atol=0.02))
    window.resize(window.minimumSizeHint())  # smaller than the picture: scaled, never cut
    qtbot.waitUntil(lambda: canvas.height() < small.height() - 100)
    qtbot.waitUntil(lambda: np.allclose(placed(), before, atol=0.03))
    window.resize(1100, 700)  # restored: the picture exactly as it was opened
    qtbot.waitUntil(lambda: canvas.size() == small)
    qtbot.waitUntil(lambda: np.array_equal(canvas.to_array(), shown))
    # A drawing stays where the person drew it.
    canvas.clear()
    canvas.draw_stroke([(60, 60), (60, 160)])
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: canvas.width() < small.width() + 100)
    assert not canvas.fit_drawing_to_view()
    assert strokes_of(window) == [[[60.0, 60.0], [60.0, 160.0]]]
