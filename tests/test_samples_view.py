"""app.samples_view.SamplesView (pytest-qt, offscreen): grid, filter, relabel, delete/undo, I/O."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QStyle

from app.samples_view import SamplesView, counts_text
from model.drawings import SampleStore, recovery
from model.drawings.validation import NOT_A_DIGIT

pytestmark = pytest.mark.gui


def image(seed: int) -> np.ndarray:
    values = np.zeros((28, 28), np.uint8)
    values[4:24, 4:24] = np.random.default_rng(seed).integers(1, 256, (20, 20), dtype=np.uint8)
    return values


@pytest.fixture
def store(tmp_path):
    with SampleStore(tmp_path / "samples.sqlite3") as opened:
        for n, label in enumerate([3, 1, 3, 7, 0]):
            opened.add(image(n), label, None, (label + 1) % 10)
        yield opened


@pytest.fixture
def view(qtbot, store):
    widget = SamplesView(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_grid_shows_every_drawing_with_its_label_and_thumbnail(view):
    assert view.objectName() == "samplesView" and view.isWindow()
    assert view.shown_labels() == [0, 7, 3, 1, 3]  # newest first
    index = view.model.index(0)
    assert view.model.data(index) == "0 (said 1)"  # a correction shows what it corrected
    assert view.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    pixmap = view.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap) and pixmap.width() == 84
    tip = view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "network said 1" in tip
    assert "UTC" not in tip and "T" not in tip.split("saved ")[1]  # the person's own time
    assert not view.empty_label.isVisible()


def test_counts_label_says_what_there_is_and_which_digits_are_missing(view):
    text = view.counts_label.text()
    assert text.startswith("0: 1 · 1: 1 · 3: 2 · 7: 1 · none yet: 2, 4, 5, 6, 8, 9")
    assert text.endswith("5 in all")
    # none at all: the empty list says so, not "none yet: 0, 1, 2, … 9 — 0 in all"
    assert counts_text(dict.fromkeys(range(10), 0)) == ""
    assert "none yet" not in counts_text(dict.fromkeys(range(10), 2))


def test_filter_by_digit(view):
    view.filter_combo.setCurrentIndex(4)  # "3"
    assert view.current_filter() == 3 and view.shown_labels() == [3, 3]
    view.set_filter(9)
    assert view.shown_ids() == [] and view.empty_label.isVisible()
    assert "9" in view.empty_label.text()
    view.set_filter(None)
    assert len(view.shown_ids()) == 5


def test_a_filter_chosen_says_what_it_shows(view, qtbot, reader):
    # "No drawings labelled 0." was seen, never said: the list said only "My drawings".
    view.activateWindow()
    view.filter_combo.setFocus()
    qtbot.waitUntil(view.filter_combo.hasFocus)
    qtbot.keyClick(view.filter_combo, Qt.Key.Key_Down)  # "0": one drawing
    qtbot.waitUntil(lambda: ("QAccessibleAnnouncementEvent", "1 drawing shown")
                    in reader.events)
    for _ in range(2):
        qtbot.keyClick(view.filter_combo, Qt.Key.Key_Down)  # "2": none
    qtbot.waitUntil(lambda: ("QAccessibleAnnouncementEvent", "No drawings labelled 2.")
                    in reader.events)


def test_relabel_with_a_digit_key_and_undo(view, qtbot, store):
    target = view.shown_ids()[1]  # the 7
    view.select_ids([target])
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_2)
    assert store.get(target).label == 2
    assert view.shown_labels()[1] == 2 and view.selected_ids() == [target]
    assert "2: 1" in view.counts_label.text()
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get(target).label == 7
    view.redo()
    assert store.get(target).label == 2


def test_after_a_relabel_the_arrow_keys_go_on_from_the_relabelled_drawing(view, qtbot, store):
    # The list was reset with the new label and the arrows started again from the
    # first drawing: Right, Delete deleted it instead of the next one.
    ids = view.shown_ids()
    view.list_view.setFocus()
    qtbot.mouseClick(view.list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.list_view.visualRect(view.model.index(1)).center())
    assert view.selected_ids() == [ids[1]]
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_2)
    qtbot.keyClick(view.list_view, Qt.Key.Key_Right)
    assert view.selected_ids() == [ids[2]]


def test_relabel_several_from_the_menu(view, store):
    ids = view.shown_ids()[:3]
    view.select_ids(ids)
    view.relabel_actions[5].trigger()
    assert [store.get(i).label for i in ids] == [5, 5, 5]
    assert view.message() == "Relabelled 3 drawings as 5. Ctrl+Z takes them back."  # said
    view.undo()
    assert [store.get(i).label for i in ids] == [0, 7, 3]


def test_the_relabel_menu_ticks_what_the_selected_drawings_are(view, store):
    def ticked():
        view.relabel_menu.aboutToShow.emit()
        return [n for n, action in enumerate(view.relabel_actions) if action.isChecked()]

    threes = [i for i in view.shown_ids() if store.get(i).label == 3]
    view.select_ids(threes)
    assert ticked() == [3]
    view.relabel_actions[5].trigger()
    assert ticked() == [5]
    view.select_ids(view.shown_ids())  # several labels: none is theirs
    assert ticked() == []


def test_undo_keeps_its_short_name_and_its_tooltip_says_what_it_undoes(view, store):
    # "Undo Relabel 1 drawing as not a digit" on the button widened the toolbar.
    width = view.undo_button.sizeHint().width()
    view.select_ids(view.shown_ids()[:1])
    view.relabel_actions[10].trigger()  # Not a digit
    assert view.undo_button.text().replace("&", "") == "Undo"
    assert view.undo_button.sizeHint().width() == width
    assert "Relabel 1 drawing as not a digit" in view.undo_button.toolTip()
    assert "Ctrl+Z" in view.undo_button.toolTip()
    view.undo()
    assert "Relabel" in view.redo_button.toolTip() and "Relabel" not in view.undo_button.toolTip()


def test_undoing_a_relabel_under_a_filter_chooses_the_drawing_brought_back(view, store):
    # Back in the grid but not chosen, Relabel and Delete were greyed for it.
    view.set_filter(3)
    target = view.shown_ids()[0]
    view.select_ids([target])
    view.relabel_selected(8)
    assert target not in view.shown_ids()
    view.undo()
    assert view.selected_ids() == [target] and view.delete_action.isEnabled()


def test_relabel_keeps_the_filter_honest(view, store):
    view.set_filter(3)
    view.select_ids(view.shown_ids())
    view.relabel_selected(8)
    assert view.shown_ids() == [] and store.counts()[8] == 2


def test_delete_with_the_key_then_undo_brings_it_back(view, qtbot, store):
    target = view.shown_ids()[0]
    view.select_ids([target])
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Delete)
    assert target not in view.shown_ids() and len(store) == 4
    assert "none yet: 0," in view.counts_label.text() and "Ctrl+Z" in view.message()
    assert view.undo_action.isEnabled()
    with qtbot.waitSignal(view.samplesChanged):
        view.undo_action.trigger()
    assert target in view.shown_ids() and len(store) == 5
    assert view.message() == "Undone: Delete 1 drawing"  # said, as the delete was
    row = view.model.index(view.model.row_of(target))
    assert "labelled 0" in view.model.data(row, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert store.get(target).label == 0


def test_after_delete_the_next_is_chosen_and_undo_chooses_the_one_back(view, qtbot, store):
    # A keyboard user deletes one after another; Ctrl+Z shows which one came back.
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    shown = view.shown_ids()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.list_view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.list_view.hasFocus)  # its focus-in has chosen a drawing already
    view.list_view.selectionModel().setCurrentIndex(  # not by the keys held in other tests
        view.model.index(1), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert view.selected_ids() == [shown[1]]
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Delete)
    assert view.selected_ids() == [shown[2]]  # the next one, ready for another Delete
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Delete)
    assert view.selected_ids() == [shown[3]]
    with qtbot.waitSignal(view.samplesChanged):
        view.undo_action.trigger()
    assert view.selected_ids() == [shown[2]]
    assert view.list_view.currentIndex().row() == view.model.row_of(shown[2])


def test_delete_without_selection_does_nothing(view, store):
    view.select_ids([])
    assert view.delete_selected() is False and len(store) == 5
    assert not view.delete_action.isEnabled() and not view.relabel_button.isEnabled()


def test_export_and_import_through_the_view(view, qtbot, store, tmp_path):
    assert view.export_to(tmp_path / "mine.zip") == 5
    assert "Exported 5" in view.message()
    assert view.export_to(tmp_path / "folder") == 5
    assert sorted(p.name for p in (tmp_path / "folder").iterdir()) == ["0", "1", "3", "7"]
    view.set_filter(3)  # what is shown is what is exported
    assert view.export_to(tmp_path / "threes") == 2
    assert [p.name for p in (tmp_path / "threes").iterdir()] == ["3"]
    view.set_filter(5)
    assert not view.export_button.isEnabled()  # none shown: nothing to export
    view.set_filter(None)

    with SampleStore(tmp_path / "other.sqlite3") as other:
        fresh = SamplesView(other)
        qtbot.addWidget(fresh)
        with qtbot.waitSignal(fresh.samplesChanged):
            result = fresh.import_from(tmp_path / "mine.zip")
        assert result.added == 5 and "5 drawings imported" in fresh.message()
        assert sorted(fresh.shown_labels()) == [0, 1, 3, 3, 7]
        again = fresh.import_from(tmp_path / "folder")
        assert again.added == 0 and "5 already present" in fresh.message()


def test_import_errors_are_shown_not_raised(view, tmp_path):
    (tmp_path / "bad.zip").write_text("not a zip")
    assert view.import_from(tmp_path / "bad.zip") is None
    assert "not a zip archive that can be read" in view.message()
    assert view.message_label.property("severity") == "error"
    assert view.import_from(tmp_path / "missing") is None


def test_export_error_is_shown(view, tmp_path):
    (tmp_path / "file").write_text("in the way")
    assert view.export_to(tmp_path / "file" / "sub") is None
    assert view.message_label.property("severity") == "error"


def test_a_corrupt_database_shows_a_warning_and_still_opens(qtbot, tmp_path):
    path = tmp_path / "samples.sqlite3"
    path.write_bytes(b"this is not a database" * 300)
    with SampleStore(path) as store:
        widget = SamplesView(store)
        qtbot.addWidget(widget)
        assert "damaged" in widget.message() and store.recovered_from.name in widget.message()
        assert widget.message_label.property("severity") == "warning"
        assert widget.shown_ids() == [] and not widget.empty_label.isHidden()
        store.add(image(1), 4)
        widget.refresh()
        assert widget.shown_labels() == [4]


def test_read_only_store_is_shown_and_changes_give_a_message(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "samples.sqlite3"
    with SampleStore(path) as writable:
        writable.add(image(1), 6)

    def read_only_connect(target):
        return sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)

    monkeypatch.setattr(recovery, "_connect", read_only_connect)
    with SampleStore(path) as store:
        widget = SamplesView(store)
        qtbot.addWidget(widget)
        assert widget.shown_labels() == [6] and "not changed" in widget.message()
        widget.select_ids(widget.shown_ids())
        assert not widget.delete_action.isEnabled() and not widget.import_button.isEnabled()
        assert widget.relabel_selected(1) is False  # called anyway: refused with a message
        assert "read-only" in widget.message() and widget.shown_labels() == [6]
        assert not widget.undo_action.isEnabled()


def test_drawings_added_while_hidden_appear_when_shown_again(view, store):
    view.hide()
    store.add(image(42), 9)
    view.show()
    assert view.shown_labels()[0] == 9 and "9: 1" in view.counts_label.text()


def test_digit_key_without_selection_changes_nothing(view, qtbot, store):
    view.select_ids([])
    qtbot.keyClick(view.list_view, Qt.Key.Key_4)
    assert store.counts()[4] == 0 and not view.undo_action.isEnabled()


def test_tabbing_into_the_grid_chooses_a_drawing_and_a_delete_is_announced(view, qtbot, store):
    # Tabbed into, the grid had a current drawing but none chosen: Delete did nothing,
    # and what Delete did was shown but not said to a screen reader.
    from PySide6.QtWidgets import QApplication

    view.select_ids([])
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.list_view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.list_view.hasFocus)
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Delete)
    assert len(store) == 4
    assert "Deleted 1 drawing" in view.message_label.accessibleDescription()


def test_export_is_greyed_while_there_is_nothing_to_export(qtbot, tmp_path):
    # It opened a folder dialog for 0 drawings.
    with SampleStore(tmp_path / "none.sqlite3") as empty:
        widget = SamplesView(empty)
        qtbot.addWidget(widget)
        widget.show()
        assert not widget.export_button.isEnabled()
        assert "Right: keep it" in widget.empty_label.text()  # the button's name as shown
        empty.add(image(1), 4, None, 4)
        widget.refresh()
        assert widget.export_button.isEnabled()


def test_every_label_under_a_drawing_is_shown_whole(qtbot, store, qapp):
    # In Spanish "No es un dígito" was cut to "No es un dí..." (every cell the first's size).
    from app.language import install_language

    store.add(image(9), NOT_A_DIGIT, None, 3)
    install_language(qapp, "es")
    try:
        widget = SamplesView(store)
        qtbot.addWidget(widget)
        widget.show()
        view, model = widget.list_view, widget.model
        texts = [model.data(model.index(row)) for row in range(model.rowCount())]
        assert "No es un dígito" in texts
        # Qt's item text keeps the focus frame's margin and a pixel clear on each side.
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        for row, text in enumerate(texts):
            assert view.visualRect(model.index(row)).width() >= (
                view.fontMetrics().horizontalAdvance(text) + margin), text
    finally:
        install_language(qapp, "en")


def test_when_a_drawing_was_saved_is_said_in_the_person_s_own_time(qapp, monkeypatch):
    import time

    from app.language import install_language
    from app.samples_model import saved_text

    monkeypatch.setenv("TZ", "Europe/Berlin")  # an hour ahead of UTC in December
    time.tzset()
    try:
        assert saved_text("2026-12-07T12:16:53.123+00:00") in ("7 Dec 2026 13:16",
                                                               "7 Dec 2026 1:16\u202fPM",
                                                               "7 Dec 2026 1:16 PM")
        assert saved_text("yesterday") == "yesterday"  # an imported date it cannot read
        install_language(qapp, "fr")  # as the status bar writes it
        assert saved_text("2026-12-07T12:16:53.123+00:00") == "7 déc. 2026 13:16"
    finally:
        install_language(qapp, "en")
        monkeypatch.undo()
        time.tzset()


def test_a_relabel_changes_the_drawing_in_place_not_the_whole_list(view, qtbot):
    # The list was reset: a screen reader's focus was left on an item that no longer
    # was, and the new label ("2 (said 7)") was never said.
    resets, changes = [], []
    view.model.modelReset.connect(lambda: resets.append(True))
    view.model.dataChanged.connect(lambda *args: changes.append(args))
    view.select_ids([view.shown_ids()[1]])
    with qtbot.waitSignal(view.samplesChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_2)
    assert resets == [] and changes
    assert view.model.data(view.model.index(1)).startswith("2")


def test_the_filter_shows_the_keyboard_after_a_choice_made_by_keyboard(view, qtbot):
    # Qt forgot the keyboard's focus once the list closed: no ring, though Down still
    # changed the filter.
    from PySide6.QtCore import Qt as Keys

    shown = Keys.WidgetAttribute.WA_KeyboardFocusChange
    combo = view.filter_combo
    combo.setFocus(Keys.FocusReason.TabFocusReason)
    view.setAttribute(shown, True)  # as a Tab into the box sets it
    qtbot.keyClick(combo, Keys.Key.Key_Down, Keys.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Keys.Key.Key_Down)
    qtbot.keyClick(combo.view(), Keys.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert combo.currentIndex() == 1
    assert view.testAttribute(shown)


def test_a_drawing_is_described_in_one_line_and_without_a_dash(view, store):
    # "the network said —" (read as nothing) and a raw line break went to a screen reader.
    refused = store.add(image(9), NOT_A_DIGIT, None, None)  # the network said no digit
    view.refresh()
    for drawing, said in ((refused, ""), (view.shown_ids()[-1], ", the network said 4")):
        row = view.model.index(view.model.row_of(drawing))
        description = view.model.data(row, Qt.ItemDataRole.AccessibleDescriptionRole)
        assert "\n" not in description and "—" not in description
        label = "not a digit" if drawing == refused else "3"
        assert description.startswith(f"Drawing #{drawing}: labelled {label}{said}, saved ")
        tooltip = view.model.data(row, Qt.ItemDataRole.ToolTipRole)
        assert tooltip.replace("\n", ", ") == description  # seen on two lines


def test_the_menu_buttons_say_they_open_a_menu_and_what_is_in_it(view):
    # A screen reader heard three plain buttons: "Relabel as", "Export", "Import".
    for button in (view.relabel_button, view.export_button, view.import_button):
        assert button.accessibleDescription().startswith("A menu: ")
        assert button.toolTip() == button.accessibleDescription()


def test_after_relabel_or_delete_by_a_button_the_keyboard_goes_on_in_the_grid(view, qtbot, store):
    # The greyed button passed the keyboard on: Delete went to Undo, and a second Space
    # undid the delete.
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.select_ids(view.shown_ids()[:1])
    view.delete_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.delete_button.hasFocus)
    qtbot.keyClick(view.delete_button, Qt.Key.Key_Space)
    qtbot.waitUntil(view.list_view.hasFocus)
    assert len(store.list()) == 4
    view.relabel_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.relabel_button.hasFocus)
    view.relabel_actions[9].trigger()
    assert view.list_view.hasFocus()

