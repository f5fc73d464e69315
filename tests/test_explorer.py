"""Tests for app.explorer.ExplorerWindow (the MNIST test-set explorer) with the bundled model."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.evaluation import LOW_CONFIDENCE, TELLING_EXAMPLES, filter_indices, normalize_filter
from app.explorer import ExplorerWindow
from app.language import percent
from tests.helpers import bundled_classifier, explorer_view, mnist, ready_explorer

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def classifier():
    return bundled_classifier()


@pytest.fixture(scope="module")
def expected(classifier) -> np.ndarray:
    """The classifier's probabilities for all 10,000 test images, computed directly."""
    return classifier.predict_batch(mnist().x_test)


@pytest.fixture
def view(qtbot) -> ExplorerWindow:
    return ready_explorer(qtbot)


def y_test() -> np.ndarray:
    return mnist().y_test.astype(np.int64)


def expected_title(predicted: int, truth: int) -> str:
    return f"read {predicted}" if predicted == truth else f"read {predicted} · true {truth}"


# ------------------------------------------------------------------ the window


def test_is_its_own_window_named_explorer(view):
    assert view.objectName() == "explorer"
    assert view.windowFlags() & Qt.WindowType.Window
    assert view.size().width() >= 900 and view.size().height() >= 600


def test_first_page_titles_are_the_classifier_predictions(view, expected):
    assert view.page == 0
    assert view.visible_indices() == list(range(25))
    predicted = expected.argmax(axis=1)
    titles = [expected_title(int(predicted[i]), int(y_test()[i])) for i in range(25)]
    assert view.titles() == titles
    np.testing.assert_array_equal(view.predictions(), predicted)
    np.testing.assert_allclose(view.probabilities(), expected, atol=1e-5)


# --------------------------------------------------------------------- filters


