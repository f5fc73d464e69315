"""Damaged metadata.json: every field, every kind of damage, loaded the way the app and CLI load it.

A real metadata dict (the bundled model's) is mutated one field at a time (and,
with Hypothesis, several at once) and written next to the bundled weights. It
is then loaded through the app's own function (``load_classifier``: the newest
user checkpoint, NumPy weights) and the command line's (``cli.common.load_model``:
the given checkpoint, TensorFlow), and what each then reads from it (the model
line, the About box's recipe, the calibrate command's held-out split, the
decision rule) is read the same way. Every case must load the damaged
checkpoint itself (not fall back), give the field a usable value and name the
field in a warning; only a damaged hidden width (without it the weights cannot
be shaped) makes the checkpoint unusable, and then the app falls back.
"""

from __future__ import annotations

import copy
import json
import logging
import math
import os
import tempfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from model.network.checkpoints import BUNDLED_DIR, METADATA, CheckpointError, load_for_serving
from model.network.decision import RejectRule

BUNDLED = json.loads((BUNDLED_DIR / METADATA).read_text(encoding="utf-8"))
# The bundled metadata with the fields a trained model adds (the Models window's facts).
REAL = {**BUNDLED, "kind": "retrain", "name": "Sunday", "pinned": True,
        "history": [{"epoch": 1, "loss": 0.41, "test_accuracy": 0.98, "seconds": 12.5}],
        "comparison": {"split": "validation", "images": 5000, "accuracy": 0.995,
                       "previous_accuracy": 0.994, "previous": "bundled"}, "held_out": 5000}
FOLDER = "ckpt-20250101T000000000000"
MISSING = object()


def _deep(levels: int) -> list:
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


BAD = {
    "missing": MISSING,
    "text": "nonsense",
    "list": [1, "two", None],
    "int": 7,
    "bool": True,
    "null": None,
    "nan": float("nan"),
    "inf": float("inf"),
    "-inf": float("-inf"),
    "huge int": 10**400,
    "huge float": 1e308,
    "negative": -1.5,
    "long text": "x" * 100_000,
    "nested garbage": {"a": [1, {"b": float("nan")}], "c": {"d": [None, {}]}},
    "deep nesting": _deep(300),
}


