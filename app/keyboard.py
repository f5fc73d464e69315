"""The main window by keyboard and screen reader.

:class:`WindowAccess` is made once by the main window, after its widgets and
actions. It

- puts every control in the Tab chain, in reading order (the window opens on
  the first): the toolbar, the canvas, the answer, its digit tiles, the teach
  row, the histogram, the training panel (buttons that Qt leaves out of the
  chain by default, like tool buttons, join it);
- shows focus on the custom-painted widgets (a :class:`QFocusFrame`; the
  canvas paints its own frame);
- names every control for a screen reader and keeps the descriptions of the
  answer, the tiles and the canvas in step with the reading, announcing the
  answer when it changes;
- writes the shortcut into each action's tooltip ("Retrain (Ctrl+R)");
- adds Help › Keyboard shortcuts (F1, Ctrl+?) and Edit › Preferences.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFocusFrame,
    QMenu,
    QToolBar,
    QWidget,
)

from app.accessibility import (
    announce,
    describe,
    expander,
    name_containers,
    plain,
    set_description,
)
from app.feedback import tell
from app.language import language_menu, language_note, needs_restart, percent
from app.prediction_panel import closest_text
from app.restart import restart
from app.screen_fit import place
from app.teach_row import a_digit
from model.data.number import Reading

# Ctrl+? alone: X11 matches Ctrl+Shift+/ and Ctrl+Shift+? to it too, and an action with
# two keys that match is "ambiguous" and does nothing. F1 first: the menu shows the first,
# and F1 is one key on every keyboard (? is Shift+comma on a French one).
SHORTCUTS_KEYS = ["F1", "Ctrl+?"]
# A key that works and is never listed: the multimedia Close key few keyboards have (its
# name read as a word: "Cerrar").
UNSHOWN_KEYS = ["Close"]
PREFERENCES_KEYS = ["Ctrl+,", QKeySequence.StandardKey.Preferences]  # the first: in the menu
CANVAS_HELP = QT_TRANSLATE_NOOP(
    "WindowAccess", "Draw a digit or a number with the mouse, a pen or a finger, or open a "
    "picture (Ctrl+O) or paste one (Ctrl+V). Keys 0 to 9 save the drawing as that digit, N as "
    "not a digit, Enter keeps it as an example, Delete clears it.")


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as shown to a person ("Ctrl+Shift+Z or Ctrl+Y"), or ""."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            if k.toString() not in UNSHOWN_KEYS]
    return QCoreApplication.translate("WindowAccess", " or ").join(k for k in keys if k)


def with_shortcut(action: QAction) -> None:
    """Put the shortcut in the action's tooltip: "Retrain (Ctrl+R)"."""
    tip = action.property("baseToolTip") or action.toolTip() or plain(action.text())
    action.setProperty("baseToolTip", tip)
    keys = shortcut_text(action)
    action.setToolTip(f"{tip} ({keys})" if keys and keys not in tip else tip)


def reading_text(reading: Reading | None) -> str:
    """The answer in words, as a screen reader should say it."""
    if reading is None or not reading.digits:
        return QCoreApplication.translate("WindowAccess", "No answer: the canvas is blank.")
    if reading.status == "not_a_digit":
        if len(reading.digits) == 1:  # as the line under the answer says
            return QCoreApplication.translate("WindowAccess", "Not a digit: %1.").replace(
                "%1", closest_text(reading.digits[0]))
        return QCoreApplication.translate("WindowAccess", "Not a number.")
    sure = percent(reading.confidence, 1)  # as the line under the answer writes it
    if len(reading.digits) > 1:
        text = QCoreApplication.translate("WindowAccess", "Read as the number %1, %2 sure.")
    else:
        text = QCoreApplication.translate("WindowAccess", "Read as %1, %2 sure.")
    return text.replace("%1", reading.number).replace("%2", sure)


