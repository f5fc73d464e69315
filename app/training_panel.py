"""Retrain controls: settings, progress bar, timing, and live loss/accuracy curves."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.accessibility import announce, set_description
from app.language import LanguageChoice, number, percent
from app.presets import PresetRow
from app.training_curves import TrainingCurves
from model.network.recipe import DEFAULT, PRESETS

# (key, default, minimum, maximum): the spin boxes' ranges, and the check on QSettings.
EPOCHS = ("training/epochs", DEFAULT.epochs, 1, 200)
BATCH = ("training/batch_size", DEFAULT.batch_size, 8, 2048)
RATE = ("training/learning_rate", DEFAULT.learning_rate, 1e-5, 0.1)
_TUTORIAL = PRESETS["tutorial"]
TUTORIAL = {"epochs": _TUTORIAL.epochs, "batch_size": _TUTORIAL.batch_size,
            "learning_rate": _TUTORIAL.learning_rate, "augment": _TUTORIAL.augment}
# Stored numbers chosen under another default recipe give way to the current one.
RECIPE_KEY = ("training/default_recipe",
              f"{DEFAULT.epochs} epochs, batch {DEFAULT.batch_size}, lr {DEFAULT.learning_rate}")


@dataclass(frozen=True)
class TrainingSettings:
    """What the panel's settings say (validated again by model.train.TrainConfig)."""

    epochs: int
    batch_size: int
    learning_rate: float
    augment: bool
    include_samples: bool
    tutorial: bool


