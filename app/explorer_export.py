"""The explorer's exports: the grid and the confusion matrix as PNG files.

A mixin for ExplorerWindow (before QWidget), which owns the grid, the matrix and the
line under the grid where what happened is said.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.accessibility import announce
from app.feedback import show_message
from app.identity import in_pictures

# lupdate reads translate("Context", "text"); the context is the window's (these methods
# run on an ExplorerWindow, so they are its strings).
translate = QCoreApplication.translate


class ExplorerExport:
    """Export the explorer's grid or matrix, asking where."""

    def export_grid(self, path: str | Path) -> bool:
        """Save the grid as shown as a PNG; return False if it could not be written."""
        return self.grid.grab().save(str(path), "PNG")

    def export_matrix(self, path: str | Path) -> bool:
        """Save the confusion matrix as a PNG; return False if it could not be written."""
        # The card only: the view's empty room under it was exported as a grey band.
        return self.matrix_view.grab(self.matrix_view.card_rect()).save(str(path), "PNG")

    def _ask_export(self, what: str) -> None:
        if what == "grid":
            title = translate("ExplorerWindow", "Export grid as PNG")
            name = translate("ExplorerWindow", "mnist-test-grid.png")
        else:
            title = translate("ExplorerWindow", "Export matrix as PNG")
            name = translate("ExplorerWindow", "mnist-test-matrix.png")
        path, _ = QFileDialog.getSaveFileName(self, title, in_pictures(name),
                                              translate("ExplorerWindow", "PNG image (*.png)"))
        if not path:
            return
        path += "" if path.lower().endswith(".png") else ".png"
        if not (self.export_grid if what == "grid" else self.export_matrix)(path):
            show_message(self, translate("ExplorerWindow", "Export failed"),
                         translate("ExplorerWindow", "Could not write %1.").replace("%1", path))
            return
        # Said where the person looks (nothing showed that the file had been written),
        # under what it says of the chosen image, which stays.
        saved = translate("ExplorerWindow", "Saved as %1").replace("%1", path)
        self._describe_selection()
        self.selection_label.setText(f"{self.selection_label.text()}\n{saved}")
        announce(self.grid, saved)
