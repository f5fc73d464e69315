"""The "Wrong? It's a" row: keys 0-9 and "Add as example" teach the app a drawing's digit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


def a_digit(digit: int) -> str:
    """The digit with its article where the language has one: "a 3", "an 8" (said "eight")."""
    if digit == 8:
        return QCoreApplication.translate("TeachRow", "an %1").replace("%1", str(digit))
    return QCoreApplication.translate("TeachRow", "a %1").replace("%1", str(digit))

class TeachRow(QWidget):
    """Ten digit buttons and "Add as example"; the window decides what gets saved.

    For a number a correction applies to the selected digit (the prediction
    panel's selected tile); ``set_target`` names it in the tooltips.

    Signals:
        labelChosen: A digit button or key: the drawing (or selected digit) is this digit.
        exampleRequested: "Add as example" or Enter: the reading is right, keep it.
    """

    labelChosen = Signal(int)
    exampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.prompt = QLabel(self.tr("Wrong? It's a"), objectName="correctionPrompt")
        layout.addWidget(self.prompt)
        self.digit_buttons: list[QToolButton] = []
        for digit in range(10):
            button = QToolButton(objectName=f"correct{digit}", text=str(digit))
            button.setToolTip(self.tr("Save this drawing as %1 (key %2)").replace(
                "%1", a_digit(digit)).replace("%2", str(digit)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, d=digit: self.labelChosen.emit(d))
            layout.addWidget(button)
            self.digit_buttons.append(button)
        self.add_example_button = QToolButton(objectName="addExampleButton",
                                              text=self.tr("Add as example"))
        self.add_example_button.setToolTip(
            self.tr("The reading is right: keep the drawing (Enter)"))
        self.add_example_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_example_button.clicked.connect(self.exampleRequested)
        layout.addSpacing(8)
        layout.addWidget(self.add_example_button)
        layout.addStretch()

    def install_shortcuts(self, window: QWidget) -> None:
        """Keys 0-9 and Enter anywhere in ``window`` act like the buttons."""
        for digit in range(10):
            QShortcut(QKeySequence(str(digit)), window,
                      lambda d=digit: self.labelChosen.emit(d))
        QShortcut(QKeySequence(Qt.Key.Key_Return), window, self.exampleRequested.emit)

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
