"""The caption and colour legend at the top of each of Look inside's painted strips."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from app.images import rgb_image
from app.language import number
from model.look_inside.images import Scale, legend

CAPTION_HEIGHT = 18
LEGEND_WIDTH = 110
LABEL_HEIGHT = 14
_LEGENDS: dict[int, QImage] = {}  # colour bar per lookup table (its colours never change)


def legend_image(scale: Scale) -> QImage:
    """The colour bar of a scale's lookup table (cached)."""
    key = id(scale.table)
    if key not in _LEGENDS:
        _LEGENDS[key] = rgb_image(legend(Scale(0.0, 1.0, scale.table), LEGEND_WIDTH, 10))
    return _LEGENDS[key]


def format_value(value: float) -> str:
    """A legend number: short, and never in scientific notation for usual sizes."""
    if value == 0:
        return "0"
    if abs(value) < 0.01:
        return QLocale().toString(float(value), "g", 2)
    return number(value, 2)


def text_colours(widget: QWidget) -> tuple[QColor, QColor]:
    """(text, muted text) from the widget's palette, so light and dark themes both read."""
    palette = widget.palette()
    return (palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.PlaceholderText))


def legend_room(metrics: QFontMetrics) -> int:
    """Px kept for a legend beside a caption, whatever its end values.

    The same before values arrive and after: a caption that moved to two lines
    at the first drawing would push every map below it down.
    """
    return (metrics.horizontalAdvance("-0.00") + LEGEND_WIDTH
            + metrics.horizontalAdvance("00.00") + 8 + 12)


def caption_lines(metrics: QFontMetrics, caption: str, room: int, width: int,
                  most: int = 3) -> list[str]:
    """``caption`` broken between words: a first line ``room`` px wide, the next ``width``.

    The first line is empty when the legend leaves no room for a word (the first word
    was painted under it). At most ``most`` lines of words; what they cannot hold
    ends in "…" (one line cut "16 small pattern detectors, each slid ove…", and a
    learner lost the point; two cut a German caption with Details mid-word).
    """
    def fitted(text: str, line_room: int) -> str:
        # Measured as the words were: Qt's elidedText cut a line that fitted ("über I…").
        if metrics.horizontalAdvance(text) <= line_room:
            return text
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, line_room)

    lines, words = [], caption.split(" ")
    if metrics.horizontalAdvance(words[0]) > room:  # beside the legend: not even a word
        lines, most = [""], most + 1
    while words and len(lines) < most:
        line_room = room if not lines else width
        cut = len(words) if len(lines) == most - 1 else 1  # the last line: all that is left
        while cut < len(words) and metrics.horizontalAdvance(
                " ".join(words[:cut + 1])) <= line_room:
            cut += 1
        lines.append(fitted(" ".join(words[:cut]), line_room))
        words = words[cut:]
    return lines


def begin_paint(strip: QWidget, lines: list[str],
                ) -> tuple[QPainter, QFontMetrics, QColor, QColor]:
    """Count the paint, open a painter and draw the strip's caption ``lines`` at its top.

    Returns:
        The painter, its font metrics, and the text and muted colours.
    """
    strip.paints += 1
    painter = QPainter(strip)
    metrics = painter.fontMetrics()
    text, muted = text_colours(strip)
    painter.setPen(text)
    strip.shown_caption = "\n".join(lines)  # as painted
    for row, line in enumerate(lines):
        painter.drawText(0, row * CAPTION_HEIGHT + metrics.ascent() + 1, line)
    return painter, metrics, text, muted


def paint_legend(painter: QPainter, right: int, top: int, scale: Scale, muted: QColor,
                 ) -> None:
    """The colour bar of a scale with its end values, right-aligned at ``right``."""
    metrics = painter.fontMetrics()
    high, low = format_value(scale.high), format_value(scale.low)
    x = right - metrics.horizontalAdvance(high)
    painter.setPen(muted)
    painter.drawText(x, top + metrics.ascent(), high)
    bar = legend_image(scale)
    x -= LEGEND_WIDTH + 4
    painter.drawImage(QPoint(x, top + 2), bar)
    painter.drawText(x - 4 - metrics.horizontalAdvance(low), top + metrics.ascent(), low)
