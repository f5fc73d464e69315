"""Feedback in the window: a non-blocking message box, a line in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget


def show_message(parent: QWidget, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A non-blocking message box (the event loop, and drawing, go on)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_status(window: QMainWindow, text: str, timeout_ms: int = 0) -> None:
    """A line in the window's status bar (gone after ``timeout_ms``; 0 = stays)."""
    window.statusBar().showMessage(text, timeout_ms)
