"""What model/ and the trainer report, in the window's language.

model/ (no Qt) writes its errors and warnings in English for the command line
and the log, each with a stable code; here each code becomes a sentence in
the window's language. What has no code (a rare, unexpected error) is shown
as model/ wrote it (a training failure after a sentence of the window's own).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.language import number
from model.data.preprocess import MAX_PIXELS

# The trainer's ``failed`` codes (cli.train.describe); %1: the English reason or a path.
TRAINING = {
    "out-of-memory": QT_TRANSLATE_NOOP(
        "Problems", "Training ran out of memory. Try a smaller batch size."),
    "disk-full": QT_TRANSLATE_NOOP(
        "Problems", "The disk is full: the new model could not be saved."),
    "no-mnist": QT_TRANSLATE_NOOP(
        "Problems", "MNIST could not be loaded from any source. Put the four MNIST files (IDX, "
        "plain or .gz) or mnist.npz in a folder and pass it with --data-dir or MNIST_DIR, or "
        "copy mnist.npz to %1."),
    "bad-input": QT_TRANSLATE_NOOP(
        "Problems", "The training settings or data could not be used: %1"),
    "bad-checkpoint": QT_TRANSLATE_NOOP(
        "Problems", "The model to start from could not be loaded: %1"),
}

# model.network.errors.CheckpointWarning codes, with the names of their values.
CHECKPOINTS = {
    "set-aside": (QT_TRANSLATE_NOOP(
        "Problems", "The model %1 could not be loaded; it was kept aside as %2."),
        "folder", "aside"),
    "not-loaded": (QT_TRANSLATE_NOOP("Problems", "The model %1 could not be loaded."), "folder"),
    "choice-damaged": (QT_TRANSLATE_NOOP(
        "Problems", "The choice of the model in use is damaged; using %1 instead."),
        "using"),
    "choice-failed": (QT_TRANSLATE_NOOP(
        "Problems", "The model chosen for use (%1) could not be loaded; using %2 instead."),
        "chosen", "using"),
    "field": (QT_TRANSLATE_NOOP(
        "Problems", "%1: the entry \"%2\" is damaged; a safe default is used instead."),
        "file", "field"),
}
KEPT_ASIDE = QT_TRANSLATE_NOOP("Problems", "It was kept aside as %1.")
BUNDLED_NOT_LOADED = QT_TRANSLATE_NOOP("Problems", "The bundled model could not be loaded.")
BUNDLED = QT_TRANSLATE_NOOP("Problems", "the bundled model")

# model.drawings.SampleStoreError: reasons that say it all (%1: the path)...
DRAWINGS_WHOLE = {
    "newer-version": QT_TRANSLATE_NOOP(
        "Problems", "Your drawings database was made by a newer version of the app."),
    "cannot-move-aside": QT_TRANSLATE_NOOP(
        "Problems", "Your drawings database (%1) is damaged and cannot be moved aside."),
    "no-folder": QT_TRANSLATE_NOOP(
        "Problems", "The folder for your drawings (%1) cannot be created."),
}
# Exporting and importing (%1: the path, %2: what the system said, or the limit).
DRAWINGS_EXCHANGE = {
    "cannot-export": QT_TRANSLATE_NOOP(
        "Problems", "The drawings could not be exported to %1 (%2)."),
    "cannot-write-archive": QT_TRANSLATE_NOOP(
        "Problems", "The archive %1 could not be written (%2)."),
    "not-a-folder": QT_TRANSLATE_NOOP("Problems", "%1 is not a folder."),
    "not-a-zip": QT_TRANSLATE_NOOP("Problems", "%1 is not a zip archive that can be read."),
    "cannot-read-archive": QT_TRANSLATE_NOOP("Problems", "The archive %1 cannot be read (%2)."),
    "not-found": QT_TRANSLATE_NOOP("Problems", "There is no file or folder %1."),
    "too-many-files": QT_TRANSLATE_NOOP(
        "Problems", "There are too many images to import (at most %2). Nothing was imported."),
    "archive-too-large": QT_TRANSLATE_NOOP(
        "Problems", "The archive is too large once unpacked (more than %2 MB). Nothing was "
        "imported."),
}
# model.drawings.exchange.FileProblem codes (%1: the file, %2: the detail).
FILES = {
    "unreadable": QT_TRANSLATE_NOOP("Problems", "%1: cannot be read (%2)"),
    "too-large": QT_TRANSLATE_NOOP("Problems", "%1: larger than %2 MB"),
    "not-an-image": QT_TRANSLATE_NOOP("Problems", "%1: not an image that can be used"),
    "damaged-label": QT_TRANSLATE_NOOP("Problems", "%1: its label %2 is damaged"),
}
# ... and the others: what failed, then why.
DRAWINGS_WHY = {
    "read-only": QT_TRANSLATE_NOOP("Problems", "the database or its folder is read-only (%1)"),
    "disk-full": QT_TRANSLATE_NOOP("Problems", "the disk is full"),
    "busy": QT_TRANSLATE_NOOP("Problems", "another program is using the database"),
    "cannot-open": QT_TRANSLATE_NOOP("Problems", "the file %1 cannot be opened"),
}
DRAWINGS_DOING = {  # model.drawings' ``doing`` words
    "save the drawing": QT_TRANSLATE_NOOP("Problems", "The drawing could not be saved"),
    "change the label": QT_TRANSLATE_NOOP("Problems", "The label could not be changed"),
    "delete the drawing": QT_TRANSLATE_NOOP("Problems", "The drawing could not be deleted"),
    "restore the drawing": QT_TRANSLATE_NOOP("Problems", "The drawing could not be brought back"),
    "remove deleted drawings": QT_TRANSLATE_NOOP(
        "Problems", "Deleted drawings could not be removed"),
    "import the drawings": QT_TRANSLATE_NOOP("Problems", "The drawings could not be imported"),
    "read your saved drawings": QT_TRANSLATE_NOOP(
        "Problems", "Your saved drawings could not be read"),
    "open your saved drawings for writing": QT_TRANSLATE_NOOP(
        "Problems", "Your saved drawings cannot be changed"),
}
# model.data.preprocess.ImageFileError's reasons (the start of a reason with values after it).
IMAGES = {
    "no such file": QT_TRANSLATE_NOOP("Problems", "no such file"),
    "it is a folder, not a file": QT_TRANSLATE_NOOP("Problems", "it is a folder, not a file"),
    "the file is empty": QT_TRANSLATE_NOOP("Problems", "the file is empty"),
    "not an image file that can be read": QT_TRANSLATE_NOOP(
        "Problems", "not an image file that can be read"),
    "the image has no pixels": QT_TRANSLATE_NOOP("Problems", "the image has no pixels"),
    "cannot be decoded: the file is truncated": QT_TRANSLATE_NOOP(
        "Problems", "the file is incomplete (an unfinished download or copy?)"),
    "cannot be decoded": QT_TRANSLATE_NOOP(
        "Problems", "the picture in it is damaged and cannot be read"),
}
TOO_LARGE = QT_TRANSLATE_NOOP("Problems", "larger than %1 pixels")
CANNOT_USE = QT_TRANSLATE_NOOP("Problems", "Cannot use '%1': %2")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Problems", "Nothing was changed.")
WHAT_AND_WHY = QT_TRANSLATE_NOOP("Problems", "%1: %2.")
NO_REASON = QT_TRANSLATE_NOOP("Problems", "the trainer gave no reason")
UNEXPECTED = QT_TRANSLATE_NOOP("Problems", "Something unexpected stopped the training: %1")


def say(source: str, *values: object) -> str:
    """``source`` in the window's language, with %1, %2... replaced by ``values``."""
    text = QCoreApplication.translate("Problems", source)
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def training_failure(event: dict) -> str:
    """The trainer's ``failed`` event (cli.train.describe) as a paragraph for the person."""
    code, reason = event.get("code"), str(event.get("reason") or "")
    if code in TRAINING:
        return say(TRAINING[code], event.get("cache", "") if code == "no-mnist" else reason)
    return say(UNEXPECTED, reason or say(NO_REASON))


