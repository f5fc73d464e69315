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
