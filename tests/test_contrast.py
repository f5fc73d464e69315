"""Text contrast: every text colour token >= 4.5:1 on its background, light and dark (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from app.prediction_panel import _CAPTION_STYLE
from app.theme import (
    apply_color_scheme,
    contrast,
    dark_palette,
    is_dark,
    shown_colour,
    tokens,
    with_readable_placeholder,
)

AA = 4.5
PAPER = QColor("#ffffff")  # the canvas stays a white sheet in both palettes
TEXT_TOKENS = ["text", "muted", "wrong", "unsure", "right"]  # text on the window's grounds


def palettes() -> dict[str, QPalette]:
    return {"light": QStyleFactory.create("Fusion").standardPalette(), "dark": dark_palette()}


def pairs(palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for every text the app paints or styles."""
    colours = tokens(palette)
    grounds = {"surface": colours.surface,
               "window": palette.color(QPalette.ColorRole.Window),
               "base": palette.color(QPalette.ColorRole.Base)}
    found = [(f"{name} on {ground}", getattr(colours, name), colour)
             for name in TEXT_TOKENS for ground, colour in grounds.items()]
    found += [
        ("wrong on wrong_surface", colours.wrong, colours.wrong_surface),
        ("warning_text on warning_surface", colours.warning_text, colours.warning_surface),
        ("error_text on error_surface", colours.error_text, colours.error_surface),
        ("canvas hint on paper", colours.hint, PAPER),
    ]
    for label, (_, _, text) in (("bars", colours.bars), ("bars_untrusted", colours.bars_untrusted)):
        for ground, colour in grounds.items():
            found.append((f"{label} label on {ground}", text, colour))
    if not is_dark(palette):
        return found  # the light palette is the system's; the dark one is the app's own
    for role, ground in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
                         (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase)):
        found.append((f"palette {role.name} on {ground.name}", palette.color(role),
                      palette.color(ground)))
    return found


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_colour_reaches_4_5_to_1(name, qapp):
    palette = palettes()[name]
    assert is_dark(palette) == (name == "dark")
    low = [f"{what}: {text.name()} on {ground.name()} = {contrast(text, ground):.2f}"
           for what, text, ground in pairs(palette) if contrast(text, ground) < AA]
    assert low == []


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_muted_text_from_the_palette_is_readable(name, qapp):
    # Captions and hints use PlaceholderText; Qt's light palette has it at about 4:1.
    palette = with_readable_placeholder(palettes()[name])
    window = palette.color(QPalette.ColorRole.Window)
    shown = shown_colour(palette.color(QPalette.ColorRole.PlaceholderText), window)
    assert contrast(shown, window) >= AA


def test_the_histogram_caption_uses_the_readable_muted_colour():
    assert "palette(placeholder-text)" in _CAPTION_STYLE


def readable_placeholder(palette: QPalette) -> bool:
    window = palette.color(QPalette.ColorRole.Window)
    shown = shown_colour(palette.color(QPalette.ColorRole.PlaceholderText), window)
    return contrast(shown, window) >= AA


def test_the_app_keeps_its_muted_text_readable_through_scheme_changes(qapp):
    saved = QPalette(qapp.palette())
    try:
        qapp.setPalette(QStyleFactory.create("Fusion").standardPalette())
        apply_color_scheme(qapp, Qt.ColorScheme.Light)
        assert readable_placeholder(qapp.palette())
        apply_color_scheme(qapp, Qt.ColorScheme.Dark)
        assert is_dark(qapp.palette()) and readable_placeholder(qapp.palette())
        apply_color_scheme(qapp, Qt.ColorScheme.Light)
        assert not is_dark(qapp.palette()) and readable_placeholder(qapp.palette())
    finally:
        qapp.setPalette(saved)
        qapp.setProperty("digitCanvasDarkPalette", False)
