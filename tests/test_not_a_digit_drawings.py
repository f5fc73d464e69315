"""Drawings taught as "not a digit": stored, exported, imported, trained on and scored as -1."""

from __future__ import annotations

import argparse
import io
import sqlite3
import zipfile

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from model.drawings import SampleStore, recovery
from model.drawings.validation import NOT_A_DIGIT
from model.synthetic import training_set

V1_SCHEMA = """
CREATE TABLE samples (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    label     INTEGER NOT NULL CHECK (label BETWEEN 0 AND 9),
    image     BLOB    NOT NULL CHECK (length(image) = 784),
    drawing   BLOB,
    created   TEXT    NOT NULL,
    predicted INTEGER CHECK (predicted IS NULL OR predicted BETWEEN 0 AND 9),
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
)
"""


@pytest.fixture
def store(tmp_path):
    with SampleStore(tmp_path / "samples.sqlite3") as opened:
        yield opened


def image(seed: int) -> np.ndarray:
    values = np.zeros((28, 28), np.uint8)
    values[4:24, 4:24] = np.random.default_rng(seed).integers(1, 256, (20, 20), dtype=np.uint8)
    return values


def png(array: np.ndarray, **text: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    for key, value in text.items():
        info.add_text(key, value)
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def test_the_label_is_the_training_sets_own_label_for_non_digits():
    assert NOT_A_DIGIT == training_set.NOT_A_DIGIT == -1


def test_not_a_digit_is_stored_listed_counted_relabelled_and_trained_as_minus_one(store):
    digit = store.add(image(0), 4, None, predicted=4)
    scribble = store.add(image(1), NOT_A_DIGIT, None, predicted=0)
    assert [s.id for s in store.list(NOT_A_DIGIT)] == [scribble]
    assert store.counts()[NOT_A_DIGIT] == 1 and store.counts()[4] == 1
    images, labels = store.training_arrays()
    assert labels.tolist() == [4, -1] and labels.dtype == np.int32
    np.testing.assert_array_equal(images[1], image(1))
    store.relabel_many([digit], NOT_A_DIGIT)
    store.relabel(scribble, 7)
    assert store.counts()[NOT_A_DIGIT] == 1 and [s.id for s in store.list(7)] == [scribble]
    with pytest.raises(ValueError, match="not a digit"):
        store.add(image(2), -2)


def test_a_database_from_before_not_a_digit_opens_with_its_rows_and_ids(tmp_path):
    path = tmp_path / "samples.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(V1_SCHEMA)
    conn.execute("PRAGMA user_version=1")
    for n in range(3):
        conn.execute("INSERT INTO samples (label, image, created, predicted) VALUES (?, ?, ?, ?)",
                     (n + 1, image(n).tobytes(), f"2025-01-0{n + 1}T00:00:00.000+00:00", n))
    conn.execute("DELETE FROM samples WHERE id = 3")  # purged: id 3 must never come back
    conn.commit()
    conn.close()
    with SampleStore(path) as store:
        assert store.recovered_from is None and not store.read_only
        assert [(s.id, s.label, s.predicted) for s in store.list()] == [(2, 2, 1), (1, 1, 0)]
        np.testing.assert_array_equal(store.get(2).image, image(1))
        assert store.add(image(5), NOT_A_DIGIT) == 4
    with SampleStore(path) as again:  # the widened file opens as it is
        assert [s.label for s in again.list()] == [NOT_A_DIGIT, 2, 1]
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == recovery.SCHEMA_VERSION == 2


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_export_then_import_keeps_not_a_digit(store, tmp_path, kind):
    store.add(image(0), NOT_A_DIGIT, None, predicted=8)
    store.add(image(1), 3)
    target = tmp_path / ("export.zip" if kind == "zip" else "export")
    (store.export_archive if kind == "zip" else store.export_folder)(target)
    if kind == "zip":
        names = zipfile.ZipFile(target).namelist()
    else:
        names = [p.relative_to(target).as_posix() for p in target.rglob("*.png")]
    assert sorted(name.split("/")[0] for name in names) == ["3", "not-a-digit"]
    with SampleStore(tmp_path / "other.sqlite3") as other:
        result = other.import_path(target)
        assert (result.added, result.failed, result.ignored) == (2, [], [])
        [scribble] = other.list(NOT_A_DIGIT)
    assert scribble.predicted == 8
    np.testing.assert_array_equal(scribble.image, image(0))


def test_an_export_from_before_not_a_digit_still_imports(store, tmp_path):
    # The layout and PNG text of an export made by the release before this one.
    archive = tmp_path / "old.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for n, label in enumerate([0, 7, 7]):
            zipped.writestr(f"{label}/sample-{n + 1:06d}.png", png(
                image(n), **{"digit-canvas": "network input 28x28", "label": str(label),
                             "created": "2025-03-01T10:00:00.000+00:00", "predicted": "1"}))
    result = store.import_path(archive)
    assert (result.added, result.failed, result.ignored) == (3, [], [])
    assert store.counts()[7] == 2 and store.counts()[NOT_A_DIGIT] == 0


def test_a_damaged_label_is_refused_with_a_clear_message(store, tmp_path):
    archive = tmp_path / "export.zip"
    marker = {"digit-canvas": "network input 28x28"}
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("not-a-digit/good.png", png(image(0), **marker, label="not-a-digit"))
        zipped.writestr("not-a-digit/damaged.png", png(image(1), **marker, label="not-a-dig\x01"))
        zipped.writestr("-1/wrong-folder.png", png(image(2)))
    result = store.import_archive(archive)
    assert result.added == 1 and store.counts()[NOT_A_DIGIT] == 1
    assert result.failed == ["not-a-digit/damaged.png: its label 'not-a-dig\\x01' is damaged "
                             "(not a digit 0-9 or not-a-digit)"]
    assert result.ignored == ["-1/wrong-folder.png"]


def test_the_trainer_takes_not_a_digit_drawings_and_refuses_bad_labels(tmp_path):
    from cli.train import TrainCommandError, _extra

    path = tmp_path / "samples.npz"
    images = np.stack([image(0), image(1)])
    np.savez(path, images=images, labels=np.array([-1, 5], np.int64))
    got_images, labels = _extra(argparse.Namespace(samples=path, include_samples=False))
    assert labels.tolist() == [-1, 5] and labels.dtype == np.int32
    np.testing.assert_array_equal(got_images, images)
    # -1 written as uint8 (255), or any other label, is refused in words, not trained on.
    for bad in (np.array([255, 5], np.uint8), np.array([-2, 5]), np.array([1.0, 5.0])):
        np.savez(path, images=images, labels=bad)
        with pytest.raises(TrainCommandError, match="cannot use the drawings .*label"):
            _extra(argparse.Namespace(samples=path, include_samples=False))


def test_your_drawings_accuracy_counts_a_refused_not_a_digit_as_right():
    from model.network.convnet import ConvNet
    from model.network.decision import RejectRule
    from model.network.evaluate import decided_accuracy, logits

    model = ConvNet(hidden=32, seed=0)
    images = np.stack([image(n) for n in range(3)])
    scores = logits(model, images)
    top = scores.max(axis=1)
    order = np.argsort(top)
    labels = scores.argmax(axis=1).astype(np.int32)
    labels[order[0]] = NOT_A_DIGIT  # the least sure drawing was taught as not a digit
    # Refusing only it: all three right. Refusing nothing: it is wrong.
    between = RejectRule(threshold=float((top[order[0]] + top[order[1]]) / 2))
    assert decided_accuracy(model, images, labels, between) == 1.0
    assert decided_accuracy(model, images, labels, RejectRule()) == pytest.approx(2 / 3)
    # Refusing everything: the digits are wrong (a refused digit is not read right).
    refuse_all = RejectRule(threshold=float(top.max() + 1))
    assert decided_accuracy(model, images, labels, refuse_all) == pytest.approx(1 / 3)


def test_models_compare_and_retrain_count_your_drawings_as_the_app_answers(tmp_path):
    # A drawing taught as not a digit is right when refused, in the Models window's
    # column, in Compare and in Retrain's verdict (all three compared argmax with -1).
    from app.adoption import verdict
    from app.trainer import TrainingResult
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier
    from model.network.model_list import disagreements, drawings_accuracy
    from model.synthetic import nondigits
    from tests.helpers import mnist

    loaded = load_for_serving(BUNDLED_DIR, tensorflow=False)
    strict = Classifier(loaded.model, loaded.metadata)
    lenient = Classifier(loaded.model, {**loaded.metadata, "decision": None})  # refuses nothing
    rng, sources = np.random.default_rng(0), nondigits.Sources((None,))
    letters = (nondigits.letter(rng, sources) for _ in range(50))
    letter = next(x for x in letters if x is not None and not strict.predict(x).is_digit)
    digit = mnist().x_test[:50][strict.predict_batch(mnist().x_test[:50]).argmax(axis=1)
                                == mnist().y_test[:50]][0]
    images = np.stack([letter, digit]).astype(np.float32) / 255
    labels = np.array([NOT_A_DIGIT, strict.predict(digit).digit], np.int32)

    assert drawings_accuracy(BUNDLED_DIR, images, labels) == 1.0
    steps = disagreements(strict, lenient, images, labels)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            found = done.value
            break
    assert (found.right_a, found.right_b, found.indices.tolist()) == (2, 1, [0])
    # By best guess alone (the Models table's count) the letter is never right: one each.
    assert (found.guessed_a, found.guessed_b) == (1, 1)
    result = TrainingResult(loaded.model, loaded.metadata, tmp_path)
    judged = verdict(result, lenient, (images, labels))
    assert (judged.own, judged.previous_own) == (2, 1)
