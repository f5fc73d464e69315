"""Start-up with damaged or missing models, and a failing drawings database, in the window.

Whatever goes wrong, the person gets a message that says what happened, and
nothing they saved is lost: damaged files are moved aside byte for byte.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from app.main_window import MainWindow
from model.network.checkpoints import BUNDLED_DIR, CheckpointStore, make_metadata
from model.network.convnet import ConvNet
from tests.window_driver import (
    SEVEN,
    click,
    dismiss,
    draw,
    key,
    small_presets,
    wait_for_decision,
    wait_for_message,
)

pytestmark = [pytest.mark.gui, pytest.mark.faults]


def files_of(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def open_window(qtbot, data_dir) -> MainWindow:
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    session = window.session
    qtbot.waitUntil(lambda: session.classifier is not None or session.model_error is not None,
                    timeout=60_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    return window


def close(window) -> None:
    window.session.trainer.stop_and_wait()
    window.close()


def save_checkpoint(store: CheckpointStore, seed: int, accuracy: float):
    return store.save(ConvNet(seed=seed), make_metadata({"hidden": 32}, accuracy, step=seed))


def damage(folder, how: str) -> None:
    if how == "metadata":
        (folder / "metadata.json").write_text("{ this is not json")
    else:
        for weights in folder.glob("weights*"):
            weights.write_bytes(b"\0" * 64)


# ------------------------------------------------------------------- models


@pytest.mark.parametrize("how", ["metadata", "weights"])
def test_a_damaged_newest_checkpoint_is_kept_aside_and_the_older_one_used(qtbot, tmp_app_dirs,
                                                                          how):
    data_dir = tmp_app_dirs.data / "digit-canvas"
    store = CheckpointStore(data_dir / "checkpoints")
    older = save_checkpoint(store, seed=1, accuracy=0.5)
    newer = save_checkpoint(store, seed=2, accuracy=0.6)
    damage(newer, how)
    damaged_files = files_of(newer)
    window = open_window(qtbot, data_dir)
    box = wait_for_message(qtbot, window, "Some checkpoints could not be loaded")
    assert newer.name in box.text() and "kept aside as" in box.text()
    assert window.session.classifier.path == older
    assert "your retrain" in window.model_label.text() and "50.00 %" in window.model_label.text()
    aside = [p for p in newer.parent.iterdir() if p.name.startswith(newer.name + ".broken-")]
    assert len(aside) == 1 and files_of(aside[0]) == damaged_files  # nothing lost
    assert not newer.exists()
    dismiss(qtbot, box)
    draw(qtbot, window.canvas, SEVEN)
    assert window.last_prediction is not None  # the window works on the older model
    close(window)


def test_only_damaged_checkpoints_fall_back_to_the_bundled_model(qtbot, tmp_app_dirs):
    data_dir = tmp_app_dirs.data / "digit-canvas"
    only = save_checkpoint(CheckpointStore(data_dir / "checkpoints"), seed=1, accuracy=0.5)
    damage(only, "metadata")
    window = open_window(qtbot, data_dir)
    wait_for_message(qtbot, window, "Some checkpoints could not be loaded")
    assert window.session.classifier.path == BUNDLED_DIR
    assert "bundled model" in window.model_label.text()
    close(window)


@pytest.fixture
def no_loadable_model(monkeypatch):
    """The bundled model cannot be read either (a broken install)."""
    from model.network import checkpoints
    from model.network.errors import CheckpointError

    real = checkpoints.load_for_serving

    def load(folder, **options):
        if folder == BUNDLED_DIR:
            raise CheckpointError(f"{folder}: cannot restore weights (simulated damage)")
        return real(folder, **options)

    monkeypatch.setattr(checkpoints, "load_for_serving", load)


def test_start_up_with_no_loadable_model_says_so(qtbot, tmp_app_dirs, no_loadable_model):
    window = open_window(qtbot, tmp_app_dirs.data / "digit-canvas")
    box = wait_for_message(qtbot, window, "The model could not be loaded")
    assert "no usable checkpoint" in box.text() and "simulated damage" in box.text()
    assert window.session.classifier is None
    assert window.model_label.text().startswith("No model: no usable checkpoint")
    dismiss(qtbot, box)
    draw(qtbot, window.canvas, SEVEN)  # drawing still works; there is just no answer
    assert window.prediction_label.text() == "–" and window.last_prediction is None
    close(window)


def test_retrain_gives_a_window_without_a_model_its_first_model(qtbot, tmp_app_dirs,
                                                                no_loadable_model,
                                                                monkeypatch):
    small_presets(monkeypatch, train_limit=1024)
    window = open_window(qtbot, tmp_app_dirs.data / "digit-canvas")
    dismiss(qtbot, wait_for_message(qtbot, window, "The model could not be loaded"))
    panel = window.training_panel
    panel.epochs.setValue(1)
    panel.batch.setValue(64)
    click(qtbot, panel.retrain_button)
    assert wait_for_decision(qtbot, window).startswith("Done: the new model's test accuracy")
    assert window.session.classifier is not None and "your retrain" in window.model_label.text()
    draw(qtbot, window.canvas, SEVEN)
    assert window.last_prediction is not None
    close(window)


# --------------------------------------------------------- the drawings database


def test_a_damaged_drawings_database_is_kept_aside_and_the_drawing_saved(qtbot,
                                                                         tmp_app_dirs):
    data_dir = tmp_app_dirs.data / "digit-canvas"
    data_dir.mkdir(parents=True)
    garbage = np.random.default_rng(1).bytes(8192)
    (data_dir / "samples.sqlite3").write_bytes(garbage)
    window = open_window(qtbot, data_dir)
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "7")
    box = wait_for_message(qtbot, window, "Saved drawings database was damaged")
    assert "kept aside" in box.text()
    assert [s.label for s in window.session.drawings.list()] == [7]  # saved in a fresh database
    aside = [p for p in data_dir.iterdir() if p.name != "samples.sqlite3"
             and p.name.startswith("samples.sqlite3") and p.read_bytes() == garbage]
    assert len(aside) == 1  # the damaged file, byte for byte
    close(window)


def test_a_drawings_folder_that_cannot_be_made_keeps_the_drawing_on_the_canvas(qtbot,
                                                                               tmp_app_dirs):
    blocker = tmp_app_dirs.data / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    window = open_window(qtbot, blocker / "digit-canvas")
    assert window.session.classifier is not None
    draw(qtbot, window.canvas, SEVEN)
    drawn = window.canvas.to_array()
    key(qtbot, window.canvas, "7")
    wait_for_message(qtbot, window, "Your drawings cannot be saved")
    box = wait_for_message(qtbot, window, "The drawing could not be saved")
    assert "read-only" in box.text() or "cannot" in box.text().lower()
    assert np.array_equal(window.canvas.to_array(), drawn)  # nothing the person drew is lost
    assert blocker.read_text() == "a file where the data folder should be"
    close(window)


def test_a_database_from_a_newer_version_is_left_alone(qtbot, tmp_app_dirs):
    data_dir = tmp_app_dirs.data / "digit-canvas"
    data_dir.mkdir(parents=True)
    path = data_dir / "samples.sqlite3"
    with sqlite3.connect(path) as newer:
        newer.execute("PRAGMA user_version = 99")
    newer.close()
    before = path.read_bytes()
    window = open_window(qtbot, data_dir)
    draw(qtbot, window.canvas, SEVEN)
    drawn = window.canvas.to_array()
    key(qtbot, window.canvas, "7")
    box = wait_for_message(qtbot, window, "The drawing could not be saved")
    assert "newer version" in box.text()
    assert np.array_equal(window.canvas.to_array(), drawn)
    dismiss(qtbot, box)
    key(qtbot, window.canvas, "Ctrl+D")
    assert "newer version" in wait_for_message(qtbot, window,
                                               "Your drawings cannot be opened").text()
    assert path.read_bytes() == before
    close(window)
