"""What goes wrong is said in the window's language too: training, checkpoints, drawings.

model/ and the trainer write their errors in English (for the command line and
the log) with a stable code; the window says each code in German, Spanish and French.
The check is tests/test_languages.py's: no word of the English sources that no
translation uses. Names read the same in every language (paths, command-line
options, environment variables) and are taken out first.
"""

from __future__ import annotations

import errno
import json
import re
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from app.problems import (
    CHECKPOINTS,
    DRAWINGS_DOING,
    DRAWINGS_EXCHANGE,
    DRAWINGS_WHY,
    FILES,
    file_problem,
    training_failure,
)
from cli.train import TrainCommandError, describe
from model.data.mnist import MnistNotFound
from model.drawings import recovery
from model.drawings.exchange import FileProblem
from model.drawings.validation import SampleStoreError
from model.network.checkpoints import CheckpointStore, make_metadata
from model.network.convnet import ConvNet
from model.network.errors import CheckpointError, CheckpointWarning
from tests import test_languages
from tests.test_languages import english_only, shown_texts, words
from tests.window_driver import SEVEN, draw, key, use_trainer_fault

pytestmark = pytest.mark.faults
lang, window_in = test_languages.lang, test_languages.window_in  # its fixtures: de, es, fr


def untranslated(text: str, lang: str) -> set[str]:
    """The English-only words of ``text``, names taken out."""
    text = re.sub(r"\S*/\S*|--\S+|\b[A-Z][A-Z_]+\b|\"[^\"]*\"|„[^“]*“|«[^»]*»", " ", text)
    return words(text) & english_only(lang)


def assert_in_language(texts: list[tuple[str, str]], lang: str) -> None:
    bad = [(where, text) for where, text in texts if untranslated(text, lang)]
    assert not bad, "\n".join(f"{where}: {text!r}" for where, text in bad)


@pytest.mark.parametrize("exc", [
    MemoryError(), OSError(errno.ENOSPC, "No space left on device"),
    MnistNotFound("MNIST could not be loaded from any source:\n  - nowhere: no"),
    TrainCommandError("x"), CheckpointError("y"), ZeroDivisionError("division by zero")])
def test_every_trainer_failure_is_said_in_the_language(exc, lang):
    # An unexpected error has no code of its own: its English reason comes after a
    # sentence in the window's language.
    event = json.loads(json.dumps(describe(exc)))  # as it crosses the pipe
    own = training_failure(event).replace(event["reason"], "")
    assert own.strip(" :.") and not untranslated(own, lang), own


def test_every_checkpoint_warning_and_drawings_error_is_said_in_the_language(lang):
    values = {"folder": "ckpt-1", "aside": "ckpt-1.broken-2", "using": "bundled",
              "chosen": "ckpt-1", "file": "ckpt-1/metadata.json", "field": "history"}
    from app.problems import checkpoint_warning, drawings_error

    for code in CHECKPOINTS:
        for bundled in ({}, {"folder": "bundled", "using": "bundled", "chosen": "bundled"}):
            said = checkpoint_warning(CheckpointWarning("English", code, **values | bundled))
            assert said != "English" and not untranslated(said, lang), said
    for reason in [*DRAWINGS_WHY, "newer-version", "cannot-move-aside", "no-folder"]:
        for doing in DRAWINGS_DOING:
            said = drawings_error(SampleStoreError("English", reason, doing, "/x/samples.sqlite3"))
            assert said != "English" and not untranslated(said, lang), said
    for reason in DRAWINGS_EXCHANGE:  # exporting and importing
        said = drawings_error(SampleStoreError("English", reason, path="/x/d.zip", detail=9))
        assert said != "English" and not untranslated(said, lang), said
    for code in FILES:
        said = file_problem(FileProblem("3/a.png", code, 9))
        assert "3/a.png" in said and not untranslated(said, lang), said


def test_a_failed_training_is_said_in_the_language(window_in, lang, qtbot, monkeypatch):
    use_trainer_fault(monkeypatch, "no-mnist")
    assert window_in.training.start_retrain()
    qtbot.waitUntil(lambda: not window_in.session.trainer.is_running()
                    and window_in.training_panel.retrain_button.isEnabled(), timeout=120_000)
    box = next(b for b in window_in.findChildren(QMessageBox) if b.isVisible())
    assert "MNIST" in box.text() and "--data-dir" in box.text()
    assert_in_language(shown_texts([window_in], monkeypatch), lang)
    box.close()


