from PySide6.QtCore import QSettings

from app.training_panel import TrainingPanel
from model.recipe import DEFAULT


def _panel(qtbot) -> TrainingPanel:
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.load_settings()
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
