"""The person's own drawings in a window: browse, filter, relabel, delete, undo, export, import.

Only the ``*_dialog`` methods open a dialog (for a path); what happened is said below the grid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.accessibility import announce
from app.done_command import DoneCommand, stack_actions
from app.problems import drawings_error
from app.samples_exchange import SamplesExchange
from app.samples_model import THUMB_SIDE, SampleListModel, counts_text, label_text
from app.session import Session
from app.theme import banner_style, tokens
from model.drawings import SampleStore, SampleStoreError
from model.drawings.validation import NOT_A_DIGIT

log = logging.getLogger(__name__)

UNDO_WINDOW_MS = 10 * 60 * 1000  # how long Ctrl+Z can bring deleted drawings back
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)} | {Qt.Key.Key_N: NOT_A_DIGIT}


class SamplesView(SamplesExchange, QWidget):
    """The person's drawings as a grid of thumbnails with their labels.

    Keys on the grid: 0-9 (N: not a digit) relabel the selected drawings, Del/Backspace
    deletes them; Ctrl+Z / Ctrl+Shift+Z undo and redo (relabel and delete).

    Signals:
        samplesChanged: after any change to the stored drawings (relabel, delete, undo, import).
    """

    samplesChanged = Signal()

    def __init__(self, store: SampleStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("samplesView")
        self.setWindowTitle(self.tr("My drawings"))
        self.store = store
        self.undo_stack = QUndoStack(self, objectName="undoStack")
        self._choose_next: set[int] | None = None  # the drawings an undo brought back
        self.model = SampleListModel(self)
        # When the undo window has passed, deleted drawings are removed for good.
        self.purge_timer = QTimer(self, objectName="purgeTimer", singleShot=True,
                                  interval=UNDO_WINDOW_MS)
        self.purge_timer.timeout.connect(self.purge_deleted)
        self._build()
        self._connect()
        self.resize(720, 560)
        self._show_store_state()
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.filter_combo = QComboBox(objectName="filterCombo")
        self.filter_combo.addItem(self.tr("All drawings"), None)  # "not a digit" too
        for label in [*range(10), NOT_A_DIGIT]:
            self.filter_combo.addItem(label_text(label), label)
        self.counts_label = QLabel(objectName="countsLabel")
        self.message_label = QLabel(objectName="messageLabel", wordWrap=True, visible=False)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel(objectName="emptyLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.list_view = self._build_list()
        self._build_actions()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), buddy=self.filter_combo))
        self.filter_combo.setAccessibleName(self.tr("Show"))  # a combo is named by its value
        top.addWidget(self.filter_combo)
        top.addWidget(self.counts_label, stretch=1)
        buttons = QHBoxLayout()
        self.relabel_button = self._tool_button("relabelButton", menu=self.relabel_menu)
        self.delete_button = self._tool_button("deleteButton", self.delete_action)
        self.undo_button = self._tool_button("undoButton", self.undo_action)
        self.redo_button = self._tool_button("redoButton", self.redo_action)
        self.export_button = self._tool_button("exportButton", menu=self.export_menu)
        self.import_button = self._tool_button("importButton", menu=self.import_menu)
        # Said with each button (a reader heard a plain button), and shown on the pointer.
        for button, what in (
                (self.relabel_button, self.tr("A menu: the label to give the chosen drawings")),
                (self.export_button, self.tr("A menu: the drawings shown, to a folder or a "
                                             ".zip archive")),
                (self.import_button, self.tr("A menu: drawings from a folder or a .zip "
                                             "archive"))):
            button.setToolTip(what)
            button.setAccessibleDescription(what)
        for button in (self.relabel_button, self.delete_button, self.undo_button,
                       self.redo_button, None, self.export_button, self.import_button):
            buttons.addWidget(button) if button else buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for row in (top, buttons):
            layout.addLayout(row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list_view, stretch=1)
        layout.addWidget(self.message_label)  # below the grid, so the grid never jumps

    def _build_list(self) -> QListView:
        view = QListView(objectName="samplesList", accessibleName=self.tr("My drawings"))
        view.setModel(self.model)
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        view.setWordWrap(True)  # two lines under each: "No es un dígito" read "No es un dí..."
        view.setGridSize(QSize(THUMB_SIDE + 16, THUMB_SIDE + 2 * view.fontMetrics().height() + 12))
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setMovement(QListView.Movement.Static)
        view.setUniformItemSizes(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.installEventFilter(self)
        return view

    def _build_actions(self) -> None:
        self.relabel_menu = QMenu(self.tr("&Relabel as"), self, objectName="relabelMenu",
                                  toolTip=self.tr("Give the selected drawings another label "
                                                  "(keys 0-9, N)"))
        self.relabel_actions: list[QAction] = []
        for label in [*range(10), NOT_A_DIGIT]:  # the last: relabel_actions[10], key N
            action = self.relabel_menu.addAction(label_text(label))
            action.setCheckable(True)  # ticked: what the selected drawings are now
            action.triggered.connect(lambda _=False, d=label: self.relabel_selected(d))
            self.relabel_actions.append(action)
        self.relabel_menu.aboutToShow.connect(self._tick_current_label)
        def key(keys: str) -> str:  # as the main window's tooltips write it ("Supr" in Spanish)
            return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

        self.delete_action = QAction(self.tr("&Delete"), self, objectName="deleteAction",
                                     toolTip=self.tr("Delete the selected drawings (%1)").replace(
                                         "%1", key("Del")))
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action, self.redo_action = stack_actions(self.undo_stack, self, (
            self.tr("&Undo"), self.tr("Undo: %1 (%2)"), key("Ctrl+Z")), (
            self.tr("&Redo"), self.tr("Redo: %1 (%2)"), key("Ctrl+Shift+Z")))
        self.export_menu = QMenu(self.tr("&Export"), self, objectName="exportMenu")
        self.export_menu.addAction(self.tr("To a &folder..."), self.export_folder_dialog)
        self.export_menu.addAction(self.tr("To a .&zip file..."), self.export_zip_dialog)
        self.import_menu = QMenu(self.tr("&Import"), self, objectName="importMenu")
        self.import_menu.addAction(self.tr("From a &folder..."), self.import_folder_dialog)
        self.import_menu.addAction(self.tr("From a .&zip file..."), self.import_zip_dialog)
        self.list_view.addActions([self.relabel_menu.menuAction(), self.delete_action])

    def _tool_button(self, name: str, action: QAction | None = None,
                     menu: QMenu | None = None) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if action is not None:
            button.setDefaultAction(action)
        if menu is not None:
            button.setText(menu.title().replace("&", ""))
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setStyleSheet("QToolButton { padding-right: 14px; }")  # room for the arrow
        return button

    def _connect(self) -> None:
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.filter_combo.activated.connect(self._say_shown)  # a person's choice: its result
        self.list_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

    def _say_shown(self) -> None:
        shown = self.model.rowCount()  # "No drawings labelled 0." was seen, never said
        announce(self.list_view, self.tr("%n drawing(s) shown", "", shown) if shown
                 else self.empty_label.text())

    # ------------------------------------------------------------------ state

    def _show_store_state(self) -> None:
        store = self.store
        if store.recovered_from is not None:
            self.show_message(
                self.tr("Your drawings database was damaged. It was kept as %1 and a new one "
                        "was started; %n drawing(s) could be recovered.", "", store.salvaged)
                .replace("%1", store.recovered_from.name), "warning")
        if store.read_only:
            self.show_message(drawings_error(store.problem) + "\n" + self.tr(
                "Your drawings can be viewed but not changed."), "error")

    @Slot()
    def refresh(self) -> None:
        """Reload the drawings and counts from the store, keeping the selection and the cursor."""
        chosen, self._choose_next = self._choose_next, None
        keep = chosen or set(self.selected_ids())
        current = self.list_view.currentIndex()
        cursor = self.model.sample(current.row()).id if current.isValid() else None
        cursor = min(chosen) if chosen else cursor
        try:
            samples = self.store.list(self.current_filter())
            counts = self.store.counts()
        except SampleStoreError as exc:
            self.show_message(drawings_error(exc), "error")
            return
        self.model.set_samples(samples)
        self.counts_label.setText(counts_text(counts))
        self.export_button.setEnabled(bool(samples))  # nothing shown to export: greyed
        digit = self.current_filter()
        self.empty_label.setText(
            self.tr("No drawings yet. Correct a reading, or press “Right: keep it”, to keep "
                    "it here.") if digit is None else self.tr("No drawings taught as not a digit.")
            if digit == NOT_A_DIGIT else self.tr("No drawings labelled %1.").replace(
                "%1", str(digit)))
        self.empty_label.setVisible(not samples)
        self.select_ids(keep)
        row = None if cursor is None else self.model.row_of(cursor)
        if row is not None:  # arrows go on from here, not from the first (a Delete went astray)
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate)
        elif cursor is not None and not self.selected_ids() and samples:  # it was deleted:
            self.list_view.selectionModel().setCurrentIndex(  # the next, for Delete again
                self.model.index(min(current.row(), len(samples) - 1)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_filter(self) -> int | None:
        """The label shown (a digit or NOT_A_DIGIT), or None for all."""
        return self.filter_combo.currentData()

    def set_filter(self, digit: int | None) -> None:
        """Show only one label, a digit or NOT_A_DIGIT (None: all)."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(digit))

    def shown_ids(self) -> list[int]:
        """Ids of the drawings in the grid, in order."""
        return [self.model.sample(row).id for row in range(self.model.rowCount())]

    def shown_labels(self) -> list[int]:
        """Labels of the drawings in the grid, in order."""
        return [self.model.sample(row).label for row in range(self.model.rowCount())]

    def selected_ids(self) -> list[int]:
        """Ids of the selected drawings, in grid order."""
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedIndexes())
        return [self.model.sample(row).id for row in rows]

    def select_ids(self, ids: set[int] | list[int]) -> None:
        """Select these drawings (those shown), and nothing else."""
        selection = self.list_view.selectionModel()
        selection.clearSelection()
        flag = QItemSelectionModel.SelectionFlag.Select
        for sample_id in ids:
            row = self.model.row_of(sample_id)
            if row is not None:
                selection.select(self.model.index(row), flag)

    @Slot()
    def _tick_current_label(self) -> None:
        """Tick the label the selected drawings have, when they all have the same one."""
        rows = {index.row() for index in self.list_view.selectionModel().selectedIndexes()}
        labels = {self.model.sample(row).label for row in rows}
        for label, action in zip([*range(10), NOT_A_DIGIT], self.relabel_actions, strict=True):
            action.setChecked(labels == {label})

    def _update_actions(self) -> None:
        writable = not self.store.read_only
        has_selection = bool(self.list_view.selectionModel().selectedIndexes())
        self.relabel_menu.setEnabled(writable and has_selection)
        self.relabel_button.setEnabled(writable and has_selection)
        self.delete_action.setEnabled(writable and has_selection)
        self.import_button.setEnabled(writable)

    def show_message(self, text: str, severity: str = "info") -> None:
        """Show a line at the top of the window: info, warning or error."""
        self.message_label.setText(text)
        if text:
            announce(self.message_label, text)  # a screen reader hears what Delete did
        self.message_label.setProperty("severity", severity)
        self.message_label.setStyleSheet(banner_style(severity, tokens(self.palette())))
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        """The message line's text ('' when none)."""
        return "" if self.message_label.isHidden() else self.message_label.text()

    # ------------------------------------------------------------------ edits

    def relabel_selected(self, label: int) -> bool:
        """Give the selected drawings another label (undoable)."""
        old = {self.model.sample(row).id: self.model.sample(row).label for row in self._rows()}
        ids = [sample_id for sample_id, was in old.items() if was != label]
        if not ids:
            return False
        def undo() -> None:
            for was in set(old.values()) - {label}:
                self.store.relabel_many([i for i in ids if old[i] == was], was)
            self._choose_next = set(ids)  # chosen again: Relabel and Delete apply to them

        if label == NOT_A_DIGIT:  # a sentence of its own in each language, as in _tooltip
            text = self.tr("Relabel %n drawing(s) as not a digit", "", len(ids))
            done = self.tr("Relabelled %n drawing(s) as not a digit. Ctrl+Z takes it back.", "",
                           len(ids))
        else:
            text = self.tr("Relabel %n drawing(s) as %1", "", len(ids)).replace("%1", str(label))
            done = self.tr("Relabelled %n drawing(s) as %1. Ctrl+Z takes it back.", "",
                           len(ids)).replace("%1", str(label))
        if not self._perform(text, lambda: self.store.relabel_many(ids, label), undo):
            return False
        self.show_message(done)  # as a delete is
        self._keyboard_to_grid()
        return True

    def delete_selected(self) -> bool:
        """Delete the selected drawings (undoable with Ctrl+Z)."""
        ids = self.selected_ids()
        if not ids:
            return False
        done = self._perform(self.tr("Delete %n drawing(s)", "", len(ids)),
                             lambda: self.store.delete_many(ids), lambda: self._bring_back(ids))
        if done:
            minutes = self.purge_timer.interval() // 60_000
            self.show_message(
                self.tr("Deleted %n drawing(s). Ctrl+Z brings them back (for %1 minutes).", "",
                        len(ids)).replace("%1", str(minutes)) if minutes else
                self.tr("Deleted %n drawing(s). Ctrl+Z brings them back.", "", len(ids)))
            self.purge_timer.start()  # (re)starts the undo window
            self._keyboard_to_grid()
        return done

    def _keyboard_to_grid(self) -> None:
        """After Relabel or Delete, the keyboard goes on in the grid, at the drawing chosen.

        From a button it went on to the next one as the selection went and the button was
        greyed (Delete, then Undo: a second Space undid the delete).
        """
        if self.isActiveWindow() and not self.list_view.hasFocus():
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bring_back(self, ids: list[int]) -> None:
        self.store.undelete_many(ids)
        self._choose_next = set(ids)  # chosen again, as they were when deleted

    @Slot()
    def purge_deleted(self) -> int:
        """Remove deleted drawings for good (the undo history goes too); returns how many."""
        self.purge_timer.stop()
        if self.store.read_only:
            return 0
        try:
            count = self.store.purge_deleted()
        except SampleStoreError as exc:
            log.warning("deleted drawings not purged: %s", exc)
            return 0
        self.undo_stack.clear()  # what it would undo is gone
        log.info("%d deleted drawing(s) removed for good", count)
        return count

    @Slot()
    def undo(self) -> None:
        """Undo the last relabel or delete."""
        self.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        """Redo what was undone."""
        self.undo_stack.redo()

    def _rows(self) -> list[int]:
        return sorted(index.row() for index in self.list_view.selectionModel().selectedIndexes())

    def _perform(self, text: str, change: Callable[[], object],
                 revert: Callable[[], object]) -> bool:
        """Make a change now; push it on the undo stack only if it worked."""
        if not self._apply(change):
            return False
        def undone() -> None:  # said, as the change itself was (a Ctrl+Z was silent)
            if self._apply(revert):
                self.show_message(self.tr("Undone: %1").replace("%1", text))
        self.undo_stack.push(DoneCommand(text, lambda: self._apply(change), undone))
        return True

    def _apply(self, change: Callable[[], object]) -> bool:
        """Run a store change; show an error instead of raising; refresh and signal."""
        try:
            change()
        except (SampleStoreError, KeyError, ValueError) as exc:
            self.show_message(drawings_error(exc).strip("'\""), "error")
            self.refresh()
            return False
        self.message_label.hide()
        self.refresh()
        self.samplesChanged.emit()
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Reload on every show: drawings may have been added while the window was closed."""
        super().showEvent(event)
        self.refresh()

    # ---------------------------------------------------------- keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """On the grid: 0-9 and N relabel, Del/Backspace delete (before the list's type-ahead)."""
        if watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            return self._grid_key(event)
        if watched is self.list_view and event.type() == QEvent.Type.FocusIn:
            self._choose_current()
        return super().eventFilter(watched, event)

    def _choose_current(self) -> None:
        """Tabbed into, the grid chooses the drawing it shows as current: keys act on it."""
        view = self.list_view
        if not view.selectionModel().hasSelection() and self.model.rowCount():
            current = view.currentIndex()
            view.setCurrentIndex(current if current.isValid() else self.model.index(0, 0))

    def _grid_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if event.key() in _DIGIT_KEYS:
                self.relabel_selected(_DIGIT_KEYS[event.key()])
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selected()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) anywhere in the window."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------ export

    def export_to(self, path: str | Path) -> int | None:
        """Export the drawings shown (.zip: an archive, else a folder); how many, None on error.

        With a filter chosen, only its drawings: "4" exported every drawing, unasked.
        """
        path, label = Path(path), self.filter_combo.currentData()
        try:
            if path.suffix.lower() == ".zip":
                count = self.store.export_archive(path, label)
            else:
                count = self.store.export_folder(path, label)
        except SampleStoreError as exc:
            self.show_message(drawings_error(exc), "error")
            return None
        # Here, not in SamplesExchange: lupdate marks a plural in self.tr only.
        self.show_message(self.tr("Exported %n drawing(s) to %1", "", count).replace(
            "%1", str(path)))
        return count


def open_window(session: Session, parent: QWidget) -> SamplesView | None:
    """The "My drawings" window, in step with the session's drawings; None if it cannot open."""
    try:
        store = session.drawings
    except SampleStoreError as exc:
        session.warning.emit(QCoreApplication.translate(
            "SamplesView", "Your drawings cannot be opened"), drawings_error(exc))
        return None
    window = SamplesView(store, parent)
    session.drawingsChanged.connect(window.refresh)
    window.samplesChanged.connect(session.drawingsChanged)  # Models and the "Saved" bar follow
    return window