def _read_number(settings: QSettings, spec: tuple, kind: type) -> int | float:
    """A number from QSettings, or the default when missing, garbled or out of range."""
    key, default, low, high = spec
    try:
        value = kind(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    if not (math.isfinite(value) and low <= value <= high):
        return default
    return value


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    """A boolean from QSettings (stored as text by the INI backend)."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def _format_seconds(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "--:--"
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}:{secs:02d}"


class TrainingPanel(QGroupBox):
    """Retrain / Cancel, the settings, the progress bar and the curves."""

    retrainRequested = Signal()
    fineTuneRequested = Signal()
    cancelRequested = Signal()

    LOSS_POINTS_PER_EPOCH = 25  # enough for a smooth curve without thousands of points
    STEPS_BEFORE_ESTIMATE = 20  # steps timed before the time left is shown
    TEXT_EVERY_S = 0.5  # the figures' words at most this often (each change reaches a reader)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        self.setObjectName("trainingPanel")
        self._started, self._texts_at = 0.0, -math.inf
        self._first_step: tuple[int, float] | None = None  # (step, time) the rate counts from
        self._cancel_asked, self._steps_per_epoch = False, 1
        self._chosen: tuple | None = None  # the person's recipe while a run shows its own
        self._build()
        self._run_button = self.retrain_button  # the one a run was started with
        self.load_settings()
        self.set_running(False)

    def _build(self) -> None:
        self.epochs = QSpinBox(objectName="epochsSpin", minimum=EPOCHS[2], maximum=EPOCHS[3])
        self.batch = QSpinBox(objectName="batchSpin", minimum=BATCH[2], maximum=BATCH[3])
        self.rate = QDoubleSpinBox(objectName="rateSpin", decimals=5, minimum=RATE[2],
                                   maximum=RATE[3], singleStep=1e-4)
        self.augment = QCheckBox(self.tr("Augment (rotate, scale, thicken)"),
                                 objectName="augmentCheck")
        self.include_samples = QCheckBox(self.tr("Include my saved drawings"),
                                         objectName="includeSamplesCheck")
        self.retrain_button = QPushButton(self.tr("Retrain"), objectName="retrainButton")
        self.retrain_button.setToolTip(self.tr("Train the network on MNIST with these settings"))
        self.finetune_button = QPushButton(self.tr("Fine-tune on my drawings"),
                                           objectName="fineTuneButton")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton",
                                         toolTip=self.tr("Stop this run: the model in use stays"))
        self.retrain_button.clicked.connect(self.retrainRequested)
        self.finetune_button.clicked.connect(self.fineTuneRequested)
        self.cancel_button.clicked.connect(self._cancelling)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.progress = QProgressBar(objectName="progressBar", minimum=0, maximum=1, value=0)
        self.progress.setFormat(self.tr("%p %"))  # "34 %", as the app writes percentages
        self.progress.setTextVisible(False)  # "0 %" beside "Idle" read as a run stuck at 0
        self.status = QLabel(self.tr("Idle"), objectName="trainingStatus", wordWrap=True)
        self.details = QLabel("", objectName="trainingDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Shown only with text: an empty label would be a click-focus stop, and a screen
        # reader would name it after the panel. Its place is kept, so nothing moves.
        policy = self.details.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.details.setSizePolicy(policy)
        self.details.setVisible(False)
        # The run in one line for the window's status bar: on a short screen this panel's
        # progress is below the fold when Retrain is pressed.
        self.summary = QLabel(objectName="trainingSummary", visible=False)
        self.curves = TrainingCurves()

        self.settings_toggle = QToolButton(
            objectName="settingsToggle", text=self.tr("Settings"), checkable=True,
            toolTip=self.tr("Show or hide the training settings: epochs, batch, rate, data"))
        self.settings_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.settings_toggle.toggled.connect(self._show_settings)

        self.settings_box = QWidget(objectName="trainingSettings")
        # The recipe, then the language under it: side by side they made the panel 725 px
        # wide in Spanish (the canvas lost a third of a 1366 px screen); the curves' place
        # is taller than both.
        rows = QVBoxLayout(self.settings_box)
        rows.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        rows.addLayout(form)
        for widget, tip in (
                (self.epochs, self.tr("How many times training goes through all the training "
                                      "digits: more take longer and usually read a little "
                                      "better")),
                (self.batch, self.tr("How many digits the network looks at before each small "
                                     "change to what it has learned")),
                (self.rate, self.tr("How big each change is: too big and training jumps about, "
                                    "too small and it crawls")),
                (self.augment, self.tr("Each training digit is also shown turned, scaled or "
                                       "thickened a little, as people's writing varies")),
                (self.include_samples, self.tr("Your saved drawings are learned from too, "
                                               "with MNIST's digits")),
                (self.finetune_button, self.tr("A short run that teaches the model in use your "
                                               "saved drawings"))):
            widget.setToolTip(tip)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Batch size"), self.batch)
        form.addRow(self.tr("Learning rate"), self.rate)
        form.addRow(self.augment)
        form.addRow(self.include_samples)
        self.presets = PresetRow(self)  # Default / Best / Tutorial, Restore defaults
        form.addRow(self.presets)  # with its own label (app/presets.py)
        self.language = LanguageChoice()
        rows.addWidget(self.language)
        self.settings_box.setVisible(False)

        buttons = QHBoxLayout()
        for button in (self.retrain_button, self.finetune_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.settings_toggle)
        # One under the other: side by side, the run's figures squeezed "Epoch 1/1: test
        # accuracy 99.24 %" into a column three lines high.
        status_row = QVBoxLayout()
        status_row.setSpacing(2)
        status_row.addWidget(self.status)
        status_row.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addLayout(status_row)
        # The settings take the curves' place in one region, as large in both states:
        # opening them moves nothing (the histogram above keeps its height).
        region = QGridLayout()
        for widget in (self.curves, self.settings_box):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        region.addWidget(self.curves, 0, 0)
        region.addWidget(self.settings_box, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(region, stretch=1)

    def _show_settings(self, shown: bool) -> None:
        # The settings take the curves' place, so the window does not grow.
        self.settings_box.setVisible(shown)
        self.curves.setVisible(not shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.settings_toggle.setArrowType(arrow)

    # ---------------------------------------------------------------- settings

    def load_settings(self) -> None:
        """Fill the controls from QSettings; bad stored values fall back to defaults."""
        stored = QSettings()
        if stored.value(RECIPE_KEY[0]) != RECIPE_KEY[1]:
            for key in (EPOCHS[0], BATCH[0], RATE[0]):
                stored.remove(key)
        self.epochs.setValue(_read_number(stored, EPOCHS, int))
        self.batch.setValue(_read_number(stored, BATCH, int))
        self.rate.setValue(_read_number(stored, RATE, float))
        self.augment.setChecked(read_bool(stored, "training/augment", True))
        self.include_samples.setChecked(read_bool(stored, "training/include_samples", False))

    def save_settings(self) -> None:
        """Remember the person's values (not a running Fine-tune's)."""
        epochs, batch, rate, augment, include = self._chosen or self._values()
        stored = QSettings()
        stored.setValue(RECIPE_KEY[0], RECIPE_KEY[1])
        stored.setValue(EPOCHS[0], epochs)
        stored.setValue(BATCH[0], batch)
        stored.setValue(RATE[0], rate)
        stored.setValue("training/augment", augment)
        stored.setValue("training/include_samples", include)

    def _values(self) -> tuple[int, int, float, bool, bool]:
        return (self.epochs.value(), self.batch.value(), self.rate.value(),
                self.augment.isChecked(), self.include_samples.isChecked())

    def _show_values(self, values: tuple[int, int, float, bool, bool]) -> None:
        epochs, batch, rate, augment, include = values
        self.epochs.setValue(epochs)
        self.batch.setValue(batch)
        self.rate.setValue(rate)
        self.augment.setChecked(augment)
        self.include_samples.setChecked(include)

    def apply_tutorial_preset(self) -> None:
        """The tutorial's recipe: lr 1e-4, batch 128, 5 epochs, no augmentation."""
        self.epochs.setValue(TUTORIAL["epochs"])
        self.batch.setValue(TUTORIAL["batch_size"])
        self.rate.setValue(TUTORIAL["learning_rate"])
        self.augment.setChecked(TUTORIAL["augment"])

    def settings(self) -> TrainingSettings:
        """The values in the controls."""
        values = (self.epochs.value(), self.batch.value(), self.rate.value(),
                  self.augment.isChecked())
        tutorial = values == tuple(TUTORIAL.values())
        return TrainingSettings(*values, self.include_samples.isChecked(), tutorial)

    # ---------------------------------------------------------------- progress

    def set_running(self, running: bool) -> None:
        """Enable what makes sense while a run is (not) in progress.

        The keyboard moves from a control being greyed to Cancel (or back to Retrain):
        left to Qt it went through every control greyed after it, each said aloud.
        """
        settings = (self.retrain_button, self.finetune_button, self.epochs, self.batch,
                    self.rate, self.augment, self.include_samples, self.presets)
        greyed, offered = (settings, (self.cancel_button,)) if running else (
            (self.cancel_button,), settings)
        # Cancel takes Fine-tune's place while a run goes on: the row stays as narrow as
        # three buttons (four were 600 px wide in German: at 1024x600 the canvas got 390).
        shown, hidden = ((self.cancel_button, self.finetune_button) if running
                         else (self.finetune_button, self.cancel_button))
        shown.show()
        focus = QApplication.focusWidget()
        for widget in offered:
            widget.setEnabled(True)
        if focus is not None and any(w is focus or w.isAncestorOf(focus) for w in greyed):
            # Ended, back to the button that started it: a Fine-tune's Space went on to
            # Retrain, and the next Space started seven epochs.
            (offered[0] if running else self._run_button).setFocus(
                Qt.FocusReason.OtherFocusReason)
        for widget in greyed:
            widget.setEnabled(False)
        hidden.hide()

    def on_started(self, config: object, fine_tune: bool = False) -> None:
        """A run of ``config`` (model.network.train.TrainConfig) began.

        The greyed settings show the recipe that runs: a Fine-tune's 1 epoch, not
        Retrain's 7. The person's own come back when it ends.
        """
        self.save_settings()
        self._run_button = self.finetune_button if fine_tune else self.retrain_button
        run = (config.epochs, config.batch_size, config.learning_rate, config.augment,
               fine_tune or self.include_samples.isChecked())
        if run != self._values():
            self._chosen = self._values()
            self._show_values(run)
        self.set_running(True)
        self._started = time.monotonic()
        self._texts_at = -math.inf  # the first step's figures at once
        self._first_step = None
        self._cancel_asked = False
        self.progress.setRange(0, 0)  # busy until the first step says how many
        self.progress.setTextVisible(True)
        self.status.setText(self.tr("Starting..."))
        self._show_details("")
        self.curves.reset(config.epochs)
        self._summarise()
        self.summary.show()
        # The progress is seen in the panel and the status bar; a screen reader hears it.
        announce(self.status, self.tr("Training started: %n epoch(s)", "", config.epochs))

    def _cancelling(self) -> None:
        # The run stops at its next step; until then say so, and do not offer Cancel twice.
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling..."))
        self._cancel_asked = True
        self._summarise()

    def _show_status(self, text: str) -> None:
        if not self._cancel_asked:
            self.status.setText(text)
            self._summarise()

    def _summarise(self) -> None:
        text = self.status.text()
        if self.progress.maximum() > 1:
            text += " · " + self.progress.text()  # the bar's own figure, not one point off
        self.summary.setText(self.tr("Training: %1").replace("%1", text))

    def on_status(self, text: str) -> None:
        """A phase message from the worker (loading data, saving...)."""
        self._show_status(text)

    def on_step(self, step: object) -> None:
        """Progress after one training step (model.train.Step)."""
        if self.progress.maximum() != step.total_steps:
            self.progress.setRange(0, step.total_steps)
            self._steps_per_epoch = max(1, step.total_steps // step.epochs)
        self.progress.setValue(step.step)  # before the status: the summary says both
        now = time.monotonic()
        if now - self._texts_at < self.TEXT_EVERY_S and step.step < step.total_steps:
            self._add_loss(step)
            return
        self._texts_at = now
        self._show_status(self.tr("Epoch %1/%2").replace("%1", str(step.epoch)).replace(
            "%2", str(step.epochs)))
        self._show_details(
            self.tr("loss %1 · %2 images/s · %3 elapsed · %4").replace(
                "%1", number(step.loss, 3)).replace("%2", number(step.images_per_second)).replace(
                "%3", _format_seconds(now - self._started)).replace(
                "%4", self._time_left(step, now)))
        self._add_loss(step)

    def _add_loss(self, step: object) -> None:
        stride = max(1, self._steps_per_epoch // self.LOSS_POINTS_PER_EPOCH)
        if step.step % stride == 0:
            self.curves.add_loss(step.step / self._steps_per_epoch, step.loss)

    def _time_left(self, step: object, now: float) -> str:
        # From the steps' own pace: the time before the first step (loading data,
        # tracing) would make the first estimates hours long.
        if self._first_step is None:
            self._first_step = (step.step, now)
        first, since = self._first_step
        if step.step - first < self.STEPS_BEFORE_ESTIMATE:
            return self.tr("estimating time left")
        pace = (now - since) / (step.step - first)
        return self.tr("%1 left").replace(
            "%1", _format_seconds(pace * (step.total_steps - step.step)))

    def on_epoch(self, epoch: object) -> None:
        """Test accuracy after an epoch (model.train.EpochEnd)."""
        self.curves.add_accuracy(epoch.epoch, epoch.test_accuracy)
        self._show_status(self.tr("Epoch %1/%2: test accuracy %3").replace(
            "%1", str(epoch.epoch)).replace("%2", str(epoch.epochs)).replace(
            "%3", percent(epoch.test_accuracy, 2)))
        if not self._cancel_asked:
            announce(self.status, self.status.text())

    def _show_details(self, text: str) -> None:
        self.details.setText(text)
        self.details.setVisible(bool(text))

    def on_ended(self, message: str) -> None:
        """The run ended (finished, cancelled or failed)."""
        if self._chosen is not None:
            self._show_values(self._chosen)
            self._chosen = None
        self.set_running(False)
        self._show_details("")
        self.summary.hide()  # the message bar says how it ended
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        self.status.setText(message)
        set_description(self.status, "")  # not the last epoch's, said while it ran
