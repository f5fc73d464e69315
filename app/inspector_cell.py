"""Look inside for a learner: what each layer is, in words, and how one cell is computed.

The captions say what a layer does in plain words; the technical names
("c1 · conv 3×3 + ReLU") are one click away (Details). :class:`CellView` shows
the arithmetic of one cell of a map with the drawing's own numbers (computed by
model.look_inside.cell): the 3×3 windows of the input maps, their kernels, the
bias, and the sum before and after ReLU.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget

from app.accessibility import announce
from app.inspector_panels import PixelView
from app.language import in_list, number
from model.look_inside.cell import ConvCell, PoolCell

SHOWN_INPUTS = 3  # input maps shown term by term; the rest are summed in one line


translate = QCoreApplication.translate  # lupdate reads translate("Context", "...") too


# Per layer: (caption, what is this?, technical caption), translated where used; the
# technical captions are model/look_inside/render.py's (the command line's, in English).
_LAYER_TEXTS = {
    "input": (QT_TRANSLATE_NOOP("LookInside", "The image: 28 by 28 pixels"),
              QT_TRANSLATE_NOOP("LookInside", "What the network gets: 0 is paper, 1 is ink."),
              QT_TRANSLATE_NOOP("InspectorWindow", "input · 28×28, 0 = paper, 1 = ink")),
    "c1": (QT_TRANSLATE_NOOP("LookInside", "First layer: 16 small pattern detectors, each slid "
                             "over the image"),
           QT_TRANSLATE_NOOP("LookInside", "Each detector is a 3 by 3 pattern of weights. Where "
                             "the image matches it, its map is bright. Negative results are "
                             "set to 0 (ReLU)."),
           QT_TRANSLATE_NOOP("InspectorWindow", "c1 · conv 3×3 + ReLU · 16 maps 28×28")),
    "c2": (QT_TRANSLATE_NOOP("LookInside", "Second layer: 16 detectors that combine the first "
                             "layer's patterns"),
           QT_TRANSLATE_NOOP("LookInside", "Each looks at a 3 by 3 window of all 16 maps above "
                             "it and adds up what it sees there."),
           QT_TRANSLATE_NOOP("InspectorWindow", "c2 · conv 3×3 + ReLU · 16 maps 28×28")),
    "p1": (QT_TRANSLATE_NOOP("LookInside", "Half size: each cell keeps the strongest of 4"),
           QT_TRANSLATE_NOOP("LookInside", "Max pooling: the largest value of each 2 by 2 "
                             "window. The maps get smaller and a shape may move a little "
                             "without changing the answer."),
           QT_TRANSLATE_NOOP("InspectorWindow", "p1 · max pool 2×2 · 16 maps 14×14")),
    "c3": (QT_TRANSLATE_NOOP("LookInside", "Third layer: 32 detectors of larger shapes"),
           QT_TRANSLATE_NOOP("LookInside", "They combine the 16 half-size maps: strokes, "
                             "curves, corners."),
           QT_TRANSLATE_NOOP("InspectorWindow", "c3 · conv 3×3 + ReLU · 32 maps 14×14")),
    "c4": (QT_TRANSLATE_NOOP("LookInside", "Fourth layer: 32 detectors of parts of digits"),
           QT_TRANSLATE_NOOP("LookInside", "Each cell now sees a large part of the image."),
           QT_TRANSLATE_NOOP("InspectorWindow", "c4 · conv 3×3 + ReLU · 32 maps 14×14")),
    "p2": (QT_TRANSLATE_NOOP("LookInside", "Half size again: 32 maps of 7 by 7"),
           QT_TRANSLATE_NOOP("LookInside", "The strongest of each 2 by 2 window, as before."),
           QT_TRANSLATE_NOOP("InspectorWindow", "p2 · max pool 2×2 · 32 maps 7×7")),
    "d1": (QT_TRANSLATE_NOOP("LookInside", "Summaries of the whole image"),
           QT_TRANSLATE_NOOP("LookInside", "Each weighs every cell of the 32 maps above (a "
                             "dense layer)."),
           QT_TRANSLATE_NOOP("InspectorWindow", "d1 · dense + ReLU")),
    "logits": (QT_TRANSLATE_NOOP("LookInside", "A score for each digit"),
               QT_TRANSLATE_NOOP("LookInside", "The larger the score, the more it looks like "
                                 "that digit."),
               QT_TRANSLATE_NOOP("InspectorWindow", "logits · dense · 10 values")),
    "softmax": (QT_TRANSLATE_NOOP("LookInside", "How sure, for each digit"),
                QT_TRANSLATE_NOOP("LookInside", "The scores turned into chances that add up "
                                  "to 100 %."),
                QT_TRANSLATE_NOOP("InspectorWindow", "softmax · probabilities")),
}
_TITLES = {  # a layer's short plain name, and how a sentence goes on after one of its maps
    "input": (QT_TRANSLATE_NOOP("LookInside", "The image"),
              QT_TRANSLATE_NOOP("LookInside", "of the image")),
    "c1": (QT_TRANSLATE_NOOP("LookInside", "First layer"),
           QT_TRANSLATE_NOOP("LookInside", "of the first layer")),
    "c2": (QT_TRANSLATE_NOOP("LookInside", "Second layer"),
           QT_TRANSLATE_NOOP("LookInside", "of the second layer")),
    "p1": (QT_TRANSLATE_NOOP("LookInside", "First half-size layer"),
           QT_TRANSLATE_NOOP("LookInside", "of the first half-size layer")),
    "c3": (QT_TRANSLATE_NOOP("LookInside", "Third layer"),
           QT_TRANSLATE_NOOP("LookInside", "of the third layer")),
    "c4": (QT_TRANSLATE_NOOP("LookInside", "Fourth layer"),
           QT_TRANSLATE_NOOP("LookInside", "of the fourth layer")),
    "p2": (QT_TRANSLATE_NOOP("LookInside", "Second half-size layer"),
           QT_TRANSLATE_NOOP("LookInside", "of the second half-size layer")),
}


def layer_texts() -> dict[str, tuple[str, str, str]]:
    """Per layer: (caption, what is this?, technical caption), in the window's language."""
    return {name: (translate("LookInside", caption), translate("LookInside", help_text),
                   QCoreApplication.translate("InspectorWindow", technical))
            for name, (caption, help_text, technical) in _LAYER_TEXTS.items()}


