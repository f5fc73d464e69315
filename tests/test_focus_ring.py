"""A keyboard user sees where the keyboard is when a menu, a list or a dialog closes.

conftest installs the app's filter, as the app's start does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange
AWAY = [Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason]


@pytest.fixture
def button(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Import", window)
    QVBoxLayout(window).addWidget(button)
    yield button  # the window kept alive with it


def leave_and_come_back(button: QPushButton, shown: bool, reason: Qt.FocusReason) -> None:
    """A dialog or menu opens over the window and closes: Qt forgets the ring on the way."""
    window = button.window()
    window.setAttribute(KEYBOARD, shown)
    QApplication.sendEvent(button, QFocusEvent(QEvent.Type.FocusOut, reason))
    window.setAttribute(KEYBOARD, False)  # as Qt does (a menu's action chosen by Enter)
    QApplication.sendEvent(button, QFocusEvent(QEvent.Type.FocusIn, reason))


@pytest.mark.parametrize("reason", AWAY)
def test_the_ring_shown_before_a_dialog_shows_again_after_it(button, reason):
    # Seen under X11: Import, From a folder, Esc: the keyboard on Import, no ring.
    leave_and_come_back(button, shown=True, reason=reason)
    assert button.window().testAttribute(KEYBOARD)


@pytest.mark.parametrize("reason", AWAY)
def test_a_mouse_users_window_gets_no_ring_from_a_dialog(button, reason):
    leave_and_come_back(button, shown=False, reason=reason)
    assert not button.window().testAttribute(KEYBOARD)
