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

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
    QPalette.ColorRole.Highlight: "#3d7fd9",
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
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        app.setProperty(_OURS, True)
    elif scheme == Qt.ColorScheme.Light and app.property(_OURS):
        app.setPalette(app.style().standardPalette())
        app.setProperty(_OURS, False)


def follow_color_scheme(app: QApplication) -> None:
    """Follow the desktop's colour scheme now and whenever it changes."""
    hints = QGuiApplication.styleHints()
    apply_color_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))
