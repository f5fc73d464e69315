"""The training settings by keyboard and wheel: focus when a run starts, the wheel in a panel."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from model.network.recipe import DEFAULT

pytestmark = pytest.mark.gui


@pytest.fixture
def window(active_app_window):
    return active_app_window


def test_starting_a_run_from_the_settings_puts_the_keyboard_on_cancel_at_once(window, qtbot):
    # Each setting greyed in turn passed the focus to the next, and a reader said them all.
    panel = window.training_panel
    panel.settings_toggle.setChecked(True)
    qtbot.waitUntil(panel.batch.isVisible)
    panel.batch.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.batch.hasFocus)
    went = []

    def moved(_old: QWidget, new: QWidget) -> None:
        went.append(new)

    QApplication.instance().focusChanged.connect(moved)
    try:
        panel.set_running(True)
        assert went == [panel.cancel_button]
        panel.set_running(False)  # the run ended: from the greyed Cancel back to Retrain
        assert went == [panel.cancel_button, panel.retrain_button]
        # A Fine-tune started by keyboard ends on Fine-tune: it went on to Retrain, and the
        # next Space started seven epochs.
        panel.finetune_button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(panel.finetune_button.hasFocus)
        panel.on_started(replace(DEFAULT, epochs=1), fine_tune=True)
        assert went[-1] is panel.cancel_button
        panel.on_ended("Done")
        assert went[-1] is panel.finetune_button
    finally:
        QApplication.instance().focusChanged.disconnect(moved)


def test_the_wheel_scrolls_past_the_settings_and_changes_only_the_field_in_use(window, qtbot,
                                                                              monkeypatch):
    # Scrolling the panel over the open settings changed the field under the pointer
    # (six clicks took the epochs from 7 to 1) and the next Retrain ran with it.
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    panel = window.training_panel
    panel.settings_toggle.setChecked(True)
    qtbot.waitUntil(panel.epochs.isVisible)
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)

    def wheel(field: QWidget) -> None:
        centre = QPointF(field.rect().center())
        QApplication.sendEvent(field, QWheelEvent(
            centre, QPointF(field.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
            False))

    epochs = panel.epochs.value()
    for field in (panel.epochs, panel.batch, panel.rate, panel.presets.combo):
        before = field.value() if hasattr(field, "value") else field.currentIndex()
        wheel(field)
        assert (field.value() if hasattr(field, "value") else field.currentIndex()) == before
        assert not field.hasFocus() and field.focusPolicy() == Qt.FocusPolicy.StrongFocus
    panel.epochs.setFocus(Qt.FocusReason.TabFocusReason)  # chosen: the wheel is its own
    qtbot.waitUntil(panel.epochs.hasFocus)
    wheel(panel.epochs)
    assert panel.epochs.value() == epochs - 1
    # ... but not the wheel scrolling the panel that runs on over it (Tab had put the
    # keyboard in the batch size; scrolling the panel took it from 128 to 126).
    from PySide6.QtWidgets import QScrollArea

    from app.screen_fit import _WheelScrollsPast

    monkeypatch.setattr(_WheelScrollsPast, "SCROLLING_MS", 3_600_000)  # a slow machine too
    scroll = window.findChild(QScrollArea, "rightPanelScroll")
    wheel(scroll.viewport())
    wheel(panel.epochs)
    assert panel.epochs.value() == epochs - 1


def test_the_preferences_say_they_opened(window, qtbot, reader):
    # They open inside the window: a screen reader heard "Epochs" and nothing else.
    window.access.preferences_action.trigger()
    qtbot.waitUntil(window.training_panel.epochs.hasFocus)
    assert reader.said() == ["Training settings, their presets, and the language"]
