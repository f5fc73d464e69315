"""Generated data: digit styles, non-digits, the cache, the validation set, evaluate --styles.

The held-out set (``evaluate --heldout``) has its own tests: tests/test_heldout.py.
"""

import json
import logging
from pathlib import Path

import numpy as np
import pytest

import main
from model.network.decision import Decision
from model.synthetic import fonts, hand, nondigits, training_set
from model.synthetic.style_score import score
from tests.helpers import answer_everything_with, mnist

ISSUE_STYLES = ("1 flag", "1 flag+foot", "7 crossbar", "4 open", "4 closed", "9 straight tail",
                "9 curved tail", "2 loop", "0 slashed", "6 open loop", "9 open loop")
# Words in the names of handwriting, school, comic and plotter fonts.
HANDWRITING_WORDS = ("hand", "script", "comic", "school", "marker", "brush", "pen", "hershey",
                     "single", "stroke", "cursive", "kid", "chalk")


@pytest.fixture(scope="module")
def styled() -> tuple[np.ndarray, np.ndarray, list[str]]:
    return training_set.style_digits(400, seed=3)


@pytest.fixture(scope="module")
def wide_mnist() -> np.ndarray:
    return mnist().x_train[:2000]


def _ink_box(image: np.ndarray) -> tuple[int, int]:
    rows, cols = np.nonzero(image > 60)
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1


# --------------------------------------------------------------------------- digit styles


def test_styles_cover_the_issue_and_every_digit():
    assert set(ISSUE_STYLES) <= set(training_set.STYLES)
    plain = [s for s in training_set.STYLES if s.endswith(" plain")]
    assert sorted(training_set.style_label(s) for s in plain) == list(range(10))


def test_every_style_draws_its_own_digit(styled):
    images, labels, styles = styled
    assert images.dtype == np.uint8 and images.shape == (len(labels), 28, 28)
    assert labels.dtype == np.int32
    assert set(styles) == set(training_set.STYLES)
    for label, style in zip(labels, styles, strict=True):
        assert label == training_set.style_label(style)


def test_an_outlined_digit_is_hollow():
    # A level bar drawn hollow: paper along its middle, ink on both edges.
    picture = hand.outlined([np.array([(0.0, 0.5), (1.0, 0.5)])], 80, 160,
                            np.random.default_rng(0))
    column = picture[:, 80]
    ink = np.flatnonzero(column < 128)
    assert column[80] > 200
    assert ink.min() < 76 and ink.max() > 84


def test_styles_come_out_of_prepare_like_mnist_digits(styled):
    images, _, styles = styled
    for image, style in zip(images, styles, strict=True):
        height, width = _ink_box(image)
        assert image.max() == 255, style  # prepare() scales the ink to a maximum of 1
        assert max(height, width) in (19, 20, 21), style  # longer side 20 px, as in MNIST
        total = image.sum(dtype=np.float64)
        centre = (image.sum(axis=1) @ np.arange(28) / total,
                  image.sum(axis=0) @ np.arange(28) / total)
        assert np.allclose(centre, 14.0, atol=1.0), style


def _top_width(image: np.ndarray) -> int:
    """Width of the ink in the top quarter of the digit: a 1's flag, a 7's bar."""
    rows = np.flatnonzero((image > 60).any(axis=1))
    top = image[rows[0] : rows[0] + 5] > 60
    cols = np.flatnonzero(top.any(axis=0))
    return int(cols[-1] - cols[0] + 1)


def test_a_flag_on_a_one_stays_shorter_than_a_sevens_bar(styled):
    images, _, styles = styled

    def widths(style: str) -> np.ndarray:
        return np.array([_top_width(im) for im, s in zip(images, styles, strict=True)
                         if s == style])

    for one in ("1 flag", "1 flag+foot"):
        for seven in ("7 plain", "7 crossbar"):
            assert np.percentile(widths(one), 90) < np.percentile(widths(seven), 10)


