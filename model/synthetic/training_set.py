"""Generated training and validation data: digit styles MNIST lacks, and non-digits.

Digits come from stroke templates (:mod:`model.synthetic.digit_templates`) drawn by a
random hand through the canvas' kind of renderer and the app's own
``prepare`` (:mod:`model.synthetic.hand`), the same drawn hollow (outlined), plus
digits in printed fonts. Non-digits (label -1, for outlier exposure) come from
:mod:`model.synthetic.nondigits`.

Two splits never share a random stream: "train" (what :func:`style_digits`,
:func:`negatives` and :func:`training_extras` give) and "validation" (what
:func:`validation_set` gives). The validation set is *in-distribution*: the
same templates, hands, renderer and non-digit generators as training, only
other random streams (and DejaVu Serif for its printed parts), so it
measures new hands and sizes of known templates, not new templates. The
honestly held-out set (new templates, fonts training never reads) is
:mod:`model.synthetic.heldout`; nothing here reads it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from model import paths
from model.synthetic import fonts, nondigits
from model.synthetic.digit_templates import STYLE_TEMPLATES, style_hand
from model.synthetic.hand import prepared, render, scanned

log = logging.getLogger(__name__)

GENERATOR_VERSION = 3
"""Bumped whenever generated data changes; part of the cache file name."""

BUNDLED_DIR = paths.assets_dir() / "generated"
"""The default recipe's set, shipped (remade by ``python -m model.synthetic.training_set``)."""

PRINTED_STYLES = tuple(f"{digit} printed" for digit in range(10))
OUTLINED_STYLES = tuple(f"{digit} outlined" for digit in range(10))
"""Any drawn style of the digit, drawn hollow (decorative lettering)."""
STYLES: tuple[str, ...] = tuple(STYLE_TEMPLATES) + PRINTED_STYLES + OUTLINED_STYLES
"""Every style name; the first character is the digit."""

NEGATIVE_KINDS: tuple[str, ...] = tuple(nondigits.KINDS)
"""Every kind of non-digit."""

NOT_A_DIGIT = -1
"""The label of a non-digit in :func:`training_extras`."""

_PRINTED_WEIGHT = 0.4  # a printed style's share relative to a drawn one
_OUTLINED_WEIGHT = 0.4  # and an outlined one's
_LOOK = 0.3  # share of digits written with uneven pressure and scanned, smudged, thin or bold
_SPLITS = {"train": 0, "validation": 1, "heldout": 2}  # the heldout stream: model.synthetic.heldout
_MAX_TRIES = 20  # draws per wanted image before giving up (prepare said "no digit")


def style_label(style: str) -> int:
    """The digit a style name stands for."""
    return int(style[0])


def check_count(count: int) -> None:
    """Refuse a negative count of images (ValueError)."""
    if count < 0:
        raise ValueError(f"a count of images must not be negative, got {count}")


def random_stream(seed: int, split: str, *stream: int) -> np.random.Generator:
    """An independent random stream per (seed, split, purpose)."""
    return np.random.default_rng([seed, _SPLITS[split], *stream])


def _allocate(count: int, weights: Sequence[float]) -> list[int]:
    """Split count in proportion to weights (largest remainders, sums exactly)."""
    share = np.asarray(weights, dtype=np.float64) / np.sum(weights) * count
    counts = np.floor(share).astype(int)
    counts[np.argsort(counts - share)[: count - counts.sum()]] += 1
    return counts.tolist()


def draw_images(make: Callable[[np.random.Generator], np.ndarray | None], count: int,
                rng: np.random.Generator, what: str) -> np.ndarray:
    """Call make until it gave count images (None results are drawn again).

    Args:
        make: One image from a random generator, or None (then it is asked again).
        count: How many images.
        rng: The random stream make draws from.
        what: Named in the error when make keeps giving None.

    Returns:
        uint8 (count, 28, 28).
    """
    images = []
    for _ in range(_MAX_TRIES * max(count, 1)):
        if len(images) == count:
            break
        image = make(rng)
        if image is not None:
            images.append(image)
    if len(images) < count:
        raise RuntimeError(f"{what}: prepare() found no digit in almost every drawing")
    return np.stack(images) if images else np.zeros((0, 28, 28), np.uint8)


# --------------------------------------------------------------------------
# Digits
# --------------------------------------------------------------------------


