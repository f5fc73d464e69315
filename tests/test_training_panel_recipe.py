from dataclasses import replace
from types import SimpleNamespace

from PySide6.QtCore import QSettings, Qt

from app import training_curves, training_panel
from app.training_panel import TrainingPanel
from model.network.recipe import DEFAULT


def _panel(qtbot) -> TrainingPanel:
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.load_settings()
    return panel


def _shown_panel(qtbot, width: int) -> TrainingPanel:
    panel = _panel(qtbot)
    panel.resize(width, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_panel_offers_the_default_recipe(qtbot):
    QSettings().clear()
    settings = _panel(qtbot).settings()
    assert (settings.epochs, settings.batch_size, settings.learning_rate) == (
        DEFAULT.epochs, DEFAULT.batch_size, DEFAULT.learning_rate)


def test_numbers_stored_for_the_old_recipe_give_way_to_the_new_one(qtbot):
    stored = QSettings()
    stored.clear()
    stored.setValue("training/epochs", 20)  # what the first release saved on closing
    stored.setValue("training/batch_size", 128)
    assert _panel(qtbot).settings().epochs == DEFAULT.epochs
    stored.clear()


def test_numbers_a_person_chose_with_this_recipe_are_kept(qtbot):
    QSettings().clear()
    first = _panel(qtbot)
    first.epochs.setValue(11)
    first.save_settings()
    assert _panel(qtbot).settings().epochs == 11
    QSettings().clear()


def test_numbers_saved_under_an_earlier_default_give_way_to_the_current_one(qtbot):
    stored = QSettings()
    stored.clear()
    stored.setValue("training/default_recipe", "20 epochs, batch 128, lr 0.003")
    stored.setValue("training/epochs", 11)
    assert _panel(qtbot).settings().epochs == DEFAULT.epochs
    stored.clear()


def _step(step: int, total: int = 1000) -> SimpleNamespace:  # like model.network.train.Step
    return SimpleNamespace(step=step, total_steps=total, epoch=1, epochs=2, loss=0.5,
                           images_per_second=1000.0)


def test_time_left_comes_from_the_pace_of_the_steps_not_the_start_up(qtbot, monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(training_panel.time, "monotonic", lambda: clock[0])
    panel = _panel(qtbot)
    panel.on_started(replace(DEFAULT, epochs=2))
    clock[0] += 30.0  # loading data and tracing before the first step
    panel.on_step(_step(1))
    assert "estimating time left" in panel.details.text()
    for n in range(2, 101):
        clock[0] += 0.1
        panel.on_step(_step(n))
    # 99 steps in 9.9 s: 0.1 s a step, 900 steps to go.
    assert panel.details.text().endswith("1:30 left")


def test_cancel_says_cancelling_until_the_run_has_stopped(qtbot):
    panel = _panel(qtbot)
    panel.on_started(replace(DEFAULT, epochs=2))
    panel.on_step(_step(1))
    asked = []
    panel.cancelRequested.connect(lambda: asked.append(True))
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [True] and not panel.cancel_button.isEnabled()
    panel.on_step(_step(2))  # the step that was already running ends
    panel.on_status("Evaluating")
    assert panel.status.text() == "Cancelling..."
    panel.on_ended("Training cancelled; the model in use is unchanged")
    assert panel.status.text().startswith("Training cancelled")
    assert panel.retrain_button.isEnabled()


def test_the_training_chart_numbers_its_epochs(qtbot):
    # Under the plot, between it and the axis title, the epochs' numbers are drawn.
    import numpy as np
    from PySide6.QtGui import QImage

    curves = training_curves.TrainingCurves()
    qtbot.addWidget(curves)
    curves.resize(420, 200)
    curves.reset(7)
    curves.add_accuracy(1, 0.9941)
    assert "test accuracy 99.41 %" in curves.accessibleDescription()  # as the epoch was said
    curves.show()
    qtbot.waitExposed(curves)
    image = curves.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    plot = curves.chart().plotArea().toRect()
    below = pixels[plot.bottom() + 3:plot.bottom() + 16, plot.left():plot.right()]
    assert (below < 128).sum() > 20  # "0 1 2 ... 7" (blank with "%d" and localised numbers)


def test_a_long_result_line_uses_the_panels_width(qtbot):
    # It wrapped at half the width beside an empty stretch ("(+0.05 / points)").
    panel = _shown_panel(qtbot, 470)
    panel.on_started(replace(DEFAULT, epochs=7))
    panel.on_ended("Done: test accuracy 99.59 % (+0.05 points) · your drawings: 1 of 3 right")
    qtbot.waitUntil(lambda: panel.status.width() > 0.8 * panel.contentsRect().width())


def test_the_training_charts_scales_are_marked_at_round_steps(qtbot):
    curves = training_curves.TrainingCurves()
    qtbot.addWidget(curves)
    curves.reset(7)
    assert curves.accuracy_axis.tickInterval() == 2  # 90 %, 92 % ... 100 %, as the app writes
    assert curves.accuracy_axis.labelFormat().endswith("%")
    # one grid (the loss scale's): two sets of lines that do not meet read as noise
    assert curves.loss_axis.isGridLineVisible() and not curves.accuracy_axis.isGridLineVisible()
    curves.add_accuracy(1, 0.85)  # a weak first epoch widens the scale
    assert curves.accuracy_axis.tickInterval() == 5
    assert curves.accuracy_axis.min() < 85 + 1e-3
    curves.add_loss(0.5, 2.4)
    top = curves.loss_axis.max()
    assert top >= 2.4 and (top * 2).is_integer()  # not 2.64 marked at 0.66 apart


def test_a_models_curves_number_their_epochs(qtbot):
    # Under the curves: the epochs' numbers (only the word "epoch" was there).
    import numpy as np
    from PySide6.QtGui import QImage

    from app.model_curves import MARGIN, ModelCurves

    curves = ModelCurves()
    qtbot.addWidget(curves)
    curves.resize(520, 170)
    history = [{"epoch": n, "loss": 1.2 / n, "test_accuracy": 0.98 + n / 500} for n in (1, 2, 3)]
    blank = curves.grab().toImage()
    curves.set_history(history)
    image = curves.grab().toImage()
    bottom = curves.height() - MARGIN
    left, right = MARGIN + 16, curves.width() - MARGIN - 24
    one = round(left + (right - left) / 3)  # where epoch 1 of 3 is (the word is in the middle)
    grey = [i.convertToFormat(QImage.Format.Format_Grayscale8) for i in (blank, image)]
    under = [np.frombuffer(i.constBits(), np.uint8).reshape(i.height(), -1)[
        bottom + 2:bottom + 15, one - 8:one + 8] for i in grey]
    assert (under[0] < 128).sum() == 0 and (under[1] < 128).sum() > 5  # "1" drawn there


def test_a_models_accuracy_scale_starts_at_a_round_value_below_its_lowest_epoch():
    # It started at the lowest epoch itself, labelled "99.0 %" for 99.06 %: the first
    # point lay on the frame and read as hidden.
    from app.model_curves import accuracy_floor

    assert accuracy_floor([0.9906, 0.9931, 0.9954]) == 0.985
    assert accuracy_floor([0.99, 0.995]) == 0.985  # a round lowest value: still above the frame
    assert accuracy_floor([0.0005]) == 0.0 and accuracy_floor([]) == 0.0


def test_each_setting_says_what_it_changes_and_an_idle_bar_shows_no_zero(qtbot):
    # A teacher met "Epochs", "Batch size", "Learning rate" with nothing to hover for;
    # "0 %" beside "Idle" read as a run stuck at its start.
    panel = _panel(qtbot)
    for widget in (panel.epochs, panel.batch, panel.rate, panel.augment, panel.include_samples,
                   panel.finetune_button):
        assert len(widget.toolTip()) > 30, widget.objectName()
    assert not panel.progress.isTextVisible()
    panel.on_started(replace(DEFAULT, epochs=3))
    assert panel.progress.isTextVisible()


def test_a_running_fine_tune_shows_its_own_recipe_and_gives_the_persons_back(qtbot):
    # The greyed settings said 7 epochs at 0.003 while a Fine-tune ran 1 at 0.0003.
    from model.network.recipe import fine_tune_config

    QSettings().clear()
    panel = _panel(qtbot)
    panel.epochs.setValue(9)
    run = fine_tune_config(3)
    panel.on_started(run, fine_tune=True)
    assert (panel.epochs.value(), panel.rate.value()) == (run.epochs, run.learning_rate)
    assert panel.include_samples.isChecked()
    panel.save_settings()  # the window closed while it ran: the person's recipe is stored
    assert _panel(qtbot).settings().epochs == 9
    panel.on_ended("Done")
    assert panel.settings().epochs == 9 and not panel.include_samples.isChecked()
    QSettings().clear()


def test_a_screen_reader_hears_a_run_start_and_each_epoch_end(qtbot, reader):
    # Ctrl+R started a run in silence; its progress was only seen.
    panel = _panel(qtbot)
    panel.on_started(replace(DEFAULT, epochs=2))
    panel.on_epoch(SimpleNamespace(epoch=1, epochs=2, test_accuracy=0.9906))
    said = reader.said()
    assert said == ["Training started: 2 epochs", "Epoch 1/2: test accuracy 99.06 %"]
    panel.on_ended("Done: test accuracy 99.06 %")
    assert panel.status.accessibleDescription() == ""  # not the epoch's beside "Done"


def test_the_runs_figures_leave_the_status_its_line(qtbot):
    # Beside the figures, "Epoch 1/1: test accuracy 99.24 %" wrapped onto three lines.
    panel = _shown_panel(qtbot, 430)
    panel.on_started(replace(DEFAULT, epochs=1))
    panel.on_step(SimpleNamespace(step=1, total_steps=10, epoch=1, epochs=1, loss=0.119,
                                  images_per_second=6071.0))
    panel.on_epoch(SimpleNamespace(epoch=1, epochs=1, test_accuracy=0.9924))
    line = panel.status.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: panel.status.height() < 2 * line)
    assert panel.status.width() > 0.8 * panel.contentsRect().width()


def test_the_steps_figures_change_twice_a_second_not_at_every_step(qtbot, monkeypatch):
    # Twenty steps a second each changed the line's text: twenty name changes a
    # second on a screen reader's bus, and as many warnings in the log.
    clock = [100.0]
    monkeypatch.setattr(training_panel.time, "monotonic", lambda: clock[0])
    panel = _panel(qtbot)
    panel.on_started(replace(DEFAULT, epochs=2))
    texts = []
    monkeypatch.setattr(panel.details, "setText", texts.append)  # each one goes to the bus
    for n in range(1, 101):  # five seconds
        clock[0] += 0.05
        panel.on_step(_step(n, total=100))
    assert 8 <= len(texts) <= 12
    assert panel.progress.value() == 100  # the bar follows every step
    assert texts[-1].endswith("0:00 left")  # and the last step is shown
