"""The main window: canvas on the left; the reading and training on the right.

It builds and lays out; what panels and windows share lives in the session
(app/session.py), teaching in app/teaching.py, Retrain and Fine-tune in
app/training.py, start-up in app/startup.py, secondary windows in app/windows.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.about import show_about
from app.canvas import PEN_WIDTH_MAX, PEN_WIDTH_MIN, DrawingCanvas
from app.canvas_fit import KeepInView
from app.desktop import icon_source
from app.feedback import ask, show_message, show_status, tell
from app.identity import pictures_dir, remember_folder
from app.images import pil_to_qimage
from app.keyboard import WindowAccess
from app.message_bar import MessageBar
from app.prediction_panel import PredictionPanel
from app.problems import image_problem
from app.recovery import CanvasRecovery
from app.screen_fit import place, restore_geometry, scrolling
from app.session import USE_BUNDLED, Session, app_data_dir
from app.splitter import Splitter
from app.teach_row import TeachRow
from app.teaching import Teaching
from app.training import Training
from app.training_panel import TrainingPanel, read_bool
from app.windows import Windows
from model.data import preprocess
from model.data.number import Reading

log = logging.getLogger(__name__)

LIVE_PREDICTION_MS = 40  # at most ~25 predictions a second while drawing
DEFAULT_SIZE = (1600, 1000)  # the most it takes at first (less on a small screen)
PANEL_WIDTH = 460
IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp"


class MainWindow(QMainWindow):
    """The app's main window; ``session`` holds what its panels and windows share."""

    def __init__(self, data_dir: Path | None = None, load_model: bool = True,
                 restarted: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Digit Canvas")  # a name: never translated
        self.setWindowIcon(QIcon(str(icon_source())))
        self.setAcceptDrops(True)
        self.data_dir = data_dir or app_data_dir()
        self.session = Session(self.data_dir, self)
        self.windows = Windows(self.session, self)
        self.live_timer = QTimer(self, singleShot=True, interval=LIVE_PREDICTION_MS)
        self.live_timer.timeout.connect(self._update_live_prediction)
        self._build_widgets()
        self._build_actions()
        self.teaching = Teaching(self.session, self.canvas, self.prediction_panel, self)
        self.training = Training(self.session, self.training_panel, self,
                                 (self.retrain_action, self.finetune_action), self.cancel_action)
        self._connect()
        self._restore_settings()
        self.model_label = QLabel(self.tr("Loading model..."), objectName="modelLabel")
        self.statusBar().addWidget(self.training_panel.summary)
        self.statusBar().addPermanentWidget(self.model_label)
        self._on_reading(None, None)
        self.access = WindowAccess(self)  # Tab order, names, the shortcuts window
        self.recovery = CanvasRecovery(self.canvas, self.data_dir)
        self.recovery.not_theirs = lambda: self.canvas.foreign
        self.restart_wanted = False  # app/restart.restart: the drawing is kept for the next
        if self.recovery.restore():
            tell(self, self.tr("Your drawing is back.") if restarted else self.tr(  # till undone
                "Your drawing is back: Digit Canvas did not close normally last time."),
                 timeout_ms=20_000, until=self.canvas.undoAvailable)
        self.recovery.watch()
        self.keep_in_view = KeepInView(self.canvas, self.update_prediction)  # never cut
        if load_model:
            self.session.load_model(prefer_bundled=read_bool(QSettings(), USE_BUNDLED, False))

    # ------------------------------------------------------------------ layout

    def _build_widgets(self) -> None:
        self.canvas = DrawingCanvas()
        self.prediction_panel = PredictionPanel()
        self.teach_row = TeachRow()
        self.prediction_panel.add_row(self.teach_row)
        self.training_panel = TrainingPanel()
        panel = self.prediction_panel  # the names below: what tests and scripts use
        self.prediction_label = panel.prediction_label
        self.confidence_label = panel.confidence_label
        self.chart, self.preview = panel.chart, panel.preview
        self.chart.hold_description = lambda: self.canvas.in_stroke() or self.session.settling
        self.correction_row, self.digit_buttons = self.teach_row, self.teach_row.digit_buttons
        self.add_example_button = self.teach_row.add_example_button

        right = QWidget(objectName="rightPanel")
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.prediction_panel, stretch=3)
        right_layout.addWidget(self.training_panel, stretch=2)

        splitter = self.splitter = Splitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        splitter.addWidget(self.canvas)
        self.panel_area = scrolling(right)  # a short screen scrolls it, not cuts it
        splitter.addWidget(self.panel_area)
        # A wide canvas: room for a five-digit number; the panel keeps its width.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([DEFAULT_SIZE[0] - PANEL_WIDTH, PANEL_WIDTH])
        self.setCentralWidget(splitter)
        self.message_bar = MessageBar(self.canvas, self)  # what happened, over the canvas
        # A stroke moves the bar aside (it hides the ink); a question comes back after it.
        self.canvas.strokeStarted.connect(self.message_bar.step_aside)
        self.canvas.strokeFinished.connect(self.message_bar.come_back)

    def _action(self, text: str, slot: object, shortcuts: list | None = None) -> QAction:
        action = QAction(text, self)  # text: already translated
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open image..."), self.open_image_dialog,
                                        [keys.Open])
        self.paste_action = self._action(self.tr("&Paste image"), self.paste_image, [keys.Paste])
        self.quit_action = self._action(self.tr("&Quit"), self.close, [keys.Quit])
        self.undo_action = self._action(self.tr("&Undo"), self.undo, [keys.Undo])
        self.redo_action = self._action(self.tr("&Redo"), self.redo,
                                        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.clear_action = self._action(self.tr("&Clear"), self.clear_canvas,
                                         [QKeySequence(Qt.Key.Key_Delete)])  # Esc: keyboard.py
        self.retrain_action = self._action(self.tr("&Retrain"),
                                           lambda: self.training.start_retrain(),
                                           [QKeySequence("Ctrl+R")])
        self.finetune_action = self._action(self.tr("&Fine-tune on my drawings"),  # in a menu
                                            lambda: self.training.start_fine_tune(),  # too
                                            [QKeySequence("Ctrl+Shift+F")])
        self.cancel_action = self._action(self.tr("&Cancel training"), self.session.trainer.cancel)
        self.reset_action = self._action(self.tr("Reset to &bundled model"),
                                         lambda: self.training.reset_to_bundled())
        self.test_set_action = self._action(self.tr("&Test-set explorer..."),
                                            lambda: self.windows.show("explorer"),
                                            [QKeySequence("Ctrl+T")])
        self.samples_action = self._action(self.tr("My &drawings..."),
                                           lambda: self.windows.show("drawings"),
                                           [QKeySequence("Ctrl+D")])
        self.models_action = self._action(self.tr("&Models..."),
                                          lambda: self.windows.show("models"),
                                          [QKeySequence("Ctrl+Shift+M")])
        self.inspect_action = self._action(self.tr("&Look inside..."),
                                           lambda: self.windows.show("inspector"),
                                           [QKeySequence("Ctrl+I")])
        self.about_action = self._action(self.tr("&About"), self.show_about)
        # The other windows' keys open them from any of the app's windows (Ctrl+T from My drawings).
        for action in (self.test_set_action, self.samples_action, self.models_action,
                       self.inspect_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.cancel_action.setEnabled(False)

        self.pen_width = QSpinBox(objectName="penWidth", minimum=PEN_WIDTH_MIN,
                                  maximum=PEN_WIDTH_MAX, suffix=self.tr(" px"),
                                  toolTip=self.tr("Pen width"),  # 3 typed: 4, not the old 18
                                  correctionMode=QSpinBox.CorrectionMode.CorrectToNearestValue)
        self.pen_width.valueChanged.connect(self.canvas.set_pen_width)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_action, self.paste_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action, self.clear_action])
        model_menu = menus.addMenu(self.tr("&Model"))
        model_menu.addActions([self.retrain_action, self.finetune_action, self.cancel_action,
                               self.models_action, self.reset_action])
        model_menu.addSeparator()
        model_menu.addActions([self.samples_action, self.test_set_action, self.inspect_action])
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.clear_action, self.undo_action, self.redo_action])
        toolbar.addSeparator()
        pen = QLabel(self.tr("Pen"), buddy=self.pen_width)  # spaced by margins: a reader says "Pen"
        pen.setContentsMargins(4, 0, 4, 0)
        toolbar.addWidget(pen)
        toolbar.addWidget(self.pen_width)
        toolbar.addSeparator()
        toolbar.addActions([self.open_action, self.samples_action, self.test_set_action,
                            self.inspect_action,
                            self.retrain_action, self.about_action])

    def _connect(self) -> None:
        # Settings closed (Esc or a click): back to the answer a short screen scrolled away.
        self.training_panel.settings_toggle.toggled.connect(  # opened out of sight on a laptop
            lambda shown: self.bring_into_view(
                self.training_panel.epochs if shown else self.prediction_label))
        self.teach_row.install_shortcuts(self)
        self.teach_row.labelChosen.connect(self.teaching.save_sample)
        self.teach_row.exampleRequested.connect(self.teaching.save_as_example)
        self.prediction_panel.tileSelected.connect(self._on_tile_selected)
        # Drawing takes the keyboard back from e.g. the pen spin box, so digit keys save.
        self.canvas.strokeStarted.connect(self.canvas.setFocus)
        # A stroke is drawn for its answer: scrolled away (Tab went to the charts), it shows.
        self.canvas.strokeStarted.connect(lambda: self.bring_into_view(self.prediction_label))
        self.canvas.drawingChanged.connect(self._schedule_live_prediction)
        self.canvas.drawingChanged.connect(self.session.stop_search)
        self.canvas.strokeFinished.connect(self.update_prediction)
        self.canvas.restored.connect(self.update_prediction)  # not the live preview's reading
        self.canvas.undoAvailable.connect(self.undo_action.setEnabled)
        self.canvas.redoAvailable.connect(self.redo_action.setEnabled)
        session = self.session
        session.classifierChanged.connect(self._on_classifier_changed)
        session.modelsChanged.connect(  # the model in use renamed
            lambda: self.model_label.setText(self.session.model_description()))
        session.modelFailed.connect(self._on_model_failed)
        session.readingChanged.connect(self._on_reading)
        session.imageChosen.connect(self.show_test_image)
        session.warning.connect(lambda title, text: show_message(self, title, text))

    # ---------------------------------------------------------------- settings

    def _restore_settings(self) -> None:
        from PySide6.QtCore import QByteArray

        settings = QSettings()
        place(self, QSize(*DEFAULT_SIZE))  # most of the screen, centred
        restore_geometry(self, settings.value("window/geometry"))  # only if it still fits
        if isinstance(splitter := settings.value("window/splitter"), QByteArray):
            self.splitter.restoreState(splitter)
        try:
            width = int(settings.value("canvas/pen_width", self.canvas.pen_width))
        except (TypeError, ValueError):
            width = self.canvas.pen_width
        self.pen_width.setValue(width)  # the spin box clamps a hand-edited value into range

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("canvas/pen_width", self.pen_width.value())
        self.training_panel.save_settings()

    # ------------------------------------------------------------------- model

    @Slot(object)
    def _on_classifier_changed(self, _classifier: object) -> None:
        self.model_label.setText(self.session.model_description())
        self.update_prediction()

    @Slot(str)
    def _on_model_failed(self, message: str) -> None:
        self.model_label.setText(self.tr("No model: %1").replace("%1", message.splitlines()[0]))
        show_message(self, self.tr("The model could not be loaded"), message,
                     QMessageBox.Icon.Critical)

    # -------------------------------------------------------------- prediction

    @Slot()
    def _schedule_live_prediction(self) -> None:
        if not self.live_timer.isActive():
            self.live_timer.start()

    @Slot()
    def update_prediction(self, search_cuts: bool = True) -> None:
        """Read what is on the canvas (a digit, a number, or not a digit) and show it."""
        self.live_timer.stop()
        canvas = self.canvas
        if (picture := canvas.picture()) is not None and not canvas.is_empty():  # as it is
            self.session.read_picture(*picture, search_cuts)
        else:
            self.session.read(None if canvas.is_empty() else canvas.to_array(),
                              canvas.strokes(), search_cuts)

    @Slot()
    def _update_live_prediction(self) -> None:
        # Mid-stroke, at up to 25 Hz: the classifier's search for where touching
        # digits meet (up to 200 ms on a wide drawing) waits for the release.
        self.update_prediction(search_cuts=False)

    @Slot(object, object)
    def _on_reading(self, reading: Reading | None, truth: int | None) -> None:
        placeholder = (self.tr("Draw a digit or a number") if self.session.classifier
                       else self.tr("Loading model..."))
        # Ink, but nothing digit-sized in it; or a blank page opened.
        if (reading is not None and not reading.digits) or self.canvas.picture() is not None:
            placeholder = (self.tr("No writing found in this picture")
                           if self.canvas.strokes() is None
                           else self.tr("Only a dot: draw a digit or a number"))
        self.prediction_panel.show_reading(reading, placeholder, truth)
        if not self.prediction_panel.is_number():  # a number's tiles say which digit they save
            self.teach_row.set_target(None, 0)
        self.session.focus_input(self.last_input, self.prediction_panel.digit_of_number())

    @property
    def last_prediction(self) -> object:
        """The Decision for the digit shown (the selected one of a number), or None."""
        selected = self.prediction_panel.selected()
        return None if selected is None else selected.decision

    @property
    def last_input(self) -> np.ndarray | None:
        """The network input of the digit shown (the selected one of a number), or None."""
        selected = self.prediction_panel.selected()
        return None if selected is None else selected.network_input

    @Slot(int)
    def _on_tile_selected(self, index: int) -> None:
        panel = self.prediction_panel
        self.teach_row.set_target(index if panel.is_number() else None,
                                  len(panel.reading.digits) if panel.reading else 0)
        if panel.is_number():
            self.session.focus_input(self.last_input, index)

    @Slot(int, object, int)
    def show_test_image(self, index: int, image: np.ndarray, truth: int) -> None:
        """Show an MNIST test image as a drawing would be shown, with its true label."""
        if self.session.classifier is None:
            return
        network_input = image.astype(np.float32) / 255.0  # already in the network's format
        self.teaching.forget_last_saved()  # Ctrl+Z now takes the picture back, not a save
        drawn = not self.canvas.is_empty()
        self.canvas.set_array(network_input, foreign=True)  # never kept, even drawn on
        self.live_timer.stop()  # show the test image itself, not the upscaled canvas
        self.session.read_test_image(network_input, truth)
        self.bring_into_view(self.prediction_label)  # brought forward scrolled: its answer
        # One click in the explorer replaced the drawing: the way back is in the message.
        tell(self, self.tr("MNIST test image #%1, true label %2").replace("%1", str(index)).replace(
            "%2", str(truth)), action_text=self.tr("Undo"), action=self.undo if drawn else None,
             timeout_ms=None if drawn else 8000, until=self.canvas.drawingChanged,
             quiet=not self.isActiveWindow())

    def clear_canvas(self) -> None:
        """Clear the canvas, and say how to take it back (a key may have meant "dismiss")."""
        if not self.canvas.is_empty():
            self.canvas.clear()
            tell(self, self.tr("Canvas cleared"), action_text=self.tr("Undo"),
                 action=self.undo, until=self.canvas.drawingChanged)

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll the right-hand panel (on a short screen) so that ``widget`` shows."""
        area = self.panel_area
        if area.widget().isAncestorOf(widget):
            # All of it: Qt's ensureWidgetVisible shows a chart's top edge only (its micro focus).
            centre = widget.mapTo(area.widget(), widget.rect().center())
            room = area.viewport().size()
            area.ensureVisible(centre.x(), centre.y(),
                               min(widget.width() // 2 + 8, room.width() // 2),
                               min(widget.height() // 2 + 8, room.height() // 2))
            focus = self.focusWidget()  # scrolled out of sight, the keyboard goes to the canvas
            seen = area.viewport().rect()
            if focus is not None and area.widget().isAncestorOf(focus) and not seen.contains(
                    focus.mapTo(area.viewport(), focus.rect().center())):
                self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab: the control they reach is scrolled into view.

        Round to the canvas, the panel shows the answer again (it stayed scrolled down).
        """
        moved = super().focusNextPrevChild(forward)
        reached = self.focusWidget()
        if moved and reached is not None:
            self.bring_into_view(self.prediction_label if reached is self.canvas else reached)
        return moved

    def undo(self) -> None:
        """Undo the last stroke; right after a save, take that save back instead."""
        if not self.teaching.undo_save():
            self.canvas.undo()

    def redo(self) -> None:
        """Redo the last undone stroke; right after a save was taken back, save it again."""
        if not self.teaching.redo_save():
            self.canvas.redo()

    # ------------------------------------------------------------ open / paste

    def open_image_dialog(self) -> None:
        """Ask for an image file and show it."""
        self.access.forget_answer()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open image"), pictures_dir(),
            self.tr("Images (%1);;All files (*)").replace("%1", IMAGE_PATTERNS))
        if not path or not self.open_image(Path(remember_folder(path))):
            self.access.on_reading(self.session.reading)

    def open_image(self, path: Path) -> bool:
        """Show an image file on the canvas and classify it; a bad file gives a message."""
        try:
            image = preprocess.load_image(path)
            qimage = pil_to_qimage(image)
        except (ValueError, OSError) as exc:
            show_message(self, self.tr("Cannot open image"), image_problem(exc))
            return False
        self._show_picture(qimage)
        return True

    def _show_picture(self, image: QImage) -> None:
        """An opened, dropped or pasted image on the canvas, and what it reads."""
        self.teaching.forget_last_saved()  # Ctrl+Z now takes the picture back, not a save
        self.canvas.set_image(image)
        self.canvas.setFocus()  # as a stroke does: Enter keeps it, not the button last pressed
        self.update_prediction()
        self.bring_into_view(self.prediction_label)  # what it reads, even on a short screen

    def paste_image(self) -> None:
        """Show an image from the clipboard (image data or a file URL)."""
        if not self._show_mime(QApplication.clipboard().mimeData()):
            show_status(self, self.tr("The clipboard holds no image"), 4000)

    def _show_mime(self, mime: object) -> bool:
        """Show dropped or pasted image data or a local image file; False if there is none."""
        if mime.hasImage():
            image = QImage(mime.imageData())
            if image.isNull():
                return False
            self._show_picture(image)
            return True
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            self.open_image(Path(mime.urls()[0].toLocalFile()))
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped files and images."""
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Show a dropped image file or image."""
        if self._show_mime(event.mimeData()):
            event.acceptProposedAction()

    # ------------------------------------------------------------------- misc

    def show_about(self) -> None:
        """Help › About: version, licence and the model in words (app/about.py)."""
        show_about(self, self.session)

    def confirm_stop_training(self) -> bool:
        """Ask whether to stop a running training before closing."""
        return ask(self, self.tr("Training is running"),
                   self.tr("Stop training and quit? The model in use stays as it is."))

    def close_without_asking(self) -> None:
        """Close as the close button does, stopping a training without a question (a signal)."""
        self.confirm_stop_training = lambda: True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Stop training cooperatively (after asking) and wait for the threads."""
        trainer = self.session.trainer
        if trainer.is_running():
            if not self.confirm_stop_training():
                event.ignore()
                return
            show_status(self, self.tr("Stopping training..."))
            trainer.stop_and_wait()
        self.windows.close_all()
        self.session.close()
        self._save_settings()
        self.recovery.close(keep=self.restart_wanted)  # nothing to bring back, but to restart
        super().closeEvent(event)
