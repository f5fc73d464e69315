"""The window speaks German, Spanish and French: every string seen, numbers the local way.

The check for untranslated text: a word that occurs in the English source
strings (assets/translations/*.ts) but in none of the language's translations
is English only; no text shown in the language may contain one. Texts are
read from every visible widget (text, tooltip, window title, accessible name
and description), every action, the charts, and what the app's own widgets
paint (QPainter.drawText called while each window is grabbed).
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from app import language
from app.language import LANGUAGE_KEY, install_language, percent, stored_language, translations_dir
from model.drawings.validation import NOT_A_DIGIT
from tests.window_driver import ONE, SEVEN, draw, key

# Names, units and keys that read the same in every language.
ALLOWED = {"mnist", "relu", "softmax", "logits", "png", "utc", "ctrl", "shift", "alt", "tab",
           "esc", "tensorflow", "convnet", "api", "zip", "max", "pool"}


def words(text: str) -> set[str]:
    """The words of a text, lower case, without markup, placeholders and accelerators.

    Checkpoint names are left out too: their random hex may spell "add" or "bed".
    """
    text = re.sub(r"<[^>]+>|%\d|%n|\bckpt-\S+", " ", text.replace("&", ""))
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= 3}


def catalogue(lang: str) -> list[tuple[str, list[str]]]:
    """(source, translations) of every message in the language's .ts file."""
    root = ET.parse(translations_dir() / f"digit_canvas_{lang}.ts").getroot()
    return [(m.findtext("source"), [t.text or "" for t in m.iter() if t.tag in (
        "translation", "numerusform")]) for m in root.iter("message")]


def english_only(lang: str) -> set[str]:
    """Words of the English sources that no translation into ``lang`` uses."""
    messages = catalogue(lang)
    source = set().union(*(words(s) for s, _ in messages))
    translated = set().union(*(words(t) for _, forms in messages for t in forms))
    return source - translated - ALLOWED


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a widget shows or tells a screen reader."""
    name = f"{type(widget).__name__} {widget.objectName()}"
    for what in ("windowTitle", "toolTip", "accessibleName", "accessibleDescription"):
        yield f"{name}.{what}", getattr(widget, what)()
    if isinstance(widget, QLabel | QAbstractButton | QMessageBox):
        yield f"{name}.text", widget.text()
    if isinstance(widget, QMessageBox):
        yield f"{name}.informativeText", widget.informativeText()
    if isinstance(widget, QGroupBox):
        yield f"{name}.title", widget.title()
    if isinstance(widget, QAbstractSpinBox):
        yield f"{name}.suffix", getattr(widget, "suffix", lambda: "")()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name}[{i}]", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{name}.tab{i}", widget.tabText(i)
    if isinstance(widget, QTableWidget):
        for row in range(widget.rowCount()):
            for column in range(widget.columnCount()):
                item = widget.item(row, column)
                yield f"{name}[{row},{column}]", item.text() if item else ""
        for column in range(widget.columnCount()):
            yield f"{name}.header{column}", widget.horizontalHeaderItem(column).text()
    if isinstance(widget, QChartView):
        chart = widget.chart()
        yield f"{name}.title", chart.title()
        for series in chart.series():
            yield f"{name}.series", series.name()
        for axis in chart.axes():
            yield f"{name}.axis", axis.titleText()
    for action in widget.actions():
        yield f"{name} action", action.text()
        yield f"{name} action tip", action.toolTip()


def shown_texts(windows: list[QWidget], monkeypatch) -> list[tuple[str, str]]:
    """Every text of these windows' visible widgets and actions, and what they paint."""
    painted: list[str] = []
    draw_text = QPainter.drawText

    def spy(painter: QPainter, *args: object) -> object:
        painted.extend(a for a in args if isinstance(a, str))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    texts = []
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                texts += list(widget_texts(widget))
        for action in window.findChildren(QAction):
            texts += [(f"action {action.objectName()}", action.text()),
                      (f"action {action.objectName()} tip", action.toolTip())]
        window.grab()
    monkeypatch.undo()
    return texts + [("painted", text) for text in painted]


@pytest.fixture(params=["de", "es", "fr"])
def lang(request, qapp) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def window_in(lang, qtbot, tmp_app_dirs):
    """The main window made in ``lang``, on the bundled model."""
    from app.main_window import MainWindow

    window = MainWindow(data_dir=tmp_app_dirs.data / "digit-canvas")
    window.resize(1280, 760)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.trainer.stop_and_wait())
    window.show()
    qtbot.waitUntil(lambda: window.session.classifier is not None, timeout=60_000)
    yield window
    window.windows.close_all()
    window.close()


