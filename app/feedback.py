"""Feedback in the window: a non-blocking message box, a message in the window's message bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from app.message_bar import message_bar_of


def show_message(parent: QWidget, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A non-blocking message box (the event loop, and drawing, go on)."""
    box = _box(parent, title, text, icon, QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes-or-no question and wait for the answer (No is the default)."""
    box = _box(parent, title, text, QMessageBox.Icon.Question,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def _box(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon,
         buttons: QMessageBox.StandardButton) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName("messageBox")
    # Its icon says the kind of message; unnamed, a screen reader said only "icon".
    kinds = {QMessageBox.Icon.Information: QCoreApplication.translate("Feedback", "Information"),
             QMessageBox.Icon.Warning: QCoreApplication.translate("Feedback", "Warning"),
             QMessageBox.Icon.Critical: QCoreApplication.translate("Feedback", "Error"),
             QMessageBox.Icon.Question: QCoreApplication.translate("Feedback", "Question")}
    for label in box.findChildren(QLabel, "qt_msgboxex_icon_label"):
        label.setAccessibleName(kinds.get(icon, ""))
    return box


def tell(window: QWidget, text: str, kind: str = "info", action_text: str | None = None,
         action: Callable[[], object] | None = None, timeout_ms: int | None = None,
         until: SignalInstance | None = None, quiet: bool = False) -> None:
    """Say what happened in ``window``'s message bar (with e.g. Undo); see app/message_bar.py.

    A window without a message bar gets the line in its status bar. ``quiet``: not
    said to a screen reader (another window, where it is, says it).
    """
    bar = message_bar_of(window)
    if bar is not None:
        bar.show_message(text, kind, action_text, action, timeout_ms, until, quiet)
    elif isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms or 0)


def show_status(window: QMainWindow, text: str, timeout_ms: int = 0, quiet: bool = False,
                ) -> None:
    """A message in the window's message bar (for ``timeout_ms``; 0 = until closed)."""
    tell(window, text, timeout_ms=timeout_ms, quiet=quiet)
