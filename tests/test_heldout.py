"""The held-out set: held out means training never reads it, and its shapes are new."""

import ast
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import ImageFont

import main
from model.network.decision import Decision
from model.synthetic import (
    fonts,
    heldout,
    heldout_nondigit_templates,
    heldout_templates,
    training_set,
)
from model.synthetic.digit_templates import STYLE_TEMPLATES
from model.synthetic.nondigit_templates import EXCLUDED_LETTERS, LETTERS, SHAPES, SYMBOLS
from tests.helpers import answer_everything_with, mnist

MODEL = Path(__file__).resolve().parent.parent / "model"
HELDOUT_MODULES = ("model.synthetic.heldout", "model.synthetic.heldout_templates",
                   "model.synthetic.heldout_nondigit_templates", "model.synthetic.heldout_reading")
# May import the held-out modules: themselves, and the command that reports on them.
ALLOWED_IMPORTERS = {"heldout.py", "heldout_templates.py", "heldout_nondigit_templates.py",
                     "heldout_reading.py", "cli.py"}
NEW_ENOUGH = 0.02  # normalised glyph heights: the hand's own per-point jitter


# --------------------------------------------------------------------------- never read


class Touched(AssertionError):
    """Training reached for something held out."""


def _forbid(*args: object, **kwargs: object) -> None:
    raise Touched("a training generator read the held-out templates or fonts")


class _Forbidden(dict):
    """A table that refuses to be read."""

    def __getitem__(self, key: object) -> object:
        raise Touched("a training generator read the held-out cursive letters or words")

    def __iter__(self):  # noqa: D105
        raise Touched("a training generator read the held-out cursive letters or words")

    def __len__(self) -> int:  # noqa: D105
        raise Touched("a training generator read the held-out cursive letters or words")

    def __contains__(self, key: object) -> bool:  # noqa: D105
        raise Touched("a training generator read the held-out cursive letters or words")


def test_generating_the_training_set_never_reads_the_heldout_templates_or_fonts(
        monkeypatch, tmp_path):
    heldout_fonts = fonts.heldout_font_files()
    assert heldout_fonts, "this machine has no held-out font: the check would prove nothing"
    for module, names in ((heldout_templates, ("digit_styles", "style_hand")),
                          (heldout_nondigit_templates, ("letters", "symbols", "shapes")),
                          (heldout, ("cursive_word_strokes",)),
                          (fonts, ("heldout_font_files",))):
        for name in names:
            monkeypatch.setattr(module, name, _forbid)
    for name in ("CURSIVE_LETTERS", "CURSIVE_WORDS"):  # the held-out joined-up writing
        monkeypatch.setattr(heldout_nondigit_templates, name, _Forbidden())
    opened = []
    load, truetype, default = fonts.load, ImageFont.truetype, ImageFont.load_default

    def watched_load(path: Path | None, size: int) -> object:
        opened.append(path)
        if path in heldout_fonts or (path is not None and path.name in fonts.HELDOUT_FONTS):
            raise Touched(f"training opened the held-out font {path}")
        return load(path, size)

    def watched_truetype(font: object, *args: object, **kwargs: object) -> object:
        if Path(str(font)).name in fonts.HELDOUT_FONTS:
            raise Touched(f"training opened the held-out font {font}")
        return truetype(font, *args, **kwargs)

    def watched_default(*args: object, **kwargs: object) -> object:
        if fonts.BUILTIN in heldout_fonts:
            raise Touched("training used Pillow's built-in font, a held-out font here")
        return default(*args, **kwargs)

    monkeypatch.setattr(fonts, "load", watched_load)
    monkeypatch.setattr(ImageFont, "truetype", watched_truetype)
    monkeypatch.setattr(ImageFont, "load_default", watched_default)
    # Every style and every kind at least once (the printed ones too).
    x, y = training_set.training_extras(11, styles=100, negatives=120,
                                     mnist_images=mnist().x_train[:2000], cache_dir=tmp_path)
    assert len(x) == 220 and set(np.unique(y)) == {training_set.NOT_A_DIGIT, *range(10)}
    assert opened and {path.name for path in opened} <= set(fonts.TRAIN_FONTS)


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_training_module_imports_the_heldout_modules():
    importers = {path.name for path in MODEL.rglob("*.py")
                 if _imported_modules(path) & set(HELDOUT_MODULES)}
    assert importers <= ALLOWED_IMPORTERS