def _style_maker(style: str, sources: nondigits.Sources
                 ) -> Callable[[np.random.Generator], np.ndarray | None]:
    if style in STYLE_TEMPLATES:
        variants, hand = STYLE_TEMPLATES[style][1], style_hand(style)
        return lambda rng: render(variants[rng.integers(len(variants))], rng, hand, look=_LOOK)
    if style in OUTLINED_STYLES:
        # Not "1 plain": a straight stroke drawn hollow is a narrow 0.
        drawn = [name for name, (digit, _) in STYLE_TEMPLATES.items()
                 if digit == style_label(style) and name != "1 plain"]

        def outlined(rng: np.random.Generator) -> np.ndarray | None:
            name = drawn[rng.integers(len(drawn))]
            variants = STYLE_TEMPLATES[name][1]
            return render(variants[rng.integers(len(variants))], rng, style_hand(name),
                          outline=True)

        return outlined
    digit = str(style_label(style))

    def printed(rng: np.random.Generator) -> np.ndarray | None:
        path = sources.fonts[rng.integers(len(sources.fonts))]
        picture = fonts.paint_text(digit, path, int(rng.integers(40, 90)), rng.normal(0, 5))
        return prepared(scanned(picture, rng) if rng.random() < _LOOK else picture)

    return printed


def _style_sets(counts: dict[str, int], seed: int, split: str) -> dict[str, np.ndarray]:
    sources = nondigits.Sources(fonts.font_files(split))
    return {style: draw_images(_style_maker(style, sources), count,
                               random_stream(seed, split, 0, STYLES.index(style)), style)
            for style, count in counts.items()}


