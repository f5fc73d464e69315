"""The Models window: every model kept, its facts and curves; use, rename, pin, delete, compare.

Facts come from each checkpoint's metadata (model/network/model_list.py); the
accuracy on the person's drawings and the comparison of two models run on the
NumPy network in workers. Changes go through the session (the model in use,
the store), which tells every window.
"""

from __future__ import annotations

from textwrap import wrap

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.feedback import show_message, tell
from app.language import date_time, number, percent
from app.message_bar import MessageBar
from app.model_compare import ModelComparison
from app.model_curves import ModelCurves
from app.session import KEEP, KEEP_RANGE, Session, kept_models
from app.splitter import Splitter
from model.network.calibration import DIGIT_REJECT_SHARE
from model.network.errors import CheckpointError

NAME_COLUMN = 1
RECIPE_COLUMN = 4


class ModelsWindow(QWidget):
    """A table of the models (the one in use marked), curves and a comparison below."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("modelsWindow")
        self.setWindowTitle(self.tr("Models"))
        self.session = session
        self.models: list = []
        self.drawings_accuracy: dict[str, float | None] = {}
        self._filling = False
        self._waiting_for_test_set = False
        self.headers = [self.tr("In use"), self.tr("Name"), self.tr("Date"), self.tr("Kind"),
                        self.tr("Recipe"), self.tr("Training time"), self.tr("Test accuracy"),
                        self.tr("Digits refused"), self.tr("Sureness off by"),
                        self.tr("Your drawings")]
        self.table = QTableWidget(0, len(self.headers), objectName="modelsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setWordWrap(False)  # a squeezed recipe ends in "…" (wrapped, it was cut)
        self.table.setAccessibleName(self.tr("Models"))
        self.table.setHorizontalHeaderLabels(self.headers)
        # Each figure's column says on what digits it was measured, in plain words.
        self.column_help = dict((
                (4, self.tr("How it was trained: epochs are passes over the training digits, "
                            "batch the digits per step, rate the size of each step")),
                (6, self.tr("Of MNIST's test digits, never trained on, the share its best guess "
                            "reads right")),
                (7, self.tr("Of the digits set aside from training, the share it called "
                            "not a digit. Each model's threshold is set to refuse about "
                            "%1 of them, so this changes little from model to model").replace(
                    "%1", percent(DIGIT_REJECT_SHARE, 1))),
                (8, self.tr("How far its sureness is from how often it is right, on the digits "
                            "set aside (lower is better): said 90 % sure, it should be right 9 "
                            "times in 10")),
                (9, self.tr("Share of your saved drawings read right"))))
        for column, tip in self.column_help.items():  # lines: one line was screen-wide
            lines = wrap(tip.replace(" %", "\u00a0%"), 60)  # never "0.2" then "%" below
            self.table.horizontalHeaderItem(column).setToolTip("\n".join(lines))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # F2 renames: the Name cell, whichever cell of the row has the keyboard.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, self.rename_selected)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        self._deleted: str | None = None  # the model Undo brings back
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemChanged.connect(self._on_item_changed)
        self.curves = ModelCurves()
        self.comparison = ModelComparison()
        self.comparison.hide()

        self.use_button = self._button(self.tr("&Use"), "useModel", self.use_selected)
        self.rename_button = self._button(self.tr("&Rename"), "renameModel", self.rename_selected)
        self.pin_button = self._button(self.tr("&Pin"), "pinModel", self.toggle_pin)
        self.delete_button = self._button(self.tr("&Delete"), "deleteModel",
                                          self.delete_selected)
        self.compare_button = self._button(self.tr("&Compare two"), "compareModels",
                                           self.compare_selected)
        for button, tip in (
                (self.use_button, self.tr("Read the canvas with the chosen model from now on")),
                (self.rename_button, self.tr("Give the chosen model a name (F2)")),
                (self.pin_button, self.tr("Keep the chosen model however many newer ones "
                                          "come")),
                (self.delete_button, self.tr("Delete the chosen model (Ctrl+Z brings it back)")),
                (self.compare_button, self.tr("Show where the two chosen models read "
                                              "differently"))):
            button.setToolTip(tip)  # said as its description too
        self.keep = QSpinBox(objectName="keepModels", minimum=KEEP_RANGE[0],
                             maximum=KEEP_RANGE[1], value=kept_models())
        self.keep.setAccessibleName(self.tr("How many of the newest models to keep"))
        self.keep.setToolTip(self.tr("Pinned models and the one in use are always kept"))
        self.keep.valueChanged.connect(lambda value: QSettings().setValue(KEEP, value))
        keep_label = QLabel(self.tr("&Keep the newest"))
        keep_label.setBuddy(self.keep)

        buttons = QHBoxLayout()
        for widget in (self.use_button, self.rename_button, self.pin_button,
                       self.delete_button, self.compare_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(keep_label)
        buttons.addWidget(self.keep)
        below = Splitter(Qt.Orientation.Horizontal)
        below.addWidget(self.curves)
        below.addWidget(self.comparison)
        splitter = self.splitter = Splitter(Qt.Orientation.Vertical, objectName="modelsSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        # Why a button is greyed for the model chosen (a greyed button cannot say it).
        # Always a line high: the table below does not jump as it comes and goes.
        self.why = QLabel("", objectName="modelActionsNote", wordWrap=True)
        self.why.setMinimumHeight(self.why.fontMetrics().lineSpacing())  # said empty, not " "
        # Models whose metadata cannot be read are not listed; this line says so.
        self.unreadable = QLabel(objectName="unreadableModels", wordWrap=True)
        self.unreadable.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        layout.addWidget(self.unreadable)
        layout.addWidget(splitter, stretch=1)
        self.message_bar = MessageBar(self.table, self)  # Undo of a delete, said here
        self.setTabOrder(self.table, self.use_button)
        self.setTabOrder(self.keep, self.curves)  # the buttons, then the curves under them
        self.no_drawings = False  # the person has saved none: nothing to score models on
        self.refresh()
        # Every column in view and tall enough for Compare two's list where the screen has
        # room (Windows.show caps it to the screen: at 1920x1080 it listed six rows at 600).
        self.resize(max(700, self.table.horizontalHeader().length() + 80), 900)
        # Where the screen has no room, the recipe (the longest text) is cut, not the window.
        self.table.horizontalHeader().setSectionResizeMode(RECIPE_COLUMN,
                                                           QHeaderView.ResizeMode.Stretch)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ the list

    @Slot()
    def refresh(self) -> None:
        """Read the store again (a model kept, renamed, pinned, deleted, or used)."""
        from model.network.model_list import listing

        selected = {m.id for m in self.selected()}
        in_use = self.session.classifier.path if self.session.classifier else None
        self.models, unreadable = listing(self.session.checkpoint_dir, in_use)
        self.unreadable.setText(self.tr(
            "%n model(s) not listed: the facts saved with them cannot be read (%1, in %2).", "",
            len(unreadable)).replace("%1", ", ".join(unreadable)).replace(
            "%2", str(self.session.checkpoint_dir)))
        self.unreadable.setVisible(bool(unreadable))
        self._filling = True
        self.table.clearSelection()  # chosen again by model below: rows move as models come
        self.table.setRowCount(len(self.models))
        for row, model in enumerate(self.models):
            for column, text in enumerate(self._cells(model)):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if column == NAME_COLUMN and model.kind != "bundled":
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column == RECIPE_COLUMN:
                    item.setToolTip(text)  # whole where the column is too narrow for it
                # What the figure measures, for a screen reader (a header's tooltip is not).
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                             self.column_help.get(column, ""))
                if column == 0 or (not text and column == NAME_COLUMN):  # not "blank", not "✔"
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("no name") if
                                 column == NAME_COLUMN else self.tr("in use") if text
                                 else self.tr("not in use"))
                self.table.setItem(row, column, item)
            if model.id in selected:
                self._select_row(row)
        self._filling = False
        self._on_selection()
        self._choose_in_use()
        self._score_drawings()

    def _choose_in_use(self) -> None:
        """With no row chosen, the model in use's (its curves show)."""
        if not self.selected() and self.models:
            self._select_row(next((r for r, m in enumerate(self.models) if m.in_use), 0))
        self._on_selection()

    def _select_row(self, row: int) -> None:
        # Not QTableView.selectRow: it follows the keys held down, and the window opens
        # with Ctrl+Shift (of Ctrl+Shift+M) still down: Ctrl toggled the row off again.
        flags = QItemSelectionModel.SelectionFlag
        index = self.table.model().index(row, 0)
        self.table.selectionModel().select(index, flags.Select | flags.Rows)
        # The keyboard's row too (its outline sat on another; Down seemed to do nothing).
        self.table.selectionModel().setCurrentIndex(index, flags.NoUpdate)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Open on the list, the model in use chosen (not on the "keep" field)."""
        super().showEvent(event)
        self.table.clearSelection()  # not a row chosen when it was last open
        self._choose_in_use()
        self.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _cells(self, model: object) -> list[str]:
        def share(value: float | None, digits: int = 2) -> str:
            return "?" if value is None else percent(value, digits)

        def figure(value: object, decimals: int = 0) -> str:
            if not isinstance(value, int | float) or isinstance(value, bool):
                return "?"
            if isinstance(value, float) and decimals == 0 and not value.is_integer():
                return QLocale().toString(value, "g", 3)  # a learning rate: 0.001
            return number(value, decimals)

        recipe = model.recipe
        epochs = recipe.get("epochs")
        epochs = epochs if isinstance(epochs, int) and not isinstance(epochs, bool) else None
        summary = self.tr("%n epoch(s) · batch %1 · rate %2", "", epochs or 0).replace(
            "%1", figure(recipe.get("batch_size"))).replace(
            "%2", figure(recipe.get("learning_rate")))
        if epochs is None:  # damaged metadata: no count to say
            summary = "?" + summary[summary.index(" "):]
        kinds = {"retrain": self.tr("Retrain"), "fine-tune": self.tr("Fine-tune"),
                 "bundled": self.tr("Bundled")}
        seconds = model.train_seconds
        return [self.tr("✔ in use") if model.in_use else "",
                model.name, date_time(model.date),
                kinds[model.kind] + (" · " + self.tr("pinned") if model.pinned else ""), summary,
                "?" if seconds is None else self.tr("%1 s").replace("%1", figure(seconds)),
                share(model.test_accuracy), share(model.refused),
                share(model.calibration_error), self._drawings_cell(model.id)]

    def _drawings_cell(self, model_id: str) -> str:
        if self.no_drawings:
            return self.tr("none saved yet")
        if model_id not in self.drawings_accuracy:
            return self.tr("computing...")
        own = self.drawings_accuracy[model_id]
        return "?" if own is None else percent(own, 0)

    def _score_drawings(self) -> None:
        """Each model's accuracy on the person's drawings, in a worker (cached per model)."""
        from model.network.model_list import drawings_accuracy

        missing = [(m.id, m.path) for m in self.models if m.id not in self.drawings_accuracy]
        if not missing:
            return
        drawings = self.session.training_drawings()
        self.no_drawings = drawings is None

        def score() -> dict:
            if drawings is None:
                return dict.fromkeys((key for key, _ in missing), None)
            scores = {}
            for key, path in missing:
                try:
                    scores[key] = drawings_accuracy(path, *drawings)
                except CheckpointError:
                    scores[key] = None
            return scores

        self.session.run(score, self._on_scores, lambda _message: None, "models-drawings")

    @Slot()
    def drawings_changed(self) -> None:
        """The person's drawings changed: score every model on them again."""
        self.drawings_accuracy.clear()
        self.refresh()

    def _on_scores(self, scores: dict) -> None:
        self.drawings_accuracy.update(scores)
        self._filling = True
        for row, model in enumerate(self.models):
            item = self.table.item(row, len(self.headers) - 1)
            if item is not None and model.id in scores:
                item.setText(self._cells(model)[-1])
        self._filling = False

    def selected(self) -> list:
        """The models whose rows are selected, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.models[row] for row in rows if row < len(self.models)]

    @Slot()
    def _on_selection(self) -> None:
        if self._filling:  # emptied and chosen again: greyed meanwhile, a button passed the
            return  # keyboard on (Pin gave it to "Keep the newest")
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        own = one is not None and one.kind != "bundled"
        self.use_button.setEnabled(one is not None and not one.in_use)
        self.rename_button.setEnabled(own)
        self.pin_button.setEnabled(own)
        self.pin_button.setText(self.tr("Un&pin") if own and one.pinned else self.tr("&Pin"))
        self.delete_button.setEnabled(own and not one.in_use)
        self.compare_button.setEnabled(len(chosen) == 2)
        self.why.setText(self._why(one))
        self.curves.set_history(one.history if one is not None else None)
        if one is not None:  # one model: its curves, not a comparison of two others
            self.comparison.stop()
            self.comparison.hide()
            self.curves.show()

    def _why(self, one: object) -> str:
        if one is None:
            return ""
        if one.kind == "bundled":
            return self.tr("The bundled model comes with the app: it is always kept, and cannot "
                           "be renamed, pinned or deleted.")
        if one.in_use:
            return self.tr("The model in use cannot be deleted: use another one first.")
        return ""

    # ------------------------------------------------------------------ actions

    def _label(self, model: object) -> str:
        return model.name or (self.tr("the bundled model") if model.kind == "bundled"
                              else date_time(model.date))

    def _named(self, model: object) -> str:
        """A model in a sentence: its name quoted ("Deleted My hand" read as one phrase)."""
        if not model.name:
            return self._label(model)
        return self.tr("“%1”").replace("%1", model.name)

    @Slot()
    def use_selected(self) -> None:
        """Make the selected model the one in use."""
        chosen = self.selected()
        if len(chosen) != 1:
            return
        # The table takes the keyboard first: from the button greyed by the change, Qt
        # passed it along every control (five said aloud) before "Now using".
        self.table.setFocus()
        try:
            self.session.use_model(chosen[0].path)
        except CheckpointError as exc:
            show_message(self, self.tr("This model cannot be used"), str(exc))
            return
        tell(self, self.tr("Now using %1").replace("%1", self._named(chosen[0])), "positive")

    @Slot()
    def rename_selected(self) -> None:
        """Edit the selected model's name in place (Enter keeps it, Esc cancels)."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            item = self.table.item(rows[0].row(), NAME_COLUMN)
            # Room to type while editing (unnamed, the column was 33 px, and so the editor);
            # only then: always that wide, it cut the recipe at 1366 px. Refilled after.
            metrics = self.table.fontMetrics()
            self._filling = True
            item.setData(Qt.ItemDataRole.SizeHintRole, QSize(
                max(metrics.horizontalAdvance(item.text()) + 16, metrics.averageCharWidth() * 16),
                self.table.verticalHeader().defaultSectionSize()))
            self._filling = False
            self.table.editItem(item)
            for editor in self.table.viewport().findChildren(QLineEdit):  # said "text" alone
                editor.setAccessibleName(self.tr("Model name"))

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != NAME_COLUMN:
            return
        model = self.models[item.row()]
        name = item.text().strip()[:100]
        if name != model.name:
            self._change(model, {"name": name})

    @Slot()
    def toggle_pin(self) -> None:
        """Pin the selected model (never pruned), or unpin it."""
        chosen = self.selected()
        if len(chosen) == 1:
            self._change(chosen[0], {"pinned": not chosen[0].pinned})

    def _change(self, model: object, changes: dict) -> None:
        try:
            self.session.change_model(model.path, changes)
        except CheckpointError as exc:
            show_message(self, self.tr("This model cannot be changed"), str(exc))

    @Slot()
    def delete_selected(self) -> None:
        """Move the selected model to the trash, with Undo (the model in use cannot go)."""
        chosen = self.selected()
        if len(chosen) != 1:
            return
        model = chosen[0]
        self.table.setFocus()  # first, as for Use
        try:
            self.session.delete_model(model.path)
        except (CheckpointError, OSError) as exc:
            show_message(self, self.tr("This model cannot be deleted"), str(exc))
            return
        self._deleted = model.id
        # Until closed: its Undo is the only way back (Ctrl+Z too).
        tell(self, self.tr("Deleted %1").replace("%1", self._named(model)), "info",
             self.tr("Undo"), self.undo_delete, timeout_ms=0)

    @Slot()
    def undo_delete(self) -> None:
        """Bring back the model deleted last (Undo, Ctrl+Z)."""
        if self._deleted is None:
            return
        back, self._deleted = self._deleted, None
        self.table.setFocus()
        try:
            self.session.restore_model(back)
        except (CheckpointError, OSError) as exc:
            show_message(self, self.tr("This model cannot be brought back"), str(exc))
            return
        self.message_bar.dismiss()
        for row, model in enumerate(self.models):  # chosen again, and said
            if model.id == back:
                self.table.clearSelection()
                self._select_row(row)
                tell(self, self.tr("Brought back %1").replace("%1", self._named(model)),
                     "positive")

    @Slot()
    def compare_selected(self) -> None:
        """Compare the two selected models on the drawings and the test set."""
        chosen = self.selected()
        if len(chosen) != 2:
            return
        sets = []
        drawings = self.session.numbered_drawings()
        if drawings is not None:  # named by id as My drawings names them (from 0 before)
            ids, images, labels = drawings
            sets.append((self.tr("Your drawings"), images, labels, ids))
        mnist = self.session.mnist
        if mnist is not None:
            sets.append((self.tr("Test set"), mnist.x_test, mnist.y_test, None))
        else:
            self._waiting_for_test_set = True  # compared again when it has loaded
            self.session.load_test_set()
        self.comparison.show()
        self.curves.hide()  # "choose one model" only: the comparison gets its room
        whole = sum(self.splitter.sizes())
        self.splitter.setSizes([whole // 3, whole - whole // 3])  # and most of the height
        try:
            self.comparison.compare(*[(self._label(m), m.path) for m in chosen], sets)
        except CheckpointError as exc:
            show_message(self, self.tr("These models cannot be compared"), str(exc))

    @Slot(object)
    def _on_test_set(self, _mnist: object) -> None:
        if self._waiting_for_test_set and len(self.selected()) == 2:
            self._waiting_for_test_set = False
            self.compare_selected()

    def stop(self) -> None:
        """Stop a comparison still running (the app is closing)."""
        self.comparison.stop()


def open_window(session: Session, parent: QWidget) -> ModelsWindow:
    """The Models window, following the session's models and the model in use."""
    window = ModelsWindow(session, parent)
    session.modelsChanged.connect(window.refresh)
    session.classifierChanged.connect(window.refresh)
    session.testSetLoaded.connect(window._on_test_set)
    session.drawingsChanged.connect(window.drawings_changed)
    return window
