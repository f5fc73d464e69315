"""The person's labelled drawings: the store, its recovery, PNG/zip exchange, validation."""

from importlib import import_module

__all__ = ["ImportResult", "Sample", "SampleStore", "SampleStoreError"]
_HOME = {"ImportResult": "exchange", "SampleStore": "store", "Sample": "validation",
         "SampleStoreError": "validation"}


def __getattr__(name: str) -> object:
    # On first use: the window starts without SQLite's store and PIL's PNG codecs
    # (10 ms of every start-up, bench.startup), which only saving or a list needs.
    if name in _HOME:
        return getattr(import_module(f"model.drawings.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