def style_digits(count: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Digits in the styles of STYLES (training split), shuffled.

    Args:
        count: How many images.
        seed: The same seed gives the same images.

    Returns:
        Images (uint8, N x 28 x 28, ink high, as ``prepare`` makes them),
        their digits (int32, N) and their style names.
    """
    check_count(count)
    weights = [_PRINTED_WEIGHT if s in PRINTED_STYLES else
               _OUTLINED_WEIGHT if s in OUTLINED_STYLES else 1.0 for s in STYLES]
    sets = _style_sets(dict(zip(STYLES, _allocate(count, weights), strict=True)), seed, "train")
    names = [style for style, images in sets.items() for _ in range(len(images))]
    order = random_stream(seed, "train", 1).permutation(len(names))
    images = np.concatenate(list(sets.values()))[order]
    labels = np.array([style_label(names[i]) for i in order], dtype=np.int32)
    return images, labels, [names[i] for i in order]


# --------------------------------------------------------------------------
# Non-digits
# --------------------------------------------------------------------------


def _fragment_digits(mnist_images: np.ndarray | None) -> np.ndarray | None:
    """The MNIST digits the fragment kinds may use, or None if there are none."""
    if mnist_images is None:
        return None
    wide = nondigits.wide_digits(mnist_images)
    return wide if len(wide) else None


def _negative_sets(counts: dict[str, int], seed: int, split: str,
                   mnist: np.ndarray | None) -> dict[str, np.ndarray]:
    sources = nondigits.Sources(fonts.font_files(split), mnist)
    sets = {}
    for kind, count in counts.items():
        make = nondigits.KINDS[kind][0]
        sets[kind] = draw_images(lambda rng, make=make: make(rng, sources), count,
                                 random_stream(seed, split, 2, NEGATIVE_KINDS.index(kind)),
                                 kind)
    return sets


def _kinds(mnist: np.ndarray | None) -> list[str]:
    if mnist is None:
        return [k for k in NEGATIVE_KINDS if k not in nondigits.MNIST_KINDS]
    return list(NEGATIVE_KINDS)


def negatives(count: int, seed: int = 0, mnist_images: np.ndarray | None = None
              ) -> tuple[np.ndarray, list[str]]:
    """Non-digits of every kind (training split), shuffled.

    Args:
        count: How many images.
        seed: The same seed gives the same images.
        mnist_images: MNIST training digits (uint8, N x 28 x 28) for the cut
            and merged fragments; without them those kinds are left out.

    Returns:
        Images (uint8, N x 28 x 28) and the kind of each.
    """
    check_count(count)
    mnist = _fragment_digits(mnist_images)
    kinds = _kinds(mnist)
    counts = _allocate(count, [nondigits.KINDS[k][1] for k in kinds])
    sets = _negative_sets(dict(zip(kinds, counts, strict=True)), seed, "train", mnist)
    names = [kind for kind, images in sets.items() for _ in range(len(images))]
    order = random_stream(seed, "train", 3).permutation(len(names))
    return np.concatenate(list(sets.values()))[order], [names[i] for i in order]


# --------------------------------------------------------------------------
# Training extras, cached
# --------------------------------------------------------------------------


def training_extras(seed: int = 0, styles: int = 20_000, negatives: int = 20_000,
                    mnist_images: np.ndarray | None = None,
                    cache_dir: str | os.PathLike | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Style digits and non-digits for training, generated once and then cached.

    Args:
        seed: The same seed gives the same data.
        styles: How many style digits.
        negatives: How many non-digits (label NOT_A_DIGIT).
        mnist_images: MNIST training digits for the fragment kinds (never
            the test set: the evaluation cuts those).
        cache_dir: Where the .npz goes (default: the app's cache folder).

    Returns:
        Images (uint8, N x 28 x 28), then labels (int32: 0-9, or -1 for a
        non-digit), style digits first.
    """
    name = cache_name(seed, styles, negatives, mnist_images)
    # The default recipe's set ships with the app, so a first Retrain does not wait for it.
    folders = [Path(cache_dir)] if cache_dir else [BUNDLED_DIR, paths.cache_dir() / "synthetic"]
    for folder in folders:
        cached = _load(folder / name, styles + negatives)
        if cached is not None:
            return cached
    path = folders[-1] / name
    x_style, y_style, _ = style_digits(styles, seed)
    x_neg, _ = _negatives(negatives, seed, mnist_images)
    x = np.concatenate([x_style, x_neg]).astype(np.uint8)
    y = np.concatenate([y_style, np.full(len(x_neg), NOT_A_DIGIT, np.int32)]).astype(np.int32)
    _save(path, x, y)
    return x, y


_negatives = negatives  # training_extras' parameter of the same name hides it


def cache_name(seed: int, styles: int, negatives: int, mnist_images: np.ndarray | None) -> str:
    """The file name of a generated set: generator version, counts, fonts and MNIST."""
    digest = hashlib.sha256()
    for path in fonts.font_files("train"):
        digest.update(b"builtin" if path is None else path.name.encode())
    if mnist_images is not None:
        digest.update(np.ascontiguousarray(mnist_images, dtype=np.uint8).data)
    return (f"extras-v{GENERATOR_VERSION}-seed{seed}-styles{styles}"
            f"-negatives{negatives}-{digest.hexdigest()[:16]}.npz")


def _load(path: Path, count: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The cached arrays, or None if missing or unusable (then they are made again)."""
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as npz:
            x, y = npz["x"], npz["y"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        log.warning("generated data cache %s is unreadable (%s); making it again", path, error)
        return None
    if (x.dtype != np.uint8 or y.dtype != np.int32 or x.shape != (count, 28, 28)
            or y.shape != (count,) or (count and (y.min() < NOT_A_DIGIT or y.max() > 9))):
        log.warning("generated data cache %s has the wrong contents; making it again", path)
        return None
    return x, y


def _save(path: Path, x: np.ndarray, y: np.ndarray) -> None:
    """Write the cache through a temporary file and one rename; failing only warns."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
            np.savez_compressed(tmp, x=x, y=y)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, path)
    except OSError as error:
        log.warning("could not cache generated data in %s: %s", path, error)
        if tmp is not None:
            Path(tmp.name).unlink(missing_ok=True)
        return
    _forget_old_versions(path.parent)


def _forget_old_versions(folder: Path) -> None:
    """Delete caches made by other generator versions (megabytes each, never read again)."""
    current = f"extras-v{GENERATOR_VERSION}-"
    for old in folder.glob("extras-v*.npz"):
        if not old.name.startswith(current):
            old.unlink(missing_ok=True)


# --------------------------------------------------------------------------
# Validation (in-distribution)
# --------------------------------------------------------------------------


VALIDATION = "validation (in-distribution)"
"""What ``evaluate --styles`` calls :func:`validation_set` in its output."""


def validation_set(seed: int = 0, per_style: int = 200, per_kind: int = 200,
                   mnist_images: np.ndarray | None = None) -> dict:
    """The in-distribution validation set: training's generators, other random streams.

    Same templates, hands, renderer and non-digit kinds as training; only the
    random streams differ, and printed parts use DejaVu Serif, not Sans. A
    score on it says how well training's own distribution was learnt, not
    how the model does on digits or non-digits it has never seen (that is
    :func:`model.synthetic.heldout.heldout_set`).

    Args:
        seed: Which validation set (any seed: the streams differ from training's).
        per_style: Images per digit style.
        per_kind: Images per kind of non-digit.
        mnist_images: Digits for the fragment kinds; pass MNIST's test set
            (training uses the training set). Without them those kinds are absent.

    Returns:
        ``{"styles": {style: (images, labels)}, "negatives": {kind: images}}``,
        images uint8 (N, 28, 28), labels int32 (N,).
    """
    styles = _style_sets(dict.fromkeys(STYLES, per_style), seed, "validation")
    check_count(per_style)
    check_count(per_kind)
    mnist = _fragment_digits(mnist_images)
    negative = _negative_sets(dict.fromkeys(_kinds(mnist), per_kind), seed, "validation", mnist)
    return {
        "styles": {style: (images, np.full(len(images), style_label(style), np.int32))
                   for style, images in styles.items()},
        "negatives": negative,
    }


evaluation_set = validation_set  # the old name: bench.synthetic_data still calls it


# python -m model.synthetic.training_set: remake the bundled set after a change
if __name__ == "__main__":
    from model.data.mnist import load_mnist
    from model.network.recipe import DEFAULT

    training_extras(0, DEFAULT.styles, DEFAULT.negatives, cache_dir=BUNDLED_DIR,
                    mnist_images=load_mnist().x_train[: -DEFAULT.validation])
