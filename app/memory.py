"""Memory for a long session: a couple of malloc arenas, and freed memory handed back.

glibc gives every new thread its own malloc arena (up to 8 per core) and keeps
what each arena once held: with a new thread for every training run and every
evaluation, a session's memory grew by about 30 MB per run (measured with
bench.soak and a fine-tune loop). Two arenas are shared by all threads instead.

glibc also raises its mmap and trim thresholds after the first big buffer is
freed (up to 32 and 64 MB): later big buffers then come from the heap, and up
to 64 MB freed at its top stays in the process. bench.soak saw a 13-15 MB step
that stayed that way; fixed thresholds hand such memory back at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8  # glibc's mallopt parameters
# One: the cut search's thread (app/reader.py) had an arena of its own, and bench.soak's
# trend went from 0.34 to 0.49-0.58 MB a round; with one arena 0.39.
ARENAS = 1
MMAP_THRESHOLD = 16 * 2**20  # a buffer this big gets pages of its own, returned when freed
# More than this free at the heap's top goes back at once. The price: the explorer's
# evaluation gets its 14 MB buffer (numpy_net, a pass of 32 images) afresh each pass,
# 40,000-53,000 page faults per 1,000 images instead of 5; its CPU time within the noise.
TRIM_THRESHOLD = 4 * 2**20


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's arenas and fix its thresholds (before threads start); False without glibc."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
        gnu_get_libc_version = libc.gnu_get_libc_version  # glibc only (not musl)
    except (OSError, AttributeError):
        return False
    gnu_get_libc_version.restype = ctypes.c_char_p
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    applied = bool(mallopt(M_ARENA_MAX, arenas))
    # Setting them also stops glibc from raising them as the session runs.
    applied &= bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    applied &= bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    log.debug("glibc %s: malloc arenas capped at %d, fixed thresholds: %s",
              gnu_get_libc_version().decode(), arenas, applied)
    return applied


def return_freed_memory() -> None:
    """Hand the free pages glibc keeps between the app's own objects back to the system.

    A few ms; after the big transient buffers of an evaluation or a model change
    (bench.soak saw RSS steps of 7-24 MB that stayed otherwise).
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)
