"""My drawings as a list model: a thumbnail and the label (and what the network said)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPixmap

from app.images import gray_image
from app.language import date_time, labelled, number
from app.theme import tokens
from model.drawings import Sample
from model.drawings.validation import NOT_A_DIGIT

THUMB_SCALE = 3  # 28 px -> 84 px, nearest neighbour
_SIDE = 28
THUMB_SIDE = _SIDE * THUMB_SCALE

Index = QModelIndex | QPersistentModelIndex


def thumbnail(image: np.ndarray, scale: int = THUMB_SCALE) -> QPixmap:
    """A 28x28 uint8 input (white ink on black) enlarged with square pixels."""
    side = _SIDE * scale
    enlarged = gray_image(image).scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                        Qt.TransformationMode.FastTransformation)
    return QPixmap.fromImage(enlarged)


def label_text(label: int) -> str:
    """A label as My drawings shows it: the digit, or "Not a digit"."""
    if label == NOT_A_DIGIT:
        return QCoreApplication.translate("SamplesModel", "Not a digit")
    return str(label)


def _tooltip(sample: Sample) -> str:
    # No digit from the network (it said "not a digit", or the drawing was imported): not
    # said, where a screen reader read the dash as nothing.
    # "Not a digit" is a sentence of its own in each language ("als Keine Ziffer" had a
    # capital in mid-sentence).
    if sample.label == NOT_A_DIGIT and sample.predicted is None:
        text = QCoreApplication.translate("SamplesModel",
                                          "Drawing #%1: labelled not a digit\nsaved %4")
    elif sample.label == NOT_A_DIGIT:
        text = QCoreApplication.translate(
            "SamplesModel", "Drawing #%1: labelled not a digit, the network said %3\nsaved %4")
    elif sample.predicted is None:
        text = QCoreApplication.translate("SamplesModel", "Drawing #%1: labelled %2\nsaved %4")
    else:
        text = QCoreApplication.translate(
            "SamplesModel", "Drawing #%1: labelled %2, the network said %3\nsaved %4")
    return text.replace("%1", str(sample.id)).replace("%2", label_text(sample.label)).replace(
        "%3", str(sample.predicted)).replace("%4", saved_text(sample.created))


def saved_text(created: str) -> str:
    """When a drawing was saved, in the person's time, as every date of the window is written.

    "7 Dec 2026 13:16" ("07/12/2026 15:17" in French beside "7 déc. 2026 15:25" before).
    An imported drawing's own date that cannot be read is shown as it came.
    """
    return date_time(created) or created


class SampleListModel(QAbstractListModel):
    """The samples as list items: thumbnail, label text, id in ``IdRole``."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    LabelRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._samples: list[Sample] = []
        self._pixmaps: dict[int, QPixmap] = {}  # by id: an id's image never changes

    def set_samples(self, samples: list[Sample]) -> None:
        """Replace the contents.

        The same drawings relabelled change in place: a reset left a screen reader's
        focus on an item that no longer was, and the new label was never said.
        """
        if samples and [s.id for s in samples] == [s.id for s in self._samples]:
            self._samples = list(samples)
            self.dataChanged.emit(self.index(0), self.index(len(samples) - 1))
            return
        self.beginResetModel()
        self._samples = list(samples)
        live = {sample.id for sample in self._samples}
        self._pixmaps = {key: pixmap for key, pixmap in self._pixmaps.items() if key in live}
        self.endResetModel()

    def sample(self, row: int) -> Sample:
        """The sample shown in a row."""
        return self._samples[row]

    def row_of(self, sample_id: int) -> int | None:
        """The row showing a sample id, or None."""
        for row, sample in enumerate(self._samples):
            if sample.id == sample_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of samples (a list has no children)."""
        return 0 if parent.isValid() else len(self._samples)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Label text, thumbnail, tooltip, id or label for a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._samples):
            return None
        sample = self._samples[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _caption(sample)
        if role == Qt.ItemDataRole.ForegroundRole and _was_wrong(sample):
            return tokens().wrong  # the drawings that corrected the network stand out
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(sample)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(sample)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # one line: the break was read
            return _tooltip(sample).replace("\n", ", ")  # two drawings of a 4 told apart
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == self.IdRole:
            return sample.id
        if role == self.LabelRole:
            return sample.label
        return None

    def _pixmap(self, sample: Sample) -> QPixmap:
        if sample.id not in self._pixmaps:
            self._pixmaps[sample.id] = thumbnail(sample.image)
        return self._pixmaps[sample.id]


def _was_wrong(sample: Sample) -> bool:
    return sample.predicted is not None and sample.predicted != sample.label


def _caption(sample: Sample) -> str:
    """The label, and what the network said when it was wrong (in the tooltip for "Not a digit")."""
    if not _was_wrong(sample) or sample.label == NOT_A_DIGIT:  # the longer text would be cut
        return label_text(sample.label)
    return QCoreApplication.translate("SamplesModel", "%1 (said %2)").replace(
        "%1", str(sample.label)).replace("%2", str(sample.predicted))


def counts_text(counts: dict[int, int]) -> str:
    """``"0: 3 · 1: 5 · Not a digit: 2 · none yet: 2, 3, ..., 9 — 10 in all"``.

    The labels a person has drawings of, then the digits still missing: eleven
    counts, most of them 0, were hard to read ("which digits do I still need?").
    """
    if not sum(counts.values()):  # the empty list says so ("none yet: 0, 1, … 9 — 0 in all")
        return ""
    parts = [labelled(label_text(label), number(counts[label]))
             for label in [*range(10), NOT_A_DIGIT] if counts.get(label)]
    missing = [str(digit) for digit in range(10) if not counts.get(digit)]
    if missing:
        parts.append(QCoreApplication.translate("SamplesView", "none yet: %1").replace(
            "%1", ", ".join(missing)))
    return QCoreApplication.translate("SamplesView", "%1 — %2 in all").replace(
        "%1", " · ".join(parts)).replace("%2", str(sum(counts.values())))


class ImportSummary(QObject):
    """What an import did, in one line (``ImportResult.summary`` says it for the command line).

    A QObject for ``self.tr``: lupdate marks a plural only there, not in a plain
    ``QCoreApplication.translate`` whose count is a variable.
    """

    def text(self, result: object) -> str:
        """The counts of an ``ImportResult`` in words."""
        ignored, failed = len(result.ignored), len(result.failed)
        parts = [self.tr("%n drawing(s) imported", "", result.added)]
        if result.blank:
            parts.append(self.tr("%n blank skipped", "", result.blank))
        if result.duplicates:
            parts.append(self.tr("%n already present", "", result.duplicates))
        if ignored:
            parts.append(self.tr("%n without a digit label ignored", "", ignored))
        if failed:
            parts.append(self.tr("%n unreadable", "", failed))
        return ", ".join(parts)
