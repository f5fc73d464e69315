"""Qt's own file dialog opens wide enough to read its columns."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView

from app.file_dialogs import make_file_dialogs_roomy

pytestmark = pytest.mark.gui


def test_the_file_dialog_shows_every_column_whole(qtbot, tmp_path):
    # It opened 632 px wide with the Type column cut to "SV...ge".
    for name in ("a-long-file-name-of-a-digit-drawing.svg", "seven.png"):
        (tmp_path / name).write_bytes(b"<svg/>" * 300)
    watcher = make_file_dialogs_roomy(QApplication.instance())
    dialog = QFileDialog(None, "Open", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    header = view.header()
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 2)
    qtbot.waitUntil(lambda: all(0 < view.sizeHintForColumn(c) <= header.sectionSize(c)
                                for c in range(1, header.count())))  # every text whole
    qtbot.waitUntil(lambda: abs(header.length() - view.viewport().width()) <= 2)  # no gap
    assert dialog.width() >= min(800, dialog.screen().availableGeometry().width() * 0.9 - 1)
    dialog.close()
    QApplication.instance().removeEventFilter(watcher)  # the other tests' dialogs as Qt's
