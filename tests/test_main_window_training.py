"""Training from the settings panel, as a person does it: typed settings, Tutorial, progress.

Only the amount of data is cut (``small_presets``); everything else the run
uses comes from what the person set in the panel.
"""

from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.language import percent
from app.training_panel import TrainingPanel
from tests.window_driver import (
    SEVEN,
    click,
    draw,
    key,
    small_presets,
    toggle,
    type_into,
    wait_for_decision,
    wait_for_message,
    weak_model_in_use,
)

pytestmark = pytest.mark.gui

LIMIT = 1024


@pytest.fixture
def window(app_window, monkeypatch, qtbot):
    small_presets(monkeypatch, train_limit=LIMIT)
    weak_model_in_use(app_window)  # every small run does better, so it is used
    app_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app_window)
    return app_window


def open_settings(qtbot, window) -> TrainingPanel:
    panel = window.training_panel
    assert not panel.epochs.isVisible()  # folded away until asked for
    click(qtbot, panel.settings_toggle)
    qtbot.waitUntil(panel.epochs.isVisible)
    assert not panel.curves.isVisible()  # the settings take the curves' place
    return panel


def wait_until_done(qtbot, window, timeout=180_000) -> str:
    return wait_for_decision(qtbot, window, timeout)


def test_the_settings_a_person_types_are_the_recipe_of_the_run(window, qtbot):
    panel = open_settings(qtbot, window)
    type_into(qtbot, panel.epochs, 2)
    type_into(qtbot, panel.batch, 64)
    type_into(qtbot, panel.rate, 0.002)
    if panel.augment.isChecked():
        toggle(qtbot, panel.augment)
    assert not panel.augment.isChecked()
    click(qtbot, panel.retrain_button)
    assert wait_until_done(qtbot, window).startswith("Done")
    recipe = window.session.classifier.metadata["recipe"]
    assert (recipe["epochs"], recipe["batch_size"], recipe["augment"]) == (2, 64, False)
    assert recipe["learning_rate"] == pytest.approx(0.002)
    assert recipe["schedule"] == "cosine"  # the default recipe, not the tutorial's
    assert recipe["train_limit"] == LIMIT
    assert panel.progress.maximum() == panel.progress.value() == 2 * LIMIT // 64
    # The settings are remembered for the next start.
    again = TrainingPanel()
    qtbot.addWidget(again)
    assert (again.epochs.value(), again.batch.value(), again.augment.isChecked()) == (2, 64,
                                                                                       False)
    assert again.rate.value() == pytest.approx(0.002)


def test_tutorial_settings_fill_the_panel_and_train_the_tutorial_recipe(window, qtbot,
                                                                        monkeypatch):
    small_presets(monkeypatch, train_limit=256)  # 5 epochs of 2 steps
    panel = open_settings(qtbot, window)
    type_into(qtbot, panel.epochs, 9)
    combo = panel.presets.combo
    combo.activated.emit(combo.findData("tutorial"))  # Preset: Tutorial
    assert combo.currentText() == "Tutorial"
    assert (panel.epochs.value(), panel.batch.value(), panel.augment.isChecked()) == (5, 128,
                                                                                      False)
    assert panel.rate.value() == pytest.approx(1e-4)
    click(qtbot, panel.retrain_button)
    assert wait_until_done(qtbot, window).startswith("Done")
    recipe = window.session.classifier.metadata["recipe"]
    assert (recipe["epochs"], recipe["batch_size"], recipe["augment"]) == (5, 128, False)
    assert recipe["learning_rate"] == pytest.approx(1e-4)
    # The tutorial's own schedule and precision, which the panel has no control for.
    assert (recipe["schedule"], recipe["precision"]) == ("constant", "float32")
    # About shows the recipe of the model in use.
    window.about_action.trigger()
    about = wait_for_message(qtbot, window, "About Digit Canvas")
    assert "for 5 epochs" in about.text() and "(constant schedule)" in about.text()


