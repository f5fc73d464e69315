"""The "Wrong? It's a" row: keys 0-9, "Not a digit" (N) and "Right: keep it" teach the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.accessibility import set_description
from app.prediction_panel import TILE_NAME
from model.drawings.validation import NOT_A_DIGIT

NOT_A_DIGIT_KEY = "N"


def a_digit(digit: int) -> str:
    """The digit with its article where the language has one: "a 3", "an 8" (said "eight")."""
    if digit == 8:
        return QCoreApplication.translate("TeachRow", "an %1").replace("%1", str(digit))
    return QCoreApplication.translate("TeachRow", "a %1").replace("%1", str(digit))

class TeachRow(QWidget):
    """Ten digit buttons, "Not a digit" and "Right: keep it"; the window decides what is saved.

    For a number a correction applies to the selected digit (the prediction
    panel's selected tile); ``set_target`` names it in the tooltips.

    Signals:
        labelChosen: A digit button or key: the drawing (or selected digit) is this digit;
            "Not a digit" or N: NOT_A_DIGIT (-1).
        exampleRequested: "Right: keep it" or Enter: the reading is right, keep it.
    """

    labelChosen = Signal(int)
    exampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionRow")
        # A grid: "Not a digit" goes under the digits, on a line of its own, because one
        # line with it would widen the panel (and narrow the canvas) on a 1280-pixel screen.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.prompt = QLabel(self.tr("Wrong? It's a"), objectName="correctionPrompt")
        layout.addWidget(self.prompt, 0, 0)
        self.digit_buttons: list[QToolButton] = []
        for digit in range(10):
            button = QToolButton(objectName=f"correct{digit}", text=str(digit))
            button.setToolTip(self.tr("Save this drawing as %1 (key %2)").replace(
                "%1", a_digit(digit)).replace("%2", str(digit)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, d=digit: self.labelChosen.emit(d))
            layout.addWidget(button, 0, 1 + digit)
            self.digit_buttons.append(button)
        # Under the prompt, so the row reads "It's a 7, or not a digit" (not "It's a Not a
        # digit"); made before the button, so a screen reader says it first too.
        self.or_label = QLabel(self.tr("or"), objectName="notADigitOr")
        layout.addWidget(self.or_label, 1, 0, Qt.AlignmentFlag.AlignRight)
        self.not_a_digit_button = QToolButton(objectName="notADigitButton",
                                              text=self.tr("Not a digit"))
        self.not_a_digit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.not_a_digit_button.clicked.connect(lambda: self.labelChosen.emit(NOT_A_DIGIT))
        layout.addWidget(self.not_a_digit_button, 1, 1, 1, 10, Qt.AlignmentFlag.AlignLeft)
        # Not "Add as example": read as "add it to what it learns from", it saved a 2
        # read as 3 as a 3. It answers the row's "Wrong?".
        self.add_example_button = QToolButton(objectName="addExampleButton",
                                              text=self.tr("Right: keep it"))
        self.add_example_button.setToolTip(
            self.tr("The reading is right: keep the drawing (Enter)"))
        self.add_example_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_example_button.clicked.connect(self.exampleRequested)
        layout.setColumnMinimumWidth(11, 5)  # with the spacing, 8 px before "Right: keep it"
        layout.addWidget(self.add_example_button, 0, 12)
        layout.setColumnStretch(13, 1)
        self.set_target(None, 0)

    def install_shortcuts(self, window: QWidget) -> None:
        """Keys 0-9, N and Enter anywhere in ``window`` act like the buttons.

        Not while a dialog is open: keys typed right after Ctrl+O, before the window
        manager made the file dialog active, still reached the window's shortcuts
        (a path's digits saved the picture as that digit).
        """
        def unless_a_dialog(act: Callable[[], object]) -> Callable[[], None]:
            return lambda: None if QApplication.activeModalWidget() else act()

        for digit in range(10):
            QShortcut(QKeySequence(str(digit)), window,
                      unless_a_dialog(lambda d=digit: self.labelChosen.emit(d)))
        QShortcut(QKeySequence(NOT_A_DIGIT_KEY), window,
                  unless_a_dialog(lambda: self.labelChosen.emit(NOT_A_DIGIT)))
        self._enter_key = QShortcut(QKeySequence(Qt.Key.Key_Return), window,
                                    unless_a_dialog(self._enter))

    def _enter(self) -> None:
        """Enter keeps the drawing as an example, unless it is meant for a control.

        On a focused button it presses it, as Space does (Enter on "Cancel" kept the
        drawing and left the training running); a field or a list gets it as its own.
        """
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and not focus.objectName().startswith(TILE_NAME):
            focus.animateClick()
        elif isinstance(focus, (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)):
            self._enter_key.setEnabled(False)  # a key sent by hand meets the shortcuts too
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focus, QKeyEvent(kind, Qt.Key.Key_Return,
                                                        Qt.KeyboardModifier.NoModifier))
            self._enter_key.setEnabled(True)
        else:  # the canvas, the answer, a digit's tile
            self.exampleRequested.emit()

    def set_target(self, position: int | None, count: int) -> None:
        """Say which digit a correction applies to: one of ``count``, or the whole drawing.

        Args:
            position: 0-based index of the selected digit of a number, or None.
            count: How many digits the number has.
        """
        # The prompt keeps its text (and width: the canvas must not jump when a
        # number appears); the selected tile and the chart's caption say which digit.
        for digit, button in enumerate(self.digit_buttons):
            if position is None or count < 2:
                tip = self.tr("Save this drawing as %1 (key %2)")
            else:
                tip = self.tr("Save digit %3 of %4 as %1 (key %2)").replace(
                    "%3", str(position + 1)).replace("%4", str(count))
            button.setToolTip(tip.replace("%1", a_digit(digit)).replace("%2", str(digit)))
        self.not_a_digit_button.setToolTip(
            self.tr("Save this drawing as not a digit (key %1)").replace("%1", NOT_A_DIGIT_KEY)
            if position is None or count < 2 else
            self.tr("Save digit %1 of %2 as not a digit (key %3)").replace(
                "%1", str(position + 1)).replace("%2", str(count)).replace("%3", NOT_A_DIGIT_KEY))
        for button in [*self.digit_buttons, self.not_a_digit_button]:
            set_description(button, button.toolTip())  # a screen reader: which digit is saved
