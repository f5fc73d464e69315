"""What the app read: the big answer, its confidence, the network's input and the histogram.

One digit shows as before: the digit, "97.1% sure", its 28x28 input and its
ten probabilities. A drawing that is not a digit reads "Not a digit" and its
histogram is greyed and captioned as not trusted. A number shows in large
type with one tile per digit (its 28x28 input, the digit, its confidence);
clicking a tile shows that digit's input and histogram.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.accessibility import one_of
from app.images import gray_image
from app.language import percent
from app.preview import NetworkInputPreview
from app.probability_chart import ProbabilityChart
from app.theme import css, tokens
from model.data.number import DigitReading, Reading

UNTRUSTED_CAPTION = QT_TRANSLATE_NOOP("PredictionPanel",
                                      "not trusted: this does not look like a digit")
TEST_IMAGE_CAPTION = QT_TRANSLATE_NOOP("PredictionPanel",
                                       "A test image is shown, never kept as a drawing")
# Below this a "closest digit" means nothing (non-digits get near-flat probabilities).
CLOSEST_MIN = 0.4
TILE_NAME = "digitTile"  # and its index: a digit of a number's tile
PREVIEW_MAX = 4 * 28 + 2
TILE_ICON = 42  # 28x28 input at 1.5x: five tiles fit beside nothing else
_CAPTION_STYLE = "color: palette(placeholder-text);"  # muted, >= 4.5:1 (app.theme)
EMPTY_CAPTION = QT_TRANSLATE_NOOP(
    "PredictionPanel", "Draw a digit: how sure the network is of each of 0-9 shows here")
NUMBER_HINT = QT_TRANSLATE_NOOP(
    "PredictionPanel", "Write digits side by side to read a number: one tile per digit here")


def _fixed_region(widget: QWidget, height: int) -> None:
    """A region of one height in every state (blank, digit, number, not a digit).

    Its text never widens the panel either, and hiding it leaves its room empty:
    nothing below it moves when it appears or goes.
    """
    widget.setFixedHeight(height)
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def _tile_icon(network_input: np.ndarray) -> QIcon:
    """The 28x28 input, white ink on black like MNIST, magnified without smoothing."""
    pixels = np.rint(np.clip(network_input, 0.0, 1.0) * 255).astype(np.uint8)
    pixmap = QPixmap.fromImage(gray_image(pixels)).scaled(
        TILE_ICON, TILE_ICON, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation)
    return QIcon(pixmap)


def tile_text(digit: DigitReading, saved_as: int | None = None, compact: bool = False) -> str:
    """A tile's caption: the digit and its confidence (not when compact), or "?"; if saved.

    A "?" has no figure: its percentage is the closest digit's, which the tile does not
    name (its tooltip does).
    """
    if digit.decision.digit is None:
        text = "?"
    else:
        text = str(digit.decision.digit)
        text = text if compact else f"{text}  {percent(digit.confidence)}"
    if saved_as is not None:  # a negative label is "not a digit": a short mark keeps the width
        text += "\n" + QCoreApplication.translate("PredictionPanel", "saved: %1").replace(
            "%1", "✗" if saved_as < 0 else str(saved_as))
    return text


class AnswerLabel(QLabel):
    """The big answer, in type as large as fits its room (a narrow panel, a longer language)."""

    def fit(self) -> None:
        """44 pt for a digit or a number, 28 for words, smaller when that does not fit."""
        text, font = self.text(), self.font()
        for size in range(44 if len(text) <= 6 else 28, 11, -2):
            font.setPointSize(size)
            if QFontMetrics(font).horizontalAdvance(text) <= self.contentsRect().width():
                break
        self.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Fit the answer to its new room."""
        super().resizeEvent(event)
        self.fit()


