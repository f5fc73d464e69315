"""Errors a person can cause, importable without loading TensorFlow."""


class CheckpointError(Exception):
    """A checkpoint is missing, incomplete or corrupt; the message names it."""