def checkpoint_warning(warning: str) -> str:
    """A warning about a checkpoint (model.network.errors.CheckpointWarning), said here."""
    code, values = getattr(warning, "code", None), getattr(warning, "values", {})
    if code not in CHECKPOINTS:
        return str(warning)
    values = {k: say(BUNDLED) if v == "bundled" else v for k, v in values.items()}
    if code == "not-loaded" and values["folder"] == say(BUNDLED):
        return say(BUNDLED_NOT_LOADED)
    source, *names = CHECKPOINTS[code]
    text = say(source, *(values.get(name, "") for name in names))
    if code == "choice-failed" and values.get("aside"):
        text += " " + say(KEPT_ASIDE, values["aside"])
    return text


def drawings_error(error: OSError) -> str:
    """A drawings store error (model.drawings.SampleStoreError) in the window's language."""
    reason, doing = getattr(error, "reason", None), getattr(error, "doing", None)
    path = getattr(error, "path", None)
    whole = DRAWINGS_WHOLE.get(reason) or DRAWINGS_EXCHANGE.get(reason)
    if whole is not None:
        return say(whole, path, getattr(error, "detail", ""))
    if reason not in DRAWINGS_WHY or doing not in DRAWINGS_DOING:
        return str(error)
    text = say(WHAT_AND_WHY, say(DRAWINGS_DOING[doing]), say(DRAWINGS_WHY[reason], path))
    if doing.startswith(("read ", "open ")):  # nothing was being changed
        return text
    return text + " " + say(NOTHING_CHANGED)


def file_problem(problem: str) -> str:
    """A file an import skipped (model.drawings.exchange.FileProblem), said here."""
    code = getattr(problem, "code", None)
    if code not in FILES:
        return str(problem)
    return say(FILES[code], problem.name, problem.detail)


def image_problem(error: Exception) -> str:
    """Why a file is no image (model.data.preprocess.ImageFileError), said here."""
    problem = getattr(error, "problem", None)
    if problem is None:
        return str(error)
    if "larger than" in problem:
        problem = say(TOO_LARGE, number(MAX_PIXELS))
    else:
        problem = next((say(words) for start, words in IMAGES.items()
                        if problem.startswith(start)), problem)
    return say(CANNOT_USE, error.path, problem)