class PredictionPanel(QWidget):
    """The reading of the drawing on the canvas.

    Signals:
        tileSelected: The digit (0-based position) whose input and histogram are shown.
        tileMarked: A digit's tile was marked as saved, or unmarked (its position).
    """

    tileSelected = Signal(int)
    tileMarked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictionPanel")
        self._reading: Reading | None = None
        self._selected: int | None = None
        self._test_image = False  # an MNIST test image is shown (truth given)
        self._saved: dict[int, int] = {}  # digit index -> the label it was saved as
        self._saved_ids: dict[int, int] = {}  # digit index -> that drawing's id
        self._compact = False  # tiles too many for their row: captions without sureness
        self.prediction_label = AnswerLabel("", objectName="predictionLabel")
        self.prediction_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.prediction_label.font()
        font.setPointSize(44)
        font.setBold(True)
        self.prediction_label.setFont(font)
        _fixed_region(self.prediction_label, QFontMetrics(font).height())
        self.confidence_label = QLabel("", objectName="confidenceLabel", wordWrap=True)
        self.confidence_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Two lines: on one, "One piece marked ? does not look like a digit" was cut at both
        # ends. Beside the preview they cost no height.
        _fixed_region(self.confidence_label, 2 * self.confidence_label.fontMetrics().lineSpacing())
        self.preview = NetworkInputPreview()
        self.preview.setFixedSize(PREVIEW_MAX, PREVIEW_MAX)  # one size in every state
        self.preview_caption = QLabel(self.tr("What the network sees (28×28)"))
        # Muted text; a role (unlike a style sheet) follows a change to a dark palette.
        self.preview_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tiles = QWidget(objectName="digitTiles")
        self._tile_layout = QHBoxLayout(self.tiles)
        self._tile_layout.setContentsMargins(0, 0, 0, 0)
        self._tile_layout.setSpacing(4)
        self._tile_layout.addStretch()  # tiles go between two stretches: centred
        self._tile_layout.addStretch()
        self._tile_group = QButtonGroup(self)
        self._tile_group.setExclusive(True)
        self._tile_group.idClicked.connect(self.select)
        _fixed_region(self.tiles, _tile_height())
        # The tiles' room, while there are none, says how to get them.
        self.tiles_hint = QLabel(self.tr(NUMBER_HINT), objectName="tilesHint")
        self.tiles_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tiles_hint.setWordWrap(True)  # two lines fit the tiles' room (French needed them)
        self.tiles_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        _fixed_region(self.tiles_hint, _tile_height())
        self.chart_caption = QLabel("", objectName="chartCaption")
        self.chart_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _fixed_region(self.chart_caption, self.chart_caption.fontMetrics().height())
        self.chart = ProbabilityChart()
        # Room for the digit tiles of a number within the default window's height.
        self.chart.setMinimumHeight(160)
        self._layout = self._build_layout()
        self.tiles.hide()

    def _build_layout(self) -> QVBoxLayout:
        top = QHBoxLayout()
        answer = QVBoxLayout()
        answer.addWidget(self.prediction_label)
        answer.addWidget(self.confidence_label)
        top.addLayout(answer, stretch=1)
        preview_box = QVBoxLayout()
        preview_box.addWidget(self.preview, alignment=Qt.AlignmentFlag.AlignCenter)
        preview_box.addWidget(self.preview_caption, alignment=Qt.AlignmentFlag.AlignCenter)
        top.addLayout(preview_box)
        layout = QVBoxLayout(self)
        across = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        down = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin)
        layout.setContentsMargins(across, down, across, 0)  # the focus frames' edges were cut
        layout.addLayout(top)
        tile_region = QGridLayout()  # the tiles or their hint, in one place
        tile_region.addWidget(self.tiles, 0, 0)
        tile_region.addWidget(self.tiles_hint, 0, 0)
        layout.addLayout(tile_region)
        layout.addWidget(self.chart_caption)
        layout.addWidget(self.chart, stretch=1)
        return layout

    def add_row(self, widget: QWidget) -> None:
        """Put a row (the teach row) between the answer and the histogram."""
        self._layout.insertWidget(self._layout.indexOf(self.chart_caption), widget)

    # ------------------------------------------------------------------ queries

    @property
    def reading(self) -> Reading | None:
        """The reading shown (None: nothing, or the model is not loaded)."""
        return self._reading

    def selected_index(self) -> int | None:
        """Position of the digit whose input and histogram are shown."""
        return self._selected

    def digit_of_number(self) -> int | None:
        """Which digit of a number is shown (None for a single digit or none)."""
        return self._selected if self.is_number() else None

    def selected(self) -> DigitReading | None:
        """The digit whose input and histogram are shown (the only one of a single digit)."""
        if self._reading is None or self._selected is None:
            return None
        return self._reading.digits[self._selected]

    def is_number(self) -> bool:
        """Whether the reading has two or more pieces."""
        return self._reading is not None and len(self._reading.digits) > 1

    def tile(self, index: int) -> QToolButton:
        """The tile of digit ``index`` of a number."""
        return self._tile_group.button(index)

    # ------------------------------------------------------------------ showing

    def show_reading(self, reading: Reading | None, placeholder: str = "",
                     truth: int | None = None) -> None:
        """Show a reading, or the placeholder text when there is nothing to show.

        Args:
            reading: What the classifier read; None or blank shows ``placeholder``.
            placeholder: The line under the dash when nothing is read.
            truth: The true label of a test image, shown next to the confidence.
        """
        self._reading = reading if reading is not None and reading.digits else None
        self._test_image = truth is not None
        self._saved, self._saved_ids = {}, {}
        self._fill_tiles()
        if self._reading is None:
            self._selected = None
            self._set_answer("–")
            self.confidence_label.setText(placeholder or self.tr("Draw a digit or a number"))
            self.preview.set_array(None, placeholder if reading is not None else "")
            self.chart.set_probabilities(None)
            self.chart.set_trusted(True)
            self._set_caption(self.tr(EMPTY_CAPTION), _CAPTION_STYLE)
            return
        self._set_answer(self._answer_text())
        self.confidence_label.setText(self._confidence_text(truth))
        rejected = [i for i, d in enumerate(self._reading.digits) if d.decision.digit is None]
        self.select(rejected[0] if rejected else 0)

    def select(self, index: int) -> None:
        """Show digit ``index``'s input and histogram (a tile click does this)."""
        if self._reading is None or not 0 <= index < len(self._reading.digits):
            return
        self._selected = index
        digit = self._reading.digits[index]
        self.preview.set_array(digit.network_input)
        self.chart.set_probabilities(digit.decision.probabilities)
        trusted = digit.decision.digit is not None
        self.chart.set_trusted(trusted)
        self._caption(index, trusted)
        if self.is_number():
            self.tile(index).setChecked(True)
        self.tileSelected.emit(index)

    def mark_saved(self, index: int, label: int, drawing_id: int | None = None) -> None:
        """Show on digit ``index``'s tile that it was saved as ``label`` (as ``drawing_id``)."""
        if self.is_number():
            self._saved[index] = label
            if drawing_id is not None:
                self._saved_ids[index] = drawing_id
            self._caption_tile(index)
            self.tileMarked.emit(index)

    def unmark_saved(self, index: int) -> None:
        """Take back ``mark_saved`` (the sample was deleted again)."""
        if self.is_number() and index in self._saved:
            del self._saved[index]
            self._saved_ids.pop(index, None)
            self._caption_tile(index)
            self.tileMarked.emit(index)

    def saved_ids(self) -> dict[int, int]:
        """Digit index -> the id of the drawing it was saved as."""
        return dict(self._saved_ids)

    def saved_label(self, index: int) -> int | None:
        """The label digit ``index`` of the number was saved as, or None."""
        return self._saved.get(index)

    # ----------------------------------------------------------------- helpers

    def _set_answer(self, text: str) -> None:
        """The big answer; long texts ("Not a number") in smaller type."""
        self.prediction_label.setText(text)
        self.prediction_label.fit()

    def _answer_text(self) -> str:
        if self._reading.status == "not_a_digit":
            if len(self._reading.digits) > 1:
                return self.tr("Not a number")
            return self.tr("Not a digit")
        return self._reading.number

    def _confidence_text(self, truth: int | None) -> str:
        reading = self._reading
        if reading.status == "not_a_digit":
            if len(reading.digits) > 1:
                refused = sum(d.decision.digit is None for d in reading.digits)
                text = self.tr("%n piece(s) marked ? do not look like a digit", "", refused)
            else:
                text = closest_text(reading.digits[0])
        elif reading.status == "number":
            text = (self.tr("%1 sure of both digits") if len(reading.digits) == 2 else self.tr(
                "%1 sure of all %2 digits").replace("%2", str(len(reading.digits)))).replace(
                "%1", percent(reading.confidence, 1))
        else:
            text = self.tr("%1 sure").replace("%1", percent(reading.confidence, 1))
        if truth is not None:
            text += " · " + self.tr("true label %1").replace("%1", str(truth))
        return text

    def _caption(self, index: int, trusted: bool) -> None:
        if not trusted:
            self._set_caption(self.tr(UNTRUSTED_CAPTION),
                              f"color: {css(tokens(self.palette()).unsure)}; "
                                                  "font-style: italic;")
        elif self.is_number():
            text = self.tr("Digit %1 of %2 · keys 0-9 correct it · click or ← → for "
                           "another").replace("%1", str(index + 1)).replace(
                "%2", str(len(self._reading.digits)))
            self._set_caption(text, _CAPTION_STYLE)
        elif self._test_image:  # said before the teach row is tried, not only after
            self._set_caption(self.tr(TEST_IMAGE_CAPTION), _CAPTION_STYLE)
        else:
            self._set_caption("", _CAPTION_STYLE)

    def _set_caption(self, text: str, style: str) -> None:
        """The line over the histogram; hidden when empty (one trusted digit, as before)."""
        self.chart_caption.setText(text)
        self.chart_caption.setStyleSheet(style)
        self.chart_caption.setVisible(bool(text))

    def _fill_tiles(self) -> None:
        """One checkable tile per digit of a number; none for a single digit."""
        for button in self._tile_group.buttons():
            self._tile_group.removeButton(button)
            self._tile_layout.removeWidget(button)
            button.hide()  # gone now, not when the event loop deletes it
            button.deleteLater()
        if not self.is_number():
            self.tiles.hide()
            self.tiles_hint.show()
            return
        for index, digit in enumerate(self._reading.digits):
            tile = QToolButton(objectName=f"{TILE_NAME}{index}")
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tile.setIcon(_tile_icon(digit.network_input))
            tile.setIconSize(QSize(TILE_ICON, TILE_ICON))
            tile.setCheckable(True)
            one_of(tile)  # one digit of the number chosen: not a check box "checked"
            tile.setAutoRaise(True)  # flat; the selected digit's tile shows pressed
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            font = QFont(tile.font())
            font.setBold(True)
            tile.setFont(font)
            self._tile_group.addButton(tile, index)
            self._tile_layout.insertWidget(1 + index, tile)
            tile.show()  # now, not when the event loop gets to it: _fit_tiles measures it
        self.tiles_hint.hide()
        self.tiles.show()
        self._fit_tiles()

    def _fit_tiles(self) -> None:
        """Captions with their sureness where the tiles fit, else the digits alone (uncut)."""
        if not self.is_number():
            return
        self._compact = False
        self._size_pictures(TILE_ICON)
        for index in range(len(self._reading.digits)):
            self._caption_tile(index)
        self._compact = self._tile_layout.sizeHint().width() > self.tiles.width()
        if self._compact:
            for index in range(len(self._reading.digits)):
                self._caption_tile(index)
            side = TILE_ICON  # still too many for the row (ten digits): smaller pictures
            room = self.tiles.width()
            while side > TILE_ICON // 2 and self._tile_layout.sizeHint().width() > room:
                side -= 4
                self._size_pictures(side)

    def _size_pictures(self, side: int) -> None:
        for button in self._tile_group.buttons():
            button.setIconSize(QSize(side, side))

    def _caption_tile(self, index: int) -> None:
        digit, saved = self._reading.digits[index], self._saved.get(index)
        tile = self.tile(index)
        tile.setText(tile_text(digit, saved, self._compact))
        tip = self.tr("Digit %1: show its input and histogram").replace("%1", str(index + 1))
        if digit.decision.digit is None:
            tip = self.tr("Not a digit: %1").replace("%1", closest_text(digit)) + "\n" + tip
        tile.setToolTip(f"{tile_text(digit, saved)}\n{tip}" if self._compact else tip)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """The tiles' captions follow the room they have."""
        super().resizeEvent(event)
        self._fit_tiles()


def _tile_height() -> int:
    """The height of a tile with its two lines (digit and confidence, "saved: ...")."""
    tile = QToolButton()
    tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    tile.setIcon(_tile_icon(np.zeros((28, 28), np.float32)))  # without one Qt counts no icon
    tile.setIconSize(QSize(TILE_ICON, TILE_ICON))
    saved = QCoreApplication.translate("PredictionPanel", "saved: %1").replace("%1", "0")
    tile.setText(f"0  {percent(1.0)}\n{saved}")
    font = QFont(tile.font())
    font.setBold(True)
    tile.setFont(font)
    return tile.sizeHint().height()


def closest_text(digit: DigitReading) -> str:
    """What to say about a drawing that is not a digit: its closest digit, if any is close."""
    if digit.confidence < CLOSEST_MIN:
        return QCoreApplication.translate("PredictionPanel", "no digit comes close")
    return QCoreApplication.translate("PredictionPanel", "closest: %1 (%2)").replace(
        "%1", str(digit.decision.best)).replace("%2", percent(digit.confidence))
