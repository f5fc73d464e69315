"""An undo command for a change already made when it is pushed (My drawings' stored drawings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


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
