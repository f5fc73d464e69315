"""The suite never reaches the person's own folders, settings or caches."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from model import paths
from model.data import mnist
from tests import conftest
from tests.conftest import USER_FOLDER_VARIABLES, AppDirs
from tests.helpers import TEST_DATA

ROOT = Path(__file__).resolve().parent.parent


def launch_environment() -> dict[str, str]:
    """The environment pytest was started with (conftest has replaced os.environ's since).

    /proc/self/environ keeps what the process was given at exec; elsewhere, only the
    account's home is known.
    """
    try:
        raw = Path("/proc/self/environ").read_bytes()
    except OSError:
        return {}
    pairs = (item.split(b"=", 1) for item in raw.split(b"\0") if b"=" in item)
    return {key.decode(errors="replace"): value.decode(errors="replace") for key, value in pairs}


def real_user_folders() -> dict[str, Path]:
    """The person's own folders, as the app and Keras would pick them outside the tests."""
    launched = launch_environment()
    home = Path(launched.get("HOME") or pwd.getpwuid(os.getuid()).pw_dir)
    defaults = {"XDG_DATA_HOME": ".local/share", "XDG_CONFIG_HOME": ".config",
                "XDG_CACHE_HOME": ".cache", "XDG_STATE_HOME": ".local/state",
                "KERAS_HOME": ".keras"}
    folders = {"HOME": home}
    for variable, default in defaults.items():
        folders[variable] = Path(launched.get(variable) or home / default)
    return folders


def stand_ins(dirs: AppDirs) -> dict[str, Path]:
    """Every variable the conftest moves -> the folder it should point at in this test."""
    root = dirs.home.parent  # conftest makes them side by side in one fresh folder
    return {variable: root / name for variable, name in USER_FOLDER_VARIABLES.items()}


def test_every_user_folder_is_the_tests_own_and_empty(tmp_app_dirs: AppDirs) -> None:
    folders = stand_ins(tmp_app_dirs)
    assert set(folders) >= {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "KERAS_HOME"}
    assert folders["XDG_DATA_HOME"] == tmp_app_dirs.data
    assert folders["KERAS_HOME"] == tmp_app_dirs.keras
    assert len(set(folders.values())) == len(folders)  # six folders, not one shared
    real = real_user_folders()
    for variable, folder in folders.items():
        assert Path(os.environ[variable]) == folder, variable
        assert folder.is_dir() and list(folder.iterdir()) == [], variable
        for person_folder in real.values():
            assert not folder.is_relative_to(person_folder), (variable, person_folder)
    assert Path.home() == tmp_app_dirs.home
    assert paths.data_dir() == tmp_app_dirs.data / "digit-canvas"
    assert paths.checkpoint_dir().is_relative_to(tmp_app_dirs.data)
    assert mnist.cache_file().is_relative_to(tmp_app_dirs.cache)
    assert mnist.keras_cache_file().is_relative_to(tmp_app_dirs.home)
    location = QStandardPaths.writableLocation
    app_data = location(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(app_data).is_relative_to(tmp_app_dirs.data)
    state = location(QStandardPaths.StandardLocation.StateLocation)
    assert Path(state).is_relative_to(folders["XDG_STATE_HOME"])
    assert Path(QSettings().fileName()).is_relative_to(tmp_app_dirs.settings)


_SEEN_FOLDERS: list[set[Path]] = []


@pytest.mark.parametrize("run", ["first", "second", "third"])
def test_each_test_gets_folders_no_other_test_had(run: str, tmp_app_dirs: AppDirs) -> None:
    folders = set(stand_ins(tmp_app_dirs).values())
    # Not the session-wide stand-ins (what module fixtures and imports see)...
    assert not any(folder.is_relative_to(conftest._SESSION_FOLDERS) for folder in folders)
    # ...and none that an earlier test had: whichever of these runs later checks.
    for earlier in _SEEN_FOLDERS:
        assert not folders & earlier, run
    _SEEN_FOLDERS.append(folders)


def snapshot(folders: list[Path]) -> dict[Path, tuple[int, int]]:
    """(size, mtime) of everything under the folders (those that exist)."""
    found = {}
    for folder in folders:
        if folder.exists():
            for path in [folder, *folder.rglob("*")]:
                info = path.lstat()
                found[path] = (info.st_size, info.st_mtime_ns)
    return found


def test_the_apps_writes_reach_the_stand_ins_not_the_persons_folders(
        tmp_app_dirs: AppDirs) -> None:
    real = real_user_folders()
    names = ["digit-canvas", QCoreApplication.organizationName(),
             QCoreApplication.applicationName()]
    watched = [real[v] / name for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                        "XDG_STATE_HOME") for name in names]
    watched += [real["KERAS_HOME"], real["HOME"] / ".keras"]
    before = snapshot(watched)
    import keras  # noqa: F401 - the first import writes keras.json (a no-op if imported)

    # What the app writes: settings, its data and cache folders, Qt's app folders.
    settings = QSettings()
    settings.setValue("canvas/pen_width", 21)
    settings.sync()
    for folder in (paths.data_dir(), paths.checkpoint_dir(), paths.cache_dir()):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "written-by-a-test").write_text("x")
    for kind in (QStandardPaths.StandardLocation.AppDataLocation,
                 QStandardPaths.StandardLocation.StateLocation,
                 QStandardPaths.StandardLocation.AppConfigLocation):
        folder = Path(QStandardPaths.writableLocation(kind))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "written-by-a-test").write_text("x")
    assert snapshot(watched) == before  # not one file of the person's changed
    written = [p for p in tmp_app_dirs.home.parent.rglob("written-by-a-test")]
    written += [p for p in tmp_app_dirs.settings.rglob("*") if p.is_file()]
    assert len(written) == 7, written  # all of it landed in the test's own folders
    # The test-only application name never appears among the person's folders.
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        leaked = real[variable] / QCoreApplication.applicationName()
        assert not leaked.exists(), f"{leaked}: a test wrote into the person's folders"


def test_mnist_comes_from_the_test_owned_folder():
    assert Path(os.environ["MNIST_DIR"]) == TEST_DATA == ROOT / ".test-data"
    descriptions = [description for description, _, _ in mnist.default_sources()]
    assert descriptions[0] == f"folder {TEST_DATA}"
    assert mnist.load_mnist().source == str(TEST_DATA / "mnist.npz")


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


def test_keras_keeps_its_files_in_a_stand_in_folder() -> None:
    """Keras picks its folder (and writes keras.json there) once, when it is imported."""
    import keras  # noqa: F401 - whichever test imports it first fixes the folder
    from keras.src.backend.config import keras_home

    home = Path(keras_home())
    # Not merely somewhere under the temporary folder (HOME is there too, so a Keras
    # that ignored KERAS_HOME would pass): exactly a KERAS_HOME stand-in the conftest
    # made, beside its siblings, and Keras wrote its settings there.
    assert home.name == USER_FOLDER_VARIABLES["KERAS_HOME"], home
    siblings = {p.name for p in home.parent.iterdir()}
    assert siblings >= set(USER_FOLDER_VARIABLES.values()), siblings
    assert (home / "keras.json").is_file()
    for variable, folder in real_user_folders().items():
        assert not home.is_relative_to(folder), variable
