"""The focus ring comes back with the window: a dialog closed, the keyboard's place shows.

Qt draws a focus ring only in a window that saw keyboard navigation
(``WA_KeyboardFocusChange``), and forgets it when the window is activated
again. A keyboard user who opened a file dialog from My drawings' Import and
closed it with Esc had the keyboard on Import with nothing showing where.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

_SHOWN = "keyboardFocusShown"  # a window's property: it showed the ring when it went inactive
_KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange


class _FocusRingKept(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if (event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
                and isinstance(watched, QWidget) and isinstance(event, QFocusEvent)
                and event.reason() == Qt.FocusReason.ActiveWindowFocusReason):
            window = watched.window()
            if event.type() == QEvent.Type.FocusOut:
                window.setProperty(_SHOWN, window.testAttribute(_KEYBOARD))
            elif window.property(_SHOWN):
                window.setAttribute(_KEYBOARD, True)
                watched.update()
        return False


def keep_focus_ring(app: QApplication) -> QObject:
    """Show the keyboard's place again when a window that showed it comes back."""
    keeper = _FocusRingKept(app)
    app.installEventFilter(keeper)
    return keeper
