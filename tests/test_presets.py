"""Training presets: Default, Best and Tutorial fill the settings; Restore defaults goes back."""

from __future__ import annotations

import pytest

from app.training_panel import TrainingPanel
from model.network.recipe import PRESETS


@pytest.fixture
def panel(qtbot):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    return panel


def shown(panel) -> tuple:
    return (panel.epochs.value(), panel.batch.value(), round(panel.rate.value(), 6),
            panel.augment.isChecked())


def expected(name: str) -> tuple:
    config = PRESETS[name]
    return config.epochs, config.batch_size, round(config.learning_rate, 6), config.augment


def pick(panel, key: str) -> None:
    combo = panel.presets.combo
    combo.activated.emit(combo.findData(key))  # what choosing an item does


@pytest.mark.parametrize("key", ["default", "best", "tutorial"])
def test_a_preset_fills_the_settings_and_is_shown_as_chosen(panel, key):
    pick(panel, key)
    assert shown(panel) == expected(key)
    assert panel.presets.combo.currentData() == key


def test_the_list_says_custom_when_a_setting_is_changed_by_hand(panel):
    pick(panel, "tutorial")
    panel.epochs.setValue(6)
    assert panel.presets.combo.currentText() == "Custom"
    panel.epochs.setValue(PRESETS["tutorial"].epochs)
    assert panel.presets.combo.currentText() == "Tutorial"


def test_restore_defaults_undoes_the_tutorial_preset(panel, qtbot):
    pick(panel, "tutorial")
    panel.include_samples.setChecked(True)
    panel.presets.restore_button.click()
    assert shown(panel) == expected("default")
    assert not panel.include_samples.isChecked()
    assert panel.presets.combo.currentText() == "Default"
    assert not panel.settings().tutorial


def test_the_presets_are_off_while_training_runs(panel):
    panel.set_running(True)
    assert not panel.presets.isEnabled()
    panel.set_running(False)
    assert panel.presets.isEnabled()
