"""Training presets in the training settings: Default, Best, Tutorial, and Restore defaults.

The presets are model/network/recipe.py's ``PRESETS``; a preset fills the
panel's controls (epochs, batch size, learning rate, augmentation), and the
list shows "Custom" when the controls match none. "Restore defaults" goes back
to the Default preset and leaves out the person's drawings, as on first start.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from model.network.recipe import PRESETS

NAMES = {  # preset: (shown name, what it is), translated where shown
    "default": (QT_TRANSLATE_NOOP("PresetRow", "Default"),
                QT_TRANSLATE_NOOP("PresetRow", "The recipe of the bundled model: about 99.5 % on "
                                  "MNIST")),
    "best": (QT_TRANSLATE_NOOP("PresetRow", "Best"),
             QT_TRANSLATE_NOOP("PresetRow", "The default recipe for longer: a little more "
                               "accurate, about twice as long")),
    "tutorial": (QT_TRANSLATE_NOOP("PresetRow", "Tutorial"),
                 QT_TRANSLATE_NOOP("PresetRow", "TensorFlow's tutorial: lr 1e-4, batch 128, 5 "
                                   "epochs, no augmentation")),
}
CUSTOM = "custom"


def preset_values(name: str) -> tuple[int, int, float, bool]:
    """(epochs, batch size, learning rate, augment) of preset ``name``."""
    config = PRESETS[name]
    return config.epochs, config.batch_size, config.learning_rate, config.augment


class PresetRow(QWidget):
    """A preset list and "Restore defaults" for a training panel's controls."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.setObjectName("presetRow")
        self.panel = panel
        self.combo = QComboBox(objectName="presetCombo")
        self.combo.setAccessibleName(self.tr("Preset"))
        for key, (name, what) in NAMES.items():
            self.combo.addItem(self.tr(name), key)
            self.combo.setItemData(self.combo.count() - 1, self.tr(what),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.addItem(self.tr("Custom"), CUSTOM)
        self.combo.setToolTip(self.tr("Fill the settings with a tested recipe"))
        self.combo.activated.connect(lambda index: self.choose(self.combo.itemData(index)))
        self.restore_button = QPushButton(self.tr("Restore defaults"),
                                          objectName="restoreDefaults")
        self.restore_button.setToolTip(self.tr("The Default preset, without your drawings"))
        self.restore_button.clicked.connect(self.restore_defaults)
        # Its own label, beside it: on Linux a combo box's name is its value, and a
        # screen reader finds its purpose through the label whose buddy it is.
        self.label = QLabel(self.tr("Preset"), objectName="presetLabel")
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, stretch=1)
        layout.addWidget(self.restore_button)
        for control in (panel.epochs, panel.batch, panel.rate):
            control.valueChanged.connect(self.follow)
        panel.augment.toggled.connect(self.follow)
        self.follow()

    def values(self) -> tuple[int, int, float, bool]:
        """What the panel's controls say now."""
        panel = self.panel
        return (panel.epochs.value(), panel.batch.value(), panel.rate.value(),
                panel.augment.isChecked())

    def current(self) -> str:
        """The preset the controls match, or "custom"."""
        epochs, batch, rate, augment = self.values()
        for key in NAMES:
            e, b, r, a = preset_values(key)
            if (e, b, a) == (epochs, batch, augment) and abs(r - rate) <= 1e-9:
                return key
        return CUSTOM

    def choose(self, key: str) -> None:
        """Fill the controls with preset ``key`` ("custom" leaves them)."""
        if key in NAMES:
            epochs, batch, rate, augment = preset_values(key)
            panel = self.panel
            panel.epochs.setValue(epochs)
            panel.batch.setValue(batch)
            panel.rate.setValue(rate)
            panel.augment.setChecked(augment)
        self.follow()

    def restore_defaults(self) -> None:
        """The Default preset, and the person's drawings left out, as on first start."""
        self.choose("default")
        self.panel.include_samples.setChecked(False)

    def follow(self) -> None:
        """Show which preset the controls match."""
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(self.current()))
