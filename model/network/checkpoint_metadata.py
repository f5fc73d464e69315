"""Checking a checkpoint's metadata.json field by field: what is kept, dropped or reported.

A field of the wrong type or out of range is dropped with a reason; an unknown
field is kept when it is a plain scalar. :func:`check_metadata` is what every
loader of :mod:`model.network.checkpoints` reads a metadata file through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import re
from collections.abc import Callable

from model.network.decision import RejectRule, describe, finite_number
from model.network.errors import CheckpointWarning
from model.network.recipe import FEEDS, PRECISIONS, SCHEDULES, TrainConfig

log = logging.getLogger("model.network.checkpoints")  # one voice for checkpoints

FORMAT = 1
"""The checkpoint format this code writes and reads."""

_DROP = object()  # as a default: leave the field out
Check = Callable[[object], tuple[object, str | None]]  # (clean value or _DROP, reason)


def _rule(ok: Callable[[object], bool], expected: str) -> Check:
    """Keep a value ``ok`` accepts; otherwise drop it, saying it is not ``expected``."""
    return lambda v: (v, None) if ok(v) else (_DROP, f"is {describe(v)}, not {expected}")


def _number(lo: float, hi: float) -> Check:
    return _rule(lambda v: (n := finite_number(v)) is not None and lo <= n <= hi,
                 f"a number from {lo:g} to {hi:g}")


def _whole(lo: int, hi: int) -> Check:
    return _rule(lambda v: type(v) is int and lo <= v <= hi,  # not a bool, not 3.0
                 f"a whole number from {lo} to {hi}")


def _text(limit: int) -> Check:
    return _rule(lambda v: isinstance(v, str) and len(v) <= limit,
                 f"a text of at most {limit} characters")


def _one_of(choices: tuple[str, ...]) -> Check:
    return _rule(lambda v: v in choices, f"one of {', '.join(choices)}")


def _or_null(check: Check) -> Check:
    return lambda value: (None, None) if value is None else check(value)


def _is_date(value: object) -> bool:
    try:
        dt.datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


_AS_IS: Check = lambda v: (v, None)  # noqa: E731 - checked elsewhere (RejectRule.parse)
_FLAG = _rule(lambda v: isinstance(v, bool), "true or false")
_DATE = _rule(_is_date, "an ISO 8601 date")
_SHA256 = _rule(lambda v: isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v) is not None,
                "a SHA-256 in hex")
# Only shown: null, true/false, a finite number or a short text (no tables, no NaN).
_SCALAR = _rule(lambda v: v is None or isinstance(v, bool) or finite_number(v) is not None
                or (isinstance(v, str) and len(v) <= 200), "a number, a short text or null")
_FRACTION = _number(0.0, 1.0)
_SPLIT = _whole(0, 60_000)  # MNIST's training set


def _table(known: dict[str, Check], other: Check = _SCALAR) -> Check:
    """A table whose bad entries are left out (the rest is kept)."""
    def check(value: object) -> tuple[object, str | None]:
        if not isinstance(value, dict):
            return _DROP, f"is {describe(value)}, not a table"
        clean, bad = {}, []
        for key, item in value.items():
            item, reason = known.get(key, other)(item)
            if reason is None:
                clean[key] = item
            else:
                bad.append(f"{key} {reason}")
        more = f" (and {len(bad) - 2} more)" if len(bad) > 2 else ""
        return clean, f"entry {'; '.join(bad[:2])}{more}" if bad else None
    return check


def _rows(row: Check, limit: int) -> Check:
    """A list of at most ``limit`` entries whose bad ones are left out."""
    def check(value: object) -> tuple[object, str | None]:
        if not isinstance(value, list) or len(value) > limit:
            return _DROP, f"is {describe(value)}, not a list of at most {limit} entries"
        checked = [row(item) for item in value]
        bad = sum(reason is not None for _, reason in checked)
        clean = [item for item, _ in checked if item is not _DROP]
        return clean, f"has {bad} unusable entries" if bad else None
    return check


def _decision(value: object) -> tuple[object, str | None]:
    _, reason = RejectRule.parse(value)
    if reason:
        return _DROP, reason
    parsed = dict.fromkeys(("temperature", "score", "threshold"), _AS_IS)
    return _table({**parsed, "rule": _text(200)})(value)  # the rest is only informative


def _data(value: object) -> tuple[object, str | None]:
    if isinstance(value, str):  # older checkpoints: a description or path, only informative
        return _text(4096)(value)
    return _table({"source": _text(100), "sha256": _SHA256})(value)


def _recipe_checks() -> dict[str, Check]:
    """A check per TrainConfig setting, from its type (every number in a recipe is >= 0)."""
    by_type = {"int": _whole(0, 2**32), "float": _number(0.0, 1e6), "bool": _FLAG,
               "str": _text(40)}
    checks = {}
    for setting in dataclasses.fields(TrainConfig):
        kind = str(setting.type)
        check = by_type[kind.removesuffix(" | None")]
        checks[setting.name] = _or_null(check) if kind.endswith("| None") else check
    return {**checks, "schedule": _one_of(SCHEDULES), "feed": _one_of(FEEDS),
            "precision": _one_of(PRECISIONS), "validation": _SPLIT}


KINDS = ("retrain", "fine-tune")
# An epoch's row holds numbers only (the curves plot every value): other fields are left out.
_EPOCH = _table({"epoch": _whole(1, 1000), "loss": _or_null(_number(0.0, 1e6)),
                 "test_accuracy": _or_null(_FRACTION), "seconds": _number(0.0, 1e8)},
                _or_null(_number(-1e8, 1e8)))
_COMPARISON = _table({"split": _one_of(("validation", "test")), "images": _whole(0, 70_000),
                      "accuracy": _FRACTION, "previous_accuracy": _FRACTION,
                      "only_new": _whole(0, 70_000), "only_previous": _whole(0, 70_000),
                      "previous": _text(200)})

# name: (check, default or _DROP, what the default means, expected in every checkpoint)
_FIELDS: dict[str, tuple[Check, object, str, bool]] = {
    "format": (_whole(1, 1000), FORMAT, f"read as format {FORMAT}", False),
    "recipe": (_table(_recipe_checks()), {},
               "the recipe is not shown and calibrate finds no held-out split", True),
    "test_accuracy": (_FRACTION, None, "the accuracy is shown as unknown", True),
    "step": (_whole(0, 2**53), _DROP, "left out", False),
    "date": (_DATE, "", "the date is shown as unknown", True),
    "versions": (_table({}, _text(100)), {}, "versions are not shown", False),
    "train_seconds": (_number(0.0, 1e8), _DROP, "left out", False),
    "decision": (_decision, _DROP, "using plain softmax; nothing is called not a digit", False),
    "calibration": (_table({"validation": _SPLIT, "ece_before": _FRACTION, "ece": _FRACTION,
                            "rejected": _FRACTION}), _DROP, "left out", False),
    "data": (_data, _DROP, "left out (it is only informative)", False),
    "samples": (_whole(0, 10**9), _DROP, "left out", False),
    "fine_tuned": (_FLAG, _DROP, "left out", False),
    "own_accuracy": (_or_null(_FRACTION), _DROP, "left out", False),
    "kind": (_one_of(KINDS), _DROP, "told from fine_tuned", False),
    "name": (_text(100), _DROP, "shown without a name", False),
    "pinned": (_FLAG, _DROP, "not pinned", False),
    "history": (_rows(_EPOCH, 1000), _DROP, "no curves are shown", False),
    "comparison": (_COMPARISON, _DROP, "left out", False),
    "held_out": (_SPLIT, _DROP, "compared on the test set", False),
    "weights_npz_sha256": (_SHA256, _DROP,
                           "weights.npz cannot be verified; restoring with TensorFlow instead",
                           False),
}


def check_metadata(metadata: dict, where: str | os.PathLike[str]) -> tuple[dict, list[str]]:
    """(metadata with each damaged field replaced by a safe default, one message per field).

    ``where`` (the file) starts each message. Unknown fields are kept as they are
    (nothing reads them); a missing field gets its default and only an info log,
    since older checkpoints lack the newer fields.
    """
    clean, problems = dict(metadata), []
    for name, (check, default, consequence, expected) in _FIELDS.items():
        if name not in metadata:
            if expected:
                log.info("%s: no %s; %s", where, name, consequence)
            if default is not _DROP:
                clean[name] = default
            continue
        value, reason = check(metadata[name])
        if reason is None:
            clean[name] = value
            continue
        if value is not _DROP:  # a table with some bad entries: the rest is kept
            clean[name] = value
            consequence = "those entries are left out"
        elif default is _DROP:
            del clean[name]
        else:
            clean[name] = default
        problems.append(CheckpointWarning(f"{where}: {name} {reason}; {consequence}", "field",
                                          file=where, field=name))
    return clean, problems
