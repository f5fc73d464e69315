"""A keyboard user sees where the keyboard is when a window comes back from a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from app.focus_ring import keep_focus_ring

KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange


@pytest.fixture
def button(qapp, qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Import", window)
    QVBoxLayout(window).addWidget(button)
    keeper = keep_focus_ring(qapp)
    yield button
    qapp.removeEventFilter(keeper)


def leave_and_come_back(button: QPushButton, shown: bool) -> None:
    """A dialog opens over the window and closes: Qt forgets the ring on the way back."""
    window = button.window()
    window.setAttribute(KEYBOARD, shown)
    QApplication.sendEvent(button, QFocusEvent(QEvent.Type.FocusOut,
                                               Qt.FocusReason.ActiveWindowFocusReason))
    window.setAttribute(KEYBOARD, False)  # as Qt does when the window is active again
    QApplication.sendEvent(button, QFocusEvent(QEvent.Type.FocusIn,
                                               Qt.FocusReason.ActiveWindowFocusReason))


def test_the_ring_shown_before_a_dialog_shows_again_after_it(button):
    # Seen under X11: Import, a folder dialog, Esc: the keyboard on Import, no ring.
    leave_and_come_back(button, shown=True)
    assert button.window().testAttribute(KEYBOARD)


def test_a_mouse_users_window_gets_no_ring_from_a_dialog(button):
    leave_and_come_back(button, shown=False)
    assert not button.window().testAttribute(KEYBOARD)