def test_only_mistakes_shows_exactly_the_misclassified_images(view, expected):
    wrong = np.flatnonzero(expected.argmax(axis=1) != y_test())
    assert 0 < len(wrong) < 500
    view.set_filter("mistakes")
    assert view.filtered_indices() == wrong.tolist()
    shown = []
    while True:
        shown += view.visible_indices()
        assert all("· true" in title for title in view.titles())
        if not view.next_page():
            break
    assert shown == wrong.tolist()
    assert view.page_count == -(-len(wrong) // 25)


def test_low_confidence_is_sorted_from_the_least_sure(view, expected):
    view.set_filter("low_confidence")
    confidence = expected.max(axis=1)
    indices = view.filtered_indices()
    assert sorted(indices) == np.flatnonzero(confidence < LOW_CONFIDENCE).tolist()
    assert np.all(np.diff(confidence[indices]) >= 0)


def test_true_and_predicted_digit_filters_through_the_controls(view, qtbot, expected):
    combo = view.filter_combo
    combo.setCurrentIndex(combo.findData("true"))
    combo.activated.emit(combo.currentIndex())
    assert view.digit_spin.isEnabled()
    view.digit_spin.setValue(6)
    assert view.current_filter() == ("true", 6)
    assert view.filtered_indices() == np.flatnonzero(y_test() == 6).tolist()
    view.set_filter("predicted", 3)
    assert combo.currentData() == "predicted" and view.digit_spin.value() == 3
    assert view.filtered_indices() == np.flatnonzero(expected.argmax(axis=1) == 3).tolist()
    view.set_filter("all")
    assert not view.digit_spin.isEnabled()
    assert len(view.filtered_indices()) == 10_000


def test_a_filter_or_a_page_turned_says_what_is_shown(view, qtbot, reader):
    # "Only mistakes" changed "page 1 of 2 · 46 images" in silence for a screen reader.
    view.set_filter("true", 6)
    said = reader.said()
    assert said == [view.page_label.text()] and said[0].startswith("page 1 of ")
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert reader.events[-1] == ("QAccessibleAnnouncementEvent", view.page_label.text())
    assert view.page_label.text().startswith("page 2 of ")


@pytest.mark.parametrize(("kind", "value"), [
    ("nonsense", None), ("true", None), ("true", 10), ("predicted", -1),
    ("pair", 3), ("pair", (1, 2, 3)), ("pair", (1, 12)), ("true", True),
])
def test_bad_filters_are_rejected(kind, value):
    with pytest.raises(ValueError):
        normalize_filter(kind, value)


def test_prediction_filters_keep_nothing_before_an_evaluation():
    labels = np.array([1, 2, 3])
    assert filter_indices("mistakes", None, labels, None).size == 0
    assert filter_indices("true", 2, labels, None).tolist() == [1]


# ------------------------------------------------------------ confusion matrix


def test_confusion_matrix_sums_to_the_test_set_and_matches_the_accuracy(view, expected):
    matrix = view.confusion()
    assert matrix.shape == (10, 10)
    assert matrix.sum() == 10_000
    assert np.trace(matrix) / matrix.sum() == pytest.approx(view.accuracy())
    predicted = expected.argmax(axis=1)
    assert view.accuracy() == pytest.approx(np.mean(predicted == y_test()))
    np.testing.assert_array_equal(matrix.sum(axis=1), np.bincount(y_test(), minlength=10))
    np.testing.assert_array_equal(view.matrix_view.matrix(), matrix)
    assert percent(view.accuracy(), 2) in view.accuracy_label.text()


def test_clicking_a_matrix_cell_filters_to_that_pair(view, qtbot, expected):
    matrix = view.confusion()
    off_diagonal = matrix - np.diag(np.diag(matrix))
    true_digit, predicted = divmod(int(off_diagonal.argmax()), 10)
    cell = view.matrix_view.cell_rect(true_digit, predicted)
    with qtbot.waitSignal(view.cellChosen) as signal:
        qtbot.mouseClick(view.matrix_view, Qt.MouseButton.LeftButton, pos=cell.center())
    assert signal.args == [true_digit, predicted]
    assert view.current_filter() == ("pair", (true_digit, predicted))
    wanted = np.flatnonzero((y_test() == true_digit) & (expected.argmax(axis=1) == predicted))
    assert view.filtered_indices() == wanted.tolist()
    assert len(wanted) == matrix[true_digit, predicted]
    assert view.titles()[0] == f"read {predicted} · true {true_digit}"
    assert view.matrix_view.highlight() == (true_digit, predicted)
    assert view.filter_combo.currentData() == "pair"


# -------------------------------------------------------- choosing and paging


def test_clicking_a_grid_image_emits_image_chosen(view, qtbot):
    rect = view.grid.cell_rect(7)
    with qtbot.waitSignal(view.imageChosen) as signal:
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    index, image, label = signal.args
    assert index == 7
    assert label == int(y_test()[7])
    assert image.dtype == np.uint8 and image.shape == (28, 28)
    np.testing.assert_array_equal(image, mnist().x_test[7])
    assert view.selected_index() == 7


def test_the_line_under_the_grid_says_when_the_chosen_image_is_not_in_it(view, qtbot):
    # After a matrix cell, "Test image #7 · ..." read as if about one of the images shown.
    view.choose(7)
    described = view.selection_label.text()
    assert described.startswith("Test image #7")
    truth = int(y_test()[7])
    view.set_filter("pair", ((truth + 1) % 10, truth))
    assert 7 not in view.visible_indices()
    assert view.selection_label.text() == f"Chosen, not on this page: {described}"
    view.set_filter("all")
    assert view.selection_label.text() == described


def test_go_to_3062_shows_and_selects_it_even_from_a_filter(view, qtbot):
    view.set_filter("true", 0)  # 3062 is an 8: hidden by this filter
    view.goto_spin.setValue(3062)
    with qtbot.waitSignal(view.imageChosen) as signal:
        qtbot.mouseClick(view.goto_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == 3062 and signal.args[2] == int(y_test()[3062])
    assert view.current_filter() == ("all", None)
    assert 3062 in view.visible_indices()
    assert view.page == 3062 // 25
    assert view.selected_index() == 3062
    assert view.grid.rect_of_index(3062) is not None


def test_tutorial_example_buttons_go_to_their_image(view, qtbot):
    assert set(view.quick_buttons) == set(TELLING_EXAMPLES)
    for index in TELLING_EXAMPLES:
        with qtbot.waitSignal(view.imageChosen) as signal:
            qtbot.mouseClick(view.quick_buttons[index], Qt.MouseButton.LeftButton)
        assert signal.args[0] == index
        assert index in view.visible_indices()
    with pytest.raises(ValueError):
        view.go_to(10_000)


def test_paging_reaches_the_last_of_400_pages(view, qtbot):
    assert view.page_count == 400
    assert not view.previous_button.isEnabled()
    assert view.previous_button.accessibleName() == "Previous"  # "◀" is not read aloud
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.visible_indices() == list(range(25, 50))
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.page == 2
    while view.next_page():
        pass
    assert view.page == 399
    assert view.visible_indices() == list(range(9975, 10_000))
    assert view.page_label.text().startswith("page 400 of 400")
    assert not view.next_button.isEnabled()
    assert view.previous_page() and view.page == 398


# --------------------------------------------------------- background evaluation


def test_refresh_after_a_model_swap_shows_the_new_model(qtbot):
    from model.network.checkpoints import BUNDLED_DIR, load_checkpoint
    from model.network.classifier import Classifier
    from model.network.convnet import ConvNet

    loaded = load_checkpoint(BUNDLED_DIR)
    own = Classifier(loaded.model, loaded.metadata, loaded.path)
    view = explorer_view(qtbot, lambda: own)
    data = mnist()
    view.set_data(data.x_test, data.y_test)
    assert view.wait_until_ready()
    before = view.accuracy()
    own.swap(ConvNet(hidden=loaded.metadata["hidden"], seed=1))  # an untrained network
    view.refresh()
    view.refresh()  # a second request supersedes the first; only its result counts
    assert view.status_label.text().startswith("Evaluating")
    assert view.wait_until_ready()
    assert view.accuracy() < 0.5 < before
    np.testing.assert_array_equal(
        view.predictions(), own.predict_batch(data.x_test).argmax(axis=1))
    qtbot.waitUntil(lambda: not view.is_evaluating())


def test_closing_while_evaluating_stops_the_thread(qtbot, classifier):
    view = explorer_view(qtbot, lambda: classifier)
    data = mnist()
    view.set_data(data.x_test, data.y_test)
    assert view.is_evaluating()
    view.close()
    assert not view.is_evaluating()


def test_waits_for_a_model_then_evaluates_when_refreshed(qtbot, classifier):
    current = {"classifier": None}
    view = explorer_view(qtbot, lambda: current["classifier"])
    data = mnist()
    view.set_data(data.x_test, data.y_test)
    assert not view.is_evaluating() and view.predictions() is None
    assert "Waiting for the model" in view.status_label.text()
    assert view.titles()[0] == f"true {data.y_test[0]}"  # images already browsable
    view.set_filter("mistakes")
    assert view.visible_indices() == []
    current["classifier"] = classifier
    view.refresh()
    assert view.wait_until_ready()
    assert len(view.visible_indices()) > 0


def test_set_data_rejects_bad_arrays(qtbot, classifier):
    view = ExplorerWindow(lambda: classifier)
    qtbot.addWidget(view)
    images = np.zeros((3, 28, 28), np.uint8)
    with pytest.raises(ValueError):
        view.set_data(images.astype(np.float32), np.zeros(3, np.int64))
    with pytest.raises(ValueError):
        view.set_data(images, np.zeros(2, np.int64))
    with pytest.raises(ValueError):
        view.set_data(images, np.array([0, 1, 10]))
    assert not view.has_data() and view.visible_indices() == []


# ------------------------------------------------------ the matrix widget alone


def test_matrix_widget_paints_a_digit_without_images_and_describes_cells(qtbot):
    from app.confusion_matrix import ConfusionMatrixView

    widget = ConfusionMatrixView()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    matrix = np.diag(np.full(10, 100))
    matrix[5, 3] = 7
    matrix[9, 9] = 0  # no nines at all: accuracy "–", not a crash
    widget.set_matrix(matrix)
    assert not widget.grab().toImage().isNull()
    assert widget.cell_at(widget.cell_rect(5, 3).center()) == (5, 3)
    assert "true 5, predicted 3: 7 images" in widget.cell_description(
        widget.cell_rect(5, 3).center())
    with pytest.raises(ValueError):
        widget.set_matrix(np.zeros((9, 10)))
    with pytest.raises(ValueError):
        widget.set_matrix(np.full((10, 10), -1))


def test_a_closed_explorer_evaluates_only_when_shown_again(qtbot, classifier):
    # A model change (a fine-tune) must not start 10,000 predictions in a window nobody sees.
    view = explorer_view(qtbot, lambda: classifier)
    data = mnist()
    view.set_data(data.x_test, data.y_test)
    assert view.wait_until_ready()
    view.close()
    view.refresh()  # what the session's classifierChanged calls
    assert not view.is_evaluating()
    view.show()
    assert view.is_evaluating()
    assert view.wait_until_ready()


def test_digits_whose_accuracy_reads_the_same_are_both_marked_hardest(qtbot):
    # 98.99 % and 99.03 % are both written "99.0 %": marking one only looked arbitrary.
    from app.confusion_matrix import ConfusionMatrixView

    matrix = np.diag(np.full(10, 1000)).astype(np.int64)
    matrix[7, 7], matrix[7, 1] = 9899, 101
    matrix[9, 9], matrix[9, 4] = 9903, 97
    matrix[3, 3], matrix[3, 5] = 998, 2  # 99.8 %: not among them
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    assert view.hardest() == set()
    view.set_matrix(matrix)
    assert view.hardest() == {7, 9}


def test_a_second_choice_below_a_tenth_of_a_percent_is_said_so(view):
    probabilities = view.probabilities()
    sure = int(np.argmax(np.sort(probabilities, axis=1)[:, -2] < 0.0005))  # a 2nd choice ~0
    view.choose(sure)
    assert "(< 0.1 %)" in view.selection_label.text()
    assert "(0.0 %)" not in view.selection_label.text()


def test_the_matrix_works_by_keyboard(view, qtbot, expected):
    # Not focusable before: its cells filtered the grid for a mouse only.
    from PySide6.QtWidgets import QApplication

    matrix = view.matrix_view
    assert matrix.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    matrix.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(matrix.hasFocus)
    assert matrix.accessibleDescription().startswith("true 0, predicted 0: ")
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right,
                Qt.Key.Key_Right):
        qtbot.keyClick(matrix, key)
    assert matrix.accessibleDescription().startswith("true 2, predicted 3: ")
    qtbot.keyClick(matrix, Qt.Key.Key_Return)
    assert view.current_filter() == ("pair", (2, 3))


def test_enter_on_the_grid_opens_no_image_a_filter_hid(view, qtbot, expected, reader):
    # It opened the image chosen before the filter, one not among those shown.
    opened = []
    view.imageChosen.connect(lambda index, *_: opened.append(index))
    view.choose(3)
    hidden = int(y_test()[3])
    view.set_filter("true", (hidden + 1) % 10)
    assert 3 not in view.filtered_indices()
    opened.clear()
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert opened == []
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)  # the first shown is chosen: Enter opens it
    said = len(reader.events)
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert opened and all(index in view.filtered_indices() for index in opened)
    assert len(reader.events) == said  # the arrow said it; Enter said it again


