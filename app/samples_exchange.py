"""My drawings' import, and the dialogs that ask where to export to or import from.

A mixin for SamplesView (before QWidget), which owns the store and says what happened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.identity import in_pictures, pictures_dir, remember_folder
from app.problems import drawings_error, file_problem
from app.samples_model import ImportSummary
from model.drawings import ImportResult, SampleStoreError

# lupdate reads translate("Context", "text"); the context is the window's (these methods
# run on a SamplesView, so they are its strings), as in the explorer's mixins.
translate = QCoreApplication.translate


class SamplesExchange:
    """Import, and the export and import dialogs, for the My drawings window."""

    def import_from(self, path: str | Path) -> ImportResult | None:
        """Import a folder or a .zip of labelled images; shows what happened.

        Returns:
            What the import did, or None after showing an error.
        """
        try:
            result = self.store.import_path(Path(path))
        except SampleStoreError as exc:
            self.show_message(drawings_error(exc), "error")
            return None
        unlabelled = translate("SamplesView", "%1: no digit label")
        problems = [file_problem(p) for p in result.failed[:5]] + [
            unlabelled.replace("%1", name) for name in result.ignored[:5]]
        severity = "warning" if result.failed or (result.ignored and not result.added) else "info"
        self.show_message("\n".join([ImportSummary().text(result) + "."] + problems), severity)
        if result.added:
            self.refresh()
            self.samplesChanged.emit()
        return result

    def export_folder_dialog(self) -> None:
        """Ask for a folder and export into it."""
        folder = QFileDialog.getExistingDirectory(
            self, translate("SamplesView", "Export drawings to folder"), pictures_dir())
        if folder:
            self.export_to(remember_folder(folder))

    def export_zip_dialog(self) -> None:
        """Ask for a .zip file name and export into it."""
        path, _ = QFileDialog.getSaveFileName(
            self, translate("SamplesView", "Export drawings"),
            in_pictures(translate("SamplesView", "my-digits.zip")),
            translate("SamplesView", "Zip archives (*.zip)"))
        if path:
            zipped = path if path.lower().endswith(".zip") else path + ".zip"
            self.export_to(remember_folder(zipped))

    def import_folder_dialog(self) -> None:
        """Ask for a folder (with subfolders 0-9) and import it."""
        folder = QFileDialog.getExistingDirectory(
            self, translate("SamplesView", "Import drawings from folder"), pictures_dir())
        if folder:
            self.import_from(remember_folder(folder))

    def import_zip_dialog(self) -> None:
        """Ask for a .zip file and import it."""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("SamplesView", "Import drawings"), pictures_dir(),
            translate("SamplesView", "Zip archives (*.zip);;All files (*)"))
        if path:
            self.import_from(remember_folder(path))
