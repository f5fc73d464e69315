"""An undo command for a change already made when it is pushed (My drawings' stored drawings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack


class DoneCommand(QUndoCommand):
    """An undoable change that has already been made once when it is pushed."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._done = True  # QUndoStack.push calls redo(): the change is already in the store

    def redo(self) -> None:
        """Make the change again (not on push)."""
        if self._done:
            self._done = False
            return
        self._redo()

    def undo(self) -> None:
        """Revert the change."""
        self._undo()


def stack_actions(stack: QUndoStack, parent: QObject, undo: tuple[str, str, str],
                  redo: tuple[str, str, str]) -> tuple[QAction, QAction]:
    """Undo and Redo actions whose text stays put; what they would do is in their tooltip.

    ``undo``/``redo``: (text, tooltip "%1 (%2)" with what and the keys, the keys). Qt's own
    put it in the text: "Undo Relabel 1 drawing as not a digit" widened the toolbar.
    """
    actions = []
    for (text, tip, keys), act, can, what, name in (
            (undo, stack.undo, stack.canUndoChanged, stack.undoTextChanged, "undoAction"),
            (redo, stack.redo, stack.canRedoChanged, stack.redoTextChanged, "redoAction")):
        action = QAction(text, parent, objectName=name, enabled=False)
        action.triggered.connect(act)
        can.connect(action.setEnabled)

        def tell(said: str, action: QAction = action, text: str = text, tip: str = tip,
                 keys: str = keys) -> None:
            action.setToolTip(tip.replace("%1", said).replace("%2", keys) if said
                              else f"{text.replace('&', '')} ({keys})")

        what.connect(tell)
        tell("")
        actions.append(action)
    return actions[0], actions[1]
