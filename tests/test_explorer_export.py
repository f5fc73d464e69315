"""The explorer's exports: the grid and the matrix as PNG files, and what the window says."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel

from app.explorer import ExplorerWindow
from tests.helpers import ready_explorer
from tests.window_driver import wait_for_message

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ExplorerWindow:
    return ready_explorer(qtbot)


def answer_save_dialog(monkeypatch, path) -> list[tuple]:
    """The save dialog answers ``path``; returns the arguments it was asked with."""
    asked = []

    def save_file_name(*args):
        asked.append(args)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    return asked


@pytest.mark.parametrize("what", ["grid", "matrix"])
def test_export_writes_a_png_that_opens(view, tmp_path, what):
    path = tmp_path / f"{what}.png"
    export = view.export_grid if what == "grid" else view.export_matrix
    assert export(path)
    assert not QImage(str(path)).isNull()
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.width > 200 and image.height > 200


def test_the_exported_matrix_is_the_matrix_without_the_room_around_it(view, tmp_path):
    # A tall view leaves room under the square matrix: it was exported as a grey band.
    view.matrix_view.resize(420, 700)
    card = view.matrix_view.card_rect()
    assert card.height() < 600
    assert view.export_matrix(tmp_path / "matrix.png")
    with Image.open(tmp_path / "matrix.png") as image:
        assert image.size == (card.width() * view.devicePixelRatio(),
                              card.height() * view.devicePixelRatio())


def test_an_export_says_where_the_file_was_written(view, tmp_path, monkeypatch):
    asked = answer_save_dialog(monkeypatch, tmp_path / "grid")  # no extension: .png is added
    view.choose(1000)
    described = view.selection_label.text()
    view._ask_export("grid")
    assert asked[0][2].endswith("mnist-test-grid.png")  # the name suggested
    assert (tmp_path / "grid.png").is_file()
    # Under what it says of the chosen image, which it replaced.
    assert view.selection_label.text() == f"{described}\nSaved as {tmp_path / 'grid.png'}"
    view._ask_export("grid")  # said once, however often
    assert view.selection_label.text() == f"{described}\nSaved as {tmp_path / 'grid.png'}"


def test_export_to_an_unwritable_place_returns_false(view, tmp_path):
    assert view.export_grid(tmp_path / "missing-folder" / "grid.png") is False


def test_a_failed_export_says_so_with_a_named_warning(view, tmp_path, monkeypatch, qtbot):
    answer_save_dialog(monkeypatch, tmp_path / "missing-folder" / "matrix.png")
    view._ask_export("matrix")  # returns: the box does not stop the window
    box = wait_for_message(qtbot, view, "Export failed")
    assert "missing-folder" in box.text()
    assert [label.accessibleName() for label in box.findChildren(QLabel)
            if label.pixmap() is not None and not label.pixmap().isNull()] == ["Warning"]
    box.close()
