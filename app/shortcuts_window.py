"""Help › Keyboard shortcuts: every key the main window answers to, in one table.

The menu shortcuts are read from the window's actions (so the list cannot go
stale); the keys that are not menu items (0-9, N, Enter, Tab, the secondary
windows' Esc) are listed here (tests/test_keyboard.py checks that every key is).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.accessibility import plain
from app.keyboard import UNSHOWN_KEYS, shortcut_text

OTHER_KEYS = [  # (keys, what they do): keys that are not menu items; translated when shown
    ("0 … 9", QT_TRANSLATE_NOOP("ShortcutsWindow", "Save the drawing (or the selected digit) "
                                "as that digit: \"Wrong? It's a\" by key")),
    ("N", QT_TRANSLATE_NOOP("ShortcutsWindow", "Not a digit: save the drawing (or the selected "
                            "digit) as not a digit")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Enter"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "“Right: keep it”: the reading is right, keep the "
                       "drawing as it was read")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Esc"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "Close the message or the open settings; from another "
                       "control, back to the canvas (Delete clears it)")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Tab / Shift+Tab"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "Go to the next / previous control")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Space"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "Press the button that has the keyboard")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Left / Right"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "Go to the previous / next digit tile of a number "
                       "and show it")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Alt + underlined letter"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "Open a menu (Alt+M, R: Model › Retrain)")),
    ("F2", QT_TRANSLATE_NOOP("ShortcutsWindow", "Models: rename the chosen model")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Arrows, Enter"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "Look inside, the test-set explorer: go from map to "
                       "map or image to image; Enter opens it")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "Page Up / Page Down"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "Test-set explorer: the previous / next page")),
    (QT_TRANSLATE_NOOP("ShortcutsWindow", "0 … 9, N, Del"),
     QT_TRANSLATE_NOOP("ShortcutsWindow", "My drawings: relabel or delete the chosen drawings "
                       "(Ctrl+Z takes it back)")),
    # Keys: Esc and the platform's Close keys (app.windows.add_close_keys), see close_keys().
    (None, QT_TRANSLATE_NOOP("ShortcutsWindow", "Close Look inside, the test-set explorer, My "
                             "drawings, Models or this window")),
]


def close_keys() -> str:
    """The keys that close a secondary window, as shown ("Esc or Ctrl+F4 or Ctrl+W")."""
    keys = [QKeySequence(Qt.Key.Key_Escape), *(
        k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
        if k.toString() not in UNSHOWN_KEYS)]
    return QCoreApplication.translate("WindowAccess", " or ").join(
        k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def menu_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, "Menu › Action") for every menu action with a shortcut, in menu order."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = shortcut_text(action) if isinstance(action, QAction) else ""
            if keys:
                rows.append((keys, f"{plain(menu.title())} › {plain(action.text())}"))
    return rows


class ShortcutsWindow(QDialog):
    """A read-only table of keys and what they do; Esc or Close closes it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_rows(window) + [(self.tr(k) if k else close_keys(), self.tr(what))
                                    for k, what in OTHER_KEYS]
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Long lines wrap in taller rows: German's Esc row was cut at 1366x768, its
        # "(Entf leert sie)" out of a keyboard's reach.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        intro = QLabel(self.tr("Every action of the menus, and the keys of the canvas."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        """The table's text (for tests)."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
