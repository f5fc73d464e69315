"""A combo box that keeps showing where the keyboard is after its list was used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox


class ComboBox(QComboBox):
    """QComboBox, its focus ring kept after a choice made in its list by keyboard.

    Qt forgets that the keyboard moved focus once the list closes, so the box still
    had the keyboard (Down changed the choice) but no ring showed where it was.
    """

    _keyboard = False  # the window showed keyboard focus when the list opened

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """The list opens: remember whether the keyboard's focus was shown."""
        if event.reason() == Qt.FocusReason.PopupFocusReason:
            self._keyboard = self.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """The list closed: show the keyboard's focus again if it was shown."""
        if event.reason() == Qt.FocusReason.PopupFocusReason and self._keyboard:
            self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        super().focusInEvent(event)