def layer_title(layer: str, of: bool = False) -> str:
    """A layer's short plain name ("First layer"), or with ``of`` "of the first layer"."""
    return translate("LookInside", _TITLES[layer][1 if of else 0])


DECIMALS = 3  # of every value in a cell's arithmetic


def _table(values: np.ndarray, mark: tuple[int, int] | None = None) -> str:
    rows = []
    for r, row in enumerate(np.asarray(values)):
        cells = "".join(
            f"<td align='right'>{'<b>' if (r, c) == mark else ''}{number(v, DECIMALS)}"
            f"{'</b>' if (r, c) == mark else ''}</td>" for c, v in enumerate(row))
        rows.append(f"<tr>{cells}</tr>")
    return f"<table cellspacing='0' cellpadding='2' border='1'>{''.join(rows)}</table>"


def _said_table(values: np.ndarray) -> str:
    """A table as a screen reader says it: row by row (its cells were one number a line)."""
    return " ".join(translate("LookInside", "Row %1: %2.").replace("%1", str(r + 1)).replace(
        "%2", in_list(number(v, DECIMALS) for v in row))
        for r, row in enumerate(np.asarray(values)))


def cell_html(cell: ConvCell | PoolCell, said: bool = False) -> str:
    """The arithmetic of one cell as rich text, with its numbers; ``said``: tables in words."""
    where = translate("LookInside", "Map %1, row %2, column %3 %4").replace(
        "%1", str(cell.index + 1)).replace("%2", str(cell.row + 1)).replace(
        "%3", str(cell.column + 1)).replace("%4", layer_title(cell.layer, of=True))
    if isinstance(cell, PoolCell):
        largest = QCoreApplication.translate(
            "LookInside", "The largest of this 2 by 2 window of map %1 %2:").replace(
            "%1", str(cell.index + 1)).replace("%2", layer_title(cell.source, of=True))
        window = f"<p>{_said_table(cell.window)}</p>" if said else _table(cell.window)
        return (f"<p><b>{where}</b></p><p>{largest}</p>{window}"
                f"<p>= <b>{number(cell.after, DECIMALS)}</b></p>")
    inputs = cell.windows.shape[2]
    order = np.argsort(-np.abs(cell.terms))
    shown = order[:SHOWN_INPUTS] if inputs > SHOWN_INPUTS else order
    parts = [f"<p><b>{where}</b></p>"]
    source = (translate("LookInside", "the image") if cell.source == "input"
              else translate("LookInside", "map %1 %2"))
    for i in shown:
        name = source.replace("%1", str(i + 1)).replace("%2", layer_title(cell.source, of=True))
        added = translate("LookInside", "Window of %1 × its kernel, added up:").replace("%1", name)
        # The sum in the sentence: after the two tables, a narrow Look inside cut it
        # ("= 0.06(") and, wrapped, "0.236" stood apart from its "=".
        parts.append(f"<p>{added}&nbsp;<b>{number(cell.terms[i], DECIMALS)}</b></p>")
        if said:
            parts.append("<p>" + translate("LookInside", "The window: %1 Its kernel: %2").replace(
                "%1", _said_table(cell.windows[:, :, i])).replace(
                "%2", _said_table(cell.kernels[:, :, i])) + "</p>")
        else:
            parts.append(f"<table><tr><td>{_table(cell.windows[:, :, i], (1, 1))}</td><td>×</td>"
                         f"<td>{_table(cell.kernels[:, :, i])}</td></tr></table>")
    rest = order[len(shown):]
    if len(rest):
        parts.append("<p>" + translate("LookInside", "The other %1 maps add %2.").replace(
            "%1", str(len(rest))).replace(
            "%2", number(cell.terms[rest].sum(), DECIMALS)) + "</p>")
    parts.append("<p>" + translate("LookInside", "Sum %1 + bias %2 = %3 before ReLU").replace(
        "%1", number(cell.terms.sum(), DECIMALS)).replace(
        "%2", number(cell.bias, DECIMALS)).replace(
        "%3", number(cell.before, DECIMALS)) + "</p>")
    relu = translate("LookInside", "ReLU keeps it if positive, else 0: <b>%1</b>")
    parts.append("<p>" + relu.replace("%1", number(cell.after, DECIMALS)) + "</p>")
    return "".join(parts)


