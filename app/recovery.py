"""The canvas survives anything: saved as the person draws, restored after a crash or a kill.

One PNG file holds the drawing (the canvas's gray pixels) and, in a text chunk,
its strokes: written whole or not at all (a new file renamed over the old one).
A clean close removes it, so a file found at start-up means the last session
did not end normally.

Each running instance holds its own file (a slot, guarded by a QLockFile that
a crash leaves stale): two windows never overwrite each other's drawing, and a
file whose owner is gone is taken over and restored by the next instance.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer, Slot
from PySide6.QtGui import QImage

from app.canvas import DrawingCanvas

log = logging.getLogger(__name__)

FILE_NAME = "canvas-recovery.png"
SAVE_DELAY_MS = 250  # after a change that is not the end of a stroke (undo, clear, an image)
SLOTS = 16  # app instances that can each keep a drawing at the same time


def slot_path(folder: Path, slot: int) -> Path:
    """The recovery file of slot ``slot`` (the first keeps the name older versions used)."""
    return folder / (FILE_NAME if slot == 0 else f"canvas-recovery-{slot + 1}.png")


def _lock_for(path: Path) -> QLockFile | None:
    """The lock on ``path``'s slot if no live process holds it (a crashed one's is stale)."""
    lock = QLockFile(f"{path}.lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran
    return lock if lock.tryLock(0) else None


class CanvasRecovery(QObject):
    """Keeps ``canvas`` saved in ``folder``; ``restore()`` brings back what a crash left."""

    def __init__(self, canvas: DrawingCanvas, folder: Path) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self._lock: QLockFile | None = None
        self.path = slot_path(folder, 0)  # without a usable folder: saving fails and says so
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        for slot in range(SLOTS):
            lock = _lock_for(slot_path(folder, slot))
            if lock is not None:
                self._lock, self.path = lock, slot_path(folder, slot)
                break
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        # True while the canvas shows what is not the person's (an MNIST test image):
        # then the last drawing saved stays the one brought back.
        self.not_theirs: Callable[[], bool] = lambda: False

    def watch(self) -> None:
        """Save at the end of every stroke, and shortly after any other change."""
        self.canvas.strokeFinished.connect(self.save)
        self.canvas.drawingChanged.connect(self._timer.start)
        self.canvas.cleared.connect(self.save)

    def restore(self) -> bool:
        """Put a drawing left by a session that did not close normally back on the canvas.

        Whatever is wrong with the file, the app starts: a file that cannot be restored
        is moved aside (kept, never deleted) and False returned.
        """
        if not self.path.exists() and not self._take_over_abandoned():
            return False
        try:
            return self._restore()
        except Exception:  # noqa: BLE001 - a damaged file must never stop the app starting
            log.warning("the saved drawing %s could not be restored", self.path, exc_info=True)
            self._keep_aside()
            return False

    def _take_over_abandoned(self) -> bool:
        """Move a file left by an instance that is gone into this one's slot."""
        if self._lock is None:
            return False
        for slot in range(SLOTS):
            other = slot_path(self.path.parent, slot)
            if other == self.path or not other.exists():
                continue
            lock = _lock_for(other)
            if lock is None:  # a live instance's drawing
                continue
            try:
                os.replace(other, self.path)
                return True
            except OSError as exc:
                log.warning("could not take over %s: %s", other, exc)
            finally:
                lock.unlock()
        return False

    def _keep_aside(self) -> None:
        try:
            os.replace(self.path, self.path.with_suffix(".damaged.png"))
        except OSError as exc:
            log.warning("could not move %s aside: %s", self.path, exc)

    def _restore(self) -> bool:
        image = QImage(str(self.path))
        if image.isNull():
            log.warning("the saved drawing %s could not be read; it is kept aside", self.path)
            self._keep_aside()
            return False
        strokes = None
        try:
            found = json.loads(image.text("strokes") or "null")
            if found is not None:
                strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in found]
        except (ValueError, TypeError):
            log.warning("the saved drawing's strokes are damaged; restoring its pixels only")
        image.setDevicePixelRatio(_pixel_ratio(image.text("dpr")))
        self.canvas.restore_drawing(image, strokes)
        if self.canvas.isVisible():
            self.canvas.fit_drawing_to_view()
        else:  # at start-up: once the canvas is shown at its size (eventFilter)
            self.canvas.installEventFilter(self)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Fit the restored drawing to the canvas when it is first shown."""
        if watched is self.canvas and event.type() == QEvent.Type.Show:
            self.canvas.removeEventFilter(self)
            self.canvas.fit_drawing_to_view()
        return False

    @Slot()
    def save(self) -> None:
        """Write the drawing now (a blank canvas removes the file: nothing to lose)."""
        self._timer.stop()
        if self.not_theirs():
            return
        if self.canvas.is_empty():
            self.discard()
            return
        image, strokes = self.canvas.drawing()
        image.setText("strokes", json.dumps(strokes))
        image.setText("dpr", str(image.devicePixelRatio()))
        staging = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:6]}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(staging), "PNG"):
                raise OSError(f"could not write {staging}")
            os.replace(staging, self.path)
        except OSError as exc:
            log.warning("the drawing could not be saved for recovery: %s", exc)
            _remove(staging)

    def discard(self) -> None:
        """Forget the saved drawing (a clean close, or a blank canvas)."""
        self._timer.stop()
        _remove(self.path)

    def close(self, keep: bool = False) -> None:
        """A clean close: forget the drawing (``keep``: save it, for a restart), free the slot."""
        if keep:
            self.save()
        else:
            self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _remove(path: Path) -> None:
    """Remove a file if it is there; a folder that cannot exist (a file in its place) is fine."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:  # e.g. NotADirectoryError: nothing was ever written there
        log.warning("could not remove %s: %s", path, exc)


def _pixel_ratio(text: str) -> float:
    """The saved device pixel ratio; 1 for anything a real screen would not have."""
    try:
        ratio = float(text or 1.0)
    except ValueError:
        return 1.0
    return ratio if math.isfinite(ratio) and 0.25 <= ratio <= 8 else 1.0