def test_every_window_speaks_the_language(window_in, lang, qtbot, monkeypatch):
    window = window_in
    draw(qtbot, window.canvas, SEVEN)
    key(qtbot, window.canvas, "7")  # saved: the message bar speaks, My drawings has one
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    # The next stroke dismisses the bar: its words now ("Saved as a 7 · 1 drawing of yours").
    said = [(f"message bar {type(w).__name__}", t) for w in window.message_bar.findChildren(
        QWidget) if w.isVisible() for _, t in widget_texts(w)]
    assert any("7" in text for _, text in said)
    draw(qtbot, window.canvas, ONE)
    qtbot.waitUntil(lambda: window.prediction_label.text() not in ("", "–"))
    inspector = window.windows.show("inspector")
    qtbot.waitUntil(lambda: inspector.inside is not None, timeout=20_000)
    inspector.select_map("c1", 3)
    inspector.details_box.setChecked(True)  # the technical captions and the method too
    explorer = window.windows.show("explorer")
    qtbot.waitUntil(explorer.is_ready, timeout=300_000)  # 10,000 images, NumPy, a busy machine
    if lang == "de":  # counts are written the local way too
        assert "10.000 Bilder" in explorer.page_label.text()
    drawings = window.windows.show("drawings")
    models = window.windows.show("models")
    qtbot.waitUntil(lambda: models.models and all(
        m.id in models.drawings_accuracy for m in models.models), timeout=60_000)
    window.access.preferences_action.trigger()
    shortcuts = window.access.show_shortcuts()
    window.show_about()
    about = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible())

    texts = said + shown_texts([window, inspector, explorer, drawings, models, shortcuts,
                                       about], monkeypatch)
    english = english_only(lang)
    untranslated = sorted({(where, text) for where, text in texts if words(text) & english})
    assert not untranslated, "\n".join(f"{where}: {text!r}" for where, text in untranslated)
    assert len(texts) > 500  # the walk reached the windows' widgets
    about.close()
    # In the language, each fits a laptop at 150 % (910x472 less a title bar): the German
    # explorer needed 1105 px.
    for shown in (window, inspector, explorer, drawings, models, shortcuts):
        least = shown.minimumSize().expandedTo(shown.minimumSizeHint())
        assert least.width() <= 910 and least.height() <= 472, (shown.objectName(), least)


def test_a_german_percentage_has_a_decimal_comma(qapp, qtbot, tmp_app_dirs):
    install_language(qapp, "de")
    try:
        from app.main_window import MainWindow

        window = MainWindow(data_dir=tmp_app_dirs.data / "digit-canvas")
        window.resize(1280, 760)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.session.classifier is not None, timeout=60_000)
        draw(qtbot, window.canvas, ONE)
        qtbot.waitUntil(lambda: "sicher" in window.confidence_label.text())
        assert re.fullmatch(r"\d{1,3},\d{1,2} % sicher", window.confidence_label.text())
        assert re.search(r"\d\d,\d\d %", window.model_label.text())  # MNIST test accuracy
        assert percent(0.995, 1) == "99,5 %"
    finally:
        install_language(qapp, "en")
    assert percent(0.995, 1) == "99.5 %"


@pytest.mark.parametrize("stored", ["klingon", "", "de_DE", 7, "None"])
def test_a_bad_stored_language_is_the_system_one(stored, qapp):
    QSettings().setValue(LANGUAGE_KEY, stored)
    assert stored_language() == "system"
    try:
        assert install_language(qapp) == language.locale_for("system")
    finally:
        install_language(qapp, "en")


def test_the_preferences_choice_is_kept_and_says_when_it_applies(qtbot):
    from app.language import LanguageChoice

    choice = LanguageChoice()
    qtbot.addWidget(choice)
    choice.show()
    assert not choice.note.isVisible()  # nothing to say before a choice
    choice.combo.setCurrentIndex(choice.combo.findData("es"))
    choice.combo.activated.emit(choice.combo.currentIndex())
    assert stored_language() == "es"
    assert choice.note.isVisible() and "restart" in choice.note.text()
    choice.combo.setCurrentIndex(choice.combo.findData("system"))  # the language it speaks
    choice.combo.activated.emit(choice.combo.currentIndex())
    assert choice.note.text() == "Digit Canvas already speaks this language."
    choice.combo.setCurrentIndex(choice.combo.findData("es"))
    choice.combo.activated.emit(choice.combo.currentIndex())
    again = LanguageChoice()
    qtbot.addWidget(again)
    assert again.combo.currentData() == "es"