def test_style_digits_repeat_with_a_seed():
    first = training_set.style_digits(40, seed=7)
    again = training_set.style_digits(40, seed=7)
    other = training_set.style_digits(40, seed=8)
    assert np.array_equal(first[0], again[0]) and np.array_equal(first[1], again[1])
    assert first[2] == again[2]
    assert not np.array_equal(first[0], other[0])


# --------------------------------------------------------------------------- non-digits


def test_negatives_of_every_kind_have_ink(wide_mnist):
    images, kinds = training_set.negatives(200, seed=1, mnist_images=wide_mnist)
    assert images.dtype == np.uint8 and images.shape == (200, 28, 28)
    assert set(kinds) == set(training_set.NEGATIVE_KINDS)
    assert all(np.count_nonzero(image > 60) >= 10 for image in images)


def test_negatives_repeat_with_a_seed(wide_mnist):
    first, kinds = training_set.negatives(60, seed=2, mnist_images=wide_mnist)
    again, kinds_again = training_set.negatives(60, seed=2, mnist_images=wide_mnist)
    other, _ = training_set.negatives(60, seed=3, mnist_images=wide_mnist)
    assert np.array_equal(first, again) and kinds == kinds_again
    assert not np.array_equal(first, other)


def test_without_mnist_the_fragment_kinds_are_left_out():
    images, kinds = training_set.negatives(60, seed=0)
    assert len(images) == 60
    assert not set(kinds) & set(nondigits.MNIST_KINDS)


def test_digits_that_are_all_ones_give_no_fragment_kinds():
    bars = np.zeros((10, 28, 28), np.uint8)
    bars[:, 4:24, 13:15] = 255  # ten straight 1s: nothing a fragment may use
    images, kinds = training_set.negatives(40, seed=0, mnist_images=bars)
    assert len(images) == 40 and not set(kinds) & set(nondigits.MNIST_KINDS)


@pytest.mark.faults
def test_a_negative_count_is_refused():
    with pytest.raises(ValueError, match="negative"):
        training_set.negatives(-1, seed=0)
    with pytest.raises(ValueError, match="negative"):
        training_set.training_extras(0, styles=-5, negatives=0)


def test_mnist_fragments_never_use_a_one():
    ones = mnist().x_train[mnist().y_train == 1][:500]
    assert len(nondigits.wide_digits(ones)) < 0.03 * len(ones)


def test_no_negative_template_is_a_letter_that_passes_for_a_digit():
    from model.synthetic.nondigit_templates import LETTERS

    assert not set(LETTERS) & set(synthetic_excluded())
    assert not set(nondigits.FONT_LETTERS) & set(synthetic_excluded())
    assert not set(nondigits.FONT_SYMBOLS) & set("!()[]{}|/\\$§°∫¶√")


def synthetic_excluded() -> str:
    from model.synthetic.nondigit_templates import EXCLUDED_LETTERS

    return EXCLUDED_LETTERS


# --------------------------------------------------------------------------- fonts


def test_only_the_listed_printed_fonts_are_used():
    listed = fonts.TRAIN_FONTS + fonts.VALIDATION_FONTS + fonts.HELDOUT_FONTS
    # DejaVu, and URW's printed families: not Z003 (chancery) nor C059 (schoolbook)
    assert all(name.startswith(("DejaVu", "Nimbus", "P052", "URWBookman", "URWGothic"))
               for name in listed)
    assert not any(word in name.lower() for name in listed for word in HANDWRITING_WORDS)
    assert len(set(listed)) == len(listed)  # no file in two lists
    assert all("Serif" in name for name in fonts.VALIDATION_FONTS)
    assert not any("Serif" in name for name in fonts.TRAIN_FONTS)
    for split, names in (("train", fonts.TRAIN_FONTS), ("validation", fonts.VALIDATION_FONTS)):
        for path in fonts.font_files(split):
            assert path is fonts.BUILTIN or path.name in names


def test_pillows_own_font_stands_in_without_system_fonts(tmp_path):
    found = fonts.font_files("train", folders=(str(tmp_path),))
    assert found == (fonts.BUILTIN,)
    sources = nondigits.Sources(found)
    rng = np.random.default_rng(0)
    images = [nondigits.font_letter(rng, sources) for _ in range(5)]
    assert all(image is not None and image.max() == 255 for image in images)
    # The built-in font has no Greek: a letter it lacks is never drawn as a box.
    assert fonts.printable(fonts.BUILTIN, "AΔ") == "A"


