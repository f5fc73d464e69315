"""Secondary windows (Look inside, the test-set explorer, My drawings), opened one way.

Each secondary window module offers ``open_window(session, parent)``, which
makes the window and subscribes it to the session; :class:`Windows` makes it
on first use, remembers it, shows and raises it. The windows never import one
another (import-linter checks) and the main window never forwards to them.

To add a window: write ``app/<name>.py`` with ``open_window(session, parent)``,
add a line to :data:`WINDOWS`, and an action that calls ``windows.show(name)``.
A window that must not hide a widget of the main window (Look inside, the
canvas) names it ``keep_in_view`` and says its ``least_width``: it opens
beside that widget where the screen has room.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.accessibility import name_containers, secondary_window
from app.screen_fit import move_beside, place
from app.session import Session

WINDOWS = {  # name: the module whose open_window(session, parent) makes it
    "inspector": "app.inspector",
    "explorer": "app.explorer",
    "drawings": "app.samples_view",
    "models": "app.models_window",
}


def add_close_keys(window: QWidget) -> None:
    """Esc and Ctrl+W close a secondary window."""
    for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
        QShortcut(keys, window, window.close)


class ShowFocus(QObject):
    """A window just opened draws where the keyboard is, as after a key moved it.

    Opened by its keys, a person looks for the focus at once; styles draw it only
    after a key has moved it, and activation gives it for "another reason".
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """After the activation has given the focus (its events come next), mark it as keyed."""
        if event.type() == QEvent.Type.WindowActivate:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, lambda: _mark_keyed(watched))
        return False


def ring_item_views(window: QWidget) -> None:
    """A ring in the highlight colour round ``window``'s lists and tables that have the keys.

    They show focus only on an item, faintly, so a list looked the same with and
    without the keyboard; a QFocusFrame round one that fills its panel is cut off.
    """
    for view in window.findChildren(QAbstractItemView):
        if view.window() is window:  # not a list's popup
            view.setStyleSheet(view.styleSheet() + (
                f"{type(view).__name__}:focus {{ border: 2px solid palette(highlight); }}"))


def _mark_keyed(window: QWidget) -> None:
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    if window.focusWidget() is not None:
        window.focusWidget().update()


class Windows(QObject):
    """The secondary windows of one main window, each made on first use."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._open: dict[str, QWidget] = {}
        self._show_focus = ShowFocus(self)

    def show(self, name: str) -> QWidget | None:
        """Make (once), show and raise window ``name``; None if it cannot be made now."""
        window = self._open.get(name)
        if window is None:
            # Imported on first use: the window's process starts without them.
            module = importlib.import_module(WINDOWS[name])
            window = module.open_window(self._session, self._parent)
            if window is None:
                return None
            secondary_window(window)  # before anything asks for its accessible interface
            add_close_keys(window)
            name_containers(window)
            ring_item_views(window)
            self._place(window)
            self._open[name] = window
        elif not window.isVisible() and window.isMaximized():
            # Closed maximised: shown so again, a window manager may lose its normal size
            # (openbox restored it to the whole screen); it opens where it first did.
            window.setWindowState(Qt.WindowState.WindowNoState)
            self._place(window)
        window.installEventFilter(self._show_focus)
        window.show()
        window.raise_()
        window.activateWindow()  # already open behind: raised alone, keys went to the window below
        return window

    @staticmethod
    def _place(window: QWidget) -> None:
        place(window, window.size())  # its preferred size, if the screen has room
        keep = getattr(window, "keep_in_view", None)  # e.g. Look inside: the canvas
        if keep is not None and keep.isVisible():
            move_beside(window, keep, window.least_width)

    def get(self, name: str) -> QWidget | None:
        """Window ``name`` if it has been opened, else None."""
        return self._open.get(name)

    def close_all(self) -> None:
        """Stop what the windows run in the background (before the app quits)."""
        for window in self._open.values():
            stop = getattr(window, "stop", None)
            if stop is not None:
                stop()