def test_edit_language_is_the_same_choice_where_a_person_looks_for_it(app_window, qtbot):
    from PySide6.QtWidgets import QMenu

    edit = next(a.menu() for a in app_window.menuBar().actions() if a.text() == "&Edit")
    languages = next(a.menu() for a in edit.actions() if isinstance(a.menu(), QMenu))
    assert languages.title() == "&Language"
    names = [a.text() for a in languages.actions()]
    assert names[0].startswith("System (")
    assert names[1:] == ["English", "Deutsch", "Español", "Français"]
    languages.aboutToShow.emit()
    assert [a.isChecked() for a in languages.actions()] == [True, False, False, False, False]
    next(a for a in languages.actions() if a.text() == "Deutsch").trigger()
    assert stored_language() == "de"
    assert "restart" in app_window.message_bar.text()
    panel = app_window.training_panel  # the Preferences show the same choice
    panel.settings_toggle.setChecked(True)
    qtbot.waitUntil(lambda: panel.language.combo.currentData() == "de")
    # ... also when chosen in the menu while the Preferences are open (they said "System").
    next(a for a in languages.actions() if a.text() == "Español").trigger()
    assert panel.language.combo.currentData() == "es"
    # Back to the language the window speaks: no restart is needed, and it says so.
    next(a for a in languages.actions() if a.text().startswith("System (")).trigger()
    assert stored_language() == "system"
    assert app_window.message_bar.text() == "Digit Canvas already speaks this language."


def test_a_file_that_is_no_image_is_explained_in_the_language(window_in, lang, tmp_path):
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    assert window_in.open_image(bad) is False
    box = next(w for w in window_in.findChildren(QMessageBox) if w.isVisible())
    assert str(bad) in box.text()
    assert not words(box.text().replace(str(bad), "")) & english_only(lang), box.text()
    box.close()


@pytest.mark.parametrize("system", ["it_IT", "C"])
def test_a_language_the_app_does_not_speak_gets_english_with_its_plurals(system, qapp,
                                                                          monkeypatch):
    # An Italian desktop or a bare "C" session (a fresh X server): English words,
    # "10000 images" with the number written the system's way ("10.000" in Italian).
    import app.language as language

    monkeypatch.setattr(language, "locale_for", lambda choice: QLocale(system))
    try:
        install_language(qapp)
        page = QCoreApplication.translate("ExplorerWindow", "page %1 of %2 · %n image(s)", "",
                                          10000)
        assert page == f"page %1 of %2 · {QLocale(system).toString(10000)} images"
    finally:
        monkeypatch.undo()
        install_language(qapp, "en")


def test_dates_and_schedules_are_said_the_local_way(lang, monkeypatch):
    from app.about import recipe_text
    from app.language import date_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert date_time("2026-12-05T23:28:41+00:00") == {"de": "5. Dez. 2026 23:28",
                                                          "es": "5 dic 2026 23:28",
                                                          "fr": "5 déc. 2026 23:28"}[lang]
    finally:
        monkeypatch.undo()
        time.tzset()
    for schedule in ("cosine", "constant"):
        said = recipe_text({"learning_rate": 1e-3, "schedule": schedule})
        assert "(" in said and not words(said) & english_only(lang), said


def test_the_lines_over_the_tiles_and_the_histogram_are_whole_in_the_language(window_in, lang):
    # French: "ivez des chiffres côte à côte ... une vignette par chi" and "ssinez un
    # chiffre : ... s'affiche": centred on one line, both were cut at both ends.
    from app.prediction_panel import (
        EMPTY_CAPTION,
        NUMBER_HINT,
        TEST_IMAGE_CAPTION,
        UNTRUSTED_CAPTION,
    )

    panel = window_in.prediction_panel
    caption = panel.chart_caption
    number = panel.tr("Digit %1 of %2 · keys 0-9 correct it · click or ← → for another")
    for text in (panel.tr(EMPTY_CAPTION), panel.tr(UNTRUSTED_CAPTION), panel.tr(TEST_IMAGE_CAPTION),
                 number.replace("%1", "3").replace("%2", "5")):
        assert caption.fontMetrics().horizontalAdvance(text) <= caption.width(), text
    hint = panel.tiles_hint
    assert hint.text() == panel.tr(NUMBER_HINT)
    assert hint.wordWrap() and hint.heightForWidth(hint.width()) <= hint.height()


def test_the_panel_leaves_the_canvas_room_in_the_language(window_in, lang):
    # The settings' recipe and language side by side made the panel 740 px wide in
    # Spanish: on a 1366 px screen the canvas kept a third of the window.
    # At 1024x600 German's four training buttons (620 px) left the canvas 390 px:
    # Cancel now takes Fine-tune's place while a run goes on.
    panel = window_in.findChild(QScrollArea, "rightPanelScroll")
    assert panel.minimumWidth() <= 1024 // 2 + 30, panel.minimumWidth()


