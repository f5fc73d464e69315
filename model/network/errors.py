"""Errors a person can cause, importable without loading TensorFlow."""

from __future__ import annotations


class CheckpointError(Exception):
    """A checkpoint is missing, incomplete or corrupt; the message names it."""


class CheckpointWarning(str):
    """A warning about a checkpoint: its English text, with a stable code for the window.

    It is a ``str`` (the command line and the log print it as it is); the window
    says it in its language from ``code`` and ``values`` (names of folders and
    fields, which read the same in every language; "bundled" is the bundled model):

        set-aside        folder, aside: a checkpoint that does not load, renamed aside
        not-loaded       folder: a fallback (the bundled model) that does not load
        choice-damaged   using: the in-use file is damaged
        choice-failed    chosen, using, aside (or ""): the chosen model is gone or broken
        field            file, field: a metadata field replaced by a safe default
    """

    code: str
    values: dict[str, str]

    def __new__(cls, text: str, code: str, **values: object) -> CheckpointWarning:
        """The English ``text``; ``code`` and ``values`` for the window."""
        warning = super().__new__(cls, text)
        warning.code, warning.values = code, {k: str(v) for k, v in values.items()}
        return warning