# --------------------------------------------------------------------------- fonts


def test_heldout_fonts_are_printed_fonts_no_other_split_uses():
    assert not set(fonts.HELDOUT_FONTS) & set(fonts.TRAIN_FONTS + fonts.VALIDATION_FONTS)
    found = fonts.heldout_font_files()
    assert not set(found) & set(fonts.font_files("train"))
    assert not set(found) & set(fonts.font_files("validation"))
    assert all(path is fonts.BUILTIN or path.name in fonts.HELDOUT_FONTS for path in found)


def test_on_a_bare_system_the_heldout_set_has_no_fonts(tmp_path):
    # Pillow's built-in font is training's there: it must not count as held out.
    bare = (str(tmp_path),)
    assert fonts.font_files("train", bare) == (fonts.BUILTIN,)
    assert fonts.heldout_font_files(bare) == ()
    assert list(heldout.style_makers(())) == list(heldout_templates.digit_styles())
    assert list(heldout.kind_makers(())) == ["letter", "symbol", "cursive word", "shape"]


# --------------------------------------------------------------------------- new shapes


def _normalised(glyph: list[np.ndarray], step: float = 0.01) -> np.ndarray:
    """Points every ``step`` along the strokes, in a box whose longer side is 1."""
    points = []
    for stroke in glyph:
        stroke = np.asarray(stroke, dtype=np.float64)
        lengths = np.hypot(*np.diff(stroke, axis=0).T)
        along = np.concatenate([[0.0], np.cumsum(lengths)])
        at = np.linspace(0.0, along[-1], max(2, int(along[-1] / step) + 1))
        points.append(np.stack([np.interp(at, along, stroke[:, 0]),
                                np.interp(at, along, stroke[:, 1])], axis=1))
    every = np.concatenate(points)
    every -= every.min(axis=0)
    return every / max(float(every.max()), 1e-9)


def _distance(a: np.ndarray, b: np.ndarray) -> float:
    """Symmetric chamfer distance: the mean way to the nearest point, the worse direction."""
    gaps = np.hypot(a[:, None, 0] - b[None, :, 0], a[:, None, 1] - b[None, :, 1])
    return float(max(gaps.min(axis=1).mean(), gaps.min(axis=0).mean()))


def _glyphs(*tables: dict) -> list[tuple[str, np.ndarray]]:
    return [(name, _normalised(glyph)) for table in tables for name, variants in table.items()
            for glyph in variants]


@pytest.fixture(scope="module")
def training_glyphs() -> list[tuple[str, np.ndarray]]:
    digits = {style: variants for style, (_, variants) in STYLE_TEMPLATES.items()}
    return _glyphs(digits, LETTERS, SYMBOLS, SHAPES)


def _heldout_glyphs() -> list[tuple[str, np.ndarray]]:
    digits = {style: variants for style, (_, variants) in heldout_templates.digit_styles().items()}
    return _glyphs(digits, heldout_nondigit_templates.letters(),
                   heldout_nondigit_templates.symbols(), heldout_nondigit_templates.shapes())


def test_no_heldout_template_is_a_training_template(training_glyphs):
    too_close = []
    for name, glyph in _heldout_glyphs():
        distance, nearest = min((_distance(glyph, other), other_name)
                                for other_name, other in training_glyphs)
        if distance <= NEW_ENOUGH:
            too_close.append(f"{name} ~ {nearest} ({distance:.3f})")
    assert not too_close


def test_a_copied_template_is_not_new_however_it_is_moved(training_glyphs):
    # Shifted, scaled, one corner nudged: still a training template, not a new one.
    copy = [stroke * 1.7 + 0.3 for stroke in STYLE_TEMPLATES["7 crossbar"][1][0]]
    copy[0][1] += 0.02
    nearest = min(_distance(_normalised(copy), other) for _, other in training_glyphs)
    assert nearest < NEW_ENOUGH / 2


def test_heldout_digit_styles_name_their_digit_and_cover_every_digit():
    styles = heldout_templates.digit_styles()
    assert not set(styles) & set(STYLE_TEMPLATES)
    assert all(digit == int(style[0]) for style, (digit, _) in styles.items())
    assert sorted({digit for digit, _ in styles.values()}) == list(range(10))