def test_a_missing_glyph_is_never_printed():
    serif = [p for p in fonts.font_files("validation") if p is not fonts.BUILTIN and p.name ==
             "DejaVuSerif.ttf"]
    if not serif:
        pytest.skip("DejaVu Serif is not installed")
    assert not fonts.has_glyph(serif[0], "✓")  # DejaVu Serif has no check mark
    assert fonts.has_glyph(serif[0], "A")


# --------------------------------------------------------------------------- the cache


def _extras(tmp_path: Path, **kwargs: object) -> tuple[np.ndarray, np.ndarray]:
    return training_set.training_extras(5, styles=31, negatives=24, cache_dir=tmp_path, **kwargs)


def _fail(*args: object, **kwargs: object) -> None:
    raise AssertionError("generated again instead of read from the cache")


def test_training_extras_are_cached_and_read_back(tmp_path, monkeypatch):
    x, y = _extras(tmp_path)
    assert x.dtype == np.uint8 and x.shape == (55, 28, 28) and y.dtype == np.int32
    assert np.all((y[:31] >= 0) & (y[:31] <= 9)) and np.all(y[31:] == training_set.NOT_A_DIGIT)
    files = list(tmp_path.glob("*.npz"))
    assert len(files) == 1 and not list(tmp_path.glob("*.tmp"))
    monkeypatch.setattr(training_set, "style_digits", _fail)
    x2, y2 = _extras(tmp_path)
    assert np.array_equal(x, x2) and np.array_equal(y, y2)


def test_caches_of_older_generator_versions_are_deleted(tmp_path):
    version = training_set.GENERATOR_VERSION - 1
    old = tmp_path / f"extras-v{version}-seed5-styles31-negatives24-x.npz"
    old.write_bytes(b"old")
    unrelated = tmp_path / "mnist.npz"
    unrelated.write_bytes(b"keep")
    _extras(tmp_path)
    assert not old.exists() and unrelated.exists()
    assert len(list(tmp_path.glob("extras-*.npz"))) == 1


def test_cache_key_has_the_counts_seed_and_mnist(tmp_path, wide_mnist):
    _extras(tmp_path)
    training_set.training_extras(6, styles=31, negatives=24, cache_dir=tmp_path)
    training_set.training_extras(5, styles=31, negatives=25, cache_dir=tmp_path)
    _extras(tmp_path, mnist_images=wide_mnist[:300])
    assert len(list(tmp_path.glob("*.npz"))) == 4


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a zip file at all")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:200])


def _wrong_arrays(path: Path) -> None:
    np.savez(path, x=np.zeros((3, 28, 28), np.uint8), y=np.zeros(3, np.int32))


def _pickled(path: Path) -> None:
    np.savez(path, x=np.array([{"a": 1}], dtype=object), y=np.zeros(1, np.int32))


@pytest.mark.faults
@pytest.mark.parametrize("damage", [_garbage, _truncated, _wrong_arrays, _pickled])
def test_a_damaged_cache_file_is_made_again(tmp_path, damage, caplog):
    x, y = _extras(tmp_path)
    (path,) = tmp_path.glob("*.npz")
    damage(path)
    with caplog.at_level(logging.WARNING):
        x2, y2 = _extras(tmp_path)
    assert np.array_equal(x, x2) and np.array_equal(y, y2)
    assert "making it again" in caplog.text
    with np.load(path, allow_pickle=False) as npz:  # repaired on disk
        assert np.array_equal(npz["x"], x)


@pytest.mark.faults
def test_an_unwritable_cache_only_warns(tmp_path, caplog):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    with caplog.at_level(logging.WARNING):
        x, y = training_set.training_extras(0, styles=31, negatives=10, cache_dir=blocked)
    assert len(x) == len(y) == 41
    assert "could not cache" in caplog.text