def test_progress_texts_and_curves_follow_the_run(app_window, qtbot, monkeypatch):
    window = app_window
    small_presets(monkeypatch, train_limit=LIMIT, generated=20)  # 20 styles, 20 non-digits
    weak_model_in_use(window)
    panel = window.training_panel
    panel.epochs.setValue(2)
    panel.batch.setValue(64)
    panel.augment.setChecked(False)
    seen = []  # what the person sees after each message from the run (panel updated first)

    def look(*_):
        seen.append((panel.status.text(), panel.details.text()))
        summaries.append(panel.summary.text() if panel.summary.isVisible() else None)

    summaries = []  # the status bar's line, for a short screen where the panel is scrolled

    trainer = window.session.trainer
    for signal in (trainer.status, trainer.step, trainer.epochEnded):
        signal.connect(look)
    epochs = []
    window.session.trainer.epochEnded.connect(epochs.append)
    previous = window.session.classifier.metadata["test_accuracy"]
    click(qtbot, panel.retrain_button)
    assert panel.status.text() == "Starting..."
    assert panel.progress.maximum() == 0  # busy until the first step says how many
    status = wait_until_done(qtbot, window)
    texts = [text for text, _ in seen]
    assert texts[0] == "Loading MNIST..."  # the first run loads the data (its source: the log)
    assert texts[texts.index("Training...") + 1] == "Preparing the training data..."
    assert texts[-1] == "Saving checkpoint..."
    steps = math.ceil((LIMIT + 20 + 20) / 64)  # an epoch: MNIST plus the generated images
    step_texts = [(text, details) for text, details in seen if re.fullmatch(r"Epoch \d/2", text)]
    assert [text for text, _ in step_texts] == ["Epoch 1/2"] * steps + ["Epoch 2/2"] * steps
    assert panel.progress.maximum() == panel.progress.value() == 2 * steps
    for _, details in step_texts:
        assert re.fullmatch(r"loss \d+\.\d{3} · [\d,]+ images/s · \d+:\d\d elapsed · "
                            r"(\d+:\d\d|estimating time) left", details), details
    # The time left appears once enough steps have been timed.
    assert step_texts[0][1].endswith("estimating time left")
    assert summaries[0] == "Training: Loading MNIST..."
    assert "Training: Epoch 2/2 · 100 %" in summaries  # the bar's own figure
    assert not panel.summary.isVisible()  # ended: the message bar says how
    assert re.search(r"\d+:\d\d left$", step_texts[-1][1])
    assert [e.epoch for e in epochs] == [1, 2]
    for epoch in epochs:
        assert f"Epoch {epoch.epoch}/2: test accuracy {percent(epoch.test_accuracy, 2)}" in texts
    accuracy = window.session.classifier.metadata["test_accuracy"]
    assert accuracy == epochs[-1].test_accuracy
    assert status == (f"Done: the new model's test accuracy {percent(accuracy, 2)} "
                      f"({(accuracy - previous) * 100:+.2f} points)")
    assert panel.details.text() == ""
    assert "your retrain" in window.model_label.text()
    # The curves: one loss point per step (x in epochs), one accuracy point per epoch.
    loss = [(p.x(), p.y()) for p in panel.curves.loss.points()]
    assert len(loss) == 2 * steps and loss[-1][0] == pytest.approx(2.0)
    assert all(math.isfinite(y) and y > 0 for _, y in loss)
    points = panel.curves.accuracy.points()
    assert [p.x() for p in points] == [1, 2]
    assert [p.y() for p in points] == pytest.approx([100 * e.test_accuracy for e in epochs])
    # A second run starts from empty curves; its new trainer process loads the data again.
    seen.clear()
    panel.epochs.setValue(1)
    click(qtbot, panel.retrain_button)
    assert panel.curves.loss.points() == [] and panel.curves.accuracy.points() == []
    wait_until_done(qtbot, window)
    assert any(text.startswith("Loading MNIST") for text, _ in seen)
    assert len(panel.curves.accuracy.points()) == 1


def test_include_my_drawings_puts_them_in_the_run(window, qtbot):
    for digit in (7, 7, 1):
        draw(qtbot, window.canvas, SEVEN)
        key(qtbot, window.canvas, str(digit))
    assert len(window.session.drawings) == 3
    panel = open_settings(qtbot, window)
    type_into(qtbot, panel.epochs, 1)
    type_into(qtbot, panel.batch, 64)
    if not panel.include_samples.isChecked():
        toggle(qtbot, panel.include_samples)
    click(qtbot, panel.retrain_button)
    status = wait_until_done(qtbot, window)
    assert re.fullmatch(r"Done: .* · your drawings \(trained on\): \d+(\.\d)? %", status), status
    assert window.session.classifier.metadata["samples"] == 3


def test_a_long_result_line_wraps_instead_of_widening_the_panel(window, qtbot):
    # "Done: test accuracy 99.39 % · kept your current model · your drawings 88 %"
    # made the right-hand panel wider than its room: its right edge was cut off.
    panel = window.training_panel
    before = panel.minimumSizeHint().width()
    panel.on_ended("Done: test accuracy 99.39 % · kept your current model · your drawings "
                   "88 % · and a good deal more for a language with longer words")
    assert panel.status.minimumSizeHint().width() <= before


def test_a_run_started_from_the_toolbar_on_a_short_screen_shows_its_progress(
        window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QScrollArea

    window.resize(1280, 560)  # the training panel is below the fold
    area = window.findChild(QScrollArea, "rightPanelScroll")
    area.verticalScrollBar().setValue(0)
    cancel = window.training_panel.cancel_button
    monkeypatch.setattr(window.session.trainer, "start", lambda job: job)  # no process
    window.retrain_action.trigger()
    qtbot.waitUntil(cancel.isVisible)
    shown = area.viewport().rect()
    for part in (cancel, window.training_panel.progress):
        assert shown.contains(part.mapTo(area.viewport(), part.rect().center()))
    # Ended (here cancelled), the panel goes back to the answer it showed; cut before.
    window.session.trainer.cancelled.emit()
    window.session.trainer.finished.emit()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() == 0)
    # Unless the person scrolled meanwhile: then it stays where they put it.
    window.retrain_action.trigger()
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    bar.setValue(bar.value() - 1)
    window.session.trainer.finished.emit()
    assert bar.value() > 0
    # Or the keyboard is in the panel: scrolled back, its button went out of sight.
    bar.setValue(0)
    window.retrain_action.trigger()
    qtbot.waitUntil(lambda: bar.value() > 0)
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(cancel.hasFocus)
    window.session.trainer.finished.emit()
    assert bar.value() > 0
