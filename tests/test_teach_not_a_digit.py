"""Teaching "not a digit" in the window: the button and N, Undo, My drawings, Fine-tune."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from app.samples_view import SamplesView
from model.drawings import SampleStore
from model.drawings.validation import NOT_A_DIGIT
from tests.window_driver import SEVEN, click, draw, key, use_new_model_if_offered

pytestmark = pytest.mark.gui

# A letter "e" in one stroke: not a digit.
LETTER_E = [(140, 220), (300, 220), (290, 150), (220, 120), (150, 160), (140, 250),
            (200, 320), (300, 300)]


@pytest.fixture
def window(active_app_window):
    return active_app_window


def shown(qtbot, window, text: str) -> None:
    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.text().startswith(text), timeout=5000)


def labels(window) -> list[int]:
    return [s.label for s in window.session.drawings.list()]


def test_the_button_saves_not_a_digit_and_undo_takes_it_back(window, qtbot):
    draw(qtbot, window.canvas, LETTER_E)
    drawn = window.canvas.to_array()
    click(qtbot, window.teach_row.not_a_digit_button)
    assert labels(window) == [NOT_A_DIGIT] and window.canvas.is_empty()
    shown(qtbot, window, "Saved as not a digit · 1 drawing of yours")
    bar = window.message_bar
    assert bar.kind() == "positive" and bar.action_button.text() == "Undo"
    click(qtbot, bar.action_button)
    assert labels(window) == []
    assert np.array_equal(window.canvas.to_array(), drawn)


def test_the_n_key_saves_not_a_digit_and_ctrl_z_takes_it_back(window, qtbot):
    draw(qtbot, window.canvas, LETTER_E)
    key(qtbot, window.canvas, "N")
    assert labels(window) == [NOT_A_DIGIT]
    shown(qtbot, window, "Saved as not a digit")
    key(qtbot, window.canvas, "Ctrl+Z")
    assert labels(window) == [] and not window.canvas.is_empty()


def test_the_button_names_its_key_and_the_shortcuts_window_lists_it(window):
    button = window.teach_row.not_a_digit_button
    assert button.text() == "Not a digit" and button.accessibleName() == "Not a digit"
    assert "(key N)" in button.toolTip()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    rows = dict(window.access.show_shortcuts().rows())
    assert "not a digit" in rows["N"]


def test_not_a_digit_fits_the_row_without_widening_the_panel(window, qtbot):
    window.resize(1280, 720 - 72)
    row = window.teach_row
    button = row.not_a_digit_button
    qtbot.waitUntil(lambda: row.width() >= row.minimumSizeHint().width())
    with_it = row.minimumSizeHint().width()
    button.hide()
    row.or_label.hide()
    without_it = row.minimumSizeHint().width()
    button.show()
    row.or_label.show()
    assert with_it == without_it  # the canvas keeps its width on a 1280-pixel screen
    inside = QRect(QPoint(0, 0), row.size())
    others = [*row.digit_buttons, row.add_example_button, row.prompt]
    assert inside.contains(button.geometry())
    assert not any(button.geometry().intersects(other.geometry()) for other in others)
    # "It's a 7, or not a digit": "or" just before the button, on its line, under the prompt
    said = row.or_label.geometry()
    assert row.or_label.isVisible() and row.or_label.text() == "or"
    assert said.right() < button.x() < said.right() + 12
    assert said.top() > row.prompt.geometry().bottom()
    assert abs(said.center().y() - button.geometry().center().y()) <= 2
    kids = row.children()  # a screen reader's order: "or" before the button, not after
    assert kids.index(row.or_label) < kids.index(button)


def test_my_drawings_shows_them_with_their_own_label_and_filter(qtbot, tmp_path):
    with SampleStore(tmp_path / "samples.sqlite3") as store:
        rng = np.random.default_rng(0)
        for label, predicted in [(3, 3), (NOT_A_DIGIT, 0), (7, 1), (NOT_A_DIGIT, None)]:
            store.add(rng.integers(0, 256, (28, 28), dtype=np.uint8), label, None, predicted)
        view = SamplesView(store)
        qtbot.addWidget(view)
        view.show()
        assert view.model.data(view.model.index(0)) == "Not a digit"
        assert "Not a digit: 2" in view.counts_label.text()
        view.filter_combo.setCurrentIndex(view.filter_combo.findText("Not a digit"))
        assert view.shown_labels() == [NOT_A_DIGIT, NOT_A_DIGIT]
        scribble = view.shown_ids()[1]
        # Correcting works as for digits: a key relabels, Ctrl+Z puts it back.
        view.select_ids([scribble])
        qtbot.keyClick(view.list_view, Qt.Key.Key_4)
        assert store.get(scribble).label == 4 and view.shown_ids() == [view.shown_ids()[0]]
        view.undo()
        assert store.get(scribble).label == NOT_A_DIGIT and len(view.shown_ids()) == 2
        view.set_filter(None)
        seven = view.shown_ids()[1]
        view.select_ids([seven])
        qtbot.keyClick(view.list_view, Qt.Key.Key_N)
        assert store.get(seven).label == NOT_A_DIGIT
        view.set_filter(NOT_A_DIGIT)
        view.select_ids(view.shown_ids())
        view.delete_selected()
        assert view.shown_ids() == [] and "not a digit" in view.empty_label.text()
        view.undo()
        assert len(view.shown_ids()) == 3


def test_fine_tune_trains_on_not_a_digit_drawings_and_scores_them(window, qtbot, monkeypatch):
    from app import trainer
    from model.network import recipe

    small = recipe.fine_tune_config
    monkeypatch.setattr(recipe, "fine_tune_config", lambda samples: dataclasses.replace(
        small(samples), train_limit=1024, seed=0))
    handed = []
    real_arguments = trainer.job_arguments

    def job_arguments(job, folder, out):
        args = real_arguments(job, folder, out)
        with np.load(folder / "samples.npz") as samples:  # what the child reads
            handed.append(samples["labels"].tolist())
        return args

    monkeypatch.setattr(trainer, "job_arguments", job_arguments)
    for strokes, label in [(LETTER_E, "N"), (SEVEN, "7"), (LETTER_E, "N")]:
        draw(qtbot, window.canvas, strokes)
        key(qtbot, window.canvas, label)
    assert window.training.start_fine_tune()
    use_new_model_if_offered(qtbot, window)  # the run ends, then the window decides
    status = window.training_panel.status.text()
    assert status.startswith("Done") and "your drawings" in status, status
    assert handed == [[NOT_A_DIGIT, 7, NOT_A_DIGIT]]
    metadata = window.session.classifier.metadata
    assert metadata["fine_tuned"] is True and metadata["samples"] == 3
    # The fine-tuned model still refuses what is not a digit (its rule was fitted again).
    assert metadata["decision"]["threshold"] is not None


def test_one_piece_of_a_number_is_taught_as_not_a_digit(window, qtbot):
    from tests.test_number import decision, reading_of

    window.canvas.draw_stroke(SEVEN)  # a drawing for the saved piece's picture
    window.session.show_reading(reading_of(decision(2), decision(4, 0.3, "not_a_digit"),
                                           decision(1)))
    panel = window.prediction_panel
    panel.select(1)
    click(qtbot, window.teach_row.not_a_digit_button)
    assert labels(window) == [NOT_A_DIGIT]
    shown(qtbot, window, "Saved digit 2 of 3 as not a digit")
    assert panel.tile(1).text().endswith("saved: ✗") and panel.selected_index() == 2
    click(qtbot, window.message_bar.action_button)
    assert labels(window) == [] and "saved" not in panel.tile(1).text()
