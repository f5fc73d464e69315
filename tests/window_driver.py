"""Driving the main window as a person does: real mouse and key events, what is on screen."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton

ONE = [(210, 80), (207, 140), (204, 200), (202, 260), (200, 330)]  # a vertical stroke
SEVEN = [(120, 100), (210, 100), (300, 100), (235, 220), (170, 340)]


def press_stroke(qtbot, canvas: QWidget, points: Sequence[tuple[int, int]]) -> None:
    """Press the left button at the first point and move through the rest, still holding it."""
    qtbot.mousePress(canvas, LEFT, pos=QPoint(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(canvas, QPoint(*point))


def draw(qtbot, canvas: QWidget, points: Sequence[tuple[int, int]]) -> None:
    """A whole stroke with the mouse: press, move, release."""
    press_stroke(qtbot, canvas, points[:-1])
    qtbot.mouseRelease(canvas, LEFT, pos=QPoint(*points[-1]))


def key(qtbot, widget: QWidget, sequence: str) -> None:
    """Type one key, with modifiers, e.g. "Ctrl+Shift+Z", "Return", "Delete", "7"."""
    *modifiers, name = sequence.split("+")
    held = Qt.KeyboardModifier.NoModifier
    for modifier in modifiers:
        held |= {"Ctrl": CTRL, "Shift": SHIFT}[modifier]
    qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{name}"), held)


def type_into(qtbot, box: QAbstractSpinBox, value: float) -> None:
    """Select what a spin box shows and type a new value, as a person would."""
    assert box.isVisible() and box.isEnabled(), box.objectName()
    qtbot.mouseClick(box, LEFT)
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, box.textFromValue(value))
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.value() == pytest.approx(value), box.objectName()


def click(qtbot, widget: QWidget) -> None:
    """A left click on a widget the person can see (a hidden one cannot be clicked)."""
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def toggle(qtbot, box: QCheckBox) -> None:
    """Click a check box on its tick mark (a click on the empty space beside it does nothing)."""
    assert box.isVisible() and box.isEnabled(), box.objectName()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    mark = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    before = box.isChecked()
    qtbot.mouseClick(box, LEFT, pos=mark.center())
    assert box.isChecked() != before, box.objectName()


def message_boxes(window: QWidget) -> list[QMessageBox]:
    """The message boxes on screen over ``window``."""
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def shown_messages(window: QWidget) -> str:
    """Titles and texts of the message boxes on screen, one per line."""
    return "\n".join(f"{box.windowTitle()}: {box.text()}" for box in message_boxes(window))


def wait_for_message(qtbot, window: QWidget, text: str, timeout: int = 60_000) -> QMessageBox:
    """Wait until a message box containing ``text`` is on screen; return it."""
    qtbot.waitUntil(lambda: text in shown_messages(window), timeout=timeout)
    return next(box for box in message_boxes(window)
                if text in f"{box.windowTitle()}: {box.text()}")


def dismiss(qtbot, box: QMessageBox) -> None:
    """Click the box's OK button and wait until it has gone."""
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())


def small_presets(monkeypatch: pytest.MonkeyPatch, train_limit: int, generated: int = 0) -> None:
    """Every preset trains on the first ``train_limit`` MNIST images, seeded.

    Only amounts of data change (MNIST images, generated digits and non-digits,
    the validation split): epochs, batch size, learning rate and augmentation
    still come from the settings panel, as for a person.
    """
    from model.network import recipe
    for name, preset in list(recipe.PRESETS.items()):
        small = dataclasses.replace(
            preset, train_limit=train_limit, seed=0, styles=min(preset.styles, generated),
            negatives=min(preset.negatives, generated), validation=min(preset.validation, 1000))
        monkeypatch.setitem(recipe.PRESETS, name, small)


def use_trainer_fault(monkeypatch: pytest.MonkeyPatch, fault: str,
                      marker: Path | None = None) -> None:
    """Start the real trainer with one fault from tests/trainer_faults.py."""
    from app import trainer

    script = Path(__file__).with_name("trainer_faults.py")
    monkeypatch.setattr(trainer, "trainer_command", lambda: [sys.executable, str(script), fault])
    if marker is not None:
        monkeypatch.setenv("DC_FAULT_MARKER", str(marker))


def wait_for_decision(qtbot, window: QWidget, timeout: int = 180_000) -> str:
    """Wait until a run has ended and the window has decided which model to use; the status."""
    panel = window.training_panel
    qtbot.waitUntil(lambda: not window.session.trainer.is_running()
                    and panel.retrain_button.isEnabled(), timeout=timeout)
    return panel.status.text()


def weak_model_in_use(window: QWidget) -> Path:
    """Make a model that reads nothing right (all weights zero) the one in use; its folder.

    Any trained run then does better, so it is used at once.
    """
    import json

    import numpy as np

    from model.network.checkpoints import BUNDLED_DIR, METADATA, load_for_serving
    from model.network.numpy_net import save_weights

    bundled = load_for_serving(BUNDLED_DIR, tensorflow=False)
    folder = window.session.checkpoint_dir / "ckpt-20000101T000000000000"
    folder.mkdir(parents=True)
    zeros = {key: np.zeros_like(value) for key, value in bundled.model.items()}
    metadata = {**bundled.metadata, "test_accuracy": 0.098, "held_out": 5000,
                "weights_npz_sha256": save_weights(folder, zeros)}
    (folder / METADATA).write_text(json.dumps(metadata), encoding="utf-8")
    window.session.use_model(folder)
    return folder


def use_new_model_if_offered(qtbot, window: QWidget) -> None:
    """After a run: if the window kept the model in use and offers the new one, take it."""
    wait_for_decision(qtbot, window)
    bar = window.message_bar
    if bar.text() and bar.action_button.isVisible() and bar.action_button.text() == (
            "Use the new one"):
        click(qtbot, bar.action_button)