def test_the_default_cache_is_the_apps_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    training_set.training_extras(0, styles=31, negatives=10)
    assert len(list((tmp_path / "digit-canvas" / "synthetic").glob("extras-*.npz"))) == 1


def test_extras_train_on_the_same_data_as_style_digits_and_negatives(tmp_path):
    x, y = _extras(tmp_path)
    styles, labels, _ = training_set.style_digits(31, 5)
    non_digits, _ = training_set.negatives(24, 5)
    assert np.array_equal(x[:31], styles) and np.array_equal(y[:31], labels)
    assert np.array_equal(x[31:], non_digits)


# --------------------------------------------------------------------------- validation set


@pytest.fixture(scope="module")
def validation() -> dict:
    return training_set.validation_set(seed=0, per_style=6, per_kind=5,
                                    mnist_images=mnist().x_test[:2000])


def test_the_validation_set_has_every_style_and_kind(validation):
    assert list(validation["styles"]) == list(training_set.STYLES)
    assert list(validation["negatives"]) == list(training_set.NEGATIVE_KINDS)
    for style, (images, labels) in validation["styles"].items():
        assert images.shape == (6, 28, 28) and np.all(labels == training_set.style_label(style))
    assert all(images.shape == (5, 28, 28) for images in validation["negatives"].values())


@pytest.mark.parametrize("style", ["4 open", "1 flag", "8 plain"])
def test_the_validation_set_draws_training_templates_with_another_random_stream(style):
    # In-distribution: the very templates and hand training uses, so only the random
    # stream keeps its images apart. Drawn the same way from one stream, the two
    # splits would repeat each other image for image (this test then fails).
    train = training_set._style_sets({style: 40}, seed=0, split="train")[style]
    again = training_set._style_sets({style: 40}, seed=0, split="train")[style]
    other = training_set._style_sets({style: 40}, seed=0, split="validation")[style]
    assert np.array_equal(train, again)
    seen = {image.tobytes() for image in train}
    assert not any(image.tobytes() in seen for image in other)


def test_the_validation_set_prints_in_other_fonts(monkeypatch):
    asked = []
    original = fonts.font_files

    def spy(split: str, *args: object) -> tuple:
        asked.append(split)
        return original(split, *args)

    monkeypatch.setattr(fonts, "font_files", spy)
    training_set.validation_set(seed=1, per_style=1, per_kind=1)
    assert asked and set(asked) == {"validation"}
    asked.clear()
    training_set.style_digits(31, seed=1)
    assert set(asked) == {"train"}


# --------------------------------------------------------------------------- scoring


class StandIn:
    """A classifier that reads every other image right and refuses the rest."""

    def __init__(self, truth: dict[bytes, int]) -> None:
        self.truth = truth
        self.calls = 0

    def predict_many(self, images: np.ndarray) -> list[Decision]:
        assert images.dtype == np.float32 and images.max() <= 1.0
        decisions = []
        for image in images:
            self.calls += 1
            label = self.truth.get((image * 255).round().astype(np.uint8).tobytes(), 3)
            if self.calls % 2:
                decisions.append(Decision("digit", label, label))
            else:
                decisions.append(Decision("not_a_digit", None, label))
        return decisions


def test_score_counts_a_refused_digit_as_wrong(validation):
    truth = {image.tobytes(): int(label) for images, labels in validation["styles"].values()
             for image, label in zip(images, labels, strict=True)}
    report = score(StandIn(truth).predict_many, validation)
    for row in report["styles"].values():
        assert row["count"] == 6 and row["accuracy"] == pytest.approx(0.5)
        assert row["rejected"] == pytest.approx(0.5)
    assert report["style_accuracy"] == pytest.approx(0.5)
    assert report["not_a_digit"] == pytest.approx(
        np.mean([row["not_a_digit"] for row in report["negatives"].values()]))


def test_score_of_a_classifier_that_always_says_seven(validation):
    def always_seven(images: np.ndarray) -> list[Decision]:
        return [Decision("digit", 7, 7) for _ in images]

    report = score(always_seven, validation)
    assert report["styles"]["7 crossbar"]["accuracy"] == 1.0
    assert report["styles"]["1 flag"]["accuracy"] == 0.0
    assert report["not_a_digit"] == 0.0