def menu_of(action: QAction) -> QMenu | None:
    """The menu ``action`` is in (its first one)."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            return owner
    return None


class FramedFocus(QObject):
    """A focus frame around the painted widgets of a window, which draw no focus themselves.

    Each widget says when it gets or loses the keyboard: an event filter goes with
    its widgets, where PySide kept calling an application-wide focusChanged slot of
    a deleted window (with its deleted frame) for as long as its wrapper lived.
    """

    def __init__(self, window: QWidget, widgets: list[QWidget]) -> None:
        super().__init__(window)
        self.frame = QFocusFrame(window)
        self._widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """Frame the widget that got the keyboard; unframe the one that lost it."""
        kind = event.type()
        # The frame sits in a panel, which may go first with the window.
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and shiboken6.isValid(self.frame):
            if kind == QEvent.Type.FocusIn and any(watched is w for w in self._widgets):
                self.frame.setWidget(watched)
            elif kind == QEvent.Type.FocusOut and watched is self.frame.widget():
                self.frame.setWidget(None)
        return False


ANNOUNCE_AFTER_MS = 600
"""How long the pen rests before the answer is said (a stroke lifts it for 200-400 ms)."""


class WindowAccess(QObject):
    """Tab order, focus, names, announcements and the shortcuts window of a main window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.last_announcement = ""
        # Said once the pen has rested: between the two strokes of a 4, "Not a digit"
        # was said before "Read as 4". A new stroke drops what was waiting.
        self._to_announce = ""
        self._blank = False  # the last answer read was a blank canvas
        self._announcing = QTimer(self, singleShot=True, interval=ANNOUNCE_AFTER_MS)
        self._announcing.timeout.connect(self._announce)
        window.canvas.strokeStarted.connect(self._announcing.stop)
        window.canvas.drawingChanged.connect(self.forget_answer)
        self._shortcuts_window: QWidget | None = None
        self._tiles: list[QWidget] = []  # a number's tiles, once offered to the keyboard
        self._framed = FramedFocus(window, [window.chart, window.preview,
                                            window.training_panel.curves,
                                            window.prediction_label])
        self.focus_frame = self._framed.frame
        self._menu_bar = window.menuBar()  # compared by identity: the window may be going
        self._add_actions()
        self._name_controls()
        self._order_tabs()
        # With the keyboard on the canvas (where it starts), Left and Right go from digit to
        # digit of a number, as the hint under the tiles says (see eventFilter).
        window.canvas.installEventFilter(self)
        for action in window.findChildren(QAction):
            with_shortcut(action)
            action.changed.connect(lambda a=action: self._retip(a))
        self._menu_bar.installEventFilter(self)
        window.session.readingChanged.connect(self.on_reading)
        window.prediction_panel.tileMarked.connect(self._describe_tile)
        window.prediction_panel.tileSelected.connect(self._one_stop_on)
        self.on_reading(None, None)

    def _next_tile(self, key: int) -> bool:
        """Left or Right on the canvas: the previous or next digit of a number (if one is)."""
        panel = self.window.prediction_panel
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        if step is None or not panel.is_number():
            return False
        last = len(panel.reading.digits) - 1
        panel.select(min(max((panel.selected_index() or 0) + step, 0), last))
        return True

    def _one_stop_on(self, index: int) -> None:
        """The tiles are one Tab stop, as radio buttons are: the selected one, however chosen.

        Qt's own stop is the tile focused last (a click does not focus one), so Tab went to
        the first tile while the second was selected, and a digit key saved the second.
        """
        if not self._tiles or not all(shiboken6.isValid(t) for t in self._tiles):
            return
        had_focus = any(tile.hasFocus() for tile in self._tiles)
        for position, tile in enumerate(self._tiles):
            tile.setFocusPolicy(Qt.FocusPolicy.TabFocus if position == index
                                else Qt.FocusPolicy.NoFocus)
        if had_focus and 0 <= index < len(self._tiles):
            self._tiles[index].setFocus(Qt.FocusReason.TabFocusReason)

    # ----------------------------------------------------------------- actions

    def _add_actions(self) -> None:
        window = self.window
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcuts([QKeySequence(k) for k in SHORTCUTS_KEYS])
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # F1
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu = menu_of(window.about_action)
        if help_menu is not None:
            help_menu.insertAction(window.about_action, self.shortcuts_action)
        self.preferences_action = QAction(self.tr("&Preferences..."), window)
        # Linux has no standard Preferences key: an empty first one hid Ctrl+, in the menu
        keys = [QKeySequence(k) for k in PREFERENCES_KEYS]
        self.preferences_action.setShortcuts(
            [q for i, q in enumerate(keys) if not q.isEmpty() and q not in keys[:i]])
        self._preferences_said = self.tr("Training settings, their presets, and the language")
        self.preferences_action.setToolTip(self._preferences_said)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit_menu = menu_of(window.clear_action)
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.preferences_action)
            edit_menu.addMenu(language_menu(window, self._language_chosen))
        window.training_panel.language.restartWanted.connect(lambda: restart(window))
        self.escape_action = QAction(window)  # not in a menu: the shortcuts window lists it
        self.escape_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.escape_action.triggered.connect(self._escape)
        window.addAction(self.escape_action)

    def _escape(self) -> None:
        """Esc: close the message or the open settings; elsewhere, back to the canvas.

        It never clears the drawing (Delete does): pressed twice to be sure Look inside
        had closed, the second Esc cleared it.
        """
        window = self.window
        panel, focus = window.training_panel, QApplication.focusWidget() or window.canvas
        # The keyboard goes to the canvas first: from a control hidden under it, Qt gave
        # it to "Clear (Del)" on the way, said aloud as if the drawing were gone.
        if window.message_bar.isAncestorOf(focus):  # "Use the new one?" answered No
            window.message_bar.dismiss()  # (which gives the canvas the keyboard)
        elif panel.settings_box.isVisible() and panel.settings_box.isAncestorOf(focus):
            window.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)
            panel.settings_toggle.setChecked(False)  # what Preferences opened, not the drawing
        elif focus is not window.canvas:
            window.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)
        # On the canvas already: the message, then the settings (Esc did nothing there).
        elif window.message_bar.isVisible():
            window.message_bar.dismiss()
        elif panel.settings_box.isVisible():
            panel.settings_toggle.setChecked(False)

    def _language_chosen(self, choice: str) -> None:
        self.window.training_panel.language.show_stored()  # the Preferences, if open
        if needs_restart(choice):  # until answered: Tab from the canvas reaches its button
            tell(self.window, language_note(choice), action_text=self.tr("Restart now"),
                 action=lambda: restart(self.window), timeout_ms=0)
        else:
            tell(self.window, language_note(choice))

    def _retip(self, action: QAction) -> None:
        # A changed shortcut or text: the tooltip follows (changed fires for setToolTip too).
        tip = action.toolTip()
        base = action.property("baseToolTip")
        if base and tip != base and not tip.startswith(base + " ("):
            action.setProperty("baseToolTip", tip)
        keys = shortcut_text(action)
        wanted = f"{action.property('baseToolTip')} ({keys})" if keys else action.property(
            "baseToolTip")
        if wanted and tip != wanted and keys not in tip:
            action.setToolTip(wanted)

    @Slot()
    def show_shortcuts(self) -> QWidget:
        """Open (or raise) the Keyboard shortcuts window."""
        from app.shortcuts_window import ShortcutsWindow

        if self._shortcuts_window is None:
            self._shortcuts_window = ShortcutsWindow(self.window)
            # Its size where the screen has room: at 150 % on 1366x768 its Close went below.
            place(self._shortcuts_window, self._shortcuts_window.size())
        self._shortcuts_window.show()
        self._shortcuts_window.raise_()
        self._shortcuts_window.activateWindow()
        return self._shortcuts_window

    @Slot()
    def show_preferences(self) -> None:
        """Open the training settings (with their presets) and put the keyboard there."""
        panel = self.window.training_panel
        panel.settings_toggle.setChecked(True)
        # Said first: they open inside the window, and a reader heard only "Epochs".
        announce(panel.settings_box, self._preferences_said)
        panel.epochs.setFocus(Qt.FocusReason.ShortcutFocusReason)
        # On a short screen they are below the fold: all of them (the language list is
        # last) where there is room, and the field with the keyboard in any case.
        self.window.bring_into_view(panel.settings_box)
        self.window.bring_into_view(panel.epochs)

    # ------------------------------------------------------------------- names

    def _name_controls(self) -> None:
        window = self.window
        describe(window.canvas, self.tr("Drawing canvas"), self.tr(CANVAS_HELP))
        describe(window.prediction_label, self.tr("Answer"))
        window.prediction_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read by Tab too
        describe(window.findChild(QWidget, "rightPanel"), self.tr("Answer and training"))
        describe(window.prediction_panel, self.tr("Answer"))
        describe(window.prediction_panel.tiles, self.tr("Digits of the number"))
        describe(window.confidence_label, self.tr("How sure"))
        describe(window.pen_width, self.tr("Pen width"), self.tr("The width of the pen in pixels"))
        row = window.teach_row
        describe(row, self.tr("Wrong? It's a"))
        for digit, button in enumerate(row.digit_buttons):  # described by TeachRow.set_target
            describe(button, self.tr("It's %1").replace("%1", a_digit(digit)))  # "an 8"
        describe(row.not_a_digit_button, self.tr("Not a digit"))
        describe(row.add_example_button, self.tr("Right: keep it"),
                 row.add_example_button.toolTip())
        panel = window.training_panel
        for widget, name in ((panel.epochs, self.tr("Epochs")),
                             (panel.batch, self.tr("Batch size")),
                             (panel.rate, self.tr("Learning rate")),
                             (panel.progress, self.tr("Training progress"))):
            describe(widget, name)
        # Its text is its name ("Epoch 2/7"): a fixed name would hide what it says.
        set_description(panel.status, self.tr("Training status"))
        set_description(panel.details, self.tr("Training details"))
        expander(panel.settings_toggle)  # read as expanded / collapsed, not checked
        describe(panel.settings_box, self.tr("Training settings"))
        describe(panel.presets, self.tr("Preset"))
        for toolbar in window.findChildren(QToolBar):
            describe(toolbar, self.tr("Tools"))
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QAbstractButton):
                    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                    describe(button, plain(action.text()))
            # The » of the tools a narrow window has no room for: an unnamed check box.
            for more in toolbar.findChildren(QAbstractButton, "qt_toolbar_ext_button"):
                describe(more, self.tr("More tools"))
                more.setToolTip(more.accessibleName())
        for button in [*row.digit_buttons, row.not_a_digit_button, row.add_example_button]:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        name_containers(window)  # scroll areas, dividers, grips: named, no Tab stops

    def _order_tabs(self) -> None:
        """Reading order: toolbar, canvas, (tiles,) teach row, histogram, training panel."""
        window = self.window
        chain: list[QWidget] = []
        for toolbar in window.findChildren(QToolBar):
            for action in toolbar.actions():
                widget = toolbar.widgetForAction(action)
                if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(widget)
        bar = window.message_bar  # its button ("Undo", "Restart now") right after the canvas
        chain += [window.canvas, bar.action_button, bar.close_button, window.prediction_label]
        row = window.teach_row
        # As they are seen: "Right: keep it" ends the digits' line, "Not a digit" is below.
        chain += [*row.digit_buttons, row.add_example_button, row.not_a_digit_button]
        chain += [window.chart, window.preview]
        self._chain_pairs(chain)
        self._after_teach = window.teach_row.digit_buttons[0]
        window.installEventFilter(self)  # the window opens with the keyboard on the canvas

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """On first activation, put the keyboard on the canvas (where the drawing goes).

        Not on the toolbar, the first Tab stop: two testers took its unmarked focus for
        none, and a screen reader then first says "Clear" instead of what the app is for.

        Leaving a menu by keyboard shows where the focus is; Left and Right on the canvas
        go from digit to digit of a number.
        """
        kind = event.type()
        if (watched is self.window.canvas or watched in self._tiles) and \
                kind == QEvent.Type.KeyPress:
            return self._next_tile(event.key())
        if watched is self._menu_bar and kind == QEvent.Type.FocusOut:
            # The menu bar takes the keyboard only from the keyboard (Alt+letter, F10), and
            # taking it cleared the window's "focus moved by keyboard" mark: the control the
            # keyboard comes back to after a menu showed no focus.
            QTimer.singleShot(0, self._show_keyboard_focus)
        elif watched is self.window and kind == QEvent.Type.WindowActivate:
            self.window.removeEventFilter(self)
            self.window.canvas.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return False

    def _show_keyboard_focus(self) -> None:
        if shiboken6.isValid(self.window):
            self.window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            focused = self.window.focusWidget()
            if focused is not None:
                focused.update()

    @staticmethod
    def _chain_pairs(chain: list[QWidget]) -> None:
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ----------------------------------------------------------------- reading

    @Slot(object, object)
    def on_reading(self, reading: Reading | None, truth: object = None) -> None:
        """The answer changed: describe it, the tiles and the canvas; announce it."""
        window = self.window
        panel = window.prediction_panel
        if window.canvas.in_stroke() or window.session.settling:  # say the settled one
            return
        text = reading_text(panel.reading)  # it says how sure: the label's figure would repeat it
        if reading is not None and not reading.digits:  # ink, but no digit-sized mark
            text = window.confidence_label.text().rstrip(".") + "."  # e.g. no writing in a picture
        set_description(window.canvas, f"{self.tr(CANVAS_HELP)} {text}")
        set_description(window.confidence_label, window.confidence_label.text())
        tiles = [panel.tile(i) for i in range(len(panel.reading.digits))] if (
            panel.is_number()) else []
        self._tiles = tiles
        for index, tile in enumerate(tiles):
            tile.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # chained first: Qt skips NoFocus ones
            tile.installEventFilter(self)  # Left and Right: the previous or next tile
            self._describe_tile(index)
        if tiles:
            self._chain_pairs([window.prediction_label, *tiles, self._after_teach])
            self._one_stop_on(panel.selected_index() or 0)
        set_description(window.prediction_label, text)  # what Tab reads: the answer shown
        # Blank and blank before (the model changed): nothing new. The fine-tune's result
        # was talked over by "the canvas is blank" half a second after.
        still_blank, self._blank = self._blank and panel.reading is None, panel.reading is None
        if panel.reading is None:  # blank: the same answer brought back by Undo is news again
            self.last_announcement = ""
        # A canvas cleared by a save: the message bar's "Saved as a 7" is the news, not
        # "the canvas is blank" said over it.
        # A test image chosen in the explorer: the explorer says it, where the person is.
        if (panel.reading is not None or not window.message_bar.isVisible()) and not (
                truth is not None and not window.isActiveWindow()) and not still_blank:
            self._to_announce = text
            self._announcing.start()

    @Slot()
    def forget_answer(self) -> None:
        """The canvas says no answer until what it holds now is read.

        After Ctrl+O the keyboard comes back to the canvas as the file dialog
        closes, and a reader asking then heard the last picture's answer.
        """
        set_description(self.window.canvas, self.tr(CANVAS_HELP))

    @Slot(int)
    def _describe_tile(self, index: int) -> None:
        """A digit's tile: which it is, how it was read, and what it was saved as."""
        panel = self.window.prediction_panel
        if index >= len(self._tiles):
            return
        digit = panel.reading.digits[index]  # the caption may be the digit alone
        said = self.tr("Not a digit: %1. Space shows its histogram.").replace(
            "%1", closest_text(digit)) if digit.decision.digit is None \
            else self.tr("Read as %1, %2 sure. Space shows its histogram.").replace(
                "%1", str(digit.decision.digit)).replace("%2", percent(digit.confidence))
        saved = panel.saved_label(index)
        if saved is not None:  # "saved: 7" under the tile is seen; this is heard
            said = self.tr("Saved as %1.").replace(
                "%1", self.tr("not a digit") if saved < 0 else a_digit(saved)) + " " + said
        describe(self._tiles[index], self.tr("Digit %1 of %2").replace(
            "%1", str(index + 1)).replace("%2", str(len(self._tiles))), said)

    def _announce(self) -> None:
        if self._to_announce != self.last_announcement:
            self.last_announcement = self._to_announce
            announce(self.window.prediction_label, self._to_announce)
