"""Light or dark: the app follows the system's palette (charts included).

Widgets that paint their own colours ask :func:`is_dark` for the palette they
are shown with, and restyle on ``QEvent.PaletteChange``. The drawing canvas
stays a white sheet with black ink and the network-input preview stays white
on black (MNIST's look) in both: they show what the network reads.

Where the desktop asks for a dark colour scheme but the Qt platform theme
hands out a light palette (no platform integration for it), a dark Fusion
palette is set, so the app is dark when the desktop is.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

_DARK = {  # role: colour (Qt's own Fusion dark values, roughly)
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#2f3136",
    QPalette.ColorRole.ToolTipBase: "#3a3d42",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#8f949b",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#35373c",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4d53",
    QPalette.ColorRole.Midlight: "#3f4247",
    QPalette.ColorRole.Mid: "#25272b",
    QPalette.ColorRole.Dark: "#1a1b1e",
    QPalette.ColorRole.Shadow: "#0d0d0f",
    QPalette.ColorRole.Highlight: "#3270c8",  # white selected text at 4.9:1
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6ea8fe",
    QPalette.ColorRole.LinkVisited: "#b197fc",
}
_DISABLED_TEXT = "#7a7e85"
_OURS = "digitCanvasDarkPalette"  # app property: the dark palette was set here


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (light text on a dark window)."""
    window = palette.color(QPalette.ColorRole.Window).lightnessF()
    text = palette.color(QPalette.ColorRole.WindowText).lightnessF()
    return window < text


def chart_theme(palette: QPalette) -> QChart.ChartTheme:
    """The QtCharts theme that matches ``palette``."""
    return QChart.ChartTheme.ChartThemeDark if is_dark(palette) else (
        QChart.ChartTheme.ChartThemeLight)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Dark palette for a dark scheme when Qt's palette is light; undo that for a light one."""
    from app.fusion_style import FusionStyle  # it paints with this module's tokens

    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setStyle(FusionStyle())
        app.setPalette(dark_palette())
        app.setProperty(_OURS, True)
    elif scheme == Qt.ColorScheme.Light and app.property(_OURS):
        app.setPalette(app.style().standardPalette())
        app.setProperty(_OURS, False)
    if app.style().name().lower() == "fusion" and not isinstance(app.style(), FusionStyle):
        # Fusion's own rings: a toolbar button's 1.0:1; on GTK's dark palette 1.3:1. The
        # palette, the desktop's own, is kept.
        palette = app.palette()
        app.setStyle(FusionStyle())
        if app.palette() != palette:
            app.setPalette(palette)
    readable = with_readable_placeholder(app.palette())
    if readable != app.palette():
        app.setPalette(readable)


def shown_colour(colour: QColor, ground: QColor) -> QColor:
    """``colour`` as it shows over ``ground`` (a translucent placeholder colour blended)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(alpha * getattr(colour, c)() + (1 - alpha) * getattr(ground, c)()
                             for c in ("redF", "greenF", "blueF")))


def with_readable_placeholder(palette: QPalette) -> QPalette:
    """``palette`` with muted text (PlaceholderText: hints, captions) at >= 4.5:1 on Window.

    Qt's own light palette makes it the text colour at half opacity (about 4:1).
    """
    role, window = QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window
    placeholder = palette.color(role)
    if contrast(shown_colour(placeholder, palette.color(window)), palette.color(window)) >= 4.5:
        return palette
    fixed = QPalette(palette)
    fixed.setColor(QPalette.ColorGroup.All, role, tokens(palette).muted)
    return fixed


def follow_color_scheme(app: QApplication) -> None:
    """Follow the desktop's colour scheme now and whenever it changes."""
    hints = QGuiApplication.styleHints()
    apply_color_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))


# ------------------------------------------------------------------ tokens


@dataclass(frozen=True)
class Tokens:
    """The colours painted widgets use, for one palette (see :func:`tokens`).

    Each has text contrast of at least 4.5:1 where text is drawn on it.
    """

    surface: QColor  # a card, a matrix, a chart's sheet
    sunken: QColor  # what cards lie on
    hover: QColor  # a card under the mouse
    border: QColor  # a card's edge, a grid line
    text: QColor  # ordinary text on ``surface``
    muted: QColor  # secondary text on ``surface`` (still >= 4.5:1)
    faint: QColor  # a zero, a placeholder mark: not meant to be read closely
    accent: QColor  # the selection
    wrong: QColor  # a mistake (text and the darkest mistake shade)
    wrong_surface: QColor  # a card that is a mistake
    right: QColor  # the darkest shade of a right answer
    unsure: QColor  # low confidence, a status that asks for attention
    outline: QColor  # the cell gone to
    marker: QColor  # the cell under the mouse
    empty: QColor  # a cell with nothing in it
    on_strong: QColor  # text on a strong (dark) shade
    warning_surface: QColor  # a warning banner
    warning_text: QColor
    error_surface: QColor  # an error banner
    error_text: QColor
    chart_loss: QColor  # the training panel's loss line
    chart_accuracy: QColor  # its accuracy line
    mark: QColor  # "Look inside": the selected unit
    mark_bright: QColor  # "Look inside": the window under the pointer
    winner: QColor  # "Look inside": the winning class
    other: QColor  # "Look inside": the other classes
    picture_ground: QColor  # "Look inside": behind a picture not there yet
    preview_border: QColor  # the network-input preview's frame
    preview_empty: QColor  # the preview with nothing to show (MNIST's black)
    hint: QColor  # the canvas's "draw here" hint, on white paper in both palettes
    bars: tuple[QColor, QColor, QColor]  # histogram: bar, winner, label
    bars_untrusted: tuple[QColor, QColor, QColor]  # the same for an answer not trusted