def test_evaluate_styles_on_the_command_line(capsys, monkeypatch):
    answer_everything_with(monkeypatch, Decision("not_a_digit", None, 0))
    assert main.main(["evaluate", "--styles", "--count", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["styles"]) == set(training_set.STYLES)
    assert set(report["negatives"]) == set(training_set.NEGATIVE_KINDS)
    assert report["styles"]["1 flag"] == {"digit": 1, "count": 2, "accuracy": 0.0,
                                          "rejected": 1.0}
    assert report["not_a_digit"] == 1.0 and report["checkpoint"] == "stand-in"
    assert report["set"] == "validation (in-distribution)"
    assert main.main(["evaluate", "--styles", "--count", "2"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("validation (in-distribution)\n")
    assert "1 flag+foot" in text and "mnist crossed" in text and "called not a digit" in text


def test_a_first_retrain_reads_the_bundled_set_instead_of_generating(monkeypatch):
    from model.network.recipe import DEFAULT
    from model.network.train import training_arrays
    from tests.helpers import mnist

    monkeypatch.setattr(training_set, "style_digits", _fail)  # the conftest's cache folder is empty
    x, y = training_arrays(DEFAULT, mnist())
    extras = DEFAULT.styles + DEFAULT.negatives
    assert x.shape == (60000 - DEFAULT.validation + extras, 28, 28)
    assert np.sum(y == training_set.NOT_A_DIGIT) == DEFAULT.negatives
    assert not list((training_set.paths.cache_dir() / "synthetic").glob("*.npz"))


def test_a_fine_tune_reads_a_slice_of_the_bundled_set_instead_of_generating(monkeypatch):
    from model.network.recipe import fine_tune_config
    from model.network.train import training_arrays
    from tests.helpers import mnist

    monkeypatch.setattr(training_set, "style_digits", _fail)  # keyed by the whole split
    config = fine_tune_config(10)
    x, y = training_arrays(config, mnist())
    generated = round((config.styles + config.negatives) * config.generated_share)
    assert len(x) == config.train_limit + generated
    # digits and non-digits in the set's own proportions
    share = config.negatives / (config.styles + config.negatives)
    assert np.sum(y == training_set.NOT_A_DIGIT) / generated == pytest.approx(share, abs=0.05)


NEW_KINDS = ("cursive word", "cursive letter", "print word", "initials")


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_written_non_digits_repeat_and_none_is_a_single_stroke(kind):
    # Same stream, same images; and none is an upright bar (a 1), the generator's
    # own test (wide_digits) of what a negative must not be. A long word lies flat
    # like the "-" symbol: a bar, but never upright.
    make = nondigits.KINDS[kind][0]
    sources = nondigits.Sources((None,))

    def images(seed):
        rng = np.random.default_rng(seed)
        drawn = [make(rng, sources) for _ in range(40)]
        return np.stack([image for image in drawn if image is not None])

    first = images(4)
    assert len(first) >= 30 and np.array_equal(first, images(4))
    assert not np.array_equal(first[:5], images(5)[:5])
    assert all(nondigits.not_upright_bar(image) is not None for image in first)
    upright = np.zeros((28, 28), np.uint8)
    upright[4:24, 12:16] = 255
    assert nondigits.not_upright_bar(upright) is None
    assert nondigits.not_upright_bar(upright.T) is not None


def test_cursive_words_never_are_only_letters_that_pass_for_digits():
    from model.synthetic import cursive

    assert not cursive.readable_as_word("oil") and not cursive.readable_as_word("lo")
    assert cursive.readable_as_word("man") and not cursive.readable_as_word("m4n")
    rng = np.random.default_rng(0)
    words = [cursive.random_word(rng) for _ in range(300)]
    assert all(cursive.readable_as_word(word) for word in words)
    assert set(cursive.ALONE).isdisjoint(cursive.DIGIT_LIKE)
    assert all(cursive.readable_as_word(word) for word in cursive.WORDS)