def test_the_spanish_undo_names_what_it_undoes_in_one_sentence(qapp):
    # It read "Deshacer Eliminar 1 dibujo": Qt puts the command after the prefix.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QUndoCommand, QUndoStack

    install_language(qapp, "es")
    try:
        stack = QUndoStack()
        undo = stack.createUndoAction(stack, QCoreApplication.translate("SamplesView", "&Undo"))
        stack.push(QUndoCommand(QCoreApplication.translate("SamplesView", "Delete %n drawing(s)",
                                                           "", 2)))
        assert undo.text() == "&Deshacer eliminar 2 dibujos"
    finally:
        install_language(qapp, "en")


def test_the_explorer_keeps_its_width_in_the_language(lang, qtbot):
    # In Spanish its accuracy line ("... 40 rechazadas como «no es un dígito»") widened the
    # window past a laptop's screen, the close button with it.
    from app.explorer import ExplorerWindow
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier
    from tests.helpers import mnist

    loaded = load_for_serving(BUNDLED_DIR, tensorflow=False)
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path, tensorflow=False)
    explorer = ExplorerWindow(lambda: classifier)
    qtbot.addWidget(explorer)
    explorer.show()
    explorer.set_data(mnist().x_test, mnist().y_test)
    assert explorer.wait_until_ready()
    explorer.choose(int(explorer.filtered_indices()[0]))  # the longest line, the detail
    qtbot.waitUntil(lambda: explorer.accuracy_label.text() != "")
    assert explorer.minimumSizeHint().width() <= 1366 * 2 // 3  # a laptop at 150 %: 910
    # At its least width on a short screen (a scroll bar beside it), the matrix was cut
    # under the scroll bar: the area kept the width the window needed before its lines.
    explorer.resize(explorer.minimumSizeHint().width(), 440)
    area = explorer.findChild(QScrollArea, "explorerScroll")
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())
    card = explorer.matrix_view.card_rect()
    right = explorer.matrix_view.mapTo(area.viewport(), card.topRight()).x()
    assert right < area.viewport().width()
    # Whatever the font: neither line asks for the width of its words (they wrap).
    for line in (explorer.accuracy_label, explorer.selection_label):
        words = line.fontMetrics().horizontalAdvance(line.text())
        assert line.minimumSizeHint().width() < words / 2


def test_the_file_dialog_speaks_the_language(lang, qapp):
    """Qt's own dialog (Open picture, Export, Import): Qt's Spanish lacks two of its labels."""
    def labels() -> set[str]:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's, as on a bare desktop
        dialog.setNameFilters(["Images (*.png)", "All files (*)"])
        dialog.show()
        texts = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)}
        dialog.close()
        return {text for text in texts if any(c.isalpha() for c in text)} - {"x"}

    shown = labels()
    install_language(qapp, "en")
    english = labels()
    assert len(english) >= 4 and "&Look in:" in english  # the walk found the labels
    assert not shown & english


def test_the_shortcuts_window_names_keys_in_the_language(app_window, qapp):
    # French listed "Esc" a few rows above "Échap ou Ctrl+W".
    from app.shortcuts_window import ShortcutsWindow

    install_language(qapp, "fr")
    try:
        keys = [keys for keys, _ in ShortcutsWindow(app_window).rows()]
    finally:
        install_language(qapp, "en")
    assert "Échap" in keys and "Esc" not in keys


def test_my_drawings_says_its_exports_and_imports_in_the_language(qapp, qtbot, tmp_path):
    # Its import lives in a mixin, its export's plural in the window: self.tr in a mixin
    # left "Exported 3 drawing(s)" in English (PySide's tr finds a plural in the first class).
    from app.samples_view import SamplesView
    from model.drawings import SampleStore

    install_language(qapp, "de")
    try:
        with SampleStore(tmp_path / "samples.sqlite3") as store:
            for label in (1, 2, 3):
                store.add(np.full((28, 28), 200, np.uint8), label, None, label)
            view = SamplesView(store)
            qtbot.addWidget(view)
            assert view.export_to(tmp_path / "out.zip") == 3
            assert view.message().startswith("3 Zeichnungen nach ")
            (tmp_path / "in").mkdir()
            Image.new("L", (28, 28)).save(tmp_path / "in" / "scan.png")  # no digit to learn
            view.import_from(tmp_path / "in")
            assert "scan.png: kein Ziffern-Label" in view.message()
            # "Keine Ziffer" is a label's name; in a sentence it had its capital.
            kept = store.add(np.full((28, 28), 200, np.uint8), NOT_A_DIGIT, None, 3)
            view.refresh()
            tip = view.model.index(view.model.row_of(kept), 0).data(Qt.ItemDataRole.ToolTipRole)
            assert tip.startswith(f"Zeichnung #{kept}: als keine Ziffer beschriftet, das Netz ")
    finally:
        install_language(qapp, "en")
