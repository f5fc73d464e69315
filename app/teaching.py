"""Teaching: keep a drawing with its true label, or as read, and take a save back.

The teach row's digit keys save the drawing (or the selected digit of a
number) with that label, "Not a digit" (N) with the label NOT_A_DIGIT; "Right:
keep it" (Enter) keeps every digit as read, and a drawing read as no digit as
not a digit. Right after a save, Ctrl+Z takes the save back instead of the last
stroke.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QObject, QRect, Qt, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from app.canvas import DrawingCanvas
from app.feedback import show_message, tell
from app.prediction_panel import PredictionPanel
from app.problems import drawings_error
from app.session import Session
from app.teach_row import a_digit
from model.data.number import DigitReading
from model.drawings.validation import NOT_A_DIGIT

log = logging.getLogger(__name__)


class Teaching(QObject):
    """Saves drawings into the session's store; remembers the last save for Undo."""

    def __init__(self, session: Session, canvas: DrawingCanvas, panel: PredictionPanel,
                 window: QMainWindow) -> None:
        super().__init__(window)
        self.session, self.canvas, self.panel, self.window = session, canvas, panel, window
        # What Ctrl+Z right after a save takes back: drawing ids, whether the canvas
        # was cleared, the digit of a number that was saved, and how to save it again.
        self._last_saved: tuple[list[int], bool, int | None, Callable] | None = None
        self._undone_save: Callable | None = None  # what Redo does after that Ctrl+Z
        canvas.strokeStarted.connect(self.forget_last_saved)
        session.drawingsChanged.connect(self._recheck_saved)
        # The digits of the drawing saved one by one, by their box: the tiles' marks go
        # when the drawing is read again (another model), and keep saved them twice.
        self._saved_boxes: dict[tuple[int, int, int, int], int] = {}
        canvas.strokeStarted.connect(self._saved_boxes.clear)
        canvas.cleared.connect(self._saved_boxes.clear)

    def _recheck_saved(self) -> None:
        """A number's tiles say what its digits are saved as now (relabelled or deleted since).

        Changed in My drawings, a tile still said "saved: 8" of a drawing that was a 3, or gone.
        """
        from model.drawings import SampleStoreError

        saved = self.panel.saved_ids()
        if not saved and not self._saved_boxes:
            return
        try:
            labels = self.session.drawings.labels_of({*saved.values(),
                                                      *self._saved_boxes.values()})
        except SampleStoreError as exc:  # unreadable now: the tiles keep what they said
            log.warning("saved digits not checked: %s", exc)
            return
        for box, drawing_id in list(self._saved_boxes.items()):
            if drawing_id not in labels:
                del self._saved_boxes[box]
        for index, drawing_id in saved.items():
            if drawing_id not in labels:
                self.panel.unmark_saved(index)
            elif labels[drawing_id] != self.panel.saved_label(index):
                self.panel.mark_saved(index, labels[drawing_id], drawing_id)

    def drawing_png(self, box: tuple[int, int, int, int] | None = None) -> bytes:
        """The drawing (or the part of it in ``box``, with a margin) as PNG bytes."""
        image = self.canvas.image()
        if box is not None:
            x, y, w, h = box
            margin = max(w, h) // 8
            image = image.copy(QRect(x - margin, y - margin, w + 2 * margin, h + 2 * margin))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data())

    def _add(self, digit: DigitReading, label: int, whole: bool) -> int | None:
        """Save one digit with its true label; a message box if it cannot be saved."""
        from model.drawings import SampleStoreError

        predicted = digit.decision.digit
        png = self.drawing_png(None if whole else digit.box)
        try:
            drawing_id = self.session.drawings.add(digit.network_input, label, png, predicted)
        except (SampleStoreError, ValueError) as exc:
            show_message(self.window, self.tr("The drawing could not be saved"),
                         drawings_error(exc))
            return None
        log.info("sample saved: id=%d label=%d predicted=%s", drawing_id, label, predicted)
        return drawing_id

    @Slot(int)
    def save_sample(self, label: int) -> bool:
        """Keep the drawing (or the selected digit of a number) with its true label.

        A single digit is saved and the canvas cleared for the next one; a digit
        of a number is saved and the next digit selected, the number staying.
        ``label`` NOT_A_DIGIT: the drawing (or that piece) is not a digit.
        """
        self.session.settle()
        panel = self.panel
        digit, index = panel.selected(), panel.selected_index()
        if self._shows_test_image():
            return False
        if digit is None:
            tell(self.window, self.tr("Draw a digit first"), "warning")
            return False
        number = panel.is_number()
        drawing_id = self._add(digit, label, whole=not number)
        if drawing_id is None:
            return False
        if number:
            panel.mark_saved(index, label, drawing_id)
            self._saved_boxes[tuple(digit.box)] = drawing_id
            if label == NOT_A_DIGIT:
                what = self.tr("Saved digit %1 of %2 as not a digit")
            else:
                what = self.tr("Saved digit %1 of %2 as %3").replace("%3", a_digit(label))
            what = what.replace("%1", str(index + 1)).replace(
                "%2", str(len(panel.reading.digits)))
            if index + 1 < len(panel.reading.digits):
                panel.select(index + 1)
        elif label == NOT_A_DIGIT:
            what = self.tr("Saved as not a digit")
        else:
            what = self.tr("Saved as %1").replace("%1", a_digit(label))
        self._after_save([drawing_id], what, clear=not number, index=index if number else None,
                         again=lambda: self.save_sample(label))
        return True

    @Slot()
    def save_as_example(self) -> bool:
        """The reading is right: keep the drawing (every digit of a number) as read."""
        self.session.settle()
        reading = self.panel.reading
        if self._shows_test_image():
            return False
        if reading is None:  # said, as the digit keys say it (nothing happened)
            tell(self.window, self.tr("Draw a digit first"), "warning")
            return False
        if reading.status == "not_a_digit" and len(reading.digits) == 1:
            return self.save_sample(NOT_A_DIGIT)  # right that it is none: kept as such
        if reading.status not in ("digit", "number"):
            # Said for the mouse as for the keys: the buttons are beside it.
            tell(self.window, self.tr("Not read as a digit: choose the digit it is (its button "
                                      "or key), or Not a digit (N)"), "warning")
            return False
        if reading.status == "digit":
            return self.save_sample(reading.digits[0].decision.digit)
        # A digit saved already (a correction, a key) is not saved twice.
        unsaved = [digit for index, digit in enumerate(reading.digits)
                   if self.panel.saved_label(index) is None
                   and tuple(digit.box) not in self._saved_boxes]
        if not unsaved:
            tell(self.window, self.tr("Every digit of this number is saved already"))
            return False
        ids = []
        # Right to left: My drawings lists the newest first, so the number reads as written.
        for digit in reversed(unsaved):
            drawing_id = self._add(digit, digit.decision.digit, whole=False)
            if drawing_id is None:
                break
            ids.append(drawing_id)
        if ids:
            saved = "".join(str(d.decision.digit) for d in unsaved[len(unsaved) - len(ids):])
            self._after_save(ids, self.tr("Saved %1 as %n examples", "", len(ids)).replace(
                "%1", saved), clear=True, index=None, again=self.save_as_example)
        return len(ids) == len(unsaved)

    def _shows_test_image(self) -> bool:
        """Whether an MNIST test image is on the canvas: it is never kept (then said why)."""
        if not self.canvas.foreign:
            return False
        tell(self.window, self.tr("A test image is not kept as a drawing: trained on, it would "
                                  "make the test score meaningless"), "warning")
        return True

    def _after_save(self, ids: list[int], what: str, clear: bool, index: int | None,
                    again: Callable) -> None:
        count = len(self.session.drawings)
        self.session.drawingsChanged.emit()
        # Until the drawings change again (e.g. deleted in My drawings): its Undo is then stale.
        tell(self.window, self.tr("%1 · %n drawing(s) of yours", "", count).replace("%1", what),
             "positive", self.tr("Undo"), self.undo_last_save, until=self.session.drawingsChanged)
        if clear:
            focus = QApplication.focusWidget()
            on_a_tile = focus is not None and self.panel.isAncestorOf(focus)
            self.canvas.clear()
            self.session.read(None)
            if on_a_tile:  # gone with the number: the keyboard went on to "It's a 0"
                self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        self._last_saved = (ids, clear, index, again)

    def undo_save(self) -> bool:
        """Right after a save, take it back (True); otherwise do nothing (False)."""
        if self._last_saved is None:
            return False
        ids, cleared, index, self._undone_save = self._last_saved
        for drawing_id in ids:
            self.session.drawings.delete(drawing_id)
        tell(self.window, self.tr("Save undone: the drawing is no longer kept"))
        self._last_saved = None
        self.session.drawingsChanged.emit()
        if cleared:
            return False  # the canvas was cleared: its own undo brings the drawing back
        if index is not None:  # a digit of a number: the drawing is still there
            self.panel.unmark_saved(index)
            self.panel.select(index)
        return True

    def undo_last_save(self) -> None:
        """The message bar's Undo: what Ctrl+Z does right after a save (the drawing back)."""
        if self._last_saved is not None and not self.undo_save():
            self.canvas.undo()

    @Slot()
    def forget_last_saved(self) -> None:
        """A new stroke or picture: Ctrl+Z means it again (and Redo no longer the save)."""
        self._last_saved = self._undone_save = None

    def redo_save(self) -> bool:
        """Right after a save was taken back, save it again (True); else do nothing."""
        again, self._undone_save = self._undone_save, None
        if again is None:
            return False
        again()
        return True