_LIGHT_TOKENS = Tokens(
    surface=QColor("#ffffff"), sunken=QColor("#e9ecf0"), hover=QColor("#f3f6fa"),
    border=QColor("#d3d8de"), text=QColor("#202428"), muted=QColor("#5f666e"),
    faint=QColor("#c3c8ce"), accent=QColor("#1f6fd1"), wrong=QColor("#c62828"),
    wrong_surface=QColor("#fdecec"), right=QColor("#1f5fb4"), unsure=QColor("#945800"),
    outline=QColor("#111111"), marker=QColor("#ffb300"), empty=QColor("#f6f7f9"),
    on_strong=QColor("#ffffff"),
    warning_surface=QColor("#fff3cd"), warning_text=QColor("#664d03"),
    error_surface=QColor("#f8d7da"), error_text=QColor("#842029"),
    chart_loss=QColor("#d9822b"), chart_accuracy=QColor("#3d8bf2"),
    mark=QColor(0, 150, 255), mark_bright=QColor(0, 229, 255),
    winner=QColor(221, 81, 58), other=QColor(150, 150, 160), picture_ground=QColor(30, 30, 30),
    preview_border=QColor(128, 128, 128), preview_empty=QColor(24, 24, 24),
    hint=QColor("#6b7078"),  # 5:1 on the white paper
    bars=(QColor("#9db4cf"), QColor("#1f6fd1"), QColor("#303030")),
    bars_untrusted=(QColor("#d4d4d4"), QColor("#a8a8a8"), QColor("#666666")),
)

_DARK_TOKENS = dataclasses.replace(
    _LIGHT_TOKENS,
    surface=QColor("#2a2c30"), sunken=QColor("#1e1f22"), hover=QColor("#33363b"),
    border=QColor("#45484e"), text=QColor("#e8e8e8"), muted=QColor("#a9aeb5"),
    faint=QColor("#5c6067"), accent=QColor("#6ea8fe"), wrong=QColor("#ff8a80"),
    wrong_surface=QColor("#4a2626"), right=QColor("#5b9bef"), unsure=QColor("#f0b45a"),
    outline=QColor("#f5f5f5"), empty=QColor("#25272b"),
    warning_surface=QColor("#4d3d0a"), warning_text=QColor("#ffe08a"),
    error_surface=QColor("#58151c"), error_text=QColor("#f5c2c7"),
    chart_loss=QColor("#f0a05a"), chart_accuracy=QColor("#6ea8fe"),
    bars=(QColor("#5b6f89"), QColor("#4d9bff"), QColor("#ececec")),
    bars_untrusted=(QColor("#4a4a4a"), QColor("#6a6a6a"), QColor("#a0a0a0")),
)


def tokens(palette: QPalette | None = None) -> Tokens:
    """The colour tokens for ``palette`` (default: the application's), light or dark."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if app is not None else QPalette()
    return _DARK_TOKENS if is_dark(palette) else _LIGHT_TOKENS


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(background: QColor) -> QColor:
    """White or near-black text, whichever has more contrast on ``background``."""
    light, dark = QColor("#ffffff"), QColor("#202428")
    return light if contrast(light, background) >= contrast(dark, background) else dark


def css(colour: QColor) -> str:
    """A colour for a style sheet."""
    return colour.name()


def banner_style(severity: str, colours: Tokens) -> str:
    """A message line's style: plain for info, coloured for a warning or an error."""
    if severity == "info":
        return ""
    ground, text = ((colours.warning_surface, colours.warning_text) if severity == "warning"
                    else (colours.error_surface, colours.error_text))
    return f"background: {css(ground)}; color: {css(text)}; padding: 4px;"


def paint_focus_ring(painter: QPainter, widget: QWidget, rect: QRectF) -> None:
    """A 3 px ring in the highlight colour, drawn by a painted widget itself.

    For widgets whose edges hide the window's focus frame (a chart's white, a dark picture).
    """
    painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Highlight), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