def test_heldout_letters_are_never_letters_that_pass_for_a_digit():
    assert not set(heldout_nondigit_templates.letters()) & set(EXCLUDED_LETTERS)


def test_heldout_cursive_words_are_new_and_written_with_heldout_letters():
    from model.synthetic import cursive

    letters = heldout_nondigit_templates.CURSIVE_LETTERS
    words = heldout_nondigit_templates.CURSIVE_WORDS
    assert all(set(word) <= set(letters) for word in words)
    assert not set(words) & set(cursive.WORDS)
    # Every held-out letter form differs from training's form of that letter.
    for letter, points in letters.items():
        if letter in cursive.LOWERCASE:
            assert np.asarray(points).shape != np.asarray(cursive.LOWERCASE[letter]).shape or \
                not np.allclose(points, cursive.LOWERCASE[letter], atol=NEW_ENOUGH), letter


def test_evaluate_heldout_reads_whole_drawings():
    from model.synthetic.heldout_reading import reading_report

    calls = []

    def read(image, strokes):
        calls.append(strokes is None)
        return None  # refuses everything: letters refused, no number read

    report = reading_report(read, 3)
    assert report == {"letters and symbols refused": {"strokes": 1.0, "image": 1.0},
                      "numbers read whole": {"strokes": 0.0, "image": 0.0}}
    assert calls.count(True) == calls.count(False) == 6


# --------------------------------------------------------------------------- the set


@pytest.fixture(scope="module")
def heldout_set() -> dict:
    return heldout.heldout_set(seed=0, per_style=4, per_kind=4)


def test_the_heldout_set_has_every_new_style_and_kind(heldout_set):
    drawn = list(heldout_templates.digit_styles())
    printed = [f"{digit} printed" for digit in range(10)]
    assert list(heldout_set["styles"]) == drawn + printed
    assert list(heldout_set["negatives"]) == list(heldout.KINDS)
    for style, (images, labels) in heldout_set["styles"].items():
        assert images.dtype == np.uint8 and images.shape == (4, 28, 28)
        assert np.all(labels == int(style[0]))
    assert all(images.shape == (4, 28, 28) for images in heldout_set["negatives"].values())
    assert heldout_set["fonts"] == heldout.font_names(fonts.heldout_font_files())


def test_the_heldout_set_repeats_with_a_seed(heldout_set):
    again = heldout.heldout_set(seed=0, per_style=4, per_kind=4)
    other = heldout.heldout_set(seed=1, per_style=4, per_kind=4)
    for style, (images, _) in heldout_set["styles"].items():
        assert np.array_equal(images, again["styles"][style][0])
    assert not np.array_equal(heldout_set["styles"]["4 wide"][0], other["styles"]["4 wide"][0])


# --------------------------------------------------------------------------- evaluate --heldout


def test_evaluate_heldout_on_the_command_line(capsys, monkeypatch):
    answer_everything_with(monkeypatch, Decision("digit", 4, 4))
    assert main.main(["evaluate", "--heldout", "--count", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["set"] == heldout.HELDOUT and report["checkpoint"] == "stand-in"
    assert report["fonts"] == heldout.font_names(fonts.heldout_font_files())
    assert report["styles"]["4 wide"] == {"digit": 4, "count": 2, "accuracy": 1.0,
                                          "rejected": 0.0}
    assert report["styles"]["7 low crossbar"]["accuracy"] == 0.0
    assert set(report["negatives"]) == set(heldout.KINDS) and report["not_a_digit"] == 0.0
    # Whole drawings too: a model that calls everything a 4 refuses no letter.
    assert report["drawings"]["letters and symbols refused"] == {"strokes": 0.0, "image": 0.0}
    assert main.main(["evaluate", "--heldout", "--count", "2"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"{heldout.HELDOUT}; fonts: ")
    assert "9 boxy head" in text and "called not a digit" in text
    assert "numbers read whole" in text and "cursive word" in text


@pytest.mark.faults
def test_evaluate_takes_one_set_at_a_time(capsys):
    with pytest.raises(SystemExit) as stop:
        main.main(["evaluate", "--styles", "--heldout"])
    assert stop.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