def field_paths(value: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every key path in a JSON table, nested tables included."""
    paths = []
    if isinstance(value, dict):
        for key, item in value.items():
            paths.append((*prefix, key))
            paths += field_paths(item, (*prefix, key))
    return paths


PATHS = field_paths(REAL)


def mutated(path: tuple[str, ...], bad: object) -> dict:
    metadata = copy.deepcopy(REAL)
    parent = metadata
    for key in path[:-1]:
        parent = parent[key]
    if bad is MISSING:
        del parent[path[-1]]
    else:
        parent[path[-1]] = bad
    return metadata


def write_user_checkpoint(root: Path, text: str) -> Path:
    """A user checkpoint: the bundled weights (linked, not copied) and this metadata.json."""
    folder = root / "checkpoints" / FOLDER
    folder.mkdir(parents=True)
    for weights in BUNDLED_DIR.iterdir():
        if weights.name != METADATA:
            os.symlink(weights, folder / weights.name)
    (folder / METADATA).write_text(text, encoding="utf-8")
    return folder


def app_load(root: Path) -> tuple[object, list[str], str]:
    """What the window does at start: load, then show the model line and the About recipe."""
    from app.session import Session, load_classifier

    classifier, warnings = load_classifier(root / "checkpoints", prefer_bundled=False)
    from PySide6.QtCore import QCoreApplication

    session = SimpleNamespace(  # the method's own words, without a whole Session
        classifier=classifier, tr=lambda text: QCoreApplication.translate("Session", text),
        _names={})
    line = Session.model_description(session)
    recipe = classifier.metadata.get("recipe", {})  # as show_about reads it
    about = ", ".join(f"{k} {recipe.get(k)}" for k in ("epochs", "batch_size", "hidden"))
    return classifier, warnings, line + about


def check_usable(metadata: dict, rule: RejectRule) -> None:
    """The fields the app and the command line read have values they can use."""
    json.dumps(metadata, allow_nan=False)  # strict JSON again: no NaN, no infinity
    accuracy = metadata["test_accuracy"]
    assert accuracy is None or (isinstance(accuracy, float | int) and 0 <= accuracy <= 1)
    assert isinstance(metadata["date"], str) and isinstance(metadata["recipe"], dict)
    for row in metadata.get("history", []):  # as the Models window draws the curves
        assert isinstance(row, dict) and all(isinstance(v, int | float) or v is None
                                             for v in row.values())
    assert metadata.get("pinned", False) in (True, False)
    assert metadata.get("kind", "retrain") in ("retrain", "fine-tune")
    assert isinstance(metadata.get("name", ""), str) and len(metadata.get("name", "")) <= 100
    held_out = metadata["recipe"].get("validation", 0)  # as cmd_calibrate reads it
    assert type(held_out) is int and 0 <= held_out <= 60_000
    parsed, problem = RejectRule.parse(metadata.get("decision"))
    assert problem is None and parsed == rule


def value_at(metadata: dict, path: tuple[str, ...]) -> object:
    for key in path:
        if not isinstance(metadata, dict) or key not in metadata:
            return MISSING
        metadata = metadata[key]
    return metadata


def kept_as_written(clean: dict, path: tuple[str, ...], bad: object) -> bool:
    """Whether the loader kept the damaged value (it was in fact acceptable there)."""
    value = value_at(clean, path)
    return value is not MISSING and bad is not MISSING and type(value) is type(bad) and (
        value == bad)


def assert_damage_handled(root: Path, path: tuple[str, ...], bad: object, caplog) -> None:
    folder = write_user_checkpoint(root, json.dumps(mutated(path, bad), indent=2))
    classifier, warnings, shown = app_load(root)
    assert "Model:" in shown
    if path == ("hidden",) and not kept_as_written(REAL, path, bad):
        # The one field the whole checkpoint needs: kept aside, the bundled model used.
        assert classifier.path == BUNDLED_DIR and FOLDER in warnings[0]
        assert "kept aside" in warnings[0]
        return
    assert classifier.path == folder  # a damaged detail never costs the person their model
    check_usable(classifier.metadata, classifier.rule)
    assert classifier.predict_batch(np.zeros((1, 28, 28), np.float32)).shape == (1, 10)
    field = path[0]
    if bad is MISSING:
        # Older checkpoints lack newer fields: a default, and a log line for the shown ones.
        if field in ("test_accuracy", "date", "recipe") and len(path) == 1:
            assert any(field in r.getMessage() for r in caplog.records)
    elif not kept_as_written(classifier.metadata, path, bad):
        assert any(field in w and METADATA in w for w in warnings), (path, warnings)


@pytest.mark.faults
@pytest.mark.parametrize("path", PATHS, ids=".".join)
def test_every_kind_of_damage_to_every_field_loads_with_a_default_and_a_message(
        tmp_path, caplog, path):
    caplog.set_level(logging.INFO)
    for kind, bad in BAD.items():
        caplog.clear()
        assert_damage_handled(tmp_path / kind.replace(" ", "-"), path, bad, caplog)


JSON_SCALARS = (st.none() | st.booleans() | st.text(max_size=30)
                | st.integers(min_value=-(10**30), max_value=10**30)
                | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([10**400]))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                           max_leaves=10)


@pytest.mark.faults
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.lists(st.tuples(st.sampled_from([p for p in PATHS if p != ("hidden",)]),
                                 JSON_VALUES | st.just(MISSING)), min_size=1, max_size=4))
@example(damage=[(("history",), [{"": ""}])])  # a text field in an epoch's row was kept
def test_random_damage_to_several_fields_loads_in_the_app_and_on_the_command_line(damage):
    from cli.common import load_model
    metadata = copy.deepcopy(REAL)
    for path, bad in damage:
        parent = value_at(metadata, path[:-1])
        if not isinstance(parent, dict):
            continue  # an earlier damage replaced the table this path was in
        if bad is MISSING:
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = bad
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_user_checkpoint(Path(tmp), json.dumps(metadata))
        classifier, warnings, _ = app_load(Path(tmp))
        assert classifier.path == folder
        check_usable(classifier.metadata, classifier.rule)
        loaded = load_model(folder)  # the command line's path (TensorFlow restore)
        check_usable(loaded.metadata, RejectRule.parse(loaded.metadata.get("decision"))[0])
        assert loaded.warnings == warnings


@pytest.mark.faults
@pytest.mark.parametrize("text", [
    "[]", '"a string"', "3", "null", "{not json", '{"hidden": 32', "",
    '{"hidden": 32, "step": ' + "9" * 5000 + "}",  # longer than Python's int() accepts
    "[" * 100_000 + "]" * 100_000,  # deeper than the JSON parser recurses
    '{"hidden": 32, "recipe": "' + "x" * 2_000_000 + '"}',  # far larger than any real one
], ids=["list", "string", "number", "null", "bad-json", "truncated", "empty", "long-int",
        "deep", "huge"])
def test_metadata_the_whole_checkpoint_cannot_use_is_a_clear_error_then_a_fallback(
        tmp_path, text):
    folder = write_user_checkpoint(tmp_path, text)
    with pytest.raises(CheckpointError, match=METADATA) as error:
        load_for_serving(folder)
    assert len(str(error.value)) < 500  # one readable line, not the file echoed back
    classifier, warnings, _ = app_load(tmp_path)
    assert classifier.path == BUNDLED_DIR and FOLDER in warnings[0]


def test_not_utf8_metadata_is_a_clear_error(tmp_path):
    folder = write_user_checkpoint(tmp_path, "{}")
    (folder / METADATA).write_bytes(b'{"hidden": 32, "date": "\xff\xfe"}')
    with pytest.raises(CheckpointError, match="unreadable metadata"):
        load_for_serving(folder)


@pytest.mark.faults
@pytest.mark.parametrize("entry", ["nonsense", [0.5, 1.2], 3, 2.5, True, None, {"x": 1}],
                         ids=repr)
def test_from_metadata_gives_the_default_rule_for_any_decision_entry(entry, caplog):
    assert RejectRule.from_metadata({"decision": entry}) == RejectRule()
    if entry is not None and not isinstance(entry, dict):
        assert "decision" in caplog.text and "nothing is called not a digit" in caplog.text


@pytest.mark.faults
@pytest.mark.parametrize("metadata", ["nonsense", [1], 3, None])
def test_from_metadata_of_something_that_is_not_a_table_gives_the_default_rule(metadata):
    assert RejectRule.from_metadata(metadata) == RejectRule()


@pytest.mark.parametrize("threshold", [float("nan"), float("inf"), 1e7, 10**400, "1.0"])
def test_from_metadata_refuses_a_threshold_that_is_not_a_finite_sane_number(threshold):
    entry = {"temperature": 0.5, "score": "max_logit", "threshold": threshold}
    assert RejectRule.from_metadata({"decision": entry}) == RejectRule()


def test_a_probability_threshold_above_one_would_reject_everything_so_it_is_refused():
    entry = {"temperature": 0.5, "score": "probability", "threshold": 1.5}
    assert RejectRule.from_metadata({"decision": entry}) == RejectRule()
    entry["threshold"] = 0.9
    assert RejectRule.from_metadata({"decision": entry}) == RejectRule(0.5, 0.9, "probability")


def test_the_bundled_metadata_loads_without_a_warning():
    loaded = load_for_serving(BUNDLED_DIR)
    assert loaded.warnings == [] and loaded.metadata == BUNDLED
    assert math.isfinite(RejectRule.from_metadata(REAL).threshold)
