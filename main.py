"""Digit canvas: with no command, open the app; otherwise run a command-line command."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and hand over to app/ or model/."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # hide TensorFlow's start-up chatter
    # NumPy answers on the GUI thread with small matrices: OpenBLAS's thread pool costs
    # more than it saves there, and on a busy machine it costs 10x (bench.inspect).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from model.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.main_window import run_app

        return run_app(args)
    import logging

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
