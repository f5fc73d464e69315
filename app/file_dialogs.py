"""Qt's own file dialog, roomier: its Size, Type and Date columns wide enough to read.

Where the desktop offers no dialog of its own, Qt's opens 632 px wide with
its columns cut ("SV...ge"). Every file dialog the app opens is a static
QFileDialog call, so this watches the application for one being shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView

from app.screen_fit import available_area

ROOMY = QSize(820, 520)
"""The size it opens at, where the screen has room (90 % of a smaller one)."""


class _RoomyFileDialogs(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if (event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog)
                and not watched.property("roomy")):
            watched.setProperty("roomy", True)
            _widen(watched)
        return False


def _widen(dialog: QFileDialog) -> None:
    area = available_area(dialog)
    dialog.resize(max(dialog.width(), min(ROOMY.width(), area.width() * 9 // 10)),
                  max(dialog.height(), min(ROOMY.height(), area.height() * 9 // 10)))
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    # Sizes and types arrive from a thread after the names: Qt fits the columns as they
    # come ("297 bytes" was cut to "297…tes" when fitted once), the name takes the rest.
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def make_file_dialogs_roomy(app: QApplication) -> QObject:
    """Widen every Qt file dialog the application shows from now on; the filter that does."""
    watcher = _RoomyFileDialogs(app)
    app.installEventFilter(watcher)
    return watcher
