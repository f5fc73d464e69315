"""Benchmarks: each prints a table and, as its last line, its headline figures.

Benchmarks never assert on time. Run them one by one (``python -m bench.latency``)
or all at once (``python -m bench.all`` / ``make bench``); every one takes
``--quick``.
"""

import os

# As main.py sets it for the app, before any benchmark loads NumPy (OpenBLAS reads it once).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