def test_an_image_the_app_refuses_is_not_a_digit_in_the_explorer_too(view, classifier):
    # The explorer said "read 8 · 21 %" where the main window said "Not a digit".
    images = mnist().x_test
    refused = np.array([classifier.predict(image).status == "not_a_digit" for image in images])
    assert 0 < refused.sum() < 100
    view.set_filter("refused")
    assert view.filtered_indices() == np.flatnonzero(refused).tolist()
    assert all(title.startswith("not a digit · true ") for title in view.titles())
    view.choose(int(np.flatnonzero(refused)[0]))
    assert "not a digit" in view.selection_label.text()
    assert view.selection_label.text().endswith("refused")
    assert f"{refused.sum()} called not a digit (" in view.accuracy_label.text()


def test_the_accuracy_line_says_how_many_refused_are_among_the_mistakes(view):
    # Whether the 40 refused were counted in the 46 mistakes read both ways.
    from app.evaluation import Evaluation

    labels = y_test()
    guesses = labels.copy()
    guesses[:3] = (labels[:3] + 1) % 10  # three mistakes
    refused = np.zeros(len(labels), bool)
    refused[[1, 2, 5, 6, 7]] = True  # two of them refused, and three right guesses
    view._on_evaluated(Evaluation.from_probabilities(np.eye(10)[guesses], labels,
                                                     view._runner.job, refused))
    assert view.accuracy_label.text().endswith(
        " · 3 mistakes in 10,000 images · 5 called not a digit (2 of them among the mistakes)")


