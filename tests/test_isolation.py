"""The suite never reaches the person's own folders, settings or caches."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from model import data, paths
from tests.helpers import TEST_DATA

ROOT = Path(__file__).resolve().parent.parent


def test_every_user_folder_is_the_tests_own_and_empty(tmp_app_dirs):
    folders = {
        "HOME": tmp_app_dirs.home, "XDG_DATA_HOME": tmp_app_dirs.data,
        "XDG_CACHE_HOME": tmp_app_dirs.cache, "XDG_CONFIG_HOME": tmp_app_dirs.config,
        "KERAS_HOME": tmp_app_dirs.keras,
    }
    for variable, folder in folders.items():
        assert Path(os.environ[variable]) == folder, variable
        assert list(folder.iterdir()) == [], variable
    assert Path.home() == tmp_app_dirs.home
    assert paths.data_dir() == tmp_app_dirs.data / "digit-canvas"
    assert paths.checkpoint_dir().is_relative_to(tmp_app_dirs.data)
    assert data.cache_file().is_relative_to(tmp_app_dirs.cache)
    assert data.keras_cache_file().is_relative_to(tmp_app_dirs.home)
    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(app_data).is_relative_to(tmp_app_dirs.data)
    assert Path(QSettings().fileName()).is_relative_to(tmp_app_dirs.settings)


def test_mnist_comes_from_the_test_owned_folder():
    assert Path(os.environ["MNIST_DIR"]) == TEST_DATA == ROOT / ".test-data"
    descriptions = [description for description, _, _ in data.default_sources()]
    assert descriptions[0] == f"folder {TEST_DATA}"
    assert data.load_mnist().source == str(TEST_DATA / "mnist.npz")


@pytest.mark.parametrize("run", ["first", "second"])
def test_settings_written_by_one_test_are_not_seen_by_another(run):
    settings = QSettings()
    assert settings.allKeys() == []  # whichever of the two runs second sees nothing
    settings.setValue("canvas/pen_width", 33)
    settings.setValue("model/use_bundled", True)
    settings.sync()
    assert QSettings().value("canvas/pen_width") in (33, "33")


@pytest.mark.parametrize("run", ["first", "second"])
def test_files_written_by_one_test_are_not_seen_by_another(run):
    checkpoints = paths.checkpoint_dir()
    assert not checkpoints.exists()
    (checkpoints / "ckpt-1").mkdir(parents=True)


def test_a_child_process_gets_the_same_folders(tmp_app_dirs):
    code = "import os, pathlib; print(os.environ['XDG_DATA_HOME'], pathlib.Path.home())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    assert out == [str(tmp_app_dirs.data), str(tmp_app_dirs.home)]


def test_keras_keeps_its_files_in_a_stand_in_folder():
    """Keras picks its folder (and writes keras.json there) once, when it is imported."""
    from keras.src.backend.config import keras_home

    home = Path(keras_home())
    assert home.name == "keras" and home.is_relative_to(tempfile.gettempdir()), home
