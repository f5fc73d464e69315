"""Two models side by side: where they disagree on the person's drawings and the test set.

Both run on the NumPy network in a worker (the window never waits and never
imports TensorFlow); choosing a disagreement shows the image and both
models' histograms.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.accessibility import announce, describe
from app.images import gray_image
from app.language import percent
from app.probability_chart import ProbabilityChart
from app.worker import GeneratorWorker

SHOWN = 300  # disagreements listed per set (the counts cover them all)


def _as_uint8(images: np.ndarray) -> np.ndarray:
    images = np.asarray(images)
    return images if images.dtype == np.uint8 else (np.clip(images, 0, 1) * 255).astype(np.uint8)


class ModelComparison(QWidget):
    """Where model A and model B disagree, with both histograms for the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelComparison")
        self.worker: GeneratorWorker | None = None
        self.sets: list[tuple[str, np.ndarray, np.ndarray, list[int] | None]] = []
        self.results: dict[str, object] = {}
        self.summary = QLabel(objectName="comparisonSummary", wordWrap=True)
        self.progress = QProgressBar(objectName="comparisonProgress", maximum=100)
        # What it counts, not a bare "55 %"; %p as the app writes percentages.
        self.progress.setFormat(self.tr("Reading the images with both models: %p %"))
        self.progress.setAccessibleName(self.tr("Comparing the two models"))
        self.list = QListWidget(objectName="disagreements")
        self.list.setAccessibleName(self.tr("Where the two models disagree"))
        self.list.currentItemChanged.connect(self._show_item)
        self.image = QLabel(objectName="disagreementImage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(84, 84)
        self.titles = [QLabel(objectName=f"chartTitle{side}") for side in "AB"]
        self.charts = [ProbabilityChart() for _ in "AB"]
        for chart, side in zip(self.charts, "AB", strict=True):
            chart.setObjectName(f"chart{side}")
            chart.setMinimumSize(240, 150)  # narrower, Qt writes the digits as "…"
        grid = QGridLayout()
        grid.addWidget(self.image, 0, 0, 2, 1)
        for column, (title, chart) in enumerate(zip(self.titles, self.charts, strict=True), 1):
            grid.addWidget(title, 0, column)
            grid.addWidget(chart, 1, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, stretch=1)
        layout.addLayout(grid, stretch=1)
        self.progress.hide()

    def compare(self, a: tuple[str, Path], b: tuple[str, Path],
                sets: list[tuple[str, np.ndarray, np.ndarray, list[int] | None]]) -> None:
        """Compare ``a`` and ``b`` ((label, folder) each) on ``sets``.

        Each set is (name, images, labels, numbers): an image is named by its number
        (a drawing by its id, as My drawings names it), or by its row when numbers is None.
        """
        from model.network.checkpoints import load_for_serving
        from model.network.classifier import Classifier
        from model.network.model_list import disagreements

        self.stop()
        self.names = (a[0], b[0])
        for title, chart, name, side in zip(self.titles, self.charts, self.names, "AB",
                                            strict=True):
            title.setText(self.tr("%1: %2").replace("%1", side).replace("%2", name))
            chart.setAccessibleName(title.text())  # the two were both "Probabilities of ..."
        models = []
        for _, folder in (a, b):
            loaded = load_for_serving(folder, tensorflow=False)
            models.append(Classifier(loaded.model, loaded.metadata, folder, tensorflow=False))
        self.sets, self.results = sets, {}
        self.list.clear()
        self.summary.setText(self.tr("Comparing..."))
        announce(self.summary, self.summary.text())  # else 14 s of silence after the click

        def work() -> object:
            for n, (name, images, labels, _) in enumerate(sets):
                steps = disagreements(*models, images, labels)
                while True:
                    try:
                        done = next(steps)
                    except StopIteration as stop:
                        yield name, stop.value
                        break
                    yield (n + done) / len(sets)

        worker = self.worker = GeneratorWorker(work, "model-compare", self)
        # A stopped comparison's last values may still be queued: only this one's count.
        worker.yielded.connect(lambda value: self._on_yielded(value)
                               if worker is self.worker else None)
        self.worker.finished.connect(self.progress.hide)
        self.progress.setValue(0)
        self.progress.show()
        self.worker.start()

    def _on_yielded(self, value: object) -> None:
        if isinstance(value, float):
            self.progress.setValue(round(value * 100))
            return
        name, found = value
        self.results[name] = found
        self._summarise()
        if len(self.results) == len(self.sets):  # seen where it came; heard too
            announce(self.list, self.summary.text())
        images, labels, numbers = next((x, y, z) for n, x, y, z in self.sets if n == name)
        for row, index in enumerate(found.indices[:SHOWN]):
            pa, pb = found.probabilities_a[row], found.probabilities_b[row]
            sa, sb = int(found.said_a[row]), int(found.said_b[row])
            text = self.tr("%1 #%2 (%3): A says %4, B says %5")
            # "#1039" as the explorer and its Go to write it (not "#1,039").
            number = int(index) if numbers is None else numbers[index]
            for key, part in (("%1", name), ("%2", str(number)),
                              ("%3", self._label(int(labels[index]))), ("%4", self._said(sa, pa)),
                              ("%5", self._said(sb, pb))):
                text = text.replace(key, part)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(gray_image(
                _as_uint8(images[index])))), text)
            item.setData(Qt.ItemDataRole.UserRole, (images[index], (pa, sa), (pb, sb)))
            self.list.addItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)  # the histograms show one at once (empty axes before)

    def _label(self, label: int) -> str:
        return self.tr("not a digit") if label < 0 else self.tr("a %1").replace("%1", str(label))

    def _said(self, answer: int, probabilities: np.ndarray) -> str:
        """What a model answers: "7 (93 %)", or "not a digit" when it refuses."""
        if answer < 0:
            return self.tr("not a digit")
        return f"{answer} ({percent(float(probabilities.max()))})"

    def _summarise(self) -> None:
        locale = QLocale()
        lines = []
        for name, found in self.results.items():
            # Both counts: the table's test accuracy (best guess) could rank them the other
            # way round, and the two read as a contradiction.
            lines.append(self.tr("%1: they disagree on %2 of %3. Read right, a digit called "
                                 "not a digit counting as wrong: A %4 of %3, B %5 of %3. By "
                                 "best guess alone, as “Test accuracy” counts: A %6 of %3, "
                                 "B %7 of %3").replace(
                "%1", name).replace("%2", locale.toString(len(found.indices))).replace(
                "%3", locale.toString(found.total)).replace(
                "%4", locale.toString(found.right_a)).replace(
                "%5", locale.toString(found.right_b)).replace(
                "%6", locale.toString(found.guessed_a)).replace(
                "%7", locale.toString(found.guessed_b)))
        self.summary.setText("\n".join(lines))
        describe(self.list, self.tr("Where the two models disagree"), self.summary.text())

    @Slot(QListWidgetItem, QListWidgetItem)
    def _show_item(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        image, *answers = item.data(Qt.ItemDataRole.UserRole)
        self.image.setPixmap(QPixmap.fromImage(gray_image(_as_uint8(image))).scaled(
            84, 84, Qt.AspectRatioMode.KeepAspectRatio))
        self.image.setAccessibleName(item.text())
        for chart, (probabilities, said) in zip(self.charts, answers, strict=True):
            chart.set_probabilities(probabilities)
            chart.set_trusted(said >= 0)  # greyed where that model says not a digit

    def stop(self) -> None:
        """Stop a comparison still running and wait for its thread."""
        if self.worker is not None:
            self.worker.quit()
            self.worker.wait()
            self.worker = None
