"""Memory for a long session: a couple of malloc arenas, not one per thread that ever ran.

glibc gives every new thread its own malloc arena (up to 8 per core) and keeps
what each arena once held: with a new thread for every training run and every
evaluation, a session's memory grew by about 30 MB per run (measured with
bench.soak and a fine-tune loop). Two arenas are shared by all threads instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # glibc's mallopt parameter
ARENAS = 2


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas (call before threads start); False where there is no glibc."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
        gnu_get_libc_version = libc.gnu_get_libc_version  # glibc only (not musl)
    except (OSError, AttributeError):
        return False
    gnu_get_libc_version.restype = ctypes.c_char_p
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    applied = bool(mallopt(M_ARENA_MAX, arenas))
    log.debug("glibc %s: malloc arenas capped at %d: %s", gnu_get_libc_version().decode(),
              arenas, applied)
    return applied