def test_mnist_missing_for_the_explorer_is_said_in_the_language(window_in, lang, qtbot,
                                                                monkeypatch):
    import model.data.mnist as mnist

    def nowhere():
        raise mnist.MnistError("nowhere: no files")

    monkeypatch.setattr(mnist, "default_sources", lambda **_: [("a folder", nowhere, False)])
    window_in.windows.show("explorer")  # it loads the test set in the window's process
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window_in.findChildren(QMessageBox)))
    box = next(b for b in window_in.findChildren(QMessageBox) if b.isVisible())
    assert "MNIST" in box.informativeText() + box.text() and "--data-dir" in (
        box.informativeText() + box.text())
    assert_in_language(shown_texts([window_in], monkeypatch), lang)
    box.close()


def test_damaged_checkpoints_are_said_in_the_language(lang, qtbot, tmp_app_dirs, monkeypatch):
    from app.main_window import MainWindow

    data_dir = tmp_app_dirs.data / "digit-canvas"
    store = CheckpointStore(data_dir / "checkpoints")
    older = store.save(ConvNet(seed=1), make_metadata({"hidden": 32}, 0.5, step=1))
    newer = store.save(ConvNet(seed=2), make_metadata({"hidden": 32}, 0.6, step=2))
    metadata = json.loads((older / "metadata.json").read_text())
    (older / "metadata.json").write_text(json.dumps({**metadata, "history": "torn"}))
    (newer / "metadata.json").write_text("{ this is not json")
    (store.root / "in-use").write_text("\0\0\0")
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)),
                    timeout=60_000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    # The three warnings: the damaged choice, the model kept aside, the damaged field.
    assert box.text().count("\n\n") == 2 and newer.name in box.text(), box.text()
    assert_in_language(shown_texts([window], monkeypatch), lang)
    box.close()
    window.close()


def _read_only(target):  # SQLite enforces mode=ro, even for root
    return sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True,
                           isolation_level=None, check_same_thread=False)


def _cannot_move(path):
    raise PermissionError(errno.EACCES, "Permission denied")


@pytest.mark.parametrize("how", ["damaged", "damaged, cannot move aside", "read-only"])
def test_a_damaged_drawings_database_is_said_in_the_language(window_in, lang, how, qtbot,
                                                             monkeypatch):
    window = window_in
    database = window.data_dir / "samples.sqlite3"
    if how == "read-only":
        from model.drawings import SampleStore

        SampleStore(database).close()
        monkeypatch.setattr(recovery, "_connect", _read_only)
    else:
        database.write_bytes(b"not a database" * 100)
    if how.endswith("cannot move aside"):
        monkeypatch.setattr(recovery, "move_aside", _cannot_move)
    drawings = window.windows.show("drawings")
    if how != "damaged":  # read-only: saving a drawing fails too
        draw(qtbot, window.canvas, SEVEN)
        key(qtbot, window.canvas, "7")
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    texts = shown_texts([window, drawings], monkeypatch)
    monkeypatch.undo()
    assert len([t for _, t in texts if str(database) in t]) >= 1
    assert_in_language(texts, lang)
    for box in window.findChildren(QMessageBox):
        box.close()


def test_every_reason_a_file_is_no_image_is_said_in_the_language(lang, tmp_path):
    # "cannot be decoded: the file is truncated..." stayed English in German.
    from app.problems import image_problem
    from model.data.preprocess import MAX_PIXELS, ImageFileError

    reasons = ["no such file", "it is a folder, not a file", "the file is empty",
               "not an image file that can be read", "the image has no pixels (0x4)",
               f"9000x9000 is larger than {MAX_PIXELS:,} pixels",
               "cannot be decoded: the file is truncated (incomplete download or copy?)",
               "cannot be decoded: broken data stream when reading image file"]
    for reason in reasons:
        said = image_problem(ImageFileError(tmp_path / "a.png", reason))
        assert "a.png" in said and not untranslated(said, lang), said
