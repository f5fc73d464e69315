"""An opened picture is read as it is (as the command line reads its file), not as shown."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from model.data.mnist import load_mnist
from model.data.number import read_number
from model.data.scanned import scanned_image

pytestmark = pytest.mark.gui


@pytest.fixture
def window(app_window):
    return app_window


def test_small_scans_read_in_the_window_as_their_files_are(window, tmp_path):
    # Fitted to the canvas and read there, a 14-pixel scan was blurred: the window
    # read fewer small scans right than `predict` read from the same files.
    mnist = load_mnist()
    images, labels = mnist.x_train[-5000:], mnist.y_train[-5000:]  # never trained on
    rng = np.random.default_rng(5)
    for count, index in enumerate(rng.choice(len(images), 80, replace=False)):
        look = ("low resolution", "tight crop")[count % 2]
        path = tmp_path / f"scan-{count}.png"
        scanned_image(images[index], look, rng).save(path)
        with Image.open(path) as file:
            expected = read_number(file.copy(), window.session.classifier).number
        assert window.open_image(path)
        window.session.settle()
        assert window.session.reading.number == expected, (look, int(labels[index]))


def test_a_pictures_digits_are_placed_where_the_picture_shows(window, tmp_path):
    # Each digit of a number is saved cropped from the canvas at its box.
    image = Image.new("L", (60, 30), 255)
    draw = ImageDraw.Draw(image)
    draw.line([(8, 5), (22, 5), (12, 25)], fill=0, width=3)  # a 7
    draw.line([(44, 4), (44, 26)], fill=0, width=3)  # a 1
    path = tmp_path / "seventy-one.png"
    image.save(path)
    assert window.open_image(path)
    window.session.settle()
    reading = window.session.reading
    assert len(reading.digits) == 2
    ink = window.canvas.to_array() < 128
    for digit in reading.digits:
        x, y, w, h = digit.box
        assert ink[y:y + h, x:x + w].sum() > 0.3 * ink.sum()  # about half the ink each
    (x0, _, w0, _), (x1, _, _, _) = (d.box for d in reading.digits)
    assert x0 + w0 <= x1 + 5  # side by side, in the canvas's pixels


def _write(path, draw_lines):
    image = Image.new("L", (200, 200), 255)
    if draw_lines:
        ImageDraw.Draw(image).line(draw_lines, fill=0, width=14)
    image.save(path)
    return path


def test_a_picture_brought_back_by_undo_is_read_as_when_it_was_opened(window, tmp_path):
    # Read again from the canvas's pixels, a grainy photo read "8" after Undo and
    # "not a digit" when opened: one picture, two answers.
    path = _write(tmp_path / "seven.png", [(50, 40), (150, 40), (90, 170)])
    assert window.open_image(path)
    window.session.settle()
    def answer(reading):
        return reading.number, [(d.box, d.confidence) for d in reading.digits]

    opened = answer(window.session.reading)
    window.canvas.clear()
    window.session.settle()
    window.undo()
    window.session.settle()
    assert window.canvas.picture() is not None
    assert answer(window.session.reading) == opened


def test_a_blank_page_opened_says_no_writing_was_found(window, tmp_path):
    assert window.open_image(_write(tmp_path / "blank.png", None))
    window.session.settle()
    assert window.confidence_label.text() == "No writing found in this picture"
    assert window.undo_action.isEnabled()  # the drawing before it comes back


def test_a_new_picture_is_not_described_with_the_last_ones_answer(window, tmp_path,
                                                                 monkeypatch):
    # As the file dialog closes the keyboard comes back to the canvas, and a reader
    # asking then what it holds heard the last picture's answer.
    from PySide6.QtWidgets import QFileDialog

    seven = _write(tmp_path / "seven.png", [(50, 40), (150, 40), (90, 170)])
    one = _write(tmp_path / "one.png", [(100, 30), (100, 170)])
    assert window.open_image(seven)
    window.session.settle()
    assert "Read as 7" in window.canvas.accessibleDescription()
    while_asked = []

    def ask(*_args, **_kwargs):
        while_asked.append(window.canvas.accessibleDescription())
        return str(one), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    window.open_image_dialog()
    assert "Read as" not in while_asked[0]
    window.session.settle()
    assert "Read as 1" in window.canvas.accessibleDescription()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    window.open_image_dialog()  # cancelled: the answer shown is described again
    assert "Read as 1" in window.canvas.accessibleDescription()


def test_a_16_bit_picture_keeps_its_greys(tmp_path):
    # Pillow clips 16-bit values at 255: a 16-bit scan showed with hard, stepped edges.
    from PySide6.QtGui import QColor

    from app.images import pil_to_qimage

    ramp = np.linspace(0, 65535, 256)[None, :].repeat(4, 0).astype(np.uint16)
    path = tmp_path / "ramp16.png"
    Image.fromarray(ramp).save(path)
    with Image.open(path) as image:
        assert image.mode == "I;16"
        shown = pil_to_qimage(image)
    greys = [QColor(shown.pixel(x, 0)).red() for x in range(0, 256, 32)]
    assert greys == [0, 32, 64, 96, 128, 160, 192, 224]
    # A float picture in 0..1 (Pillow's "F") is read as such, not as black and 1/255.
    shown = pil_to_qimage(Image.fromarray(ramp.astype(np.float32) / 65535, "F"))
    assert [QColor(shown.pixel(x, 0)).red() for x in range(0, 256, 64)] == [0, 64, 128, 192]
