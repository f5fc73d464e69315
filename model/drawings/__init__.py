"""The person's labelled drawings: the store, its recovery, PNG/zip exchange, validation."""

from model.drawings.exchange import ImportResult
from model.drawings.store import SampleStore
from model.drawings.validation import Sample, SampleStoreError

__all__ = ["ImportResult", "Sample", "SampleStore", "SampleStoreError"]