class CellView(QLabel):
    """How the chosen cell of a map is computed (or one line saying how to choose one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellView")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("How the chosen cell is computed"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the whole calculation, by keyboard too
        self.cell: ConvCell | PoolCell | None = None
        self.show_cell(None)

    def show_cell(self, cell: ConvCell | PoolCell | None) -> None:
        """Show ``cell``'s arithmetic, or how to pick one."""
        self.cell = cell
        self.setText(self.tr("Click a cell of the enlarged map (or use the arrow keys there) to "
                             "see how it is computed.") if cell is None else cell_html(cell))
        said = self.text() if cell is None else cell_html(cell, said=True)
        self.setAccessibleDescription(QTextDocumentFragment.fromHtml(said).toPlainText())


class MapView(PixelView):
    """The chosen map, enlarged: a click or the arrow keys choose one of its cells.

    Signals:
        cellChosen(row, column): a cell of the map was chosen.
    """

    cellChosen = Signal(int, int)  # noqa: N815 - Qt signal naming

    def __init__(self, side: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(side, name, parent)
        self.cell: tuple[int, int] | None = None
        self.said = ""  # the chosen cell in a few words (set with it)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _cells(self) -> tuple[int, int]:
        """(rows, columns) of the map shown."""
        return self.image.height(), self.image.width()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """The cell under the pointer."""
        if self.image is not None:
            rows, columns = self._cells()
            left = (self.width() - columns * self.factor) // 2
            top = (self.height() - rows * self.factor) // 2
            point = event.position().toPoint()
            row, column = (point.y() - top) // self.factor, (point.x() - left) // self.factor
            if 0 <= row < rows and 0 <= column < columns:
                self.cellChosen.emit(row, column)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows move the chosen cell."""
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                 Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if self.image is None or self.cell is None or event.key() not in steps:
            super().keyPressEvent(event)
            return
        rows, columns = self._cells()
        dy, dx = steps[event.key()]
        self.cellChosen.emit(min(max(self.cell[0] + dy, 0), rows - 1),
                             min(max(self.cell[1] + dx, 0), columns - 1))
        # Said: its description changes too little for a reader to say it again.
        announce(self, self.said)


def filter_captions() -> dict[str, str]:
    """The Filters tab's captions: whose kernels, and how they are laid out."""
    layout = translate("LookInside", "column: the map it makes, row: the map it reads")
    return {
        "c1": translate("LookInside", "First layer: its 16 patterns of 3 by 3 weights"),
        "c2": translate("LookInside", "Second layer: 16 × 16 kernels (%1)").replace("%1", layout),
        "c3": translate("LookInside", "Third layer: 16 × 32 kernels (%1)").replace("%1", layout),
        "c4": translate("LookInside", "Fourth layer: 32 × 32 kernels (%1)").replace("%1", layout),
    }
