"""What just happened, said in the window: a message bar over the bottom of the canvas.

In the manner of KMessageWidget or a toast: one line ("Saved as a 4", "Draw a
digit first", "Cancelled: the model in use has not changed"), an optional
action button (Undo), a close button. It floats over the canvas's bottom edge
rather than taking a row of the layout, so showing it never moves anything.
It goes away by itself after a few seconds (longer when it offers Undo).

Colours come from app/theme.py tokens; a screen reader gets the text as the
bar's accessible description and an announcement.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QMetaObject,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.accessibility import announce
from app.theme import css, tokens

SHOW_MS = 5000  # a plain message
ACTION_SHOW_MS = 10_000  # one with Undo: time to read it and change one's mind
MARGIN = 12  # from the canvas's edges
MAX_WIDTH = 720
KINDS = ("info", "positive", "warning", "error")
# A press this soon where the bar hid itself was meant for its ✕, not the canvas.
LATE_PRESS_S = 0.5
_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.TabletPress, QEvent.Type.TouchBegin)
clock = time.monotonic  # tests set the time


class MessageBar(QFrame):
    """A one-line message over the bottom of ``host`` (e.g. the canvas), with an action.

    Signals:
        closed: The message went away (timed out, closed, or its action used).
    """

    closed = Signal()

    def __init__(self, host: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._host = host
        self._kind = "info"
        self._action: Callable[[], object] | None = None
        self._until: QMetaObject.Connection | None = None  # what makes the message stale
        self._waiting: tuple | None = None  # a question replaced by a passing message
        self._gone: tuple[QRect, float] | None = None  # where and when it hid itself
        self.label = QLabel(objectName="messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(objectName="messageAction")
        self.action_button.clicked.connect(self._on_action)
        self.close_button = QToolButton(objectName="messageClose", text="✕", autoRaise=True)
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, stretch=1)
        row.addWidget(self.action_button)
        row.addWidget(self.close_button)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._time_up)
        host.installEventFilter(self)
        self.hide()

    # ------------------------------------------------------------------ showing

    def show_message(self, text: str, kind: str = "info", action_text: str | None = None,
                     action: Callable[[], object] | None = None,
                     timeout_ms: int | None = None, until: SignalInstance | None = None,
                     quiet: bool = False) -> None:
        """Show ``text`` (replacing any message); ``action`` gets a button named ``action_text``.

        Args:
            text: One line saying what happened (or what to do).
            kind: "info", "positive", "warning" or "error": the bar's colours.
            action_text: The action button's text, e.g. "Undo".
            action: What the button does; the message closes after it.
            timeout_ms: How long it stays; None: a few seconds, longer with an action;
                0: until closed.
            until: A signal after which the message is out of date (its Undo would undo
                something else): it closes then.
            quiet: Not said to a screen reader again (a question coming back).
        """
        if self._waits():  # a question left open: it comes back after this message
            self._waiting = self._question()
        self._kind = kind if kind in KINDS else "info"
        self._action = action
        self._forget_until()
        if until is not None:
            self._until = until.connect(self.dismiss)
        self.label.setText(text)
        self.action_button.setText(action_text or "")
        self.action_button.setVisible(action is not None)
        # Its name is its text and the message its description: said whole in its name,
        # 200 characters came before "button" at every Tab.
        self.action_button.setAccessibleDescription(text if action is not None else "")
        self._restyle()
        self.setAccessibleDescription(text)
        self._place()
        self.show()
        self.raise_()
        if timeout_ms is None:
            timeout_ms = ACTION_SHOW_MS if action is not None else SHOW_MS
        self.timer.stop()
        if timeout_ms > 0:
            self.timer.start(timeout_ms)
        if not quiet:
            announce(self, text)  # said at once, like the answer (an Alert alone was not read)

    def text(self) -> str:
        """The message shown ("" when none is)."""
        return self.label.text() if self.isVisible() else ""

    def kind(self) -> str:
        """The message's kind ("info", "positive", "warning", "error")."""
        return self._kind

    def dismiss(self) -> None:
        """Close the message now (a question it replaced comes back)."""
        self.timer.stop()
        self._action = None
        self._forget_until()
        if self.isVisible():
            # The keyboard on it goes back to the host, not to the next in line (the answer,
            # framed in black).
            focus = QApplication.focusWidget()
            if focus is not None and self.isAncestorOf(focus):
                self._host.setFocus(Qt.FocusReason.OtherFocusReason)
            self.hide()
            self.setAccessibleDescription("")
            self.closed.emit()
        self.come_back()

    def withdraw(self, action: Callable[[], object]) -> None:
        """Drop the question whose button does ``action``, shown or waiting (answered now)."""
        if self._waiting is not None and self._waiting[3] is action:
            self._waiting = None
        if self.isVisible() and self._action is action:
            self.dismiss()

    def _time_up(self) -> None:
        """It goes, unless the keyboard or the pointer is on it.

        (Being read, or about to be pressed: it went from under a screen reader's
        focus on its Undo.)
        """
        focus = QApplication.focusWidget()
        if (focus is not None and self.isAncestorOf(focus)) or self.underMouse():
            self.timer.start(SHOW_MS)
        else:
            where = QRect(self._host.mapFrom(self.parentWidget(), self.pos()), self.size())
            self.dismiss()
            self._gone = where, clock()

    def step_aside(self) -> None:
        """Out of the way of a stroke: a message goes, a question waits (``come_back``)."""
        waiting = self._question() if self._waits() else self._waiting
        self._waiting = None
        self.dismiss()
        self._waiting = waiting

    def come_back(self) -> None:
        """The question that stepped aside, shown again (unless another message is)."""
        waiting, self._waiting = self._waiting, None
        if waiting is not None and not self.isVisible():
            self.show_message(*waiting, timeout_ms=0, quiet=True)
        elif waiting is not None:
            self._waiting = waiting

    def _question(self) -> tuple:
        return self.label.text(), self._kind, self.action_button.text(), self._action

    def _waits(self) -> bool:
        """Whether the message shown is a question that waits for an answer.

        ("Use the new one anyway?": shown until closed, with its action; a message
        saying a drawing was saved, or a language chosen, hid it for good.)
        """
        return (self.isVisible() and self._action is not None and not self.timer.isActive()
                and self._until is None)

    def _forget_until(self) -> None:
        if self._until is not None:
            QObject.disconnect(self._until)
            self._until = None

    def _on_action(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    # ------------------------------------------------------------------ looks

    def _restyle(self) -> None:
        # The window's palette: this widget's own is the one its style sheet altered.
        parent = self.parentWidget()
        t = tokens(parent.palette() if parent is not None else None)
        background, text, edge = {
            "info": (t.surface, t.text, t.accent),
            "positive": (t.surface, t.text, t.right),
            "warning": (t.warning_surface, t.warning_text, t.unsure),
            "error": (t.error_surface, t.error_text, t.wrong),
        }[self._kind]
        sheet = (f"#messageBar {{ background: {css(background)}; border: 1px solid {css(edge)};"
                 f" border-left: 4px solid {css(edge)}; border-radius: 4px; }}"
                 f" #messageText {{ color: {css(text)}; }}")
        if sheet != self.styleSheet():  # a style sheet change is itself a palette change
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a change between light and dark palettes."""
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _place(self) -> None:
        """Over the host's bottom edge, centred, as wide as fits."""
        host = self._host
        parent = self.parentWidget()
        if parent is None:
            return
        top_left = host.mapTo(parent, QPoint(0, 0))
        width = max(0, min(MAX_WIDTH, host.width() - 2 * MARGIN))
        self.setFixedWidth(width)
        self.layout().invalidate()  # the action button may have come or gone
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        self.setFixedHeight(max(height, self.minimumSizeHint().height()))
        x = top_left.x() + (host.width() - width) // 2
        y = top_left.y() + host.height() - height - MARGIN
        self.move(x, max(top_left.y(), y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the host when it moves or changes size; keep a late ✕ off it."""
        if watched is not self._host:
            return False
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            if not self.isHidden():  # shown, if only once the window is (a message at start)
                self._place()
        elif event.type() in _PRESSES:
            gone, self._gone = self._gone, None
            points = event.points()  # the mouse's, the pen's or the fingers'
            # The click on ✕ as the bar hid itself drew a dot on the canvas.
            if (gone is not None and points and clock() - gone[1] < LATE_PRESS_S
                    and gone[0].contains(points[0].position().toPoint())):
                event.accept()  # a pen's unaccepted press would come again as the mouse's
                return True
        return False


def message_bar_of(widget: QWidget) -> MessageBar | None:
    """The message bar of ``widget``'s window, if it has one."""
    window = widget.window() if widget is not None else None
    bar = getattr(window, "message_bar", None)
    return bar if isinstance(bar, MessageBar) else None