def test_the_figures_are_said_when_the_evaluation_ends(qtbot, classifier, reader):
    # "Evaluating 10,000 test images…" for 15 s, then the figures came in silence.
    from PySide6.QtWidgets import QApplication, QWidget

    view = explorer_view(qtbot, lambda: classifier)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    data = mnist()
    view.set_data(data.x_test[:2000], data.y_test[:2000])
    assert view.wait_until_ready()
    assert any(text.startswith("Accuracy 99.") and "mistakes in 2,000 images" in text
               for text in reader.said())
    # Behind another window (after a Retrain, the keyboard in the main window), it keeps
    # quiet: it talked over the main window's news.
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    reader.events.clear()
    view.refresh()
    assert view.wait_until_ready()
    assert not any(text.startswith("Accuracy") for text in reader.said())


def test_the_grid_shows_it_has_the_keyboard_before_an_image_is_chosen(view, qtbot):
    # Tabbed to, the grid showed nothing until the first arrow chose an image.
    from PySide6.QtWidgets import QApplication

    from app.theme import tokens

    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    accent = tokens(view.grid.palette()).accent

    def edge_is_accent() -> bool:
        image = view.grid.grab().toImage()
        return image.pixelColor(image.width() // 2, 1) == accent

    assert not edge_is_accent()
    view.grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edge_is_accent)


def test_the_keyboards_cell_shows_on_the_chosen_cell_too(qtbot):
    # Enter on a cell chose it: its outline hid the keyboard's marker until an arrow moved.
    from PySide6.QtWidgets import QApplication

    from app.confusion_matrix import ConfusionMatrixView

    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    view.resize(440, 420)
    view.set_matrix(np.diag(np.full(10, 100)).astype(np.int64))
    view.show()
    view.set_highlight((3, 5))
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.setFocus(Qt.FocusReason.TabFocusReason)  # the keyboard starts on the chosen cell
    qtbot.waitUntil(view.hasFocus)
    cell, marker = view.cell_rect(3, 5), view._colours.marker
    image = view.grab().toImage()
    dpr = view.devicePixelRatio()
    inside = image.pixelColor(int((cell.left() + 4) * dpr), int(cell.center().y() * dpr))
    assert inside == marker
