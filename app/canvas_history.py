"""The canvas's undo and redo: whole-drawing steps, capped by count and by memory."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

UNDO_LIMIT = 50
# Snapshots of a large high-DPI canvas are big: also cap the history's memory.
UNDO_MEMORY_LIMIT = 64 * 1024 * 1024

Strokes = list[list[tuple[float, float]]]


@dataclass(frozen=True)
class Step:
    """One history entry: the pixels, and the strokes that made them (None: an image)."""

    image: QImage
    strokes: Strokes | None
    foreign: bool = False  # not the person's drawing (a test image), drawn on or not
    # An opened picture as it is (and whether it is shown smooth): brought back by
    # Undo, it is read as it was when opened, not as the canvas shows it.
    picture: tuple[QImage, bool] | None = None

    @property
    def bytes(self) -> int:
        """The memory it holds."""
        return self.image.sizeInBytes() + (self.picture[0].sizeInBytes() if self.picture else 0)


class History:
    """Undo and redo stacks of whole drawings; a new step forgets what was undone."""

    def __init__(self) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []

    def can_undo(self) -> bool:
        """Whether there is a step to go back to."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether there is an undone step to re-apply."""
        return bool(self._redo)

    def push(self, step: Step) -> None:
        """Record ``step`` as the state to go back to; drop the oldest beyond the limits."""
        self._undo.append(step)
        self._redo.clear()
        total = sum(entry.bytes for entry in self._undo)
        while len(self._undo) > UNDO_LIMIT or (total > UNDO_MEMORY_LIMIT and len(self._undo) > 1):
            total -= self._undo.pop(0).bytes

    def undo(self, current: Step) -> Step | None:
        """The step to show instead of ``current`` (kept for redo), or None."""
        if not self._undo:
            return None
        self._redo.append(current)
        return self._undo.pop()

    def redo(self, current: Step) -> Step | None:
        """The undone step to show again instead of ``current``, or None."""
        if not self._redo:
            return None
        self._undo.append(current)
        return self._redo.pop()
