"""Empty states say what to do: a line of text where there would be a black box or a dash."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from app.preview import NetworkInputPreview

pytestmark = pytest.mark.gui


def colours(widget: QWidget) -> int:
    """How many different colours the widget paints (one: a plain box)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return len({image.pixel(x, y) for x in range(0, image.width(), 2)
                for y in range(0, image.height(), 2)})


def test_the_empty_preview_holds_a_line_of_text_not_a_black_box(qtbot):
    preview = NetworkInputPreview()
    qtbot.addWidget(preview)
    preview.resize(114, 114)
    preview.set_array(None)
    assert colours(preview) > 3  # frame, ground, and anti-aliased text


def test_look_inside_says_what_to_do_before_a_drawing_and_before_a_map_is_clicked(
        app_window, qtbot):
    inspector = app_window.windows.show("inspector")
    app_window.session.focus_input(None)
    for view in (inspector.side.saliency_view, inspector.side.detail_view):
        assert view.image is None and view.placeholder
        assert colours(view) > 2, view.objectName()


def test_the_explorer_says_it_is_loading(app_window, qtbot):
    explorer = app_window.windows.show("explorer")
    assert "Loading" in explorer.status_label.text() or explorer.has_data()
    qtbot.waitUntil(lambda: app_window.session.mnist is not None, timeout=60_000)
    app_window.windows.close_all()
