"""Help › About: the app's version and licence, and the model in use in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from app.feedback import show_message
from app.language import day, percent

PACKAGE = "digit-canvas"
FALLBACK_VERSION = "0.1.0"  # pyproject.toml's, for a checkout that is not installed
FALLBACK_LICENCE = "MIT"  # pyproject.toml's (and LICENSE's), when installed metadata lacks it


def version() -> str:
    """The installed package's version, or the source tree's."""
    from importlib import metadata  # 20 ms: only when About is opened

    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return FALLBACK_VERSION


def licence() -> str:
    """The licence the package declares (an SPDX name: "MIT")."""
    from importlib import metadata

    try:
        meta = metadata.metadata(PACKAGE)
    except metadata.PackageNotFoundError:
        meta = None
    declared = meta and (meta.get("License-Expression") or meta.get("License"))
    if declared and declared.strip() and declared.strip().upper() != "UNKNOWN":
        return declared.strip()
    return FALLBACK_LICENCE


def model_facts(classifier: object, bundled: bool) -> str:
    """The model in use in one sentence, with no path and no Python values."""
    if classifier is None:
        return QCoreApplication.translate("About", "No model is loaded yet.")
    meta = getattr(classifier, "metadata", {}) or {}
    which = (QCoreApplication.translate("About", "The bundled model") if bundled
             else QCoreApplication.translate("About", "Your model"))
    parts = [which]
    when = day(meta.get("date", ""))
    if when:
        parts.append(QCoreApplication.translate("About", "trained %1").replace("%1", when))
    accuracy = meta.get("test_accuracy")
    if isinstance(accuracy, int | float):
        parts.append(QCoreApplication.translate("About", "%1 right on MNIST's test digits")
                     .replace("%1", percent(float(accuracy), 2)))  # as the status bar
    return ", ".join(parts) + "." + recipe_text(meta.get("recipe"))


# The recipe's schedules (model.network.recipe.SCHEDULES) in words.
SCHEDULES = {"cosine": QT_TRANSLATE_NOOP("About", "(cosine schedule)"),
             "constant": QT_TRANSLATE_NOOP("About", "(constant schedule)")}


def recipe_text(recipe: object) -> str:
    """How the model learned, in words (" It learned for 5 epochs ..."), or ""."""
    if not isinstance(recipe, dict):
        return ""
    locale = QLocale()
    said = []
    epochs, batch = recipe.get("epochs"), recipe.get("batch_size")
    if isinstance(epochs, int) and not isinstance(epochs, bool):
        said.append(QCoreApplication.translate("About", "for one epoch") if epochs == 1 else
                    QCoreApplication.translate("About", "for %1 epochs").replace(
                        "%1", locale.toString(epochs)))  # lupdate reads no %n here
    if isinstance(batch, int) and not isinstance(batch, bool):
        said.append(QCoreApplication.translate("About", "in batches of %1").replace(
            "%1", locale.toString(batch)))
    rate, schedule = recipe.get("learning_rate"), recipe.get("schedule")
    if isinstance(rate, int | float) and not isinstance(rate, bool):
        text = QCoreApplication.translate("About", "learning rate %1").replace(
            "%1", locale.toString(float(rate), "g", 3))
        if schedule in SCHEDULES:
            text += " " + QCoreApplication.translate("About", SCHEDULES[schedule])
        said.append(text)
    augment = recipe.get("augment")
    if isinstance(augment, bool):
        said.append(QCoreApplication.translate("About", "with augmented digits") if augment
                    else QCoreApplication.translate("About", "without augmentation"))
    if not said:
        return ""
    return " " + QCoreApplication.translate("About", "It learned %1.").replace(
        "%1", ", ".join(said))


def about_text(classifier: object, bundled: bool) -> str:
    """The About box's rich text."""
    import html  # here: the window starts without it

    lines = [
        f"<h3>Digit Canvas {html.escape(version())}</h3>",  # a name: never translated
        "<p>" + QCoreApplication.translate(
            "About", "Draw a digit or a number; a small neural network (a ConvNet written "
            "with TensorFlow's low-level API) reads it. Correct it, and teach it your "
            "handwriting.") + "</p>",
        f"<p>{html.escape(model_facts(classifier, bundled), quote=False)}</p>",
        "<p>" + QCoreApplication.translate(
            "About", "%1 licence · © 2026 the Digit Canvas authors").replace(
            "%1", html.escape(licence(), quote=False)) + "</p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget, session: object) -> None:
    """Help › About."""
    from model.network.checkpoints import BUNDLED_DIR

    classifier = session.classifier
    bundled = classifier is not None and classifier.path == BUNDLED_DIR
    show_message(parent, QCoreApplication.translate("About", "About Digit Canvas"),
                 about_text(classifier, bundled),
                 QMessageBox.Icon.Information)

