"""The Models window: the list, Use (the canvas follows), rename, pin, delete + Undo, compare."""

from __future__ import annotations

import re
import time
import types

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.screen_fit import fits, place
from model.network.checkpoints import BUNDLED_DIR, CheckpointError, read_metadata
from tests.test_model_keeping import checkpoint
from tests.window_driver import SEVEN, click, draw, key, weak_model_in_use

pytestmark = pytest.mark.gui

HISTORY = [{"epoch": 1, "loss": 0.5, "test_accuracy": 0.98, "seconds": 10.0},
           {"epoch": 2, "loss": 0.2, "test_accuracy": 0.99, "seconds": 9.5}]


@pytest.fixture
def utc(monkeypatch):
    """Local time is UTC (the dates shown are local)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def window(active_app_window):
    return active_app_window


def open_models(qtbot, window):
    key(qtbot, window, "Ctrl+Shift+M")  # the Model menu's shortcut
    models = window.windows.get("models")
    assert models is not None and models.isVisible()
    models.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is models)
    return models


def row_of(models, folder):
    return next(row for row, m in enumerate(models.models) if m.path == folder)


def select(qtbot, models, *folders):
    models.table.clearSelection()
    for folder in folders:
        models.table.selectionModel().select(
            models.table.model().index(row_of(models, folder), 0),
            models.table.selectionModel().SelectionFlag.Select
            | models.table.selectionModel().SelectionFlag.Rows)


def test_it_lists_every_model_with_its_facts_and_marks_the_one_in_use(window, qtbot, utc):
    root = window.session.checkpoint_dir
    checkpoint(root, 1, kind="fine-tune", name="evening", history=HISTORY, train_seconds=61.0,
               date="2026-12-05T23:28:04+00:00", test_accuracy=0.9962,
               calibration={"validation": 5000, "ece_before": 0.035, "ece": 0.00196,
                            "rejected": 0.002})
    checkpoint(root, 2)
    models = open_models(qtbot, window)
    assert models.table.rowCount() == 3
    cells = [[models.table.item(r, c).text() for c in range(models.table.columnCount())]
             for r in range(3)]
    assert [row[0] for row in cells] == ["", "", "✔ in use"]  # the bundled one is in use
    # en_US; the day as the status bar writes it
    assert cells[1][1:4] == ["evening", "5 Dec 2026 11:28\u202fPM", "Fine-tune"]
    assert cells[1][5:9] == ["61 s", "99.62 %", "0.20 %", "0.20 %"]
    assert cells[2][3] == "Bundled"
    qtbot.waitUntil(lambda: models.table.item(0, 9).text() == "none saved yet")
    draw(qtbot, window.canvas, SEVEN)  # a drawing saved as a 7: every model scored again
    assert window.teaching.save_sample(7)
    qtbot.waitUntil(lambda: models.table.item(2, 9).text() == "100 %")
    select(qtbot, models, root / "ckpt-20260101T000000000000")
    assert "epoch 2: loss 0.200, test accuracy 99.00 %" in models.curves.accessibleDescription()
    select(qtbot, models, root / "ckpt-20260101T000000000000", root / "ckpt-20260102T000000000000")
    assert models.curves.accessibleDescription() == "Choose one model to see its training curves."
    # The window fits a 1280x720 screen less a title bar and a panel.
    small = QRect(0, 0, 1280, 720 - 72)
    assert fits(place(models, models.size(), small), small)
    assert all(b.accessibleName() for b in (models.use_button, models.delete_button,
                                            models.pin_button, models.rename_button,
                                            models.compare_button))


def test_it_asks_for_the_width_of_every_column_and_the_screen_caps_it(window, qtbot):
    from app.models_window import ModelsWindow

    checkpoint(window.session.checkpoint_dir, 1, name="a model with a rather long name")
    wanted = ModelsWindow(window.session, window)  # its own size, before the screen's cap
    qtbot.addWidget(wanted)
    assert wanted.width() >= wanted.table.horizontalHeader().length() > 900
    # A large screen gives Compare two's list room (600 px high at 1920x1080: six rows).
    assert place(wanted, wanted.size(), QRect(0, 0, 1920, 1040)).height() >= 880
    models = open_models(qtbot, window)
    # Every model read "0.20 %" refused: the threshold sets it, and its header says so.
    assert "set to refuse about 0.2 % of them" in models.column_help[7]
    screen = models.screen().availableGeometry()
    assert models.width() <= screen.width() and models.height() <= screen.height()


def test_a_window_too_narrow_for_every_column_cuts_the_recipe_not_the_last_columns(window, qtbot):
    from app.models_window import RECIPE_COLUMN

    checkpoint(window.session.checkpoint_dir, 1, name="a model with a rather long name")
    models = open_models(qtbot, window)
    table = models.table
    recipe = table.item(0, RECIPE_COLUMN)
    wanted = table.sizeHintForColumn(RECIPE_COLUMN)
    others = table.horizontalHeader().length() - table.columnWidth(RECIPE_COLUMN)
    frame = models.width() - table.viewport().width()
    models.resize(frame + others + wanted // 2, 600)  # room for all but half the recipe
    qtbot.waitUntil(lambda: table.columnWidth(RECIPE_COLUMN) < wanted)
    assert table.horizontalScrollBar().maximum() == 0  # "Your drawings" in view, not scrolled
    assert "epoch" in recipe.toolTip() and recipe.toolTip() == recipe.text()  # whole on hover
    assert not table.wordWrap()  # cut with "…" on its one line (wrapped, its end was lost)


def test_use_switches_the_model_the_canvas_answers_with_and_is_remembered(window, qtbot):
    weak = weak_model_in_use(window)
    window.session.use_bundled()
    draw(qtbot, window.canvas, SEVEN)
    assert window.last_prediction.digit == 7
    models = open_models(qtbot, window)
    select(qtbot, models, weak)
    click(qtbot, models.use_button)
    assert window.session.classifier.path == weak
    assert models.table.item(row_of(models, weak), 0).text() == "✔ in use"
    # The canvas now answers with the model that reads nothing: every digit a tenth.
    probabilities = window.chart.values()
    assert probabilities == pytest.approx([0.1] * 10, abs=1e-6)
    assert window.session.store.chosen() == weak.name  # and at the next start


def test_delete_with_undo_and_the_model_in_use_cannot_be_deleted(window, qtbot):
    root = window.session.checkpoint_dir
    other = checkpoint(root, 1, name="spare")
    models = open_models(qtbot, window)
    select(qtbot, models, BUNDLED_DIR)
    assert not models.delete_button.isEnabled()  # in use (and bundled)
    with pytest.raises(CheckpointError, match="in use"):
        window.session.delete_model(window.session.classifier.path)
    select(qtbot, models, other)
    click(qtbot, models.delete_button)
    assert not other.exists() and models.table.rowCount() == 1
    bar = models.message_bar
    assert bar.text() == "Deleted “spare”"  # one phrase: "Deleted My hand" ran on
    assert not bar.timer.isActive()  # stays until closed: its Undo is the only way back
    assert models.table.hasFocus()  # not the "keep" field, where a stray digit changes it
    click(qtbot, bar.action_button)  # Undo
    assert other.is_dir() and models.table.rowCount() == 2
    assert read_metadata(other)["name"] == "spare"
    # Ctrl+Z brings back a deleted model too.
    select(qtbot, models, other)
    click(qtbot, models.delete_button)
    assert not other.exists()
    key(qtbot, models.table, "Ctrl+Z")
    qtbot.waitUntil(other.is_dir)
    assert models.table.rowCount() == 2
    # Said, and chosen again (the keyboard was left on another row, in silence).
    assert bar.text() == "Brought back “spare”" and not bar.action_button.isVisible()
    assert [m.path for m in models.selected()] == [other]


def test_rename_and_pin_change_the_metadata_and_the_table(window, qtbot):
    other = checkpoint(window.session.checkpoint_dir, 1)
    models = open_models(qtbot, window)
    select(qtbot, models, other)
    click(qtbot, models.pin_button)
    assert read_metadata(other)["pinned"] is True and models.pin_button.text() == "Un&pin"
    assert models.table.item(row_of(models, other), 3).text().endswith(" · pinned")  # seen
    models.table.setCurrentCell(row_of(models, other), 0)
    key(qtbot, models.table, "F2")  # the name, whichever cell has the keyboard
    editor = QApplication.focusWidget()  # the name, edited in place
    assert isinstance(editor, QLineEdit)
    # Room to type: unnamed, the column was 33 px wide.
    assert editor.width() >= 12 * editor.fontMetrics().averageCharWidth()
    assert editor.accessibleName() == "Model name"  # a screen reader said "text" alone
    qtbot.keyClicks(editor, "keeper")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: read_metadata(other).get("name") == "keeper")
    assert models.table.item(row_of(models, other), 1).text() == "keeper"


def test_a_screen_reader_hears_what_an_empty_cell_means(window, qtbot):
    # Qt's table cells give a reader their AccessibleTextRole before their text.
    models = open_models(qtbot, window)
    row = row_of(models, BUNDLED_DIR)  # no name; in use or not: one of its first two is empty
    cells = [models.table.item(row, column) for column in (0, 1)]
    said = [cell.data(Qt.ItemDataRole.AccessibleTextRole) or cell.text() for cell in cells]
    assert "no name" in said and "" not in said
    in_use = [models.table.item(r, 0) for r in range(models.table.rowCount())
              if models.table.item(r, 0).text()]
    assert [cell.data(Qt.ItemDataRole.AccessibleTextRole) for cell in in_use] == ["in use"]


def test_every_figure_column_says_in_plain_words_what_it_measured(window, qtbot):
    # A teacher met "Refused" and "Calibration error" with no idea of what was refused.
    models = open_models(qtbot, window)
    header = models.table.horizontalHeaderItem
    figures = [c for c in range(models.table.columnCount())
               if any("%" in (models.table.item(r, c).text() or "")
                      for r in range(models.table.rowCount()))]
    assert len(figures) >= 3  # test accuracy, refused, sureness at least
    for column in figures:
        assert header(column).toolTip(), header(column).text()
    words = " ".join(header(c).text() + " " + header(c).toolTip() for c in figures).lower()
    assert "calibration" not in words and "held-out" not in words
    # A screen reader gets it with each figure (a header's tooltip is never said).
    cell = models.table.item(0, figures[1])
    said = cell.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    # Seen on short lines (one line was as wide as the screen), heard as one.
    tip = header(figures[1]).toolTip()
    assert tip.replace("\n", " ").replace("\u00a0", " ") == said
    assert max(map(len, tip.splitlines())) <= 60
    for button in (models.use_button, models.pin_button, models.compare_button):
        assert button.toolTip()


def test_compare_two_shows_where_they_disagree_with_both_histograms(window, qtbot,
                                                                      reader):
    weak = weak_model_in_use(window)
    mnist = window.session.mnist or __import__("model.data.mnist", fromlist=["x"]).load_mnist()
    window.session.mnist = types.SimpleNamespace(x_test=mnist.x_test[:300],
                                                 y_test=mnist.y_test[:300])
    for digit in (7, 1):
        draw(qtbot, window.canvas, SEVEN)
        key(qtbot, window.canvas, str(digit))
    models = open_models(qtbot, window)
    select(qtbot, models, weak, BUNDLED_DIR)
    click(qtbot, models.compare_button)
    comparison = models.comparison
    assert reader.said()[-1] == "Comparing..."  # at once, not 14 s of silence
    # Its bar says what it counts (a bare "55 %" said nothing of what was being done).
    assert comparison.progress.text().startswith("Reading the images with both models: ")
    assert comparison.isVisible() and not models.curves.isVisible()  # its room, not "choose one"
    table, below = models.splitter.sizes()
    assert below >= 1.5 * table  # the list of disagreements gets most of the height
    qtbot.waitUntil(lambda: comparison.summary.text().count("they disagree") == 2,
                    timeout=60_000)
    # Said when done (13 s in silence), and the two histograms told apart by their model.
    assert ("QAccessibleAnnouncementEvent", comparison.summary.text()) in reader.events
    assert [c.accessibleName() for c in comparison.charts] == [
        t.text() for t in comparison.titles] and comparison.titles[0].text().startswith("A: ")
    assert "Test set: they disagree on" in comparison.summary.text()
    assert "a digit called not a digit counting as wrong" in comparison.summary.text()
    # "Your drawings: ... A 1, B 2" read as "A said 1": counted out of how many.
    assert re.search(r"Your drawings: .* A \d+ of 2, B \d+ of 2", comparison.summary.text())
    # The table's test accuracy counts best guesses: both counts, or they read as at odds.
    assert re.search(r"Test set: .* By best guess alone, as “Test accuracy” counts: A \d+ of "
                     r"300, B (29\d|300) of 300", comparison.summary.text())
    assert "of 300" in comparison.summary.text()
    assert comparison.list.count() > 200  # the model that reads nothing is wrong on most
    # A drawing is named by its id, as My drawings names it (from 0 by its place before).
    ids = [s.id for s in window.session.drawings.list()]
    drawn = [comparison.list.item(row).text() for row in range(comparison.list.count())
             if comparison.list.item(row).text().startswith("Your drawings #")]
    assert drawn and all(int(t.split("#")[1].split()[0]) in ids for t in drawn)
    assert "Test set #0 " in "".join(comparison.list.item(r).text()
                                     for r in range(comparison.list.count()))
    assert comparison.list.currentRow() == 0  # shown at once: the axes were empty before
    a, b = (chart.values() for chart in comparison.charts)
    assert a != b and np.isclose(sum(a), 1.0) and np.isclose(sum(b), 1.0)
    # The weak model refuses everything: said in words, its histogram greyed.
    text = comparison.list.item(0).text()
    assert "A says not a digit, B says " in text
    assert not comparison.charts[0].is_trusted()
    assert comparison.charts[1].is_trusted() == ("B says not a digit" not in text)
    select(qtbot, models, weak)
    assert models.curves.isVisible()  # one model chosen: its curves again
    assert not comparison.isVisible()  # not "A: ... B: ..." of the two chosen before


@pytest.mark.faults
def test_a_damaged_choice_of_the_model_in_use_falls_back_and_says_so(qtbot, tmp_app_dirs):
    from tests.test_main_window_startup import close
    from tests.test_main_window_startup import open_window as open_main
    from tests.window_driver import wait_for_message

    data_dir = tmp_app_dirs.data / "digit-canvas"
    older, newer = (checkpoint(data_dir / "checkpoints", n) for n in (1, 2))
    (data_dir / "checkpoints" / "in-use").write_text("ckpt-../../../elsewhere\n")
    window = open_main(qtbot, data_dir)
    box = wait_for_message(qtbot, window, "Some checkpoints could not be loaded")
    assert "The choice of the model in use is damaged" in box.text()
    assert window.session.classifier.path == newer and older.is_dir()
    close(window)


def test_the_status_line_names_the_model_in_use_by_the_name_it_was_given(window, qtbot):
    weak = weak_model_in_use(window)
    assert "your retrain" in window.model_label.text()
    window.session.change_model(weak, {"name": "evening run"})
    assert window.model_label.text().startswith("Model: evening run · ")
    # Unnamed, a fine-tune and a run of one day were both "your model" of that day.
    from app.language import date_time

    when = "2026-12-07T12:40:00+00:00"
    tuned = checkpoint(window.session.checkpoint_dir, 3, kind="fine-tune", date=when)
    window.session.use_model(tuned)
    assert re.fullmatch(r"Model: your fine-tune · MNIST test accuracy [\d.]+ % · "
                        + re.escape(date_time(when)), window.model_label.text()), \
        window.model_label.text()
    assert re.search(r"\d:\d\d", date_time(when))  # to the minute (the day alone before)


def test_the_recipe_says_one_epoch_not_one_epochs(window, qtbot):
    from tests.test_model_keeping import BUNDLED

    one = checkpoint(window.session.checkpoint_dir, 1,
                     recipe={**BUNDLED["recipe"], "epochs": 1, "batch_size": 64})
    models = open_models(qtbot, window)
    assert models.table.item(row_of(models, one), 4).text().startswith("1 epoch · batch 64 · ")
    assert " epochs · " in models.table.item(row_of(models, BUNDLED_DIR), 4).text()


def test_a_model_whose_facts_cannot_be_read_is_said_not_listed(window, qtbot):
    # It vanished from the list without a word, its weights still on disk.
    broken = checkpoint(window.session.checkpoint_dir, 1)
    (broken / "metadata.json").write_text("{not json", encoding="utf-8")
    models = open_models(qtbot, window)
    assert models.table.rowCount() == 1  # the bundled model
    assert models.unreadable.isVisible()
    assert models.unreadable.text().startswith("1 model not listed: ")
    assert broken.name in models.unreadable.text()


def test_it_opens_on_the_list_with_the_model_in_use_chosen_though_ctrl_is_held(window, qtbot):
    # Opened by Ctrl+Shift+M the window is built while Ctrl is still down, and
    # QTableView.selectRow follows held keys: Ctrl toggled the row off again, so
    # the curves asked to choose a model, and the keyboard sat in the "keep" field.
    qtbot.keyPress(window, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        models = window.windows.show("models")
        qtbot.waitUntil(models.isVisible)
        assert [m.id for m in models.selected()] == ["bundled"]
    finally:
        qtbot.keyRelease(window, Qt.Key.Key_Control)
    assert "Choose one model" not in models.curves.accessibleDescription()
    models.activateWindow()
    qtbot.waitUntil(models.table.hasFocus)


def test_tab_leaves_the_table_for_the_buttons(window, qtbot):
    # Tab went from cell to cell: the buttons were out of a keyboard's reach.
    models = open_models(qtbot, window)
    models.table.setFocus()
    key(qtbot, models.table, "Tab")  # the buttons of the model in use are disabled: the next
    assert QApplication.focusWidget() is models.keep  # control that takes keys is "keep"


def test_a_line_says_why_the_buttons_are_greyed_for_the_model_chosen(window, qtbot):
    weak = weak_model_in_use(window)
    models = open_models(qtbot, window)
    select(qtbot, models, BUNDLED_DIR)
    assert not models.rename_button.isEnabled()
    assert "comes with the app" in models.why.text()
    models.layout().activate()
    table_at = models.splitter.y()  # where the table starts
    select(qtbot, models, weak)  # in use: all but Delete and Use
    assert not models.delete_button.isEnabled() and models.rename_button.isEnabled()
    assert models.why.text() == "The model in use cannot be deleted: use another one first."
    window.session.use_bundled()
    select(qtbot, models, weak)  # nothing greyed, nothing to say
    assert models.delete_button.isEnabled() and models.why.text() == ""  # said "space"
    models.table.clearSelection()
    models.layout().activate()
    assert models.splitter.y() == table_at  # the table does not jump as the line comes and goes


def test_a_model_added_while_it_is_open_leaves_one_row_chosen(window, qtbot):
    # A Retrain's model comes first in the list: the row chosen stayed chosen by its
    # number too, so every new model added one more row (three after a Retrain and
    # "Use the new one": every button greyed, "Choose one model").
    models = open_models(qtbot, window)
    assert [m.in_use for m in models.selected()] == [True]
    for number in (1, 2):
        checkpoint(window.session.checkpoint_dir, number)
        window.session.modelsChanged.emit()
        assert [m.in_use for m in models.selected()] == [True]
    chosen = models.selected()[0].path
    window.session.use_model(models.models[0].path)
    window.session.modelsChanged.emit()
    assert [m.path for m in models.selected()] == [chosen]  # the person's choice stays
    # ... while it is open; opened again, the model in use is chosen, and the keyboard's
    # row is that one (its outline sat on the first row, the blue on another).
    models.close()
    models = window.windows.show("models")
    qtbot.waitUntil(models.isVisible)
    assert [m.in_use for m in models.selected()] == [True]
    assert models.table.currentIndex().row() == row_of(models, models.selected()[0].path)


def test_the_training_curves_are_a_tab_stop_a_screen_reader_reads(window, qtbot):
    # They were no Tab stop: their numbers (the accessible description) were out of reach.
    models = open_models(qtbot, window)
    models.activateWindow()
    qtbot.waitUntil(models.isActiveWindow)
    models.table.setFocus()
    for _ in range(30):
        if QApplication.focusWidget() is models.curves:
            break
        key(qtbot, QApplication.focusWidget(), "Tab")
    assert QApplication.focusWidget() is models.curves
    assert "test accuracy" in models.curves.accessibleDescription()
    # Its ring (3 px at the edge) hid the bottom of "epoch": two rows of text fit under the
    # frame, a row over it, each a whole line of the font.
    curves, line = models.curves, models.curves.fontMetrics().height()
    area = curves.plot_area()
    assert area.top() >= 4 + 1.5 * line and area.bottom() <= curves.height() - 4 - 2 * line


def test_use_passes_the_keyboard_to_the_table_and_nowhere_else(window, qtbot):
    # Use greyed itself, and Qt passed the keyboard along five controls, each said aloud.
    other = checkpoint(window.session.checkpoint_dir, 1, name="spare")
    models = open_models(qtbot, window)
    select(qtbot, models, other)
    models.use_button.setFocus()
    qtbot.waitUntil(models.use_button.hasFocus)
    reached = []
    QApplication.instance().focusChanged.connect(lambda _old, new: reached.append(new))
    key(qtbot, models.use_button, "Space")
    qtbot.waitUntil(lambda: window.session.classifier.path == other)
    assert reached == [models.table]
    # Pin kept it neither: it went to "Keep the newest", where a digit typed next changed
    # how many models are kept.
    models.pin_button.setFocus()
    qtbot.waitUntil(models.pin_button.hasFocus)
    reached.clear()
    key(qtbot, models.pin_button, "Space")
    assert read_metadata(other)["pinned"] is True
    assert models.keep not in reached and QApplication.focusWidget() is models.pin_button


def test_compare_two_numbers_a_test_image_as_the_explorer_does(qtbot):
    # "Test set #1,039" where the explorer and its Go to say "#1039".
    from app.model_compare import ModelComparison
    from model.network.model_list import Disagreements

    comparison = ModelComparison()
    qtbot.addWidget(comparison)
    images, labels = np.zeros((1100, 28, 28), np.uint8), np.full(1100, 7)
    comparison.sets = [("Test set", images, labels, None)]
    flat = np.full((1, 10), 0.1)
    comparison._on_yielded(("Test set", Disagreements(np.array([1039]), flat, flat, np.array([7]),
                                                     np.array([1]), 1099, 1098, 1100)))
    assert comparison.list.item(0).text().startswith("Test set #1039 (a 7): ")
