"""Shared test data: real MNIST, loaded once per session through the project's loader."""

from __future__ import annotations

import functools

from model.data import Mnist, load_mnist


@functools.cache
def mnist() -> Mnist:
    """The verified MNIST arrays (fetched into the app cache on first use)."""
    return load_mnist()
