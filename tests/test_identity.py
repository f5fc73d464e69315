"""The app's identity and polish: settings folder, About in words, dialogs in Pictures."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QLabel

from app.about import about_text, model_facts, version
from app.identity import OLD_ORGANIZATION, migrate_old_settings, pictures_dir, set_identity
from tests.conftest import TEST_APP_NAME
from tests.window_driver import wait_for_message


@pytest.fixture
def real_names():
    """The app's own names for one test, the tests' names after it."""
    yield
    QCoreApplication.setOrganizationName(TEST_APP_NAME)
    QCoreApplication.setApplicationName(TEST_APP_NAME)


def test_settings_live_under_digit_canvas(real_names):
    set_identity()
    path = Path(QSettings().fileName())
    assert (path.parent.name, path.name) == ("digit-canvas", "digit-canvas.conf")
    assert OLD_ORGANIZATION not in str(path)


def test_old_settings_are_copied_over_once(real_names):
    QCoreApplication.setApplicationName("digit-canvas")
    old = QSettings(OLD_ORGANIZATION, "digit-canvas")
    old.setValue("canvas/pen_width", 31)
    old.sync()
    set_identity()
    assert int(QSettings().value("canvas/pen_width")) == 31
    QSettings().setValue("canvas/pen_width", 12)
    assert not migrate_old_settings()  # the new file is there: the old one is left alone
    assert int(QSettings().value("canvas/pen_width")) == 12


def classifier(path: str) -> SimpleNamespace:
    return SimpleNamespace(path=Path(path), metadata={
        "date": dt.datetime(2026, 12, 5, 10, 31).isoformat(), "test_accuracy": 0.9953,
        "recipe": {"epochs": 10, "batch_size": 128, "learning_rate": 0.001,
                   "schedule": "cosine", "augment": True, "hidden": [128]},
    })


def test_about_says_the_model_in_words_with_no_path_or_python_values():
    text = about_text(classifier("/home/someone/.local/share/digit-canvas/checkpoints/x"),
                      bundled=False)
    assert version() in text and "MIT licence" in text
    assert "Your model, trained 5 Dec 2026, 99.53 % right on MNIST's test digits." in text
    assert "It learned for 10 epochs, in batches of 128" in text
    one = classifier("x")
    one.metadata["recipe"]["epochs"] = 1
    assert "It learned for one epoch, in batches" in about_text(one, bundled=False)  # "1 epochs"
    for python in ("/home", "checkpoints", "{", "[", "True", "None", "0.9953", "cosine'"):
        assert python not in text, python


def test_about_with_odd_metadata_says_less_not_reprs():
    odd = SimpleNamespace(path=None, metadata={"date": "garbled", "test_accuracy": None,
                                               "recipe": {"epochs": "ten", "augment": None}})
    assert model_facts(odd, bundled=True) == "The bundled model."


def test_the_about_box_of_the_window_has_no_absolute_path(app_window, qtbot):
    app_window.about_action.trigger()
    box = wait_for_message(qtbot, app_window, "About Digit Canvas")
    assert os.sep + "home" not in box.text() and str(Path.home()) not in box.text()
    assert "bundled model" in box.text()
    assert "MIT licence" in box.text() and version() in box.text()
    # Its icon is named for a screen reader, which said only "icon".
    assert [label.accessibleName() for label in box.findChildren(QLabel)
            if label.pixmap() is not None and not label.pixmap().isNull()] == ["Information"]


def test_the_licence_is_mit_in_the_project_and_its_licence_file():
    import tomllib

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    text = (root / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "2026 the Digit Canvas authors" in text


def test_open_image_starts_in_pictures(app_window, monkeypatch, isolated_user_folders):
    pictures = Path(os.environ["HOME"]) / "Pictures"
    pictures.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("XDG_PICTURES_DIR", str(pictures))
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args: (asked.append(args[2]), ("", ""))[1]))
    app_window.open_image_dialog()
    assert asked == [pictures_dir()]
    assert Path(asked[0]) in (pictures, Path.home())


def test_pictures_dir_falls_back_to_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_PICTURES_DIR", str(tmp_path / "not-there"))
    monkeypatch.setattr("app.identity.QStandardPaths.writableLocation",
                        lambda _location: str(tmp_path / "not-there"))
    assert pictures_dir() == str(Path.home())



def test_my_drawings_dialogs_start_in_pictures(qtbot, tmp_path, monkeypatch):
    from app.samples_view import SamplesView
    from model.drawings import SampleStore

    asked = []

    def ask(*args):
        asked.append(args[2])
        return ("", "") if len(args) > 3 else ""

    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(ask))
    with SampleStore(tmp_path / "samples.sqlite3") as store:
        view = SamplesView(store)
        qtbot.addWidget(view)
        for dialog in (view.export_folder_dialog, view.export_zip_dialog,
                       view.import_folder_dialog, view.import_zip_dialog):
            dialog()
    start = pictures_dir()
    assert asked == [start, str(Path(start) / "my-digits.zip"), start, start]


def test_the_app_keeps_its_data_where_the_command_line_does(real_names):
    from app.session import app_data_dir
    from model import paths

    set_identity()
    assert app_data_dir() == paths.data_dir()
    assert app_data_dir().name == "digit-canvas" and app_data_dir().parent.name != "digit-canvas"


def test_data_of_the_doubled_folder_is_moved_back_without_overwriting(tmp_path):
    # The organisation's name made Qt's folder .../digit-canvas/digit-canvas: the
    # drawings and models saved there come back to .../digit-canvas.
    from app.identity import move_back_doubled_data

    folder, doubled = tmp_path / "digit-canvas", tmp_path / "digit-canvas" / "digit-canvas"
    (doubled / "checkpoints" / "ckpt-new").mkdir(parents=True)
    (doubled / "checkpoints" / "in-use").write_text("ckpt-new")
    (doubled / "samples.sqlite3").write_text("drawings")
    (doubled / "samples.sqlite3-wal").write_text("journal")
    (folder / "checkpoints" / "ckpt-old").mkdir(parents=True)
    moved = move_back_doubled_data(folder)
    assert sorted(moved) == ["checkpoints/ckpt-new", "checkpoints/in-use", "samples.sqlite3",
                             "samples.sqlite3-wal"]
    assert (folder / "checkpoints" / "ckpt-old").is_dir()
    assert (folder / "samples.sqlite3").read_text() == "drawings" and not doubled.exists()
    # A second store of drawings is never written over: it stays where it is.
    (doubled).mkdir()
    (doubled / "samples.sqlite3").write_text("other drawings")
    assert move_back_doubled_data(folder) == []
    assert (folder / "samples.sqlite3").read_text() == "drawings"
    assert (doubled / "samples.sqlite3").read_text() == "other drawings"
    assert move_back_doubled_data(tmp_path / "nothing") == []


def test_open_image_starts_where_the_last_file_was_chosen(app_window, monkeypatch, tmp_path,
                                                          isolated_user_folders):
    # Every file meant typing its folder again: the dialog always opened in Pictures.
    from PIL import Image

    folder = tmp_path / "scans"
    folder.mkdir()
    Image.new("L", (40, 40), 255).save(folder / "one.png")
    asked = []
    answers = iter([str(folder / "one.png"), ""])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args: (asked.append(args[2]), (next(answers), ""))[1]))
    first = pictures_dir()
    app_window.open_image_dialog()
    app_window.open_image_dialog()
    assert asked == [first, str(folder)] and first != str(folder)
    shutil.rmtree(folder)  # gone (an unplugged stick): Pictures again, not an error
    assert pictures_dir() != str(folder) and Path(pictures_dir()).is_dir()
