"""The focus ring comes back: a list, a menu or a dialog closed, the keyboard's place shows.

Qt draws a focus ring only in a window that saw keyboard navigation
(``WA_KeyboardFocusChange``), and forgets it when a popup closes or the window
is activated again. A keyboard user who chose in a list (My drawings' Show),
or opened a file dialog from My drawings' Import and closed it with Esc, had
the keyboard in the window with nothing showing where. (The main window's menu
bar, which takes the keyboard only from the keyboard: app/keyboard.py.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

_SHOWN = "keyboardFocusShown"  # a window's property: it showed the ring when the keyboard left
_KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange
_AWAY = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class _FocusRingKept(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if (event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
                and isinstance(watched, QWidget) and isinstance(event, QFocusEvent)
                and event.reason() in _AWAY):
            window = watched.window()
            if event.type() == QEvent.Type.FocusOut:
                window.setProperty(_SHOWN, window.testAttribute(_KEYBOARD))
            elif window.property(_SHOWN):
                window.setAttribute(_KEYBOARD, True)
                watched.update()
        return False


def keep_focus_ring(app: QApplication) -> QObject:
    """Show the keyboard's place again when a popup or dialog that hid it closes."""
    keeper = _FocusRingKept(app)
    app.installEventFilter(keeper)
    return keeper
